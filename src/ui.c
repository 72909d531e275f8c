/* The ncurses front end: terminal setup and restore, styles, the terminal
 * title, and the loop's callbacks (draw, keys, resize, suspend). */
#include <errno.h>
#include <fnmatch.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "ascii_out.h"
#include "clock.h"
#include "duration.h"
#include "flow_control.h"
#include "text.h"
#include "ui_internal.h"
#include "xalloc.h"

#include <term.h> /* tputs; after curses.h, which it needs */

/* The open ui, for ui_emergency_restore(). */
static struct ui *volatile g_ui;

static const struct {
	short fg, bg;
	attr_t color_attr, mono_attr;
} styles[S_COUNT] = {
	[S_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
	[S_HEADER] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[S_STOP] = { COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
	[S_BAR] = { COLOR_GREEN, -1, A_NORMAL, A_NORMAL },
	[S_PACER] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	/* Text on the terminal's own background is in the one colour read on
	 * light and dark alike (bold yellow or cyan is near white); cyan and
	 * green fill bars and digits, seen by their blocks. */
	[S_WARN] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[S_KEY] = { -1, -1, A_BOLD, A_BOLD },
	/* Without colours (NO_COLOR, set for low vision or a light screen, or
	 * a terminal that has none), nothing is dim: half-bright is the
	 * hardest to read, and it would be all there is. */
	[S_DIM] = { -1, -1, A_DIM, A_NORMAL },
	[S_TITLE] = { -1, -1, A_BOLD, A_BOLD },
	[S_BIG] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[S_STOPKEY] = { COLOR_WHITE, COLOR_RED, A_BOLD, A_REVERSE | A_BOLD },
	[S_SELECT] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
};

attr_t ui_attr(const struct ui *u, enum ui_style st)
{
	if (!u->color)
		return styles[st].mono_attr;
	if (st == S_NORMAL || (styles[st].fg < 0 && styles[st].bg < 0))
		return styles[st].color_attr;
	return COLOR_PAIR(st) | styles[st].color_attr;
}

static void init_styles(struct ui *u, const struct ui_options *o)
{
	const char *nc = getenv("NO_COLOR");
	u->color = !(o && o->no_color) && !(nc && *nc) && has_colors();
	if (!u->color)
		return;
	start_color();
	use_default_colors();
	for (int i = 1; i < S_COUNT; i++)
		init_pair((short)i, styles[i].fg, styles[i].bg);
	if (COLORS < 8)
		u->color = false;
}

/* The terminal title: tsl/fsl when terminfo has them, else OSC 0 on the
 * terminals known to take it. Those keep the title before it on a stack
 * (tmux-256color has tsl: its pane's title had been left blank). */
static void init_title(struct ui *u, const struct ui_options *o)
{
	if (o && o->no_title)
		return;
	const char *term = getenv("TERM");
	bool known = term && (!fnmatch("xterm*", term, 0) || !fnmatch("tmux*", term, 0) ||
			      !fnmatch("screen*", term, 0) || !fnmatch("rxvt*", term, 0));
	const char *tsl = tigetstr("tsl"), *fsl = tigetstr("fsl");
	if (tsl && tsl != (char *)-1 && fsl && fsl != (char *)-1)
		u->title_kind = 1;
	else if (known)
		u->title_kind = 2;
	u->title_stack = known && u->title_kind;
}

static void write_title(struct ui *u, const char *s)
{
	char ascii[sizeof u->title];
	const char *text = s;
	if (!u->utf8) { /* a byte of 'ě' is an 8-bit CSI */
		snprintf(ascii, sizeof ascii, "%s", s);
		ascii_out_text(ascii);
		text = ascii;
	}
	if (u->title_kind == 1) {
		const char *tsl = tigetstr("tsl"), *fsl = tigetstr("fsl");
		fputs(tsl, u->out);
		fputs(text, u->out);
		fputs(fsl, u->out);
	} else if (u->title_kind == 2) {
		fprintf(u->out, "\033]0;%s\007", text);
	}
	fflush(u->out);
}

/* The title is the terminal's again (blank where it cannot be saved):
 * on leaving, and while stopped by Ctrl-Z, where a frozen "0:29 Arch"
 * stayed over the shell. */
static void title_give_back(struct ui *u)
{
	if (!u->title_kind)
		return;
	write_title(u, "");
	if (u->title_saved)
		fputs("\033[23;0t", u->out);
	u->title_saved = false;
	u->title[0] = '\0'; /* written again on coming back */
}

static void title_take(struct ui *u)
{
	if (u->title_stack && !u->title_saved) /* save it where supported */
		fputs("\033[22;0t", u->out);
	u->title_saved = u->title_stack;
}

void ui_set_title(struct ui *u, const char *text)
{
	if (!u->title_kind || !strcmp(u->title, text))
		return;
	snprintf(u->title, sizeof u->title, "%s", text);
	write_title(u, text);
}

/* ncurses keeps its handlers after delscreen(): a Ctrl-C at the stop
 * reminder that follows the picker would run its clean-up and exit(1)
 * instead of ending the program as SIGINT does. SIGQUIT (Ctrl-\), which
 * ncurses leaves alone, is among them: on a raw terminal it would dump core. */
int ui_open(struct ui **out, const struct ui_options *o)
{
	const char *instead = o && o->instead ? o->instead : "try --plain";
	bool say = !o || !o->quiet;
	struct ui *u = xcalloc(1, sizeof *u);
	if (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)) {
		u->in = stdin;
		u->out = ascii_out_raw(stdout); /* curses' bytes are the terminal's own */
	} else {
		u->in = u->out = fopen("/dev/tty", "r+e");
		if (!u->in) {
			/* "ssh host unknot feet" gives it none; -t does */
			bool ssh = getenv("SSH_CONNECTION") != NULL;
			if (say)
				fprintf(stderr, "unknot: no terminal (/dev/tty: %s%s); %s\n",
					strerror(errno), ssh ? "; over ssh, ssh -t gives one" : "",
					instead);
			free(u);
			return -1;
		}
		u->own_tty = true;
	}
	const char *term = getenv("TERM");
	signals_save(u->saved_sa);
	/* The terminal's size, not a COLUMNS left exported; on one that tells
	 * none (a serial console: 0 columns), COLUMNS and LINES, as the
	 * handout and the lists take them there. */
	struct winsize ws;
	use_tioctl(ioctl(fileno(u->out), TIOCGWINSZ, &ws) != 0 || (ws.ws_col && ws.ws_row));
	u->scr = newterm(term && *term ? NULL : "dumb", u->out, u->in);
	if (!u->scr) {
		char *safe = text_printable(term ? term : "");
		if (say)
			fprintf(stderr, "unknot: cannot use terminal type '%s': this system has no "
				"description of it (over ssh, the other machine's terminal may be "
				"unknown here: try TERM=xterm-256color); %s\n", safe, instead);
		free(safe);
		if (u->own_tty)
			fclose(u->in);
		free(u);
		return -1;
	}
	set_term(u->scr);
	const char *cup = tigetstr("cup");
	if (!cup || cup == (char *)-1) { /* a dumb terminal: no screen to draw */
		endwin();
		delscreen(u->scr);
		signals_restore(u->saved_sa);
		if (u->own_tty)
			fclose(u->in);
		free(u);
		if (say && !(term && *term)) /* said of the variable, which the user can set */
			fprintf(stderr, "unknot: TERM is not set, so no screen can be drawn (set it, as "
				"TERM=xterm-256color); %s\n", instead);
		else if (say)
			fprintf(stderr, "unknot: this terminal cannot move the cursor; %s\n", instead);
		return -1;
	}
	u->active = true;
	const char *cs = nl_langinfo(CODESET);
	u->utf8 = cs && (!strcmp(cs, "UTF-8") || !strcmp(cs, "utf8"));
	cbreak();
	noecho();
	nonl();
	/* Before def_prog_mode(), so that every return to the screen has it
	 * off; leaving gives the shell its own modes back. */
	flow_control_off(fileno(u->in), false);
	set_escdelay(25);
	typeahead(-1); /* we redraw seldom: no poll of the keyboard per update */
	/* ncurses 6.4 flushes its output after every cursor move until the
	 * screen has once been left and taken up again: a frame would go out
	 * in a dozen writes, each waking the terminal. Leaving now, before
	 * anything has been sent (ncurses' set-up and the leave go out in one
	 * write), makes the first frame take the screen up again and every
	 * frame, the first too, a single write. */
	def_prog_mode();
	endwin();
	init_styles(u, o);
	init_title(u, o);
	title_take(u);
	ui_set_title(u, "unknot");
	g_ui = u;
	xalloc_before_message(ui_emergency_restore); /* out of memory: said on the shell's screen */
	*out = u;
	return 0;
}

/* Where put_out writes, for tputs (which takes no stream). */
static FILE *tputs_to;

static int put_out(int c)
{
	return putc(c, tputs_to);
}

/* Leaves curses with nothing of unknot's on the screen. A terminal that
 * names a screen of its own but does not keep one (GNU screen, tmux with
 * alternate-screen off) kept the last screen: the line said after it went
 * over its legend. Cleared first; unseen where it is left. A terminal with
 * no screen of its own to leave (the Linux console, a vt220) keeps the
 * last one, and the shell's prompt went over it: cleared after too. */
static void leave_screen(struct ui *u)
{
	erase();
	refresh();
	curs_set(1);
	endwin();
	const char *rmcup = tigetstr("rmcup"), *clear = tigetstr("clear");
	if ((!rmcup || rmcup == (char *)-1 || !*rmcup) && clear && clear != (char *)-1) {
		fflush(u->out);
		tputs_to = u->out;
		tputs(clear, LINES, put_out); /* with its padding: vt100's is "$<50>" */
	}
	fflush(u->out);
}

/* Leaves curses; the title goes back (or blank where it cannot). */
static void restore(struct ui *u)
{
	if (!u->active)
		return;
	u->active = false;
	/* Stopped with Ctrl-Z and ended while stopped (kill %1): the terminal
	 * was put back at the stop; it is the shell's now (a job in the
	 * background that set it would be stopped again), or, after fg, put
	 * back twice would move the cursor over the shell's lines. */
	if (isendwin())
		return;
	title_give_back(u);
	leave_screen(u);
	/* Keys meant for unknot that it never read (typed as it ended, or
	 * while it was stopped) are not the shell's next command ("qqqq:
	 * command not found"); repeats that come after it has gone are. */
	tcflush(fileno(u->in), TCIFLUSH);
}

void ui_emergency_restore(void)
{
	struct ui *u = g_ui;
	if (u)
		restore(u);
}

void ui_close(struct ui *u)
{
	if (!u)
		return;
	restore(u);
	if (g_ui == u)
		g_ui = NULL;
	delscreen(u->scr);
	signals_restore(u->saved_sa);
	if (u->own_tty)
		fclose(u->in);
	free(u);
}

/* Our own key codes: the character plus this. Far above KEY_MAX, where
 * ncurses numbers the terminal's extra keys (Alt-Right, Ctrl-PgUp, …), and
 * under the 16 bits its key table keeps. */
#define KEY_KEYPAD_BASE 0x7000

/* The keypad, in the application mode keypad() asks for, sends ESC O and
 * a letter. Terminfo entries such as tmux's name none of them, and ncurses
 * gave ESC, O and the letter as three keys: KP8 ended in x, a stop, and
 * KP1 in q. Each is bound here to the key it is a copy of. */
static const char keypad_keys[] = "pqrstuvwxyjkmlnoX";
static const char keypad_chars[] = "0123456789*+-,./=";

static void define_keypad(void)
{
	for (size_t i = 0; i < sizeof keypad_keys - 1; i++) {
		char seq[4] = { '\033', 'O', keypad_keys[i], '\0' };
		define_key(seq, KEY_KEYPAD_BASE + keypad_chars[i]);
	}
	define_key("\033OM", KEY_ENTER);
}

void ui_show(struct ui *u)
{
	refresh();
	/* The cursor is hidden, and the keypad's key table built (some 100 k
	 * instructions), once the first screen is out and before any key is
	 * read. Each sends at once: before the first frame it would cut the
	 * frame in two writes, and before ui_open's endwin() the screen would
	 * flash up and away. */
	if (!u->keypad_on) {
		curs_set(0);
		keypad(stdscr, TRUE);
		define_keypad();
		u->keypad_on = true;
	}
}

void ui_bell(void *ctx)
{
	struct ui *u = ctx;
	if (u && u->active)
		beep();
}

int ui_signal(const struct ui *u)
{
	return u->sig;
}

void ui_handle_resize(struct ui *u)
{
	struct winsize ws;
	if (ioctl(fileno(u->out), TIOCGWINSZ, &ws) == 0 && ws.ws_row && ws.ws_col) {
		resize_term(ws.ws_row, ws.ws_col);
	} else {
		endwin();
		refresh();
	}
	clearok(curscr, TRUE);
	clear();
	ui_frame_forget(u);
}

/* --- the loop's callbacks --- */

static int64_t ui_fe_draw(void *ctx, const struct view *v, int64_t now)
{
	struct ui *u = ctx;
	u->pacer_drawn = false;
	ui_draw_view(u, v);
	if ((v->state == ST_PAUSED || v->state == ST_BRIEF || v->state == ST_STOP) &&
	    (u->sound_said || u->stop_hint)) {
		/* nothing else wakes a pause, a brief or the stop screen: the
		 * word said goes when its time is up (in the session's time,
		 * which a preview runs fast) */
		int64_t at = u->stop_hint ? u->stop_hint_at : u->sound_at;
		if (u->sound_said && u->stop_hint && u->sound_at < at)
			at = u->sound_at; /* the first to go; the next draw, the other */
		int64_t left = at + SOUND_SAID_MS - ui_now_ms();
		double speed = u->plan && u->plan->preview > 0 ? u->plan->preview : 1;
		return now + (left > 0 ? (int64_t)((double)left * speed) : 0) + 1;
	}
	if (v->state != ST_PREP && v->state != ST_HOLD && v->state != ST_SWITCH)
		return -1;
	/* The countdown shows whole seconds rounded up: it changes when
	 * left_ms crosses a multiple of a second. The pacer steps on the same
	 * beat when the hold is whole seconds long, as it nearly always is. */
	int64_t step = v->left_ms % 1000;
	int64_t next = now + (step ? step : 1000);
	if (u->pacer_drawn && !u->help && v->breath.pacer_left_ms > 0 &&
	    now + v->breath.pacer_left_ms < next)
		next = now + v->breath.pacer_left_ms;
	return next;
}

static void ui_fe_event(void *ctx, const struct session_event *ev, const struct view *v)
{
	struct ui *u = ctx;
	if (ev->kind == EV_STATE && ev->state == ST_STOP)
		u->help = u->help_paused = false; /* nothing may hide the stop screen */
}

/* The brief's and the summary's own keys: they scroll when the screen
 * shows them scrolled (not when they fit, nor behind the too-small screen);
 * the drawing keeps scroll_top in range. */
#define SCROLL_END (1 << 20) /* past any end: the drawing brings it back to the last page */

static void scroll_text(struct ui *u, int by)
{
	if (!u->scroll_page || !by) /* another key: the place stays where it was */
		return;
	u->scroll_top += by;
	if (u->scroll_top < 0)
		u->scroll_top = 0;
	u->scroll_moved = true;
}

/* A key that types a character, ü or 足 as well as z. */
bool ui_key_prints(wint_t ch)
{
	return (ch >= ' ' && ch < 127) || ch >= 0xA0;
}

static bool is_stop_key(wint_t ch)
{
	return ch == 'x' || ch == 's' || ch == 'X' || ch == 'S';
}

/* A key as the user meant it, or false to drop it:
 * - a full-width form (an input method's full-width mode) is its ASCII;
 * - the keypad's keys are the characters they copy (KP1 is 1), under
 *   define_keypad()'s codes or terminfo's own (ka1 and the like);
 * - a key sequence split in its travel by more than ESCDELAY (ssh, a slow
 *   link) came as ESC and then its bytes as keys: F5's "[15~" answered
 *   the stop question with 1, and F2's "OQ" quit. What follows ESC [ or
 *   ESC O up to the sequence's last byte is dropped, but x and s: STOP
 *   is never lost to it. */
static bool as_meant(struct ui *u, int *code, wint_t *ch)
{
	/* ｘ from an input method's full-width mode: x, STOP above all */
	if (*code == OK && text_fullwidth_ascii((uint32_t)*ch))
		*ch = (wint_t)text_fullwidth_ascii((uint32_t)*ch);
	if (*code == KEY_CODE_YES) {
		static const struct { wint_t key; char c; } pad[] = {
			{ KEY_A1, '7' }, { KEY_A3, '9' }, { KEY_B2, '5' }, { KEY_C1, '1' }, { KEY_C3, '3' },
		};
		for (size_t i = 0; i < sizeof pad / sizeof *pad; i++)
			if (*ch == pad[i].key)
				*ch = (wint_t)(KEY_KEYPAD_BASE + pad[i].c);
		if (*ch > KEY_KEYPAD_BASE && *ch < KEY_KEYPAD_BASE + 128 &&
		    strchr(keypad_chars, (int)(*ch - KEY_KEYPAD_BASE))) {
			*ch -= KEY_KEYPAD_BASE;
			*code = OK;
		}
		if (*code == KEY_CODE_YES) {
			u->esc = 0;
			return true;
		}
	}
	bool stop = is_stop_key(*ch);
	switch (u->esc) {
	case 1: /* after ESC: [ or O begins a sequence */
		u->esc = *ch == '[' ? 2 : *ch == 'O' ? 3 : 0;
		if (u->esc)
			return false;
		break;
	case 2: /* ESC [: parameters, then one last byte */
		if (*ch >= 0x20 && *ch <= 0x3f)
			return false;
		u->esc = 0;
		if (*ch >= 0x40 && *ch <= 0x7e && !stop)
			return false;
		break;
	case 3: /* ESC O: one byte */
		u->esc = 0;
		if (*ch >= 0x40 && *ch <= 0x7e && !stop)
			return false;
		break;
	}
	if (*ch == 27)
		u->esc = 1;
	return true;
}

/* The next key as meant (as_meant), or ERR when none is waiting. Ctrl-L
 * redraws the whole screen, as in any curses program: it comes as a resize
 * (KEY_RESIZE), which every screen draws again, from nothing. */
static int next_key(struct ui *u, wint_t *ch)
{
	int code;
	while ((code = get_wch(ch)) != ERR)
		if (as_meant(u, &code, ch))
			break;
	if (code == OK && *ch == 12) {
		clearok(curscr, TRUE); /* what another program wrote there goes */
		ui_frame_forget(u);
		*ch = KEY_RESIZE;
		code = KEY_CODE_YES;
	}
	return code;
}

int64_t ui_now_ms(void)
{
	return mono_ns() / 1000000;
}

bool ui_mash_undoes_change(int code, wint_t ch, enum symptom changed_to)
{
	bool closes = (code == KEY_CODE_YES && ch == KEY_ENTER) ||
		      (code == OK && (ch == '\r' || ch == '\n' || ch == 'q' || ch == 'Q'));
	bool again = code == OK && ch == (wint_t)('0' + changed_to); /* 1 numb, 2 sharp, 3 other */
	return !closes && !again;
}

bool ui_digit_answers(int64_t since_key, bool after_stop, bool kid, bool answered)
{
	return (after_stop || since_key >= MASH_MS) && !(kid && answered);
}

bool ui_enter_too_soon(int64_t shown_at, int64_t *enter_at)
{
	int64_t now = ui_now_ms();
	bool soon = now - shown_at < SECOND_PRESS_MS || now - *enter_at < KEY_REPEAT_MS;
	*enter_at = now;
	return soon;
}

/* Getting into position, holding, changing sides or paused there. */
static bool in_session(const struct view *v)
{
	return v->state == ST_PREP || v->state == ST_HOLD || v->state == ST_SWITCH || v->state == ST_PAUSED;
}

/* The session key for ch in state st, or -1 (ignored or handled here). */
static int map_key(struct ui *u, const struct view *v, int code, wint_t ch)
{
	bool ended = v->state == ST_DONE || v->state == ST_STOP || v->state == ST_QUIT;
	bool scrolls = v->state == ST_BRIEF || v->state == ST_DONE || v->state == ST_QUIT;
	/* The stop screen's question takes 1, 2 or 3, or q: an Enter pressed
	 * out of habit must not close it before its advice is read. */
	bool asking = v->state == ST_STOP && v->symptom == SYMPTOM_UNKNOWN;
	/* On a screen too small for it, the brief is not read: Enter there
	 * would begin with its safety notes unseen. With more below, Enter
	 * shows it; it begins once all has been on the screen. */
	bool brief = v->state == ST_BRIEF && !u->help;
	bool enter = ch == '\r' || ch == '\n' || ch == KEY_ENTER;
	/* Enter held down, or pressed twice by an unsteady hand: one close
	 * behind the brief showing (its first page, or the one Enter turned
	 * to) or behind the Enter before it is the same press, and begins
	 * nothing, nor turns a page unread. It went through after-run's brief
	 * in 0.2 s, and a second tap 50 ms after the picker's Enter began the
	 * session unread. */
	bool held = enter && brief && ui_enter_too_soon(u->brief_shown_at, &u->enter_at);
	/* The same on the stop screen: 1 then Enter, as line mode and the
	 * reminder teach, closed its advice unread. */
	if (enter && v->state == ST_STOP && !asking && ui_enter_too_soon(u->answered_at, &u->enter_at))
		return -1;
	/* The same on the summary: an Enter close behind it showing (held, or
	 * pressed as the last hold ended) closed it, its aftercare unread. */
	if (enter && (v->state == ST_DONE || v->state == ST_QUIT) && !u->help &&
	    ui_enter_too_soon(u->summary_shown_at, &u->enter_at))
		return -1;
	/* With more below, Enter shows it, as on the brief: at 60x16 it had
	 * closed the summary with half its aftercare never on the screen. q
	 * still closes at once. */
	if (enter && (v->state == ST_DONE || v->state == ST_QUIT) && !u->help && u->more_below) {
		u->summary_shown_at = u->enter_at; /* a page to read, from now */
		scroll_text(u, u->scroll_page);
		return -1;
	}
	bool begins = brief && !ui_too_small() && !u->more_below && !held;
	if (brief && enter && (u->more_below || held)) {
		bool turns = u->more_below && !held;
		if (turns)
			u->brief_shown_at = u->enter_at; /* a page to read, from now */
		if (turns && u->unread_above) /* End went past them: back to them */
			scroll_text(u, u->unread_top - u->scroll_top);
		else
			scroll_text(u, turns ? u->scroll_page : 0);
		return -1;
	}
	/* Any key closes the help, an arrow or F1 too; STOP still stops. A
	 * resize is no key: the box is drawn again at the new size. */
	if (u->help && !(code == KEY_CODE_YES && ch == KEY_RESIZE)) {
		bool resume = u->help_paused && v->state == ST_PAUSED;
		u->help = u->help_paused = false;
		/* the help opened on the brief: there only x stops, as under it */
		bool stops = code == OK && (v->state == ST_BRIEF ? ch == 'x' || ch == 'X' : is_stop_key(ch));
		return stops ? SK_STOP : resume ? SK_PAUSE : -1;
	}
	if (code == KEY_CODE_YES && ch == KEY_F(1)) /* help, as in most programs */
		code = OK, ch = '?';
	/* Caps Lock on: a letter key does what it does in lower case (G, the
	 * end of a page, aside); X, S and Q are STOP and quit below. */
	if (code == OK && (ch == 'N' || ch == 'B' || ch == 'P' || ch == 'H' || ch == 'M' ||
			   ch == 'J' || ch == 'K'))
		ch += 'a' - 'A';
	if (code == KEY_CODE_YES) {
		if (ch == KEY_ENTER) {
			if (in_session(v) || asking)
				u->stop_hint_at = ui_now_ms();
			return asking ? -1 : ended ? SK_QUIT : begins ? SK_START : -1;
		}
		if (ch == KEY_RESIZE)
			ui_handle_resize(u);
		if (scrolls)
			scroll_text(u, ch == KEY_DOWN ? 1 : ch == KEY_UP ? -1 :
					ch == KEY_NPAGE ? u->scroll_page : ch == KEY_PPAGE ? -u->scroll_page :
					ch == KEY_HOME ? -u->scroll_top : ch == KEY_END ? SCROLL_END : 0);
		return -1;
	}
	if (v->state == ST_STOP) {
		switch (ch) {
		case '1': return SK_SYMPTOM_NUMB;
		case '2': return SK_SYMPTOM_SHARP;
		case '3': return SK_SYMPTOM_OTHER;
		case 'q': case 'Q': return SK_QUIT;
		case '\r': case '\n':
			if (asking)
				u->stop_hint_at = ui_now_ms();
			return asking ? -1 : SK_QUIT;
		default:
			/* a key that does nothing here (4, w, a space) shows the
			 * line of the keys that do, as a key does in a session:
			 * nothing seen, the program may seem hung */
			if (code == OK && ui_key_prints(ch) && !is_stop_key(ch))
				u->stop_hint_at = ui_now_ms();
			return -1;
		}
	}
	if (scrolls && (ch == 'j' || ch == 'k' || ch == 'g' || ch == 'G')) { /* as in the picker */
		scroll_text(u, ch == 'j' ? 1 : ch == 'k' ? -1 : ch == 'g' ? -u->scroll_top : SCROLL_END);
		return -1;
	}
	if (ended) { /* STOP still works after the end: a symptom may come late */
		if (v->state == ST_DONE && is_stop_key(ch))
			return SK_STOP;
		return ch == 'q' || ch == 'Q' || ch == '\r' || ch == '\n' ? SK_QUIT : -1;
	}
	/* On the brief nothing is rolled yet, and s there was more often
	 * "start" or "skip" than STOP (its stop held the area till morning,
	 * and "yes" typed again after the reminder stopped on its s). It, and
	 * any key that does nothing there, shows for a while how to begin
	 * and how to stop. */
	if (brief && code == OK && ui_key_prints(ch) && !(ch < 127 && strchr("xXqQm?", (int)ch))) {
		u->stop_hint_at = ui_now_ms();
		return -1;
	}
	switch (ch) {
	case '\r': case '\n':
		if (begins)
			return SK_START;
		if (in_session(v)) /* Enter for "next": n is, and x STOP */
			u->stop_hint_at = ui_now_ms();
		return -1;
	case ' ': case 'p': return SK_PAUSE;
	case 'n': return SK_NEXT;
	case 'b': return SK_PREV;
	case '+': case '=': return SK_MORE;
	case '-': return SK_LESS;
	case 'h': return SK_TOO_HARD;
	case 'x': case 's': case 'X': case 'S': return SK_STOP;
	case 'q': case 'Q': return SK_QUIT;
	case 'm':
		if (u->cues) {
			cues_toggle_mute(u->cues);
			u->sound_at = ui_now_ms(); /* said on the state line a while */
		}
		return -1;
	case '?': /* it hides the countdown: no hold time goes by unseen */
		if (ui_too_small())
			return -1; /* unseen, it would take the next key */
		u->help = true;
		u->help_paused = v->state == ST_PREP || v->state == ST_HOLD || v->state == ST_SWITCH;
		return u->help_paused ? SK_PAUSE : -1;
	default:
		/* in a session, a key that does nothing: said that x stops
		 * (a miss onto z, c or d had shown nothing at all) */
		if (code == OK && ch != ' ' && ui_key_prints(ch) && in_session(v))
			u->stop_hint_at = ui_now_ms();
		return -1;
	}
}

/* A paste (a middle-click, tmux's prefix-]) comes as a burst of keys no
 * hand types at once: more than PASTE_KEYS, not all one key (a key held, or
 * pressed over and over while a slow link held the screen, is one key many
 * times). Its h would count as too hard and its 1 answer the stop question:
 * only its STOP keys act, and what comes within PASTE_MS of it (the rest
 * of a paste cut in its travel) is the same paste. */
#define PASTE_KEYS 8
#define PASTE_MS 150

/* Keys read at once, each mapped against the view it will meet. */
struct burst {
	struct view v;
	int64_t now; /* when it was read */
	bool paste;
	int after_stop; /* 1: the next key may answer the stop; 2: the rest is dropped */
};

static void take_key(struct ui *u, struct burst *b, int code, wint_t ch,
		     enum session_key *keys, int *n)
{
	bool resize = code == KEY_CODE_YES && ch == KEY_RESIZE;
	/* In a paste only x stops: an s is in nearly every line (https://), and
	 * a stop it made was kept, and asked about the next day. */
	bool paste_stop = code == OK && (ch == 'x' || ch == 'X');
	if (!resize && b->paste && !paste_stop && b->after_stop != 2 && in_session(&b->v))
		u->stop_hint_at = ui_now_ms(); /* a phone's line sent at once: x is STOP, said */
	if (!resize && (b->after_stop == 2 || (b->paste && !paste_stop)))
		return;
	/* x 1 typed at once: the 1 answers; a 1 further on (x in a line of
	 * text) was never meant for the question. */
	bool right_after_stop = b->after_stop == 1;
	if (!resize && b->after_stop == 1)
		b->after_stop = 2;
	int64_t before = u->key_at;
	bool after_stop_key = u->key_stopped;
	if (!resize) /* the STOP key, pressed again on the stop screen too */
		u->key_at = b->now, u->key_stopped = code == OK && is_stop_key(ch);
	/* A changed answer with another key close behind it (3 2 3 2, a teen
	 * fidgeting a while after answering 1) was the first key of a mash:
	 * the answer before it stands, and this key goes with the mash. Not
	 * q or Enter: 2 then q at once is a change, then a close. */
	enum symptom back = resize ? SYMPTOM_UNKNOWN : u->unchange;
	if (!resize)
		u->unchange = SYMPTOM_UNKNOWN;
	if (back && b->v.state == ST_STOP && b->now - u->changed_at < MASH_MS &&
	    ui_mash_undoes_change(code, ch, u->changed_to)) {
		keys[(*n)++] = back == SYMPTOM_NUMB ? SK_SYMPTOM_NUMB :
			       back == SYMPTOM_SHARP ? SK_SYMPTOM_SHARP : SK_SYMPTOM_OTHER;
		return;
	}
	if (b->v.state == ST_STOP && code == OK && ch >= '1' && ch <= '3' &&
	    !ui_digit_answers(b->now - before, right_after_stop || after_stop_key, b->v.kid,
			      b->v.symptom != SYMPTOM_UNKNOWN))
		return;
	/* n or space held down repeats thirty times a second: a second of it
	 * ran feet out, and paused and resumed by the count; h held half a
	 * second was "too hard 15 times" in the history, b went back to the
	 * first hold. The same key again close behind the last (each repeat
	 * keeps it close) is the same press (for b, its first repeat, after
	 * the keyboard's delay, is a second: b twice is the step before; for
	 * n and space, when that delay is past 0.4 s); for h, that too: too
	 * hard is said once. A held - had
	 * ended a minute's hold in a second, and the summary said it done; a
	 * held + made a 5 s hold two minutes; a held m toggled at each repeat. */
	if (code == OK && ch && ch < 128 && strchr("nNpPhHbB +=-mM", (int)ch)) {
		/* m, as h, is one press through the keyboard's first repeat too:
		 * that repeat, as a second press, turned the sound back */
		bool once = ch == 'h' || ch == 'H' || ch == 'm' || ch == 'M';
		/* + and - too (a held - took a kid's 30 s hold to its last
		 * second), but counted from the press taken, not the last
		 * repeat: - tapped every half second takes 15 s a second */
		bool timed = ch == '+' || ch == '=' || ch == '-';
		/* n and the pause key tapped twice by a clumsy finger, or sent
		 * twice by a slow link, 0.25 s apart: the second acted on a
		 * screen not yet seen (the next hold skipped unseen; a pause
		 * undone). b twice is the step before, on purpose. */
		bool tapped = strchr("nNpP ", (int)ch);
		int64_t same = once ? SECOND_PRESS_MS : KEY_REPEAT_MS;
		/* the double tap counted from the press taken, as + and -: n
		 * tapped every 0.3 s acts every other tap, not once */
		int64_t since_press = b->now - u->press_at;
		bool repeat = ch == u->repeat_ch && (b->now - u->repeat_at < same ||
						     (timed && since_press < SECOND_PRESS_MS) ||
						     (tapped && since_press < DOUBLE_TAP_MS));
		u->repeat_ch = ch, u->repeat_at = b->now;
		if (!repeat)
			u->press_at = b->now;
		if (repeat && (in_session(&b->v) || ch == 'm' || ch == 'M'))
			return;
	}
	int k = map_key(u, &b->v, code, ch);
	if (k < 0)
		return;
	keys[(*n)++] = (enum session_key)k;
	if (k == SK_SYMPTOM_NUMB || k == SK_SYMPTOM_SHARP || k == SK_SYMPTOM_OTHER) {
		u->answered_at = b->now;
		if (b->v.symptom && session_key_symptom(k) != b->v.symptom)
			u->unchange = b->v.symptom, u->changed_to = session_key_symptom(k), u->changed_at = b->now;
	}
	struct view *v = &b->v;
	if (k == SK_START) {
		v->state = ST_PREP; /* a second Enter must not do more */
	} else if (k == SK_STOP) {
		v->state = ST_STOP;
		u->stop_hint_at = 0; /* said on the stop screen only of a key there */
		b->after_stop = b->paste ? 2 : 1;
	} else if (k == SK_PAUSE && v->state == ST_PAUSED) { /* space ? at once: ? pauses */
		v->state = v->paused_from;
	} else if (k == SK_PAUSE && (v->state == ST_PREP || v->state == ST_HOLD || v->state == ST_SWITCH)) {
		v->paused_from = v->state, v->state = ST_PAUSED;
	}
}

static int ui_fe_read_keys(void *ctx, enum session_key *keys, int max)
{
	struct ui *u = ctx;
	struct pollfd pfd = { .fd = fileno(u->in), .events = POLLIN };
	bool gone = poll(&pfd, 1, 0) == 1 && (pfd.revents & (POLLHUP | POLLERR | POLLNVAL));
	if (gone && !(pfd.revents & POLLIN))
		return -1;
	/* The view the keys apply to: the keys change the session only after
	 * this returns, so map each against the state the user sees. */
	struct burst b = { .v = u->last_view, .now = ui_now_ms() };
	int n = 0;
	nodelay(stdscr, TRUE);
	struct { int code; wint_t ch; } first[PASTE_KEYS + 1];
	int got = 0;
	bool one_key = true;
	while (got < PASTE_KEYS + 1 && (first[got].code = next_key(u, &first[got].ch)) != ERR) {
		one_key &= first[got].code == first[0].code && first[got].ch == first[0].ch;
		got++;
	}
	int64_t now = b.now;
	b.paste = (got > PASTE_KEYS && !one_key) || now < u->paste_until;
	if (b.paste)
		u->paste_until = now + PASTE_MS;
	for (int i = 0; i < got && n < max; i++)
		take_key(u, &b, first[i].code, first[i].ch, keys, &n);
	wint_t ch;
	int code;
	/* A paste is read to its end, for a STOP in it. */
	while ((n < max || b.paste || b.after_stop == 2) && (code = next_key(u, &ch)) != ERR)
		if (n < max)
			take_key(u, &b, code, ch, keys, &n);
	nodelay(stdscr, FALSE);
	return n == 0 && gone ? -1 : n; /* a hung-up terminal reads as ready, with nothing */
}

static void ui_fe_resize(void *ctx)
{
	ui_handle_resize(ctx);
}

static void ui_fe_suspend(void *ctx)
{
	struct ui *u = ctx;
	title_give_back(u);
	/* The program's modes are those saved at the start (ui_open): saved
	 * again here, they may be the shell's, set as it took the terminal
	 * back from a parent Ctrl-Z stopped first (make run, sh -c). The
	 * screen is left clean, as at the end: the Linux console and GNU
	 * screen had kept it, a frozen countdown over the shell's prompt. */
	leave_screen(u);
	/* Ctrl-Z is "undo" to many (a child): the shell's "Stopped" says
	 * nothing of the way back. (Stopped and back already, it is past.) */
	if (!signals_continued()) {
		fputs("unknot is paused: type fg and Enter to go back to it.\n", u->out);
		fflush(u->out);
	}
}

static void ui_fe_resume(void *ctx)
{
	struct ui *u = ctx;
	reset_prog_mode();
	if (u->keypad_on)
		curs_set(0); /* shown as the screen was left */
	/* The shell left the arrows sending plain escapes. ncurses turns the
	 * keypad on again only at its next read, so the first arrow after fg
	 * came in as ESC [ B and was lost. */
	keypad(stdscr, TRUE);
	title_take(u);
	u->title[0] = '\0'; /* write it again */
	ui_handle_resize(u);
}

struct frontend ui_frontend(struct ui *u, const struct plan *plan, struct cues *cues)
{
	u->plan = plan;
	u->cues = cues;
	u->brief_drawn = false; /* a new session: its brief is new */
	return (struct frontend){
		.ctx = u,
		.input_fd = fileno(u->in),
		.linger = true,
		.draw = ui_fe_draw,
		.event = ui_fe_event,
		.read_keys = ui_fe_read_keys,
		.resize = ui_fe_resize,
		.suspend = ui_fe_suspend,
		.resume = ui_fe_resume,
	};
}

/* --- waiting for a key outside the loop --- */

bool ui_lone_key_waiting(struct ui *u, wint_t *ch)
{
	int n = 0, chars = 0;
	wint_t got;
	nodelay(stdscr, TRUE);
	for (int code; (code = next_key(u, &got)) != ERR; n++)
		if (code == OK)
			*ch = got, chars++;
	nodelay(stdscr, FALSE);
	flushinp(); /* what waits in the kernel's queue, behind them */
	return n == 1 && chars == 1;
}

bool ui_paste_waiting(struct ui *u)
{
	int bytes = 0; /* ncurses reads a byte at a time: the rest wait here */
	if (ioctl(fileno(u->in), FIONREAD, &bytes) < 0 || bytes <= PASTE_KEYS)
		return false;
	flushinp();
	return true;
}

int ui_wait_key(struct ui *u, wint_t *ch)
{
	return ui_wait_key_until(u, ch, -1);
}

int ui_wait_key_until(struct ui *u, wint_t *ch, int64_t until_ms)
{
	struct signals_caught caught;
	signals_catch(&caught);
	int code = ERR;
	nodelay(stdscr, TRUE);
	for (;;) {
		code = next_key(u, ch);
		if (code != ERR)
			break;
		struct pollfd pfd = { .fd = fileno(u->in), .events = POLLIN };
		int64_t left = until_ms < 0 ? -1 : until_ms - ui_now_ms();
		struct timespec ts = { left / 1000, left % 1000 * 1000000 };
		if (until_ms >= 0 && left <= 0) { /* its time: drawn again, as after a resize */
			*ch = KEY_RESIZE;
			code = KEY_CODE_YES;
			break;
		}
		int r = signals_ppoll(&pfd, 1, until_ms < 0 ? NULL : &ts, &caught.sleep_mask);
		if (signals_end) {
			u->sig = signals_end;
			break;
		}
		if (signals_winch) {
			signals_winch = 0;
			ui_handle_resize(u);
			*ch = KEY_RESIZE;
			code = KEY_CODE_YES;
			break;
		}
		if (signals_tstp || signals_cont) {
			bool ending = false;
			if (signals_tstp) { /* Ctrl-Z: ours to stop */
				ui_fe_suspend(u);
				ending = signals_stop_self();
			}
			signals_tstp = signals_cont = 0;
			if (ending) { /* kill %1 while stopped: not drawn on again */
				u->sig = signals_end;
				break;
			}
			ui_fe_resume(u);
			*ch = KEY_RESIZE;
			code = KEY_CODE_YES;
			break;
		}
		if (r == 1 && (pfd.revents & (POLLHUP | POLLERR | POLLNVAL))) {
			/* The terminal is gone (POLLIN comes with POLLHUP on a
			 * closed pty): take a last key if there is one, never spin. */
			code = next_key(u, ch);
			break;
		}
	}
	nodelay(stdscr, FALSE);
	signals_release(&caught);
	return code;
}
