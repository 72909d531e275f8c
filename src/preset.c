#include "preset.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "regular_file.h"
#include "routine.h"
#include "suggest.h"
#include "xalloc.h"
#include "yaml_name.h"
#include "yaml_tree.h"

#define PRESET_MAX_BYTES (16 * 1024)
#define PRESET_MAX_DEPTH 4 /* the mapping, its list of routines, and room for a slip */

/* An id is a file's name without .yaml, whatever --list shows (Upper,
 * neck.v2); the catalog says whether there is one. A path is not, and a
 * comma would read as two in the history. */
static bool is_id(const char *s)
{
	return *s && !strpbrk(s, "/,") && !yaml_name_suffix(s);
}

/* The list's ids into p; the count of its items that are not ids (each
 * said in d). */
static size_t get_routines(const char *file, struct diags *d, const struct ynode *n,
			   struct preset *p)
{
	struct strlist *out = &p->routines;
	/* "• feet" on each line: a word processor's list, read as one text */
	const char *bullet = n->kind == Y_SCALAR && n->plain ? ytree_bullet_at(n->value, n->len)
							     : NULL;
	if (bullet) {
		diags_add(d, DIAG_ERROR, file, n->line, n->col,
			  "routines: expected a list of routine ids such as [feet, calves], got text "
			  "that starts with '%s', which YAML reads as text, not a list; for a list, "
			  "start each item with '- ' (a hyphen)", bullet);
		return 0;
	}
	if (n->kind != Y_SEQ || n->n == 0) {
		diags_add(d, DIAG_ERROR, file, n->line, n->col,
			  "routines: expected a list of routine ids such as [feet, calves], got %s",
			  n->kind == Y_SEQ ? "an empty list" : ynode_describe(n));
		return 0;
	}
	size_t before = d->errors;
	out->v = xcalloc(n->n, sizeof *out->v);
	p->line = xcalloc(n->n, sizeof *p->line);
	p->col = xcalloc(n->n, sizeof *p->col);
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *item = n->kids[i];
		char *id = NULL;
		if (!ytree_get_text(file, d, item, "routines", 64, &id))
			continue;
		if (item->dash_line) { /* not a routine "calves - hams" */
			diags_add(d, DIAG_ERROR, file, item->dash_line, item->dash_col,
				  "routines: line %u starts with '- ', but YAML reads it as more of "
				  "line %u's id ('%s'): line its '-' up with the one above",
				  item->dash_line, item->line, id);
			free(id);
			continue;
		}
		bullet = item->plain ? ytree_bullet_at(id, strlen(id)) : NULL;
		if (bullet) { /* "- • feet": the '- ' made the item */
			diags_add(d, DIAG_ERROR, file, item->line, item->col,
				  n->flow ? "routines: the id starts with '%s', which is no part of it: "
					    "delete the '%s'"
					  : "routines: the item starts with '%s' after its '- ', which "
					    "already makes it an item: delete the '%s'", bullet, bullet);
			free(id);
			continue;
		}
		if (!is_id(id)) {
			const char *suffix = yaml_name_suffix(id);
			if (suffix && !strchr(id, '/'))
				diags_add(d, DIAG_ERROR, file, item->line, item->col,
					  "routines: '%s' is a file name; a preset names a routine by its "
					  "id, the name without %s: '%.*s'", id, suffix,
					  (int)(suffix - id), id);
			else
				diags_add(d, DIAG_ERROR, file, item->line, item->col,
					  "routines: '%s' is not a routine id (a file's name without "
					  ".yaml, with no / or comma)", id);
			free(id);
			continue;
		}
		p->line[out->n] = item->line;
		p->col[out->n] = item->col;
		out->v[out->n++] = id;
	}
	return d->errors - before;
}

/* The file's YAML tree, or NULL with the reason in d. */
static struct ynode *load_tree(const char *path, struct diags *d, size_t max_bytes,
			       const struct ylimits *lim)
{
	struct stat st;
	FILE *f = regular_file_open(path, &st, d);
	if (!f)
		return NULL;
	char *buf = xmalloc(max_bytes + 1);
	size_t len = fread(buf, 1, max_bytes + 1, f);
	fclose(f);
	struct ynode *root = NULL;
	if (len > max_bytes)
		diags_add(d, DIAG_ERROR, path, 0, 0, "file is over the limit of %zu bytes", max_bytes);
	else
		root = ytree_parse(path, buf, len, lim, d);
	free(buf);
	return root;
}

/* What the file's keys say it is meant as: a preset by a "routines" key
 * (or one misspelt), a routine by "steps" or "area". */
static void meant_as(const char *path, bool *preset, bool *routine)
{
	/* Read as a routine would be: a routine's size, depth and lists. */
	static const struct ylimits lim = { 64, 100000, "preset", NULL, NULL };
	static const char *const routines[] = { "routines" };
	struct diags quiet = { 0 };
	struct ynode *root = load_tree(path, &quiet, ROUTINE_MAX_FILE_BYTES, &lim);
	*preset = *routine = false;
	for (size_t i = 0; root && root->kind == Y_MAP && i + 1 < root->n; i += 2) {
		const struct ynode *k = root->kids[i];
		if (k->kind != Y_SCALAR)
			continue;
		*routine |= !strcmp(k->value, "steps") || !strcmp(k->value, "area");
		*preset |= suggest_closest(k->value, routines, 1, 2) != NULL;
	}
	ytree_free(root);
	diags_free(&quiet);
}

bool preset_file_looks_like_one(const char *path)
{
	bool preset, routine;
	meant_as(path, &preset, &routine);
	return preset && !routine;
}

bool preset_file_is_a_routine(const char *path)
{
	bool preset, routine;
	meant_as(path, &preset, &routine);
	return routine && !preset;
}

/* Past the limit of its routines, two presets named together run as one
 * session. */
static const struct ylimits preset_limits = {
	PRESET_MAX_DEPTH, PRESET_MAX_ROUTINES, "preset (a mapping with title and routines)",
	"make two presets and name both, as unknot a b runs them one after the other", "routines"
};

/* The preset in root (read from path), or NULL with its errors in d;
 * past_ids: kept when the only errors are items of its list. */
static struct preset *preset_of(const char *path, struct ynode *root, struct diags *d,
				bool past_ids);

struct preset *preset_load_file(const char *path, struct diags *d, bool past_ids)
{
	struct ynode *root = load_tree(path, d, PRESET_MAX_BYTES, &preset_limits);
	return root ? preset_of(path, root, d, past_ids) : NULL;
}

struct preset *preset_load_buffer(const char *name, const char *buf, size_t len, struct diags *d,
				  bool past_ids)
{
	if (len > PRESET_MAX_BYTES) {
		diags_add(d, DIAG_ERROR, name, 0, 0, "file is over the limit of %d bytes",
			  PRESET_MAX_BYTES);
		return NULL;
	}
	struct ynode *root = ytree_parse(name, buf, len, &preset_limits, d);
	return root ? preset_of(name, root, d, past_ids) : NULL;
}

static struct preset *preset_of(const char *path, struct ynode *root, struct diags *d,
				bool past_ids)
{
	enum { P_TITLE, P_SUMMARY, P_ROUTINES, P_N };
	static const struct ykey keys[P_N] = {
		[P_TITLE] = { "title", true, false }, [P_SUMMARY] = { "summary", false, false },
		[P_ROUTINES] = { "routines", true, false },
	};
	size_t before = d->errors, item_errors = 0;
	struct preset *p = xcalloc(1, sizeof *p);
	p->id = yaml_name_id(path);
	if (root->kind != Y_MAP) {
		diags_add(d, DIAG_ERROR, path, root->line, root->col,
			  "expected a preset (a mapping with title and routines), got %s",
			  ynode_describe(root));
	} else {
		const struct ynode *v[P_N];
		ytree_match_keys(path, d, root, "the preset", keys, P_N, NULL, v);
		/* Its texts are held to a routine's limit: one title, one rule. */
		if (v[P_TITLE])
			ytree_get_prose(path, d, v[P_TITLE], "title", ROUTINE_MAX_STRING, &p->title);
		if (v[P_SUMMARY])
			ytree_get_prose(path, d, v[P_SUMMARY], "summary", ROUTINE_MAX_STRING,
					&p->summary);
		if (v[P_ROUTINES])
			item_errors = get_routines(path, d, v[P_ROUTINES], p);
	}
	ytree_free(root);
	bool only_items = p->routines.n && d->errors - before == item_errors;
	if (d->errors > before && !(past_ids && only_items)) {
		preset_free(p);
		return NULL;
	}
	return p;
}

void preset_free(struct preset *p)
{
	if (!p)
		return;
	free(p->id);
	free(p->title);
	free(p->summary);
	strlist_free(&p->routines);
	free(p->line);
	free(p->col);
	free(p);
}
