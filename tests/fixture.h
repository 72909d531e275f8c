/* Routines built in code for the unit tests of the pure modules. */
#ifndef UNKNOT_TEST_FIXTURE_H
#define UNKNOT_TEST_FIXTURE_H

#include <stdlib.h>
#include <string.h>

#include "routine.h"
#include "xalloc.h"

/* Appends a step; returns it so that a test can add prompts. */
static inline struct step *fixture_step(struct routine *r, const char *title, enum side side,
					int64_t prep_ms, int64_t hold_ms)
{
	r->steps = xreallocarray(r->steps, r->n_steps + 1, sizeof *r->steps);
	struct step *s = &r->steps[r->n_steps++];
	*s = (struct step){ .title = xstrdup(title), .side = side, .prep_ms = prep_ms,
			    .hold_ms = hold_ms, .pressure = PRESSURE_MODERATE };
	return s;
}

static inline void fixture_prompt(struct step *s, int64_t at_ms, const char *say)
{
	s->prompts = xreallocarray(s->prompts, s->n_prompts + 1, sizeof *s->prompts);
	s->prompts[s->n_prompts++] = (struct prompt){ at_ms, xstrdup(say) };
}

static inline struct routine *fixture_routine(const char *title)
{
	struct routine *r = xcalloc(1, sizeof *r);
	r->id = xstrdup("fixture");
	r->path = xstrdup("fixture.yaml");
	r->title = xstrdup(title);
	r->area = xstrdup("feet");
	r->breathing = (struct breathing){ .inhale_ms = 4000, .exhale_ms = 6000 };
	return r;
}

static inline void fixture_list_add(struct strlist *l, const char *s)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof *l->v);
	l->v[l->n++] = xstrdup(s);
}

static inline void fixture_kid(struct routine *r)
{
	fixture_list_add(&r->audience, "kid");
}

#endif
