# End to end, ncurses: the terminal is given back as it was, after q and after
# SIGINT (Ctrl-C) during a hold; the stop screen is red, or reverse video
# under NO_COLOR; the done screen shows the summary and aftercare.
source "$(dirname "$0")/lib.sh"
export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

# SIGINT during a hold: stty -g before and after, inside the pane.
in_prep "stty -g >$TMP/before; $RUN --mute calves; s=\$?; stty -g >$TMP/after; exit \$s"
keys C-c
status=$(wait_exit)
[ "$status" = 130 ] || fail "SIGINT: exit status $status, expected 130"
cmp -s "$TMP/before" "$TMP/after" || fail "terminal modes changed: $(cat "$TMP/before") → $(cat "$TMP/after")"

# Ctrl-C ends a loop that runs unknot, as it ends any program's: unknot
# dies of the signal, after putting the terminal back, and the shell sees
# it (an exit of 130 began the next run).
tmux_start 80 24 "bash -c 'for i in 1 2; do $RUN --mute calves; echo after-run-\$i; done'"
brief_shown
keys C-c
status=$(wait_exit)
[ "$status" = 130 ] || fail "a loop after Ctrl-C: status $status"
screen_text | grep -q "after-run-1" && fail "the loop went on after Ctrl-C: $(screen_text)"

# Ctrl-\ (SIGQUIT) the same: no core dump on a raw terminal, and recorded.
rm -f "$TMP/before" "$TMP/after" # modes from the last run prove nothing
in_prep "stty -g >$TMP/before; $RUN --mute calves; s=\$?; stty -g >$TMP/after; exit \$s"
sleep 1.1 # a second done: a session of nothing is not recorded
keys 'C-\'
status=$(wait_exit)
[ "$status" = 131 ] || fail "SIGQUIT: exit status $status, expected 131"
cmp -s "$TMP/before" "$TMP/after" || fail "SIGQUIT: terminal modes changed: $(cat "$TMP/before") → $(cat "$TMP/after")"
grep -q $'\tquit\t' "$XDG_STATE_HOME/unknot/history.tsv" || fail "SIGQUIT: the session not recorded"
# What was done is left in the terminal, as after q, then why it ended.
screen_text >"$TMP/screen"
expect_in_order "$TMP/screen" '^Ended early: [0-9ms]+ of 2m10s\.$' '^unknot: Quit: session ended$'

# Keys typed for unknot that it never read (a held q's repeats, typed while
# it ends) are not the shell's next command: its input is emptied at the
# end. Typed while it is stopped, then ended, they are still waiting then.
tmux_start 80 24 "$RUN --mute calves; s=\$?; stty -icanon min 0 time 5; dd bs=100 count=1 2>/dev/null | od -c >$TMP/left; exit \$s"
brief_shown
pid=$(unknot_pid)
kill -STOP "$pid"
keys 'qqqq'
sleep 0.3
kill -TERM "$pid"
kill -CONT "$pid"
status=$(wait_exit)
[ "$status" = 143 ] || fail "SIGTERM while stopped: exit status $status"
grep -q 'q' "$TMP/left" && fail "keys left for the shell: $(cat "$TMP/left")"

# Line mode's list on a terminal: a number and Enter pressed twice (a hand
# that doubles keys) opens the brief, and the second Enter, typed before it
# was said, does not begin it.
tmux_start 80 24 "$RUN --plain --mute"
wait_for "Type a number or an id"
keys 2 Enter Enter
wait_for "Press Enter to begin"
keys Enter # 0.1 s or so behind it, as a hand that doubles keys
sleep 0.5
screen_text | grep -q '\] Hold 1 of' && fail "line mode: a doubled Enter began the session: $(screen_text)"
sleep 0.3
keys Enter
wait_for "] Hold 1 of"
keys q Enter
wait_exit >/dev/null

# Line mode on a terminal: the "^C" it echoes stays on a line of its own,
# and Ctrl-C on the brief is told as q there tells it.
tmux_start 80 24 "$RUN --plain --mute calves"
brief_shown
keys C-c
[ "$(wait_exit)" = 130 ] || fail "Ctrl-C on line mode's brief: exit status"
screen_text | grep -q "^unknot: Interrupt: quit before it began$" || fail "Ctrl-C on line mode's brief: $(screen_text)"
tmux_start 80 24 "$RUN --plain --mute calves"
brief_read
keys Enter
wait_for "] Hold 1 of"
keys C-c
[ "$(wait_exit)" = 130 ] || fail "Ctrl-C in a line-mode hold: exit status"
screen_text >"$TMP/screen"
expect_in_order "$TMP/screen" '^\^C$' '^Ended early: [0-9]+ seconds? of ' '^unknot: Interrupt: session ended$'

# Ctrl-S in line mode holds nothing up: it had stopped the terminal's
# output, and unknot with it, so a stop typed after it was neither said
# nor kept until Ctrl-Q. Flow control is off while unknot runs, and back
# as it was after.
tmux_start 80 24 "stty -g >$TMP/before; $RUN --plain --mute calves; s=\$?; stty -g >$TMP/after; exit \$s"
brief_read
keys Enter
wait_for "] Hold 1 of"
keys C-s
sleep 0.3
keys x Enter
wait_for "What happened"
grep -q $'\tstop:unknown\t' "$XDG_STATE_HOME/unknot/history.tsv" ||
	fail "Ctrl-S, then a stop in line mode: not kept: $(screen_text)"
keys 1 Enter
wait_exit >/dev/null
cmp -s "$TMP/before" "$TMP/after" || fail "line mode: terminal modes changed: $(cat "$TMP/before") → $(cat "$TMP/after")"

# --list, --dry-run and --help on a narrow terminal: no row wider than it
# (the terminal would break it anywhere); the list's titles give way, a
# step's words go on under it.
for cmd in "40 --list" "50 --list" "60 --list" "60 --dry-run --kid kids feet" "30 --dry-run feet" \
	"40 --help" "60 --help"; do
	tmux_start "${cmd%% *}" 60 "UNKNOT_DATA_DIR=$ROOT $RUN ${cmd#* }"
	wait_exit >/dev/null
	# a row the terminal broke is one joined (-J), and there are fewer
	[ "$(tm capture-pane -p -J -t t | wc -l)" = "$(screen_text | wc -l)" ] ||
		fail "$cmd columns, rows wider: $(tm capture-pane -p -J -t t)"
done
tmux_start 40 60 "UNKNOT_DATA_DIR=$ROOT $RUN --list" # a phone's: each row in two
wait_exit >/dev/null
screen_text >"$TMP/screen"
expect_in_order "$TMP/screen" '^back        Upper back on the roller$' '^            back, 5m25s, adult, teen$'
# An id of yours padded by its columns, not its bytes: its title lines up.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
cp bench/short.yaml "$XDG_DATA_HOME/unknot/routines/étirement.yaml"
tmux_start 40 60 "UNKNOT_DATA_DIR=$ROOT $RUN --list"
wait_exit >/dev/null
screen_text | grep -qx 'étirement   Benchmark' || fail "a non-ASCII id stacked: $(screen_text | grep -A1 tirement)"
rm "$XDG_DATA_HOME/unknot/routines/étirement.yaml"
tmux_start 40 90 "XDG_STATE_HOME=/var/lib/a-clinic/client-seven/state $RUN --help" # with a large font: each option over its words
wait_exit >/dev/null
screen_text >"$TMP/screen"
expect_in_order "$TMP/screen" '^  -k, --kid$' '^        for a child: simple words, light$' '^        pressure, holds to 30s$'
# an option too long to have its words beside it, where the others are
grep -qx '  -n, --dry-run ROUTINE...' "$TMP/screen" || fail "--help at 40 columns, --dry-run: $(cat "$TMP/screen")"
# the history's path broken after a '/', no name in it split
grep -qx '        state/unknot/history.tsv' "$TMP/screen" || fail "--help at 40 columns, the history's path: $(cat "$TMP/screen")"
tmux_start 30 60 "UNKNOT_DATA_DIR=$ROOT $RUN --dry-run feet"
wait_exit >/dev/null
screen_text | grep -q "^          pressure$\|^          hold 30s, light pressure$" ||
	fail "--dry-run at 60 columns: a step not wrapped under itself: $(screen_text)"

# The stop screen: red background with colours…
tmux_start 80 24 "$RUN --mute calves"
brief_shown
keys x
wait_for "What happened?"
tm capture-pane -e -p -t t | grep -qE $'\e\\[[0-9;]*41[;m]' || fail "no red background on the stop screen"
keys q
wait_exit >/dev/null


# …and reverse video without them (NO_COLOR).
tmux_start 80 24 "NO_COLOR=1 $RUN --mute calves"
brief_shown
keys x
wait_for "What happened?"
cap=$(tm capture-pane -e -p -t t)
grep -qE $'\e\\[[0-9;]*41[;m]' <<<"$cap" && fail "colour under NO_COLOR"
grep -qE $'\e\\[[0-9;]*7[;m]' <<<"$cap" || fail "no reverse video on the monochrome stop screen"
keys q
wait_exit >/dev/null
# Nor anything dim (half-bright): NO_COLOR is the low-vision setting, and
# the picker's summary, the help's last line, "Next:" were drawn so.
tmux_start 80 24 "NO_COLOR=1 $RUN --mute"
wait_for "Pick a routine"
cap=$(tm capture-pane -e -p -t t)
grep -qE $'\e\\[([0-9;]*;)?2[;m]' <<<"$cap" && fail "dim under NO_COLOR: $(printf '%s' "$cap" | cat -v | head -30)"
keys q
wait_exit >/dev/null


# wait_cursor 0|1 WHY: until the pane's cursor is hidden (0) or shown (1).
wait_cursor() {
	local end=$((SECONDS + 5))
	until [ "$(tm display-message -p -t t '#{cursor_flag}')" = "$1" ]; do
		[ $SECONDS -lt $end ] || fail "$2"
		sleep 0.05
	done
}

# Start to finish at high speed: the done screen waits for q. The cursor is
# hidden while unknot has the screen, and shown again after.
tmux_start 80 24 "stty -g >$TMP/before; $RUN --mute --speed 100 feet; s=\$?; stty -g >$TMP/after; exit \$s"
brief_shown
wait_cursor 0 "the cursor shows on the brief screen"
enter_to_begin
wait_for "q to close" 20
seen=$(date +%s) # the session has ended by now: its summary is up
wait_for "Time: "
wait_for "Holds: 3"
wait_for "Drink a glass of water."
screen_text | grep -q "^ *Well done\.$" || fail "a whole session, not praised: $(screen_text)"
screen_text | head -1 | grep -qE '^ Morning feet +done *$' || fail "done title: $(screen_text | head -1)"
sleep 3 # the summary read: the session ended before it closed
keys q
status=$(wait_exit)
[ "$status" = 0 ] || fail "exit status $status after done"
cmp -s "$TMP/before" "$TMP/after" || fail "terminal modes changed after q"
wait_cursor 1 "the cursor stays hidden after q"
screen_text | grep -qE '^Done: 3 holds, [0-9ms]+\. A preview: not counted as practice\.$' ||
	fail "no word left of the session done: $(screen_text)"
# Its line says when it ended, not when its summary closed: by the time
# the summary was seen, not 3 s later. (Counted from its start, which is
# taken before the brief, a busy machine made the 1 s session 3 s long.)
line=$(tail -1 "$XDG_STATE_HOME/unknot/history.tsv")
(( $(date -d "$(cut -f11 <<<"$line")" +%s) <= seen )) ||
	fail "ended after its summary was up at $(date -d @"$seen" +%T), at the summary's close: $line"

# A locale without UTF-8: each character beyond ASCII is one that looks
# like it (é as e, – as -: "drücke „x“" had read "dr?cke ?x?"), else a '?',
# as wide as it is, never bytes that ncurses shows as escapes wider than
# measured.
tmux_start 40 14 "LC_ALL=C $RUN --mute tests/data/cafe.yaml"
wait_for "Cafe stretch - tres doux - feet -"
wait_for "Doux - tres doux, pour les pieds"
screen_text | grep -qE '~|M-' && fail "bytes shown as escapes: $(screen_text)"
keys q
wait_exit >/dev/null
# A UTF-8 locale asked for but not installed here (de_DE.UTF-8 on a fresh
# container, or sent over SSH): the text all the same, not a '?' for each
# letter beyond ASCII.
tmux_start 40 14 "unset LC_ALL LC_CTYPE; LANG=de_DE.UTF-8 $RUN --mute tests/data/cafe.yaml"
wait_for "Café stretch – très doux — feet —"
keys q
wait_exit >/dev/null
# No colour and no UTF-8: the big STOP is in plain video on the stop
# screen's reverse video, not reverse on reverse (one even block).
stopped_in_prep "LC_ALL=C NO_COLOR=1 $RUN --mute calves"
row=$(tm capture-pane -p -e -N -t t | sed -n 2p)
[ "$(grep -o $'\e\\[[0-9;]*m' <<<"$row" | sort -u | wc -l)" -ge 2 ] ||
	fail "the big STOP unseen without colour: $(cat -v <<<"$row")"
keys 1 q
wait_exit >/dev/null
# COLUMNS and LINES left exported from another size: the terminal's own
# size is drawn to, not theirs.
tmux_start 60 12 "COLUMNS=20 LINES=5 $RUN --mute calves"
wait_for_re "Enter (start|more)"
screen_text | grep -q "too small" && fail "COLUMNS=20 taken for the size: $(screen_text)"
screen_text | head -1 | grep -qE '^ Calves after a run +[0-9]+ holds' || fail "not drawn at 60 columns: $(screen_text)"
keys q
wait_exit >/dev/null
# What loading says (a routine of yours that the id does not run) is on
# the brief, not only on standard error under the screen; and there after.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
cp routines/calves.yaml "$XDG_DATA_HOME/unknot/routines/calves.yaml"
tmux_start 80 24 "$RUN --mute calves"
brief_shown
screen_text | tr -s ' \n' ' ' | grep -qF "Note: 'calves' runs a bundled routine; your routine, $XDG_DATA_HOME/unknot/routines/calves.yaml, runs by its path (or rename it)" ||
	fail "no note on the brief: $(screen_text)"
keys q
wait_exit >/dev/null
screen_text | tr -s ' \n' ' ' | grep -qF "unknot: note: 'calves' runs a bundled routine" || fail "no note after: $(screen_text)"
# Gone on without an area held by a stop, the brief keeps the note.
printf '\nx\n1\n' | XDG_STATE_HOME=$TMP/state-$((TMUX_N + 1)) $RUN --plain --mute back >/dev/null 2>&1
tmux_start 80 40 "$RUN --mute calves back"
wait_for "Enter alone runs the rest without"
enter_to_begin
brief_shown
screen_text | grep -q "Without back today" &&
	screen_text | tr -s ' \n' ' ' | grep -qF "Note: 'calves' runs a bundled routine" ||
	fail "no note on the brief without back: $(screen_text)"
keys q
wait_exit >/dev/null
rm "$XDG_DATA_HOME/unknot/routines/calves.yaml"
# A routine sent again beside a preset: a note on the brief, not a line
# of unknot's own under the screen ("unknot: ./ball.yaml ...").
mkdir -p "$TMP/sent"
sed 's/^title: .*/title: Calves lighter/' routines/calves.yaml >"$TMP/sent/calves.yaml"
printf 'title: Week two\nroutines: [calves]\n' >"$TMP/sent/w2.yaml"
tmux_start 80 24 "cd $TMP/sent && $RUN --mute ./w2.yaml"
brief_read
screen_text | tr -s ' \n' ' ' | grep -qF "Note: ./calves.yaml, beside this preset, is not the 'calves' that runs" ||
	fail "no note of a routine sent again on the brief: $(screen_text)"
keys q
wait_exit >/dev/null
# What each key does is in the normal weight, not dim: the words that get
# out, read on a dark screen with a large font too.
tmux_start 80 24 "$RUN --mute calves"
brief_shown
legend=$(tm capture-pane -p -e -t t | tail -1)
[[ $legend == *quit* ]] || fail "no legend: $legend"
[[ $legend == *$'\e[2m'* ]] && fail "the legend drawn dim: $(printf '%s' "$legend" | cat -v)"
keys q
wait_exit >/dev/null

# A terminal with no screen of its own to leave (a vt220, the Linux
# console): the last screen is cleared on the way out, so that what is
# said after it, and the shell's prompt, do not land on its legend.
UI_TERM=vt220 tmux_start 80 24 "$RUN --mute calves"
brief_read
keys Enter
wait_for "Get into position"
keys q
wait_exit >/dev/null
screen_text | grep -q "x STOP" && fail "vt220: the last screen stayed:"$'\n'"$(screen_text)"
[[ "$(screen_text | grep -v '^$' | head -1)" == "Ended early: "*" of 2m10s." ]] ||
	fail "vt220: not what was said on a clear screen:"$'\n'"$(screen_text)"
# A terminal that says it has a screen of its own but does not keep it
# (GNU screen, tmux with alternate-screen off): the last screen is cleared
# too, and the line said after it stands alone, not over the legend.
tmux_start 80 24 "until [ -e $TMP/go ]; do sleep 0.05; done; $RUN --mute calves"
tm set-window-option -g alternate-screen off
touch "$TMP/go"
brief_read
keys Enter
wait_for "Get into position"
keys q
wait_exit >/dev/null
rm "$TMP/go"
screen_text | grep -q "x STOP" && fail "no alternate screen: the last screen stayed:"$'\n'"$(screen_text)"
screen_text | grep -qx "Ended early: .* of 2m10s\." ||
	fail "no alternate screen: the line is not alone:"$'\n'"$(screen_text)"
# A terminal that cannot move the cursor (TERM=dumb): the picker gives way
# to line mode's, as a session named does, and says so once; what it
# picks runs in line mode.
tmux_start 80 24 "TERM=dumb $RUN --mute 2>$TMP/dumb-err"
wait_for "Type a number or an id"
keys calves Enter
brief_shown
keys q Enter # back to the list, not said again: how to hear it
wait_for "Back to the list: help says it again."
keys q Enter
[ "$(wait_exit)" = 0 ] || fail "TERM=dumb picker: exit $(cat "$TMP/status"): $(screen_text)"
[ "$(cat "$TMP/dumb-err")" = "unknot: this terminal cannot move the cursor; line mode instead" ] ||
	fail "TERM=dumb picker said: $(cat "$TMP/dumb-err")"
# With no TERM at all, the variable is named: the terminal is not at fault.
tmux_start 80 24 "unset TERM; $RUN --mute calves 2>$TMP/noterm-err"
brief_shown
keys q Enter
wait_exit >/dev/null
[ "$(cat "$TMP/noterm-err")" = "unknot: TERM is not set, so no screen can be drawn (set it, as TERM=xterm-256color); line mode instead" ] ||
	fail "no TERM said: $(cat "$TMP/noterm-err")"
# In kid mode, the next routine's notes, written for grown-ups, come
# after a word that they are, as on the brief.
# Each n waits for the hold it skips to be gone, and the notes are read
# off the same screen as "Get into position": at the speed of a busy
# machine, a second look could find the next hold, or n pressed twice.
tmux_start 80 30 "$RUN --mute --kid feet back"
brief_read
keys Enter
wait_for "Get into position"
for _ in $(seq 12); do
	top=$(screen_text | head -1)
	grep -q "Upper back" <<<"$top" && break
	presses n n # a prep, its hold
	for _ in $(seq 100); do [ "$(screen_text | head -1)" != "$top" ] && break; sleep 0.05; done
done
wait_for "Get into position"
screen=$(screen_text)
grep -q "Upper back" <<<"$screen" || fail "back's first hold not reached: $screen"
tr -s ' \n' ' ' <<<"$screen" | grep -qF "Not written for kids: stay with them" ||
	fail "back's notes in kid mode, unmarked: $screen"
keys q
wait_exit >/dev/null
# Ctrl-L draws the whole screen again, as in any curses program: what
# another program wrote on it (a wall broadcast, a background job) goes, in
# the picker, in a hold and on the summary.
# scribble: text written to the pane's terminal, past unknot.
scribble() { printf '\033[5;5HGARBAGE GARBAGE' >"$(tm display-message -p -t t '#{pane_tty}')"; }
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
scribble
wait_for "GARBAGE"
keys C-l
wait_gone "GARBAGE"
keys / c a
wait_for "/ ca"
scribble
wait_for "GARBAGE"
keys C-l # with the filter open too, where letters are the filter's
wait_gone "GARBAGE"
screen_text | grep -q "/ ca_\?$" || fail "Ctrl-L went into the filter: $(screen_text)"
keys Escape q
wait_exit >/dev/null
tmux_start 80 24 "$RUN --mute --speed 10 calves"
brief_read
keys Enter
wait_for "Hold — moderate pressure" 20
scribble
wait_for "GARBAGE"
keys C-l
wait_gone "GARBAGE"
screen_text | grep -q "Hold — moderate pressure" || fail "Ctrl-L in a hold: $(screen_text)"
wait_for "Aftercare" 30
scribble
wait_for "GARBAGE"
keys C-l
wait_gone "GARBAGE"
keys q
wait_exit >/dev/null
# A terminal that tells no size (a serial console: 0 columns) is drawn at
# COLUMNS and LINES, not at terminfo's 80x24 (wrapped by the real one).
tmux_start 100 40 "stty cols 0 rows 0; COLUMNS=60 LINES=20 $RUN --mute feet"
wait_for "x STOP"
legend=$(screen_text | sed -n 20p)
[[ $legend == *"x STOP" ]] && [ "${#legend}" -le 60 ] ||
	fail "COLUMNS and LINES on a terminal of no size: $(screen_text | cat -A | head -24)"
keys q
wait_exit >/dev/null
echo "ui_terminal: ok"
