/* Names of routine and preset files: "feet.yaml" is the routine "feet". */
#ifndef UNKNOT_YAML_NAME_H
#define UNKNOT_YAML_NAME_H

/* The ".yaml" or ".yml" at the end of name, in any case (".YAML", as
 * some systems save it), or NULL. A name that is only the ending (".yaml")
 * has none. */
const char *yaml_name_suffix(const char *name);

/* The id a file gives what it holds: its name without the directory and
 * without a .yaml or .yml ending, with any control character or invalid
 * byte written out (text_printable): a file name is untrusted text that
 * --list and every message print. Caller frees. */
char *yaml_name_id(const char *path);

#endif
