# End to end, ncurses: the one STOP key works from every screen: picker,
# picker help, brief, prep, hold, help overlay, paused, switch, done. Each time
# the stop screen asks what happened, gives the advice, and q closes.
source "$(dirname "$0")/lib.sh"
export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

# stop_from NAME [KEY]: the screen is up; press x (or KEY) and go through
# the stop screen.
stop_from() {
	keys "${2:-x}"
	wait_for "What happened?"
	keys 1
	wait_for "You said: numbness or tingling."
	keys q
	status=$(wait_exit)
	[ "$status" = 0 ] || fail "stop from $1: exit status $status"
	echo "stop from $1: ok"
}

# kept_while_up LINE WHAT: the stop's history line (a pattern of it) is
# written while its advice is up, and once only after q closes it.
kept_while_up() {
	grep -q "$1" "$XDG_STATE_HOME/unknot/history.tsv" ||
		fail "$2 not written while its screen is up: $(cat "$XDG_STATE_HOME/unknot/history.tsv" 2>&1)"
	keys q
	wait_exit >/dev/null
	[ "$(grep -c "$1" "$XDG_STATE_HOME/unknot/history.tsv")" = 1 ] || fail "$2 written twice"
}

# changed_at_close WHAT: with the answer changed on the stop screen (to
# sharp pain, last), two stop lines while it is up (the stop, its first
# answer); once q closes it, the last is the answer it was changed to.
changed_at_close() {
	local hist=$XDG_STATE_HOME/unknot/history.tsv
	[ "$(grep -c $'\tstop:' "$hist")" = 2 ] || fail "$1: each answer written at once: $(cat "$hist")"
	keys q
	wait_exit >/dev/null
	tail -1 "$hist" | grep -q $'\tstop:sharp-pain\t' || fail "$1: the answer changed to, not written: $(cat "$hist")"
}

# mash_after_change WHAT: on a stop screen answered sharp pain, a change
# with another key close behind it (3 then 1, 80 ms) is undone, the answer
# before it standing; a change tapped twice (3 3) stands; 2 then goes back.
mash_after_change() {
	sleep 0.4 # pressed alone: one close behind a key is mashed
	keys 3
	sleep 0.08
	keys 1
	sleep 0.4
	screen_text | grep -q "You said: sharp pain." || fail "a mash changed $1's answer: $(screen_text)"
	keys 3
	sleep 0.08
	keys 3
	wait_for "You said: something else."
	sleep 0.4
	keys 2
	wait_for "You said: sharp pain."
}

# keys_line_shown: the stop screen's line of the keys that answer is off
# the red, as after a key that does nothing there.
keys_line_shown() {
	tm capture-pane -p -e -t t | grep 'Press 1, 2 or 3' | grep -q $'\e\\[49mPress'
}

tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
stop_from picker
# Written once answered, while its advice is read, as a session's stop is.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
keys x
wait_for "What happened?"
# A key that does nothing here shows the keys' line off the red, a while.
keys 4
sleep 0.3
keys_line_shown || fail "a key that does nothing at the picker's stop, unseen: $(screen_text)"
sleep 3.5
keys_line_shown && fail "the picker's stop's keys' line shown up for good: $(screen_text)"
keys 3
wait_for "You said: something else."
# ...and changed there, as a session's is: the last answer is the stop,
# written as the screen closes (1 2 3 mashed wrote a line at each).
grep -q $'\tstop:other\t' "$XDG_STATE_HOME/unknot/history.tsv" ||
	fail "the picker's first answer not written while up: $(cat "$XDG_STATE_HOME/unknot/history.tsv")"
for n in 2 1 2; do
	sleep 0.4 # pressed alone: one close behind a key is mashed
	keys $n
	wait_for "You said: $([ $n = 1 ] && echo numbness || echo sharp pain)"
done
mash_after_change "the picker's stop" # ...not by a mash
changed_at_close "the picker's stop"
$RUN --history >"$TMP/picker-changed.out"
[ "$(grep -c 'stopped' "$TMP/picker-changed.out")" = 1 ] ||
	fail "the picker's changed answer in --history: $(cat "$TMP/picker-changed.out")"

tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
keys '?'
wait_for "search (Esc clears)"
stop_from "picker help"

tmux_start 80 24 "$RUN --mute calves"
brief_shown
stop_from brief

in_prep "$RUN --mute calves"
stop_from prep

tmux_start 80 24 "$RUN --mute --speed 5 calves"
brief_read
keys Enter
wait_for "Hold — moderate pressure"
stop_from hold

tmux_start 80 24 "$RUN --mute --speed 5 calves"
brief_read
keys Enter
wait_for "Hold — moderate pressure"
keys '?'
wait_for "too hard"
stop_from "help overlay" X # caps lock on

in_prep "$RUN --mute calves"
keys ' '
wait_for "PAUSED"
stop_from paused

tmux_start 80 24 "$RUN --mute calves"
brief_read
keys Enter
wait_for "LEFT SIDE"
presses n n
wait_for "RIGHT SIDE"
stop_from switch

tmux_start 80 24 "$RUN --mute --speed 100 calves"
brief_read
keys Enter
wait_for "Aftercare" 20
# The session is written while its summary is up (a power cut then lost
# it); a stop made there after is a line of its own, for every area.
hist=$XDG_STATE_HOME/unknot/history.tsv
grep -q $'\tcalves\tcalves\t130\t0\tpreview\t' "$hist" || fail "not written while the summary is up: $(cat "$hist")"
stop_from done
$RUN --export csv >"$TMP/done.csv"
tail -2 "$TMP/done.csv" | head -1 | grep -q ',preview,' || fail "the session after a stop on its summary: $(cat "$TMP/done.csv")"
tail -1 "$TMP/done.csv" | grep -q ',calves,calves,0,0,stop:numbness,0,-,' ||
	fail "a stop on the summary: $(cat "$TMP/done.csv")"
[ "$(grep -c $'\tpreview\t' "$hist")" = 1 ] || fail "the session written twice: $(cat "$hist")"

# A stop while changing sides names the side just held, not the next.
printf 'title: Sides\narea: feet\nsteps:\n  - {title: Arch, side: both, prep: 20s, hold: 2s}\n' >"$TMP/sides.yaml"
in_prep "$RUN --mute $TMP/sides.yaml"
keys -; sleep 0.75; keys - # two presses: within 0.7 s, one
wait_for "Switch to the right side" 15
keys x
wait_for "What happened?"
screen_text | grep -q "After: Arch — left side (Sides)" || fail "a stop at the switch: $(screen_text)"
keys 1 q
wait_exit >/dev/null
# ...and getting into position for the next step, the step just held too.
printf 'title: Steps\narea: feet\nsteps:\n  - {title: Arch, prep: 20s, hold: 2s}\n  - {title: Heel, prep: 20s, hold: 2s}\n' >"$TMP/steps.yaml"
in_prep "$RUN --mute $TMP/steps.yaml"
keys -; sleep 0.75; keys - # two presses: within 0.7 s, one
wait_for "hold 2 of 2" 15
keys x
wait_for "What happened?"
screen_text | grep -q "Getting into position for Heel, after Arch (Steps)" || fail "a stop in the next prep: $(screen_text)"
keys 1 q
wait_exit >/dev/null
# x and the answer typed at once (one read): the answer is not lost. The
# stop is written once answered, while its advice is read: a crash or a
# power cut then, or a second unknot, must not lose it; and not again as
# its screen closes.
in_prep "$RUN --mute calves"
keys x 2
wait_for "You said: sharp pain."
kept_while_up $'\tstop:sharp-pain\t0\tcalves\t' "the stop"
# The screen goes; what to do next stays in the terminal.
screen_text | grep -q "^Stopped: sharp pain\. Do not roll this area again today\. If the pain stays or$" ||
	fail "the stop left no word: $(screen_text)"
# kill -9 (a power cut) before the question is answered: the stop is
# kept, as stop:unknown, written as its screen came up; the picker's too.
# killed_unanswered LINE WHAT: x, then kill -9; the history's last line.
killed_unanswered() {
	keys x
	wait_for "What happened?"
	kill -9 "$(unknot_pid)"
	wait_exit >/dev/null # its status written before the next start
	tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | grep -q "$1" ||
		fail "kill -9 on $2's stop screen lost the stop: $(tail -1 "$XDG_STATE_HOME/unknot/history.tsv")"
}
in_prep "$RUN --mute calves"
killed_unanswered $'\tcalves\tcalves\t.*\tstop:unknown\t0\tcalves\t' "a session"
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
killed_unanswered $'\t-\t-\t0\t0\tstop:unknown\t' "the picker"
# Ctrl-C closes the stop screen the same, with no word of a session cut.
in_prep "$RUN --mute calves"
keys x 1
wait_for "You said: numbness or tingling."
keys C-c
[ "$(wait_exit)" = 130 ] || fail "Ctrl-C on the stop screen: exit status"
screen_text | grep -q "^Stopped: numbness or tingling\. " || fail "Ctrl-C on the stop screen: $(screen_text)"
screen_text | grep -q "session ended" && fail "a stop closed with Ctrl-C told as a session cut"
echo "tui stop: ok"

# The next start after a stop is reminded of it on the screen, the advice
# wrapped between words, and the answer typed there: a slip mended with
# Backspace, Ctrl-U clearing the line.
line=$'2026-11-20T10:00:00+00:00\tcalves\tcalves\t130\t20\tstop:other\t0\tcalves'
tmux_start 70 24 "$(with_history "$line")$RUN --mute calves"
wait_for "not now):"
screen_text | grep -q "^ Calves after a run  .* after a stop$" || fail "no reminder screen: $(screen_text)"
screen_text | grep -q "^    see a doctor or physiotherapist\.$" || fail "advice not wrapped between words: $(screen_text)"
keys n o C-u y e s s
wait_for "> yess"
keys BSpace Enter
brief_shown
keys q
wait_exit >/dev/null
# Started with no terminal on standard input (a launcher): the reminder is
# asked on the terminal the screen will use, not answered by the end of input.
tmux_start 70 24 "$(with_history "$line")$RUN --mute calves </dev/null"
wait_for "not now):"
keys y e s Enter
brief_shown
keys q
wait_exit >/dev/null
# Ctrl-D at the question is not echoed, as an answer and its Enter are:
# what follows starts a line of its own.
# A reminder made smaller keeps the question whole and the line to answer
# on; a no closes the screen and stays said on the terminal.
tmux_start 70 24 "$(with_history "$line")$RUN --mute calves"
wait_for "not now):"
resize 40 12
wait_for_re "^  alone: not now\):$" # the question rewrapped to 40 columns
screen_text | grep -q "^  >$" || fail "no line to answer on at 40×12: $(screen_text)"
resize 30 10 # below the least size: the question and the line alone
wait_gone "after a stop"
screen_text | grep -q "^  >$" || fail "no line to answer on at 30×10: $(screen_text)"
screen_text | grep -q "^  alone: not now):$" || fail "the question cut at 30×10: $(screen_text)"
keys n o Enter
[ "$(wait_exit)" = 0 ] || fail "'no' at the reminder: exit status"
screen_text | grep -A1 '^Not today, then\. Rest that$' | grep -q '^area\.$' ||
	fail "'no' left no word, wrapped between them: $(screen_text)"
# The session's title in the reminder's header is cut to leave "open stop"
# whole, as the brief cuts it; a history with lines unread says so there,
# since a stop in them would go untold, and on the terminal after a no.
sed 's/^title: .*/title: A very long title for the calves routine that goes on and on and on/' \
	"$UNKNOT_DATA_DIR/routines/calves.yaml" >"$TMP/long-calves.yaml"
tmux_start 40 12 "$(with_history "$line")echo garbage >>\"\$XDG_STATE_HOME/unknot/history.tsv\"; $RUN --mute $TMP/long-calves.yaml"
wait_for "not now):"
screen_text | head -1 | grep -qE '^ A very long title for(…| the…) +after a stop$' || fail "the header at 40 columns: $(screen_text)"
screen_text | grep -q "^  Warning: 1 line of the history" || fail "no warning on the reminder: $(screen_text)"
screen_text | grep -q "doctor or physiotherapist\.$" || fail "the warning took the stop's advice: $(screen_text)"
keys Escape
wait_exit >/dev/null
screen_text | grep -q "^unknot: warning: 1 line of the history" || fail "the warning lost after a no: $(screen_text)"

# What loading said of the routine picked (a warning, held for its brief)
# is said on the terminal after a no at the reminder: there is no brief.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
sed 's/^title: .*/title: Warned calves #1 of the day/' "$UNKNOT_DATA_DIR/routines/calves.yaml" \
	>"$XDG_DATA_HOME/unknot/routines/warned.yaml"
tmux_start 200 24 "$(with_history "$line")$RUN --mute" # wide: the warning on one line
wait_for "Pick a routine"
keys / w a r n e d Enter
wait_for "not now):"
keys Escape
wait_for "Pick a routine"
sleep 0.75 # a q close behind the picker coming back is taken for one doubled
keys q
wait_exit >/dev/null
screen_text | grep -qE "warned.yaml:[0-9]+:[0-9]+: warning: title: the text ends before ' #'" ||
	fail "a warning on the routine lost after a no: $(screen_text)"
rm "$XDG_DATA_HOME/unknot/routines/warned.yaml"

# On the stop's day "y" is no yes: the screen says what goes on and asks
# once more (it had taken y for a no and said nothing); then yes goes on.
today=$(date -d '-1 min' +%Y-%m-%dT%H:%M:%S%:z)$'\tcalves\tcalves\t130\t20\tstop:numbness\t0\tcalves\tadult\t-'
tmux_start 80 24 "$(with_history "$today")$RUN --mute calves"
wait_for "not now):"
keys y Enter
wait_for "Only the whole word yes goes on: type it and Enter"
screen_text | grep -q "not now):" || fail "the question not asked again: $(screen_text)"
keys y e s Enter
brief_shown
keys q
wait_exit >/dev/null

# Esc with a key right behind it (Alt+Backspace, a focus event) is no
# answer: Esc alone is.
tmux_start 80 24 "$(with_history "$line")$RUN --mute calves"
wait_for "If it has gone and you feel fine"
sleep 0.75
keys y
keys M-BSpace
tm send-keys -t t -l $'\e[I'
sleep 0.5
screen_text | grep -q "If it has gone and you feel fine" || fail "Alt+Backspace answered the reminder: $(screen_text)"
screen_text | grep -q '^  > *$' || fail "Alt+Backspace did not rub out the y: $(screen_text)"
keys Escape
wait_exit >/dev/null
screen_text | grep -q '^Not today, then\. Rest that area\.$' || fail "Esc at the reminder: $(screen_text)"
# Ctrl-C while the reminder draws, outside its wait for a key, ends unknot
# as there (ncurses' own handler, in place then, would end it with status
# 1 and no word): strace holds each write after the first frame for 1.5 s.
if can_strace; then # none, or no ptrace here: skipped
	# y: drawn in one write, held
	int_while_held 70 24 "$(with_history "$line")strace -o /dev/null -e trace=write -e inject=write:delay_enter=1500000:when=2+ $RUN --mute calves" \
		"not now):" y "while the reminder draws"
else
	echo "report: SIGINT while the reminder draws: skipped (no strace that can trace here)"
fi
# In line mode each line of the reminder is whole, as every line of line
# mode is: a screen reader reads a line as one, and a question broken at
# the terminal's width ("type" / "yes and Enter") as two.
tmux_start 40 24 "$(with_history "$line")$RUN --plain --mute calves"
wait_for "now):"
tm capture-pane -p -J -t t | grep -qx "If it has gone and you feel fine, type yes and Enter to go on (Enter alone: not now): *" &&
	tm capture-pane -p -J -t t | grep -q "^  If it does not settle within a few minutes, or it comes back, see a doctor or physiotherapist\.$" ||
	fail "a line broken in line mode: $(tm capture-pane -p -J -t t)"
keys Enter # close behind the question: pressed twice, not its answer
sleep 0.3
screen_text | grep -q 'Not today' && fail "an Enter at once answered line mode's reminder: $(screen_text)"
keys C-d
wait_exit >/dev/null
screen_text | grep -q '^Not today, then\. Rest that area\.$' || fail "Ctrl-D at the reminder: $(screen_text)"
# A child's refusal at 40×12 with another's stop told too: the child's
# own advice keeps when to see a doctor; the other's stop gives way first.
kidstop="$(date -d '-2 min' +%Y-%m-%dT%H:%M:%S%:z)	kids	feet	90	20	stop:numbness	0	feet	kid	-"
adultstop="$(date -d '-1 min' +%Y-%m-%dT%H:%M:%S%:z)	feet	feet	90	20	stop:numbness	0	feet	adult	-"
tmux_start 40 12 "$(with_history "$kidstop" "$adultstop")UNKNOT_DATA_DIR=$ROOT $RUN --mute --kid kids"
wait_for "No more rolling until"
screen_text | grep -q "see a doctor\.$" || fail "the child's advice cut for another's stop at 40×12: $(screen_text)"
keys q
wait_exit >/dev/null
# A grown-up's own at 40×12: when to see someone stays whole; the advice
# before it gives way.
tmux_start 40 12 "$(with_history "$adultstop")UNKNOT_DATA_DIR=$ROOT $RUN --mute feet"
wait_for "not now):"
screen_text | grep -q "a doctor or physiotherapist\.$" || fail "when to see a doctor cut at 40×12: $(screen_text)"
keys Escape
wait_exit >/dev/null
echo "stop reminder: ok"

# The brief's warnings are in a colour read on light terminals too (not
# yellow or cyan text); the stop screen's legend is a row of its own, not
# keys in patches on the red.
tmux_start 80 24 "$RUN --mute --kid calves"
brief_shown
tm capture-pane -p -e -t t | grep -qE $'\e\\[([0-9]+;)*3[36]m' &&
	fail "yellow or cyan text on the brief: $(tm capture-pane -p -e -t t | cat -v | grep -E '\[([0-9]+;)*3[36]m')"
keys x
wait_for "Press 1, 2 or 3"
tm capture-pane -p -e -t t | tail -1 | grep -qE $'\e\\[([0-9]+;)*41m' &&
	fail "the stop legend on red: $(tm capture-pane -p -e -t t | tail -1 | cat -v)"
# A key that does nothing at the question (4, w, a space) shows the line of
# the keys that do, off the red, a while: nothing seen, the program may
# seem hung (low vision, a slip of a finger).
keys_line_shown && fail "the keys' line shown up before a key: $(screen_text)"
keys 4
sleep 0.3
keys_line_shown || fail "a key that does nothing at the question, unseen: $(screen_text)"
sleep 3.5
keys_line_shown && fail "the keys' line shown up for good: $(screen_text)"
keys 1 q
wait_exit >/dev/null

# At the smallest size the advice shows whole, down to "see a doctor": what
# was said and "q to close" (the legend says it) give way first.
tmux_start 40 12 "$RUN --mute calves"
brief_shown
keys x
wait_for "What happened?"
keys 2
wait_gone "What happened?" # the question's legend says "q close" too
wait_for "q close"
screen_text | grep -q "physiotherapist\.$" || fail "advice cut at 40×12:"$'\n'"$(screen_text)"
screen_text | head -1 | grep -q "STOP: sharp pain$" || fail "what was said not on the STOP row at 40×12:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null

# Enter out of habit does not close the question before anything is said
# (the picker's stop screen too); q does, and the advice not yet read
# stays in the terminal, broken between words at its width.
for cmd in "$RUN --mute calves" "$RUN --mute"; do
	tmux_start 60 20 "$cmd"
	wait_for "Enter"
	keys x
	wait_for "What happened?"
	keys Enter Enter
	wait_read # they show nothing: wait till they are read, not a guess
	screen_text | grep -q "What happened?" || fail "Enter closed the question ($cmd):"$'\n'"$(screen_text)"
	keys q
	[ "$(wait_exit)" = 0 ] || fail "q at the question ($cmd): exit $(cat "$TMP/status")"
	screen_text >"$TMP/left"
	# Made on the brief, it holds the session's area, and says so; in the
	# picker, before any area, every one: none is "this area".
	case $cmd in
	*calves) rest="^  Do not roll this area again today\.$" ;;
	*) rest="^  Do not roll again today\.$" ;;
	esac
	expect_in_order "$TMP/left" "^Stopped\.$" "$rest" \
		"^  If it does not fade within a few minutes, or it comes$" \
		"^  back, see a doctor or physiotherapist\.$"
done
# Answered, Enter closes as q does.
tmux_start 80 24 "$RUN --mute calves"
brief_shown
keys x
wait_for "What happened?"
keys 3
wait_for "You said: something else."
sleep 0.75 # an Enter close behind the answer is no close: its advice unread
keys Enter
wait_exit >/dev/null
# The keypad in application mode sends ESC O and a letter, which tmux's
# terminfo does not name: KP8 (ESC O x) was a stop, KP1 (q) quit, KP. (n)
# skipped. Its keys are now the characters they copy. And a key sequence
# split in its travel (F5, ESC then "[15~") no longer answers the question.
in_prep "$RUN --mute calves"
keys KP8 KP1 KP. KP0 h
# The h after them shows they were read (a sleep only guessed): had KP8
# stopped or KP1 quit, it would show nothing, and the wait fail.
wait_for "Too hard? Sharp pain, numb"
screen_text | grep -q "What happened?" && fail "KP8 stopped"
screen_text | grep -q "PAUSED" && fail "KP0 paused"
screen_text | grep -q "1 of 2" || fail "a keypad key moved on or quit: $(screen_text)"
keys x
wait_for "What happened?"
# The gap is the point: the Escape read, then the rest past ESCDELAY.
keys Escape; wait_read; sleep 0.1; tm send-keys -t t -l '[15~'
keys Escape; wait_read; sleep 0.1; tm send-keys -t t -l 'OQ'
wait_read
screen_text | grep -q "You said" && fail "a split F5 answered the question: $(screen_text)"
sleep 0.4 # a digit close behind other keys is mashed
keys KP2
wait_for "You said: sharp pain."
keys q
wait_exit >/dev/null
# With xterm's terminfo, ncurses numbers the modified keys just past
# KEY_MAX: Alt-Right (ncurses' kRIT3) must stay a key, not become 3.
UI_TERM=xterm-256color tmux_start 80 24 "$RUN --mute calves"
brief_shown
keys x
wait_for "What happened?"
keys M-Right C-S-PPage M-PPage C-NPage
wait_read
screen_text | grep -q "You said" && fail "a modified key answered the question: $(screen_text)"
sleep 0.4 # a digit close behind other keys is mashed
keys KP1
wait_for "You said: numbness or tingling."
keys q
wait_exit >/dev/null
echo "stop question: ok"

# A line pasted by mistake in a hold (a middle-click, tmux's prefix-]): its
# x stops, as the STOP key does, but nothing else in it acts: its h counted
# as too hard and its 1 answered the question, a symptom never reported.
tmux_start 80 24 "$RUN --mute --speed 5 calves"
brief_read
keys Enter
wait_for "Hold — moderate pressure"
tm send-keys -t t -l 'https://example.com/page?id=123'
wait_for "What happened?"
wait_read
screen_text | grep -q "You said" && fail "a paste answered the stop question: $(screen_text)"
sleep 0.5 # keys close behind a paste are more of it (a paste cut in its travel)
keys 2
wait_for "You said: sharp pain."
keys q
wait_exit >/dev/null
$RUN --export csv >"$TMP/paste.csv" # as read: the answer stands for the stop:unknown written at x
awk -F, 'NR > 1 && !($6 == "stop:sharp-pain" && $7 == 0) { exit 1 }' "$TMP/paste.csv" ||
	fail "a paste in the history: $(cat "$TMP/paste.csv")"
# A paste with no x does nothing: not its s (https), nor its h or q.
tmux_start 80 24 "$RUN --mute --speed 5 calves"
brief_read
keys Enter
wait_for "Hold — moderate pressure"
tm send-keys -t t -l 'https://unknot.org/docs?q=12'
wait_read
sleep 0.3
screen_text | grep -qE "What happened|Too hard" && fail "a paste with no x acted: $(screen_text)"
screen_text | grep -q "Hold — moderate pressure" || fail "a paste with no x left the hold: $(screen_text)"
# ...but says how to stop: a phone's line sent at once ("leg asleep") had
# gone with no word
screen_text | grep -q "x is STOP" || fail "a paste in a hold, no word of x: $(screen_text)"
sleep 0.5
keys q
wait_exit >/dev/null
grep -q $'\tstop:' "$XDG_STATE_HOME/unknot/history.tsv" && fail "a paste with no x kept a stop"
# The same in the picker: a shell line pasted there stops on its x, but
# its 1 and its newline neither answer nor close the question.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
printf '> xrandr --output HDMI-1 --mode 1920x1080\n' >"$TMP/paste.txt"
tm load-buffer "$TMP/paste.txt"
tm paste-buffer -t t
wait_for "What happened?"
sleep 0.5
screen_text | grep -q "What happened?" || fail "a paste answered the picker's stop question: $(screen_text)"
keys 3
wait_for "You said"
keys q
wait_exit >/dev/null
tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | grep -q $'\tstop:other\t' ||
	fail "a paste into the picker: $(cat "$XDG_STATE_HOME/unknot/history.tsv")"
# ...but x1 typed at once answers there, as in a session.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
tm send-keys -t t -l x1
wait_for "You said: numbness or tingling."
keys q
wait_exit >/dev/null
# Typed at once, only the key right after x answers; one further on was
# not pressed for the question.
in_prep "$RUN --mute calves"
keys x a 1
wait_for "What happened?"
wait_read
screen_text | grep -q "You said" && fail "a key after the next answered the question: $(screen_text)"
sleep 0.4 # a digit close behind other keys is mashed
keys 1
wait_for "You said: numbness or tingling."
keys q
wait_exit >/dev/null
# A paste's stop stops on any screen: the brief.
tmux_start 80 24 "$RUN --mute calves"
brief_shown
tm send-keys -t t -l 'Press Enter, then see https://example.org/?q=1'
wait_for "What happened?"
wait_read
screen_text | grep -q "You said" && fail "a paste on the brief answered the stop question: $(screen_text)"
sleep 0.5
keys q
wait_exit >/dev/null
echo "paste: ok"

# Another's stop told after one's own keeps its line of when to see
# someone whole at 60×16; the same line twice is told once.
now=$(date +%Y-%m-%dT%H:%M:%S%:z)
kid="$now	kids	feet	90	20	stop:numbness	0	feet	kid	-"
tmux_start 60 16 "$(with_history "$now	calves	calves	240	25	stop:sharp-pain	0	calves	adult	-" "$kid")UNKNOT_DATA_DIR=$ROOT $RUN --mute after-run"
wait_for "Also: a kid stopped during feet today"
screen_text | grep -q "^    back, see a doctor or physiotherapist\.$" ||
	fail "another's advice cut at 60×16:"$'\n'"$(screen_text)"
enter_to_begin # goes on without them
brief_shown
keys q
wait_exit >/dev/null
tmux_start 60 16 "$(with_history "$now	calves	calves	240	25	stop:numbness	0	calves	adult	-" "$kid")UNKNOT_DATA_DIR=$ROOT $RUN --mute after-run"
wait_for "Also: a kid stopped during feet today"
[ "$(screen_text | grep -c "If it lasts more than a few minutes")" = 1 ] ||
	fail "the same advice told twice:"$'\n'"$(screen_text)"
enter_to_begin # goes on without them
brief_shown
keys q
wait_exit >/dev/null
# At 40×12 another's stop is still told, on a line cut short: the own
# stop's first advice gives way (the question says to rest).
tmux_start 40 12 "$(with_history "$now	feet	feet	160	25	stop:numbness	0	feet	adult	-" "$now	kids	feet	90	20	stop:sharp-pain	0	feet	kid	-")UNKNOT_DATA_DIR=$ROOT $RUN --mute feet"
wait_for "type yes and Enter to go on"
screen_text | grep -q "Also: a kid stopped" || fail "another's stop dropped at 40×12:"$'\n'"$(screen_text)"
screen_text | grep -q "You stopped during feet today" || fail "the own stop at 40×12:"$'\n'"$(screen_text)"
enter_to_begin
wait_exit >/dev/null
# ...and with stops in two areas of a preset, each other stop's "Also:"
# line stays, before the first stop's advice (all of them had gone).
tmux_start 40 12 "$(with_history "$now	feet	feet	160	25	stop:numbness	0	feet	adult	-" "$now	kids	feet	90	20	stop:sharp-pain	0	feet	kid	-" "$now	calves	calves	240	40	stop:numbness	0	calves	adult	-")UNKNOT_DATA_DIR=$ROOT $RUN --mute after-run"
wait_for "sure it has gone"
screen_text | grep -q "Also: a kid stopped" && screen_text | grep -q "Also: you stopped during feet" ||
	fail "a preset's other stops at 40×12:"$'\n'"$(screen_text)"
enter_to_begin # goes on without them
brief_shown
keys q
wait_exit >/dev/null
echo "another's stop: ok"

# A 1 slipped for the 2 beside it: another number on the stop screen
# changes the answer, on the screen and in the history, where the last
# answer is the stop's one line.
stopped_in_prep "$RUN --mute calves"
keys 1
wait_for "You said: numbness or tingling."
screen_text | tail -1 | grep -q "1-3 change the answer" || fail "no word of changing the answer: $(screen_text)"
sleep 0.4 # a change pressed alone: one close behind a key is mashed
keys 2
wait_for "You said: sharp pain."
sleep 0.4
keys 3
wait_for "You said: something else."
sleep 0.4
keys 2
wait_for "You said: sharp pain."
# ...but not by a mash: 3 with 2 close behind it (a teen fidgeting a while
# after answering) was no answer, and the one before it stands
mash_after_change "a session's stop" # ...not by a mash
changed_at_close "a session's stop"
$RUN --history >"$TMP/changed.out"
[ "$(grep -c 'stopped in calves' "$TMP/changed.out")" = 1 ] && grep -q 'stopped in calves: sharp pain$' "$TMP/changed.out" ||
	fail "the changed answer in --history: $(cat "$TMP/changed.out")"
echo "an answer changed: ok"

# Keys mashed at the question do not answer it (a child's s d f 1 2 3 had
# answered for her); and 1 then Enter at once leaves the advice up a while
# (it had closed it unread).
stopped_in_prep "$RUN --mute calves"
sleep 0.4
keys d 1 2 3
sleep 0.5
screen_text | grep -q "You said" && fail "keys mashed answered the stop: $(screen_text)"
keys x # STOP pressed again, and its number close behind: that answers
keys 1
wait_for "You said: numbness or tingling."
keys Enter # as a hand types 1 then Enter, the advice not yet read
sleep 0.3
screen_text | grep -q "You said: numbness or tingling." || fail "1 then Enter closed the advice unread"
sleep 0.75
keys Enter
wait_exit >/dev/null
tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | grep -q $'\tstop:numbness\t' || fail "the answer after a mash"
# A kid's first answer stays: what her fingers hit after it is no answer.
in_prep "$RUN --mute --kid calves"
keys x
wait_for "What do you feel?"
sleep 0.4
keys 1
wait_for "You said: tingly, fizzy or numb."
sleep 0.4
keys 3
sleep 0.4
keys 2
sleep 0.3
screen_text | grep -q "You said: tingly, fizzy or numb." || fail "a kid's answer changed: $(screen_text)"
keys q
wait_exit >/dev/null
tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | grep -q $'\tstop:numbness\t' || fail "a kid's answer not kept"
echo "keys mashed at the question: ok"

# "yes" typed twice, unsure the first was taken: its s is no stop on the
# brief that yes opened (nor on any brief); x still stops there.
mine="$(date -d '-1 min' +%Y-%m-%dT%H:%M:%S%:z)	calves	calves	240	25	stop:numbness	0	calves	adult	-"
tmux_start 80 24 "$(with_history "$mine")$RUN --mute calves"
wait_for "Only if you are sure"
sleep 0.75
tm send-keys -t t -l yes
keys Enter
brief_shown
tm send-keys -t t -l yes
sleep 0.5
screen_text | grep -q "What happened" && fail "yes typed again stopped the brief: $(screen_text)"
# ...and typed again later, by one who looked away.
sleep 3
tm send-keys -t t -l yes
sleep 0.5
screen_text | grep -q "What happened" && fail "yes typed again after 3 s stopped the brief: $(screen_text)"
brief_shown
stop_from "the brief after yes typed again"
tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | grep -q $'\tstop:numbness\t0\t-\tadult\t' ||
	fail "yes typed again, then x: $(cat "$XDG_STATE_HOME/unknot/history.tsv")"
echo "yes typed again: ok"
