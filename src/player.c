/* The sound thread: every call into libcanberra is made here, none on the
 * loop's path. What to do is posted under a lock (one cue waiting at most,
 * a cut, the stop); what happened goes back as news, with a byte down a pipe
 * to wake the loop. */
#include "player.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "canberra_lib.h"
#include "cues.h"
#include "text.h"
#include "xalloc.h"

struct player {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t work;   /* to the thread: something was posted */
	pthread_cond_t idle;   /* from it: nothing left to do, or ended */
	int pipe[2];           /* news: the thread writes, the loop polls */

	/* Under the lock: what is asked... */
	bool cut, stopping, waiting_play;
	enum cue_kind play_k;
	char *play_file;
	/* ...what the thread is at, since when... */
	bool resting, finishing, closing, ended;
	struct timespec busy_since;
	/* ...and its news. */
	char *status;
	bool gave_up, may_come_back;
	int missed;

	/* The thread's own. */
	const struct canberra_lib *lib;
	ca_context *ca;
	bool bell;
	bool again; /* started for a sound system lost before: its first sound says it is back */
};

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

/* Wakes the loop. A full pipe already will: the byte is not needed. */
static void wake_loop(struct player *p)
{
	ssize_t r = write(p->pipe[1], "", 1);
	(void)r;
}

/* A status line for the loop to show (taken). */
static void tell(struct player *p, char *status, bool gave_up, int missed)
{
	pthread_mutex_lock(&p->lock);
	if (status) {
		free(p->status);
		p->status = status;
	}
	p->gave_up |= gave_up;
	p->missed += missed;
	pthread_mutex_unlock(&p->lock);
	wake_loop(p);
}

/* No sound can be made: the bell, or silence, stands in, and the status
 * line says why. The thread ends after this. */
static void give_up(struct player *p, const char *why, int missed)
{
	tell(p, xasprintf("sound: %s, %s", why,
			  p->bell ? "using the terminal bell" : "silent"), true, missed);
}

static void give_up_on(struct player *p, const char *why, int err, int missed)
{
	char *alsa = alsa_take_error();
	if (p->ca) {
		p->lib->context_destroy(p->ca);
		p->ca = NULL;
	}
	bool no_theme = !alsa && err == CA_ERROR_NOTFOUND && !theme_installed();
	if (no_theme)
		why = "no sound theme, install sound-theme-freedesktop";
	pthread_mutex_lock(&p->lock);
	p->may_come_back = !no_theme && err != CA_ERROR_NODRIVER;
	pthread_mutex_unlock(&p->lock);
	char *reason = xasprintf("%s (%s%s)", why, alsa ? "ALSA: " : "canberra: ",
				 alsa ? alsa : p->lib->strerror(err));
	give_up(p, reason, missed);
	free(reason);
	free(alsa);
}

/* libcanberra plays each sound on a thread of its driver's module
 * (libcanberra-alsa.so) and does not wait for that thread to return before
 * ca_context_destroy unloads the module: a thread a few instructions from
 * its end was left to run in unmapped code, and a session crashed as it
 * ended, one in twenty (tests/data/late_driver_thread.c makes it every
 * time). The player holds a reference of its own to each module loaded, so
 * that they stay to the end. */
static pthread_mutex_t held_lock = PTHREAD_MUTEX_INITIALIZER;
static void *held[8];

static int note_module(struct dl_phdr_info *info, size_t size, void *arg)
{
	(void)size;
	const char *base = strrchr(info->dlpi_name, '/');
	char **paths = arg;
	for (size_t i = 0; base && strncmp(base + 1, "libcanberra-", 12) == 0 &&
			   i < sizeof held / sizeof *held; i++)
		if (!paths[i]) {
			paths[i] = xstrdup(info->dlpi_name);
			break;
		}
	return 0;
}

/* Holds a reference to each driver module loaded, never given back. */
static void keep_modules(void)
{
	char *paths[sizeof held / sizeof *held] = { NULL };
	dl_iterate_phdr(note_module, paths); /* no dlopen under its lock */
	pthread_mutex_lock(&held_lock);
	for (size_t i = 0; i < sizeof paths / sizeof *paths && paths[i]; i++) {
		void *h = dlopen(paths[i], RTLD_LAZY | RTLD_NOLOAD);
		size_t j = 0;
		while (h && j < sizeof held / sizeof *held && held[j] && held[j] != h)
			j++;
		if (h && j < sizeof held / sizeof *held && !held[j])
			held[j] = h;
		else if (h)
			dlclose(h); /* held already */
		free(paths[i]);
	}
	pthread_mutex_unlock(&held_lock);
}

typedef void (*alsa_handler)(const char *, int, const char *, int, const char *, ...);

/* ALSA's errors to alsa_error, once a module has loaded libasound. Looked
 * up through the module held: a dlopen of libasound, loaded as the module's
 * dependency, would leave the loader a list to free that, with no module
 * unloaded any more, it never frees (valgrind's "definitely lost"). */
static void quiet_alsa(void)
{
	pthread_mutex_lock(&held_lock);
	for (size_t i = 0; i < sizeof held / sizeof *held && held[i]; i++) {
		int (*set)(alsa_handler);
		*(void **)&set = dlsym(held[i], "snd_lib_error_set_handler");
		if (set)
			set(alsa_error);
	}
	pthread_mutex_unlock(&held_lock);
}

/* Preloads the theme sounds into the sound server, where there is one
 * (PulseAudio); other drivers say "not supported", which is fine. */
static void cache_theme(const struct canberra_lib *lib, ca_context *ca)
{
	for (int k = 0; k < CUE_COUNT; k++) {
		bool seen = false;
		for (int j = 0; j < k; j++)
			seen |= strcmp(cues_theme_id((enum cue_kind)j), cues_theme_id((enum cue_kind)k)) == 0;
		if (!seen)
			lib->context_cache(ca, CA_PROP_EVENT_ID, cues_theme_id((enum cue_kind)k), NULL);
	}
}

/* Opens the sound device; false, having given up, when it cannot. */
static bool open_device(struct player *p, int missed)
{
	const char *why = NULL;
	if (!p->lib && !(p->lib = canberra_lib(&why))) {
		char *safe = text_printable(why);
		char *reason = xasprintf("cannot load libcanberra (%s)", safe);
		give_up(p, reason, missed);
		free(reason);
		free(safe);
		return false;
	}
	int err = p->lib->context_create(&p->ca);
	if (err < 0) {
		p->ca = NULL;
		give_up_on(p, "no sound system", err, missed);
		return false;
	}
	const char *driver = getenv("UNKNOT_CANBERRA_DRIVER");
	if (driver && *driver && (err = p->lib->context_set_driver(p->ca, driver)) < 0) {
		give_up_on(p, "cannot use that sound driver", err, missed);
		return false;
	}
	p->lib->context_change_props(p->ca, CA_PROP_APPLICATION_NAME, "unknot",
				     CA_PROP_APPLICATION_ID, "org.unknot.Unknot", NULL);
	err = p->lib->context_open(p->ca);
	keep_modules();
	quiet_alsa();
	if (err < 0) {
		give_up_on(p, err == CA_ERROR_NODRIVER && driver && *driver ?
			   "no such sound driver" : "no audio device", err, missed);
		return false;
	}
	cache_theme(p->lib, p->ca);
	return true;
}

static uint32_t play_id(enum cue_kind k)
{
	return (uint32_t)k + 1; /* 0 would be "no id" to ca_context_cancel */
}

/* Cuts off every sound that plays but a's and b's (CUE_COUNT: none). */
static void cut_all_but(const struct player *p, enum cue_kind a, enum cue_kind b)
{
	for (int k = 0; p->ca && k < CUE_COUNT; k++)
		if (k != (int)a && k != (int)b)
			p->lib->context_cancel(p->ca, play_id((enum cue_kind)k));
}

/* Lets the done chime and STOP's warning finish as the program ends, for at
 * most three seconds: destroying the context would cut them off. The others
 * were cut, and are not asked about: a device that stopped taking samples
 * has them playing for ever.
 * It asks, rather than waiting for ca_context_play_full's callback: ALSA's
 * driver calls that before it closes the device. ca_context_playing takes
 * the driver's lock, so "none" comes only once the thread is done with it
 * (if not yet returned: see keep_modules). */
static void drain(const struct player *p)
{
	for (int waited = 0; waited < 3000; waited += 20) {
		int any = 0;
		static const enum cue_kind last[] = { CUE_SESSION_DONE, CUE_STOP };
		for (size_t i = 0; i < sizeof last / sizeof *last && !any; i++) {
			int playing = 0;
			if (p->lib->context_playing(p->ca, play_id(last[i]), &playing) == CA_SUCCESS)
				any |= playing;
		}
		if (!any)
			return;
		nanosleep(&(struct timespec){ 0, 20 * 1000000 }, NULL);
	}
}

static int play_theme(const struct player *p, enum cue_kind k)
{
	return p->lib->context_play(p->ca, play_id(k), CA_PROP_EVENT_ID, cues_theme_id(k),
				    CA_PROP_EVENT_DESCRIPTION, cue_name(k), NULL);
}

/* The routine's file for k, or the theme's sound when the file cannot be
 * played (and the status says why). */
static int play_cue(struct player *p, enum cue_kind k, const char *file)
{
	/* STOP and the end of the session cut off whatever still sounds, so
	 * that the warning or the closing chime is heard alone. */
	if (k == CUE_STOP || k == CUE_SESSION_DONE)
		cut_all_but(p, k, k);
	if (!file)
		return play_theme(p, k);
	const char *problem = cues_sound_problem(file);
	int err = problem ? CA_ERROR_NOTFOUND :
		  p->lib->context_play(p->ca, play_id(k), CA_PROP_MEDIA_FILENAME, file,
				       CA_PROP_EVENT_DESCRIPTION, cue_name(k),
				       CA_PROP_CANBERRA_CACHE_CONTROL, "never", NULL);
	if (err >= 0 || err == CA_ERROR_DISABLED)
		return err;
	char *safe = text_printable(file);
	tell(p, problem ?
	     xasprintf("sound: cannot play %s (%s), using the theme sound", safe, problem) :
	     xasprintf("sound: cannot play %s (canberra: %s), using the theme sound",
		       safe, p->lib->strerror(err)), false, 0);
	free(safe);
	return play_theme(p, k);
}

/* Plays k; false, having given up, when no sound can be made. A sound
 * server restarted since the device was opened is found again: the first
 * sound that fails opens it anew and is tried once more. */
static bool play(struct player *p, enum cue_kind k, const char *file)
{
	int err = play_cue(p, k, file);
	if (err >= 0 || err == CA_ERROR_DISABLED)
		return true;
	/* No theme: this cue has no sound, but the device is good, for the
	 * routine's own sounds and the bell stands in for this one. */
	if (err == CA_ERROR_NOTFOUND && !theme_installed()) {
		tell(p, xasprintf("sound: no sound theme, install sound-theme-freedesktop (%s)",
				  p->bell ? "the terminal bell stands in for its sounds" :
					    "its sounds are silent"), false, 1);
		return true;
	}
	p->lib->context_destroy(p->ca);
	p->ca = NULL;
	if (!open_device(p, 1))
		return false;
	err = play_cue(p, k, file);
	if (err >= 0 || err == CA_ERROR_DISABLED)
		return true;
	give_up_on(p, "no audio device", err, 1);
	return false;
}

/* Drops the cue that waits, if any (under the lock). */
static void drop_waiting(struct player *p)
{
	free(p->play_file);
	p->play_file = NULL;
	p->waiting_play = false;
}

/* The cue waiting will never play: the bell may stand in (under the lock). */
static void missed_play(struct player *p)
{
	drop_waiting(p);
	p->missed++;
	wake_loop(p);
}

/* The thread: opens the device, then plays what is posted until stopped. */
static void *run(void *arg)
{
	struct player *p = arg;
	bool ok = open_device(p, 0);
	pthread_mutex_lock(&p->lock);
	while (ok) {
		clock_gettime(CLOCK_MONOTONIC, &p->busy_since);
		if (p->cut) {
			p->cut = false;
			pthread_mutex_unlock(&p->lock);
			cut_all_but(p, CUE_COUNT, CUE_COUNT);
			pthread_mutex_lock(&p->lock);
		} else if (p->waiting_play) {
			enum cue_kind k = p->play_k;
			char *file = p->play_file;
			p->waiting_play = false;
			p->play_file = NULL;
			pthread_mutex_unlock(&p->lock);
			ok = play(p, k, file);
			if (ok && p->again) { /* the status of its loss goes */
				p->again = false;
				tell(p, xstrdup(""), false, 0);
			}
			free(file);
			pthread_mutex_lock(&p->lock);
		} else if (p->stopping) {
			break;
		} else {
			p->resting = true;
			pthread_cond_broadcast(&p->idle);
			while (!p->cut && !p->waiting_play && !p->stopping)
				pthread_cond_wait(&p->work, &p->lock);
			p->resting = false;
		}
	}
	p->finishing = true;
	pthread_cond_broadcast(&p->idle);
	pthread_mutex_unlock(&p->lock);
	if (ok) {
		cut_all_but(p, CUE_SESSION_DONE, CUE_STOP); /* a long sound of a routine's: not waited for */
		drain(p);
		pthread_mutex_lock(&p->lock);
		p->closing = true;
		pthread_cond_broadcast(&p->idle);
		pthread_mutex_unlock(&p->lock);
		p->lib->context_destroy(p->ca);
	}
	pthread_mutex_lock(&p->lock);
	p->ended = true;
	if (p->waiting_play) /* given up with a cue still to play */
		missed_play(p);
	pthread_cond_broadcast(&p->idle);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct player *player_start(const struct canberra_lib *lib, bool bell, bool again)
{
	struct player *p = xcalloc(1, sizeof *p);
	p->lib = lib;
	p->bell = bell;
	p->again = again;
	if (pipe2(p->pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
		int err = errno;
		free(p);
		errno = err;
		return NULL;
	}
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC); /* for the timed waits */
	pthread_mutex_init(&p->lock, NULL);
	clock_gettime(CLOCK_MONOTONIC, &p->busy_since); /* at the opening, first */
	pthread_cond_init(&p->work, NULL);
	pthread_cond_init(&p->idle, &ca);
	pthread_condattr_destroy(&ca);
	/* Every signal is the loop's: the thread, and the threads libcanberra
	 * starts from it, take none. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	int err = pthread_create(&p->thread, NULL, run, p);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err) {
		close(p->pipe[0]);
		close(p->pipe[1]);
		pthread_cond_destroy(&p->idle);
		pthread_cond_destroy(&p->work);
		pthread_mutex_destroy(&p->lock);
		free(p);
		errno = err;
		return NULL;
	}
	return p;
}

/* Which cue may take a waiting one's place: the warning, then the chime,
 * then any. */
static int rank(enum cue_kind k)
{
	return k == CUE_STOP ? 2 : k == CUE_SESSION_DONE;
}

void player_play(struct player *p, enum cue_kind k, char *file)
{
	pthread_mutex_lock(&p->lock);
	if (p->waiting_play && rank(k) < rank(p->play_k)) {
		free(file);
	} else if (p->ended) { /* given up, and the loop has yet to hear it */
		free(file);
		p->missed++;
		wake_loop(p);
	} else {
		free(p->play_file);
		p->play_k = k;
		p->play_file = file;
		p->waiting_play = true;
		pthread_cond_signal(&p->work);
	}
	pthread_mutex_unlock(&p->lock);
}

void player_cut(struct player *p)
{
	pthread_mutex_lock(&p->lock);
	drop_waiting(p);
	p->cut = true;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->lock);
}

int player_fd(const struct player *p)
{
	return p->pipe[0];
}

void player_news(struct player *p, struct player_news *n)
{
	char drop[64];
	while (read(p->pipe[0], drop, sizeof drop) > 0)
		;
	pthread_mutex_lock(&p->lock);
	*n = (struct player_news){ p->status, p->gave_up, p->may_come_back, p->missed };
	p->status = NULL;
	p->missed = 0;
	pthread_mutex_unlock(&p->lock);
}

static struct timespec in_ms(int ms)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	t.tv_sec += ms / 1000;
	t.tv_nsec += (long)(ms % 1000) * 1000000;
	if (t.tv_nsec >= 1000000000) {
		t.tv_sec++;
		t.tv_nsec -= 1000000000;
	}
	return t;
}

int player_held_ms(struct player *p)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	pthread_mutex_lock(&p->lock);
	long long ms = p->resting || p->ended ? 0 :
		       (now.tv_sec - p->busy_since.tv_sec) * 1000LL +
		       (now.tv_nsec - p->busy_since.tv_nsec) / 1000000;
	pthread_mutex_unlock(&p->lock);
	return ms > INT_MAX ? INT_MAX : (int)ms;
}

enum stage { SETTLED, FINISHING, CLOSING, ENDED };

static bool reached(const struct player *p, enum stage s)
{
	switch (s) {
	case SETTLED: return p->ended || (p->resting && !p->cut && !p->waiting_play);
	case FINISHING: return p->ended || p->finishing;
	case CLOSING: return p->ended || p->closing;
	case ENDED: return p->ended;
	}
	return true;
}

/* Waits, for ms at most, until the thread has reached stage s. */
static bool wait_for(struct player *p, enum stage s, int ms)
{
	struct timespec until = in_ms(ms);
	pthread_mutex_lock(&p->lock);
	while (!reached(p, s) && pthread_cond_timedwait(&p->idle, &p->lock, &until) != ETIMEDOUT)
		;
	bool done = reached(p, s);
	pthread_mutex_unlock(&p->lock);
	return done;
}

bool player_settle(struct player *p, int timeout_ms)
{
	return wait_for(p, SETTLED, timeout_ms);
}

void player_stop(struct player *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	p->stopping = true;
	pthread_cond_signal(&p->work);
	pthread_mutex_unlock(&p->lock);
	/* A second for what was posted last (the done chime, most likely) to
	 * start, the drain's three seconds, a second to close the device. */
	if (!wait_for(p, FINISHING, 1000) || !wait_for(p, CLOSING, 3100) ||
	    !wait_for(p, ENDED, 1000)) {
		pthread_detach(p->thread);
		return;
	}
	pthread_join(p->thread, NULL);
	close(p->pipe[0]);
	close(p->pipe[1]);
	pthread_cond_destroy(&p->idle);
	pthread_cond_destroy(&p->work);
	pthread_mutex_destroy(&p->lock);
	free(p->play_file);
	free(p->status);
	free(p);
}
