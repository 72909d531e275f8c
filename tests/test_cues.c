/* The cue sink: which cues sound (mute, breathing), the recorder, the
 * fallback to the bell when there is no sound device, and what it says; the
 * sound thread, which no sound system can hold the session up through. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "canberra_lib.h"
#include "cues.h"
#include "fixture.h"
#include "xalloc.h"

static const enum cue_kind all[] = { CUE_PREP, CUE_HOLD, CUE_TICK, CUE_SWITCH, CUE_STEP_DONE,
				     CUE_SESSION_DONE, CUE_STOP, CUE_PROMPT, CUE_INHALE, CUE_EXHALE };
#define N_ALL (sizeof all / sizeof *all)

static void play_all(struct cues *c)
{
	for (size_t i = 0; i < N_ALL; i++)
		cues_play(c, all[i], NULL);
}

static void count_bell(void *ctx)
{
	++*(int *)ctx;
}

static void test_recorder_keeps_order(void **state)
{
	struct cues *c = cues_open_recorder();
	enum cue_kind got[16];
	assert_int_equal(cues_recorded(c, got, 16), 0);
	cues_play(c, CUE_PREP, NULL);
	cues_play(c, CUE_HOLD, NULL);
	cues_play(c, CUE_TICK, NULL);
	cues_play(c, CUE_TICK, NULL);
	cues_play(c, CUE_SWITCH, NULL);
	cues_play(c, CUE_SESSION_DONE, NULL);
	assert_int_equal(cues_recorded(c, got, 16), 6);
	assert_int_equal(got[0], CUE_PREP);
	assert_int_equal(got[1], CUE_HOLD);
	assert_int_equal(got[2], CUE_TICK);
	assert_int_equal(got[3], CUE_TICK);
	assert_int_equal(got[4], CUE_SWITCH);
	assert_int_equal(got[5], CUE_SESSION_DONE);
	assert_int_equal(cues_recorded(c, got, 2), 2); /* never more than asked */
	assert_null(cues_status(c));
	cues_close(c);
}

static void test_breathing_cues_off_by_default(void **state)
{
	struct cues *c = cues_open_recorder();
	play_all(c);
	enum cue_kind got[16];
	size_t n = cues_recorded(c, got, 16);
	assert_int_equal(n, N_ALL - 2);
	for (size_t i = 0; i < n; i++)
		assert_true(got[i] != CUE_INHALE && got[i] != CUE_EXHALE);
	cues_close(c);

	c = cues_open(&(struct cues_options){ .mode = CUES_RECORD, .breathing = true }, NULL);
	play_all(c);
	assert_int_equal(cues_recorded(c, got, 16), N_ALL);
	assert_int_equal(got[8], CUE_INHALE);
	assert_int_equal(got[9], CUE_EXHALE);
	cues_close(c);
}

static void test_mute_toggles(void **state)
{
	struct cues *c = cues_open_recorder();
	enum cue_kind got[16];
	assert_false(cues_muted(c));
	cues_play(c, CUE_PREP, NULL);
	cues_toggle_mute(c);
	assert_true(cues_muted(c));
	play_all(c); /* even STOP is silent when muted: the screen says it */
	assert_int_equal(cues_recorded(c, got, 16), 1);
	cues_toggle_mute(c);
	assert_false(cues_muted(c));
	cues_play(c, CUE_HOLD, NULL);
	assert_int_equal(cues_recorded(c, got, 16), 2);
	assert_int_equal(got[1], CUE_HOLD);
	cues_close(c);
}

static void test_bell_mode_rings_once_per_cue(void **state)
{
	int rings = 0;
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_BELL, .bell = count_bell,
							   .bell_ctx = &rings }, NULL);
	assert_null(cues_status(c)); /* asked for the bell: nothing to explain */
	play_all(c);
	assert_int_equal(rings, N_ALL - 2);
	cues_toggle_mute(c);
	play_all(c);
	assert_int_equal(rings, N_ALL - 2);
	cues_close(c);
}

static void test_no_driver_falls_back_to_the_bell(void **state)
{
	setenv("UNKNOT_CANBERRA_DRIVER", "nonexistent", 1);
	int rings = 0;
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .bell = count_bell,
							   .bell_ctx = &rings }, NULL);
	assert_null(cues_status(c)); /* nothing tried before the first screen */
	cues_prepare(c);
	assert_true(cues_settle(c, 5000));
	assert_string_equal(cues_status(c),
			    "sound: no such sound driver (canberra: No such driver), using the terminal bell");
	cues_prepare(c);
	assert_false(cues_settle(c, 5000)); /* tried once */
	cues_play(c, CUE_HOLD, NULL); /* the bell now, with no thread between */
	cues_play(c, CUE_TICK, NULL);
	assert_int_equal(rings, 2);
	cues_toggle_mute(c);
	cues_play(c, CUE_TICK, NULL);
	assert_int_equal(rings, 2);
	cues_close(c);

	/* Without a bell: silence, and the status says so. */
	c = cues_open(&(struct cues_options){ .mode = CUES_SOUND }, NULL);
	cues_prepare(c);
	cues_settle(c, 5000);
	assert_string_equal(cues_status(c),
			    "sound: no such sound driver (canberra: No such driver), silent");
	play_all(c);
	cues_close(c);
	unsetenv("UNKNOT_CANBERRA_DRIVER");
}

static void test_muted_start_opens_sound_on_unmute(void **state)
{
	setenv("UNKNOT_CANBERRA_DRIVER", "nonexistent", 1);
	int rings = 0;
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_MUTE, .bell = count_bell,
							   .bell_ctx = &rings }, NULL);
	assert_true(cues_muted(c));
	cues_prepare(c);
	assert_int_equal(cues_fd(c), -1); /* muted: nothing to open */
	assert_false(cues_settle(c, 5000));
	assert_null(cues_status(c)); /* nothing tried yet */
	play_all(c);
	assert_int_equal(rings, 0);
	cues_toggle_mute(c);
	cues_play(c, CUE_HOLD, NULL);
	assert_true(cues_settle(c, 5000));
	assert_int_equal(rings, 1); /* no device: the bell rings for this cue */
	assert_non_null(cues_status(c));
	assert_non_null(strstr(cues_status(c), "using the terminal bell"));
	cues_close(c);
	unsetenv("UNKNOT_CANBERRA_DRIVER");
}

/* ALSA opens fine but has no device: the first cue finds out. ALSA's own
 * complaints must not reach stderr (they would scribble over the screen). */
static void test_no_device_falls_back_quietly(void **state)
{
	char conf[] = "/tmp/unknot-alsa-XXXXXX", err[] = "/tmp/unknot-err-XXXXXX";
	int fd = mkstemp(conf);
	assert_true(fd >= 0);
	close(fd); /* an empty configuration: no PCM at all */
	setenv("ALSA_CONFIG_PATH", conf, 1);
	setenv("UNKNOT_CANBERRA_DRIVER", "alsa", 1);
	int rings = 0;
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .bell = count_bell,
							   .bell_ctx = &rings }, NULL);
	cues_prepare(c);
	if (cues_settle(c, 5000)) { /* libcanberra built without ALSA */
		cues_close(c);
		skip();
	}
	int efd = mkstemp(err), saved = dup(2);
	assert_true(efd >= 0 && saved >= 0);
	fflush(stderr);
	dup2(efd, 2);
	cues_play(c, CUE_PREP, NULL);
	cues_settle(c, 5000); /* the thread gives up: the bell stands in */
	cues_play(c, CUE_HOLD, NULL);
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	struct stat st;
	assert_int_equal(fstat(efd, &st), 0);
	close(efd);
	unlink(err);
	unlink(conf);
	assert_int_equal(st.st_size, 0);
	assert_int_equal(rings, 2);
	const char *s = cues_status(c);
	assert_non_null(s);
	assert_int_equal(strncmp(s, "sound: no audio device (", 24), 0);
	assert_non_null(strstr(s, "), using the terminal bell"));
	assert_null(strchr(s, '\n'));
	cues_close(c);
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	unsetenv("ALSA_CONFIG_PATH");
}

static void test_routine_sounds_resolve_next_to_the_routine(void **state)
{
	struct routine *r = fixture_routine("R");
	fixture_step(r, "S", SIDE_NONE, 1000, 30000);
	free(r->path);
	r->path = xstrdup("/home/a/routines/feet.yaml");
	r->sounds[CUE_HOLD] = xstrdup("sounds/gong.ogg");
	r->sounds[CUE_STOP] = xstrdup("/usr/share/stop.wav");
	struct plan_item it = { .routine = r, .step = &r->steps[0] };
	char *f = cues_sound_file(&it, CUE_HOLD);
	assert_string_equal(f, "/home/a/routines/sounds/gong.ogg");
	free(f);
	f = cues_sound_file(&it, CUE_STOP);
	assert_string_equal(f, "/usr/share/stop.wav");
	free(f);
	assert_null(cues_sound_file(&it, CUE_TICK)); /* the theme's */
	assert_null(cues_sound_file(NULL, CUE_HOLD));
	free(r->path);
	r->path = xstrdup("feet.yaml"); /* opened from the current directory */
	f = cues_sound_file(&it, CUE_HOLD);
	assert_string_equal(f, "sounds/gong.ogg");
	free(f);
	routine_free(r);
}

/* A stand-in for libcanberra: which sounds play, in what order, and how
 * often the program asked whether one still did (a wait). A sound plays
 * until it is cancelled, or, once asked about three times, ends by itself.
 * While `held`, a play waits, as in a sound server that stopped answering;
 * `gone` plays fail as from a server that went away. */
static struct {
	int playing[CUE_COUNT + 1], asked[CUE_COUNT + 1];
	uint32_t played[64];
	int n_played, created, gone;
	bool held, waiting;
	bool no_theme; /* a theme sound is not found; a file plays */
	pthread_mutex_t lock;
	pthread_cond_t freed, stuck;
} fake = { .lock = PTHREAD_MUTEX_INITIALIZER, .freed = PTHREAD_COND_INITIALIZER,
	   .stuck = PTHREAD_COND_INITIALIZER };

static void fake_reset(void)
{
	memset(fake.playing, 0, sizeof fake.playing);
	memset(fake.asked, 0, sizeof fake.asked);
	fake.n_played = fake.created = fake.gone = 0;
	fake.held = fake.no_theme = false;
}

static void fake_hold(bool held)
{
	pthread_mutex_lock(&fake.lock);
	fake.held = held;
	pthread_cond_broadcast(&fake.freed);
	pthread_mutex_unlock(&fake.lock);
}

/* Until a play is held: what is posted after it waits behind it. */
static void fake_wait_until_held(void)
{
	pthread_mutex_lock(&fake.lock);
	while (!fake.waiting)
		pthread_cond_wait(&fake.stuck, &fake.lock);
	pthread_mutex_unlock(&fake.lock);
}

static int fake_create(ca_context **c)
{
	fake.created++;
	*c = (ca_context *)&fake;
	return CA_SUCCESS;
}
static int fake_destroy(ca_context *c) { return CA_SUCCESS; }
static int fake_driver(ca_context *c, const char *d) { return CA_SUCCESS; }
static int fake_props(ca_context *c, ...) { return CA_SUCCESS; }
static int fake_open(ca_context *c) { return CA_SUCCESS; }
static int fake_play(ca_context *c, uint32_t id, ...)
{
	pthread_mutex_lock(&fake.lock);
	fake.waiting = fake.held;
	pthread_cond_broadcast(&fake.stuck);
	while (fake.held)
		pthread_cond_wait(&fake.freed, &fake.lock);
	fake.waiting = false;
	pthread_mutex_unlock(&fake.lock);
	if (fake.gone) {
		fake.gone--;
		return CA_ERROR_DISCONNECTED;
	}
	va_list ap;
	va_start(ap, id);
	const char *key = va_arg(ap, const char *);
	va_end(ap);
	if (fake.no_theme && !strcmp(key, CA_PROP_EVENT_ID))
		return CA_ERROR_NOTFOUND;
	fake.playing[id] = 1;
	if (fake.n_played < 64)
		fake.played[fake.n_played++] = id;
	return CA_SUCCESS;
}
static int fake_cancel(ca_context *c, uint32_t id) { fake.playing[id] = 0; return CA_SUCCESS; }
static int fake_playing(ca_context *c, uint32_t id, int *p)
{
	if (fake.playing[id] && ++fake.asked[id] >= 3)
		fake.playing[id] = 0;
	*p = fake.playing[id];
	return CA_SUCCESS;
}
static const char *fake_strerror(int e) { return "fake"; }
static const struct canberra_lib fake_lib = {
	fake_create, fake_destroy, fake_driver, fake_props, fake_open, fake_props,
	fake_play, fake_cancel, fake_playing, fake_strerror,
};
#define ID(k) ((k) + 1) /* cues.c's play ids */

/* A hold's sound starts, and cut (m, a pause) silences it at once, not
 * after it has played. */
static void cut_while_it_sounds(struct cues *c, void (*cut)(struct cues *))
{
	cues_play(c, CUE_HOLD, NULL);
	cues_settle(c, 5000);
	assert_int_equal(fake.playing[ID(CUE_HOLD)], 1);
	cut(c);
	cues_settle(c, 5000);
	assert_int_equal(fake.playing[ID(CUE_HOLD)], 0);
}

/* m silences at once, not after the sound that plays; q or a signal ends
 * without waiting for a long sound of a routine's; the done chime and
 * STOP's warning are let finish. */
static void test_mute_and_the_end_cut_what_sounds(void **state)
{
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	fake_reset();
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib }, NULL);
	cut_while_it_sounds(c, cues_toggle_mute);
	cues_toggle_mute(c);
	cues_play(c, CUE_PROMPT, NULL);
	cues_settle(c, 5000);
	assert_int_equal(fake.playing[ID(CUE_PROMPT)], 1);
	cues_close(c); /* quit while it plays */
	assert_int_equal(fake.asked[ID(CUE_PROMPT)], 0); /* cut, not waited for */
	fake_reset();
	c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib }, NULL);
	cues_play(c, CUE_SESSION_DONE, NULL);
	cues_close(c);
	assert_int_equal(fake.asked[ID(CUE_SESSION_DONE)], 3); /* waited until it ended */
}

/* A sound system that stops answering holds the sound thread, never the
 * caller: cues_play returns at once (here the test would wait forever).
 * What came meanwhile is one cue, the last, unless STOP's warning came:
 * a cue played late would mislead, a warning never does. */
static void test_a_held_sound_system_holds_no_cue(void **state)
{
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	fake_reset();
	alarm(30); /* a cue that waited for the sound system ends the test here */
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib }, NULL);
	cues_prepare(c);
	assert_true(cues_fd(c) >= 0);
	assert_false(cues_settle(c, 5000));
	fake_hold(true);
	cues_play(c, CUE_HOLD, NULL);
	fake_wait_until_held();
	cues_play(c, CUE_TICK, NULL);
	cues_play(c, CUE_PROMPT, NULL);
	fake_hold(false);
	cues_settle(c, 5000);
	assert_int_equal(fake.n_played, 2);
	assert_int_equal(fake.played[0], ID(CUE_HOLD));
	assert_int_equal(fake.played[1], ID(CUE_PROMPT)); /* the tick before it: dropped */
	fake_hold(true);
	cues_play(c, CUE_TICK, NULL);
	fake_wait_until_held();
	cues_play(c, CUE_STOP, NULL);
	cues_play(c, CUE_TICK, NULL); /* after STOP's warning: not in its place */
	fake_hold(false);
	cues_settle(c, 5000);
	assert_int_equal(fake.n_played, 4);
	assert_int_equal(fake.played[3], ID(CUE_STOP));
	alarm(0);
	assert_null(cues_status(c));
	cues_close(c);
}

/* Held in the sound system past held_ms, the thread would play a cue late
 * or never, STOP's warning too: the bell stands in, and the status says
 * why, until the thread answers again. */
static void test_a_held_thread_gives_way_to_the_bell(void **state)
{
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	fake_reset();
	int rings = 0;
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib,
							   .bell = count_bell, .bell_ctx = &rings,
							   .held_ms = 50 }, NULL);
	cues_prepare(c);
	cues_settle(c, 5000);
	fake_hold(true);
	cues_play(c, CUE_HOLD, NULL);
	fake_wait_until_held();
	cues_play(c, CUE_TICK, NULL); /* held, but not yet for long: it waits */
	assert_int_equal(rings, 0);
	nanosleep(&(struct timespec){ 0, 100 * 1000000 }, NULL);
	cues_play(c, CUE_STOP, NULL);
	assert_int_equal(rings, 1);
	assert_string_equal(cues_status(c), "sound: the sound system does not answer, "
					    "using the terminal bell");
	fake_hold(false);
	cues_settle(c, 5000);
	assert_int_equal(fake.n_played, 2); /* the hold's, and the tick that waited */
	assert_int_equal(fake.played[1], ID(CUE_TICK));
	cues_play(c, CUE_PROMPT, NULL); /* it answers again: sound, and no word */
	cues_settle(c, 5000);
	assert_null(cues_status(c));
	assert_int_equal(rings, 1);
	assert_int_equal(fake.played[2], ID(CUE_PROMPT));
	cues_close(c);
}

/* A sound server restarted mid-session: the next sound finds it again,
 * rather than the bell standing in for the rest of the session. */
static void test_a_restarted_server_is_found_again(void **state)
{
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	fake_reset();
	int rings = 0;
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib,
							   .bell = count_bell, .bell_ctx = &rings }, NULL);
	cues_play(c, CUE_PREP, NULL);
	cues_settle(c, 5000);
	fake.gone = 1;
	cues_play(c, CUE_HOLD, NULL);
	assert_false(cues_settle(c, 5000));
	assert_null(cues_status(c));
	assert_int_equal(rings, 0);
	assert_int_equal(fake.created, 2);
	assert_int_equal(fake.played[fake.n_played - 1], ID(CUE_HOLD));
	fake.gone = 2; /* and gone for good: the bell, for this cue and after */
	cues_play(c, CUE_TICK, NULL);
	assert_true(cues_settle(c, 5000));
	assert_non_null(strstr(cues_status(c), "using the terminal bell"));
	assert_int_equal(rings, 1);
	cues_play(c, CUE_TICK, NULL);
	assert_int_equal(rings, 2);
	cues_close(c);
}

/* Gone for good, then back (a server restarted after the next cue, a
 * headset found again): looked for again at a cue some seconds on, and at
 * once when m turns sound on; the word of its loss goes with the first
 * sound made. */
static void test_a_lost_server_is_looked_for_again(void **state)
{
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	for (int by_m = 0; by_m < 2; by_m++) {
		fake_reset();
		int rings = 0;
		struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib,
								   .bell = count_bell, .bell_ctx = &rings,
								   .retry_ms = by_m ? 0 : -1 }, NULL);
		cues_play(c, CUE_PREP, NULL);
		cues_settle(c, 5000);
		fake.gone = 2; /* the play, and the one after the device is opened anew */
		cues_play(c, CUE_HOLD, NULL);
		assert_true(cues_settle(c, 5000));
		assert_non_null(strstr(cues_status(c), "using the terminal bell"));
		assert_int_equal(rings, 1);
		if (by_m) { /* ten seconds not yet gone: the bell; then m off and on */
			cues_play(c, CUE_TICK, NULL);
			assert_int_equal(rings, 2);
			cues_toggle_mute(c);
			cues_toggle_mute(c);
		}
		cues_play(c, CUE_PROMPT, NULL);
		assert_true(cues_settle(c, 5000));
		assert_null(cues_status(c));
		assert_int_equal(rings, 1 + by_m);
		assert_int_equal(fake.played[fake.n_played - 1], ID(CUE_PROMPT));
		cues_close(c);
	}
}

/* No sound theme: the cues that need it ring the bell, each, and say why;
 * the routine's own sounds still play, through the device that works. */
static void test_no_theme_keeps_the_routines_own_sounds(void **state)
{
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	char *dirs = getenv("XDG_DATA_DIRS") ? xstrdup(getenv("XDG_DATA_DIRS")) : NULL;
	setenv("XDG_DATA_DIRS", "/nonexistent", 1); /* where the theme is looked for */
	char dir[] = "/tmp/unknot-own-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *own = xasprintf("%s/gong.wav", dir);
	FILE *f = fopen(own, "w");
	assert_non_null(f);
	fclose(f);
	struct routine *r = fixture_routine("R");
	fixture_step(r, "S", SIDE_NONE, 1000, 30000);
	r->sounds[CUE_HOLD] = xstrdup(own);
	struct plan_item it = { .routine = r, .step = &r->steps[0] };
	fake_reset();
	fake.no_theme = true;
	int rings = 0;
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib,
							   .bell = count_bell, .bell_ctx = &rings }, NULL);
	cues_play(c, CUE_PROMPT, &it);
	assert_true(cues_settle(c, 5000));
	assert_int_equal(rings, 1);
	assert_string_equal(cues_status(c), "sound: no sound theme, install sound-theme-freedesktop "
					    "(the terminal bell stands in for its sounds)");
	cues_play(c, CUE_HOLD, &it);
	cues_settle(c, 5000);
	assert_int_equal(rings, 1);
	assert_int_equal(fake.n_played, 1);
	assert_int_equal(fake.played[0], ID(CUE_HOLD));
	cues_play(c, CUE_TICK, &it); /* the theme's again: the bell again */
	cues_settle(c, 5000);
	assert_int_equal(rings, 2);
	cues_close(c);
	routine_free(r);
	unlink(own);
	free(own);
	rmdir(dir);
	if (dirs)
		setenv("XDG_DATA_DIRS", dirs, 1);
	else
		unsetenv("XDG_DATA_DIRS");
	free(dirs);
}

/* A pause, or Ctrl-Z, cuts off what sounds: a routine's long sound went on
 * to its end, "paused" or not. */
static void test_a_cut_silences_what_sounds(void **state)
{
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	fake_reset();
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND, .lib = &fake_lib }, NULL);
	cues_cut(c); /* nothing sounds yet: nothing to do */
	cut_while_it_sounds(c, cues_cut);
	assert_false(cues_muted(c)); /* and the next cue sounds */
	cues_play(c, CUE_TICK, NULL);
	cues_settle(c, 5000);
	assert_int_equal(fake.playing[ID(CUE_TICK)], 1);
	cues_close(c);
	cues_cut(NULL);
}

/* WAV of 8- or 16-bit PCM and Ogg Vorbis play; --check tells the rest. */
static void test_sound_kinds(void **state)
{
	unsigned char wav[64] = "RIFF\0\0\0\0WAVEJUNK\4\0\0\0....fmt \20\0\0\0";
	wav[32] = 1; /* PCM */
	wav[46] = 16; /* bits */
	assert_null(cues_sound_kind_problem(wav, sizeof wav)); /* fmt after a JUNK chunk */
	wav[46] = 24;
	assert_string_equal(cues_sound_kind_problem(wav, sizeof wav), "a WAV, but not of 8- or 16-bit PCM");
	wav[46] = 32, wav[32] = 3; /* float */
	assert_string_equal(cues_sound_kind_problem(wav, sizeof wav), "a WAV, but not of 8- or 16-bit PCM");
	unsigned char ogg[64] = "OggS";
	memcpy(ogg + 28, "\x01vorbis", 7);
	assert_null(cues_sound_kind_problem(ogg, sizeof ogg));
	memcpy(ogg + 28, "OpusHead", 8);
	assert_non_null(strstr(cues_sound_kind_problem(ogg, sizeof ogg), "not Vorbis"));
	assert_string_equal(cues_sound_kind_problem((const unsigned char *)"fLaC", 4),
			    "not a WAV of 8- or 16-bit PCM, nor Ogg Vorbis");
	assert_non_null(cues_sound_kind_problem(NULL, 0)); /* empty */
}

/* Only a regular file that can be read is given to libcanberra: a FIFO
 * would block its open, and the timer with it. */
static void test_only_files_are_played(void **state)
{
	char dir[] = "/tmp/unknot-sounds-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char fifo[64], file[64], none[64];
	snprintf(fifo, sizeof fifo, "%s/fifo.wav", dir);
	snprintf(file, sizeof file, "%s/file.wav", dir);
	snprintf(none, sizeof none, "%s/none.wav", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	FILE *f = fopen(file, "w");
	assert_non_null(f);
	fclose(f);
	assert_string_equal(cues_sound_problem(fifo), "not a file");
	assert_string_equal(cues_sound_problem(dir), "not a file");
	assert_string_equal(cues_sound_problem(none), "No such file or directory");
	assert_null(cues_sound_problem(file));
	unlink(fifo);
	unlink(file);
	rmdir(dir);
}

/* Every cue names a sound Debian's sound-theme-freedesktop has, and the
 * main cues can be told apart. */
static void test_theme_ids_exist(void **state)
{
	const char *dir = "/usr/share/sounds/freedesktop/stereo";
	if (access(dir, R_OK) != 0)
		skip();
	for (size_t i = 0; i < N_ALL; i++) {
		char *f = xasprintf("%s/%s.oga", dir, cues_theme_id(all[i]));
		if (access(f, R_OK) != 0)
			fail_msg("%s: no %s", cue_name(all[i]), f);
		free(f);
	}
	for (size_t i = 0; i < N_ALL; i++)
		for (size_t j = i + 1; j < N_ALL; j++)
			assert_string_not_equal(cues_theme_id(all[i]), cues_theme_id(all[j]));
	assert_null(cues_theme_id(CUE_COUNT));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recorder_keeps_order),
		cmocka_unit_test(test_breathing_cues_off_by_default),
		cmocka_unit_test(test_mute_toggles),
		cmocka_unit_test(test_bell_mode_rings_once_per_cue),
		cmocka_unit_test(test_no_driver_falls_back_to_the_bell),
		cmocka_unit_test(test_muted_start_opens_sound_on_unmute),
		cmocka_unit_test(test_no_device_falls_back_quietly),
		cmocka_unit_test(test_routine_sounds_resolve_next_to_the_routine),
		cmocka_unit_test(test_only_files_are_played),
		cmocka_unit_test(test_sound_kinds),
		cmocka_unit_test(test_mute_and_the_end_cut_what_sounds),
		cmocka_unit_test(test_a_held_sound_system_holds_no_cue),
		cmocka_unit_test(test_a_restarted_server_is_found_again),
		cmocka_unit_test(test_a_held_thread_gives_way_to_the_bell),
		cmocka_unit_test(test_theme_ids_exist),
		cmocka_unit_test(test_a_lost_server_is_looked_for_again),
		cmocka_unit_test(test_no_theme_keeps_the_routines_own_sounds),
		cmocka_unit_test(test_a_cut_silences_what_sounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
