/* Diagnostics: errors and warnings that point at file:line:column. */
#ifndef UNKNOT_DIAG_H
#define UNKNOT_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_level { DIAG_ERROR, DIAG_WARNING };

struct diag {
	enum diag_level level;
	char *file;
	unsigned line, col; /* 1-based; 0 when the position is unknown */
	char *msg;
};

struct diags {
	struct diag *v;
	size_t n, cap;
	size_t errors, warnings;
};

__attribute__((format(printf, 6, 7)))
void diags_add(struct diags *d, enum diag_level level, const char *file,
	       unsigned line, unsigned col, const char *fmt, ...);

/* One line each: "file:line:col: error: message", in the order of the
 * places (file, line, column). */
void diags_print(const struct diags *d, FILE *out);
void diags_free(struct diags *d);

#endif
