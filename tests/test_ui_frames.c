/* A tick (time passed, nothing else changed) redraws only the blocks that
 * show time. Whatever it leaves on the screen must be exactly what drawing
 * the whole frame gives: same characters, same attributes, in every cell.
 * Runs the real ncurses front end on a pseudo-terminal. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include <fcntl.h>
#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "fixture.h"
#include "plan.h"
#include "session.h"
#include "ui_internal.h"

#define ROWS 24
#define COLUMNS 80

struct cell {
	wchar_t wch[CCHARW_MAX];
	attr_t attr;
	short pair;
};

/* Everything on the curses screen, cell by cell. */
static void snapshot(struct cell *out)
{
	for (int y = 0; y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			cchar_t cc;
			struct cell *c = &out[y * COLS + x];
			memset(c, 0, sizeof *c);
			mvin_wch(y, x, &cc);
			getcchar(&cc, c->wch, &c->attr, &c->pair, NULL);
		}
}

/* Reads the terminal's side of the pty so that drawing never blocks. */
static void *drain(void *arg)
{
	char buf[4096];
	while (read(*(int *)arg, buf, sizeof buf) > 0)
		;
	return NULL;
}

struct term {
	int master, slave, saved_in, saved_out;
	pthread_t reader;
};

static void term_open(struct term *t)
{
	/* posix_openpt() and ptsname(), not openpty(): valgrind knows their ioctls. */
	t->master = posix_openpt(O_RDWR | O_NOCTTY);
	assert_true(t->master >= 0);
	assert_int_equal(grantpt(t->master), 0);
	assert_int_equal(unlockpt(t->master), 0);
	t->slave = open(ptsname(t->master), O_RDWR | O_NOCTTY);
	assert_true(t->slave >= 0);
	struct winsize ws = { .ws_row = ROWS, .ws_col = COLUMNS };
	assert_int_equal(ioctl(t->slave, TIOCSWINSZ, &ws), 0);
	assert_int_equal(pthread_create(&t->reader, NULL, drain, &t->master), 0);
	fflush(stdout);
	t->saved_in = dup(0);
	t->saved_out = dup(1);
	dup2(t->slave, 0);
	dup2(t->slave, 1);
	setenv("TERM", "xterm-256color", 1);
}

static void term_close(struct term *t)
{
	fflush(stdout);
	dup2(t->saved_in, 0);
	dup2(t->saved_out, 1);
	close(t->saved_in);
	close(t->saved_out);
	close(t->slave);
	close(t->master); /* ends the reader */
	pthread_join(t->reader, NULL);
}

/* A 12 s hold (the clock narrows from 0:12 to 0:09, the pacer turns from in
 * to out), with a prompt and a sound status line on the way, then a second
 * step. */
static struct routine *routine(void)
{
	struct routine *r = fixture_routine("Frames");
	struct step *s = fixture_step(r, "Arch", SIDE_NONE, 2000, 12000);
	s->instruction = xstrdup("Roll slowly from the heel to the ball of the foot and back.");
	fixture_prompt(s, 5000, "Ease off a little.");
	fixture_step(r, "Heel", SIDE_NONE, 2000, 12000);
	return r;
}

static void test_tick_equals_full_frame(void **state)
{
	struct term t;
	term_open(&t);
	struct routine *r = routine();
	const struct routine *rs[] = { r };
	struct plan p;
	plan_build(&p, rs, 1, false);
	struct session *s = session_new(&p, 0);
	session_key(s, SK_START, 0);
	struct ui *u = NULL;
	assert_int_equal(ui_open(&u, &(struct ui_options){ .no_title = true }), 0);
	/* Sound that fails half way through the hold: the status line appears. */
	setenv("UNKNOT_CANBERRA_DRIVER", "nonexistent", 1);
	struct cues *c = cues_open(&(struct cues_options){ .mode = CUES_SOUND }, &p);
	struct frontend fe = ui_frontend(u, &p, c);
	struct cell *tick = calloc((size_t)(LINES * COLS), sizeof *tick);
	struct cell *full = calloc((size_t)(LINES * COLS), sizeof *full);
	assert_non_null(tick);
	assert_non_null(full);

	int ticks = 0;
	for (int64_t now = 0; now <= 15000; now += 250) { /* prep, hold, next prep */
		if (now == 9000) {
			cues_prepare(c);
			assert_true(cues_settle(c, 5000));
		}
		session_tick(s, now);
		struct session_event ev[16];
		while (session_take_events(s, ev, 16))
			;
		struct view v;
		session_view(s, now, &v);
		bool was_valid = u->frame.valid;
		fe.draw(fe.ctx, &v, now);
		ticks += was_valid && u->frame.valid;
		snapshot(tick);
		ui_frame_forget(u);
		fe.draw(fe.ctx, &v, now); /* the same view, drawn whole */
		snapshot(full);
		for (int i = 0; i < LINES * COLS; i++)
			if (memcmp(&tick[i], &full[i], sizeof tick[i]) != 0)
				fail_msg("at %lld ms, row %d column %d differs from a full redraw",
					 (long long)now, i / COLS, i % COLS);
	}
	assert_true(ticks > 40); /* most frames were ticks: the test tested them */

	free(tick);
	free(full);
	ui_close(u);
	cues_close(c);
	unsetenv("UNKNOT_CANBERRA_DRIVER");
	term_close(&t);
	session_free(s);
	plan_free(&p);
	routine_free(r);
}

int main(void)
{
	setlocale(LC_CTYPE, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tick_equals_full_frame),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
