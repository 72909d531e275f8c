/* Coaching a session: load, plan, pick a front end, run the loop. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "advice.h"
#include "commands.h"
#include "history.h"
#include "line_input.h"
#include "loop.h"
#include "plain.h"
#include "plan.h"
#include "record.h"
#include "signals.h"
#include "session.h"
#include "ui.h"
#include "wrapped.h"
#include "xalloc.h"

static int run_plain(struct session *s, const struct plan *p, struct loop_options *lo,
		     const struct run_options *o, int *signo)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	/* A bell into a file or a pipe is a BEL byte among the lines, heard by
	 * nobody: it rings on standard error when that is the terminal (`| tee
	 * log`), and with no terminal there is none; the status says silent. */
	FILE *bell_on = isatty(STDOUT_FILENO) ? stdout : isatty(STDERR_FILENO) ? stderr : NULL;
	struct cues_options co = { .mode = o->cues, .breathing = o->breath_cues,
				  .bell = bell_on ? plain_bell : NULL, .bell_ctx = bell_on };
	lo->cues = cues_open(&co, p);
	/* No screen to wait for: say before the brief if sound fails, unless
	 * the sound system takes more than a second to answer. */
	cues_prepare(lo->cues);
	cues_settle(lo->cues, 1000);
	struct plain *pl = plain_new(stdout, STDIN_FILENO, p, lo->cues);
	plain_brief(pl); /* with the sound status line first, if any */
	struct frontend fe = plain_frontend(pl);
	enum loop_end end = loop_run(s, &fe, lo, signo);
	/* The last cues' news comes after the loop: a routine's own done or
	 * stop sound that could not play is said, as any other's is. */
	if (cues_settle(lo->cues, 300))
		plain_say_status(pl);
	cues_close(lo->cues);
	plain_free(pl);
	/* The terminal echoed Ctrl-C as "^C": what is said next starts a line
	 * of its own, not "^CEnded early". */
	if (end == LOOP_SIGNAL && (*signo == SIGINT || *signo == SIGQUIT) && isatty(STDIN_FILENO) &&
	    isatty(STDOUT_FILENO))
		putchar('\n');
	struct view v;
	session_view(s, 0, &v);
	if (v.state == ST_STOP && v.symptom == SYMPTOM_UNKNOWN) /* q, or input ended */
		say_stopped(line_safety_out(stdout), SYMPTOM_UNKNOWN, v.kid, false, false); /* | head gone */
	return end;
}

static int run_ui(struct ui *u, struct session *s, const struct plan *p,
		  struct loop_options *lo, const struct run_options *o, int *signo)
{
	struct cues_options co = { .mode = o->cues, .breathing = o->breath_cues, .bell = ui_bell,
				  .bell_ctx = u };
	lo->cues = cues_open(&co, p);
	struct frontend fe = ui_frontend(u, p, lo->cues);
	enum loop_end end = loop_run(s, &fe, lo, signo);
	cues_close(lo->cues);
	ui_close(u); /* before any message to stderr */
	return end;
}

int cmd_run(const struct catalog *c, char *const *ids, size_t n, const struct run_options *o)
{
	int status = cmd_run_in(c, ids, n, o, NULL);
	return status == RUN_DECLINED || status == RUN_NOT_BEGUN || status == RUN_REFUSED ? 0 : status;
}

/* What load_routines says (notes on ids, warnings on files) goes to
 * standard error, and, for a session on the screen, into *notes for its
 * brief: the screen would cover the lines until it closed. While the
 * picker's screen is up, they wait for it to close (*later). */
static int load_for_run(const struct catalog *c, char *const *ids, size_t n, struct loaded *l,
			struct ui **u, char **notes, bool *later)
{
	char *held = NULL;
	size_t len = 0;
	FILE *err = notes ? open_memstream(&held, &len) : NULL;
	int status = load_routines(c, ids, n, l, err ? err : stderr);
	if (err)
		fclose(err);
	*later = false;
	if (status) {
		ui_close(*u);
		*u = NULL;
	}
	if (held && (status || !*u))
		fputs(held, stderr);
	else if (held)
		*later = len > 0;
	if (notes && !status && len)
		*notes = held;
	else
		free(held);
	return status;
}

void say_stopped(FILE *out, enum symptom sy, bool kid, bool wrap, bool any_area)
{
	int cols = wrap ? wrapped_cols(out) : 0;
	const char *const *l = advice_stop(sy, kid, any_area);
	if (sy == SYMPTOM_UNKNOWN) { /* nothing was said but "stop now": the rest */
		fputs("Stopped.\n", out);
		while (*++l)
			wrapped_print(out, cols, "  ", *l, "\n");
		return;
	}
	while (l[1])
		l++; /* the last: when to see a doctor */
	char *line = xasprintf("Stopped: %s. %s %s", advice_symptom_label(sy, kid),
			       advice_stop_rest(kid, any_area), *l);
	wrapped_print(out, cols, "", line, "\n");
	free(line);
}

/* The screen has gone with its words: a line of them stays in the
 * terminal. After a stop, when to see someone; else how far it went, its
 * times in words for line mode. */
static void say_how_it_ended(const struct view *v, const struct plan *p, bool words)
{
	char outcome[160];
	if (v->state == ST_STOP) {
		say_stopped(stdout, v->symptom, v->kid, true, v->stop_any_area);
	} else if (v->completed || v->done_ms > 0) { /* not q on the brief */
		advice_outcome(v, words, outcome, sizeof outcome);
		char *line = xasprintf("%s%s", outcome, p->preview > 0 ? " " ADVICE_PREVIEW_ENDED : "");
		/* broken between words at the terminal's width, as the stop's
		 * line is ("every hold ski / pped" at 40); line mode's whole */
		wrapped_print(stdout, words ? 0 : wrapped_cols(stdout), "", line, "\n");
		free(line);
	}
}

/* The plan again, without the routines held by an open stop. They go to
 * the end of l's list, which still owns them. */
static void leave_out(struct plan *p, struct loaded *l, const bool *held, bool kid)
{
	struct routine **r = xcalloc(l->n, sizeof *r);
	size_t kept = 0, back = l->n;
	for (size_t i = 0; i < l->n; i++)
		if (held[i])
			r[--back] = l->r[i];
		else
			r[kept++] = l->r[i];
	memcpy(l->r, r, l->n * sizeof *r);
	free(r);
	struct plan again;
	plan_build(&again, (const struct routine *const *)l->r, kept, kid);
	again.title = p->title, again.summary = p->summary, again.preview = p->preview;
	again.picked = p->picked;
	again.preset = p->preset;
	again.warning = p->warning, again.load_said = p->load_said;
	plan_free(p);
	*p = again;
}

/* The stop reminder on the plain terminal, where the session will be:
 * the terminal (/dev/tty) when the screen will be there but standard input
 * is not (a launcher, </dev/null); else standard input and output. An
 * ending signal ends the question (*signo), whatever mask the picker
 * before it left: its Ctrl-C had waited for an Enter. */
static enum after_stop ask_on_terminal(const struct stop_reminder *r, const struct run_options *o,
				       char **without, int *signo)
{
	FILE *tty = !o->plain && !(isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) ?
		    fopen("/dev/tty", "r+e") : NULL;
	struct signals_caught sc;
	signals_catch_ending(&sc);
	enum after_stop answer = stop_reminder_ask(r, tty ? fileno(tty) : STDIN_FILENO,
						   tty ? tty : stdout, without, &sc.sleep_mask);
	*signo = signals_end;
	signals_release(&sc);
	if (tty)
		fclose(tty);
	return answer;
}

/* The stop reminder on the screen: the picker's, or one opened for it.
 * *signo is set when a signal ended it; *said is the answer in words. */
static enum after_stop ask_on_screen(struct ui *u, const struct plan *p,
				     const struct stop_reminder *r, char **said, char **without,
				     int *signo)
{
	char typed[64], title[256];
	plan_title(p, title, sizeof title);
	const char *again = NULL;
	enum ui_ask_result got;
	do { /* asked once more after "y" or "help" */
		got = ui_stop_reminder(u, r, title[0] ? title : NULL, p->warning, again, typed,
				       sizeof typed);
	} while (got == UI_ASK_ANSWERED && !again && (again = stop_reminder_again(r, typed)));
	if (got == UI_ASK_SIGNAL) {
		*signo = ui_signal(u);
		return STOP_DECLINED;
	}
	if (got == UI_ASK_EOF)
		typed[0] = '\0'; /* a no */
	return stop_reminder_answer(r, typed, said, without);
}

/* A session is written as soon as its end is on the screen (the summary,
 * or a stop), not when that screen is closed: a crash, a power cut or a
 * second unknot while it is read would not see it. A stop is written as
 * stop:unknown when it is made, and again once answered (the history
 * takes the answer for the first). A stop made on the summary after it
 * is a line of its own. What writing says waits for the screen to go. */
struct early_record {
	const struct plan *p;
	time_t started, ended;
	bool preview;
	bool done, stopped;   /* what is written */
	enum symptom answered; /* the stop's answer written, or SYMPTOM_UNKNOWN */
	bool closing;          /* the session's screen is closing */
	char *said;                   /* what writing said, or NULL */
};

/* v's end, when r has not written it yet: a stop, its answer, or the rest
 * (done, or a quit). */
static bool unwritten(const struct early_record *r, const struct view *v)
{
	/* the first answer at once; one changed (a slipped 1 for the 2) as
	 * the screen closes: 1 2 3 mashed for a while wrote a line each time */
	if (v->state == ST_STOP)
		return !r->stopped || (v->symptom != SYMPTOM_UNKNOWN && v->symptom != r->answered &&
				       (r->answered == SYMPTOM_UNKNOWN || r->closing));
	return !r->done;
}

/* What is not yet written of v's end, written (the loop's settled, and
 * once more as the session closes). */
static void record_early(void *ctx, const struct view *v)
{
	struct early_record *r = ctx;
	if (!unwritten(r, v))
		return;
	time_t ended = r->ended ? r->ended : time(NULL);
	if (v->state == ST_STOP && r->done)
		record_stop_after_end(r->p, v, ended, &r->said);
	else
		record_session(r->p, v, r->started, ended, r->preview, &r->said);
	r->done |= v->state == ST_DONE;
	r->stopped |= v->state == ST_STOP;
	if (v->state == ST_STOP)
		r->answered = v->symptom;
}

/* Whether standard output is a file or a pipe, which a hang-up leaves (a
 * job runner's log, nohup's): not the terminal that went. */
static bool output_kept(void)
{
	struct stat st;
	return fstat(STDOUT_FILENO, &st) == 0 && (S_ISREG(st.st_mode) || S_ISFIFO(st.st_mode));
}

/* ui_emergency_restore at exit, once however many screens are opened. */
static void restore_at_exit(void)
{
	static bool registered;
	if (!registered)
		registered = atexit(ui_emergency_restore) == 0;
}

/* Notes held while the picker's screen was up, once no screen is. */
static void say_notes_now(bool *later, const char *notes, const struct ui *u)
{
	if (*later && !u)
		fputs(notes, stderr);
	*later = *later && u;
}

int cmd_run_in(const struct catalog *c, char *const *ids, size_t n,
	       const struct run_options *o, struct ui *u)
{
	struct loaded l;
	char *notes = NULL;
	bool notes_later;
	if (load_for_run(c, ids, n, &l, &u, o->plain ? NULL : &notes, &notes_later)) {
		ui_close(u);
		return EXIT_INVALID;
	}
	struct plan p;
	plan_build(&p, (const struct routine *const *)l.r, l.n, o->kid);
	p.title = l.title, p.summary = l.summary, p.preset = l.preset;
	p.picked = o->picked;
	p.preview = o->speed != 1 ? o->speed : 0;
	/* What loading said is for the routine's author: not on a child's
	 * brief (kid mode has done what "use light" asks), but on the
	 * terminal after the screen, for the grown-up who wrote it. */
	p.load_said = p.kid ? NULL : notes;
	say_notes_now(&notes_later, notes, u);
	bool *held = xcalloc(p.n_routines, sizeof *held);
	char *without = NULL, *left_out = NULL, *warning = NULL, *said = NULL;
	struct stop_reminder rem;
	bool remind = stop_reminder_load(&p, time(NULL), &rem, held, &warning);
	/* A session that will not be kept (a read-only home, no HOME) is told
	 * so before it, not after its 16 minutes: nor will a stop in it be. */
	char *path = history_default_path();
	char *unkept = path ? history_unwritable(path) :
		       xstrdup("neither XDG_STATE_HOME nor HOME is set to an absolute path");
	free(path);
	if (unkept) {
		char *w = xasprintf("%s%sthis session will not be kept in the history, nor a stop "
				    "in it (%s)", warning ? warning : "", warning ? "; " : "", unkept);
		free(warning);
		free(unkept);
		warning = w;
	}
	if (o->plain && warning) { /* said now, before any question */
		fprintf(stderr, "unknot: warning: %s\n", warning);
		free(warning);
		warning = NULL;
	}
	p.warning = warning; /* else for the brief: the screen would cover a line */
	/* Asked on the screen the session will have. With none, it is asked on
	 * plain lines, and what the screen's absence means is said when a
	 * session follows, not for one that may not. */
	if (remind && !u && !o->plain && ui_open(&u, &(struct ui_options){ .quiet = true }) == 0)
		restore_at_exit();
	/* On the screen, the ending signals wait for the reminder's sleeps, as
	 * in the picker: while it draws, ncurses' handlers would end unknot
	 * with status 1. A question on plain lines takes them as ever. */
	sigset_t ends, before;
	signals_ending(&ends);
	sigprocmask(SIG_SETMASK, NULL, &before);
	if (remind && u)
		sigprocmask(SIG_BLOCK, &ends, NULL);
	bool on_screen = u;
	int signo = 0;
	enum after_stop answer = !remind ? STOP_GO_ON :
				 u ? ask_on_screen(u, &p, &rem, &said, &without, &signo) :
				     ask_on_terminal(&rem, o, &without, &signo);
	if (answer == STOP_WITHOUT) {
		leave_out(&p, &l, held, p.kid); /* kid mode stays, whatever made it */
		left_out = xasprintf("Without %s today, after a stop.", without);
		p.left_out = left_out;
		p.summary = NULL; /* a preset's: it names what was left out */
	}
	free(without);
	free(held);
	if (signo || answer == STOP_DECLINED || answer == STOP_REFUSED) {
		ui_close(u);
		if (!signo) /* kept for a brief there will not be */
			say_notes_now(&notes_later, notes, NULL);
		if (warning && !signo)
			fprintf(stderr, "unknot: warning: %s\n", warning);
		if (on_screen && !signo) { /* the words stay on the terminal the screen gave back */
			if (answer == STOP_REFUSED)
				stop_reminder_print(&rem, stdout, wrapped_cols(stdout));
			if (said)
				wrapped_print(stdout, wrapped_cols(stdout), "", said, "\n");
		}
		stop_reminder_free(&rem);
		free(said);
		free(warning);
		free(left_out); /* NULL here (a no is not "without"), freed as at the end all the same */
		free(notes);
		plan_free(&p);
		loaded_free(&l);
		fflush(stdout);
		/* One that came since the last sleep: as it would have, with the
		 * terminal put back. */
		sigprocmask(SIG_SETMASK, &before, NULL);
		/* Declined: the picker comes back for another area. Refused: the
		 * words stay on the terminal, and the picker ends. */
		return signo ? 128 + signo : answer == STOP_DECLINED ? RUN_DECLINED : RUN_REFUSED;
	}
	stop_reminder_free(&rem);
	free(said);
	struct early_record rec = { .p = &p, .started = time(NULL), .preview = o->speed != 1 };
	struct session *s = session_new(&p, 0);
	session_set_breath_cues(s, o->breath_cues);
	struct loop_options lo = { .plan = &p, .speed = o->speed, .trace = o->trace,
				   .ended = &rec.ended, .settled = record_early,
				   .settled_ctx = &rec };
	struct ui_options uo = { .instead = "line mode instead" };
	if (!u && !o->plain && ui_open(&u, &uo) == 0)
		restore_at_exit();
	say_notes_now(&notes_later, notes, u); /* line mode instead */
	/* From here to the end, the ending signals only reach the loop
	 * (which lets them through while it sleeps): a second hang-up while the
	 * terminal is restored must not kill us before the history is written. */
	sigprocmask(SIG_BLOCK, &ends, NULL);
	bool full_screen = u;
	p.pause_at_routines = !u && isatty(STDIN_FILENO);
	int end = u ? run_ui(u, s, &p, &lo, o, &signo) : run_plain(s, &p, &lo, o, &signo);
	say_notes_now(&notes_later, notes, NULL);
	int status = 0;
	struct view v;
	session_view(s, 0, &v);
	rec.closing = true;
	record_early(&rec, &v); /* not yet written: a quit, x1 and Ctrl-C in one read, an answer changed */
	if (rec.said) /* what writing said, held while the screen was up */
		fputs(rec.said, stderr);
	free(rec.said);
	/* Ctrl-C on the stop or done screen closes it: the session had ended.
	 * Mid-session it ends it, and what was done is said as q says it (not
	 * after a hang-up: the terminal has gone). */
	bool closed = end == LOOP_SIGNAL && (v.state == ST_STOP || v.state == ST_DONE);
	bool cut_short = end == LOOP_SIGNAL && (signo != SIGHUP || output_kept()) && !closed;
	if (full_screen ? end == LOOP_ENDED || closed || cut_short : cut_short)
		say_how_it_ended(&v, &p, !full_screen); /* line mode said the rest as it came */
	bool began = v.state != ST_BRIEF && (v.state != ST_QUIT || v.item); /* no item: the brief's q */
	if (end == LOOP_ENDED && !began)
		status = RUN_NOT_BEGUN; /* the picker comes back: another pick, perhaps */
	if (end == LOOP_SIGNAL) {
		if (!closed) /* as q on the brief says it: nothing began */
			fprintf(stderr, "unknot: %s: %s\n", strsignal(signo),
				began ? "session ended" : "quit before it began");
		status = 128 + signo;
	}
	session_free(s);
	plan_free(&p);
	free(left_out);
	free(warning);
	free(notes);
	loaded_free(&l);
	return status;
}
