/* The cue events the session emits. Pure names shared by session, cues and
 * the routine's `sounds:` section. */
#ifndef UNKNOT_CUE_H
#define UNKNOT_CUE_H

enum cue_kind {
	CUE_PREP,         /* get into position */
	CUE_HOLD,         /* the hold starts */
	CUE_TICK,         /* each of the last 3 seconds of a hold */
	CUE_SWITCH,       /* change to the other side */
	CUE_STEP_DONE,    /* a step (all its sides) is over */
	CUE_SESSION_DONE, /* the whole session is over */
	CUE_STOP,         /* the stop screen opened */
	CUE_PROMPT,       /* a timed prompt is shown: for eyes on the floor */
	CUE_INHALE,       /* soft breathing cue, off by default */
	CUE_EXHALE,
	CUE_COUNT
};

/* "prep", "hold", "tick", "switch", "step-done", "done", "stop", "prompt",
 * "inhale", "exhale": the names used in routine files, traces and tests. */
const char *cue_name(enum cue_kind k);
/* CUE_COUNT when name is unknown. */
enum cue_kind cue_parse(const char *name);

#endif
