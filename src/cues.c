/* Audio cues through libcanberra, falling back to the terminal bell, then to
 * silence. Which cues sound at all (mute, breathing) is decided in one place,
 * wants_sound(), for every sink including the test recorder. */
#include "cues.h"

#include <canberra.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "xalloc.h"

enum sink { SINK_CANBERRA, SINK_BELL, SINK_SILENT, SINK_RECORDER };

#define RECORD_MAX 4096

struct cues {
	enum sink sink;
	bool muted, breathing;
	void (*bell)(void *ctx);
	void *bell_ctx;
	ca_context *ca;
	char *status;
	const struct plan *plan;
	enum cue_kind *record;
	size_t n_record;
};

/* Freedesktop sound theme ids (sound-theme-freedesktop). */
static const char *const theme_id[CUE_COUNT] = {
	[CUE_PREP] = "message-new-instant",
	[CUE_HOLD] = "bell",
	[CUE_TICK] = "audio-volume-change",
	[CUE_SWITCH] = "message",
	[CUE_STEP_DONE] = "complete",
	[CUE_SESSION_DONE] = "service-login",
	[CUE_STOP] = "dialog-warning",
	[CUE_INHALE] = "audio-volume-change",
	[CUE_EXHALE] = "audio-volume-change",
};

static void fall_back(struct cues *c, const char *why, int err)
{
	if (c->ca) {
		ca_context_destroy(c->ca);
		c->ca = NULL;
	}
	free(c->status);
	c->sink = c->bell ? SINK_BELL : SINK_SILENT;
	c->status = xasprintf("sound: %s (%s); %s", why, ca_strerror(err),
			      c->bell ? "using the terminal bell" : "silent");
}

static void open_canberra(struct cues *c)
{
	int err = ca_context_create(&c->ca);
	if (err < 0) {
		fall_back(c, "no sound system", err);
		return;
	}
	const char *driver = getenv("UNKNOT_CANBERRA_DRIVER");
	if (driver && *driver && (err = ca_context_set_driver(c->ca, driver)) < 0) {
		fall_back(c, "cannot use that sound driver", err);
		return;
	}
	ca_context_change_props(c->ca, CA_PROP_APPLICATION_NAME, "unknot",
				CA_PROP_APPLICATION_ID, "org.unknot.Unknot", NULL);
	if ((err = ca_context_open(c->ca)) < 0) {
		fall_back(c, "no audio device", err);
		return;
	}
}

struct cues *cues_open(const struct cues_options *o, const struct plan *plan)
{
	struct cues *c = xcalloc(1, sizeof *c);
	c->bell = o->bell;
	c->bell_ctx = o->bell_ctx;
	c->breathing = o->breathing;
	c->plan = plan;
	switch (o->mode) {
	case CUES_SOUND:
		c->sink = SINK_CANBERRA;
		open_canberra(c);
		break;
	case CUES_BELL:
		c->sink = c->bell ? SINK_BELL : SINK_SILENT;
		break;
	case CUES_MUTE:
		c->sink = SINK_SILENT;
		c->muted = true;
		break;
	}
	return c;
}

struct cues *cues_open_recorder(void)
{
	struct cues *c = xcalloc(1, sizeof *c);
	c->sink = SINK_RECORDER;
	c->record = xcalloc(RECORD_MAX, sizeof *c->record);
	return c;
}

size_t cues_recorded(const struct cues *c, enum cue_kind *out, size_t max)
{
	size_t n = c->n_record < max ? c->n_record : max;
	memcpy(out, c->record, n * sizeof *out);
	return n;
}

/* Lets sounds still playing (the "done" chime as the program ends) finish,
 * for at most a few seconds: destroying the context would cut them off. */
static void drain(ca_context *ca)
{
	for (int waited = 0; waited < 3000; waited += 20) {
		int any = 0;
		for (int k = 0; k < CUE_COUNT && !any; k++) {
			int playing = 0;
			if (ca_context_playing(ca, (uint32_t)k + 1, &playing) == CA_SUCCESS)
				any |= playing;
		}
		if (!any)
			return;
		nanosleep(&(struct timespec){ 0, 20 * 1000000 }, NULL);
	}
}

void cues_close(struct cues *c)
{
	if (!c)
		return;
	if (c->ca) {
		drain(c->ca);
		ca_context_destroy(c->ca);
	}
	free(c->status);
	free(c->record);
	free(c);
}

static bool wants_sound(const struct cues *c, enum cue_kind k)
{
	if (c->muted || k >= CUE_COUNT)
		return false;
	return c->breathing || (k != CUE_INHALE && k != CUE_EXHALE);
}

/* The routine's own file for this cue, relative to the routine file. */
static char *routine_sound(const struct plan_item *item, enum cue_kind k)
{
	if (!item || !item->routine->sounds[k])
		return NULL;
	const char *file = item->routine->sounds[k];
	const char *path = item->routine->path;
	const char *slash = strrchr(path, '/');
	if (file[0] == '/' || !slash)
		return xstrdup(file);
	return xasprintf("%.*s/%s", (int)(slash - path), path, file);
}

void cues_play(struct cues *c, enum cue_kind k, const struct plan_item *item)
{
	if (!c || !wants_sound(c, k))
		return;
	switch (c->sink) {
	case SINK_RECORDER:
		if (c->n_record < RECORD_MAX)
			c->record[c->n_record++] = k;
		break;
	case SINK_BELL:
		c->bell(c->bell_ctx);
		break;
	case SINK_SILENT:
		break;
	case SINK_CANBERRA: {
		char *file = routine_sound(item, k);
		/* One id per cue kind: a new tick cancels nothing else. */
		int err = file ? ca_context_play(c->ca, (uint32_t)k + 1, CA_PROP_MEDIA_FILENAME, file,
						 CA_PROP_EVENT_DESCRIPTION, cue_name(k),
						 CA_PROP_CANBERRA_CACHE_CONTROL, "never", NULL)
			       : ca_context_play(c->ca, (uint32_t)k + 1, CA_PROP_EVENT_ID, theme_id[k],
						 CA_PROP_EVENT_DESCRIPTION, cue_name(k),
						 CA_PROP_CANBERRA_CACHE_CONTROL, "never", NULL);
		if (err < 0 && file) {
			err = ca_context_play(c->ca, (uint32_t)k + 1, CA_PROP_EVENT_ID, theme_id[k], NULL);
			free(c->status);
			c->status = xasprintf("sound: cannot play %s; using the theme sound", file);
		}
		free(file);
		if (err < 0 && err != CA_ERROR_DISABLED) {
			fall_back(c, "cannot play", err);
			if (c->sink == SINK_BELL)
				c->bell(c->bell_ctx);
		}
		break;
	}
	}
}

void cues_toggle_mute(struct cues *c)
{
	if (c)
		c->muted = !c->muted;
}

bool cues_muted(const struct cues *c)
{
	return c && c->muted;
}

const char *cues_status(const struct cues *c)
{
	return c ? c->status : NULL;
}
