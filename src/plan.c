#include "plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "xalloc.h"

/* Kid mode on its own when a routine is for kids alone: whoever is coached
 * is then a child, for every routine of the session. A routine that suits
 * adults and kids is coached as written unless --kid is given. */
bool plan_for_kids_alone(const struct routine *const *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (routine_for_kids_alone(r[i]))
			return true;
	return false;
}

char *plan_routines_audience(const struct routine *const *r, size_t n)
{
	if (plan_for_kids_alone(r, n))
		return xstrdup("kid");
	struct strlist all = { 0 };
	for (size_t i = 0; n && i < r[0]->audience.n; i++) {
		const char *who = r[0]->audience.v[i];
		size_t j = 1;
		while (j < n && strlist_contains(&r[j]->audience, who))
			j++;
		if (j == n)
			strlist_add(&all, who);
	}
	char *s = all.n ? strlist_join(&all) : xstrdup("");
	strlist_free(&all);
	return s;
}

void plan_title(const struct plan *p, char *buf, size_t cap)
{
	buf[0] = '\0';
	if (p->title) {
		snprintf(buf, cap, "%s", p->title);
		return;
	}
	for (size_t i = 0, len = 0; i < p->n_routines && len < cap; i++)
		len += (size_t)snprintf(buf + len, cap - len, "%s%s", i ? " + " : "",
					p->routines[i]->title);
	long cut = text_invalid_utf8(buf, strlen(buf)); /* cut short inside a character */
	if (cut >= 0)
		buf[cut] = '\0';
}

void plan_preview_note(const struct plan *p, char *buf, size_t size)
{
	if (p->preview > 0)
		snprintf(buf, size, "Preview at %gx speed: not counted as practice.", p->preview);
	else if (size)
		buf[0] = '\0';
}

bool plan_not_for_kids(const struct plan *p, size_t i)
{
	const struct routine *r = p->routines[i];
	return p->kid && !routine_for_kids(r); /* an audience unstated is not kids' */
}

void plan_build(struct plan *p, const struct routine *const *routines, size_t n, bool kid)
{
	*p = (struct plan){ .routines = routines, .n_routines = n };
	p->kid = kid || plan_for_kids_alone(routines, n);
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < routines[i]->n_steps; j++)
			count += side_count(routines[i]->steps[j].side);
	p->items = xcalloc(count, sizeof *p->items);
	for (size_t i = 0; i < n; i++) {
		const struct routine *r = routines[i];
		for (size_t j = 0; j < r->n_steps; j++) {
			const struct step *s = &r->steps[j];
			for (size_t k = 0; k < side_count(s->side); k++) {
				struct plan_item *it = &p->items[p->n_items++];
				*it = (struct plan_item){
					.routine = r, .step = s, .routine_index = i,
					.side = side_nth(s->side, k), .side_index = k,
					.prep_ms = s->prep_ms, .hold_ms = s->hold_ms,
					.pressure = s->pressure,
				};
				if (p->kid) {
					if (it->hold_ms > ROUTINE_KID_HOLD_MS)
						it->hold_ms = ROUTINE_KID_HOLD_MS;
					it->pressure = PRESSURE_LIGHT;
				}
			}
		}
	}
}

int64_t plan_routines_ms(const struct routine *const *routines, size_t n, bool kid)
{
	struct plan p;
	plan_build(&p, routines, n, kid);
	int64_t t = plan_total_ms(&p);
	plan_free(&p);
	return t;
}

int64_t plan_one_ms(const struct routine *r, bool kid)
{
	return plan_routines_ms(&r, 1, kid);
}

void plan_free(struct plan *p)
{
	free(p->items);
	p->items = NULL;
	p->n_items = 0;
}

int64_t plan_total_ms(const struct plan *p)
{
	int64_t t = 0;
	for (size_t i = 0; i < p->n_items; i++)
		t += p->items[i].prep_ms + p->items[i].hold_ms;
	return t;
}

int64_t plan_routine_ms(const struct plan *p, size_t i)
{
	int64_t t = 0;
	for (size_t k = 0; k < p->n_items; k++)
		if (p->items[k].routine_index == i)
			t += p->items[k].prep_ms + p->items[k].hold_ms;
	return t;
}

bool plan_starts_routine(const struct plan *p, size_t i)
{
	return i > 0 && i < p->n_items &&
	       p->items[i].routine_index != p->items[i - 1].routine_index;
}

bool plan_advice_is_new(const struct plan *p, size_t i, enum advice_list which, const char *s,
			const bool *given)
{
	for (size_t k = 0; k < i && k < p->n_routines; k++) {
		const struct routine *r = p->routines[k];
		if ((!given || given[k]) &&
		    strlist_contains(which == ADVICE_SAFETY ? &r->safety : &r->aftercare, s))
			return false;
	}
	return true;
}

bool plan_many_areas(const struct plan *p)
{
	for (size_t i = 1; i < p->n_routines; i++)
		if (strcmp(p->routines[i]->area, p->routines[0]->area))
			return true;
	return false;
}
