#include "canberra_lib.h"

#include <dlfcn.h>
#include <stdbool.h>
#include <stdio.h>

/* The soname of Debian's libcanberra0, the ABI canberra.h describes. */
#define CANBERRA_SONAME "libcanberra.so.0"

static struct canberra_lib lib;
static enum { UNTRIED, LOADED, MISSING } state;
static char missing_why[256];

/* POSIX's way to take a function from dlsym(). */
#define LOAD(h, field) (*(void **)&lib.field = dlsym(h, "ca_" #field))

static bool load(void *h)
{
	return LOAD(h, context_create) && LOAD(h, context_destroy) &&
	       LOAD(h, context_set_driver) && LOAD(h, context_change_props) &&
	       LOAD(h, context_open) && LOAD(h, context_cache) && LOAD(h, context_play) &&
	       LOAD(h, context_cancel) && LOAD(h, context_playing) && LOAD(h, strerror);
}

const struct canberra_lib *canberra_lib(const char **why)
{
	if (state == UNTRIED) {
		void *h = dlopen(CANBERRA_SONAME, RTLD_NOW | RTLD_LOCAL);
		state = h && load(h) ? LOADED : MISSING;
		const char *err = h ? NULL : dlerror();
		if (!h) { /* copied: the next dlerror() may reuse its text */
			snprintf(missing_why, sizeof missing_why, "%s",
				 err ? err : CANBERRA_SONAME " cannot be loaded");
		} else if (state == MISSING) {
			snprintf(missing_why, sizeof missing_why,
				 "%s lacks a function unknot needs", CANBERRA_SONAME);
			dlclose(h);
		}
	}
	if (state == LOADED)
		return &lib;
	if (why)
		*why = missing_why;
	return NULL;
}
