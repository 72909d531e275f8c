/* A routine sent again: the file beside a preset (or here) that is not
 * the routine of its id that runs. The installed one runs; the one beside
 * it may be the newer, changed for a reason (a client's week 2, lighter
 * after a stop, had run week 1's holds under week 2's title). */
#include "stale_copy.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "not_found.h"
#include "routine.h"
#include "text.h"
#include "xalloc.h"

bool stale_copy_same(const char *a, const char *b)
{
	FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
	bool same = fa && fb;
	for (size_t total = 0; same && total <= ROUTINE_MAX_FILE_BYTES;) {
		char x[4096], y[4096];
		size_t na = fread(x, 1, sizeof x, fa), nb = fread(y, 1, sizeof y, fb);
		same = na == nb && !memcmp(x, y, na);
		if (na < sizeof x)
			break;
		total += na;
		same = same && total <= ROUTINE_MAX_FILE_BYTES;
	}
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	return same;
}

char *stale_copy(const struct catalog *c, const char *id, const char *preset_path, const char *runs)
{
	struct stat here, ran;
	if ((preset_path && !strcmp(preset_path, "-")) || stat(runs, &ran) != 0)
		return NULL; /* a preset read from standard input has nothing beside it */
	bool in_preset = preset_path, bare = !in_preset || !strchr(preset_path, '/');
	char *dir = in_preset ? catalog_dir_of(preset_path) : xstrdup(".");
	char *path = catalog_file_in(c, dir, id), *s = NULL;
	free(dir);
	if (path && stat(path, &here) == 0 && !(here.st_dev == ran.st_dev && here.st_ino == ran.st_ino) &&
	    !stale_copy_same(path, runs)) {
		const struct catalog_entry *e = catalog_entry_at(c, runs);
		/* in the current directory, "./x.yaml": said as x.yaml */
		char *file = text_printable(bare ? path + 2 : path), *installed = text_printable(runs);
		char *safe_id = text_printable(id);
		const char *where = in_preset ? ", beside this preset," : " here";
		/* named alone, the copy here runs at once by its path */
		char *run = in_preset ? NULL : not_found_run_by_path(path + 2);
		char *by_path = in_preset ? NULL : run ? xasprintf("type %s", run) :
						 xstrdup("name it by its path");
		if (e && !e->user && in_preset)
			s = xasprintf("%s%s is not the '%s' that runs, which is unknot's own: to run "
				      "it, give it an id of its own (rename it, and the preset's name for "
				      "it)", file, where, safe_id);
		else if (e && !e->user)
			s = xasprintf("%s%s is not the '%s' that runs, which is unknot's own: to run "
				      "it, %s", file, where, safe_id, by_path);
		else
			s = xasprintf("%s%s is not the '%s' that runs, %s, and differs from it: to "
				      "run it, %s%scopy it over that one", file, where, safe_id, installed,
				      by_path ? by_path : "", by_path ? ", or " : "");
		free(by_path);
		free(run);
		free(safe_id);
		free(installed);
		free(file);
	}
	free(path);
	return s;
}
