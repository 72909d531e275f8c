#include "wrapped.h"

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "ascii_out.h"
#include "text.h"
#include "xalloc.h"

int wrapped_cols(FILE *out)
{
	struct winsize ws;
	int fd = fileno(ascii_out_raw(out)); /* a stream over it has no fd of its own */
	/* a terminal's own width, unless it tells none (0: a serial console) */
	if (isatty(fd) && ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
		return ws.ws_col >= 20 ? ws.ws_col : 0;
	/* COLUMNS=70 unknot -n feet > handout.txt: a width asked for, as man
	 * and ls take it; and a terminal that does not tell its own (a serial
	 * console). Digits from 20 to 1000; anything else, none. */
	const char *asked = getenv("COLUMNS");
	if (!asked || !*asked || asked[strspn(asked, "0123456789")] || strlen(asked) > 4)
		return 0;
	int n = atoi(asked);
	return n >= 20 && n <= 1000 ? n : 0;
}

void wrapped_print(FILE *out, int cols, const char *indent, const char *text, const char *end)
{
	int width = cols - (int)strlen(indent) - (strcmp(end, "\n") ? (int)strlen(end) : 0);
	struct span one;
	int n = cols ? text_wrap(text, width, &one, 0) : 0;
	if (n < 1) {
		fprintf(out, "%s%s%s", indent, text, end);
		return;
	}
	struct span *sp = xcalloc((size_t)n, sizeof *sp);
	text_wrap(text, width, sp, n);
	for (int i = 0; i < n; i++)
		fprintf(out, "%s%.*s%s", indent, sp[i].len, sp[i].s, i == n - 1 ? end : "\n");
	free(sp);
}

int wrapped_hang(int cols, int at)
{
	return !cols || cols - at >= 12 ? at : cols >= 24 ? 8 : 0;
}

void wrapped_hanging(FILE *out, int cols, int at, const char *text)
{
	if (!cols || at + (int)text_width(text) <= cols) {
		fprintf(out, "%s\n", text);
		return;
	}
	int hang = wrapped_hang(cols, at);
	if (hang != at) /* too little room beside what is before it: under it */
		fputc('\n', out);
	struct span one;
	int n = text_wrap(text, cols - hang, &one, 0);
	struct span *sp = xcalloc((size_t)(n > 0 ? n : 1), sizeof *sp);
	text_wrap(text, cols - hang, sp, n);
	for (int i = 0; i < n; i++)
		fprintf(out, "%*s%.*s\n", i || hang != at ? hang : 0, "", sp[i].len, sp[i].s);
	free(sp);
}
