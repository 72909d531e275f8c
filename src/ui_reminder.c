/* The stop reminder before a session, on the screen: the picker's screen
 * stays up from the pick to the brief, with no plain lines between. */
#include <string.h>

#include "record.h"
#include "ui_internal.h"

enum ui_ask_result ui_stop_reminder(struct ui *u, const struct stop_reminder *r,
				    const char *title, const char *warning, const char *again,
				    char *typed, size_t cap)
{
	size_t len = 0;
	typed[0] = '\0';
	u->sig = 0;
	flushinp(); /* typed ahead, not in answer to it */
	ui_set_title(u, u->utf8 ? "After a stop — unknot" : "After a stop - unknot");
	for (;;) {
		ui_frame_forget(u);
		ui_draw_reminder(u, r, title, warning, again, typed);
		ui_show(u);
		wint_t ch;
		int code = ui_wait_key(u, &ch);
		if (code == ERR)
			return u->sig ? UI_ASK_SIGNAL : UI_ASK_EOF;
		bool enter = (code == KEY_CODE_YES && ch == KEY_ENTER) ||
			     (code == OK && (ch == '\r' || ch == '\n'));
		bool none = code == OK && (ch == 27 || ch == 4); /* Esc, Ctrl-D */
		if (!r->question) { /* said no already: only closes */
			if (enter || none || (code == OK && (ch == 'q' || ch == 'Q')))
				return UI_ASK_ANSWERED;
			continue;
		}
		if (none)
			typed[0] = '\0';
		if (enter || none)
			return UI_ASK_ANSWERED;
		if ((code == KEY_CODE_YES && ch == KEY_BACKSPACE) ||
		    (code == OK && (ch == 127 || ch == 8)))
			len -= len > 0;
		else if (code == OK && ch == 21) /* Ctrl-U, as on a shell's line */
			len = 0;
		else if (code == OK && ch >= ' ' && ch < 127 && len + 1 < cap)
			typed[len++] = (char)ch;
		typed[len] = '\0';
	}
}
