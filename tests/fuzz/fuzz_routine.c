/* libFuzzer target: any bytes as a routine file, and as a preset (as
 * --check - reads standard input). Each loader must return what it read
 * or errors, never crash, leak, hang or print a raw control byte. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "preset.h"
#include "routine_yaml.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A text the screens wrap: every line within its width, in order, inside
 * the text, and none lost (wide characters break lines of their own). */
static void wraps(const char *t)
{
	static const int widths[] = { 2, 7, 40 };
	struct span sp[64];
	if (!t)
		return;
	size_t n = strlen(t);
	for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
		int lines = text_wrap(t, widths[w], sp, 64);
		const char *at = t;
		for (int i = 0; i < lines && i < 64; i++) {
			if (sp[i].s < at || sp[i].len < 0 || sp[i].s + sp[i].len > t + n ||
			    (int)text_width_n(sp[i].s, (size_t)sp[i].len) > widths[w])
				abort();
			for (; at < sp[i].s; at++) /* between lines, only the spaces it broke at */
				if (*at != ' ')
					abort();
			at = sp[i].s + sp[i].len;
		}
		for (; lines <= 64 && *at; at++) /* and after the last */
			if (*at != ' ')
				abort();
	}
}

/* A rejected file must say why, and what reaches the terminal is clean. */
static void said_cleanly(const struct diags *d, bool loaded)
{
	if (!loaded && d->errors == 0)
		abort();
	for (size_t i = 0; i < d->n; i++) {
		char *safe = text_printable(d->v[i].msg);
		if (text_find_control(safe, strlen(safe)) >= 0)
			abort();
		free(safe);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d = { 0 };
	struct routine *r = routine_load_buffer("fuzz.yaml", (const char *)data, size, &d);
	said_cleanly(&d, r != NULL);
	for (size_t i = 0; r && i < r->n_steps; i++) {
		wraps(r->steps[i].title);
		wraps(r->steps[i].instruction);
		wraps(r->steps[i].avoid);
	}
	if (r) {
		wraps(r->title);
		wraps(r->summary);
	}
	routine_free(r);
	diags_free(&d);
	/* As a preset, refused at any fault, or (past_ids, as --check reads
	 * one) kept past faults in its list, but only with ids left. */
	for (int past_ids = 0; past_ids < 2; past_ids++) {
		struct diags pd = { 0 };
		struct preset *p = preset_load_buffer("fuzz.yaml", (const char *)data, size, &pd,
						      past_ids);
		said_cleanly(&pd, p != NULL);
		if (p && (!p->routines.n || (!past_ids && pd.errors)))
			abort();
		preset_free(p);
		diags_free(&pd);
	}
	return 0;
}
