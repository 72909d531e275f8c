/* unknot: command line, wiring. */
#include <stdio.h>

int main(void)
{
	puts("unknot " UNKNOT_VERSION);
	return 0;
}
