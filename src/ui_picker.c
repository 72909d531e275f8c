/* The routine picker and the stop screen without a session. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>
#include <wctype.h>

#include "duration.h"
#include "text.h"
#include "ui_internal.h"
#include "xalloc.h"

#define FILTER_MAX 64
#define SUMMARY_MORE 2 /* rows the summary may take beyond its three */

struct picker {
	const struct pick_item *items;
	size_t n;
	size_t *shown; /* indexes of the items that match the filter */
	size_t n_shown, sel, top;
	size_t left_out; /* broken files, not listed */
	char filter[FILTER_MAX + 8];
	bool filtering;
	size_t before; /* the item selected while the filter was last empty: a
			* slipped letter cleared goes back to it; SIZE_MAX: none */
	const char *heading; /* "Pick a routine", and for kid mode or a preview */
	bool kid;            /* help in a child's words */
};

const char *ui_pick_mark(const struct pick_item *it)
{
	return it->yours ? it->stop ? " (yours, stopped)" : " (yours)" : it->stop ? " (stopped)" : "";
}

static bool matches(const struct pick_item *it, const char *f)
{
	if (!*f)
		return true;
	const char *fields[] = { it->id, it->title, it->area, it->audience, it->about };
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		if (fields[i] && text_contains_any_case(fields[i], f))
			return true;
	/* A preset by its routines: /feet finds after-run. */
	if (it->routines && text_contains_any_case(it->routines, f))
		return true;
	return text_contains_any_case(ui_pick_mark(it), f); /* as shown after the title */
}

static void refilter(struct picker *p)
{
	size_t keep = p->n_shown ? p->shown[p->sel < p->n_shown ? p->sel : 0] : 0;
	if (!p->filter[0] && p->before != SIZE_MAX)
		keep = p->before;
	p->n_shown = 0;
	for (size_t i = 0; i < p->n; i++)
		if (matches(&p->items[i], p->filter))
			p->shown[p->n_shown++] = i;
	p->sel = 0;
	for (size_t i = 0; i < p->n_shown; i++)
		if (p->shown[i] == keep)
			p->sel = i;
	/* "morning" typed: the preset of that id, before "Morning feet" */
	for (size_t i = 0; p->filter[0] && i < p->n_shown; i++)
		if (!strcasecmp(p->items[p->shown[i]].id, p->filter)) {
			p->sel = i;
			break;
		}
	p->top = 0;
}

static void filter_pop(char *f)
{
	size_t n = strlen(f);
	while (n && ((unsigned char)f[n - 1] & 0xc0) == 0x80)
		n--; /* continuation bytes of the last character */
	if (n)
		n--;
	f[n] = '\0';
}

static void filter_push(char *f, wint_t ch)
{
	char mb[MB_LEN_MAX + 1];
	mbstate_t st;
	memset(&st, 0, sizeof st);
	size_t k = wcrtomb(mb, (wchar_t)ch, &st);
	size_t n = strlen(f);
	if (k == (size_t)-1 || n + k > FILTER_MAX)
		return;
	memcpy(f + n, mb, k);
	f[n + k] = '\0';
}

/* What does not fit is left off at the end: at 40 columns, after quit
 * (the arrows need no telling, and help lists the rest). */
static const char *const pick_legend[] = {
	/* "/", not "type to search": typed at the list, "quads" quits on its q */
	"Enter", "start", "?", "help", "q", "quit", "/", "search", "j/k", "move", NULL,
};
static const char *const filter_legend[] = {
	"type", "to filter", "Enter", "start", "Esc", "clear", NULL,
};

struct columns {
	int id, title, area, time, aud;
};

static struct columns columns(const struct picker *p)
{
	struct columns c = { .time = 4 }; /* "TIME" */
	int widest = 5, area = 4, aud = 3; /* "TITLE", "AREA", "FOR" */
	for (size_t i = 0; i < p->n; i++) {
		const struct pick_item *it = &p->items[i];
		int w = ui_width(it->id, (int)strlen(it->id));
		c.id = w > c.id ? w : c.id;
		w = ui_width(it->title, (int)strlen(it->title)) + (int)strlen(ui_pick_mark(it));
		widest = w > widest ? w : widest;
		w = it->area ? ui_width(it->area, (int)strlen(it->area)) : 0;
		area = w > area ? w : area;
		w = it->audience ? ui_width(it->audience, (int)strlen(it->audience)) : 0;
		aud = w > aud ? w : aud;
		char t[32];
		duration_format(it->total_ms, t, sizeof t);
		c.time = (int)strlen(t) > c.time ? (int)strlen(t) : c.time;
	}
	if (c.id > 18)
		c.id = 18;
	if (c.id < 2)
		c.id = 2;
	/* The area and who it is for as wide as their widest, up to a limit:
	 * the columns they leave go to the titles ("(stopped)" among them). */
	if (COLS >= 64) {
		int most = COLS >= 100 ? 16 : 10; /* "upper-shoulders" whole on a wide screen */
		c.area = area < most ? area : most;
		c.aud = aud < 12 ? aud : 12;
	} else if (COLS >= 48) {
		c.aud = aud < 11 ? aud : 11; /* "adult, teen": a parent still sees which are for kids */
	}
	int used = 2 + c.id + 2 + 2 + c.time + (c.area ? c.area + 2 : 0) + (c.aud ? c.aud + 2 : 0);
	c.title = COLS - used;
	if (c.title < 8) { /* very narrow: the id goes, the title stays */
		c.title += c.id + 2;
		c.id = 0;
	}
	if (c.title > widest) /* on a wide screen, not the area a screen away */
		c.title = widest;
	return c;
}

/* The title in w columns; its mark after it is never cut: at 40 columns
 * your feet and the bundled feet must still be told apart, and a stop
 * still be seen. */
static void put_title(struct ui *u, int y, int x, int w, const char *title, const char *mark,
		      attr_t a, attr_t mark_a)
{
	int n = (int)strlen(mark);
	if (n && w <= n) { /* no room for a title beside it: the mark alone */
		ui_put_fit(u, y, x, w, mark + 1, mark_a);
		return;
	}
	int used = ui_put_fit(u, y, x, w - n, title, a);
	if (n)
		ui_put(u, y, x + used, mark, n, mark_a);
}

static void draw_row(struct ui *u, int y, const struct columns *c, const char *id,
		     const char *title, const char *mark, attr_t mark_a, const char *area,
		     const char *time, const char *aud, attr_t a)
{
	if (a != A_NORMAL)
		ui_fill_row(u, y, a);
	int x = 2;
	if (c->id) {
		ui_put_fit(u, y, x, c->id, id, a);
		x += c->id + 2;
	}
	put_title(u, y, x, c->title, title, mark, a, mark_a);
	x += c->title + 2;
	if (c->area) {
		ui_put_fit(u, y, x, c->area, area ? area : "", a);
		x += c->area + 2;
	}
	ui_put(u, y, x + c->time - (int)strlen(time), time, (int)strlen(time), a);
	x += c->time + 2;
	if (c->aud)
		ui_put_fit(u, y, x, c->aud, aud ? aud : "-", a); /* none stated */
}

/* The title and its mark do not fit their column: the list shows an
 * ellipsis, and the selected row's whole title is said under the list. */
static bool title_cut(const struct columns *c, const struct pick_item *it)
{
	return ui_width(it->title, (int)strlen(it->title)) + (int)strlen(ui_pick_mark(it)) > c->title;
}

/* Narrow, the area (and the audience) columns go: the selected row's are
 * said above its summary, so that a preset is not taken for a routine. */
static void about_selected(struct ui *u, int y, const struct columns *c,
			   const struct pick_item *it)
{
	char line[160];
	int n = it->preset ? snprintf(line, sizeof line, "A preset")
			   : snprintf(line, sizeof line, "Area: %s", it->area ? it->area : "-");
	if (!c->aud && n > 0 && (size_t)n < sizeof line)
		snprintf(line + n, sizeof line - (size_t)n, "  For: %s",
			 it->audience ? it->audience : "-");
	ui_put_fit(u, y, 2, COLS - 4, line, ui_attr(u, S_DIM));
}

/* Text in up to rows lines from y; returns the lines used. What does not
 * fit ends in one ellipsis after what does, whether or not the line itself
 * had to be cut. */
static int put_wrapped(struct ui *u, int y, int rows, const char *s, attr_t a)
{
	struct span sp[3 + SUMMARY_MORE];
	int n = text_wrap(s, COLS - 4, sp, 3 + SUMMARY_MORE);
	int i;
	for (i = 0; i < n && i < rows && i < 3 + SUMMARY_MORE; i++) {
		if (i == rows - 1 && n > rows) {
			char *tmp = xstrndup(sp[i].s, (size_t)sp[i].len);
			bool cut;
			int fits = ui_fit(tmp, COLS - 4 - 1, &cut);
			ui_put(u, y + i, 2, tmp, fits, a);
			ui_ellipsis(u, y + i, 2 + ui_width(tmp, fits), a);
			free(tmp);
		} else {
			ui_put(u, y + i, 2, sp[i].s, sp[i].len, a);
		}
	}
	return i;
}

/* Under the list, the selected row's summary; first, when a stop holds it,
 * what the reminder will ask, so that another area can be picked instead. */
static void draw_about(struct ui *u, int y, int rows, const struct pick_item *it)
{
	int used = it->stop ? put_wrapped(u, y, rows, it->stop, ui_attr(u, S_WARN)) : 0;
	if (it->summary && used < rows)
		put_wrapped(u, y + used, rows - used, it->summary, ui_attr(u, S_DIM));
}

/* The rows draw_about would take for it, whole. */
static int about_rows(const struct pick_item *it)
{
	struct span sp[1];
	return (it->stop ? text_wrap(it->stop, COLS - 4, sp, 1) : 0) +
	       (it->summary ? text_wrap(it->summary, COLS - 4, sp, 1) : 0);
}

/* The header's count: "12 of 12 routines and presets"; with rows out of
 * sight (a large font), which show and where the rest are, as a brief
 * says "more below": "1-6 of 12, more below". */
static void picker_count(struct ui *u, const struct picker *p, int list_rows, attr_t h)
{
	char count[64];
	bool presets = false;
	for (size_t i = 0; i < p->n; i++)
		presets |= p->items[i].preset;
	size_t last = list_rows > 0 ? p->top + (size_t)list_rows : 0;
	if (last > p->n_shown)
		last = p->n_shown;
	bool above = p->top > 0, below = last < p->n_shown;
	if (above || below)
		snprintf(count, sizeof count, "%zu-%zu of %zu, more %s", p->top + 1, last, p->n_shown,
			 above && below ? "above, below" : above ? "above" : "below");
	else
		snprintf(count, sizeof count, "%zu of %zu %s", p->n_shown, p->n,
			 presets ? "routines and presets" : "routines");
	int len = (int)strlen(count), x = COLS - len - 1;
	if (x < 8) /* after "unknot": the words that fit */
		x = 8, len = COLS - 9;
	ui_put(u, 0, x, count, len, h);
}

static void draw_picker(struct ui *u, struct picker *p, bool help)
{
	ui_frame_forget(u);
	erase();
	if (ui_too_small()) {
		ui_draw_too_small(u, NULL, NULL);
		ui_show(u);
		return;
	}
	attr_t h = ui_attr(u, S_HEADER);
	ui_fill_row(u, 0, h);
	ui_put(u, 0, 1, "unknot", 6, h | A_BOLD);
	/* The heading takes a second row when it needs one: a preview in kid
	 * mode at 40 columns says both. */
	struct span hs[2];
	int head_rows = text_wrap(p->heading, COLS - 4, hs, 2) > 1 ? 2 : 1;
	if (head_rows == 2)
		ui_put(u, 1, 2, hs[0].s, hs[0].len, ui_attr(u, S_TITLE));
	ui_put_fit(u, head_rows, 2, COLS - 4, head_rows == 2 ? hs[1].s : p->heading,
		   ui_attr(u, S_TITLE));

	struct columns c = columns(p);
	int first = head_rows + 2; /* the list's first row */
	draw_row(u, first - 1, &c, "ID", "TITLE", "", A_NORMAL, "AREA", "TIME", "FOR",
		 ui_attr(u, S_DIM));
	/* Rows: first .. list_end; then the filter line, the summary, the legend. */
	int summary_rows = LINES >= 18 ? 3 : 1;
	int list_rows = LINES - first - 1 - summary_rows - 1;
	/* Rows the whole list leaves empty go to the summary when one needs
	 * them, up to two: a stop's sentence had cut a preset's list of
	 * routines at 80x24. By every row's, not the selected one's, and the
	 * whole list, not the filtered: nothing moves as one types. */
	if (LINES >= 18 && (int)p->n < list_rows) {
		int spare = list_rows - (int)p->n, most = 0;
		for (size_t i = 0; i < p->n; i++) {
			int r = about_rows(&p->items[i]);
			most = r > most ? r : most;
		}
		int more = most - summary_rows;
		more = more < spare ? more : spare;
		more = more < SUMMARY_MORE ? more : SUMMARY_MORE;
		if (more > 0) {
			summary_rows += more;
			list_rows -= more;
		}
	}
	/* Grown (a bigger terminal, a filter cleared): no empty rows below the
	 * list while rows above it are hidden. */
	if (list_rows > 0 && p->top + (size_t)list_rows > p->n_shown)
		p->top = p->n_shown > (size_t)list_rows ? p->n_shown - (size_t)list_rows : 0;
	if (p->sel < p->top)
		p->top = p->sel;
	if (p->sel >= p->top + (size_t)list_rows)
		p->top = p->sel - (size_t)list_rows + 1;
	for (int r = 0; r < list_rows && p->top + (size_t)r < p->n_shown; r++) {
		size_t i = p->top + (size_t)r;
		const struct pick_item *it = &p->items[p->shown[i]];
		char t[32];
		duration_format(it->total_ms, t, sizeof t);
		attr_t a = i == p->sel ? ui_attr(u, S_SELECT) : A_NORMAL;
		/* a stop in the warning's colour, but where the selection is */
		attr_t mark_a = it->stop && a == A_NORMAL ? ui_attr(u, S_WARN) : a;
		draw_row(u, first + r, &c, it->id, it->title, ui_pick_mark(it), mark_a, it->area, t,
			 it->audience, a);
		if (i == p->sel) /* visible without colour or reverse video too */
			ui_put(u, first + r, 0, u->utf8 ? "›" : ">", u->utf8 ? 3 : 1,
			       ui_attr(u, S_SELECT) | A_BOLD);
	}
	picker_count(u, p, list_rows, h);
	/* Backspace named: Esc is far off on a phone's keyboard */
	static const char *const no_match[] = { "Nothing matches the filter (Backspace fixes it, "
						"Esc clears it).", "No match (Backspace, or Esc clears)." };
	if (!p->n_shown)
		ui_put_fit(u, first, 2, COLS - 4, !p->n ? "No routines found." :
			   (int)strlen(no_match[0]) <= COLS - 4 ? no_match[0] : no_match[1],
			   ui_attr(u, S_WARN));
	int y = LINES - 1 - summary_rows - 1;
	bool drawn = false; /* the summary */
	bool titled = false; /* the selected row's whole title, under the list */
	if (p->filtering || p->filter[0]) {
		/* Longer than its row, the end shows, where the typing is, after
		 * an ellipsis. */
		const char *f = p->filter;
		int room = COLS - 4 - 2; /* the cursor after it, a column spare */
		while (*f && ui_width(f, (int)strlen(f)) > room - (f != p->filter))
			do
				f++;
			while ((*f & 0xc0) == 0x80); /* to the next character */
		ui_put(u, y, 2, "/", 1, ui_attr(u, S_KEY));
		int x = 4;
		if (f != p->filter)
			ui_ellipsis(u, y, x++, ui_attr(u, S_DIM));
		ui_put(u, y, x, f, (int)strlen(f), A_NORMAL);
		if (p->filtering) /* a steady block, as the reminder's: a blink is lost to low vision */
			ui_put(u, y, x + ui_width(f, (int)strlen(f)), "_", 1, A_REVERSE);
	} else if (p->left_out) {
		char note[96];
		snprintf(note, sizeof note, "%zu file%s with errors left out: unknot --list says why",
			 p->left_out, p->left_out == 1 ? "" : "s");
		ui_put_fit(u, y, 2, COLS - 4, note, ui_attr(u, S_WARN));
	} else if (p->n_shown && summary_rows == 1 && p->items[p->shown[p->sel]].stop) {
		/* A small screen: the stop's sentence takes this row too, and
		 * names the area (a row for the summary cut it in half). */
		draw_about(u, y, 2, &p->items[p->shown[p->sel]]);
		drawn = true;
	} else if (p->n_shown && !c.area) {
		about_selected(u, y, &c, &p->items[p->shown[p->sel]]);
	} else if (p->n_shown && title_cut(&c, &p->items[p->shown[p->sel]])) {
		/* "Morning feet… (yours, stopped)": which of yours it is */
		ui_put_fit(u, y, 2, COLS - 4, p->items[p->shown[p->sel]].title, A_BOLD);
		titled = true;
	}
	const struct pick_item *sel = p->n_shown ? &p->items[p->shown[p->sel]] : NULL;
	if (sel && !titled && c.area && summary_rows > 1 && title_cut(&c, sel)) {
		/* the row was the search's, or the files left out's: the
		 * whole title heads the summary instead */
		ui_put_fit(u, ++y, 2, COLS - 4, sel->title, A_BOLD);
		summary_rows--;
	}
	if (sel && !drawn)
		draw_about(u, y + 1, summary_rows, sel);
	ui_legend(u, p->filtering ? filter_legend : pick_legend, !p->filtering);
	if (help)
		ui_draw_help(u, true, p->kid);
	ui_show(u);
}

static void move_sel(struct picker *p, long d)
{
	if (!p->n_shown)
		return;
	long s = (long)p->sel + d;
	if (s < 0)
		s = 0;
	if (s >= (long)p->n_shown)
		s = (long)p->n_shown - 1;
	p->sel = (size_t)s;
}

/* Keys that work the same with and without the filter line. */
static bool common_key(struct picker *p, int code, wint_t ch, long page)
{
	if (code != KEY_CODE_YES)
		return false;
	switch (ch) {
	case KEY_UP: move_sel(p, -1); return true;
	case KEY_DOWN: move_sel(p, 1); return true;
	case KEY_PPAGE: move_sel(p, -page); return true;
	case KEY_NPAGE: move_sel(p, page); return true;
	case KEY_HOME: p->sel = 0; return true;
	case KEY_END: move_sel(p, (long)p->n_shown); return true;
	default: return false;
	}
}

/* Ids are file names: nothing from a file name reaches the terminal raw. */
static struct pick_item *printable_items(const struct pick_item *items, size_t n)
{
	struct pick_item *v = xcalloc(n ? n : 1, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		v[i] = items[i];
		v[i].id = text_printable(items[i].id ? items[i].id : "");
		v[i].title = text_printable(items[i].title ? items[i].title : "");
		v[i].area = items[i].area ? text_printable(items[i].area) : NULL;
		v[i].audience = items[i].audience ? text_printable(items[i].audience) : NULL;
		v[i].summary = items[i].summary ? text_printable(items[i].summary) : NULL;
		v[i].stop = items[i].stop ? text_printable(items[i].stop) : NULL; /* names areas */
	}
	return v;
}

static void free_items(struct pick_item *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free((char *)v[i].id);
		free((char *)v[i].title);
		free((char *)v[i].area);
		free((char *)v[i].audience);
		free((char *)v[i].summary);
		free((char *)v[i].stop);
	}
	free(v);
}

enum ui_pick_result ui_pick(struct ui *u, const struct pick_item *raw, size_t n,
			    size_t left_out, const char *heading, bool kid, size_t *chosen,
			    bool back)
{
	struct pick_item *items = printable_items(raw, n);
	struct picker p = { .items = items, .n = n, .left_out = left_out, .heading = heading,
			    .kid = kid, .before = SIZE_MAX };
	p.shown = xcalloc(n ? n : 1, sizeof *p.shown);
	refilter(&p);
	/* Back from a brief its q closed: a q close behind it is that q
	 * doubled (or held), not a second meant to quit unknot. */
	int64_t back_at = back ? ui_now_ms() : 0;
	int64_t q_first = 0, q_last = 0; /* the q's it dropped: the first, the last */
	if (*chosen < p.n_shown)
		p.sel = *chosen; /* where it was, when the picker comes back */
	bool help = false;
	enum ui_pick_result res;
	u->sig = 0;
	ui_set_title(u, "unknot");
	for (;;) {
		if (!p.filter[0] && p.n_shown)
			p.before = p.shown[p.sel];
		draw_picker(u, &p, help);
		wint_t ch;
		int code = ui_wait_key(u, &ch);
		if (code == ERR) {
			res = u->sig ? UI_PICK_SIGNAL : UI_PICK_EOF;
			break;
		}
		bool enter = (code == KEY_CODE_YES && ch == KEY_ENTER) ||
			     (code == OK && (ch == '\r' || ch == '\n'));
		/* x alone: s, a session's other STOP key, is where "shoulders"
		 * starts, typed by someone looking for it. */
		bool stop = code == OK && (ch == 'x' || ch == 'X');
		if (code == KEY_CODE_YES && ch == KEY_RESIZE)
			continue;
		if (!(code == OK && (ch == 'q' || ch == 'Q')))
			back_at = 0; /* another key first: a q after it is meant */
		if (help) {
			help = false;
			if (stop) {
				res = UI_PICK_STOP;
				break;
			}
			continue;
		}
		if (enter && p.n_shown) {
			*chosen = p.shown[p.sel];
			res = UI_PICK_START;
			break;
		}
		if (common_key(&p, code, ch, LINES / 2))
			continue;
		if (code == KEY_CODE_YES && ch == KEY_F(1)) { /* help, as in most programs */
			help = !ui_too_small(); /* unseen, it would take the next key */
			continue;
		}
		if (code == OK && ch == 27) { /* Esc */
			p.filter[0] = '\0';
			p.filtering = false;
			refilter(&p);
		} else if (p.filtering) {
			if ((code == KEY_CODE_YES && ch == KEY_BACKSPACE) ||
			    (code == OK && (ch == 127 || ch == 8)))
				filter_pop(p.filter);
			else if (code == OK && ch == 21) /* Ctrl-U, as on a shell's line */
				p.filter[0] = '\0';
			else if (code == OK && ch >= ' ' && ch != 127)
				filter_push(p.filter, ch);
			refilter(&p);
		} else if (code == OK) {
			if (stop) {
				res = UI_PICK_STOP;
				break;
			}
			/* Held down, its first repeat comes up to 0.7 s after the
			 * press and the rest close behind each other; a q tapped
			 * again, once more after that, is meant. */
			int64_t now = ui_now_ms();
			if ((ch == 'q' || ch == 'Q') && back_at &&
			    (now - back_at < SECOND_PRESS_MS || now - q_first < SECOND_PRESS_MS ||
			     now - q_last < KEY_REPEAT_MS)) {
				q_first = q_first ? q_first : now;
				q_last = now;
				continue;
			}
			if (ch == 'q' || ch == 'Q') {
				res = UI_PICK_QUIT;
				break;
			}
			switch (ch) {
			case 'k': case 'K': move_sel(&p, -1); break; /* K: caps lock on */
			case 'j': case 'J': move_sel(&p, 1); break;
			case 'g': p.sel = 0; break;
			case 'G': move_sel(&p, (long)p.n_shown); break;
			case '/': p.filtering = true; break;
			case '?': help = !ui_too_small(); break; /* unseen, it would take the next key */
			default:
				/* A name typed at the list ("feet") finds it: its first
				 * letter opens the filter. */
				if (iswalnum(ch)) {
					p.filtering = true;
					filter_push(p.filter, ch);
					refilter(&p);
				}
				break;
			}
		}
	}
	free(p.shown);
	free_items(items, n);
	return res;
}

enum symptom ui_stop_screen_standalone(struct ui *u, bool kid,
				       void (*shown)(void *ctx, enum symptom sy), void *ctx)
{
	enum symptom sy = SYMPTOM_UNKNOWN;
	bool told = false; /* shown(sy) called for sy as it is now */
	u->sig = 0;
	ui_set_title(u, u->utf8 ? "STOP — unknot" : "STOP - unknot");
	/* The x of a line pasted into the picker opened it: the rest of the
	 * line (typed ahead, or more of it come since: a paste in its travel)
	 * is no answer. A "1" in it had kept numbness never felt, and its
	 * newline closed the screen. x1 typed at once answers, as in a
	 * session: that one key is taken once the screen is up. */
	wint_t lone = 0;
	if (!ui_lone_key_waiting(u, &lone) || lone < '1' || lone > '3')
		lone = 0;
	/* As in a session: a digit answers pressed alone, not mashed, and a
	 * kid's first answer stays; an Enter close behind the answer is no
	 * close (its advice unread). */
	int64_t key_at = 0, answered_at = 0, enter_at = 0; /* the x that opened it: no mash */
	bool after_x = true;
	enum symptom unchange = SYMPTOM_UNKNOWN; /* as in a session: a change mashed is undone */
	u->stop_hint_at = 0;
	for (;;) {
		ui_frame_forget(u);
		erase();
		u->stop_hint = u->stop_hint_at && ui_now_ms() - u->stop_hint_at < SOUND_SAID_MS;
		ui_draw_stop(u, kid, sy, NULL, true);
		ui_show(u);
		if (shown && !told) /* up: now kept, and again once answered */
			shown(ctx, sy);
		told = true;
		wint_t ch = lone;
		/* the keys' line shown up goes in its time, as in a session's */
		int code = lone ? OK : ui_wait_key_until(u, &ch, u->stop_hint ? u->stop_hint_at + SOUND_SAID_MS : -1);
		if (code == ERR)
			return sy;
		if (code == KEY_CODE_YES && ch == KEY_RESIZE)
			continue; /* drawn again at the new size */
		if (!lone && ui_paste_waiting(u))
			continue;
		int64_t now = ui_now_ms(), before = key_at;
		bool was_x = after_x;
		key_at = now, after_x = code == OK && (ch == 'x' || ch == 'X');
		enum symptom back = unchange;
		unchange = SYMPTOM_UNKNOWN;
		if (back && now - answered_at < MASH_MS && ui_mash_undoes_change(code, ch, sy)) {
			sy = back;
			continue;
		}
		bool answers = ui_digit_answers(now - before, lone || was_x, kid, sy != SYMPTOM_UNKNOWN);
		lone = 0;
		bool enter = (code == KEY_CODE_YES && ch == KEY_ENTER) ||
			     (code == OK && (ch == '\r' || ch == '\n'));
		if (enter && sy != SYMPTOM_UNKNOWN && /* not before the question is answered */
		    !ui_enter_too_soon(answered_at, &enter_at))
			return sy;
		if (code == OK && (ch == 'q' || ch == 'Q'))
			return sy;
		bool stray = (enter && sy == SYMPTOM_UNKNOWN) ||
			     (code == OK && ui_key_prints(ch) && !(ch >= '1' && ch <= '3') && ch != 'x' && ch != 'X');
		u->stop_hint_at = stray ? now : u->stop_hint_at; /* as in a session */
		if (code == OK && ch >= '1' && ch <= '3' && answers) {
			/* another number changes it */
			answered_at = now;
			enum symptom said = ch == '1' ? SYMPTOM_NUMB : ch == '2' ? SYMPTOM_SHARP : SYMPTOM_OTHER;
			/* the first answer kept at once; a change, as it closes
			 * (1 2 3 mashed for a while wrote a line each time) */
			told = told && sy != SYMPTOM_UNKNOWN;
			unchange = sy != said ? sy : SYMPTOM_UNKNOWN;
			sy = said;
		}
	}
}
