/* --history and --export csv. */
#include <errno.h>
#include <langinfo.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "commands.h"
#include "history.h"
#include "history_report.h"
#include "wrapped.h"
#include "text.h"

int cmd_history(bool csv, bool words)
{
	char *path = history_default_path();
	if (!path) {
		fprintf(stderr, "unknot: neither XDG_STATE_HOME nor HOME is set to an absolute "
				"path: no history\n");
		return EXIT_INVALID;
	}
	struct history h;
	struct diags warn = { 0 };
	/* An export is all of it, however long: a report, the recent end. */
	int failed = csv ? history_load_up_to(path, SIZE_MAX - 1, &h, &warn) : history_load(path, &h, &warn);
	if (failed || h.not_file) { /* an empty report or CSV would pass for the history */
		char *safe = text_printable(path);
		fprintf(stderr, "unknot: cannot read %s: %s\n", safe,
			failed ? strerror(errno) : "not a regular file");
		free(safe);
		free(path);
		history_free(&h);
		diags_free(&warn);
		return EXIT_INVALID;
	}
	diags_print(&warn, stderr);
	/* Lines, and none read: an empty CSV would pass for the history, and
	 * replace a spreadsheet of it (unknot --export csv > team.csv && ...). */
	bool none_read = !h.n && h.damaged;
	if (csv && none_read) {
		/* nothing on standard output; said below */
	} else if (csv) {
		history_export_csv(stdout, &h);
	} else {
		struct report_style st = { .utf8 = strcmp(nl_langinfo(CODESET), "UTF-8") == 0,
					   .cols = words ? 0 : wrapped_cols(stdout), .words = words };
		history_print_report(stdout, &h, time(NULL), history_local_offset, &st);
	}
	if (none_read) {
		char *safe = text_printable(path);
		fflush(stdout);
		fprintf(stderr, "unknot: no line of the history, %s, could be read (%zu skipped)%s\n",
			safe, h.damaged, csv ? ": nothing exported" : "");
		free(safe);
	}
	history_free(&h);
	diags_free(&warn);
	free(path);
	return none_read ? EXIT_INVALID : 0;
}
