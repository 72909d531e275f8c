/* libFuzzer target: any bytes as a routine file. The loader must return a
 * routine or errors, never crash, leak, hang or print a raw control byte. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "routine_yaml.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diags d = { 0 };
	struct routine *r = routine_load_buffer("fuzz.yaml", (const char *)data, size, &d);
	if (!r && d.errors == 0)
		abort(); /* a rejected file must say why */
	for (size_t i = 0; i < d.n; i++) {
		char *safe = text_printable(d.v[i].msg);
		if (text_find_control(safe, strlen(safe)) >= 0)
			abort(); /* what reaches the terminal is always clean */
		free(safe);
	}
	routine_free(r);
	diags_free(&d);
	return 0;
}
