/* For tests/e2e/rt-sound.sh: libcanberra's driver threads slow to end.
 * Preloaded (LD_PRELOAD): a thread started from a libcanberra driver module
 * (libcanberra-alsa.so, -pulse.so) to play a sound waits 50 ms after each
 * mutex it releases once it has begun to close its sound, as a busy machine
 * may leave it. Its last release is just before it returns into the
 * module's code; and the program's exit waits 300 ms
 * for it. A module unloaded under such a thread, as ca_context_destroy
 * unloads it, crashes the program every time rather than once in twenty. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static __thread int in_driver, ending;

struct start {
	void *(*fn)(void *);
	void *arg;
};

static void *start_marked(void *arg)
{
	struct start s = *(struct start *)arg;
	free(arg);
	in_driver = 1;
	return s.fn(s.arg);
}

static int from_driver(void *(*fn)(void *))
{
	Dl_info info;
	void *addr = *(void **)&fn;
	if (!dladdr(addr, &info) || !info.dli_fname)
		return 0;
	const char *base = strrchr(info.dli_fname, '/');
	return strncmp(base ? base + 1 : info.dli_fname, "libcanberra-", 12) == 0;
}

int pthread_create(pthread_t *t, const pthread_attr_t *attr, void *(*fn)(void *), void *arg)
{
	static int (*real)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "pthread_create");
	struct start *s;
	if (!from_driver(fn) || !(s = malloc(sizeof *s)))
		return real(t, attr, fn, arg);
	*s = (struct start){ fn, arg };
	int r = real(t, attr, start_marked, s);
	if (r)
		free(s);
	return r;
}

__attribute__((destructor)) static void exit_slowly(void)
{
	nanosleep(&(struct timespec){ 0, 300 * 1000000 }, NULL);
}

/* A driver thread closes its sound's file and device as it ends. */
int close(int fd)
{
	static int (*real)(int);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "close");
	ending |= in_driver;
	return real(fd);
}

int pthread_mutex_unlock(pthread_mutex_t *m)
{
	static int (*real)(pthread_mutex_t *);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "pthread_mutex_unlock");
	int r = real(m);
	if (ending)
		nanosleep(&(struct timespec){ 0, 50 * 1000000 }, NULL);
	return r;
}
