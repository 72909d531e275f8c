/* unknot: the command line. Parses options and hands over to a command. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <signal.h>
#include <stdarg.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "advice.h"
#include "ascii_out.h"
#include "catalog.h"
#include "commands.h"
#include "flow_control.h"
#include "history.h"
#include "suggest.h"
#include "text.h"
#include "wrapped.h"
#include "xalloc.h"

/* A format: the files are where this run looks, and the stop rule is
 * advice.c's, so that it is written in one place. */
#define USAGE \
	"Usage: unknot [OPTION]... [ROUTINE]...\n" \
	"A terminal coach for self-myofascial release: foam roller, ball, and time.\n" \
	"\n" \
	"  unknot                 pick a routine or a preset\n" \
	"  unknot feet calves     coach these routines, one after the other\n" \
	"  unknot after-run       a preset: routines that go together (see --list)\n" \
	"\n" \
	"Routines:\n" \
	"  -l, --list             list the routines (id, title, area, time, audience)\n" \
	"  -c, --check FILE...    check routine and preset files; errors as file:line:col\n" \
	"  -n, --dry-run ROUTINE...\n" \
	"                         print the plan with its times, and exit\n" \
	"\n" \
	"History:\n" \
	"      --history          last sessions, minutes per area, streak, heat-map\n" \
	"      --export csv       the whole history as CSV, for a therapist\n" \
	"\n" \
	"Coaching:\n" \
	"  -p, --plain            line mode, for screen readers and pipes\n" \
	"  -k, --kid              for a child: simple words, light pressure, holds to 30s\n" \
	"      --mute             no sound\n" \
	"      --bell             terminal bell instead of sounds\n" \
	"      --breath-cues      soft sounds on each breath in and out\n" \
	"      --speed FACTOR     preview FACTOR times as fast (not counted as practice)\n" \
	"      --trace FILE       write each state change and cue with its time\n" \
	"\n" \
	"  -h, --help             show this help\n" \
	"  -V, --version          show the version\n" \
	"\n" \
	"In a session:\n" \
	"  x                      STOP, at once: numbness, tingling or sharp pain\n" \
	"  space or p             pause, or resume (paused time does not count)\n" \
	"  n, b                   next, back\n" \
	"  ?                      all the keys\n" \
	"  with --plain           type them, then Enter; Enter alone says where you are\n" \
	"\n" \
	"Environment:\n" \
	"  NO_COLOR=1             bold and reverse video only (low vision, light themes)\n" \
	"\n" \
	"Files (bundled, then yours):\n" \
	"%s" \
	"\n" \
	"%s: press x.\n" \
	"See unknot(1) for the keys and the routine format.\n"

_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "--help says kid mode's holds are up to 30s");

enum { OPT_MUTE = 256, OPT_BELL, OPT_BREATH, OPT_SPEED, OPT_TRACE, OPT_HISTORY, OPT_EXPORT,
       OPT_END /* after every option's value: the size of a table of them */ };

static const struct option longopts[] = {
	{ "list", no_argument, NULL, 'l' },
	{ "check", no_argument, NULL, 'c' },
	{ "dry-run", no_argument, NULL, 'n' },
	{ "plain", no_argument, NULL, 'p' },
	{ "kid", no_argument, NULL, 'k' },
	{ "mute", no_argument, NULL, OPT_MUTE },
	{ "bell", no_argument, NULL, OPT_BELL },
	{ "breath-cues", no_argument, NULL, OPT_BREATH },
	{ "speed", required_argument, NULL, OPT_SPEED },
	{ "trace", required_argument, NULL, OPT_TRACE },
	{ "history", no_argument, NULL, OPT_HISTORY },
	{ "export", required_argument, NULL, OPT_EXPORT },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

/* path as --help shows it: printable, and under home as ~/ (shorter, and
 * what the user would type). */
static char *shown_path(const char *path, const char *home)
{
	size_t n = home && home[0] == '/' ? strlen(home) : 0;
	while (n && home[n - 1] == '/')
		n--;
	char *full = n && !strncmp(path, home, n) && path[n] == '/' ? xasprintf("~%s", path + n)
								     : xstrdup(path);
	char *safe = text_printable(full); /* from the environment */
	free(full);
	return safe;
}

/* The Files rows of --help: where this run reads routines and presets,
 * and keeps its history (a parent looking for what a child did). */
static char *usage_files(void)
{
	const char *home = getenv("HOME");
	char *data = catalog_data_dir(), *user = catalog_user_data_dir(), *hist = history_default_path();
	char *rows = xstrdup("");
	static const char *const kinds[] = { "routines", "presets" };
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		char *dir = xasprintf("%s/%s", data, kinds[i]), *bundled = shown_path(dir, home);
		free(dir);
		char *yours = NULL;
		if (user) {
			dir = xasprintf("%s/%s", user, kinds[i]);
			yours = shown_path(dir, home);
			free(dir);
		}
		char *more = xasprintf("%s  %-23s%s\n%25s%s\n", rows, kinds[i], bundled, "",
				       yours ? yours : "none of yours: no HOME to keep them in");
		free(rows);
		rows = more;
		free(bundled);
		free(yours);
	}
	char *kept = hist ? shown_path(hist, home) : NULL;
	char *all = xasprintf("%s  %-23s%s\n", rows, "history",
			      kept ? kept : "none kept: no HOME to keep it in");
	free(kept);
	free(rows);
	free(data);
	free(user);
	free(hist);
	return all;
}

/* --help, each line whole on a terminal as wide as it (80 columns), and on
 * a narrower one (a large font) broken between words: an option's words go
 * on under themselves, not under the option. */
static void print_usage(FILE *out)
{
	enum { WORDS_AT = 25, WORDS_MIN = 24 }; /* where an option's words start; their least */
	int cols = wrapped_cols(out);
	bool stacked = cols && cols < WORDS_AT + WORDS_MIN; /* each option over its words */
	char *files = usage_files();
	char *usage = xasprintf(USAGE, files, advice_stop_rule(false));
	free(files);
	for (char *line = usage, *nl; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		*nl = '\0';
		/* what it says starts after the first gap of two spaces ("--list
		 * list the routines"), or after the indent of a line on its own */
		size_t at = strspn(line, " ");
		char *gap = at ? strstr(line + at, "  ") : NULL;
		if (gap)
			at = (size_t)(gap - line) + strspn(gap, " ");
		bool option_alone = !gap && line[at] == '-'; /* its words on the next line */
		if (at && stacked && !option_alone) {
			size_t head = at;
			while (head && line[head - 1] == ' ')
				head--;
			if (head)
				fprintf(out, "%.*s\n", (int)head, line);
			wrapped_print(out, cols, "        ", line + at, "\n");
		} else if (!cols || (int)text_width(line) <= cols) {
			fprintf(out, "%s\n", line);
		} else {
			fprintf(out, "%.*s", (int)at, line);
			wrapped_hanging(out, cols, (int)at, line + at);
		}
	}
	free(usage);
}

__attribute__((format(printf, 1, 2)))
static int bad_usage(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	char *safe = text_printable(msg); /* it may quote an argument */
	fprintf(stderr, "unknot: %s\nTry 'unknot --help'.\n", safe);
	free(safe);
	free(msg);
	return EXIT_USAGE;
}

/* The long option nearest to word ("histroy"), within max edits, or NULL. */
static const char *option_near(const char *word, size_t max)
{
	const char *names[sizeof longopts / sizeof *longopts];
	size_t n = 0;
	for (const struct option *o = longopts; o->name; o++)
		names[n++] = o->name;
	return suggest_closest(word, names, n, max);
}

/* The value getopt_long gives the option named name (one of longopts). */
static int option_val(const char *name)
{
	const struct option *o = longopts;
	while (o->name && strcmp(o->name, name))
		o++;
	return o->val;
}

/* After getopt's "unrecognized option '--histroy'": the one meant. */
static void suggest_option(const char *arg)
{
	if (strncmp(arg, "--", 2) != 0)
		return;
	char *word = xstrndup(arg + 2, strcspn(arg + 2, "="));
	const char *near = *word ? option_near(word, 2) : NULL;
	if (near)
		fprintf(stderr, "unknot: did you mean '--%s'?\n", near);
	free(word);
}

/* "-history" would be -h, -i, ...: a long option's name after one dash is
 * a long option meant, and said so before getopt takes it apart. */
static int one_dash_long(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || a[1] == '-' || strlen(a) < 4)
			continue;
		char *word = xstrndup(a + 1, strcspn(a + 1, "="));
		const char *near = option_near(word, 0);
		free(word);
		if (near)
			return bad_usage("'%s': long options take two dashes: '--%s'", a, near);
	}
	return 0;
}

static bool known(const struct catalog *c, const char *id)
{
	char *path = catalog_resolve(c, id), *preset = catalog_preset(c, id);
	bool found = path || preset;
	free(path);
	free(preset);
	return found;
}

/* Words typed for what they are not: "unknot history" (an option's name
 * with no dashes) and "unknot after run" (an id with a space for its
 * dash), when no routine has such a name. */
static int misread_args(const struct catalog *c, char *const *args, size_t n, const bool *given)
{
	for (size_t i = 0; i < n; i++) {
		if (catalog_is_path(args[i]) || known(c, args[i]))
			continue;
		const char *near = option_near(args[i], 0);
		int val = near ? option_val(near) : 0;
		if (val > 0 && val < OPT_END && given[val])
			near = NULL; /* "--kid kid": the option is there; 'kids' was meant */
		char *joined = !near && i + 1 < n ? xasprintf("%s-%s", args[i], args[i + 1]) : NULL;
		if (joined && (catalog_is_path(args[i + 1]) || known(c, args[i + 1]) ||
			       !known(c, joined))) {
			free(joined);
			joined = NULL;
		}
		if (near || joined) { /* as any routine not found: the same status */
			char *safe = text_printable(args[i]);
			/* "kid": the option, or the routine for kids, both said */
			const char *id = near ? closest_id(c, args[i], true) : NULL;
			if (near && id)
				fprintf(stderr, "unknot: no routine '%s'; did you mean '--%s', or '%s'?\n",
					safe, near, id);
			else if (near)
				fprintf(stderr, "unknot: no routine '%s'; did you mean '--%s'?\n", safe, near);
			else
				fprintf(stderr, "unknot: no routine '%s'; did you mean '%s'? (unknot --list "
					"shows them all)\n", safe, joined);
			free(safe);
			free(joined);
			return EXIT_INVALID;
		}
	}
	return 0;
}

static const char *mode_name(int mode)
{
	switch (mode) {
	case 'l': return "--list";
	case 'c': return "--check";
	case 'n': return "--dry-run";
	case OPT_HISTORY: return "--history";
	default: return "--export";
	}
}

/* Whether fd, a file that is there, may be written over as a trace: an
 * earlier trace, an empty file, or no file (a terminal, a pipe); not the
 * history, nor a routine, named by a slip. */
static const char *not_a_trace(int fd, const char *path)
{
	struct stat st;
	char head[9];
	if (fstat(fd, &st) != 0)
		return strerror(errno);
	if (!S_ISREG(st.st_mode) || st.st_size == 0)
		return NULL;
	int r = open(path, O_RDONLY | O_CLOEXEC);
	bool trace = r >= 0 && pread(r, head, sizeof head, 0) == (ssize_t)sizeof head &&
		     !memcmp(head, "# origin ", sizeof head);
	if (r >= 0)
		close(r);
	return trace ? NULL : "it is there, and not a trace: name another file";
}

/* --trace FILE, line-buffered: a crash keeps what was written. It is
 * opened now, so that a path that cannot be written is said before any
 * screen, but emptied only when a session starts (loop_run): a misspelt
 * routine or a "no" to the stop reminder leaves an old trace as it was,
 * and makes no new file (*created says to remove it). */
static FILE *open_trace(const char *path, bool *created)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	*created = fd >= 0;
	const char *why = NULL;
	/* A file, or a link to one yet to be made; a pipe with no reader is
	 * an error, not a wait before anything shows. */
	if (fd < 0 && errno == EEXIST)
		fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0644);
	if (fd >= 0 && !*created && (why = not_a_trace(fd, path)) == NULL)
		fcntl(fd, F_SETFL, 0);
	FILE *f = fd >= 0 && !why ? fdopen(fd, "w") : NULL;
	if (!f) {
		char *safe = text_printable(path);
		fprintf(stderr, "unknot: cannot write trace %s: %s\n", safe, why ? why :
			errno == ENXIO ? "a pipe that nobody reads" : strerror(errno));
		free(safe);
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	setvbuf(f, NULL, _IOLBF, 0);
	return f;
}

/* Why f, in error, could not be written, when the errno of the write that
 * failed is long gone (a line-mode session writes for minutes): a line's
 * end more says it again ("No space left on device"), and adds nothing
 * but that to output already cut short. */
static const char *unwritten(FILE *f)
{
	if (errno)
		return strerror(errno);
	clearerr(f);
	if ((fputc('\n', f) == EOF || fflush(f) != 0) && errno)
		return strerror(errno);
	return "write error";
}

/* Closes the trace; an error to write it, or to close it, makes the exit
 * status one. A trace made for no session is removed. */
static int close_trace(FILE *f, const char *path, bool created, int status)
{
	bool unused = ftell(f) == 0;
	errno = 0;
	const char *why = ferror(f) ? unwritten(f) : NULL;
	errno = 0;
	if (fclose(f) != 0 && !why)
		why = errno ? strerror(errno) : "write error";
	if (why) {
		char *safe = text_printable(path);
		fprintf(stderr, "unknot: cannot write trace %s: %s\n", safe, why);
		free(safe);
		status = status ? status : EXIT_INVALID;
	}
	if (unused && created)
		unlink(path);
	return status;
}

/* True when standard output is a pipe whose reader has gone (the EPIPE
 * that says so may be long past, its errno since overwritten). */
static bool reader_gone(void)
{
	struct stat st;
	struct pollfd p = { .fd = STDOUT_FILENO, .events = POLLOUT };
	return fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode) && poll(&p, 1, 0) == 1 &&
	       (p.revents & POLLERR);
}

/* Output that could not all be written (--export csv to a full disk)
 * makes the exit status an error. A reader gone from a pipe does not:
 * outside a session SIGPIPE ends unknot quietly, as it does any filter,
 * and in one (--plain | head) the session went on without it. */
static int output_status(int status)
{
	errno = 0;
	if ((fflush(stdout) == 0 && !ferror(stdout)) || errno == EPIPE || reader_gone())
		return status;
	fprintf(stderr, "unknot: cannot write the output: %s\n", unwritten(stdout));
	return status ? status : EXIT_INVALID;
}

/* Ended by a signal (128 + N), everything written and the terminal put
 * back: die of it, so that a shell sees a signal, not an exit. Ctrl-C
 * otherwise ended one run of a loop (for i in 1 2; do unknot; done) and
 * the next began. SIGQUIT is left an exit, as its default dumps core. */
static int end_by_signal(int status)
{
	int sig = status - 128;
	if (sig != SIGINT && sig != SIGTERM && sig != SIGHUP)
		return status;
	fflush(stderr);
	signal(sig, SIG_DFL);
	sigset_t one;
	sigemptyset(&one);
	sigaddset(&one, sig);
	sigprocmask(SIG_UNBLOCK, &one, NULL);
	raise(sig);
	return status; /* not reached */
}

/* An XDG variable that is set but not an absolute path is not used (the
 * XDG rule): said, since a quoted '~/anna' in a script would otherwise put
 * one person's sessions, and stops, in the shared history unseen. */
static void warn_relative_xdg(const char *var, const char *under_home, const char *lost)
{
	const char *v = getenv(var), *home = getenv("HOME");
	if (v && *v && *v != '/' && (!home || *home != '/') && lost) {
		char *safe = text_printable(v);
		fprintf(stderr, "unknot: warning: %s '%s' is not an absolute path, and there is no "
			"HOME: %s\n", var, safe, lost);
		free(safe);
		return;
	}
	if (!v || !*v || *v == '/' || !home || *home != '/')
		return; /* unset, used, or neither is: said where it is used */
	char *safe = text_printable(v), *instead = text_printable(home);
	fprintf(stderr, "unknot: warning: %s '%s' is not an absolute path%s; using %s/%s\n", var,
		safe, *v == '~' ? " (a ~ in quotes is not expanded)" : "", instead, under_home);
	free(safe);
	free(instead);
}

static int parse_speed(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || *end || !(v >= 0.01 && v <= 1000))
		return -1;
	*out = v;
	return 0;
}

/* The character set from the environment. A UTF-8 locale asked for but not
 * installed (de_DE.UTF-8 on a fresh container, or sent over SSH) left the C
 * locale, and the full screen drew every non-ASCII letter as '?': the
 * terminal is UTF-8 all the same, so C.UTF-8 reads it. */
static void set_ctype(void)
{
	const char *set = setlocale(LC_CTYPE, "");
	const char *cs = set ? nl_langinfo(CODESET) : NULL;
	if (cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8")))
		return;
	const char *asked = NULL; /* the variable that applies, as setlocale reads them */
	const char *vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	for (size_t i = 0; i < sizeof vars / sizeof *vars && !asked; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			asked = v;
	}
	const char *dot = asked ? strchr(asked, '.') : NULL;
	if (!dot)
		return;
	size_t n = strcspn(dot + 1, "@"); /* the codeset, up to a modifier */
	if ((n == 5 && !strncasecmp(dot + 1, "utf-8", 5)) || (n == 4 && !strncasecmp(dot + 1, "utf8", 4)))
		setlocale(LC_CTYPE, "C.UTF-8");
}

int main(int argc, char **argv)
{
	/* Only the character set (UTF-8 or not) comes from the environment:
	 * numbers, dates and messages stay as unknot writes them, so that
	 * --speed 1.5 parses and the text reads the same in every locale. */
	set_ctype();
	ascii_out_where_needed();
	/* A file at its size limit (ulimit -f) is an error to writes, not the
	 * end of the program: a session still ends, and says what was not
	 * saved; --export says it could not write. */
	signal(SIGXFSZ, SIG_IGN);
	int mode = 0; /* the option that says what to do, or 0: coach */
	struct run_options ro = { .speed = 1, .cues = CUES_SOUND };
	const char *trace_path = NULL;
	bool trace_created = false;
	/* getopt names the program by argv[0] in its messages: "unknot", as
	 * every other message does, however it was started (build/unknot). */
	static char name[] = "unknot";
	if (argc > 0)
		argv[0] = name;
	if (one_dash_long(argc, argv))
		return EXIT_USAGE;
	int c;
	bool given[OPT_END] = { false }; /* by value: not offered again as "did you mean" */
	while ((c = getopt_long(argc, argv, "lcnpkhV", longopts, NULL)) != -1) {
		if (c > 0 && c < OPT_END)
			given[c] = true;
		switch (c) {
		case 'l': case 'c': case 'n': case OPT_HISTORY: case OPT_EXPORT:
			if (c == OPT_EXPORT && strcasecmp(optarg, "csv") != 0)
				return bad_usage("--export '%s': the only format is csv", optarg);
			if (mode && mode != c)
				return bad_usage("%s and %s: choose one of --list, --check, --dry-run, "
						 "--history, --export", mode_name(mode), mode_name(c));
			mode = c;
			break;
		case 'p': ro.plain = true; break;
		case 'k': ro.kid = true; break;
		case OPT_MUTE: ro.cues = CUES_MUTE; break;
		case OPT_BELL: ro.cues = CUES_BELL; break;
		case OPT_BREATH: ro.breath_cues = true; break;
		case OPT_SPEED:
			if (parse_speed(optarg, &ro.speed))
				return bad_usage("--speed '%s': expected a number from 0.01 to 1000", optarg);
			break;
		case OPT_TRACE:
			if (!*optarg)
				return bad_usage("--trace '': expected the name of a file to write");
			/* "--trace $EMPTY --dry-run feet": not a session traced to "--dry-run" */
			if (*optarg == '-')
				return bad_usage("--trace %s: expected the name of a file to write, not an "
						 "option (a file of that name: ./%s)", optarg, optarg);
			trace_path = optarg;
			break;
		case 'h': print_usage(stdout); return output_status(0);
		case 'V': puts("unknot " UNKNOT_VERSION); return output_status(0);
		default: /* getopt has said what was wrong */
			if (optopt == 0 && optind > 0) /* a long option it does not know */
				suggest_option(argv[optind - 1]);
			fputs("Try 'unknot --help'.\n", stderr);
			return EXIT_USAGE;
		}
	}
	char *const *args = argv + optind;
	size_t nargs = (size_t)(argc - optind);
	/* A parent asking for a child's sessions alone would be shown all */
	if ((mode == OPT_HISTORY || mode == OPT_EXPORT) && ro.kid)
		return bad_usage("--kid with %s: the history is everyone's on this account, a kid's "
				 "sessions marked (kid); to keep a child's apart, give them their own "
				 "XDG_STATE_HOME", mode_name(mode));
	if (mode != OPT_HISTORY && mode != OPT_EXPORT)
		warn_relative_xdg("XDG_DATA_HOME", ".local/share", "your routines and presets are not read");
	if (mode != 'l' && mode != 'c')
		warn_relative_xdg("XDG_STATE_HOME", ".local/state", NULL); /* the history says it */
	if (mode == OPT_HISTORY || mode == OPT_EXPORT)
		return nargs ? bad_usage("%s takes no routines", mode_name(mode))
			     : output_status(cmd_history(mode == OPT_EXPORT, ro.plain));
	if (mode == 'c' && !nargs)
		return bad_usage("--check needs at least one FILE");

	struct catalog cat; /* --check too: a preset's routines must be in it */
	catalog_scan(&cat);
	for (size_t i = 0; i < cat.n_unreadable; i++) { /* its routines would be "not found" */
		char *safe = text_printable(cat.unreadable[i]);
		fprintf(stderr, "unknot: warning: %s\n", safe);
		free(safe);
	}
	int status;
	if ((!mode || mode == 'n') && misread_args(&cat, args, nargs, given))
		status = EXIT_INVALID;
	else if (mode == 'c')
		status = cmd_check(&cat, args, nargs);
	else if (mode == 'l')
		status = nargs ? bad_usage("--list takes no arguments") : cmd_list(&cat, ro.kid, ro.plain);
	else if (mode == 'n')
		status = nargs ? cmd_dry_run(&cat, args, nargs, ro.kid, ro.plain)
			       : bad_usage("--dry-run needs a ROUTINE");
	else if (trace_path && !(ro.trace = open_trace(trace_path, &trace_created)))
		status = EXIT_INVALID;
	else if (isatty(STDIN_FILENO) && tcgetsid(STDIN_FILENO) == -1) {
		/* A terminal that is not its own (setsid run on one): the shell
		 * reads it too, and takes the x and the Ctrl-C meant for a
		 * session, on the screen or in line mode alike. */
		fputs("unknot: the terminal is not this process's own (was it started with setsid?): "
		      "its x and Ctrl-C would go to the shell; run unknot without setsid\n", stderr);
		status = EXIT_INVALID;
	} else {
		/* A reader gone from a pipe (--plain | head) is an error to
		 * writes, not the end of a session: it still ends, and a stop
		 * is still kept. */
		signal(SIGPIPE, SIG_IGN);
		/* Line mode, its list and its questions too: no Ctrl-S holds a stop. */
		if (isatty(STDIN_FILENO) && flow_control_off(STDIN_FILENO, true))
			atexit(flow_control_restore);
		status = nargs ? cmd_run(&cat, args, nargs, &ro) : cmd_pick(&cat, &ro);
		flow_control_restore(); /* before a signal that ended it ends unknot */
	}
	if (ro.trace)
		status = close_trace(ro.trace, trace_path, trace_created, status);
	catalog_free(&cat);
	return end_by_signal(output_status(status));
}
