/* libFuzzer target: any bytes typed into line mode, read in pieces of
 * any size, through a real session. The reader must never store more keys
 * than it was given room for (the room here is exactly that, on the heap,
 * for the sanitizer to watch), and what line mode says back, echoing the
 * typed words, must reach the terminal without a raw control byte.
 *
 * The first byte chooses the room for keys (and kid mode), the second the
 * time between reads; the rest is what was typed. */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "loop.h"
#include "plain.h"
#include "plan.h"
#include "routine_yaml.h"
#include "session.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char routine_yaml[] =
	"title: Fuzz\n"
	"area: feet\n"
	"safety: [Stop at once on numbness.]\n"
	"aftercare: [Drink a glass of water.]\n"
	"steps:\n"
	"  - {title: Arch, side: both, prep: 2s, hold: 3s, prompts: [{at: 1s, say: Breathe.}]}\n"
	"  - {title: Heel, prep: 1s, hold: 2s}\n";

/* Line mode's words: printable, or a line break. */
static void said_clean(const char *out, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)out[i];
		if ((c < 0x20 && c != '\n') || c == 0x7F)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 2 || size > 16384)
		return 0;
	int max = 1 + data[0] % 16;
	bool kid = data[0] & 0x10;
	int64_t step_ms = 1 + (int64_t)data[1] * 40;
	data += 2, size -= 2;

	int fds[2];
	if (pipe(fds))
		abort();
	if (size && write(fds[1], data, size) != (ssize_t)size) /* under a pipe's 64 KiB */
		abort();
	close(fds[1]);

	struct diags d = { 0 };
	struct routine *r = routine_load_buffer("fuzz.yaml", routine_yaml, sizeof routine_yaml - 1, &d);
	if (!r)
		abort();
	const struct routine *rs[] = { r };
	struct plan plan;
	plan_build(&plan, rs, 1, kid);

	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (!f)
		abort();
	struct plain *p = plain_new(f, fds[0], &plan, NULL);
	plain_brief(p);
	struct frontend fe = plain_frontend(p);
	struct session *s = session_new(&plan, 0);
	enum session_key *keys = malloc((size_t)max * sizeof *keys);
	int64_t now = 0;
	for (int rounds = 0; rounds < 20000; rounds++) {
		int n = fe.read_keys(fe.ctx, keys, max);
		if (n > max)
			abort();
		for (int i = 0; i < n; i++)
			session_key(s, keys[i], now);
		now += step_ms;
		session_tick(s, now);
		struct session_event evs[32];
		size_t k;
		struct view v;
		while ((k = session_take_events(s, evs, sizeof evs / sizeof *evs))) {
			session_view(s, now, &v);
			for (size_t i = 0; i < k; i++)
				fe.event(fe.ctx, &evs[i], &v);
		}
		session_view(s, now, &v);
		fe.draw(fe.ctx, &v, now);
		bool asking = v.state == ST_STOP && v.symptom == SYMPTOM_UNKNOWN; /* as loop.c waits */
		if (n < 0 || (v.ended && !asking))
			break;
	}
	free(keys);
	session_free(s);
	plain_free(p);
	fclose(f);
	said_clean(out, len);
	free(out);
	close(fds[0]);
	plan_free(&plan);
	routine_free(r);
	diags_free(&d);
	return 0;
}
