#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

void diags_add(struct diags *d, enum diag_level level, const char *file,
	       unsigned line, unsigned col, const char *fmt, ...)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvasprintf(fmt, ap);
	va_end(ap);
	d->v[d->n++] = (struct diag){ level, xstrdup(file ? file : "-"),
				      line, col, msg };
	if (level == DIAG_ERROR)
		d->errors++;
	else
		d->warnings++;
}

void diags_print(const struct diags *d, FILE *out)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = &d->v[i];
		/* File names and messages may quote hostile input. */
		char *file = text_printable(g->file);
		char *msg = text_printable(g->msg);
		const char *level = g->level == DIAG_ERROR ? "error" : "warning";
		if (g->line)
			fprintf(out, "%s:%u:%u: %s: %s\n", file, g->line, g->col, level, msg);
		else
			fprintf(out, "%s: %s: %s\n", file, level, msg);
		free(file);
		free(msg);
	}
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].msg);
	}
	free(d->v);
	*d = (struct diags){ 0 };
}
