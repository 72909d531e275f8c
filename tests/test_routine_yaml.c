/* The routine loader: valid files load with every field; each kind of
 * mistake is reported with its message and exact line:column. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "preset.h"
#include "routine_yaml.h"
#include "xalloc.h"
#include "yaml_name.h"

static const char full[] =
	"title: Morning feet\n"
	"area: feet\n"
	"summary: Wake up the soles of your feet.\n"
	"equipment: [lacrosse ball, tennis ball]\n"
	"audience: [adult, kid]\n"
	"breathing: {inhale: 4s, exhale: 6s, hold_in: 1s}\n"
	"safety: [Keep the pressure moderate.]\n"
	"aftercare:\n"
	"  - Drink a glass of water.\n"
	"  - Stretch your calves gently.\n"
	"sounds: {hold: chime.oga}\n"
	"steps:\n"
	"  - title: Arch\n"
	"    side: both\n"
	"    prep: 5s\n"
	"    hold: 1m30s\n"
	"    pressure: light\n"
	"    instruction: Stand tall, ball under the arch.\n"
	"    avoid: Do not roll over the heel bone.\n"
	"    prompts:\n"
	"      - {at: 45s, say: Breathe into it.}\n"
	"      - {at: 15, say: Pause on a tender spot.}\n"
	"  - title: Toes\n"
	"    hold: 30\n";

static struct routine *load(const char *text, struct diags *d)
{
	return routine_load_buffer("t.yaml", text, strlen(text), d);
}

static void test_full_routine(void **state)
{
	struct diags d = { 0 };
	struct routine *r = load(full, &d);
	assert_non_null(r);
	assert_int_equal(d.n, 0);
	assert_string_equal(r->id, "t");
	assert_string_equal(r->title, "Morning feet");
	assert_string_equal(r->area, "feet");
	assert_string_equal(r->summary, "Wake up the soles of your feet.");
	assert_int_equal(r->equipment.n, 2);
	assert_string_equal(r->equipment.v[1], "tennis ball");
	assert_true(routine_for_kids(r));
	assert_int_equal(r->breathing.inhale_ms, 4000);
	assert_int_equal(r->breathing.exhale_ms, 6000);
	assert_int_equal(r->breathing.hold_in_ms, 1000);
	assert_int_equal(r->safety.n, 1);
	assert_int_equal(r->aftercare.n, 2);
	assert_string_equal(r->sounds[CUE_HOLD], "chime.oga");
	assert_null(r->sounds[CUE_PREP]);
	assert_int_equal(r->n_steps, 2);
	const struct step *s = &r->steps[0];
	assert_string_equal(s->title, "Arch");
	assert_int_equal(s->side, SIDE_BOTH);
	assert_int_equal(s->prep_ms, 5000);
	assert_int_equal(s->hold_ms, 90000);
	assert_int_equal(s->pressure, PRESSURE_LIGHT);
	assert_string_equal(s->avoid, "Do not roll over the heel bone.");
	assert_int_equal(s->n_prompts, 2);
	assert_int_equal(s->prompts[0].at_ms, 15000); /* sorted by time */
	assert_string_equal(s->prompts[1].say, "Breathe into it.");
	/* Defaults. */
	s = &r->steps[1];
	assert_int_equal(s->side, SIDE_NONE);
	assert_int_equal(s->prep_ms, ROUTINE_DEFAULT_PREP_MS);
	assert_int_equal(s->hold_ms, 30000);
	assert_int_equal(s->pressure, PRESSURE_MODERATE);
	assert_null(s->instruction);
	/* Both sides of the arch: 2 × (5 + 90), then 5 + 30. */
	assert_int_equal(routine_total_ms(r), 2 * 95000 + 35000);
	routine_free(r);
	diags_free(&d);
}

/* Loads text and expects it rejected with a diagnostic at line:col whose
 * message contains want. */
static void expect_error(const char *text, unsigned line, unsigned col, const char *want)
{
	struct diags d = { 0 };
	struct routine *r = load(text, &d);
	assert_null(r);
	assert_true(d.errors > 0);
	for (size_t i = 0; i < d.n; i++) {
		if (d.v[i].level == DIAG_ERROR && strstr(d.v[i].msg, want)) {
			if (d.v[i].line != line || d.v[i].col != col)
				fail_msg("'%s' at %u:%u, expected %u:%u", d.v[i].msg, d.v[i].line,
					 d.v[i].col, line, col);
			diags_free(&d);
			return;
		}
	}
	diags_print(&d, stderr);
	fail_msg("no error containing '%s'", want);
}

/* d holds one diagnostic, want, at line:col; freed. */
static void expect_only(struct diags *d, unsigned line, unsigned col, const char *want)
{
	assert_int_equal(d->n, 1);
	assert_int_equal(d->v[0].line, line);
	assert_int_equal(d->v[0].col, col);
	assert_string_equal(d->v[0].msg, want);
	diags_free(d);
}

/* Loads text and expects it loaded with one warning, want, at line:col;
 * returns the routine for more checks (the caller frees it). */
static struct routine *expect_warning(const char *text, unsigned line, unsigned col,
				      const char *want)
{
	struct diags d = { 0 };
	struct routine *r = load(text, &d);
	assert_non_null(r);
	assert_int_equal(d.warnings, 1);
	expect_only(&d, line, col, want);
	return r;
}

/* Loads text and expects it loaded with nothing said. */
static void expect_clean(const char *text)
{
	struct diags d = { 0 };
	struct routine *r = load(text, &d);
	assert_non_null(r);
	assert_int_equal(d.n, 0);
	routine_free(r);
	diags_free(&d);
}

#define HEAD "title: T\narea: feet\nsteps:\n"

/* What a word processor leaves unseen: soft hyphens out of the text, a
 * no-break space at either end out, and in a duration a space */
static void test_word_processor_unseen(void **state)
{
	(void)state;
	struct diags d = { 0 };
	struct routine *r = load("title: \"\u00A0Waden\u00A0\"\narea: calves\n"
				 "equipment: [Schaum\u00ADstoff\u00ADrolle]\nsteps:\n"
				 "  - {title: A, hold: \"30s\u00A0\"}\n  - {title: B, hold: \"\u00A030s\"}\n", &d);
	assert_non_null(r);
	assert_int_equal(d.n, 0);
	assert_string_equal(r->title, "Waden");
	assert_string_equal(r->equipment.v[0], "Schaumstoffrolle");
	routine_free(r);
	diags_free(&d);
	expect_error("title: T\narea: feet\nsteps:\n  - {title: A, hold: \"30\u00A0s\"}\n", 4, 22, "hold: '30 s' is not a duration; did you "
		     "mean 30s?");
	expect_error("title: \"\u00AD\u00A0\"\narea: feet\nsteps: [{title: A, hold: 3s}]\n", 1, 8,
		     "title: expected text, got only blanks");
	expect_error("title: \" \u00A0 \"\narea: feet\nsteps: [{title: A, hold: 3s}]\n", 1, 8,
		     "title: expected text, got only blanks");
	/* French typography's narrow no-break space (U+202F) before ; ! ? and
	 * a colon, as a word processor sets it, and its no-break space before
	 * a key's colon: read as the no-break space is */
	r = load("title\u00A0: Pied\narea\u202F: feet\naudience: [adult,\u202Fteen]\nsteps:\n"
		 "  - {title\u00A0: A, hold: 30s\u202F, side: both\u202F,\n"
		 "     prompts: [{at\u00A0: 10s, say: Doucement\u202F!}]}\n", &d);
	assert_non_null(r);
	assert_int_equal(d.n, 0);
	assert_string_equal(r->title, "Pied");
	assert_string_equal(r->area, "feet");
	assert_string_equal(r->audience.v[1], "teen");
	assert_int_equal(r->steps[0].hold_ms, 30000);
	assert_int_equal(r->steps[0].side, SIDE_BOTH);
	assert_string_equal(r->steps[0].prompts[0].say, "Doucement\u202F!");
	routine_free(r);
	diags_free(&d);
	expect_error(HEAD "  - {title: A, hold: \"30\u202Fs\"}\n", 4, 22,
		     "hold: '30 s' is not a duration; did you mean 30s?");
	expect_error("title:\u202FPied\narea: feet\nsteps: [{title: A, hold: 3s}]\n", 2, 5,
		     "line 1 has a non-breaking space at column 7, which YAML does not read as a space");
	/* a decimal comma in { }, which ends the value there */
	expect_error("title: T\narea: feet\nbreathing: {inhale: 4, exhale: 6,5}\nsteps: [{title: A, hold: 30s}]\n",
		     3, 34, "unknown key '5' in breathing; '6,5' has a decimal comma, which ends the value "
		     "in { }: a duration takes whole seconds (6s or 7s)");
	expect_error("title: T\narea: feet\nbreathing: {inhale: 4, exhale: 0,5}\nsteps: [{title: A, hold: 30s}]\n",
		     3, 34, "a duration takes whole seconds (1s)");
	expect_error("title: T\narea: feet\nbreathing: {inhale: 4, exhale: 6,0s}\nsteps: [{title: A, hold: 30s}]\n",
		     3, 34, "a duration takes whole seconds (6s)");
	expect_error("title: T\narea: feet\nbreathing: {inhale: 4, exhale: 0,0}\nsteps: [{title: A, hold: 30s}]\n",
		     3, 34, "a duration takes whole seconds (1s)"); /* 0s is none */
	/* ...and a decimal point, anywhere */
	expect_error(HEAD "  - {title: A, hold: 6.5s}\n", 4, 22,
		     "hold: '6.5s' is not a duration: a duration takes whole seconds (6s or 7s)");
	/* ...not a count said in a prompt */
	expect_error(HEAD "  - {title: A, hold: 1m, prompts: [{at: 15s, say: 3, 2, 1, go}]}\n", 4, 54,
		     "unknown key '2' in a prompt; if this is the rest of a text cut at a comma, put the "
		     "whole text in quotes");
	expect_error(HEAD "  - {title: A, hold: 3m, prompts: [{at: 1,5 min, say: Hallo}]}\n", 4, 43,
		     "'1,5 min' has a decimal comma, which ends the value in { }: write 1m30s");
	/* German's „ “: letters to YAML, the whole text put in straight quotes */
	expect_error(HEAD "  - {title: A, hold: 30s, prompts: [{at: 5s, say: \u201ELangsam, bitte.\u201C}]}\n",
		     4, 61, "put the whole text in straight quotes (\"...\"): \u201E \u201C are letters "
		     "to YAML, not quotes");
	expect_error(HEAD "  - title: A\n    hold: 30s\n    instruction: \u201EAchtung: langsam.\u201C\n",
		     6, 26, "line 6 has \u201E \u201C, which YAML reads as letters, not quotes: put the whole "
		     "text in straight quotes (\"...\")");
}


static void test_unknown_key_suggests(void **state)
{
	expect_error(HEAD "  - title: A\n    hodl: 30s\n", 5, 5,
		     "unknown key 'hodl' in a step; did you mean 'hold'?");
	expect_error("titel: T\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 1,
		     "unknown key 'titel' in the routine; did you mean 'title'?");
	expect_error(HEAD "  - title: A\n    hold: 3\n    colour: red\n", 6, 5,
		     "unknown key 'colour' in a step; expected title, side, prep, hold, pressure, "
		     "instruction, avoid or prompts");
	expect_error(HEAD "  - title: A\n    hold: 30s\n    prompts: [{at: 5s, txt: Breathe}]\n", 6, 24,
		     "unknown key 'txt' in a prompt; expected at or say");
	/* "did you mean 'hold'" says it all: no second error that hold is missing. */
	struct diags d = { 0 };
	assert_null(load(HEAD "  - title: A\n    hodl: 30s\n", &d));
	assert_int_equal(d.errors, 1);
	diags_free(&d);
	/* A key missing with no near miss is still told. */
	expect_error(HEAD "  - title: A\n    colour: red\n", 4, 5, "a step: missing 'hold'");
	/* A key of the other level: where it goes, not a list of the keys. */
	expect_error(HEAD "  - title: A\nhold: 30s\n", 5, 1,
		     "unknown key 'hold' in the routine; 'hold' is a step's key: indent it under "
		     "its step, in line with the step's title");
	expect_error(HEAD "  - title: A\n    hold: 30s\n    safety: [Gently.]\n", 6, 5,
		     "unknown key 'safety' in a step; 'safety' is a key of the routine: write it "
		     "at the left edge, in line with the routine's title");
	/* Two letters are no typo of four: "id" is not "side". */
	expect_error(HEAD "  - title: A\n    hold: 3\n    id: a\n", 6, 5,
		     "unknown key 'id' in a step; expected title, side");
}

static void test_wrong_type(void **state)
{
	expect_error("title: T\narea: feet\nsteps: lots\n", 3, 8,
		     "steps: expected a list of steps, got text");
	/* A step's keys without its "- ": what to write. */
	expect_error("title: T\narea: feet\nsteps:\n  title: A\n  hold: 30s\n", 4, 3,
		     "steps: expected a list of steps, got a mapping; begin each step with '- ' "
		     "(a dash and a space)");
	expect_error(HEAD "  - title: [A, B]\n    hold: 3\n", 4, 12, "title: expected text, got a list");
	expect_error(HEAD "  - title: A\n    hold: {s: 3}\n", 5, 11,
		     "hold: expected a duration such as 30s or 1m30s, got a mapping");
	expect_error("title: T\narea: feet\nbreathing: 4s\nsteps: [{title: A, hold: 3}]\n", 3, 12,
		     "breathing: expected a mapping");
	expect_error("- a\n- b\n", 1, 1, "expected a routine (a mapping with title, area and steps), got a list");
}

static void test_bad_duration(void **state)
{
	expect_error(HEAD "  - title: A\n    hold: 1x\n", 5, 11,
		     "hold: '1x' is not a duration; expected 30, 30s, 1m, 1m30s or 1h");
	expect_error(HEAD "  - title: A\n    hold: 1m90s\n", 5, 11,
		     "hold: '1m90s': after hours or minutes, the next unit goes up to 59; "
		     "did you mean 2m30s (150s)?");
	expect_error(HEAD "  - title: A\n    hold: 1m30\n", 5, 11,
		     "hold: '1m30' is not a duration; did you mean 1m30s?");
	expect_error(HEAD "  - title: A\n    prep: 10 sec\n    hold: 30\n", 5, 11,
		     "prep: '10 sec' is not a duration; did you mean 10s?");
	expect_error(HEAD "  - title: A\n    hold: 30 seg\n", 5, 11,
		     "hold: '30 seg' is not a duration; did you mean 30s?");
	expect_error(HEAD "  - title: A\n    hold: 1 min 30 seg\n", 5, 11,
		     "hold: '1 min 30 seg' is not a duration; did you mean 1m30s?");
	expect_error(HEAD "  - title: A\n    hold: 2 minutos\n", 5, 11,
		     "hold: '2 minutos' is not a duration; did you mean 2m?");
	expect_error(HEAD "  - title: A\n    hold: 25h\n", 5, 11, "hold: '25h' is too long: at most a day (24h)");
	expect_error(HEAD "  - title: A\n    hold: 0s\n", 5, 11, "hold: must be longer than 0");
	/* The guess is not one that would be refused in turn. */
	expect_error(HEAD "  - title: A\n    hold: 0 sec\n", 5, 11,
		     "hold: '0 sec' is not a duration, and must be longer than 0 (such as 4s, 30s or 1m30s)");
	expect_error("title: T\narea: feet\nbreathing: {inhale: 0 s, exhale: 6s}\nsteps: [{title: A, hold: 3}]\n",
		     3, 21, "inhale: '0 s' is not a duration, and must be longer than 0");
	expect_error(HEAD "  - title: A\n    prep: 0 sec\n    hold: 30\n", 5, 11,
		     "prep: '0 sec' is not a duration; did you mean 0s?");
	expect_error(HEAD "  - title: A\n    hold: 30s\n    prompts: [{at: 30s, say: Hi}]\n", 6, 20,
		     "at: 30s is not inside the hold of 30s");
}

static void test_empty_steps(void **state)
{
	expect_error("title: T\narea: feet\nsteps: []\n", 3, 8, "steps: the list is empty");
}

static void test_missing_keys(void **state)
{
	expect_error("area: feet\nsteps: [{title: A, hold: 3}]\n", 1, 1, "the routine: missing 'title'");
	expect_error("title: T\nsteps: [{title: A, hold: 3}]\n", 1, 1, "the routine: missing 'area'");
	expect_error("title: T\narea: feet\n", 1, 1, "the routine: missing 'steps'");
	expect_error(HEAD "  - hold: 3\n", 4, 5, "a step: missing 'title'");
	expect_error(HEAD "  - title: A\n", 4, 5, "a step: missing 'hold'");
	expect_error("title:\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 7, "title: expected text, got nothing");
}

static void test_duplicate_key(void **state)
{
	expect_error(HEAD "  - title: A\n    hold: 3\n    hold: 4\n", 6, 5,
		     "duplicate key 'hold' in a step (first given on line 5)");
	/* A second step that lost its "- ": its first key again. */
	expect_error(HEAD "  - title: A\n    hold: 3\n    title: B\n    hold: 4\n", 6, 5,
		     "duplicate key 'title' in a step (first given on line 4); if a new step "
		     "starts here, begin it with '- '");
	struct diags d = { 0 };
	assert_null(load(HEAD "  - title: A\n    hold: 3\n    hold: 4\n", &d));
	assert_null(strstr(d.v[0].msg, "begin it with"));
	diags_free(&d);
	assert_null(load("title: T\ntitle: U\narea: feet\nsteps: [{title: A, hold: 3}]\n", &d));
	assert_null(strstr(d.v[0].msg, "begin it with")); /* the routine is no item */
	diags_free(&d);
}

static void test_bad_enums(void **state)
{
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: middle\n", 6, 11,
		     "side: 'middle' is not one of left, right, both, none");
	expect_error(HEAD "  - title: A\n    hold: 3\n    pressure: hard\n", 6, 15,
		     "pressure: 'hard' is not one of light, moderate, firm");
	expect_error("title: T\narea: feet\naudience: [adult, baby]\nsteps: [{title: A, hold: 3}]\n", 3, 19,
		     "audience: 'baby' is not one of adult, teen, kid");
	expect_error("title: T\narea: feet\naudience: [kids]\nsteps: [{title: A, hold: 3}]\n", 3, 12,
		     "audience: 'kids' is not one of adult, teen, kid; did you mean 'kid'?");
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: lefft\n", 6, 11,
		     "side: 'lefft' is not one of left, right, both, none; did you mean 'left'?");
	/* A first letter, as a chart writes it: the one name it begins. */
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: L\n", 6, 11,
		     "side: 'L' is not one of left, right, both, none; did you mean 'left'?");
	expect_error(HEAD "  - title: A\n    hold: 3\n    pressure: m\n", 6, 15,
		     "pressure: 'm' is not one of light, moderate, firm; did you mean 'moderate'?");
	/* with accents, as French writes it: near as it is without them */
	expect_error(HEAD "  - title: A\n    hold: 3\n    pressure: mod\u00E9r\u00E9e\n", 6, 15,
		     "pressure: 'mod\u00E9r\u00E9e' is not one of light, moderate, firm; did you mean "
		     "'moderate'?");
	/* In capitals, or several written as one text: what to write. */
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: BOTH\n", 6, 11,
		     "side: 'BOTH' is not one of left, right, both, none; did you mean 'both'?");
	expect_error(HEAD "  - title: A\n    hold: 3\n    pressure: LIGHT\n", 6, 15,
		     "; did you mean 'light'?");
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: left, right\n", 6, 11,
		     "side: 'left, right' is not one of left, right, both, none; for both sides, "
		     "write both");
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: both sides\n", 6, 11,
		     "; for both sides, write both");
	/* a list, as the text it would be: told the same */
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: [left, right]\n", 6, 11,
		     "side: 'left, right' is not one of left, right, both, none; for both sides, "
		     "write both");
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: [left, left]\n", 6, 11,
		     "; side takes one of them");
	expect_error(HEAD "  - title: A\n    hold: 3\n    pressure: [light, firm]\n", 6, 15,
		     "; pressure takes one of them");
	expect_error(HEAD "  - title: A\n    hold: 3\n    pressure: [hard]\n", 6, 15,
		     "pressure: 'hard' is not one of light, moderate, firm");
	/* ...whole within 60 columns; longer, cut there, not in a character */
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: [\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9"
		     "\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9"
		     "\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9\u00E9, "
		     "left, right]\n", 6, 11, "\u00E9\u00E9, left, right' is not one of left, right, both, none");
	char many[256] = HEAD "  - title: A\n    hold: 3\n    side: [";
	for (int i = 0; i < 70; i++)
		strcat(many, "\u00E9");
	strcat(many, ", left, right]\n");
	char cut[256] = "'";
	for (int i = 0; i < 60; i++)
		strcat(cut, "\u00E9");
	strcat(cut, "\u2026' is not one of left"); /* 60 columns, then the ellipsis */
	expect_error(many, 6, 11, cut);
	/* ...one right word in brackets, told to leave them off; none, what it takes */
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: [both]\n", 6, 11,
		     "side: expected one word, got a list; write it without the brackets: side: both");
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: []\n", 6, 11,
		     "side: expected one of left, right, both, none, got a list");
	expect_error(HEAD "  - title: A\n    hold: 3\n    side: [[left], right]\n", 6, 11,
		     "side: expected one of left, right, both, none, got a list");
	expect_error(HEAD "  - title: A\n    hold: 3\n    pressure: light and moderate\n", 6, 15,
		     "; pressure takes one of them");
	expect_error("title: T\narea: feet\naudience: adult, teen\nsteps: [{title: A, hold: 3}]\n",
		     3, 11, "audience: 'adult, teen' is not one of adult, teen, kid; for more than "
			    "one, write a list: [adult, teen]");
	expect_error("title: T\narea: Feet!\nsteps: [{title: A, hold: 3}]\n", 2, 7,
		     "area: expected one lowercase word");
	expect_error("title: T\narea: füße\nsteps: [{title: A, hold: 3}]\n", 2, 7,
		     "area: expected one lowercase word (letters a to z)");
	/* No area at all would read in the history as a stop in every area. */
	expect_error("title: T\narea: \"\"\nsteps: [{title: A, hold: 3}]\n", 2, 7,
		     "area: expected text, got an empty text");
	const char *no_word[] = { "\"-\"", "\"---\"", "-feet", "feet-", "a--b" };
	for (size_t i = 0; i < sizeof no_word / sizeof *no_word; i++) {
		char text[128];
		snprintf(text, sizeof text, "title: T\narea: %s\nsteps: [{title: A, hold: 3}]\n", no_word[i]);
		expect_error(text, 2, 7, "area: expected one lowercase word");
	}
	expect_error("title: T\narea: Upper back\nsteps: [{title: A, hold: 3}]\n", 2, 7,
		     "or words joined by dashes; did you mean 'upper-back'?");
	/* German's umlauts as the man page writes them; another mark left off */
	expect_error("title: T\narea: F\u00FC\u00DFe\nsteps: [{title: A, hold: 3}]\n", 2, 7,
		     "did you mean 'fuesse'?");
	expect_error("title: T\narea: oberer r\u00FCcken\nsteps: [{title: A, hold: 3}]\n", 2, 7,
		     "did you mean 'oberer-ruecken'?");
	expect_error("title: T\narea: \u00E9paules\nsteps: [{title: A, hold: 3}]\n", 2, 7,
		     "did you mean 'epaules'?");
	struct diags d = { 0 };
	struct routine *r = load("title: T\narea: upper-back\nsteps: [{title: A, hold: 3}]\n", &d);
	assert_non_null(r);
	routine_free(r);
	diags_free(&d);
}

static void test_aliases_rejected(void **state)
{
	expect_error("title: &t T\narea: feet\nsteps: [{title: *t, hold: 3}]\n", 1, 8,
		     "anchors and aliases are not supported");
	expect_error("title: T\narea: feet\nsteps:\n  - &s {title: A, hold: 3}\n  - *s\n", 4, 5,
		     "anchors and aliases are not supported");
}

/* "!NO pressure" would show as "pressure": YAML takes !NO for a tag. */
static void test_a_text_starting_with_a_bang_is_refused(void **state)
{
	expect_error("title: T\narea: feet\nsafety:\n  - !NO pressure on the kneecap.\n"
		     "steps: [{title: A, hold: 3s}]\n",
		     4, 5, "YAML reads '!NO' as a tag");
	expect_error("title: Pi\u00E8d\narea: feet\nsafety:\n  - !NO pressure on the kneecap.\n"
		     "steps: [{title: A, hold: 3s}]\n",
		     4, 5, "YAML reads '!NO' as a tag"); /* a letter beyond ASCII before it */
	expect_error("title: T\narea: feet\nsteps: [{title: A, hold: 3, avoid: !!Never the knee}]\n",
		     3, 36, "'!!Never' as a tag, and the text would lose it: a text that starts "
			    "with '!' must be in quotes");
	struct diags d = { 0 };
	struct routine *r = load("title: T\narea: feet\n"
				 "safety: ['!NO pressure']\nsteps: [{title: A, hold: 3s}]\n", &d);
	assert_non_null(r);
	assert_int_equal(d.errors, 0);
	assert_string_equal(r->safety.v[0], "!NO pressure");
	routine_free(r);
	/* YAML's own tags lose nothing: written on purpose, they stand. */
	r = load("title: T\narea: feet\nsummary: !!str 123\nsteps: !!seq [{title: A, hold: !!str 3s}]\n", &d);
	assert_non_null(r);
	assert_int_equal(d.errors, 0);
	assert_string_equal(r->summary, "123");
	routine_free(r);
}

/* A text that starts with a mark YAML reads (Markdown's *, a handle's @)
 * is told to go in quotes, in the words of the line it is on. */
static void test_a_text_that_starts_with_a_mark_is_told_to_be_quoted(void **state)
{
	const char *step = HEAD "  - title: A\n    hold: 3\n";
	const char *cases[][2] = {
		{ "    instruction: *gently* roll\n", "; a text that starts with '*' must be in quotes: \"*gently* roll\"" },
		{ "    instruction: @client: roll\n", "must be in quotes: \"@client: roll\"" },
		{ "    instruction: `roll`\n", "; a text that starts with '`' must be in quotes" },
		{ "    instruction: %50 pressure\n", "; a text that starts with '%' must be in quotes" },
		{ "    instruction: [Left] side first\n", "starts with '[' must be in quotes" },
		{ "    instruction: > roll slowly\n", "starts with '>' must be in quotes" },
		{ "    instruction: - roll slowly\n", "starts with '-' must be in quotes" },
		/* inside { } and [ ], as prompts are written */
		{ "    prompts: [{at: 1s, say: *slow*}]\n", "must be in quotes: \"*slow*\"" },
		{ "    prompts: [{at: 1s, say: @you, now}]\n", "must be in quotes: \"@you\"" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *text = xasprintf("%s%s", step, cases[i][0]);
		struct diags d = { 0 };
		assert_null(load(text, &d));
		bool said = false;
		for (size_t k = 0; k < d.n; k++)
			said |= d.v[k].line == 6 && strstr(d.v[k].msg, cases[i][1]) != NULL;
		if (!said) {
			diags_print(&d, stderr);
			fail_msg("%s: not told '%s'", cases[i][0], cases[i][1]);
		}
		diags_free(&d);
		free(text);
	}
	/* A Markdown bullet is a list's item gone wrong, not a text. */
	expect_error("title: T\narea: feet\nsafety:\n  * Keep it light.\nsteps: [{title: A, hold: 3}]\n",
		     4, 4, "; line 4 starts with '* ': an item of a list starts with '- ' (a hyphen)");
	expect_error(HEAD "  - title: A\n    hold: 3\n    instruction: &x roll\n", 6, 18,
		     "put a text that starts with '&' or '*' in quotes");
	/* "#1 Keep it light.": YAML leaves out all of it as a comment. */
	expect_error("title: T\narea: feet\nsafety:\n  - #1 Keep it light.\nsteps: [{title: A, hold: 3}]\n",
		     4, 5, "safety: expected text, got nothing: the '#' starts a comment, which YAML "
			   "leaves out to the end of the line; put the whole text in quotes");
	/* A comment meant as one, after a key left empty: no quotes asked for. */
	struct diags d = { 0 };
	assert_null(load(HEAD "  - title: A\n    hold: 3s\n    avoid:   # none yet\n", &d));
	assert_int_equal(d.errors, 1);
	assert_string_equal(d.v[0].msg, "avoid: expected text, got nothing");
	diags_free(&d);
}

static void test_syntax_error(void **state)
{
	expect_error("title: T\narea: [feet\nsteps: []\n", 3, 6, "YAML syntax:");
	expect_error("title: T\n  area: feet\n", 2, 7, "YAML syntax: mapping values are not allowed");
	/* The two a hand-written routine meets most say what to do. */
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold: 3\n    instruction: Ball: arch\n",
		     6, 22, "; put text that has ': ' in it in quotes");
	expect_error("title: T\narea: feet\nsteps:\n\t- {title: A, hold: 3}\n", 4, 1,
		     "; indent with spaces, not tabs");
	/* Indentation: each mistake is named, and no quotes are asked for. */
	const char *step = "title: T\narea: feet\nsteps:\n  - title: A\n";
	char *more = xasprintf("%s    prep: 3s\n\n      hold: 3\n", step);
	expect_error(more, 7, 11, "; line 7 is indented more than line 5, so YAML reads it as "
		     "more of line 5's value: line them up");
	free(more);
	char *less = xasprintf("%s    prep: 3s\n   hold: 3\n", step);
	expect_error(less, 6, 4, "; check the indentation: line 6 starts at column 4, "
		     "line 5's text at column 5");
	free(less);
	/* A stray space before the first key: the rest are not the mapping's. */
	expect_error(" title: T\narea: neck\nsteps:\n  - title: S\n    hold: 30\n", 2, 1,
		     "YAML syntax: did not find expected <document start>; check the indentation: "
		     "line 2 starts at column 1, line 1 at column 2: the keys at the top of the "
		     "file must all start in the same column");
	expect_error("# a comment\n---\n  title: T\n  area: neck\n steps: [{title: S, hold: 3}]\n",
		     5, 2, "; check the indentation: line 5 starts at column 2, line 3 at column 3");
	expect_error("title: T\narea: feet\nsteps:\n  -title: A\n    hold: 3\n", 5, 9,
		     "; put a space after the '-' on line 4");
	expect_error(HEAD "  - title: A\n    hold: 3\n  -title: B\n    hold: 3\n", 6, 3,
		     "; put a space after the '-' on line 6");
	/* A key that lost its ':', a list that lost its ',', a tab on an
	 * empty line. */
	expect_error(HEAD "  - title: A\n    hold 30s\n", 5, 5,
		     "; a key ends with ':' and a space ('hold: ...'); if line 5 is more of the "
		     "text above, indent it past that text's key");
	expect_error(HEAD "  - title: A\n    hold: 3\n    prompts: [{at: 1s, say: x} {at: 2s, say: y}]\n",
		     6, 32, "; inside [ ], a ',' goes between items and a ']' ends the list");
	expect_error("title: T\narea: feet\n\t\nsteps: [{title: A, hold: 3}]\n", 3, 1,
		     "; line 3 looks empty but holds a tab, which YAML does not allow there: "
		     "delete the blanks on that line");
	/* A key two columns short: under the '-', not a new step. */
	expect_error(HEAD "  - title: A\n    side: both\n  hold: 30s\n", 6, 3,
		     "; line 6 starts under line 4's '-': to keep it in that item, start it at "
		     "column 5, as line 4's text does");
	/* A step that lost its "- ", its keys left as they were. */
	expect_error(HEAD "  - title: A\n    hold: 3\n  title: B\n    hold: 3\n", 6, 3,
		     "; a new item of the list starts with '- ': begin line 6 with '- ', as line 4 does");
	/* Told where the mistake is, not where libyaml gave up on it. */
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold:60s\n    avoid: x\n", 5, 5,
		     "; put a space after the ':' on line 5");
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold:60s\n", 5, 5,
		     "; put a space after the ':' on line 5");
	/* A colon further in is no key's: a text's line that lost its indent. */
	struct diags d = { 0 };
	assert_null(load("title: A\nsummary: long text\nsee http://x.org\narea: neck\n"
			 "steps: [{title: A, hold: 3}]\n", &d));
	assert_true(d.errors > 0);
	for (size_t i = 0; i < d.n; i++)
		if (strstr(d.v[i].msg, "put a space after the ':'"))
			fail_msg("a URL taken for a key: %s", d.v[i].msg);
	diags_free(&d);
	expect_error("title: \"Unclosed\narea: feet\nsteps:\n  - title: A\n    hold: 3\n", 1, 8,
		     "YAML syntax: a quote that starts here is never closed");
	/* "title:Pied", "title :Pied": the key's line named, not the next */
	expect_error("title:Pied\narea: feet\nsteps: [{title: A, hold: 3s}]\n", 2, 5,
		     "mapping values are not allowed in this context; put a space after the ':' on "
		     "line 1");
	expect_error("title :Pied\narea: feet\nsteps: [{title: A, hold: 3s}]\n", 2, 5,
		     "put a space after the ':' on line 1");
	expect_error("title: 'Mike's neck'\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 14,
		     "; the text goes on after its closing quote: put all of it in quotes "
		     "(in '...', write a ' as '')");
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold: 3\n"
		     "    instruction: \"Gently\" press down\n", 6, 27, "goes on after its closing quote");
	/* the same with letters beyond ASCII before it (libyaml's marks count
	 * characters, not bytes), on the line and above it */
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold: 3\n"
		     "    avoid: 'Restez pr\u00E8s d'un mur.'\n", 6, 27, "goes on after its closing quote");
	expect_error("title: Pi\u00E8d \u00E9\u00E9\u00E9\u00E9\narea: feet\nsteps:\n  - title: A\n"
		     "    hold: 3\n    prompts: [{at: 1s, say: 'D\u00E9tendez l'arche.'}]\n", 6, 41,
		     "goes on after its closing quote");
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold: 30\n    prompts:\n"
		     "      - {at: 20s, say: Breathe: out slowly.}\n", 7, 31,
		     "; inside { }, put text that has ': ' or ',' in it in quotes");
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold: 30\n    prompts:\n"
		     "      - {at: 20s, say: Slow, then breathe.}\n", 7, 30,
		     "unknown key 'then breathe.' in a prompt; keys are one word: if this is the "
		     "rest of a text cut at a comma, put the whole text in quotes");
	expect_error("title: T\narea: feet\nsteps:\n  - title: A\n    hold: 30\n    prompts:\n"
		     "      - {at: 20s, say: Slow down, breathe}\n", 7, 35,
		     "unknown key 'breathe' in a prompt; if this is the rest of a text cut at a "
		     "comma, put the whole text in quotes");
}

/* A file saved in Latin-1 (or UTF-16): said so, at its first such byte,
 * not at the byte after it as libyaml has it. */
static void test_not_utf8(void **state)
{
	expect_error("title: Caf\xe9\narea: neck\nsteps:\n  - title: S\n    hold: 30\n", 1, 11,
		     "the file is not UTF-8 (byte 0xE9 here); save it as UTF-8 (an old Windows or "
		     "Latin-1 editor's: iconv -f WINDOWS-1252 -t UTF-8 converts it)");
	expect_error("title: Caf\xc3\xa9\r\narea: neck\r\nsummary: \xc3\xa9t\xe9\r\n"
		     "steps: [{title: S, hold: 3}]\r\n", 3, 12, "the file is not UTF-8 (byte 0xE9 here)");
	expect_error("title: \xc0\xaf\narea: neck\nsteps: [{title: S, hold: 3}]\n", 1, 8,
		     "the file is not UTF-8 (byte 0xC0 here)");
	/* UTF-16, as Notepad's "Unicode" saves it: named, with its way out */
	expect_error("\xff\xfet", 1, 1, "the file is UTF-16 (Notepad's \"Unicode\"); save it as UTF-8");
	static const char be[] = "\0t\0i\0t\0l\0e\0:"; /* no mark: a NUL beside each letter */
	struct diags d = { 0 };
	assert_null(routine_load_buffer("t.yaml", be, sizeof be - 1, &d));
	assert_true(d.n >= 1 && strstr(d.v[0].msg, "the file is UTF-16"));
	diags_free(&d);
}

static void test_errors_in_file_order(void **state)
{
	/* Checked prep first, then hold; told as the file has them. */
	struct diags d = { 0 };
	assert_null(load("title: T\narea: feet\nsteps:\n  - title: A\n    hold: 3x\n    prep: 5y\n", &d));
	char buf[1024] = "";
	FILE *f = fmemopen(buf, sizeof buf, "w");
	diags_print(&d, f);
	fclose(f);
	const char *hold = strstr(buf, "t.yaml:5:11: error: hold:");
	const char *prep = strstr(buf, "t.yaml:6:11: error: prep:");
	assert_non_null(hold);
	assert_non_null(prep);
	assert_true(hold < prep);
	diags_free(&d);
}

static void test_byte_order_mark(void **state)
{
	/* Some Windows editors start a file with one: it is no part of the text,
	 * and the lines and columns after it are as the editor shows them. */
	struct diags d = { 0 };
	struct routine *r = load("\xef\xbb\xbftitle: BOM\narea: feet\nsteps: [{title: A, hold: 3}]\n", &d);
	assert_non_null(r);
	assert_string_equal(r->title, "BOM");
	routine_free(r);
	diags_free(&d);
	expect_error("\xef\xbb\xbftitle: BOM\narea: feet\nsteps: [{title: A, hodl: 3}]\n", 3, 20,
		     "unknown key 'hodl'");
}

static void test_unknown_cue_named(void **state)
{
	expect_error("title: T\narea: feet\nsounds: {boop: x.wav}\nsteps: [{title: A, hold: 3}]\n", 3, 10,
		     "sounds: unknown cue 'boop'; expected one of prep");
	/* Every cue the man page lists, prompt too, and the one meant. */
	expect_error("title: T\narea: feet\nsounds: {promt: x.wav}\nsteps: [{title: A, hold: 3}]\n", 3, 10,
		     "sounds: unknown cue 'promt'; expected one of prep, hold, tick, switch, "
		     "step-done, done, stop, prompt, inhale, exhale; did you mean 'prompt'?");
}

static void test_control_characters(void **state)
{
	/* An escape that makes one: the escape. */
	expect_error("title: \"Feet \\e[31mred\"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 14,
		     "title: control character U+001B is not allowed");
	/* A raw bidi override in plain text: the column of the character. */
	expect_error("title: ab\xe2\x80\xae" "cd\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 10,
		     "title: U+202E, a right-to-left override (invisible), is not allowed in text: delete it");
	expect_error("title: \"x\\u0085y\"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 10,
		     "control character U+0085");
	/* An invisible mark in a folded text: its line and column, not the '>'
	 * (nor a mark in the comment after it, which is no part of the text). */
	expect_error(HEAD "  - title: S\n    hold: 30\n    instruction: > # \xe2\x80\x8f\n"
		     "      one\n      two \xe2\x80\x8fthree\n", 8, 11,
		     "instruction: U+200F, a right-to-left mark (invisible), is not allowed in text: delete it");
	expect_error("title: T\r\narea: feet\r\nsummary: |\r\n  caf\xc3\xa9\r\n  \xc3\xa9 \xe2\x80\x8e\r\n"
		     "steps: [{title: A, hold: 3}]\r\n", 5, 5, "summary: U+200E, a left-to-right mark (invisible)");
	/* Quoted over lines, after escapes and non-ASCII: where the editor has it. */
	expect_error("title: \"\\u00e9t\\\n  \\\\ \xc3\xa9\\t\xe2\x80\xad\"\narea: feet\n"
		     "steps: [{title: A, hold: 3}]\n", 2, 9, "title: U+202D, a left-to-right override (invisible)");
	expect_error("title: 'it''s \xe2\x80\x8f'\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 15,
		     "title: U+200F, a right-to-left mark (invisible)");
	/* Each mark for the direction of text by its name; other controls by their code. */
	expect_error("title: \"\\u061C \\u2068x\"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 9,
		     "title: U+061C, an Arabic letter mark (invisible), is not allowed in text: delete it");
	expect_error("title: \"a\\u2069\"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 10,
		     "title: U+2069, a pop directional isolate (invisible)");
	expect_error("title: \"a\\u202C\"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 10,
		     "title: U+202C, a pop directional formatting (invisible)");
	/* Invisible too, and a title of them was a blank row that moved columns. */
	expect_error("title: \"A\\u2028B\"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 10,
		     "title: U+2028, a line separator (invisible)");
	expect_error("title: A\xef\xbf\xb9" "B\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 9,
		     "title: U+FFF9, an interlinear annotation mark (invisible)");
	expect_error("title: T\narea: feet\nsteps: [{title: A, hold: 3, avoid: \"a\\nb\\x9b\"}]\n", 3, 41,
		     "avoid: control character U+009B");
	expect_error("title: \"\\0\"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 8,
		     "NUL character");
	expect_error("title: \"  \"\narea: feet\nsteps: [{title: A, hold: 3}]\n", 1, 8,
		     "title: expected text, got only blanks");
}

/* Long text folded with > or kept with |, as YAML writers do: its line
 * breaks are spaces (the screens wrap it). A file name stays one line. */
static void test_block_text_is_one_line(void **state)
{
	struct diags d = { 0 };
	struct routine *r = load("title: T\narea: feet\nsummary: >\n  Loosen the feet\n  after a run.\n"
				 "steps:\n  - title: A\n    hold: 3s\n    instruction: |\n"
				 "      Roll slowly.\n\n      Then  rest.\n", &d);
	assert_non_null(r);
	assert_int_equal(d.n, 0);
	assert_string_equal(r->summary, "Loosen the feet after a run.");
	assert_string_equal(r->steps[0].instruction, "Roll slowly. Then  rest."); /* its own spaces kept */
	routine_free(r);
	diags_free(&d);
	expect_error("title: T\narea: feet\nsounds:\n  hold: |\n    bell.oga\n"
		     "steps: [{title: A, hold: 3}]\n", 4, 9, "hold: expected one line of text, got a line break");
}

/* A tab in text is a space once loaded: the screens count it as one column
 * and a terminal would jump to the next tab stop. */
static void test_tabs_become_spaces(void **state)
{
	struct diags d = { 0 };
	struct routine *r = load("title: \"Feet\\tand calves\"\narea: feet\n"
				 "steps: [{title: A, hold: 3, instruction: \"Roll\\t\\tslowly\"}]\n", &d);
	assert_non_null(r);
	assert_string_equal(r->title, "Feet and calves");
	assert_string_equal(r->steps[0].instruction, "Roll  slowly");
	routine_free(r);
	diags_free(&d);
}

static void test_bounds(void **state)
{
	/* A string over the limit. */
	char *big = xmalloc(ROUTINE_MAX_STRING + 200);
	int n = sprintf(big, "title: ");
	memset(big + n, 'a', ROUTINE_MAX_STRING + 1);
	strcpy(big + n + ROUTINE_MAX_STRING + 1, "\narea: feet\nsteps: [{title: A, hold: 3}]\n");
	expect_error(big, 1, 8, "title: text is 2001 bytes long; the limit is 2000");
	free(big);
	/* Too many steps. */
	size_t cap = 64 * (ROUTINE_MAX_STEPS + 2);
	char *many = xmalloc(cap);
	size_t used = (size_t)sprintf(many, "title: T\narea: feet\nsteps:\n");
	for (int i = 0; i <= ROUTINE_MAX_STEPS; i++)
		used += (size_t)sprintf(many + used, "  - {title: S, hold: 3}\n");
	expect_error(many, 4 + ROUTINE_MAX_STEPS, 5, "steps: too many items (more than 200)");
	free(many);
	/* Any other list: 50 items. */
	char *eq = xmalloc(4096);
	used = (size_t)sprintf(eq, "title: T\narea: feet\nequipment:\n");
	for (int i = 0; i <= ROUTINE_MAX_LIST; i++)
		used += (size_t)sprintf(eq + used, "  - ball\n");
	sprintf(eq + used, "steps: [{title: A, hold: 3}]\n");
	expect_error(eq, 4 + ROUTINE_MAX_LIST, 5, "equipment: too many items (51); the limit is 50");
	free(eq);
	/* Nesting. */
	expect_error("title: T\narea: feet\nsteps: [[[[[[[[[[1]]]]]]]]]]\n", 3, 15, "nested too deeply");
	/* The whole file. */
	struct diags d = { 0 };
	char *huge = xcalloc(ROUTINE_MAX_FILE_BYTES + 2, 1);
	memset(huge, '#', ROUTINE_MAX_FILE_BYTES + 1);
	assert_null(routine_load_buffer("huge.yaml", huge, ROUTINE_MAX_FILE_BYTES + 1, &d));
	assert_non_null(strstr(d.v[0].msg, "the limit is 262144"));
	free(huge);
	diags_free(&d);
}

static void test_documents(void **state)
{
	expect_error("", 1, 1, "the file is empty");
	expect_error("# only a comment\n", 1, 1, "the file is empty");
	expect_error("title: T\narea: feet\nsteps: [{title: A, hold: 3}]\n---\ntitle: U\n", 4, 1,
		     "one routine per file");
}

static void test_warnings(void **state)
{
	struct diags d = { 0 };
	struct routine *r = load("title: T\narea: feet\naudience: [kid]\nsteps:\n"
				 "  - {title: A, hold: 3m, pressure: firm}\n", &d);
	assert_non_null(r); /* warnings do not fail a routine */
	assert_int_equal(d.errors, 0);
	assert_int_equal(d.warnings, 3);
	assert_int_equal(d.v[0].line, 5);
	assert_int_equal(d.v[0].col, 22);
	assert_non_null(strstr(d.v[0].msg, "hold of 3m is over 2 minutes"));
	assert_non_null(strstr(d.v[1].msg, "hold of 3m in a routine for kids alone: kid mode cuts it to 30s"));
	assert_int_equal(d.v[2].col, 36);
	assert_non_null(strstr(d.v[2].msg, "pressure: firm in a routine for kids"));
	routine_free(r);
	diags_free(&d);
	/* "hold: 2" may have been meant as minutes: a short hold with no unit
	 * is told what it is; with its unit, or long enough to be meant, not. */
	routine_free(expect_warning(HEAD "  - title: A\n    hold: 2\n", 5, 11,
				    "hold: 2 is 2 seconds; write 2s to say so, or 2m for minutes"));
	expect_clean(HEAD "  - title: A\n    hold: 2s\n");
	routine_free(expect_warning(HEAD "  - title: A\n    hold: 1\n", 5, 11,
				    "hold: 1 is 1 second; write 1s to say so, or 1m for minutes"));
	expect_clean(HEAD "  - title: A\n    hold: 30\n");
	/* A sentence with a comma in a [ ] list is two notes: said, where the
	 * second begins. Quoted, or two sentences, or equipment's words, not. */
	routine_free(expect_warning("title: T\narea: feet\nsafety: [Stop at once on numbness, tingling "
				    "or sharp pain.]\nsteps:\n  - {title: A, hold: 3s}\n", 3, 36,
				    "safety: a comma in a [ ] list ends an item, so this goes on from the "
				    "one before as a note of its own; put that sentence in quotes"));
	expect_clean("title: T\narea: feet\nsafety: [\"Stop at once on numbness, tingling or sharp "
		     "pain.\"]\naftercare: [Drink water., walk a little.]\nequipment: [foam roller, "
		     "yoga mat]\nsteps:\n  - {title: A, hold: 3s}\n");
	/* ...nor where one of the two is quoted: split so on purpose */
	expect_clean("title: T\narea: feet\nsafety: [Roll slowly, \"keep off the knee, always\"]\n"
		     "aftercare: [\"Drink water, then rest\", walk a little]\nsteps:\n"
		     "  - {title: A, hold: 3s}\n");
	/* For kids alone, a hold is always cut to 30 s: a longer one, and a
	 * prompt after 30 s that is never said, are told; for kids and adults
	 * the hold runs as written unless --kid, and nothing is told. */
	for (int alone = 0; alone < 2; alone++) {
		d = (struct diags){ 0 };
		r = load(alone ? "title: T\narea: feet\naudience: [kid]\nsteps:\n"
				 "  - {title: A, hold: 90s, prompts: [{at: 20s, say: a}, {at: 60s, say: b}]}\n" :
				 "title: T\narea: feet\naudience: [adult, kid]\nsteps:\n"
				 "  - {title: A, hold: 90s, prompts: [{at: 20s, say: a}, {at: 60s, say: b}]}\n",
			 &d);
		assert_non_null(r);
		assert_int_equal(d.warnings, alone ? 2 : 0);
		if (alone) {
			assert_non_null(strstr(d.v[0].msg, "hold of 1m30s in a routine for kids alone"));
			assert_int_equal(d.v[1].col, 61);
			assert_non_null(strstr(d.v[1].msg, "at: 1m is past the 30s a kid's hold lasts: never said"));
		}
		routine_free(r);
		diags_free(&d);
	}
	/* An instruction longer than a hold has room for at 80x24; words that
	 * fit say nothing. */
	char text[1200], yaml[1400];
	for (int n = 0; n < 2; n++) {
		memset(text, 'a', sizeof text);
		size_t len = n ? ROUTINE_WARN_INSTRUCTION_COLS + 1 : ROUTINE_WARN_INSTRUCTION_COLS;
		for (size_t i = 9; i < len; i += 10)
			text[i] = ' ';
		text[len] = '\0';
		snprintf(yaml, sizeof yaml, "title: T\narea: feet\nsteps:\n  - title: A\n    hold: 30s\n"
			 "    instruction: %s\n", text);
		d = (struct diags){ 0 };
		r = load(yaml, &d);
		assert_non_null(r);
		assert_int_equal(d.warnings, n);
		if (n)
			assert_non_null(strstr(d.v[0].msg, "instruction: 481 characters; an 80x24 hold"));
		routine_free(r);
		diags_free(&d);
	}
	/* A prompt past a glance, an avoid line a small screen would drop. */
	for (int n = 0; n < 2; n++) {
		size_t len = n ? ROUTINE_WARN_PROMPT_COLS + 1 : ROUTINE_WARN_PROMPT_COLS;
		memset(text, 'a', len);
		for (size_t i = 9; i < len; i += 10)
			text[i] = ' ';
		text[len] = '\0';
		char both[2 * sizeof text + 200];
		snprintf(both, sizeof both, "title: T\narea: feet\nsteps:\n  - title: A\n    hold: 30s\n"
			 "    avoid: %s\n    prompts: [{at: 5s, say: %s}]\n", text, text);
		d = (struct diags){ 0 };
		r = load(both, &d);
		assert_non_null(r);
		assert_int_equal(d.warnings, 2 * n);
		if (n) {
			assert_non_null(strstr(d.v[0].msg, "avoid: 151 columns wide; a small screen shows it "
							   "whole or not at all: keep it under 150"));
			assert_non_null(strstr(d.v[1].msg, "say: 151 columns wide; a prompt is read at a "
							   "glance mid-hold"));
		}
		routine_free(r);
		diags_free(&d);
	}
}

/* An item indented past the one above is more of its text: told. */
static void test_dash_inside_text(void **state)
{
	struct routine *r = expect_warning(
		"title: T\narea: feet\nsafety:\n  - Keep off the knee.\n   - Stop on numbness.\n"
		"  - Breathe.\nsteps: [{title: A, hold: 3s}]\n", 5, 4,
		"safety: line 5 starts with '- ', but YAML reads it as more of line 4's text; if it "
		"is an item of its own, line its '-' up with the one above");
	assert_int_equal(r->safety.n, 2);
	assert_string_equal(r->safety.v[0], "Keep off the knee. - Stop on numbness.");
	routine_free(r);
	/* "-Keep ... -Stop ...": a list meant, one text read. */
	routine_free(expect_warning("title: T\narea: feet\nsafety:\n  -Keep a hand on a wall.\n"
				    "  -Stop at once.\nsteps: [{title: A, hold: 3s}]\n", 4, 3,
				    "safety: the text starts with '-' and no space after it, so it is "
				    "not a list; for a list, put a space after each '-'"));
	/* A dash inside a line, a quoted text over lines, or a text that is
	 * in no list, is no item indented too far. */
	expect_clean("title: T\narea: feet\nsummary: Roll\n  - slowly.\nsteps: [{title: A, hold: 3s}]\n");
	expect_clean("title: T\narea: feet\nsafety:\n  - Keep off - the knee,\n    and -5 degrees.\n"
		     "  - \"Stop\n   - now.\"\nsteps: [{title: A, hold: 3s}]\n");
}

/* Two prompts at one time: the screen shows one prompt, so the first
 * would never be seen. */
static void test_prompts_at_one_time(void **state)
{
	routine_free(expect_warning(HEAD "  - title: A\n    hold: 30\n    prompts:\n"
				    "      - {at: 3s, say: First.}\n      - {at: 10s, say: Other.}\n"
				    "      - {at: 3, say: Second.}\n", 9, 14,
				    "at: the prompt on line 7 is at 3s too, and the screen shows one "
				    "prompt at a time: only this one would be seen; give each its own "
				    "time"));
}

/* " #" ends plain text and starts a comment: the words after it are lost,
 * so the author is told where. Quoted text, "#" inside a word and comments
 * after numbers are fine. */
static void test_comment_cuts_text(void **state)
{
	struct diags d = { 0 };
	struct routine *r = load("title: T\narea: feet\nsteps:\n"
				 "  - title: \"Arch # 1\"\n"
				 "    hold: 30s # longer later\n"
				 "    avoid: the lower back, C#\n"
				 "    instruction: Roll the b\xc3\xa4" "ck  # not the lower back\n", &d);
	assert_non_null(r);
	assert_string_equal(r->steps[0].instruction, "Roll the b\xc3\xa4" "ck");
	assert_int_equal(d.warnings, 1);
	assert_int_equal(d.v[0].line, 7);
	assert_int_equal(d.v[0].col, 33); /* the '#', in characters */
	assert_non_null(strstr(d.v[0].msg, "instruction: the text ends before ' #'"));
	routine_free(r);
	diags_free(&d);
	/* Names are no text to lose words from (quoting them would break them),
	 * a bare '#' loses nothing; lines broken by CR alone are lines too. */
	r = load("title: T\rarea: feet # soles\rsteps:\r  - title: A #\r    side: left # first\r"
		 "    hold: 30s\r    avoid: the lower back # not ever\r", &d);
	assert_non_null(r);
	assert_int_equal(d.warnings, 1);
	assert_int_equal(d.v[0].line, 7);
	assert_int_equal(d.v[0].col, 27);
	assert_non_null(strstr(d.v[0].msg, "avoid: "));
	routine_free(r);
	diags_free(&d);
}

static void test_file_errors(void **state)
{
	struct diags d = { 0 };
	assert_null(routine_load_file("/nonexistent/x.yaml", &d));
	assert_non_null(strstr(d.v[0].msg, "cannot open: No such file or directory"));
	assert_null(routine_load_file("/dev/null", &d));
	assert_non_null(strstr(d.v[1].msg, "not a regular file"));
	/* "all my routines": a folder is told how to name its files */
	assert_null(routine_load_file("/tmp/", &d));
	assert_string_equal(d.v[2].msg, "a folder, not a file: name the files in it (/tmp/*.yaml)");
	diags_free(&d);
}

/* Writes a routine padded with a comment to exactly size bytes; loads it. */
static struct routine *load_sized(size_t size, struct diags *d)
{
	static const char body[] = "title: T\narea: feet\nsteps: [{title: A, hold: 3s}]\n#";
	char path[] = "/tmp/unknot-size-XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	char *text = xmalloc(size);
	memset(text, 'x', size);
	memcpy(text, body, sizeof body - 1);
	text[size - 1] = '\n';
	assert_int_equal(write(fd, text, size), (ssize_t)size);
	close(fd);
	free(text);
	struct routine *r = routine_load_file(path, d);
	unlink(path);
	return r;
}

static void test_file_size_limit(void **state)
{
	struct diags d = { 0 };
	struct routine *r = load_sized(ROUTINE_MAX_FILE_BYTES, &d);
	assert_non_null(r); /* at the limit: read whole */
	assert_string_equal(r->title, "T");
	routine_free(r);
	assert_null(load_sized(ROUTINE_MAX_FILE_BYTES + 1, &d));
	assert_int_equal(d.n, 1);
	assert_non_null(strstr(d.v[0].msg, "file is over the limit of 262144 bytes"));
	diags_free(&d);
}

/* One rule for routine and preset files alike: the id is the file name
 * without its directory and without .yaml or .yml, nothing else. */
static void test_ids_from_file_names(void **state)
{
	static const char *const cases[][2] = {
		{ "routines/feet.yaml", "feet" }, { "/a/b/calves.yml", "calves" },
		{ "back", "back" }, { "x/morning.v2.yaml", "morning.v2" },
		{ "notes.txt", "notes.txt" }, { "dir.yaml/feet", "feet" }, { ".yaml", ".yaml" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *id = yaml_name_id(cases[i][0]);
		assert_string_equal(id, cases[i][1]);
		free(id);
	}
	assert_string_equal(yaml_name_suffix("feet.yml"), ".yml");
	assert_null(yaml_name_suffix("feet.yaml~"));
	assert_null(yaml_name_suffix(".yaml"));
}

static void test_printed_form(void **state)
{
	struct diags d = { 0 };
	assert_null(load(HEAD "  - title: A\n    hodl: 30s\n", &d));
	char buf[512] = "";
	FILE *f = fmemopen(buf, sizeof buf, "w");
	diags_print(&d, f);
	fclose(f);
	assert_non_null(strstr(buf, "t.yaml:5:5: error: unknown key 'hodl' in a step; did you mean 'hold'?\n"));
	diags_free(&d);
}

/* What a word processor, or a habit, puts in a routine written by hand:
 * the error says what is there and what to type instead. */
static void test_word_processor_slips(void **state)
{
	expect_error(HEAD "  - title: A\n    hold: 3s\n    prompts:\n"
		     "      - {at: 1s, say: \u201CSlow: one inch.\u201D}\n", 7, 28,
		     "line 7 has typographic quotes (\u201C), which YAML reads as letters: type "
		     "straight quotes (\") in their place");
	expect_error(HEAD "  - title: A\n    hold:\u00A03s\n", 5, 5,
		     "line 5 has a non-breaking space at column 10, which YAML does not read as a "
		     "space: type an ordinary space there");
	/* ...but one between two words is harmless: the line's own fault told */
	expect_error(HEAD "  - title: A\n    hold: 3s\n    instruction: Ruede\u00A0despacio: pare\n",
		     6, 32, "mapping values are not allowed in this context; put text that has ': ' "
		     "in it in quotes");
	expect_error(HEAD "  - title: A\n    hold: 3s\n    instruction: non-\u00A0stop: x\n", 6, 27,
		     "mapping values are not allowed in this context; put text that has ': ' "
		     "in it in quotes");
	/* The dashes are two lines above the line libyaml gives up on. */
	expect_error("title: T\narea: feet\nsafety:\n  \u2013 Sit down first.\n  \u2013 Go slow.\n"
		     "  - \"Keep off: work the arch\"\nsteps: [{title: A, hold: 3s}]\n", 6, 14,
		     "line 5 starts with '\u2013', which YAML reads as text: an item of a list "
		     "starts with '- ' (a hyphen)");
	routine_free(expect_warning("title: T\narea: feet\naftercare:\n  \u2022 Walk.\n  \u2022 Stretch.\n"
				    "steps: [{title: A, hold: 3s}]\n", 4, 3,
				    "aftercare: the text starts with '\u2022', which YAML reads as text, "
				    "not a list; for a list, start each item with '- ' (a hyphen)"));
	routine_free(expect_warning("title: T\narea: feet\naftercare:\n  \u25CF Walk.\n  \u25CF Stretch.\n"
				    "steps: [{title: A, hold: 3s}]\n", 4, 3,
				    "aftercare: the text starts with '\u25CF', which YAML reads as text, "
				    "not a list; for a list, start each item with '- ' (a hyphen)"));
	/* kana input's "-" is the long-vowel mark ー */
	routine_free(expect_warning("title: T\narea: feet\nsafety:\n  \u30FC \u8DB3\n  \u30FC \u624B\n"
				    "steps: [{title: A, hold: 3s}]\n", 4, 3,
				    "safety: the text starts with '\u30FC', which YAML reads as text, "
				    "not a list; for a list, start each item with '- ' (a hyphen)"));
	/* ... and typed after a '- ' that already makes an item */
	routine_free(expect_warning("title: T\narea: feet\nsafety:\n  - \u30FC \u8DB3\n"
				    "steps: [{title: A, hold: 3s}]\n", 4, 5,
				    "safety: the item starts with '\u30FC' after its '- ', which "
				    "already makes it an item: delete the '\u30FC'"));
	/* a list's "- " typed with a no-break space: one text */
	routine_free(expect_warning("title: T\narea: feet\nequipment:\n  -\u00A0ball\n  -\u00A0roller\n"
				    "steps: [{title: A, hold: 3s}]\n", 4, 3,
				    "equipment: the text starts with '-' and a non-breaking space, "
				    "which YAML does not read as a space, so it is not a list; type an "
				    "ordinary space after each '-'"));
	/* a clinician's numbered list; an instruction may be numbered steps */
	struct routine *r = expect_warning("title: T\narea: feet\nsafety:\n  1. Sit on a chair.\n"
					   "  2. Light pressure only.\nsteps: [{title: A, hold: 3s, "
					   "instruction: 1. Sit. 2. Roll.}]\n", 4, 3,
					   "safety: the text is numbered (1., 2., ...), which YAML reads "
					   "as one text, not a list; for a list, start each item with "
					   "'- ' (a hyphen)");
	assert_int_equal(r->safety.n, 1);
	routine_free(r);
	struct diags d = { 0 };
	r = load("title: T\narea: feet\nsteps: [{title: A, hold: 3s, instruction: 1. Sit. 2. Roll.}]\n", &d);
	assert_non_null(r);
	assert_int_equal(d.warnings, 0);
	routine_free(r);
	diags_free(&d);
	/* an input method's full-width mode: its space, its colon, its bullet */
	expect_error(HEAD "  - title: A\n  \u3000hold: 3s\n", 5, 3,
		     "line 5 has a full-width space at column 3, which YAML does not read as a space");
	expect_error(HEAD "  - title: A\n    hold\uFF1A3s\n", 5, 5,
		     "line 5 has a full-width colon (\uFF1A) at column 9, where YAML needs ':' and a space");
	expect_error(HEAD "  \u30FB title: A\n    hold: 3s\n", 5, 9,
		     "line 4 starts with '\u30FB', which YAML reads as text: an item of a list starts "
		     "with '- ' (a hyphen)");
	expect_error("title: T\narea: feet\nsafety:\n  - Important: keep off the heel.\n"
		     "steps: [{title: A, hold: 3s}]\n", 4, 5,
		     "safety: expected text, got a mapping; a text with ': ' in it reads as a key "
		     "and its value: put the whole text in quotes");
	expect_error("title: T\narea: feet\nsafety:\n  - \u201CKeep off: the heel\u201D\n"
		     "steps: [{title: A, hold: 3s}]\n", 4, 5,
		     "put the whole text in quotes (straight quotes, \", not \u201C \u201D)");
	/* Spanish and French quotes are letters too */
	expect_error(HEAD "  - title: A\n    hold: 3s\n    instruction: \u00ABAtenci\u00F3n\u00BB: "
		     "ruede despacio.\n", 6, 28,
		     "YAML syntax: mapping values are not allowed in this context; put text that "
		     "has ': ' in it in quotes; \u00AB \u00BB are letters to YAML, not quotes: put "
		     "the whole text in straight quotes (\"...\")");
	expect_error(HEAD "  - title: A\n    hold: 30s\n    prompts:\n"
		     "      - {at: 10s, say: \u00ABM\u00E1s despacio: 2 cm\u00BB}\n", 7, 37,
		     "inside { }, put text that has ': ' or ',' in it in quotes; \u00AB \u00BB are "
		     "letters to YAML, not quotes: put the whole text in straight quotes (\"...\")");
	expect_error(HEAD "  - title: A\n    hold: 30s\n    prompts:\n"
		     "      - {at: 10s, say: \u201AAtme, aus\u2018}\n", 7, 31,
		     "\u201A \u2018 are letters to YAML, not quotes");
	expect_error("title: T\narea: feet\nsafety:\n  - \u2039Ojo\u203A: despacio.\n"
		     "steps: [{title: A, hold: 3s}]\n", 4, 5,
		     "put the whole text in quotes; \u2039 \u203A are letters to YAML, not quotes: "
		     "put the whole text in straight quotes (\"...\")");
	expect_error(HEAD "  - title: A\n    hold: 3s\n    prompts:\n    - {at: 1s, say: a}\n"
		     "      - {at: 2s, say: b}\n", 8, 7,
		     "line 8's '- ' is indented past line 7's: line its '-' up with the one above");
	expect_error("{\\rtf1\\ansi {\\fonttbl {\\f0 Times;}}\n\\f0 title: T\\par\n}", 1, 1,
		     "this is an RTF file (a word processor's), not plain text: save it as plain "
		     "text (UTF-8), with a name that ends in .yaml");
	/* Another word for a key: the key meant, not the nearest spelling. */
	expect_error(HEAD "  - title: A\n    time: 3s\n", 5, 5,
		     "unknown key 'time' in a step; did you mean 'hold'?");
	expect_error("title: T\narea: feet\nbreath: {inhale: 4s, exhale: 6s}\nsteps: [{title: A, hold: 3s}]\n",
		     3, 1, "unknown key 'breath' in the routine; did you mean 'breathing'?");
}

/* Loads text as a preset and expects it rejected with an error at
 * line:col that says want, whole. */
static void expect_preset_error(const char *text, unsigned line, unsigned col, const char *want)
{
	struct diags d = { 0 };
	struct preset *p = preset_load_buffer("p.yaml", text, strlen(text), &d, false);
	assert_null(p);
	assert_int_equal(d.errors, 1);
	expect_only(&d, line, col, want);
}

/* A bullet for "- ", in a preset's routines as in a routine's lists. */
static void test_bullets(void **state)
{
	expect_preset_error("title: P\nroutines:\n  \u2022 feet\n  \u2022 calves\n", 3, 3,
			    "routines: expected a list of routine ids such as [feet, calves], got "
			    "text that starts with '\u2022', which YAML reads as text, not a list; "
			    "for a list, start each item with '- ' (a hyphen)");
	expect_preset_error("title: P\nroutines:\n  \u30FC feet\n  \u30FC calves\n", 3, 3,
			    "routines: expected a list of routine ids such as [feet, calves], got "
			    "text that starts with '\u30FC', which YAML reads as text, not a list; "
			    "for a list, start each item with '- ' (a hyphen)");
	expect_preset_error("title: P\nroutines:\n  \u30FBfeet\n  \u30FBcalves\n", 3, 3,
			    "routines: expected a list of routine ids such as [feet, calves], got "
			    "text that starts with '\u30FB', which YAML reads as text, not a list; "
			    "for a list, start each item with '- ' (a hyphen)");
	expect_preset_error("title: P\nroutines:\n  - \u2022 feet\n", 3, 5,
			    "routines: the item starts with '\u2022' after its '- ', which already "
			    "makes it an item: delete the '\u2022'");
	expect_preset_error("title: P\nroutines: [\u2022 feet]\n", 2, 12,
			    "routines: the id starts with '\u2022', which is no part of it: delete "
			    "the '\u2022'");
	expect_preset_error("title: P\nroutines: feet\n", 2, 11,
			    "routines: expected a list of routine ids such as [feet, calves], got text");
	/* a hyphen (U+2010) and a small hyphen-minus (U+FE63) */
	routine_free(expect_warning("title: T\narea: feet\nsafety:\n  \u2010 Sit.\n  \u2010 Go slow.\n"
				    "steps: [{title: A, hold: 3s}]\n", 4, 3,
				    "safety: the text starts with '\u2010', which YAML reads as text, "
				    "not a list; for a list, start each item with '- ' (a hyphen)"));
	routine_free(expect_warning("title: T\narea: feet\naftercare:\n  \uFE63\u6B69\u304F\n"
				    "  \uFE63\u4F11\u3080\nsteps: [{title: A, hold: 3s}]\n", 4, 3,
				    "aftercare: the text starts with '\uFE63', which YAML reads as text, "
				    "not a list; for a list, start each item with '- ' (a hyphen)"));
	expect_error("title: T\narea: feet\nsafety:\n  \u2010 Sit down first.\n  \u2010 Go slow.\n"
		     "  - \"Keep off: work the arch\"\nsteps: [{title: A, hold: 3s}]\n", 6, 14,
		     "line 5 starts with '\u2010', which YAML reads as text: an item of a list "
		     "starts with '- ' (a hyphen)");
	/* ■ ○ · ‒, ‣ ⁃ ► □ ✓ ➢ →, from a word processor's list */
	static const char *const more_bullets[] = { "\u25A0", "\u25CB", "\u00B7", "\u2012", "\u2023",
						    "\u2043", "\u25BA", "\u25A1", "\u2713", "\u27A2",
						    "\u2192" };
	for (size_t i = 0; i < sizeof more_bullets / sizeof *more_bullets; i++) {
		char *text = xasprintf("title: T\narea: feet\nsafety:\n  - %s Sit.\nsteps: [{title: A, hold: 3s}]\n",
				       more_bullets[i]);
		char *said = xasprintf("safety: the item starts with '%s' after its '- ', which already "
				       "makes it an item: delete the '%s'", more_bullets[i], more_bullets[i]);
		routine_free(expect_warning(text, 4, 5, said));
		free(text);
		free(said);
	}
	/* → or ✓ before one sentence is emphasis; before two, a list */
	expect_clean("title: T\narea: feet\nsteps:\n  - {title: A, hold: 3s, "
		     "instruction: \u2192 Roll from heel to toe.}\n");
	routine_free(expect_warning("title: T\narea: feet\nsafety: \u2713 Sit. \u2713 Breathe.\n"
				    "steps: [{title: A, hold: 3s}]\n", 3, 9,
				    "safety: the text starts with '\u2713', which YAML reads as text, "
				    "not a list; for a list, start each item with '- ' (a hyphen)"));
	/* a hyphen with no space after it is no bullet */
	expect_clean("title: T\narea: feet\nsafety: \u2010frei bleiben\nsteps: [{title: A, hold: 3s}]\n");
}

/* "1,5" in a [ ] list: a decimal comma, which ends an item there. */
static void test_decimal_comma_in_a_list(void **state)
{
	struct routine *r = expect_warning(
		"title: T\narea: feet\n"
		"safety: [No pase de 1,5 sobre 10 de molestia., Pare si nota hormigueo.]\n"
		"steps: [{title: A, hold: 3s}]\n", 3, 22,
		"safety: '1,5' in a [ ] list is two items, 'No pase de 1' and '5 sobre 10 de "
		"molestia.': a comma ends an item there; put the whole text in quotes (\"...\")");
	assert_int_equal(r->safety.n, 3); /* loaded as YAML reads it */
	routine_free(r);
	routine_free(expect_warning("title: T\narea: feet\nequipment: [pelota de 6,5 cm, rodillo]\n"
				    "steps: [{title: A, hold: 3s}]\n", 3, 24,
				    "equipment: '6,5' in a [ ] list is two items, 'pelota de 6' and "
				    "'5 cm': a comma ends an item there; put the whole text in quotes "
				    "(\"...\")"));
	/* columns count characters (á is one); a long item is cut near the comma */
	routine_free(expect_warning("title: T\narea: feet\naftercare: [Después de rodar sobre el pie "
				    "descanse entre 10,15 minutos antes de caminar o de volver a correr.]\n"
				    "steps: [{title: A, hold: 3s}]\n", 3, 60,
				    "aftercare: '10,15' in a [ ] list is two items, '...sobre el pie descanse entre "
				    "10' and '15 minutos antes de caminar o...': a "
				    "comma ends an item there; put the whole text in quotes (\"...\")"));
	/* numbers as items, with their space; a comma quoted; a block list */
	expect_clean("title: T\narea: feet\nsafety: [Serie 1, 2 veces al día.]\n"
		     "aftercare: [\"Descanse 1,5 minutos.\", Beba agua.]\n"
		     "equipment: [1, 2]\nsteps: [{title: A, hold: 3s}]\n");
	expect_clean("title: T\narea: feet\nsafety:\n  - No pase de 1,5 sobre 10.\n"
		     "steps: [{title: A, hold: 3s}]\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_routine), cmocka_unit_test(test_word_processor_unseen),
		cmocka_unit_test(test_unknown_key_suggests),
		cmocka_unit_test(test_wrong_type), cmocka_unit_test(test_bad_duration),
		cmocka_unit_test(test_empty_steps), cmocka_unit_test(test_missing_keys),
		cmocka_unit_test(test_duplicate_key), cmocka_unit_test(test_bad_enums),
		cmocka_unit_test(test_aliases_rejected),
		cmocka_unit_test(test_a_text_starting_with_a_bang_is_refused),
		cmocka_unit_test(test_a_text_that_starts_with_a_mark_is_told_to_be_quoted), cmocka_unit_test(test_errors_in_file_order), cmocka_unit_test(test_byte_order_mark), cmocka_unit_test(test_unknown_cue_named),
		cmocka_unit_test(test_syntax_error), cmocka_unit_test(test_not_utf8),
		cmocka_unit_test(test_control_characters), cmocka_unit_test(test_block_text_is_one_line),
		cmocka_unit_test(test_tabs_become_spaces),
		cmocka_unit_test(test_comment_cuts_text), cmocka_unit_test(test_dash_inside_text),
		cmocka_unit_test(test_prompts_at_one_time),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_documents), cmocka_unit_test(test_warnings),
		cmocka_unit_test(test_file_errors),
		cmocka_unit_test(test_file_size_limit), cmocka_unit_test(test_ids_from_file_names),
		cmocka_unit_test(test_printed_form), cmocka_unit_test(test_word_processor_slips),
		cmocka_unit_test(test_decimal_comma_in_a_list), cmocka_unit_test(test_bullets),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
