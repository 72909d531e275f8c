#include "ascii_out.h"

#include <langinfo.h>
#include <string.h>
#include <unistd.h>

static FILE *raw_out, *raw_err, *wrapped_out, *wrapped_err;

/* A character's first byte becomes '?', the bytes that go on with it go
 * (-1): the same whatever the writes cut, with no state kept between them. */
static int ascii_of(char b)
{
	unsigned char c = (unsigned char)b;
	return c < 0x80 ? c : c >= 0xC0 ? '?' : -1;
}

static ssize_t write_ascii(void *cookie, const char *buf, size_t n)
{
	FILE *raw = cookie;
	for (size_t i = 0; i < n; i++) {
		int a = ascii_of(buf[i]);
		if (a >= 0)
			putc(a, raw);
	}
	/* flushed, as the unbuffered stream over it would be: in order, and an
	 * error to write it is this write's */
	return fflush(raw) != 0 || ferror(raw) ? -1 : (ssize_t)n;
}

static FILE *wrap(FILE *raw)
{
	FILE *f = fopencookie(raw, "w", (cookie_io_functions_t){ .write = write_ascii });
	if (f)
		setvbuf(f, NULL, _IONBF, 0); /* in order with what curses writes to raw */
	return f ? f : raw;
}

void ascii_out_where_needed(void)
{
	const char *cs = nl_langinfo(CODESET);
	if (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"))
		return;
	if (isatty(STDOUT_FILENO) && !raw_out) {
		raw_out = stdout;
		stdout = wrapped_out = wrap(raw_out);
	}
	if (isatty(STDERR_FILENO) && !raw_err) {
		raw_err = stderr;
		stderr = wrapped_err = wrap(raw_err);
	}
}

FILE *ascii_out_raw(FILE *f)
{
	return f && f == wrapped_out ? raw_out : f && f == wrapped_err ? raw_err : f;
}

void ascii_out_text(char *s)
{
	char *o = s;
	for (; *s; s++) {
		int a = ascii_of(*s);
		if (a >= 0)
			*o++ = (char)a;
	}
	*o = '\0';
}
