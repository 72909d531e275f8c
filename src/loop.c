#include "loop.h"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include "signals.h"

static void trace_event(FILE *f, const struct sclock *c, int64_t real0,
			const struct session_event *ev)
{
	if (!f)
		return;
	double real_ms = (double)(mono_ns() - real0) / 1e6;
	double now_ms = real_ms * c->speed;
	const char *name = "-"; /* a column of its own, for awk and cut, even with no name */
	const char *kind = "state";
	switch (ev->kind) {
	case EV_STATE: name = session_state_name(ev->state); break;
	case EV_CUE: kind = "cue"; name = cue_name(ev->cue); break;
	case EV_PROMPT: kind = "prompt"; break;
	case EV_TOO_HARD: kind = "too-hard"; break;
	case EV_SYMPTOM: kind = "symptom"; name = symptom_name(ev->symptom); break;
	case EV_ADJUST: kind = "adjust"; break;
	}
	/* real ms since start, session ms now, session ms the event was due,
	 * lateness: the last two give the drift of every deadline. */
	fprintf(f, "%.3f %.3f %lld %.3f %s %s item=%zu\n", real_ms, now_ms,
		(long long)ev->at, now_ms - (double)ev->at, kind, name, ev->item);
}

/* *settled: the session's end is known: the summary come, a stop made, or
 * its question answered (written down once it is on the screen: a held
 * lock or a slow disk must not keep it). */
static void dispatch(struct session *s, struct frontend *fe,
		     const struct loop_options *o, const struct sclock *c,
		     int64_t real0, int64_t now, bool *settled)
{
	struct session_event evs[32];
	size_t n;
	struct view v;
	while ((n = session_take_events(s, evs, sizeof evs / sizeof *evs))) {
		session_view(s, now, &v);
		for (size_t i = 0; i < n; i++) {
			trace_event(o->trace, c, real0, &evs[i]);
			/* The history tells a stop by when it was made, not by when
			 * its screen was closed (after midnight, perhaps). */
			if (evs[i].kind == EV_STATE && o->ended &&
			    (evs[i].state == ST_STOP || evs[i].state == ST_DONE))
				*o->ended = time(NULL);
			if (evs[i].kind == EV_CUE && o->cues)
				cues_play(o->cues, evs[i].cue,
					  evs[i].item < v.n_items ?
					  &o->plan->items[evs[i].item] : NULL);
			/* Paused, nothing sounds on: a routine's long sound was
			 * heard to its end, "paused" or not. Not a pause the
			 * session made with a hold's end and a prep's sounds. */
			if (evs[i].kind == EV_STATE && evs[i].state == ST_PAUSED && !evs[i].to_listen)
				cues_cut(o->cues);
			if (fe->event)
				fe->event(fe->ctx, &evs[i], &v);
			if (evs[i].kind == EV_SYMPTOM || (evs[i].kind == EV_STATE &&
			    (evs[i].state == ST_DONE || evs[i].state == ST_STOP)))
				*settled = true;
		}
	}
}

static int64_t earliest(int64_t a, int64_t b)
{
	if (a < 0)
		return b;
	if (b < 0)
		return a;
	return a < b ? a : b;
}

static bool finished(const struct frontend *fe, const struct view *v, bool quit, bool eof)
{
	if (!v->ended)
		return false;
	if (quit || v->state == ST_QUIT)
		return true;
	if (fe->linger)
		return false;
	return v->state != ST_STOP || v->symptom != SYMPTOM_UNKNOWN || eof;
}

/* The time left until session time t, for ppoll(); NULL means forever. */
static struct timespec *timeout_for(const struct sclock *c, int64_t t, struct timespec *ts)
{
	if (t < 0)
		return NULL;
	struct timespec when = sclock_when(c, t), now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	int64_t ns = (when.tv_sec - now.tv_sec) * 1000000000LL + (when.tv_nsec - now.tv_nsec);
	if (ns < 0)
		ns = 0;
	*ts = (struct timespec){ ns / 1000000000, ns % 1000000000 };
	return ts;
}

/* A stop, ours or not, pauses: nobody is holding while the program is
 * stopped. */
static void pause_if_running(struct session *s, const struct sclock *c)
{
	struct view v;
	session_view(s, sclock_now(c), &v);
	if (v.state == ST_PREP || v.state == ST_HOLD || v.state == ST_SWITCH)
		session_key(s, SK_PAUSE, sclock_now(c));
}

static void suspend(struct session *s, struct frontend *fe, const struct sclock *c,
		    struct cues *cues)
{
	pause_if_running(s, c);
	cues_cut(cues); /* now: the pause's own news is taken after the stop */
	if (fe->suspend)
		fe->suspend(fe->ctx);
	if (!signals_stop_self() && fe->resume)
		fe->resume(fe->ctx);
}

/* Stopped from outside (kill -STOP) and continued: the shell had the
 * terminal and left it as it likes it. Paused now (the time stopped is
 * past mending), the screen's modes set again, and the screen redrawn. */
static void continued(struct session *s, struct frontend *fe, const struct sclock *c)
{
	pause_if_running(s, c);
	if (fe->resume)
		fe->resume(fe->ctx);
}

enum loop_end loop_run(struct session *s, struct frontend *fe,
		       const struct loop_options *o, int *signo)
{
	struct signals_caught caught;
	signals_catch(&caught);

	struct sclock c;
	sclock_start(&c, o->speed);
	int64_t real0 = mono_ns();
	if (o->trace) {
		/* An earlier trace in the file goes with the first session (the
		 * picker can run more: they follow it). */
		if (ftell(o->trace) == 0 && ftruncate(fileno(o->trace), 0) != 0) {
			/* a device or a pipe: nothing to empty */
		}
		/* Where the trace's clock starts, on both clocks: lets a test line
		 * the trace up with timestamps taken by other programs. */
		struct timespec wall;
		clock_gettime(CLOCK_REALTIME, &wall);
		fprintf(o->trace, "# origin monotonic_ns=%lld realtime_ns=%lld speed=%g\n",
			(long long)real0, (long long)wall.tv_sec * 1000000000LL + wall.tv_nsec,
			o->speed);
	}
	int fd = fe->input_fd;
	int64_t asleep = asleep_ns();
	bool quit = false, eof = false, drawn = false, settled = false;
	enum loop_end end = LOOP_ENDED;

	for (;;) {
		int64_t now = sclock_now(&c);
		session_tick(s, now);
		dispatch(s, fe, o, &c, real0, now, &settled);
		struct view v;
		session_view(s, now, &v);
		if (finished(fe, &v, quit, eof))
			break;
		int64_t redraw = fe->draw(fe->ctx, &v, now);
		if (settled && o->settled)
			o->settled(o->settled_ctx, &v);
		settled = false;
		/* Sound opens once the first screen is up (it can take tens of
		 * ms, on its own thread); if it fails, its news wakes us. */
		if (!drawn) {
			drawn = true;
			cues_prepare(o->cues);
		}
		struct timespec ts;
		struct pollfd pfds[2] = { { .fd = fd, .events = POLLIN },
					  { .fd = cues_fd(o->cues), .events = POLLIN } };
		int r = signals_ppoll(pfds, 2, timeout_for(&c, earliest(session_deadline(s), redraw), &ts),
				      &caught.sleep_mask);
		short input = pfds[0].revents;
		/* The machine slept (a laptop's lid closed on a coach's bench):
		 * the monotonic clock stood still, and the hold would have gone on
		 * where it was, before whoever opened it. Paused, as a stop is. */
		int64_t now_asleep = asleep_ns();
		if (now_asleep - asleep > SLEPT_NS)
			pause_if_running(s, &c);
		asleep = now_asleep;
		if (signals_tstp && !signals_end) {
			signals_tstp = 0;
			suspend(s, fe, &c, o->cues); /* may end: kill %1 while stopped */
		}
		if (signals_end) {
			if (signo)
				*signo = signals_end;
			end = LOOP_SIGNAL;
			session_key(s, SK_QUIT, sclock_now(&c)); /* ended, as it stands */
			break;
		}
		if (signals_winch) {
			signals_winch = 0;
			if (fe->resize)
				fe->resize(fe->ctx);
		}
		if (signals_cont) {
			signals_cont = 0;
			continued(s, fe, &c);
		}
		if (pfds[1].revents)
			cues_news(o->cues); /* a new status line: the next frame shows it */
		if (r <= 0 || !(input & (POLLIN | POLLHUP | POLLERR | POLLNVAL)))
			continue;
		enum session_key keys[16];
		int n = fe->read_keys(fe->ctx, keys, sizeof keys / sizeof *keys);
		/* The terminal or pipe is gone and nothing is left to read: never
		 * spin on it. (A closed pipe may still hold lines: they are read.) */
		if (n == 0 && (input & (POLLHUP | POLLERR | POLLNVAL)) && !(input & POLLIN))
			n = -1;
		if (n < 0) {
			fd = -1; /* nothing more to read: the session runs on */
			eof = true;
			if (fe->linger) {
				end = LOOP_EOF;
				session_key(s, SK_QUIT, sclock_now(&c));
				break;
			}
			/* Paused with no input left: nobody can resume it, and
			 * nothing would ever wake us. */
			session_view(s, sclock_now(&c), &v);
			n = 0;
			if (v.state == ST_PAUSED)
				keys[n++] = SK_QUIT;
		}
		now = sclock_now(&c);
		for (int i = 0; i < n; i++) {
			session_view(s, now, &v);
			if (keys[i] == SK_QUIT && (v.ended || v.state == ST_STOP))
				quit = true;
			session_key(s, keys[i], now);
			/* Each key's events with the view it left: of "-" and "b"
			 * read at once, "-" says it was at its least, as it was. */
			dispatch(s, fe, o, &c, real0, now, &settled);
		}
	}
	signals_release(&caught);
	return end;
}
