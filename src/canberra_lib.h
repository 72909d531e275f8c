/* libcanberra, loaded with dlopen() when the first sound is wanted: a
 * session with sound off, and every other command, never maps it or the
 * codec libraries it pulls in (about a millisecond and a megabyte). */
#ifndef UNKNOT_CANBERRA_LIB_H
#define UNKNOT_CANBERRA_LIB_H

#include <canberra.h>

struct canberra_lib {
	int (*context_create)(ca_context **c);
	int (*context_destroy)(ca_context *c);
	int (*context_set_driver)(ca_context *c, const char *driver);
	int (*context_change_props)(ca_context *c, ...);
	int (*context_open)(ca_context *c);
	int (*context_cache)(ca_context *c, ...);
	int (*context_play)(ca_context *c, uint32_t id, ...);
	int (*context_cancel)(ca_context *c, uint32_t id);
	int (*context_playing)(ca_context *c, uint32_t id, int *playing);
	const char *(*strerror)(int code);
};

/* The library, or NULL with the loader's reason in *why ("libcanberra.so.0:
 * cannot open shared object file: ..."). Loaded once, never unloaded. */
const struct canberra_lib *canberra_lib(const char **why);

#endif
