#include "regular_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

FILE *regular_file_open(const char *path, struct stat *st, struct diags *d)
{
	/* O_NONBLOCK: the open of a FIFO with no writer returns at once. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0 || fstat(fd, st) != 0) {
		diags_add(d, DIAG_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if (S_ISDIR(st->st_mode)) { /* "all my routines": the folder first */
		size_t n = strlen(path);
		while (n > 1 && path[n - 1] == '/')
			n--;
		diags_add(d, DIAG_ERROR, path, 0, 0, "a folder, not a file: name the files in it "
			  "(%.*s/*.yaml)", (int)n, path);
		close(fd);
		return NULL;
	}
	if (!S_ISREG(st->st_mode)) {
		diags_add(d, DIAG_ERROR, path, 0, 0, "not a regular file");
		close(fd);
		return NULL;
	}
	fcntl(fd, F_SETFL, O_RDONLY);
	FILE *f = fdopen(fd, "rb");
	if (!f) {
		diags_add(d, DIAG_ERROR, path, 0, 0, "cannot open: %s", strerror(errno));
		close(fd);
	}
	return f;
}
