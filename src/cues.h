/* Audio cues: plays the sound for each cue event without blocking. Sinks:
 * libcanberra (freedesktop sound theme, or files named in the routine), on
 * a thread of its own (player.h), terminal bell, silence, and a recorder
 * for tests. */
#ifndef UNKNOT_CUES_H
#define UNKNOT_CUES_H

#include <stdbool.h>
#include <stddef.h>

#include "cue.h"
#include "plan.h"

enum cues_mode {
	CUES_SOUND, /* libcanberra, falling back to the bell, then silence */
	CUES_BELL,  /* terminal bell only */
	CUES_MUTE,  /* silent until unmuted; then as CUES_SOUND */
	CUES_RECORD, /* no sound: remembers the cues, for tests */
};

struct canberra_lib;

struct cues_options {
	enum cues_mode mode;
	bool breathing;            /* soft inhale/exhale cues; off by default */
	void (*bell)(void *ctx);   /* rings the terminal bell; may be NULL */
	void *bell_ctx;
	const struct canberra_lib *lib; /* NULL: libcanberra itself (tests give a stand-in) */
	int held_ms; /* the sound thread held this long in one call: the bell stands
		      * in until it answers (0: two seconds) */
	int retry_ms; /* a sound system lost: looked for again at a cue this long
		       * after (0: ten seconds; -1: at the next) */
};

struct cues;

/* Never fails. Touches no sound library or device: that waits for
 * cues_prepare() or the first cue that sounds, so that the first screen is
 * not kept waiting. The plan gives the routines' `sounds:` files.
 * UNKNOT_CANBERRA_DRIVER (e.g. "alsa") picks libcanberra's driver. */
struct cues *cues_open(const struct cues_options *o, const struct plan *plan);
/* Cuts off what still sounds, but the done chime and STOP's warning, which
 * it lets finish (three seconds at most; a sound system that holds the
 * sound thread is left after a second more): after q, nothing is waited
 * for but that second. */
void cues_close(struct cues *c);

/* Cuts off what sounds (a pause, a suspend): nothing sounds on while the
 * session waits. NULL is fine. */
void cues_cut(struct cues *c);

/* Starts loading libcanberra and opening the sound device, on the sound
 * thread, if sound is on and that has not begun. Returns at once: whether
 * sound can be made comes as news. */
void cues_prepare(struct cues *c);

/* A descriptor that is readable when the sound thread has news, for the
 * loop to sleep on beside its input; -1 while there is no thread. */
int cues_fd(const struct cues *c);
/* Takes the sound thread's news: a status line, a fallback to the bell (which
 * rings for the cue that failed). True when cues_status() changed. */
bool cues_news(struct cues *c);
/* Waits for the sound thread to do all it was asked (timeout_ms at most),
 * then takes its news, as cues_news(). */
bool cues_settle(struct cues *c, int timeout_ms);

/* item is the plan item the cue belongs to (for routine sounds), or NULL. */
void cues_play(struct cues *c, enum cue_kind k, const struct plan_item *item);

/* A sink that only records which cues would sound, for tests: the same
 * rules (mute, breathing) as every other sink. cues_open_recorder() is
 * cues_open() with mode CUES_RECORD and no other option. */
struct cues *cues_open_recorder(void);
size_t cues_recorded(const struct cues *c, enum cue_kind *out, size_t max);

/* The `m` key. Turning sound on opens the device, as cues_prepare(). */
void cues_toggle_mute(struct cues *c);
bool cues_muted(const struct cues *c);

/* One line for the status bar, or NULL when everything works as asked:
 * "sound: no audio device (canberra: Not available), using the terminal bell".
 * Changes only in cues_news() and cues_settle(). */
const char *cues_status(const struct cues *c);

/* What a cue plays: the routine's own file for it resolved against the
 * routine file's directory (caller frees), or NULL for the theme sound. */
char *cues_sound_file(const struct plan_item *item, enum cue_kind k);

/* Why the sound file at path cannot be played ("not a file", "No such file
 * or directory"), or NULL: a FIFO or a device would block the timer in
 * libcanberra's open, so only a regular file that can be read is given to
 * it. */
const char *cues_sound_problem(const char *path);

/* Whether a sound file's first bytes are of a kind libcanberra plays: a
 * WAV of 8- or 16-bit PCM, or Ogg Vorbis. NULL when so, else what it is
 * not ("not a WAV of 8- or 16-bit PCM, nor Ogg Vorbis"). Reads no file. */
const char *cues_sound_kind_problem(const unsigned char *head, size_t n);
#define CUES_SOUND_HEAD 512 /* bytes of a file that tell its kind */
/* The freedesktop sound-theme event id of a cue. */
const char *cues_theme_id(enum cue_kind k);

#endif
