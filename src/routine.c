#include "routine.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

void strlist_free(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

char *strlist_join_with(const struct strlist *l, const char *sep)
{
	size_t n = 1;
	for (size_t i = 0; i < l->n; i++)
		n += strlen(l->v[i]) + strlen(sep);
	char *s = xmalloc(n), *p = s;
	*p = '\0';
	for (size_t i = 0; i < l->n; i++)
		p += sprintf(p, "%s%s", i ? sep : "", l->v[i]);
	return s;
}

char *strlist_join(const struct strlist *l)
{
	return strlist_join_with(l, ", ");
}

bool strlist_contains(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return true;
	return false;
}

void strlist_add(struct strlist *l, const char *s)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n++] = xstrdup(s);
}

void routine_free(struct routine *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n_steps; i++) {
		struct step *s = &r->steps[i];
		free(s->title);
		free(s->instruction);
		free(s->avoid);
		for (size_t j = 0; j < s->n_prompts; j++)
			free(s->prompts[j].say);
		free(s->prompts);
	}
	free(r->steps);
	for (int k = 0; k < CUE_COUNT; k++)
		free(r->sounds[k]);
	strlist_free(&r->equipment);
	strlist_free(&r->audience);
	strlist_free(&r->safety);
	strlist_free(&r->aftercare);
	free(r->id);
	free(r->path);
	free(r->title);
	free(r->area);
	free(r->summary);
	free(r);
}

size_t side_count(enum side s)
{
	return s == SIDE_BOTH ? 2 : 1;
}

enum side side_nth(enum side s, size_t i)
{
	if (s == SIDE_BOTH)
		return i == 0 ? SIDE_LEFT : SIDE_RIGHT;
	return s;
}

int64_t routine_total_ms(const struct routine *r)
{
	int64_t t = 0;
	for (size_t i = 0; i < r->n_steps; i++)
		t += (int64_t)side_count(r->steps[i].side) *
		     (r->steps[i].prep_ms + r->steps[i].hold_ms);
	return t;
}

bool routine_for_kids(const struct routine *r)
{
	return strlist_contains(&r->audience, "kid");
}

bool routine_for_kids_alone(const struct routine *r)
{
	return routine_for_kids(r) && !strlist_contains(&r->audience, "adult") &&
	       !strlist_contains(&r->audience, "teen");
}

static const char *const side_names[] = { "none", "left", "right", "both" };
static const char *const pressure_names[] = { "light", "moderate", "firm" };

const char *side_name(enum side s)
{
	return (unsigned)s < 4 ? side_names[s] : "?";
}

const char *pressure_name(enum pressure p)
{
	return (unsigned)p < 3 ? pressure_names[p] : "?";
}

int side_parse(const char *s, enum side *out)
{
	for (int i = 0; i < 4; i++)
		if (strcmp(s, side_names[i]) == 0)
			return *out = (enum side)i, 0;
	return -1;
}

int pressure_parse(const char *s, enum pressure *out)
{
	for (int i = 0; i < 3; i++)
		if (strcmp(s, pressure_names[i]) == 0)
			return *out = (enum pressure)i, 0;
	return -1;
}

char *routine_sound_path(const struct routine *r, enum cue_kind k)
{
	if (!r || k >= CUE_COUNT || !r->sounds[k])
		return NULL;
	const char *file = r->sounds[k];
	const char *slash = r->path ? strrchr(r->path, '/') : NULL;
	if (file[0] == '/' || !slash)
		return xstrdup(file);
	return xasprintf("%.*s/%s", (int)(slash - r->path), r->path, file);
}
