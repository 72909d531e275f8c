#include "yaml_name.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "text.h"
#include "xalloc.h"

const char *yaml_name_suffix(const char *name)
{
	size_t n = strlen(name);
	if (n > 5 && strcasecmp(name + n - 5, ".yaml") == 0)
		return name + n - 5;
	if (n > 4 && strcasecmp(name + n - 4, ".yml") == 0)
		return name + n - 4;
	return NULL;
}

char *yaml_name_id(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *suffix = yaml_name_suffix(base);
	char *stem = xstrndup(base, suffix ? (size_t)(suffix - base) : strlen(base));
	char *id = text_printable(stem);
	free(stem);
	return id;
}
