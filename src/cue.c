#include "cue.h"

#include <string.h>

static const char *const names[CUE_COUNT] = {
	[CUE_PREP] = "prep",
	[CUE_HOLD] = "hold",
	[CUE_TICK] = "tick",
	[CUE_SWITCH] = "switch",
	[CUE_STEP_DONE] = "step-done",
	[CUE_SESSION_DONE] = "done",
	[CUE_STOP] = "stop",
	[CUE_PROMPT] = "prompt",
	[CUE_INHALE] = "inhale",
	[CUE_EXHALE] = "exhale",
};

const char *cue_name(enum cue_kind k)
{
	return k < CUE_COUNT ? names[k] : "?";
}

enum cue_kind cue_parse(const char *name)
{
	for (int k = 0; k < CUE_COUNT; k++)
		if (strcmp(names[k], name) == 0)
			return (enum cue_kind)k;
	return CUE_COUNT;
}
