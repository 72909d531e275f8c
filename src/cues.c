/* Audio cues through libcanberra (on the player's thread), falling back to
 * the terminal bell, then to silence. Which cues sound at all (mute,
 * breathing) is decided in one place, wants_sound(), for every sink
 * including the test recorder. */
#include "cues.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "player.h"
#include "xalloc.h"

enum sink { SINK_CANBERRA, SINK_BELL, SINK_SILENT, SINK_RECORDER };

#define RECORD_MAX 4096

struct cues {
	enum sink sink;
	bool muted, breathing;
	void (*bell)(void *ctx);
	void *bell_ctx;
	const struct canberra_lib *lib; /* NULL: libcanberra itself */
	struct player *player; /* started with the first sound */
	int held_ms;           /* the thread held this long: the bell stands in */
	bool held;             /* and it is so now */
	int retry_ms;          /* a sound system lost is looked for again this long after */
	bool lost;             /* it is lost (gone, or not yet there): the bell stands in */
	bool again;            /* the player now is one that looks for it again */
	struct timespec lost_at;
	char *status;
	const struct plan *plan;
	enum cue_kind *record;
	size_t n_record;
};

/* Freedesktop sound theme ids, all in Debian's sound-theme-freedesktop.
 * Told apart with eyes closed: a low tone to get into position, a bell to
 * hold, three clicks to count down, a bright shutter to change sides (the
 * click it was sounded as a prompt's and a tick's), a chime for the end,
 * the theme's loudest and longest alarm for STOP (its warning tone was the
 * quietest of all, at the prep's pitch), a click for a prompt, and a quiet
 * pair for breathing in and out. */
static const char *const theme_id[CUE_COUNT] = {
	[CUE_PREP] = "message-new-instant",
	[CUE_HOLD] = "bell",
	[CUE_TICK] = "audio-volume-change",
	[CUE_SWITCH] = "camera-shutter",
	[CUE_STEP_DONE] = "complete",
	[CUE_SESSION_DONE] = "service-login",
	[CUE_STOP] = "suspend-error",
	[CUE_PROMPT] = "dialog-information",
	[CUE_INHALE] = "device-added",     /* a soft two-note pair, */
	[CUE_EXHALE] = "device-removed", /* one for each way */
};

const char *cues_theme_id(enum cue_kind k)
{
	return k < CUE_COUNT ? theme_id[k] : NULL;
}

/* The bell, or silence, stands in for sound from now on. */
static void stand_in(struct cues *c)
{
	c->sink = c->bell ? SINK_BELL : SINK_SILENT;
}

/* The status line when the bell or silence stands in: "sound: why, using
 * the terminal bell" (the player words its own the same way). */
static void say_instead(struct cues *c, const char *why)
{
	free(c->status);
	c->status = xasprintf("sound: %s, %s", why, c->bell ? "using the terminal bell" : "silent");
}

struct cues *cues_open(const struct cues_options *o, const struct plan *plan)
{
	struct cues *c = xcalloc(1, sizeof *c);
	c->bell = o->bell;
	c->bell_ctx = o->bell_ctx;
	c->breathing = o->breathing;
	c->lib = o->lib;
	c->held_ms = o->held_ms > 0 ? o->held_ms : 2000;
	c->retry_ms = o->retry_ms ? o->retry_ms : 10000;
	c->plan = plan;
	switch (o->mode) {
	case CUES_SOUND: /* opened by cues_prepare() or the first cue */
		c->sink = SINK_CANBERRA;
		break;
	case CUES_BELL:
		stand_in(c);
		if (!c->bell) /* asked for, and nowhere to ring it (line mode into a file) */
			say_instead(c, "no terminal to ring the bell on");
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

void cues_prepare(struct cues *c)
{
	if (!c || c->sink != SINK_CANBERRA || c->muted || c->player)
		return;
	if (!(c->player = player_start(c->lib, c->bell != NULL, c->again))) {
		char *why = xasprintf("cannot start its thread (%s)", strerror(errno));
		stand_in(c);
		say_instead(c, why);
		free(why);
	}
}

int cues_fd(const struct cues *c)
{
	return c && c->player ? player_fd(c->player) : -1;
}

bool cues_news(struct cues *c)
{
	if (!c || !c->player)
		return false;
	struct player_news n;
	player_news(c->player, &n);
	if (n.gave_up && c->sink == SINK_CANBERRA) {
		stand_in(c);
		if ((c->lost = n.may_come_back))
			clock_gettime(CLOCK_MONOTONIC, &c->lost_at);
	}
	/* the cues that failed to sound, if the bell has not been muted since
	 * (one sound missing from the theme: the bell for it alone) */
	for (int i = 0; i < n.missed && c->bell && c->sink != SINK_SILENT && !c->muted; i++)
		c->bell(c->bell_ctx);
	if (!n.status)
		return false;
	if (!*n.status) { /* back */
		free(n.status);
		n.status = NULL;
	}
	bool changed = !c->status != !n.status || (n.status && strcmp(c->status, n.status) != 0);
	free(c->status);
	c->status = n.status;
	return changed;
}

bool cues_settle(struct cues *c, int timeout_ms)
{
	if (c && c->player)
		player_settle(c->player, timeout_ms);
	return cues_news(c);
}

void cues_close(struct cues *c)
{
	if (!c)
		return;
	player_stop(c->player);
	free(c->status);
	free(c->record);
	free(c);
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

/* A sound system lost (restarted, a headset gone and back) is looked for
 * again: the old thread goes, a new one opens the device anew. */
static void look_again(struct cues *c)
{
	player_stop(c->player);
	c->player = NULL;
	c->sink = SINK_CANBERRA;
	c->lost = false;
	c->again = true; /* the status stays until a sound is made */
}

/* Time to look for a lost sound system again, at a cue. */
static bool time_to_look(const struct cues *c)
{
	if (!c->lost)
		return false;
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	long long ms = (now.tv_sec - c->lost_at.tv_sec) * 1000LL +
		       (now.tv_nsec - c->lost_at.tv_nsec) / 1000000;
	return ms >= c->retry_ms;
}

void cues_play(struct cues *c, enum cue_kind k, const struct plan_item *item)
{
	if (!c || !wants_sound(c, k))
		return;
	if (c->sink == SINK_BELL && time_to_look(c))
		look_again(c);
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
		cues_prepare(c);
		if (!c->player) { /* no thread: the stand-in, now */
			cues_play(c, k, item);
		} else if (player_held_ms(c->player) >= c->held_ms) {
			/* Held in the sound system: this cue would come late or
			 * never, STOP's warning too. The bell now, and a word. */
			if (!c->held)
				say_instead(c, "the sound system does not answer");
			c->held = true;
			if (c->bell)
				c->bell(c->bell_ctx);
		} else {
			if (c->held) { /* it answers again */
				free(c->status);
				c->status = NULL;
				c->held = false;
			}
			player_play(c->player, k, cues_sound_file(item, k));
		}
		break;
	}
}

void cues_toggle_mute(struct cues *c)
{
	if (!c)
		return;
	c->muted = !c->muted;
	if (c->muted && c->player) /* off now, not after this sound */
		player_cut(c->player);
	if (!c->muted && c->lost) /* on again: the sound system may be back */
		look_again(c);
	cues_prepare(c); /* turned on: open the device now, and say soon if there is none */
}

void cues_cut(struct cues *c)
{
	if (c && c->player)
		player_cut(c->player);
}

bool cues_muted(const struct cues *c)
{
	return c && c->muted;
}

const char *cues_status(const struct cues *c)
{
	return c ? c->status : NULL;
}
