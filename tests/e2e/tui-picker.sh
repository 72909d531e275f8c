# End to end, ncurses picker: filter, help, STOP from the picker, quit.
source "$(dirname "$0")/lib.sh"
export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

tmux_start 80 24 "$RUN --mute"
wait_for "3 of 3 routines"
keys /
wait_for "Esc clear"
keys f e e
wait_for "1 of 3 routines"
screen_text | grep -q "Morning feet" || fail "filter lost the match: $(screen_text)"
screen_text | grep -q "Upper back" && fail "filter kept a non-match: $(screen_text)"
keys BSpace BSpace BSpace x y z                   # typed x is text here, not STOP
wait_for "Nothing matches the filter"
keys Escape
wait_for "3 of 3 routines"
keys '?'
wait_for "filter (Esc clears)"
keys Escape
wait_gone "filter (Esc clears)"
keys q
status=$(wait_exit)
[ "$status" = 0 ] || fail "q: exit status $status"


# STOP from the picker: the stop screen without a session.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
keys x
wait_for "What happened?"
wait_for "Stop now. Gently move off the roller or ball."
keys 2
wait_for "You said: sharp pain."
wait_for "see a doctor or"
keys q
wait_exit >/dev/null
grep -q $'\t-\t-\t0\t0\tstop:sharp-pain\t0\t-$' "$XDG_STATE_HOME/unknot/history.tsv" ||
	fail "the stop from the picker was not logged"


# Ctrl-C in the picker: exit 128+SIGINT and the terminal as it was.
tmux_start 80 24 "stty -g >$TMP/before; $RUN --mute; s=\$?; stty -g >$TMP/after; exit \$s"
wait_for "Pick a routine"
keys C-c
status=$(wait_exit)
[ "$status" = 130 ] || fail "SIGINT in the picker: exit status $status"
cmp -s "$TMP/before" "$TMP/after" || fail "terminal modes changed after Ctrl-C in the picker"
echo "ui_picker: Ctrl-C ok"
