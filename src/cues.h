/* Audio cues: plays the sound for each cue event without blocking. Sinks:
 * libcanberra (freedesktop sound theme, or files named in the routine),
 * terminal bell, silence, and a recorder for tests. */
#ifndef UNKNOT_CUES_H
#define UNKNOT_CUES_H

#include <stdbool.h>
#include <stddef.h>

#include "cue.h"
#include "plan.h"

enum cues_mode {
	CUES_SOUND, /* libcanberra, falling back to the bell, then silence */
	CUES_BELL,  /* terminal bell only */
	CUES_MUTE,
};

struct cues_options {
	enum cues_mode mode;
	bool breathing;            /* soft inhale/exhale cues; off by default */
	void (*bell)(void *ctx);   /* rings the terminal bell; may be NULL */
	void *bell_ctx;
};

struct cues;

/* Never fails: when no sound can be made it falls back and says why in
 * cues_status(). The plan gives the routines' `sounds:` files. */
struct cues *cues_open(const struct cues_options *o, const struct plan *plan);
void cues_close(struct cues *c);

/* item is the plan item the cue belongs to (for routine sounds), or NULL. */
void cues_play(struct cues *c, enum cue_kind k, const struct plan_item *item);

/* A sink that only records which cues would sound, for tests. */
struct cues *cues_open_recorder(void);
size_t cues_recorded(const struct cues *c, enum cue_kind *out, size_t max);

/* The `m` key. */
void cues_toggle_mute(struct cues *c);
bool cues_muted(const struct cues *c);

/* One line for the status bar ("sound: no audio device, using the bell"),
 * or NULL when everything works as asked. */
const char *cues_status(const struct cues *c);

#endif
