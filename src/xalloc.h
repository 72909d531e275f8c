/* Allocation that never returns NULL: out of memory ends the program with a
 * message (exit status 70), said after xalloc_before_message's restore. */
#ifndef UNKNOT_XALLOC_H
#define UNKNOT_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
/* Called before the out-of-memory message: the terminal put back, so that
 * the message is not drawn on a screen that is about to go. */
void xalloc_before_message(void (*restore)(void));
char *xstrndup(const char *s, size_t n);
__attribute__((format(printf, 1, 2))) char *xasprintf(const char *fmt, ...);
__attribute__((format(printf, 1, 0))) char *xvasprintf(const char *fmt, va_list ap);

#endif
