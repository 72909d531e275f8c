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

struct placed {
	const struct diag *g;
	size_t i; /* the order found in: equal places keep it */
};

static int by_place(const void *a, const void *b)
{
	const struct placed *x = a, *y = b;
	int f = strcmp(x->g->file, y->g->file);
	if (f)
		return f;
	if (x->g->line != y->g->line)
		return x->g->line < y->g->line ? -1 : 1;
	if (x->g->col != y->g->col)
		return x->g->col < y->g->col ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

void diags_print(const struct diags *d, FILE *out)
{
	/* In the file's order, as a compiler's, whatever order the checks ran in. */
	struct placed *p = xcalloc(d->n ? d->n : 1, sizeof *p);
	for (size_t i = 0; i < d->n; i++)
		p[i] = (struct placed){ &d->v[i], i };
	qsort(p, d->n, sizeof *p, by_place);
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *g = p[i].g;
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
	free(p);
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
