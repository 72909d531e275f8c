/* The stop reminder before a session, on the screen: drawn, and its answer
 * read; the picker's screen stays up from the pick to the brief, with no
 * plain lines between. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "record.h"
#include "ui_layout.h"
#include "xalloc.h"

enum ui_ask_result ui_stop_reminder(struct ui *u, const struct stop_reminder *r,
				    const char *title, const char *warning, const char *again,
				    char *typed, size_t cap)
{
	size_t len = 0;
	typed[0] = '\0';
	u->sig = 0;
	flushinp(); /* typed ahead, not in answer to it */
	int64_t shown = ui_now_ms(), last_enter = 0; /* for ui_enter_too_soon */
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
		/* Esc is no answer when a key is right behind it: Alt and a key
		 * (Alt+Backspace), or a sequence the terminal sent (a focus
		 * event) had answered "not now" and ended unknot. */
		if (code == OK && ch == 27) {
			wint_t next;
			nodelay(stdscr, TRUE); /* nothing waits: ERR at once */
			int more = get_wch(&next);
			nodelay(stdscr, FALSE);
			if (more == KEY_CODE_YES)
				ungetch((int)next);
			else if (more == OK)
				unget_wch(next);
			if (more != ERR)
				continue;
		}
		bool none = code == OK && (ch == 27 || ch == 4); /* Esc, Ctrl-D */
		if (!r->question) { /* said no already: only closes */
			if (enter || none || (code == OK && (ch == 'q' || ch == 'Q')))
				return UI_ASK_ANSWERED;
			continue;
		}
		/* the picker's Enter pressed twice, or held: unread */
		if (enter && !len && ui_enter_too_soon(shown, &last_enter))
			continue;
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

/* Esc is Enter alone, which the question says the meaning of */
static const char *const reminder_legend[] = { "Enter", "answer", NULL };
static const char *const close_legend[] = { "q", "close", NULL }; /* a child's refusal */

/* The answer as typed, after "> ", with a cell for the cursor; its end
 * when it is longer than the row. */
static void draw_answer(struct ui *u, const struct view *v, const struct ui_block *b, int y)
{
	(void)v;
	int x = layout_left(), w = layout_width() - 3;
	w = w > 0 ? w : 0; /* a terminal a few columns wide */
	const char *t = b->text; /* printable ASCII: a byte a column */
	int len = (int)strlen(t);
	if (len > w)
		t += len - w, len = w;
	ui_put(u, y, x, ">", 1, ui_attr(u, S_KEY));
	ui_put(u, y, x + 2, t, len, A_BOLD);
	ui_put(u, y, x + 2 + len, " ", 1, A_REVERSE);
}

void ui_draw_reminder(struct ui *u, const struct stop_reminder *r, const char *title,
		      const char *warning, const char *again, const char *typed)
{
	struct layout l = { 0 };
	char *warned = warning ? xasprintf("Warning: %s.", warning) : NULL;
	erase();
	/* Below the least size, the stop (its first line), the question (or
	 * the words that say no) and the line to answer on, as far as they
	 * go; the advice comes back with the room. */
	bool small = ui_too_small();
	if (!small) {
		ui_header(u, title ? title : "unknot", "after a stop"); /* as "done" is */
		layout_add(&l, 0, 1, 1);
		layout_space(&l, false);
	}
	/* What must show: the question whole, or the words that say no; then
	 * the stop first told, and a line at least of each other stop ("Also:
	 * a kid stopped ..."); then the last of the first's advice (when to
	 * see someone), whole; the rest of the advice gives way first (the
	 * question says to rest). */
	bool others = false; /* past the first stop and its advice */
	for (size_t i = 0; i < r->n_lines; i++) {
		bool last = i + 1 == r->n_lines && !r->question;
		bool middle = i > 0 && r->advice[i - 1] && i + 1 < r->n_lines && r->advice[i + 1];
		bool when = !middle && i > 0 && r->advice[i - 1]; /* its advice's last line */
		others |= i > 0 && !r->advice[i];
		if (last) { /* a child's "No more rolling until tomorrow" */
			layout_space(&l, false);
			layout_text(&l, small, 1, r->lines[i], ui_attr(u, S_TITLE), NULL, 0);
		} else if (small) { /* what the question is about, at least */
			if (i == 0)
				layout_text(&l, 1, 1, r->lines[i], ui_attr(u, S_WARN), NULL, 0);
		}
		else if (r->advice[i]) /* the stop's own first and last: whole, or gone; */
			layout_text(&l, middle || others ? 4 : when ? 2 : 3,   /* another's when, */
				    middle ? 0 : others ? 2 : INT_MAX,     /* two rows at least */
				    r->lines[i], A_NORMAL, ui_bullet(u), ui_attr(u, S_DIM));
		else /* another stop's line before the first's advice: at 40x12
		      * "Also: a kid stopped" had gone, the adult told to rest
		      * an area with no word of why */
			layout_text(&l, 1, 1, r->lines[i], ui_attr(u, S_WARN), NULL, 0);
	}
	if (warned && !small) { /* a stop in the lines unread would go untold */
		layout_space(&l, false);
		/* its first line at least; the stop's advice before the rest */
		layout_text(&l, 3, 1, warned, ui_attr(u, S_WARN), NULL, 0);
	}
	if (r->question) {
		layout_space(&l, false);
		if (again) /* "y", or "help": what goes on, over the question asked again */
			layout_text(&l, small, 1, again, ui_attr(u, S_WARN), NULL, 0);
		/* whole (it says what Enter alone does), but on a screen too small */
		layout_text(&l, small, 1, r->question, ui_attr(u, S_TITLE), NULL, 0);
		struct ui_block *a = layout_custom(&l, 0, 1, 1, draw_answer);
		if (a)
			a->text = typed;
	}
	layout_draw(u, NULL, &l, LINES - 1);
	/* x is a letter here, typed like any other: no STOP key */
	ui_legend(u, r->question ? reminder_legend : close_legend, false);
	layout_free(&l);
	free(warned);
}
