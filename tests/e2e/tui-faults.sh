# End to end, ncurses: Ctrl-Z suspends and fg resumes, paused, redrawn; the
# terminal closing under a session (SIGHUP) ends it cleanly and logs it.
source "$(dirname "$0")/lib.sh"
export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

# Ctrl-Z in a hold, then fg, from an interactive shell with job control.
tmux_start 80 24 "PS1='READY>' bash --norc --noprofile -i"
wait_for 'READY>'
keys "$RUN --mute calves" Enter
wait_for "Press Enter to begin"
keys Enter
wait_for "Get into position"
keys C-z
wait_for "Stopped"
screen_text | grep -q "x STOP" && fail "the coach is still drawn after Ctrl-Z"
keys "fg" Enter
wait_for "PAUSED"           # suspended time does not count: the hold waits
wait_for "x STOP"
keys " "
wait_gone "PAUSED"
keys q
wait_for 'READY>'

# The terminal goes away during a hold: SIGHUP ends the session, logged as quit.
tmux_start 80 24 "$RUN --mute --speed 5 calves"
state=$XDG_STATE_HOME
wait_for "Press Enter to begin"
keys Enter
wait_for "Hold"
pid=$(pgrep -f -- "--mute --speed 5 calves" | head -1)
[ -n "$pid" ] || fail "no unknot process"
tm kill-server
end=$((SECONDS + 10))
while kill -0 "$pid" 2>/dev/null; do
	[ $SECONDS -lt $end ] || fail "unknot still running after the terminal closed"
	sleep 0.05
done
grep -q $'\tquit\t' "$state/unknot/history.tsv" || fail "the session cut by SIGHUP was not logged"
# The same in the picker.
tmux_start 80 24 "$RUN --mute --speed 6"
wait_for "Pick a routine"
pid=$(pgrep -f -- "--mute --speed 6" | head -1)
tm kill-server
end=$((SECONDS + 10))
while kill -0 "$pid" 2>/dev/null; do
	[ $SECONDS -lt $end ] || fail "the picker still runs after the terminal closed"
	sleep 0.05
done
echo "tui faults: ok"
