/* Audio cues through libcanberra, falling back to the terminal bell, then to
 * silence. Which cues sound at all (mute, breathing) is decided in one place,
 * wants_sound(), for every sink including the test recorder. */
#include "cues.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "canberra_lib.h"
#include "text.h"
#include "xalloc.h"

enum sink { SINK_CANBERRA, SINK_BELL, SINK_SILENT, SINK_RECORDER };

#define RECORD_MAX 4096

struct cues {
	enum sink sink;
	bool muted, breathing;
	void (*bell)(void *ctx);
	void *bell_ctx;
	const struct canberra_lib *lib; /* loaded with the first sound */
	ca_context *ca;
	char *status;
	const struct plan *plan;
	enum cue_kind *record;
	size_t n_record;
};

/* Freedesktop sound theme ids, all in Debian's sound-theme-freedesktop.
 * Short sounds for the frequent cues, a chime for the end, a warning for STOP,
 * a note for a prompt, and a quiet pair for breathing in and out. */
static const char *const theme_id[CUE_COUNT] = {
	[CUE_PREP] = "message-new-instant",
	[CUE_HOLD] = "bell",
	[CUE_TICK] = "audio-volume-change",
	[CUE_SWITCH] = "message",
	[CUE_STEP_DONE] = "complete",
	[CUE_SESSION_DONE] = "service-login",
	[CUE_STOP] = "dialog-warning",
	[CUE_PROMPT] = "dialog-information",
	[CUE_INHALE] = "device-added",     /* a soft two-note pair, */
	[CUE_EXHALE] = "device-removed", /* one for each way */
};

const char *cues_theme_id(enum cue_kind k)
{
	return k < CUE_COUNT ? theme_id[k] : NULL;
}

/* ALSA prints its errors (no card, unknown PCM) on stderr, over the curses
 * screen. libcanberra loads libasound itself; once it is loaded, its errors
 * go here instead, and the last one explains a fallback. */
static pthread_mutex_t alsa_lock = PTHREAD_MUTEX_INITIALIZER;
static char alsa_last[128];

__attribute__((format(printf, 5, 6)))
static void alsa_error(const char *file, int line, const char *fn, int err,
		       const char *fmt, ...)
{
	va_list ap;
	pthread_mutex_lock(&alsa_lock);
	va_start(ap, fmt);
	vsnprintf(alsa_last, sizeof alsa_last, fmt, ap);
	va_end(ap);
	pthread_mutex_unlock(&alsa_lock);
}

typedef void (*alsa_handler)(const char *, int, const char *, int, const char *, ...);

static void quiet_alsa(void)
{
	/* RTLD_NOLOAD: never load ALSA ourselves, only find it if canberra did. */
	void *h = dlopen("libasound.so.2", RTLD_LAZY | RTLD_NOLOAD);
	if (!h)
		return;
	int (*set)(alsa_handler);
	*(void **)&set = dlsym(h, "snd_lib_error_set_handler");
	if (set)
		set(alsa_error);
	dlclose(h);
}

/* A copy of ALSA's last error, safe to print, or NULL. */
static char *alsa_take_error(void)
{
	char *s = NULL;
	pthread_mutex_lock(&alsa_lock);
	if (alsa_last[0])
		s = text_printable(alsa_last);
	alsa_last[0] = '\0';
	pthread_mutex_unlock(&alsa_lock);
	return s;
}

/* libcanberra says "not found" both for a missing theme and a missing
 * device; the theme's index file tells them apart. */
static bool theme_installed(void)
{
	const char *dirs = getenv("XDG_DATA_DIRS");
	if (!dirs || !*dirs)
		dirs = "/usr/local/share:/usr/share";
	for (const char *d = dirs; *d;) {
		size_t n = strcspn(d, ":");
		char *f = xasprintf("%.*s/sounds/freedesktop/index.theme", (int)n, d);
		bool ok = access(f, R_OK) == 0;
		free(f);
		if (ok)
			return true;
		d += n + (d[n] == ':');
	}
	return false;
}

/* The bell, or silence, stands in for sound; the status line says why. */
static void stand_in(struct cues *c, const char *why)
{
	free(c->status);
	c->sink = c->bell ? SINK_BELL : SINK_SILENT;
	c->status = xasprintf("sound: %s, %s", why,
			      c->bell ? "using the terminal bell" : "silent");
}

static void fall_back(struct cues *c, const char *why, int err)
{
	char *alsa = alsa_take_error();
	if (c->ca) {
		c->lib->context_destroy(c->ca);
		c->ca = NULL;
	}
	if (!alsa && err == CA_ERROR_NOTFOUND && !theme_installed())
		why = "no sound theme, install sound-theme-freedesktop";
	char *reason = xasprintf("%s (%s%s)", why, alsa ? "ALSA: " : "canberra: ",
				 alsa ? alsa : c->lib->strerror(err));
	stand_in(c, reason);
	free(reason);
	free(alsa);
}

/* Preloads the theme sounds into the sound server, where there is one
 * (PulseAudio); other drivers say "not supported", which is fine. */
static void cache_theme(const struct canberra_lib *lib, ca_context *ca)
{
	for (int k = 0; k < CUE_COUNT; k++) {
		bool seen = false;
		for (int j = 0; j < k; j++)
			seen |= strcmp(theme_id[j], theme_id[k]) == 0;
		if (!seen)
			lib->context_cache(ca, CA_PROP_EVENT_ID, theme_id[k], NULL);
	}
}

/* Without libcanberra at all, the same fallback, with the loader's reason. */
static void no_library(struct cues *c, const char *why)
{
	char *safe = text_printable(why);
	char *reason = xasprintf("cannot load libcanberra (%s)", safe);
	stand_in(c, reason);
	free(reason);
	free(safe);
}

static void open_canberra(struct cues *c)
{
	const char *why = NULL;
	if (!c->lib && !(c->lib = canberra_lib(&why))) {
		no_library(c, why);
		return;
	}
	int err = c->lib->context_create(&c->ca);
	if (err < 0) {
		fall_back(c, "no sound system", err);
		return;
	}
	const char *driver = getenv("UNKNOT_CANBERRA_DRIVER");
	if (driver && *driver && (err = c->lib->context_set_driver(c->ca, driver)) < 0) {
		fall_back(c, "cannot use that sound driver", err);
		return;
	}
	c->lib->context_change_props(c->ca, CA_PROP_APPLICATION_NAME, "unknot",
				     CA_PROP_APPLICATION_ID, "org.unknot.Unknot", NULL);
	err = c->lib->context_open(c->ca);
	quiet_alsa();
	if (err < 0) {
		fall_back(c, err == CA_ERROR_NODRIVER && driver && *driver ?
			  "no such sound driver" : "no audio device", err);
		return;
	}
	cache_theme(c->lib, c->ca);
}

struct cues *cues_open(const struct cues_options *o, const struct plan *plan)
{
	struct cues *c = xcalloc(1, sizeof *c);
	c->bell = o->bell;
	c->bell_ctx = o->bell_ctx;
	c->breathing = o->breathing;
	c->lib = o->lib;
	c->plan = plan;
	switch (o->mode) {
	case CUES_SOUND: /* opened by cues_prepare() or the first cue */
		c->sink = SINK_CANBERRA;
		break;
	case CUES_BELL:
		c->sink = c->bell ? SINK_BELL : SINK_SILENT;
		break;
	case CUES_MUTE:
		/* The sound device is opened on the first cue after `m`. */
		c->sink = SINK_CANBERRA;
		c->muted = true;
		break;
	case CUES_RECORD:
		c->sink = SINK_RECORDER;
		c->record = xcalloc(RECORD_MAX, sizeof *c->record);
		break;
	}
	return c;
}

bool cues_prepare(struct cues *c)
{
	if (!c || c->sink != SINK_CANBERRA || c->muted || c->ca)
		return false;
	open_canberra(c);
	return c->status != NULL;
}

struct cues *cues_open_recorder(void)
{
	return cues_open(&(struct cues_options){ .mode = CUES_RECORD }, NULL);
}

size_t cues_recorded(const struct cues *c, enum cue_kind *out, size_t max)
{
	if (!c || c->sink != SINK_RECORDER)
		return 0;
	size_t n = c->n_record < max ? c->n_record : max;
	if (n)
		memcpy(out, c->record, n * sizeof *out);
	return n;
}

static uint32_t play_id(enum cue_kind k)
{
	return (uint32_t)k + 1; /* 0 would be "no id" to ca_context_cancel */
}

/* Cuts off every sound that plays but a's and b's (CUE_COUNT: none). */
static void cut_all_but(const struct cues *c, enum cue_kind a, enum cue_kind b)
{
	for (int k = 0; c->ca && k < CUE_COUNT; k++)
		if (k != (int)a && k != (int)b)
			c->lib->context_cancel(c->ca, play_id((enum cue_kind)k));
}

/* Lets sounds still playing (the "done" chime as the program ends) finish,
 * for at most a few seconds: destroying the context would cut them off.
 * It asks, rather than waiting for ca_context_play_full's callback: ALSA's
 * driver calls that before it closes the device, and a destroy that
 * followed at once crashed one exit in four (tests/e2e/rt-sound.sh) as the
 * driver's module was unloaded under its thread. ca_context_playing takes
 * the driver's lock, so "none" comes only once the thread is done with it. */
static void drain(const struct canberra_lib *lib, ca_context *ca)
{
	for (int waited = 0; waited < 3000; waited += 20) {
		int any = 0;
		for (int k = 0; k < CUE_COUNT && !any; k++) {
			int playing = 0;
			if (lib->context_playing(ca, play_id((enum cue_kind)k), &playing) == CA_SUCCESS)
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
		cut_all_but(c, CUE_SESSION_DONE, CUE_STOP); /* a long sound of a routine's: not waited for */
		drain(c->lib, c->ca);
		c->lib->context_destroy(c->ca);
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

char *cues_sound_file(const struct plan_item *item, enum cue_kind k)
{
	return item ? routine_sound_path(item->routine, k) : NULL;
}

const char *cues_sound_problem(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return strerror(errno);
	if (!S_ISREG(st.st_mode))
		return "not a file";
	return access(path, R_OK) != 0 ? strerror(errno) : NULL;
}

static unsigned le16(const unsigned char *p) { return p[0] | (unsigned)p[1] << 8; }

const char *cues_sound_kind_problem(const unsigned char *head, size_t n)
{
	static const char vorbis[] = "\x01vorbis"; /* the first packet, after the page header */
	if (n >= 4 && !memcmp(head, "OggS", 4))
		return memmem(head, n, vorbis, sizeof vorbis - 1) ? NULL :
		       "an Ogg file, but not Vorbis (FLAC or Opus do not play)";
	if (n < 12 || memcmp(head, "RIFF", 4) || memcmp(head + 8, "WAVE", 4))
		return "not a WAV of 8- or 16-bit PCM, nor Ogg Vorbis";
	/* RIFF, size, WAVE, then chunks (a JUNK or LIST may come first) up to
	 * "fmt ": its format (1 PCM, 0xFFFE extensible) and bits */
	for (size_t at = 12; at + 8 <= n;) {
		size_t size = le16(head + at + 4) | (size_t)le16(head + at + 6) << 16;
		if (!memcmp(head + at, "fmt ", 4)) {
			if (at + 24 > n)
				break;
			unsigned format = le16(head + at + 8), bits = le16(head + at + 22);
			return (format == 1 || format == 0xFFFE) && (bits == 8 || bits == 16) ?
			       NULL : "a WAV, but not of 8- or 16-bit PCM";
		}
		if (size > n) /* past what was read */
			break;
		at += 8 + size + (size & 1);
	}
	return NULL; /* a WAV whose format is further in: not told */
}

/* STOP and the end of the session cut off whatever still sounds, so that
 * the warning or the closing chime is heard alone. */
static void cut_others(const struct cues *c, enum cue_kind k)
{
	if (k == CUE_STOP || k == CUE_SESSION_DONE)
		cut_all_but(c, k, k);
}

static int play_theme(const struct canberra_lib *lib, ca_context *ca, enum cue_kind k)
{
	return lib->context_play(ca, play_id(k), CA_PROP_EVENT_ID, theme_id[k],
				 CA_PROP_EVENT_DESCRIPTION, cue_name(k), NULL);
}

static void play_canberra(struct cues *c, enum cue_kind k, const struct plan_item *item)
{
	if (!c->ca) {
		open_canberra(c);
		if (c->sink != SINK_CANBERRA) {
			cues_play(c, k, item);
			return;
		}
	}
	cut_others(c, k);
	char *file = cues_sound_file(item, k);
	int err;
	const char *problem = file ? cues_sound_problem(file) : NULL;
	if (file) {
		err = problem ? CA_ERROR_NOTFOUND :
		      c->lib->context_play(c->ca, play_id(k), CA_PROP_MEDIA_FILENAME, file,
					   CA_PROP_EVENT_DESCRIPTION, cue_name(k),
					   CA_PROP_CANBERRA_CACHE_CONTROL, "never", NULL);
		if (err < 0 && err != CA_ERROR_DISABLED) {
			char *safe = text_printable(file);
			free(c->status);
			c->status = problem ?
				xasprintf("sound: cannot play %s (%s), using the theme sound", safe, problem) :
				xasprintf("sound: cannot play %s (canberra: %s), using the theme sound",
					  safe, c->lib->strerror(err));
			free(safe);
			err = play_theme(c->lib, c->ca, k);
		}
		free(file);
	} else {
		err = play_theme(c->lib, c->ca, k);
	}
	if (err < 0 && err != CA_ERROR_DISABLED) {
		fall_back(c, "no audio device", err);
		if (c->sink == SINK_BELL)
			c->bell(c->bell_ctx);
	}
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
	case SINK_CANBERRA:
		play_canberra(c, k, item);
		break;
	}
}

void cues_toggle_mute(struct cues *c)
{
	if (!c)
		return;
	c->muted = !c->muted;
	if (c->muted) /* off now, not after this sound */
		cut_all_but(c, CUE_COUNT, CUE_COUNT);
	cues_prepare(c); /* turned on: open the device now, and say at once if there is none */
}

bool cues_muted(const struct cues *c)
{
	return c && c->muted;
}

const char *cues_status(const struct cues *c)
{
	return c ? c->status : NULL;
}
