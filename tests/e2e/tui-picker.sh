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
wait_for "Nothing matches the filter (Backspace fixes it, Esc clears it)."
tm resize-window -t t -x 40 -y 22                 # a phone's: Backspace still named
wait_for "No match (Backspace, or Esc clears)."
tm resize-window -t t -x 80 -y 24
keys C-u c a                                      # Ctrl-U empties the line, as on a shell's
wait_for "1 of 3 routines"
screen_text | grep -q "Calves after a run" || fail "Ctrl-U, ca: not calves: $(screen_text)"
keys Escape
wait_for "3 of 3 routines"
# A slipped letter that leaves the selected row out moves the selection;
# Esc puts it back where it was, not on the match (an Enter next would
# begin a routine not picked).
keys End
wait_for "› feet"
keys v                                            # only calves has a v
wait_for "› calves"
keys Escape
wait_for "› feet"
keys Home
wait_for "› back"
keys Down Down Up                                 # arrows move the selection
keys '?'
wait_for "search (Esc clears)"
keys Escape
wait_gone "search (Esc clears)"
keys Enter
brief_shown
screen_text | grep -q "Calves after a run" || fail "Down Down Up, Enter: not the second routine: $(screen_text)"
# q on the brief of a wrong pick: back to the list, where it was, to pick
# another (the legend says so); the list's own q quits.
screen_text | tail -1 | grep -q "q back" || fail "the picker's brief: no 'q back': $(screen_text | tail -1)"
keys q
wait_for "3 of 3 routines"
screen_text | grep -q "^› calves " || fail "q on the brief: the list not where it was: $(screen_text)"
sleep 0.75 # a q close behind the brief's is that q doubled
keys q
status=$(wait_exit)
[ "$status" = 0 ] || fail "q: exit status $status"


# A preset of yours is listed after the routines, with their time added up;
# Enter coaches its routines in a row.
mkdir -p "$XDG_DATA_HOME/unknot/presets"
printf 'title: Legs after a run\nsummary: Feet, then calves.\nroutines: [feet, calves]\n' \
	>"$XDG_DATA_HOME/unknot/presets/legs.yaml"
tmux_start 80 24 "$RUN --mute"
wait_for "4 of 4 routines and presets"
# secs ID: the TIME column of that row ("2m10s") in seconds.
secs() {
	screen_text | awk -v id="$1" '$1 == id || $2 == id {
		for (i = 1; i <= NF; i++) if ($i ~ /^([0-9]+m)?([0-9]+s)?$/ && $i ~ /[ms]$/) t = $i
		m = t ~ /m/ ? t : "0m"; sub(/m.*/, "", m); s = t; sub(/.*m/, "", s); sub(/s/, "", s)
		print m * 60 + s }'
}
[ "$(secs legs)" = $(( $(secs feet) + $(secs calves) )) ] ||
	fail "preset time $(secs legs) s is not feet's and calves' added: $(screen_text)"
keys / l e g s
wait_for "1 of 4 routines and presets"
row=$(screen_text | grep "legs ")
[[ $row =~ legs\ +Legs\ after\ a\ run\ \(yours\)\ +preset ]] || fail "preset row: '$row'"
# Who it is for: whom both are for (feet is for adults and kids, calves
# for adults), not "-" as when they differed.
[[ $row =~ \ adult$ ]] || fail "a preset's audience, not what its routines share: '$row'"
screen_text | grep -q "Feet, then calves. (feet, calves)" || fail "preset summary: $(screen_text)"
keys Enter
brief_shown
wait_for "Morning feet"
wait_for "Calves after a run"
# The brief is the preset's: its title (not "(yours)") and its summary.
screen_text | head -1 | grep -q '^ Legs after a run  ' || fail "preset brief title: $(screen_text | head -1)"
screen_text | grep -q '^  Feet, then calves\.$' || fail "preset brief summary: $(screen_text)"
quit_via_picker
wait_exit >/dev/null
# A preset run to its end is named on the done screen too.
tmux_start 80 24 "$RUN --mute --speed 200 legs"
brief_read
keys Enter
wait_for "Well done."
screen_text | head -1 | grep -qE '^ Legs after a run +done *$' || fail "preset done title: $(screen_text | head -1)"
keys q
wait_exit >/dev/null
rm -r "$XDG_DATA_HOME/unknot/presets"

# A routine of yours with a bundled id is listed after the bundled one, and
# Enter on its row runs yours, not the bundled one. A broken file is left
# out, and the picker says so.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
sed 's/^title: Morning feet$/title: My own feet/' "$UNKNOT_DATA_DIR/routines/feet.yaml" \
	>"$XDG_DATA_HOME/unknot/routines/feet.yaml"
cp "$ROOT/tests/data/broken.yaml" "$XDG_DATA_HOME/unknot/routines/"
tmux_start 80 24 "$RUN --mute"
wait_for "4 of 4 routines"
wait_for "1 file with errors left out: unknot --list says why"
screen_text | grep -A1 "Morning feet" | grep -q "My own feet" || fail "yours not after the bundled: $(screen_text)"
keys / f e e t
wait_for "2 of 4 routines"
keys Down Enter
brief_shown
screen_text | grep -q "My own feet" || fail "Enter on your feet ran another: $(screen_text)"
# q tapped twice on that brief goes back to the picker, and stays there:
# the second is the first doubled, not a quit of unknot.
# Held down, its repeats (a tenth of a second apart here) keep being the
# first; another key first, a q after it is meant, at once.
keys q
sleep 0.15 # the second a moment after, as a finger doubles it (at once, both reach the brief)
for _ in $(seq 8); do keys q; sleep 0.1; done
wait_for "Pick a routine"
sleep 0.3
[ -e "$TMP/status" ] && fail "q doubled or held on a brief quit unknot"
screen_text | grep -q "Pick a routine" || fail "q doubled on a brief: $(screen_text)"
keys j q
wait_exit >/dev/null
# ...but tapped again and again, half a second apart (nothing seemed to
# happen), its third quits: only a held q's repeats keep being the first.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
keys Enter
brief_shown
keys q
wait_for "Pick a routine"
for _ in 1 2 3; do sleep 0.5; keys q; done
wait_exit >/dev/null
rm -r "$XDG_DATA_HOME/unknot/routines"

# STOP from the picker: the stop screen without a session. s, the start of
# "shoulders" to someone looking for it, does not open it here.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
# s begins a search here, as any letter that is no key of the picker does,
# for a name typed at the list ("shoulders", "calves"): found as typed.
keys s
wait_for "  / s_"
screen_text | grep -q "What happened?" && fail "s in the picker opened the stop screen"
keys Escape
wait_gone "/ s_"
keys b a c
wait_for "  / bac_"
wait_for "1 of 3 routines"
screen_text | grep -q "Upper back" || fail "bac found no back: $(screen_text)"
keys Escape
wait_gone "/ bac_"
keys c a l v
wait_for "  / calv_"
screen_text | grep -q "Slow rolling for tight calves" || fail "calv found no calves: $(screen_text)"
keys Escape
wait_gone "/ calv_"
keys x
wait_for "What happened?"
wait_for "Stop now. Gently move off the roller or ball."
keys 2
wait_for "You said: sharp pain."
wait_for "see a doctor or"
keys q
wait_exit >/dev/null
screen_text | grep -q "^Stopped: sharp pain\. Do not roll again today\. If the pain" || fail "the picker's stop left no word: $(screen_text)"
grep -q $'\t-\t-\t0\t0\tstop:sharp-pain\t0\t-\tadult\t-\t20[0-9-]*T[0-9:]*[+-][0-9:]*\t-$' "$XDG_STATE_HOME/unknot/history.tsv" ||
	fail "the stop from the picker was not logged"
# It was in no area, so the next session of any area is reminded of it.
printf 'no\n' | $RUN --plain --mute calves >"$TMP/out" 2>&1
grep -qE '^You stopped today at [0-9:]+: sharp pain\.$' "$TMP/out" ||
	fail "no reminder of the stop from the picker: $(cat "$TMP/out")"
grep -q 'Not today, then\. Rest\.$' "$TMP/out" || fail "'no' after a stop in no area: $(tail -1 "$TMP/out")"
# A stop from the picker that cannot be kept says so, after the screen.
mkdir -p "$TMP/full/unknot"
ln -s /dev/full "$TMP/full/unknot/history.tsv"
tmux_start 200 24 "XDG_STATE_HOME=$TMP/full $RUN --mute" # wide: the warning on one line
wait_for "Pick a routine"
keys x
wait_for "What happened?"
keys 1 q
wait_exit >/dev/null
screen_text | grep -q "warning: history not saved: .*No space left on device" ||
	fail "a stop from the picker lost without a word: $(screen_text)"
# Written twice (at x, then with its answer), it is said once.
[ "$(screen_text | grep -c "history not saved")" = 1 ] && [ "$(screen_text | grep -c "this stop is not kept")" = 1 ] ||
	fail "a stop not kept, said twice: $(screen_text)"
# Ctrl-C on that stop screen closes it as in a session: exit status 130.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
keys x
wait_for "What happened?"
keys 2
wait_for "You said: sharp pain."
kill -INT "$(unknot_pid)"
status=$(wait_exit)
[ "$status" = 130 ] || fail "Ctrl-C on the picker's stop screen: exit status $status"
screen_text | grep -q "^Stopped: sharp pain\." || fail "Ctrl-C took the stop's words: $(screen_text)"
# After a kid's stop from the picker, in kid mode that day, a routine picked
# is not begun: the picker's screen says why, with no question, and the
# words stay on the terminal (no picker comes back over them).
state=$XDG_STATE_HOME
printf '%s\t-\t-\t0\t0\tstop:numbness\t0\t-\tkid\t-\n' "$(date +%Y-%m-%dT%H:%M:%S%:z)" \
	>>"$state/unknot/history.tsv"
tmux_start 80 24 "XDG_STATE_HOME=$state $RUN --mute --kid"
wait_for "Pick a routine for a child"
keys Enter
wait_for "No more rolling until 05:00 tomorrow"
screen_text | grep -q " after a stop$" || fail "the kid's refusal not on the screen: $(screen_text)"
screen_text | grep -q "type yes" && fail "a child was asked to type yes: $(screen_text)"
keys y # not an answer: it only closes
wait_read
screen_text | grep -q "^ q close" || fail "y closed the kid's refusal: $(screen_text)"
keys q
[ "$(wait_exit)" = 0 ] || fail "kid, the day of a stop: exit status"
screen_text | grep -q "^No more rolling until 05:00 tomorrow\. See you then!$" || fail "kid refusal not left: $(screen_text)"
# A grown-up's picker ends too after a child's routine is refused: the
# child is likely at the keys, told no more rolling today.
tmux_start 80 24 "XDG_STATE_HOME=$state UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
keys /
keys -l kids
keys Enter
wait_for "No more rolling until 05:00 tomorrow"
keys q
[ "$(wait_exit)" = 0 ] || fail "the grown-up's picker after a child's refusal: exit status"
screen_text | grep -q "Pick a routine" && fail "the picker came back after a child's refusal: $(screen_text)"
screen_text | grep -q "^No more rolling until 05:00 tomorrow\. See you then!$" ||
	fail "the grown-up's picker, a child's refusal not left: $(screen_text)"


# Ctrl-C in the picker: exit 128+SIGINT and the terminal as it was.
tmux_start 80 24 "stty -g >$TMP/before; $RUN --mute; s=\$?; stty -g >$TMP/after; exit \$s"
wait_for "Pick a routine"
keys C-c
status=$(wait_exit)
[ "$status" = 130 ] || fail "SIGINT in the picker: exit status $status"
# ...also when it comes while the picker draws, outside its wait for a key
# (ncurses' own handler, in place then, ended it with status 1 and no
# word): strace holds each write after the first frame for 1.5 s.
if can_strace; then # none, or no ptrace here: skipped
	# j: drawn in one write, held
	int_while_held 80 24 "strace -o /dev/null -e trace=write -e inject=write:delay_enter=1500000:when=2+ $RUN --mute" \
		"Pick a routine" j "while the picker draws"
	# ...and when it comes just after Enter, while the routine and the
	# history load, before the next screen: held there by strace, which
	# delays every file opened after the picker's (counted in a first run).
	tmux_start 80 24 "strace -o $TMP/opens -e trace=openat $RUN --mute"
	wait_for "Pick a routine"
	opens=$(grep -c openat "$TMP/opens")
	keys q
	wait_exit >/dev/null
	int_while_held 80 24 "strace -o /dev/null -e trace=openat -e inject=openat:delay_enter=1500000:when=$((opens + 1))+ $RUN --mute" \
		"Pick a routine" Enter "just after Enter in the picker"
else
	echo "report: SIGINT while the picker draws: skipped (no strace that can trace here)"
fi
cmp -s "$TMP/before" "$TMP/after" || fail "terminal modes changed after Ctrl-C in the picker"

# A trace that cannot be written is said before the picker comes up (the
# picker's screen would wipe it), and nothing starts.
tmux_start 200 24 "$RUN --mute --trace $TMP/no/such/dir/t" # wide: the message on one line
status=$(wait_exit)
[ "$status" = 1 ] || fail "--trace into no directory: exit status $status"
wait_for "unknot: cannot write trace $TMP/no/such/dir/t: No such file or directory"

# A routine that broke after the picker listed it: the error is shown once
# the screen is gone, and nothing starts.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
cp routines/feet.yaml "$XDG_DATA_HOME/unknot/routines/aaa.yaml"
tmux_start 200 24 "$RUN --mute"
wait_for "Pick a routine"
printf 'title: [\n' >"$XDG_DATA_HOME/unknot/routines/aaa.yaml"
keys Enter
status=$(wait_exit)
[ "$status" = 1 ] || fail "a routine broken after listing: exit status $status"
wait_for "aaa.yaml:2:1: error: YAML syntax"
rm "$XDG_DATA_HOME/unknot/routines/aaa.yaml"

# The filter ignores case in every letter, not ASCII's alone: /épa and
# /ÉPAULES find Épaules.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
printf 'title: \xc3\x89paules\narea: shoulders\nsteps: [{title: Roll, hold: 30}]\n' \
	>"$XDG_DATA_HOME/unknot/routines/epaules.yaml"
tmux_start 80 24 "$RUN --mute"
wait_for "4 of 4 routines"
keys /
tm send-keys -t t -l "épa"
wait_for "1 of 4 routines"
screen_text | grep -qE '^. epaules +Épaules' || fail "/épa did not find Épaules: $(screen_text)"
keys Escape /
tm send-keys -t t -l "ÉPAULES"
wait_for "1 of 4 routines"
screen_text | grep -qE '^. epaules +Épaules' || fail "/ÉPAULES did not find Épaules: $(screen_text)"
keys Escape q
wait_exit >/dev/null
rm "$XDG_DATA_HOME/unknot/routines/epaules.yaml"

# Ctrl-C at the stop reminder that follows the picker ends unknot as SIGINT
# does (ncurses' own handler, left behind, made it exit 1 without a word).
line=$'2026-11-20T07:00:00+00:00\t-\t-\t0\t0\tstop:sharp-pain\t0\t-'
tmux_start 80 24 "$(with_history "$line")$RUN --mute"
wait_for "3 of 3 routines"
keys Enter
wait_for "type yes and Enter to go on"
kill -INT "$(unknot_pid)" # as Ctrl-C, to unknot alone
status=$(wait_exit)
[ "$status" = 130 ] || fail "SIGINT at the reminder after the picker: exit status $status"
echo "ui_picker: Ctrl-C ok"

# "no" at the reminder for one area goes back to the picker, at the row it
# was on: another area may be fine today.
line=$'2026-11-20T07:00:00+00:00\tcalves\tcalves\t95\t20\tstop:numbness\t0\tcalves'
tmux_start 80 24 "$(with_history "$line")$RUN --mute"
wait_for "3 of 3 routines"
# Before it is picked, the row says a stop holds it, and what the session
# will ask first is above its summary; the other rows are not marked.
screen_text | grep -qE '^  calves +Calves after a run \(stopped\) +calves ' || fail "calves not marked: $(screen_text)"
screen_text | grep -E '^. (back|feet) ' | grep -q "(stopped)" && fail "a row with no stop marked: $(screen_text)"
keys j # calves, the second
wait_for "A stop in calves is still open: the session asks first."
keys /
tm send-keys -t t -l "stopped"
wait_for "1 of 3 routines"
keys Escape
wait_for "3 of 3 routines"
keys Enter Enter # the second out of habit: it must not answer what is not yet read
wait_for "type yes and Enter to go on"
wait_read
# asked on the screen the picker had, which stays up: no plain lines between
screen_text | grep -qE '^ Calves after a run +after a stop$' || fail "the reminder not on the screen: $(screen_text)"
screen_text | grep -q '^  >$' || fail "a key typed ahead went into the answer: $(screen_text)"
keys n o Enter
wait_for "Pick a routine"
keys Enter # still on calves
sleep 0.1
keys Enter # pressed twice by an unsteady hand: not its answer, unread
wait_for "type yes and Enter to go on"
sleep 0.5
screen_text | grep -q "type yes and Enter to go on" || fail "a doubled Enter answered the reminder: $(screen_text)"
keys Escape # as Enter alone: no
wait_for "Pick a routine"
keys k Enter # back: no stop there
brief_shown
screen_text | grep -q "Upper back" || fail "not back after 'no': $(screen_text)"
quit_via_picker
[ "$(wait_exit)" = 0 ] || fail "exit after 'no', then calves"

# At 80 columns the area and who-for columns are as wide as their widest,
# and what they leave goes to the titles: with a stop from the picker
# marking every row, "Upper back on the roller" stays whole beside it.
line="$(date -d '-1 min' +%Y-%m-%dT%H:%M:%S%:z)"$'\t-\t-\t0\t0\tstop:other\t0\t-'
tmux_start 80 24 "$(with_history "$line")UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
screen_text | grep -qE '^. back +Upper back on the roller \(stopped\) +back ' ||
	fail "a stopped title cut at 80 columns: $(screen_text)"
keys q
wait_exit >/dev/null

# A preset's summary, under a stop's sentence, takes the rows the list
# leaves empty: at 80x24 its list of routines had been cut "(feet,…".
line="$(date -d '-1 min' +%Y-%m-%dT%H:%M:%S%:z)"$'\tfeet\tfeet\t160\t40\tstop:numbness\t0\tfeet\tadult\t-'
tmux_start 80 24 "$(with_history "$line")UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
keys /
keys -l after-run
wait_for "lasts until 05:00"
screen_text | tr -s ' \n' ' ' | grep -qF "(feet, calves, quads, back)" ||
	fail "a preset's summary cut under a stop: $(screen_text)"
presses Escape q
wait_exit >/dev/null

# On a wide screen a long area of yours is whole: a stop is kept by it.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
printf 'title: Upper\narea: upper-shoulders\nsteps: [{title: A, hold: 30}]\n' >"$XDG_DATA_HOME/unknot/routines/upper.yaml"
tmux_start 100 30 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
screen_text | grep -qE '^. upper +Upper \(yours\) +upper-shoulders ' || fail "a long area cut at 100 columns: $(screen_text)"
keys q
wait_exit >/dev/null
rm "$XDG_DATA_HOME/unknot/routines/upper.yaml"

# A preset with an area held by a stop goes on without it, and the brief
# says so where the routines are listed.
line=$'2020-11-20T07:00:00+00:00\tback\tback\t95\t20\tstop:numbness\t0\tback'
tmux_start 80 24 "$(with_history "$line")UNKNOT_DATA_DIR=$ROOT $RUN --mute desk-break"
wait_for "Enter alone runs the rest without back"
enter_to_begin
wait_for "Without back today, after a stop."
screen_text | grep -q "Shoulders against the wall" || fail "shoulders left out too: $(screen_text)"
screen_text | grep -q "Upper back" && fail "the held area is on the brief: $(screen_text)"
keys q
[ "$(wait_exit)" = 0 ] || fail "exit after a preset without back"

# At 60 columns who a routine is for still shows; your own feet is told
# from the bundled one.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
cp routines/feet.yaml "$XDG_DATA_HOME/unknot/routines/feet.yaml"
# A preset with a kid-only routine runs all in kid mode: its time and FOR say so.
mkdir -p "$XDG_DATA_HOME/unknot/presets"
printf 'title: Everything\nroutines: [feet, calves, quads, back, glutes, shoulders, kids, quick-feet]\n' \
	>"$XDG_DATA_HOME/unknot/presets/all.yaml"
tmux_start 60 20 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
screen_text | grep -qE '^  ID +TITLE +TIME  FOR$' || fail "no FOR column at 60 columns: $(screen_text)"
screen_text | grep -qE '^  kids +After practice +1m30s  kid$' || fail "kids not marked at 60: $(screen_text)"
screen_text | grep -qE '^  feet +Morning feet \(yours\) ' || fail "your feet not told apart: $(screen_text)"
keys G
wait_for "Everything (yours)"
screen_text | grep -qE '^. all +Everything \(yours\) +20m50s  kid$' || fail "kid preset row: $(screen_text)"
keys q
wait_exit >/dev/null
tmux_start 60 20 "UNKNOT_DATA_DIR=$ROOT $RUN --mute --kid" # --kid: the same
wait_for "Pick a routine for a child: light pressure, short holds"
# Enter alone starts a routine written for kids, not the first on the list.
screen_text | grep -qE '^(›|>) kids +After practice' || fail "kid mode did not start on kids: $(screen_text)"
keys G
wait_for "Everything (yours)"
screen_text | grep -qE '^. all +Everything \(yours\) +20m50s  kid$' || fail "kid preset row, --kid: $(screen_text)"
# A routine written for grown-ups says so on its kid-mode brief.
keys g Enter
brief_shown
screen_text | grep -q "^  Not written for kids: stay with them, keep the pressure$" ||
	fail "back in kid mode without a word: $(screen_text)"
quit_via_picker
wait_exit >/dev/null
# At 40 columns a long title is cut before "(yours)", never the marker.
tmux_start 40 20 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
screen_text | grep -qE '^  feet +Morning feet +[0-9]' || fail "the bundled feet at 40: $(screen_text)"
screen_text | grep -qE '^  feet +Morning… \(yours\) +[0-9]' || fail "your feet not told apart at 40: $(screen_text)"
keys q
wait_exit >/dev/null
# ...even when a long id leaves the title column eight wide.
cp routines/quick-feet.yaml "$XDG_DATA_HOME/unknot/routines/evening-feet-slow.yaml"
tmux_start 40 20 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
[ "$(screen_text | grep -cE '^  feet ')" = 2 ] || fail "two feet rows at 40: $(screen_text)"
screen_text | grep -qE '^  feet .*\(yours\)' || fail "your feet not told apart, long id: $(screen_text)"
keys q
wait_exit >/dev/null
rm "$XDG_DATA_HOME/unknot/routines/evening-feet-slow.yaml"
# At 80 columns a title cut before its mark is said whole under the list
# when it is selected: which of yours it is, not "Morning feet…".
sed 's/^title: .*/title: Morning feet with the long roll for tired arches/' routines/feet.yaml \
	>"$XDG_DATA_HOME/unknot/routines/feet.yaml"
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
screen_text | grep -qE '^  feet +Morning feet[^(]*… \(yours\) ' || fail "a long title of yours at 80: $(screen_text)"
screen_text | grep -q 'tired arches' && fail "a whole title shown before it is selected: $(screen_text)"
keys j j j
wait_for "Morning feet with the long roll for tired arches"
screen_text | grep -qE '^. feet +Morning feet[^(]*… \(yours\) ' || fail "your feet not selected: $(screen_text)"
# ...and while searching, whose line it was, it heads the summary.
keys / t i r e d
wait_for "/ tired_"
wait_for "Morning feet with the long roll for tired arches"
keys Escape
wait_gone "/ tired"
keys q
wait_exit >/dev/null
rm "$XDG_DATA_HOME/unknot/routines/feet.yaml" "$XDG_DATA_HOME/unknot/presets/all.yaml"
# The filter finds a preset by its routines: /quads, after-run too.
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
keys / q u a d s
wait_for "2 of 11 routines" # after-run is listed before the filter too
screen_text | grep -qE '^. quads +Quads ' || fail "/quads lost quads: $(screen_text)"
screen_text | grep -q 'calves ' && fail "/quads kept calves: $(screen_text)"
keys Escape / t h i g h # in the title of a step of quads, not its name
wait_for "1 of 11 routines"
screen_text | grep -qE '^. quads +Quads ' || fail "/thigh did not find quads: $(screen_text)"
keys Escape / t e n n i s # the equipment: a tennis ball
wait_for "4 of 11 routines"
screen_text | grep -qE '^  kids +After practice ' || fail "/tennis did not find kids: $(screen_text)"
screen_text | grep -q 'calves ' && fail "/tennis kept calves: $(screen_text)"
keys Escape / s l o w l y # in after-run's summary, not its routines
wait_for "Nothing matches the filter"
keys Escape q
wait_exit >/dev/null
# A preview says so before anything is picked.
tmux_start 80 24 "$RUN --mute --speed 20"
wait_for "Pick a routine to preview at 20x speed"
keys q
wait_exit >/dev/null
# A preview in kid mode at the least size: the heading takes two rows, and
# both show.
tmux_start 40 12 "$RUN --mute --kid --speed 2.5"
wait_for "Pick a routine to preview at 2.5x"
wait_for "speed in kid mode: light pressure"
screen_text | grep -qE '^  ID +TITLE' || fail "no column names under a two-row heading: $(screen_text)"
keys q
wait_exit >/dev/null
# At 40 columns the area and audience columns go: the selected row's are
# said above its summary, and a preset is told from a routine; a summary
# longer than its row ends in an ellipsis.
tmux_start 40 12 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
screen_text | grep -qE '^  Area: back  For: adult, teen$' || fail "no area at 40×12: $(screen_text)"
screen_text | grep -qE '^  Lie on a foam roller and loosen the…$' || fail "summary cut unmarked: $(screen_text)"
keys G
wait_for "A preset"
screen_text | grep -qE '^  A preset  For: adult, teen$' || fail "a preset untold at 40×12: $(screen_text)"
keys q
wait_exit >/dev/null
# A filter longer than its row shows its end, after an ellipsis, and
# does not run on into the rows below.
tmux_start 40 14 "$RUN --mute"
wait_for "Pick a routine"
keys /
tm send-keys -t t -l "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz"
wait_for "9abcdefghijklmnopqrstuvwxyz_" # the end typed: "xyz_" is there half way
screen_text | grep -qE '^  / …[0-9a-z]+xyz_$' || fail "a long filter: $(screen_text)"
[ "$(screen_text | grep -c 'xyz')" = 1 ] || fail "a long filter ran on: $(screen_text)"
keys Escape q
wait_exit >/dev/null
# At 200 columns the title column is as wide as the widest title, not the
# rest of the screen: the area is read beside it.
tmux_start 200 24 "$RUN --mute"
wait_for "Pick a routine"
row=$(screen_text | grep -E '^  calves ')
[[ ${row#*Calves after a run} =~ ^\ {2,12}calves\  ]] || fail "the area far from the title at 200 columns: $row"
keys q
wait_exit >/dev/null
# Titles all shorter than the column's least width keep the ids shown.
mkdir -p "$TMP/short/routines"
for t in Feet Back; do
	printf 'title: %s\narea: x\nsteps:\n  - {title: A, hold: 30s}\n' $t >"$TMP/short/routines/${t,,}-roll.yaml"
done
UNKNOT_DATA_DIR=$TMP/short tmux_start 120 20 "$RUN --mute"
wait_for "Pick a routine"
screen_text | grep -qE '^  ID +TITLE ' && screen_text | grep -qE '^. back-roll +Back ' ||
	fail "no ids with short titles: $(screen_text)"
keys q
wait_exit >/dev/null
# At 40×12 a routine a stop holds shows its mark, and the sentence of what
# will be asked is whole, on two rows.
line=$'2020-11-20T07:00:00+00:00\tcalves\tcalves\t95\t20\tstop:numbness\t0\tcalves'
tmux_start 40 12 "$(with_history "$line")$RUN --mute"
wait_for "3 of 3 routines"
keys j
wait_for "A stop in calves is"
screen_text | grep -qE '^. calves +.*\(stopped\)' || fail "no mark at 40×12: $(screen_text)"
screen_text | tr -s ' \n' ' ' | grep -qF "A stop in calves is still open: the session asks first." ||
	fail "the stop's sentence cut at 40×12: $(screen_text)"
keys q
wait_exit >/dev/null
# The help lists the page keys and Home/End, which work, and all of it
# still fits at the least size: the stop's line whole, q last.
tmux_start 40 12 "$RUN --mute"
wait_for "Pick a routine"
keys '?'
wait_for "any key closes this help"
screen_text | grep -q "^  PgUp, PgDn  *a page$" || fail "no PgUp/PgDn in the help: $(screen_text)"
screen_text | grep -q "^  g/G, Home/End  *first, last$" || fail "no Home/End in the help: $(screen_text)"
screen_text | grep -q "^  *tingling, sharp pain$" || fail "the stop's line cut at 40×12: $(screen_text)"
screen_text | grep -q "^  q  *quit$" || fail "q cut from the help at 40×12: $(screen_text)"
keys q q
wait_exit >/dev/null
echo "ui_picker: narrow ok"

# For someone with a large font and Caps Lock on: rows out of sight are
# said in the header, J and K move, F1 is help, and an unseen help (the
# terminal too small) takes no key: q then quits at once.
tmux_start 40 12 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
wait_for "1-6 of 11, more below"
keys J
wait_for "› calves"
keys J J J J J J
wait_for "3-8 of 11, more above, below" # whole at 40 columns
keys End
wait_for "6-11 of 11, more above"
keys K Home
wait_for "› back"
# A search for an id selects it: "morning" is the preset, not Morning feet.
keys / m o r n i n g
wait_for "› morning"
keys Escape
keys F1
wait_for "any key closes this help"
keys Escape
wait_gone "any key closes this help"
resize 30 10
wait_for "terminal too small"
wait_for "q quits"
wait_for "mode (--plain)"                     # line mode, for a phone held upright
keys '?' q
wait_exit >/dev/null
echo "ui_picker: large font ok"
