# End to end, ncurses: Ctrl-Z suspends and fg resumes, paused, redrawn; no
# sound system; the terminal closing under a session (SIGHUP) ends it
# cleanly and logs it.
source "$(dirname "$0")/lib.sh"
export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

# A session getting into position, run from an interactive shell with job
# control, as a user runs it (or, given it, under a parent: BEFORE and AFTER
# its command line).
prep_in_a_shell() {
	tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
	wait_for 'READY>'
	keys "${1:-}$RUN --mute calves${2:-}" Enter
	brief_read
	keys Enter
	wait_for "Get into position"
}

# Line mode's brief, run from an interactive shell with job control.
plain_brief_in_a_shell() {
	tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
	wait_for 'READY>'
	keys "$RUN --plain --mute calves" Enter
	wait_for "Press Enter to begin"
}

# Ctrl-Z, then the shell's kill %1, waiting for jobs' own lines (not the
# echo of the command that prints them).
kill_stopped_job() {
	keys C-z
	wait_for "Stopped"
	keys "kill %1; sleep 0.5; jobs -l; echo JOBS-DONE" Enter
	wait_for_re '^JOBS-DONE$'
}

# Ctrl-Z in a hold, then fg, from an interactive shell with job control.
prep_in_a_shell
keys C-z
wait_for "Stopped"
screen_text | grep -q "x STOP" && fail "the coach is still drawn after Ctrl-Z"
screen_text | grep -q "^unknot is paused: type fg and Enter to go back to it\.$" ||
	fail "Ctrl-Z said no way back: $(screen_text)"
[[ $(pane_title) != *unknot* ]] || fail "the title stayed over the shell: $(pane_title)"
keys "fg" Enter
wait_for "PAUSED"           # suspended time does not count: the hold waits
for _ in $(seq 40); do [[ $(pane_title) == *unknot* ]] && break; sleep 0.05; done
[[ $(pane_title) == *unknot* ]] || fail "no title after fg: $(pane_title)"
wait_for "x STOP"
keys " "
wait_gone "PAUSED"
keys q
wait_for 'READY>'

# The title that was there is given back, under tmux's own terminal type
# too (tmux-256color names tsl: it had been left blank).
tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
wait_for 'READY>'
tm select-pane -t t -T "the shell's"
keys "TERM=tmux-256color $RUN --mute calves" Enter
for _ in $(seq 60); do [[ $(pane_title) == *unknot* ]] && break; sleep 0.05; done
[[ $(pane_title) == *unknot* ]] || fail "tmux-256color: no title: $(pane_title)"
keys q
wait_for 'READY>'
for _ in $(seq 40); do [ "$(pane_title)" = "the shell's" ] && break; sleep 0.05; done
[ "$(pane_title)" = "the shell's" ] || fail "tmux-256color: the title not given back: '$(pane_title)'"

# ...and on a terminal with no screen of its own to leave (the Linux
# console; GNU screen as shipped): the coach had stayed drawn over the
# shell, a frozen countdown, with "paused" written over its legend. The
# cursor, shown for the shell, is hidden again after fg.
prep_in_a_shell "TERM=linux "
keys C-z
wait_for "Stopped"
screen_text | grep -q "x STOP\|Get into position" && fail "TERM=linux: the coach is still drawn after Ctrl-Z: $(screen_text)"
screen_text | grep -q "^unknot is paused: type fg and Enter to go back to it\.$" ||
	fail "TERM=linux: Ctrl-Z said no way back: $(screen_text)"
[ "$(tm display-message -p -t t '#{cursor_flag}')" = 1 ] || fail "TERM=linux: no cursor for the shell"
keys "fg" Enter
wait_for "PAUSED"
wait_for "x STOP"
[ "$(tm display-message -p -t t '#{cursor_flag}')" = 0 ] || fail "TERM=linux: the cursor shows after fg"
keys q
wait_for 'READY>'

# setsid on a terminal: it is not unknot's own, so its Ctrl-C and Ctrl-Z
# went to setsid, which died, and the screen went on drawing over the
# shell's prompt, for ever; in line mode the shell took its x. Refused,
# said why.
tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
wait_for 'READY>'
keys "setsid -w $RUN --mute --speed 500 feet; echo status \$?" Enter
wait_for "is not this process's own"
wait_for "status 1"
screen_text | grep -q "x STOP\|Press Enter" && fail "setsid: a session begun: $(screen_text)"

# ...and under a parent that Ctrl-Z stops too (make run, sh -c): the shell
# takes the terminal back before unknot has put it back, which stops it
# (SIGTTOU); fg continues it, and it stopped itself again, for ever: x did
# nothing, nor Ctrl-C.
# (The shell's "Stopped" may go with the screen unknot leaves: waited for
# as unknot stopped.)
prep_in_a_shell "sh -c '" "; true'"
pid=$(unknot_pid)
keys C-z
for _ in $(seq 100); do [[ $(ps -o stat= -p "$pid") == T* ]] && break; sleep 0.05; done
[[ $(ps -o stat= -p "$pid") == T* ]] || fail "Ctrl-Z under sh -c did not stop it: $(screen_text)"
sleep 0.5 # the shell's prompt, for fg
keys "fg" Enter
wait_for "PAUSED"
keys x
wait_for "What happened?"
keys 1
wait_for "Numbness or tingling"
sleep 0.75 # an Enter within 0.7 s of the advice is taken for one held down
keys Enter
wait_for 'READY>'

# Ctrl-Z, then the shell's kill %1 (SIGTERM, then SIGCONT, to a job in the
# background): it ends, kept, and does not take the terminal again, which
# had stopped it once more with the SIGTERM held, nothing written.
prep_in_a_shell
kill_stopped_job
screen_text | grep -q "Stopped (tty output)" && fail "kill %1 left it stopped:"$'\n'"$(screen_text)"
screen_text | grep -qE '^\[1\].* Terminated' || fail "kill %1 did not end it:"$'\n'"$(screen_text)"
tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | grep -q $'\tquit\t' || fail "the session not kept after kill %1"
# The same on the stop screen: its stop is kept.
prep_in_a_shell
keys x
wait_for "What happened?"
kill_stopped_job
screen_text | grep -q "Stopped (tty output)" && fail "kill %1 on the stop screen left it stopped"
tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | grep -q $'\tstop:unknown\t' || fail "the stop not kept after kill %1"

# The same in line mode, which had set the terminal's flow control from
# the background at its end, and was stopped again for it.
plain_brief_in_a_shell
kill_stopped_job
screen_text | grep -q "Stopped (tty output)" && fail "line mode, kill %1 left it stopped:"$'\n'"$(screen_text)"
screen_text | grep -qE '^\[1\].* Terminated' || fail "line mode, kill %1 did not end it:"$'\n'"$(screen_text)"

# Line mode: Ctrl-Z then fg at a question asks it again (the shell's lines
# came between, and Ctrl-Z dropped what was typed): the brief's, then the
# stop's.
plain_brief_in_a_shell
keys C-z
wait_for "Stopped"
# the way back, before the shell's "Stopped", as the screen says it
screen_text >"$TMP/suspended"
expect_in_order "$TMP/suspended" '^unknot is paused: type fg and Enter to go back to it\.$' 'Stopped'
keys "fg" Enter
wait_for_re '^Press Enter to begin\.$'
sleep 0.75
keys Enter
wait_for "] Hold 1 of"
# fg gave the terminal back with the shell's flow control: Ctrl-S must
# still hold no stop, in the session or at its question.
keys C-s
sleep 0.3
keys x Enter
wait_for "What happened?"
keys C-z
for _ in $(seq 100); do [ "$(screen_text | grep -c Stopped)" = 2 ] && break; sleep 0.05; done
[ "$(screen_text | grep -c Stopped)" = 2 ] || fail "line mode's stop question, Ctrl-Z: $(screen_text)"
keys "fg" Enter
wait_for "What happened? Type 1, 2 or 3 and Enter."
keys C-s
sleep 0.3
keys 1 Enter
wait_for "You said: numbness or tingling."
wait_for_re '^READY>$'

# And at the numbered list: its prompt again after fg.
tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
wait_for 'READY>'
keys "$RUN --plain --mute" Enter
wait_for "Type a number or an id"
keys C-z
wait_for "Stopped"
keys "fg" Enter
for _ in $(seq 100); do [ "$(screen_text | grep -c 'Type a number or an id')" = 2 ] && break; sleep 0.05; done
[ "$(screen_text | grep -c 'Type a number or an id')" = 2 ] || fail "line mode's list, after fg: $(screen_text)"
keys q Enter
wait_for_re '^READY>$'

# Line mode's list, back after a q on a brief: Ctrl-C at the stop
# reminder of the next pick ends unknot at once (it had waited for an
# Enter, the run before having left Ctrl-C held), the terminal's flow
# control put back.
mkdir -p "$TMP/held/unknot"
printf '%s\tcalves\tcalves\t240\t20\tstop:numbness\t0\tcalves\tadult\t20\t-\t-\n' \
	"$(date +%Y-%m-%dT%H:%M:%S%:z)" >"$TMP/held/unknot/history.tsv"
tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
wait_for 'READY>'
keys "XDG_STATE_HOME=$TMP/held $RUN --plain --mute" Enter
wait_for "Type a number or an id"
keys feet Enter
wait_for "Press Enter to begin"
keys q Enter
wait_for "Back to the list"
keys calves Enter
wait_for "(Enter alone: not now)"
sleep 0.3
keys C-c
wait_for_re '^READY>$' 3
keys 'echo STATUS=$?' Enter
wait_for_re '^STATUS=130$'
stty -F "$(tm display -p -t t '#{pane_tty}')" -a | grep -qw -- ixon || fail "flow control left off after Ctrl-C at the reminder"

# Ctrl-Z, a signal that does not wake it (kill -INT), then fg: it ends at
# once, and leaves the shell's lines where they were (put back twice, the
# cursor went back over them).
prep_in_a_shell
keys C-z
wait_for "Stopped"
keys "kill -INT %1; fg" Enter
wait_for "session ended"
wait_for_re '^READY>$'
screen_text >"$TMP/after-fg"
expect_in_order "$TMP/after-fg" "Stopped" "^READY>kill -INT %1; fg$" "^unknot: Interrupt: session ended$" "^READY>$"

# Stopped from outside (kill -STOP), then fg: the shell had the terminal
# and left it cooked; the coach pauses and takes its own modes again, so
# that x needs no Enter.
prep_in_a_shell
pid=$(unknot_pid)
kill -STOP "$pid"
wait_for "Stopped"
keys "fg" Enter
wait_for "PAUSED"
stty -F "$(tm display -p -t t '#{pane_tty}')" -a | grep -qw -- -icanon || fail "cooked after kill -STOP and fg"
keys x
wait_for "What happened?"
keys 1 q
wait_for 'READY>'

# Ctrl-S stops a terminal's output, and the program with it once the
# output is full: x and Ctrl-C went unread. Flow control is off on the
# screen, so the countdown goes on and x stops.
in_prep "$RUN --mute calves"
keys C-s
keys x
wait_for "What happened?" 5
keys C-q 1 q
wait_exit >/dev/null

# Ctrl-Z on a brief longer than the screen, then fg: the first arrow key
# scrolls it (the keypad is turned on again at once, not by a key).
tmux_start 60 12 "PS1='READY>' bash --norc --noprofile -i"
wait_for 'READY>'
keys "$RUN --mute calves" Enter
wait_for "Lines 1-"
keys C-z
wait_for "Stopped"
keys "fg" Enter
wait_for "Lines 1-"
keys Down
wait_for "Lines 2-"
keys q
wait_for 'READY>'

# No sound system: the first screen comes up before sound is tried, then the
# status line says what failed, with no key pressed.
tmux_start 80 24 "UNKNOT_CANBERRA_DRIVER=no-such-driver $RUN calves"
brief_shown
wait_for "sound: no such sound driver"
keys q
wait_exit >/dev/null

# close_terminal ARGS WHAT: closes the tmux terminal under the unknot
# started with ARGS, and waits (bounded) for it to end.
close_terminal() {
	local pid
	pid=$(unknot_pid) # unknot itself, not the shell around it
	[[ $(tr '\0' ' ' </proc/"$pid"/cmdline) == *" $1 "* ]] || fail "no unknot process for $2"
	tm kill-server
	local end=$((SECONDS + 10))
	while kill -0 "$pid" 2>/dev/null; do
		[ $SECONDS -lt $end ] || fail "$2 still runs after the terminal closed"
		sleep 0.05
	done
}

# The terminal goes away during a session: SIGHUP ends it, logged as quit
# (at real speed: a preview would be logged as one).
tmux_start 80 24 "$RUN --mute calves"
state=$XDG_STATE_HOME
brief_read
keys Enter
wait_for "Get into position"
close_terminal "--mute calves" "the session"
grep -q $'\tcalves\tcalves\t[0-9]*\t[0-9]*\tquit\t' "$state/unknot/history.tsv" ||
	fail "the session cut by SIGHUP was not logged: $(cat "$state/unknot/history.tsv")"
# Line mode on a terminal: Ctrl-D is no end of input there, and x still
# stops after two of them; the terminal closing still ends it.
tmux_start 80 24 "$RUN --plain --mute feet"
state=$XDG_STATE_HOME
brief_read
keys C-d # on the brief, the hint is how to begin
wait_for "Ctrl-D does nothing here: press Enter to begin, or type q and Enter to quit."
keys Enter
wait_for "Hold 1 of"
keys C-d C-d
wait_for "Ctrl-D does nothing here"
keys x Enter
wait_for "What happened?"
keys C-d # at the question, the hint is for the question
wait_for "Ctrl-D does nothing here: type 1, 2 or 3 and Enter to say what happened."
keys 1 Enter
wait_exit >/dev/null
grep -q $'\tstop:numbness\t' "$state/unknot/history.tsv" || fail "x after Ctrl-D lost: $(cat "$state/unknot/history.tsv")"
# ...and with its reader gone, the hint goes where the question went, to
# standard error, as does Ctrl-Z's way back and the question asked again.
tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
wait_for 'READY>'
keys "$RUN --plain --mute feet | sed '/Hold 1 of/q' >/dev/null" Enter
sleep 1 # the brief unseen; its reader goes once the session has begun
keys Enter
sleep 1
keys x Enter
wait_for "What happened?"
keys C-d
wait_for "Ctrl-D does nothing here: type 1, 2 or 3 and Enter to say what happened."
keys C-z
wait_for "unknot is paused: type fg and Enter to go back to it."
keys fg Enter
wait_for "Type 1, 2 or 3 and Enter"
keys 1 Enter
wait_for "You said: numbness or tingling."
wait_for 'READY>'
# A preset's next routine, on a terminal: said aloud, its notes outlast
# its 10 s prep, so it waits, paused, for the listener (not a pipe's).
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --plain --mute --speed 50 morning"
brief_read
keys Enter
wait_for "Next routine: Calves (calves)." 15
wait_for "Paused while you listen: type p and Enter when ready."
keys p Enter
wait_for "Resumed: getting into position"
keys q Enter
wait_exit >/dev/null
tmux_start 80 24 "$RUN --plain --mute calves"
brief_read
keys Enter C-d
wait_for "Ctrl-D does nothing here"
close_terminal "--plain --mute calves" "line mode"
# The terminal closing on line mode's brief keeps no session: nothing was
# rolled (it had begun on the end of input, and kept 0 s "ended early").
tmux_start 80 24 "$RUN --plain --mute calves"
state=$XDG_STATE_HOME
brief_shown
close_terminal "--plain --mute calves" "line mode's brief"
[ ! -s "$state/unknot/history.tsv" ] || fail "a session kept from line mode's brief: $(cat "$state/unknot/history.tsv")"
# Line mode's picker: Ctrl-D at its prompts is not the end either, and x
# still stops there.
state=$TMP/state-plain-pick
tmux_start 80 24 "XDG_STATE_HOME=$state $RUN --plain --mute"
wait_for "Type a number or an id"
keys C-d
wait_for "Ctrl-D does nothing here: type q and Enter to quit, x and Enter to stop."
keys x Enter
wait_for "What happened?"
keys C-d
wait_for "Ctrl-D does nothing here: type 1, 2 or 3 and Enter to say what happened."
keys 1 Enter
wait_for "You said: numbness or tingling."
wait_exit >/dev/null
grep -q $'\tstop:numbness\t' "$state/unknot/history.tsv" || fail "the picker's stop after Ctrl-D lost"
# The same in the picker.
tmux_start 80 24 "$RUN --mute --speed 6"
wait_for "Pick a routine"
close_terminal "--mute --speed 6" "the picker"
# A history with lines it cannot read: a stop there would go unseen, so
# the brief says so, from the picker too (a line on the terminal would
# be under the screen until the session ended).
state=$TMP/state-damaged
mkdir -p "$state/unknot"
printf 'not a history line\nnor this\n' >"$state/unknot/history.tsv"
tmux_start 80 24 "XDG_STATE_HOME=$state $RUN --mute calves"
brief_shown
wait_for "Warning: 2 lines of the history cannot be read, and a stop there would"
keys q
wait_exit >/dev/null
tmux_start 80 24 "XDG_STATE_HOME=$state $RUN --mute"
wait_for "Pick a routine"
keys / c a l v e s Enter
brief_shown
wait_for "Warning: 2 lines of the history cannot be read"
quit_via_picker
wait_exit >/dev/null
# A history that cannot be read at all: the brief says so too.
state=$TMP/state-unread
mkdir -p "$state/unknot/history.tsv"
tmux_start 80 24 "XDG_STATE_HOME=$state $RUN --mute calves"
brief_shown
wait_for "Warning: the history, $state/unknot/history.tsv,"
wait_for "cannot be read (not a regular file), and a stop in it would go unseen."
keys q
wait_exit >/dev/null
# The machine asleep mid-hold (a laptop's lid closed, the athlete gone):
# the monotonic clock stood still, and the hold went on where it was before
# whoever opened it; paused now. A shim preloaded sets the boot clock an
# hour on, as a sleep does, once a file is there.
${CC:-cc} -std=c17 -D_GNU_SOURCE -shared -fPIC -o "$TMP/slept.so" tests/data/slept.c -ldl ||
	fail "the sleep shim did not build"
in_prep "LD_PRELOAD=$TMP/slept.so UNKNOT_TEST_SLEPT=$TMP/slept $RUN --mute calves"
screen_text | grep -q PAUSED && fail "paused before any sleep: $(screen_text)"
touch "$TMP/slept"
wait_for "PAUSED"
keys q
wait_exit >/dev/null
echo "tui faults: ok"
