/* Plays cues through libcanberra on a thread of its own. Loading the
 * library, opening the device and every call into it can block: a sound
 * server that stops answering, or a device that will not take samples, held
 * the timer, the keys and STOP for as long as it lasted. None of that is on
 * the loop's path now: the loop posts what to play and never waits for it,
 * and learns what became of it from a pipe it sleeps on. */
#ifndef UNKNOT_PLAYER_H
#define UNKNOT_PLAYER_H

#include <stdbool.h>

#include "cue.h"

struct canberra_lib;
struct player;

/* Starts the thread, which loads libcanberra (lib NULL) or takes the
 * stand-in and opens the sound device. bell: whether the bell stands in
 * when sound fails, for the status line's words. again: a sound system
 * lost is looked for again, and the first sound made says so (an empty
 * status: the old one goes). NULL if no thread can be made (errno says
 * why); then nothing was started. */
struct player *player_start(const struct canberra_lib *lib, bool bell, bool again);

/* Plays k: file, the routine's own sound (taken, freed here), or the theme
 * sound when NULL. A cue is a moment: one still waiting when the next comes
 * is dropped for it, so that a thread held up plays the cue of now, not a
 * queue of old ones; but STOP's warning, then the done chime, are never
 * dropped for a lesser cue. */
void player_play(struct player *p, enum cue_kind k, char *file);

/* Cuts off what sounds and drops what waits (the m key). */
void player_cut(struct player *p);

/* How long, in ms, the thread has been at what it does now (opening the
 * device, a sound): 0 when it rests. Long, it is held in the sound system. */
int player_held_ms(struct player *p);

/* Readable when the player has news for player_news(): the loop polls it. */
int player_fd(const struct player *p);

struct player_news {
	char *status; /* a new status line ("sound: ..."), "" to clear it; caller
		       * frees; or NULL */
	bool gave_up; /* no sound can be made: the player has ended */
	bool may_come_back; /* and it was the sound system, which a new player
			     * may find again (not libcanberra, not a driver) */
	int missed;   /* cues that could not sound (the bell may stand in) */
};

/* Takes what happened since last asked. Never waits. */
void player_news(struct player *p, struct player_news *n);

/* Waits until the player has done all it was asked, or for timeout_ms.
 * Returns whether it is done. For a front end with no screen to wait for,
 * and for tests. */
bool player_settle(struct player *p, int timeout_ms);

/* Cuts off what sounds but STOP's warning and the done chime, lets those
 * finish (three seconds at most), closes the device and ends the thread.
 * A thread that has not come to that within a second, or to its end a
 * second after the sounds, is held in the sound system: it is left behind,
 * with its memory, for the program's end to take. */
void player_stop(struct player *p);

#endif
