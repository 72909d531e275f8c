/* The line-mode front end: one line per change, commands read a line at a
 * time. For screen readers, pipes and tests; no curses. */
#ifndef UNKNOT_PLAIN_H
#define UNKNOT_PLAIN_H

#include <stdio.h>

#include "cues.h"
#include "loop.h"
#include "plan.h"

struct plain;

struct plain *plain_new(FILE *out, int in_fd, const struct plan *plan, struct cues *cues);
/* The sound status line, when it is new since last said. */
void plain_say_status(struct plain *p);
void plain_free(struct plain *p);
/* Prints the brief: titles, equipment, safety, how to start. */
void plain_brief(struct plain *p);
struct frontend plain_frontend(struct plain *p);
/* The session key a command word names ("x", "stop", "q", "2"), in any
 * case, or -1: the words line mode takes, wherever it asks. */
int plain_command_word(const char *word);
/* The same at a stop's question, where a number doubled by a clumsy tap
 * ("11", "222"), or said ("one"), is that number. */
int plain_answer_word(const char *word);
/* word with the marks typed after it cut, in place ("q.", "2.", "help?",
 * "resume!"), and those before it passed ("¡stop!", "¿x?"); "?" alone
 * stays. Returns where the word now starts. */
char *plain_strip_marks(char *word);
/* Whether a line that is no command word was meant as x all the same: a
 * doubled or slipped press ("xx", "x x", "zx", with s_too "ss"), x held
 * down (a line of any length), a stop sign (🛑 ⛔ 🚫 ✋) anywhere in it, or
 * "stop" slipped ("stopp", "stpo", "srop") or typed with more: asked for
 * ("ok stop", "I want to stop", "wait stop") or after it ("stop stop",
 * "stop now", "stop the session"). A stop must not wait for clean typing. */
bool plain_meant_stop(const char *line, bool s_too);
/* Whether a line is such a stop with a number after it ("x1", "x 2",
 * "stop 3", the stop and its answer at once); *answer is the number's
 * key when it is 1, 2 or 3, or -1 for another ("x4": a stop all the same,
 * its question asked) and for a line that is no such stop ("x 1 2"). */
bool plain_numbered_stop(const char *line, bool s_too, int *answer);
/* Whether a line begins with x as a word of its own, with more after it
 * ("x one", "x 1 2", "x #1", "x — 1"), or with "stop" and a number or a
 * mark after it ("stop one", "stop #1", "stop 2 2", "stop it"): a stop,
 * its question asked. Not "stop sound": it meant the sound. */
bool plain_stop_and_more(const char *line);
/* Whether the kept start of a line too long for a command (kept) is a
 * stop all the same, as a short line would be: a sentence dictated that
 * names a symptom, sure or to ask about ("tingling in my toes, I think I
 * should ...", "it feels weird and ..."), or x held down (with s_too, s). */
bool plain_long_line_stops(const char *kept, bool s_too);
/* The stop's first words, where it came (during, or NULL), and (ask) its
 * question; and, once answered, what the answer means (the session's and
 * the picker's stop alike). */
void plain_say_stop(FILE *out, bool kid, const char *during, bool ask);
/* The stop's question again, short, when an answer was not one (or the
 * shell's lines came between); flushed. */
void plain_ask_stop_again(FILE *out, bool kid);
void plain_say_symptom(FILE *out, enum symptom sy, bool kid, bool any_area);
/* Rings the terminal bell on ctx, a FILE * that is a terminal (given to
 * the cue sink only then): the cue sink's fallback. */
void plain_bell(void *ctx);

#endif
