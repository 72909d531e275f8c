/* libFuzzer target: any bytes as a history file, read whole and as the end
 * of a longer one, then reported on. The reader must skip what is not a
 * line, never crash, leak or hang, and the report must reach the terminal
 * without a raw control byte. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history.h"
#include "history_report.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Zones to read in: far east, far west, and one whose offset moves by the
 * hour, as DST does by the season. */
static long zone_east(time_t at)
{
	(void)at;
	return 14 * 3600L;
}

static long zone_west(time_t at)
{
	(void)at;
	return -12 * 3600L;
}

static long zone_moving(time_t at)
{
	return at / 3600 % 2 ? 3600L : 7200L;
}

/* The report (or the CSV) for today, into a buffer: no control byte but
 * the line breaks (and the CSV's carriage returns). */
static void report_clean(const struct history *h, int today, bool csv)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	if (!f)
		abort();
	if (csv)
		history_export_csv(f, h);
	else
		history_print_report(f, h, (time_t)today * 86400 + today % 86400,
				     today % 3 == 0 ? zone_east : today % 3 == 1 ? zone_west : zone_moving,
				     &(struct report_style){ .utf8 = today & 1,
							     .cols = today % 5 == 0 ? 0 : 20 + today % 60,
							     .words = today % 7 == 0 });
	fclose(f);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)out[i];
		if ((c < 0x20 && c != '\n' && !(csv && c == '\r')) || c == 0x7F)
			abort();
	}
	free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	for (int cut = 0; cut < 2; cut++) {
		char *text = malloc(size + 1);
		if (!text)
			return 0;
		memcpy(text, data, size);
		text[size] = '\0';
		struct history h;
		struct diags d = { 0 };
		history_parse(text, size, cut, "fuzz.tsv", &h, &d);
		int today = days_from_civil(2026, 11, 25);
		for (size_t i = 0; i < h.n; i++) {
			if (text_find_control(h.v[i].routines, strlen(h.v[i].routines)) >= 0 ||
			    text_find_control(h.v[i].areas, strlen(h.v[i].areas)) >= 0)
				abort(); /* a line with a control byte is skipped */
			history_open_stop_whose(&h, h.v[i].areas, i & 1, (time_t)h.v[i].day * 86400,
						i % 3 ? zone_east : NULL, (enum stop_whose)(i % 3));
			history_week_seconds(&h, h.v[i].day, h.v[i].areas);
			today = h.v[i].day; /* the last line's day: its week has something */
		}
		report_clean(&h, today, false);
		report_clean(&h, today + 1, false);
		report_clean(&h, today, true);
		history_free(&h);
		diags_free(&d);
	}
	return 0;
}
