#include "ascii_out.h"

#include <langinfo.h>
#include <string.h>
#include <unistd.h>

#include "text.h"

static FILE *raw_out, *raw_err, *wrapped_out, *wrapped_err;

/* What stands for the character beyond ASCII at s (n bytes there), in
 * out: one column, one look-alike ("drücke „x“" as drucke "x"), else a '?'
 * for each column it takes as the screen draws it (none for a combining
 * mark, two for 足), so that columns measured still line up. Bytes that go
 * on with a character cut by a write go (0), and a first byte cut from
 * them is one '?': no state is kept between writes. *len is how many bytes
 * were taken; returns how many were put in out (2 at most). */
static int ascii_of(const char *s, size_t n, size_t *len, char out[2])
{
	uint32_t cp;
	size_t k = text_decode(s, n, &cp);
	if (!k) {
		*len = 1;
		out[0] = '?';
		return (unsigned char)*s >= 0xC0 ? 1 : 0;
	}
	*len = k;
	int cols = (int)text_width_n(s, k);
	char like = cols == 1 ? text_ascii_like(cp) : 0;
	out[0] = like ? like : '?', out[1] = '?';
	return cols > 2 ? 2 : cols;
}

static ssize_t write_ascii(void *cookie, const char *buf, size_t n)
{
	FILE *raw = cookie;
	for (size_t i = 0, len; i < n; i += len) {
		if (!((unsigned char)buf[i] & 0x80)) {
			putc(buf[i], raw);
			len = 1;
			continue;
		}
		char out[2];
		int m = ascii_of(buf + i, n - i, &len, out);
		fwrite(out, 1, (size_t)m, raw);
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
	char *o = s; /* never past s: no character is wider than its bytes */
	for (size_t len; *s; s += len) {
		if (!((unsigned char)*s & 0x80)) {
			*o++ = *s;
			len = 1;
			continue;
		}
		char out[2];
		int m = ascii_of(s, strlen(s), &len, out);
		memcpy(o, out, (size_t)m);
		o += m;
	}
	*o = '\0';
}
