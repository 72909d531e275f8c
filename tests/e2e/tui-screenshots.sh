# Screenshots of the ncurses screens as text (tmux capture-pane), 80×24:
# picker, picker-help, brief, prep, hold, help, too-hard, paused, stop,
# stop-advice, done, reminder, small.
#   tests/e2e/tui-screenshots.sh docs/screens   writes them for the docs
#   tests/e2e/tui-screenshots.sh                (as a test) into a temp dir, and
#                                           checks each shows what it must
source "$(dirname "$0")/lib.sh"
out=${1:-$TMP/screens}
case $out in /*) ;; *) out=$ROOT/$out ;; esac
mkdir -p "$out"
# The bundled routines when they are there, else the test fixtures.
[ -f "$ROOT/routines/feet.yaml" ] || export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

shot() { # name, text that must be on it
	wait_for "$2" 20
	screen_text >"$out/$1.txt"
}

tmux_start 80 24 "$RUN --mute" # real time: a preview says so on its screens
shot picker "Pick a routine"
keys '?'
shot picker-help "search (Esc clears)"
keys Escape
wait_gone "search (Esc clears)"
keys /
keys f e e t
wait_for "Morning feet"
keys Enter
shot brief "Press Enter to begin"
enter_to_begin
wait_for "Get into position"
shot prep "Get into position"
wait_for "Hold — " 20
shot hold "breathe"
keys '?'
shot help "any key closes this help"
keys Escape
wait_gone "any key closes this help"
keys h
shot too-hard "Too hard?"
keys Space
shot paused "PAUSED"
keys x
shot stop "Press 1, 2 or 3"
keys 1
shot stop-advice "You said:"
keys q
wait_exit >/dev/null

tmux_start 80 24 "$RUN --mute --speed 200 feet"
wait_for "Press Enter to begin"
enter_to_begin
shot done "Preview at 200x speed: not counted as practice."
keys q
wait_exit >/dev/null

# The next session of feet after a stop there this morning.
line="$(date +%Y-%m-%d)T07:30:00$(date +%:z)"$'\tfeet\tfeet\t160\t40\tstop:numbness\t0\tfeet'
tmux_start 80 24 "$(with_history "$line")$RUN --mute feet"
shot reminder "and Enter to go on"
keys Escape
wait_exit >/dev/null

tmux_start 80 24 "$RUN --mute feet"             # begun where the brief is read,
wait_for "Press Enter to begin"
enter_to_begin
wait_for "Get into position"
resize 30 10                                      # then made too small
wait_for "terminal too small"
wait_for ":"                                      # the time left
shot small "terminal too small"
keys x 3 # at once, x and its answer: a key after those is dropped
wait_for "You said"
keys q
wait_exit >/dev/null
# README's hold is this one: the first block of its "What it looks like".
sed -n '/^## What it looks like/,/^## /p' "$ROOT/README.md" | sed -n '/^```$/,/^```$/p' | sed '1d;$d' >"$TMP/readme-hold"
[ -n "${1:-}" ] || diff "$TMP/readme-hold" "$out/hold.txt" >&2 ||
	fail "README's hold screen is not the one drawn now (above: README <, screen >)"
# A temp dir is gone once the test ends: name the folder only when it stays.
if [ -n "${1:-}" ]; then
	echo "screenshots: $(ls "$out" | wc -l) screens in ${out#"$ROOT"/}"
else
	echo "screenshots: $(ls "$out" | wc -l) screens, each as it must be"
fi
