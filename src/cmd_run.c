/* Coaching a session: load, plan, pick a front end, run the loop. */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"
#include "loop.h"
#include "plain.h"
#include "plan.h"
#include "record.h"
#include "session.h"
#include "text.h"

static FILE *open_trace(const char *path)
{
	if (!path)
		return NULL;
	FILE *f = fopen(path, "w");
	if (!f) {
		char *safe = text_printable(path);
		fprintf(stderr, "unknot: cannot write trace %s: %s\n", safe, strerror(errno));
		free(safe);
		return NULL;
	}
	setvbuf(f, NULL, _IOLBF, 0);
	return f;
}

static int run_plain(struct session *s, const struct plan *p, struct loop_options *lo,
		     const struct run_options *o, int *signo)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	struct cues_options co = { o->cues, o->breath_cues, plain_bell, stdout };
	lo->cues = cues_open(&co, p);
	struct plain *pl = plain_new(stdout, STDIN_FILENO, p, lo->cues);
	const char *status = cues_status(lo->cues);
	if (status)
		printf("%s\n", status);
	plain_brief(pl);
	struct frontend fe = plain_frontend(pl);
	enum loop_end end = loop_run(s, &fe, lo, signo);
	cues_close(lo->cues);
	plain_free(pl);
	return end;
}

int cmd_run(const struct catalog *c, char *const *ids, size_t n, const struct run_options *o)
{
	struct routine **r;
	if (load_routines(c, ids, n, &r))
		return EXIT_INVALID;
	FILE *trace = open_trace(o->trace_path);
	if (o->trace_path && !trace) {
		free_routines(r, n);
		return EXIT_INVALID;
	}
	struct plan p;
	plan_build(&p, (const struct routine *const *)r, n, o->kid);
	if (!confirm_after_stop(&p, STDIN_FILENO, stdout)) {
		plan_free(&p);
		free_routines(r, n);
		if (trace)
			fclose(trace);
		return 0;
	}
	time_t started = time(NULL);
	struct session *s = session_new(&p, 0);
	struct loop_options lo = { .plan = &p, .speed = o->speed, .trace = trace };
	int signo = 0;
	int end = run_plain(s, &p, &lo, o, &signo);
	int status = 0;
	struct view v;
	session_view(s, 0, &v);
	record_session(&p, &v, started);
	if (end == LOOP_SIGNAL) {
		fprintf(stderr, "unknot: %s: session ended\n", strsignal(signo));
		status = 128 + signo;
	}
	session_free(s);
	plan_free(&p);
	free_routines(r, n);
	if (trace)
		fclose(trace);
	return status;
}
