/* Replays a fuzzer's inputs, kept in directories, through its own entry
 * point (whose checks abort on a fault). For the unit tests. */
#ifndef UNKNOT_TEST_REPLAY_H
#define UNKNOT_TEST_REPLAY_H

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

/* Every file of the n directories dirs, up to 64 KiB of each, given to
 * fuzz. A directory that is not there holds nothing (no crasher found
 * yet). Returns how many were replayed. */
static inline int replay_dirs(const char *const *dirs, size_t n,
			      int (*fuzz)(const uint8_t *data, size_t size))
{
	int count = 0;
	static char data[65536];
	for (size_t k = 0; k < n; k++) {
		DIR *dp = opendir(dirs[k]);
		if (!dp)
			continue;
		for (struct dirent *e; (e = readdir(dp));) {
			if (e->d_name[0] == '.')
				continue;
			char *path = xasprintf("%s/%s", dirs[k], e->d_name);
			FILE *f = fopen(path, "rb");
			free(path);
			if (!f)
				abort();
			size_t len = fread(data, 1, sizeof data, f);
			fclose(f);
			/* exactly its bytes, as the fuzzer gave them: a read past
			 * them is the sanitizer pass's to see, not the buffer's */
			uint8_t *exact = xmalloc(len ? len : 1);
			memcpy(exact, data, len);
			fuzz(exact, len);
			free(exact);
			count++;
		}
		closedir(dp);
	}
	return count;
}

#endif
