/* `unknot` with no routine: the ncurses picker, then the chosen routine. */
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include "commands.h"
#include "record.h"
#include "diag.h"
#include "routine_yaml.h"
#include "ui.h"
#include "xalloc.h"

struct picks {
	struct pick_item *items;
	struct routine **r;
	char **audience;
	size_t n;
};

static char *join_audience(const struct strlist *l)
{
	size_t len = 1;
	for (size_t j = 0; j < l->n; j++)
		len += strlen(l->v[j]) + 2;
	char *s = xcalloc(1, len), *p = s;
	for (size_t j = 0; j < l->n; j++)
		p += sprintf(p, "%s%s", j ? ", " : "", l->v[j]);
	return s;
}

/* Loads every routine of the catalog; the broken ones are left out (unknot
 * --list names their errors). */
static void load_picks(const struct catalog *c, struct picks *pk)
{
	pk->items = xcalloc(c->n + 1, sizeof *pk->items);
	pk->r = xcalloc(c->n + 1, sizeof *pk->r);
	pk->audience = xcalloc(c->n + 1, sizeof *pk->audience);
	pk->n = 0;
	for (size_t i = 0; i < c->n; i++) {
		struct diags d = { 0 };
		struct routine *r = routine_load_file(c->v[i].path, &d);
		diags_free(&d);
		if (!r)
			continue;
		size_t k = pk->n++;
		pk->r[k] = r;
		pk->audience[k] = join_audience(&r->audience);
		pk->items[k] = (struct pick_item){
			.id = c->v[i].id, .title = r->title, .area = r->area,
			.audience = pk->audience[k][0] ? pk->audience[k] : NULL,
			.summary = r->summary, .total_ms = routine_total_ms(r),
		};
	}
}

static void free_picks(struct picks *pk)
{
	for (size_t i = 0; i < pk->n; i++) {
		routine_free(pk->r[i]);
		free(pk->audience[i]);
	}
	free(pk->r);
	free(pk->audience);
	free(pk->items);
}

int cmd_pick(const struct catalog *c, const struct run_options *o)
{
	struct picks pk;
	load_picks(c, &pk);
	struct ui *u;
	if (ui_open(&u, &(struct ui_options){ 0 })) {
		free_picks(&pk);
		return EXIT_INVALID;
	}
	atexit(ui_emergency_restore);
	int status = 0;
	size_t chosen = 0;
	switch (ui_pick(u, pk.items, pk.n, &chosen)) {
	case UI_PICK_START: {
		char *id = xstrdup(pk.items[chosen].id);
		free_picks(&pk);
		status = cmd_run_in(c, &id, 1, o, u); /* closes u */
		free(id);
		return status;
	}
	case UI_PICK_STOP:
		record_stop_without_session(ui_stop_screen_standalone(u, o->kid), time(NULL));
		break;
	case UI_PICK_SIGNAL:
		status = 128 + ui_signal(u);
		break;
	case UI_PICK_QUIT:
	case UI_PICK_EOF:
		break;
	}
	ui_close(u);
	free_picks(&pk);
	return status;
}
