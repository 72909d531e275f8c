/* --dry-run: the plan of a session, with its times, and no session. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "commands.h"
#include "duration.h"
#include "load.h"
#include "plan.h"
#include "record.h"
#include "wrapped.h"
#include "xalloc.h"

_Static_assert(ROUTINE_KID_HOLD_MS == 30000, "--dry-run says kid holds are up to 30s");

int cmd_dry_run(const struct catalog *c, char *const *ids, size_t n, bool kid)
{
	struct loaded l;
	if (load_routines(c, ids, n, &l, stderr))
		return EXIT_INVALID;
	struct plan p;
	plan_build(&p, (const struct routine *const *)l.r, l.n, kid);
	char buf[32], prep[32], hold[32];
	int cols = wrapped_cols(stdout); /* a terminal's: lines broken between words */
	duration_format(plan_total_ms(&p), buf, sizeof buf);
	if (l.title) {
		char *about = xasprintf("%s%s%s", l.title, l.summary ? ": " : "", l.summary ? l.summary : "");
		wrapped_print(stdout, cols, "", about, "\n");
		free(about);
	}
	char *plan = xasprintf("Plan: %zu hold%s, %s%s", p.n_items, p.n_items == 1 ? "" : "s", buf,
			       p.kid ? " (kid mode: light pressure, holds up to 30s)" : "");
	wrapped_print(stdout, cols, "", plan, "\n");
	free(plan);
	char *note = stop_note(&p, time(NULL));
	if (note)
		wrapped_print(stdout, cols, "", note, "\n");
	free(note);
	int64_t t = 0;
	const struct routine *current = NULL;
	for (size_t i = 0; i < p.n_items; i++) {
		const struct plan_item *it = &p.items[i];
		if (it->routine != current) {
			current = it->routine;
			duration_format(plan_routine_ms(&p, it->routine_index), buf, sizeof buf);
			char *head = xasprintf("%s (%s, %s)", current->title, current->area, buf);
			putchar('\n');
			wrapped_print(stdout, cols, "", head, "\n");
			free(head);
			if (plan_not_for_kids(&p, it->routine_index))
				wrapped_print(stdout, cols, "", PLAN_NOT_FOR_KIDS, "\n");
		}
		duration_clock(t, buf, sizeof buf);
		duration_format(it->prep_ms, prep, sizeof prep);
		duration_format(it->hold_ms, hold, sizeof hold);
		char *line = xasprintf("%s%s%s: get into position %s, hold %s, %s pressure",
				       it->step->title, it->side != SIDE_NONE ? ", " : "",
				       it->side != SIDE_NONE ? side_name(it->side) : "", prep, hold,
				       pressure_name(it->pressure));
		printf("  %6s  ", buf);
		wrapped_hanging(stdout, cols, 10, line); /* under the step, not under its time */
		free(line);
		for (size_t j = 0; j < it->step->n_prompts; j++) {
			const struct prompt *pr = &it->step->prompts[j];
			if (pr->at_ms >= it->hold_ms)
				continue;
			duration_clock(t + it->prep_ms + pr->at_ms, buf, sizeof buf);
			line = xasprintf("\"%s\"", pr->say);
			printf("  %6s      ", buf);
			wrapped_hanging(stdout, cols, 14, line);
			free(line);
		}
		t += it->prep_ms + it->hold_ms;
	}
	duration_clock(t, buf, sizeof buf);
	printf("  %6s  done\n", buf);
	plan_free(&p);
	loaded_free(&l);
	return 0;
}
