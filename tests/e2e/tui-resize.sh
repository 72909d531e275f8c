# End to end, ncurses layout: a resize during a hold redraws the whole screen;
# down to 40×12 the words are wrapped, never cut; below it a note, the time
# left and x STOP; back to 80×24 the big digits return. A brief too long
# for the screen still shows the stop rule, how to begin and the keys.
source "$(dirname "$0")/lib.sh"
export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

# Every word of the instruction that is shown is whole: wrapping never cuts.
words_whole() {
	local s
	s=$(screen_text)
	for w in Sit with the roller under one calf lift your hips; do
		if grep -qE "(^|[^A-Za-z])${w:0:2}[a-z]*$" <<<"$s" && ! grep -qw -- "$w" <<<"$s"; then
			fail "'$w' was cut at $(tm display -p '#{window_width}x#{window_height}'):"$'\n'"$s"
		fi
	done
}

tmux_start 80 24 "$RUN --mute --speed 2 calves"
brief_read
keys Enter
wait_for "Hold — moderate pressure" 15
wait_for "██████"                                 # big digits at 80×24
words_whole
# The help covers all of the screen but its header and legend: no slice of
# the digits (twice as big at 120×40) shows around its box.
resize 120 40
wait_drawn 120
wait_for "██████"
keys '?'
wait_for "any key closes"
screen_text | grep -q '█' && fail "the digits show around the help:"$'\n'"$(screen_text)"
keys z
wait_gone "any key closes"
# At 50 columns, a phone's, the legend keeps "too hard" (before "time").
resize 50 20
wait_drawn 50
screen_text | tail -1 | grep -q 'h too hard' || fail "no 'h too hard' at 50 columns: $(screen_text | tail -1)"
resize 80 24
for size in "60 20" "50 16" "40 12"; do
	resize "${size% *}" "${size#* }"
	wait_drawn "${size% *}"
	wait_for "Calf roll — LEFT SIDE"
	wait_for "x STOP"
	words_whole
	n=$(screen_text | wc -l)
	[ "$n" -le "${size#* }" ] || fail "more rows than the pane at $size"
done
screen_text | grep -q "Take care: Do not roll behind" || fail "the avoid line went at 40×12: $(screen_text)"
# The legend has no room for q at 40 columns; the help, cut to 12 rows,
# still lists it.
keys '?'
wait_for "any key closes"
screen_text | grep -qE " q +quit" || fail "no q in the help at 40×12:"$'\n'"$(screen_text)"
# The rows it has no room for are named by their keys, not left out unsaid.
screen_text | grep -q "any key closes; also: m, Enter" || fail "the help's rows left out unsaid at 40×12:"$'\n'"$(screen_text)"
screen_text | grep -q "^  1 2 3, ? or F1$" || fail "the help's closing line cut at 40×12:"$'\n'"$(screen_text)"
keys z                                            # any key closes it
wait_gone "any key closes"

resize 30 10
wait_for "terminal too small"
wait_for "40×12"
wait_for "x STOP"
# The time left, and what it is of: muted, nothing else says a side is over.
screen_text | grep -qE '^ *(hold|get into position|switch sides) [0-9]+:[0-9][0-9] *$' ||
	fail "no time left, or not what it is of, on the small screen: $(screen_text)"
keys Space                                        # paused: it says so
wait_for "paused, space resumes" # and how to go on
resize 10 4                                       # the time and x STOP before the note
wait_for "   too"                                    # not the 30×10 screen cut to 10×4
wait_for "x STOP"
screen_text | grep -qE '^ *[0-9]+:[0-9][0-9] *$' || fail "no time left at 10×4: $(screen_text)"
resize 30 10
wait_for "paused, space resumes"
keys Space
wait_gone "paused, space resumes"
keys x                                            # STOP works at any size
wait_for "1-3, q closes"
resize 80 24
wait_for "What happened?"
wait_for "██████"                                 # big STOP letters again
keys 3 q
wait_exit >/dev/null

# A hold's short instruction at 40×12 keeps its line: the big digits went
# in its place, and it came back only when paused.
printf 'title: Short\narea: feet\nsteps:\n  - {title: Arch, prep: 1s, hold: 30s, instruction: Ball under the arch. Roll slowly., avoid: Keep off the heel bone.}\n' >"$TMP/short-words.yaml"
tmux_start 40 12 "$RUN --mute $TMP/short-words.yaml"
brief_read
keys Enter
wait_for "breathe"
screen_text | grep -q "^  Ball under the arch\. Roll slowly\.$" || fail "a short instruction gone at 40×12:"$'\n'"$(screen_text)"
# m says what it did where this size shows it, the state line: its sound
# line and the legend's m are gone here, and m is beside n.
keys m
wait_for "Hold — moderate pressure, sound on"
wait_gone ", sound on" 6
keys q
wait_exit >/dev/null

# The bundled calves' hold at 40×12: the big clock gives up four rows at
# once, and the instruction, which went before it, gets them back.
tmux_start 40 12 "UNKNOT_DATA_DIR=$ROOT $RUN --mute --speed 5 calves"
brief_read
keys Enter
wait_for "Hold — moderate pressure"
screen_text | grep -q "^  Sit with the roller" || fail "the instruction went with rows free:"$'\n'"$(screen_text)"
[ "$(screen_text | grep -c .)" -eq 12 ] || fail "empty rows at 40×12:"$'\n'"$(screen_text)"
# Too hard: the advice asked for is whole (it had ended "Else ease off:…"),
# the clock stays, and where not to roll goes whole, never cut short.
keys h
wait_for "Too hard?"
screen_text | tr -s ' \n' ' ' | grep -q "Too hard? Sharp pain, numbness or tingling? Stop with x\. .* or a spot beside it\." ||
	fail "the too-hard advice cut at 40×12:"$'\n'"$(screen_text)"
screen_text | grep -qE '^ +[0-9]+:[0-9]{2}$' || fail "the clock went for the advice at 40×12:"$'\n'"$(screen_text)"
screen_text | grep -q "…$" && fail "a line cut short at 40×12 after h (each goes whole or not at all):"$'\n'"$(screen_text)"
# m with that advice up: the state line, which the advice had taken, comes
# back to say it (the re-test found it said nowhere).
keys m
wait_for "Hold — moderate pressure, sound on"
# Paused with that advice up, PAUSED still shows: the digits alone do not
# say the clock has stopped.
keys ' '
wait_for "space resume"
screen_text | grep -q "PAUSED — space to resume" || fail "PAUSED gone at 40×12 after h:"$'\n'"$(screen_text)"
sleep 0.75 # a second m, not the first held down
keys m # paused, m is said on the PAUSED line
wait_for "PAUSED — space to resume, sound off"
keys q
wait_exit >/dev/null

# page_to_end CHECK: PgDn until no "more below", each page kept in
# $TMP/seen and checked by the function CHECK.
page_to_end() {
	local where
	: >"$TMP/seen"
	for _ in $(seq 40); do
		screen_text >>"$TMP/seen"
		"$1"
		where=$(screen_text | grep -o 'Lines [0-9]*-[0-9]* of [0-9]*, more below') || return 0
		keys NPage
		wait_gone "$where"
	done
	fail "never reached the end:"$'\n'"$(screen_text)"
}
brief_page_whole() {
	brief_shown
	wait_for "x STOP"
	screen_text | grep -qE "sharp pain: press x\.$" || fail "the stop rule cut at $size:"$'\n'"$(screen_text)"
	# how to see more, and how to get out, at every size (j/k may go at 40)
	screen_text | grep -qE "Enter (more|start)  \? help  q (quit|back)" ||
		fail "no key for more, or no q, at $size:"$'\n'"$(screen_text)"
}

# The brief of four routines does not fit 80×24, nor 40×12: it scrolls,
# under the stop rule down to "press x", how to begin and the keys, which
# always show; page by page every routine and every safety note is there
# whole, the equipment too.
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute --speed 1000 after-run"
for size in "80 24" "40 12"; do
	resize "${size% *}" "${size#* }" # told before the keys: they scroll the new size
	keys k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k k
	wait_for "Lines 1-"
	page_to_end brief_page_whole
	for title in "Morning feet" "Calves" "Quads" "Upper back on the roller"; do
		grep -q "^  $title — " "$TMP/seen" || fail "'$title' missing at $size:"$'\n'"$(cat "$TMP/seen")"
	done
	grep -q "Equipment: foam roller" "$TMP/seen" || fail "equipment missing at $size"
done
grep -q "at the bottom of the ribs or" "$TMP/seen" || fail "a safety note cut at 40×12"
resize 80 24
wait_for "Lines 31-46 of 46" # still at the end
screen_text | grep -q "^    spine\. Keep the roller at the bottom of the ribs or higher\.$" ||
	fail "the back's first safety note not whole at 80×24:"$'\n'"$(screen_text)"
enter_to_begin
wait_for "q to close" 20
[ "$(screen_text | grep -c 'Drink a glass of water')" = 1 ] || fail "aftercare repeated:"$'\n'"$(screen_text)"
# At 40×12 the aftercare of four routines does not fit: it scrolls under
# the totals, page by page, every item there whole.
resize 40 12
wait_drawn 40
wait_for "Lines 1-"
summary_page_whole() {
	screen_text | grep -q "Holds: " || fail "the totals went at 40×12:"$'\n'"$(screen_text)"
	screen_text | tail -1 | grep -qE "^ (j/k scroll  q close|Enter more  q close)" ||
		fail "no close or scroll key on the summary:"$'\n'"$(screen_text)"
}
page_to_end summary_page_whole
for said in "• Drink a glass of water." "• Walk a few slow steps barefoot and" "    then knee bent." \
	"• Standing quad stretch, a hand on" "    a minute and let your back settle." \
	"    times."; do
	grep -qF -- "$said" "$TMP/seen" || fail "'$said' not seen at 40×12:"$'\n'"$(cat "$TMP/seen")"
done
keys k
wait_for "Lines 13-15 of 16, more below" # k goes back a line
# With more below, Enter shows it, as on the brief (it had closed the
# summary with the aftercare unread); at the end, it closes.
screen_text | grep -q "Enter for more, q to close" || fail "the summary's Enter unsaid:"$'\n'"$(screen_text)"
sleep 0.8 # past a second press's time
keys Enter
wait_for "Lines 14-16 of 16"
sleep 0.8
keys Enter
wait_exit >/dev/null

# At the least size a brief that scrolls shows six rows of text (blank rows
# give way), and getting into position shows how, whole: the big digits
# give way to it.
tmux_start 40 12 "UNKNOT_DATA_DIR=$ROOT $RUN --mute back"
wait_for "Lines 1-6 of"
# The safety notes are below: Enter shows them first, and begins only once
# the end has been on the screen.
wait_for "Press Enter for more"
screen_text | tail -1 | grep -q '^ Enter more  ? help' || fail "the legend at 40×12: $(screen_text | tail -1)"
enter_to_begin # here, to turn the page: read first
wait_for "Lines 6-11 of"
screen_text | grep -q "Get into position" && fail "Enter with more below began:"$'\n'"$(screen_text)"
brief_read
keys Enter
wait_for "Get into position"
screen_text | grep -q "^  head, hips and feet on the floor\.$" ||
	fail "the instruction cut at 40×12:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null

# A brief read to its end, then made smaller (a phone's keyboard brought
# up to press Enter): Enter begins, not a page through it again.
tmux_start 46 22 "UNKNOT_DATA_DIR=$ROOT $RUN --mute calves"
brief_read
resize 46 12
wait_drawn 46
wait_for "Press Enter to begin"
enter_to_begin
wait_for "Get into position"
keys q
wait_exit >/dev/null

# A resize rewraps the brief; what was at its top stays there, not the line
# number (which then falls on other text).
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute after-run"
brief_shown
top() { screen_text | sed -n "3s/^ *//p"; } # wider than 80, the text is a column in the middle
for _ in $(seq 30); do
	[[ $(top) == "Calves — calves"* ]] && break
	was=$(screen_text | grep -o 'Lines [0-9]*-')
	keys j
	wait_gone "$was"
done
[[ $(top) == "Calves — calves"* ]] || fail "never scrolled to Calves:"$'\n'"$(screen_text)"
for size in "60 20" "100 16" "80 24"; do
	resize "${size% *}" "${size#* }"
	wait_drawn "${size% *}"
	[[ $(top) == "Calves — calves"* ]] || fail "the top moved at $size:"$'\n'"$(screen_text)"
done
# A screen tall enough to show past the end pulls the top up to stay full;
# back at 80×24, the reader's place is where it was, not where it was pulled.
resize 120 44
wait_drawn 120
[[ $(top) == "Calves — calves"* ]] && fail "120×44 did not pull the top up:"$'\n'"$(screen_text)"
keys Left Right # keys that scroll nothing move no place (Home goes to the top)
wait_read
resize 80 24
wait_drawn 80
[[ $(top) == "Calves — calves"* ]] || fail "the place was lost through 120×44:"$'\n'"$(screen_text)"
# Behind the too-small screen j/k move nothing. (Read at 80×24, after the
# resize, they scroll: they are read before it.)
resize 20 5
wait_for "too small"
keys j j j j j j j j j j
wait_read
resize 80 24
wait_drawn 80
[[ $(top) == "Calves — calves"* ]] || fail "j/k scrolled the brief behind the too-small screen:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null

# Enter behind the too-small screen does not begin: the brief's safety
# notes have not been read. Back at a size that shows them, Enter does.
tmux_start 80 24 "$RUN --mute calves"
brief_shown
resize 30 8
wait_for "too small"
keys Enter
wait_read
resize 80 24
wait_drawn 80
screen_text | grep -q "Press Enter to begin" ||
	fail "Enter behind the too-small screen began the session:"$'\n'"$(screen_text)"
enter_to_begin
wait_for "Get into position"
keys q
wait_exit >/dev/null

# A preset of every bundled routine: more blocks than the brief used to
# hold. The stop rule, how to begin and the keys still show (they had gone,
# and the legend came out as garbage); the last routine is there at the end.
mkdir -p "$XDG_DATA_HOME/unknot/presets"
printf 'title: Everything\nroutines: [feet, calves, quads, back, glutes, shoulders, kids, quick-feet]\n' \
	>"$XDG_DATA_HOME/unknot/presets/all.yaml"
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute all"
brief_shown
wait_for "Enter more  ? help  q quit  j/k scroll"
screen_text | grep -qE "it really hurts: press x\.$" || fail "no stop rule, many routines:"$'\n'"$(screen_text)"
keys NPage NPage NPage NPage NPage NPage NPage NPage NPage NPage
wait_for "Quick feet — feet"
keys q
wait_exit >/dev/null

# At 40 columns the line a session leaves is broken between words, as the
# stop's is ("every hold ski" / "pped." had been).
tmux_start 40 12 "UNKNOT_DATA_DIR=$ROOT $RUN --mute quick-feet"
brief_read
keys Enter
wait_for "Get into position"
presses n n n n n n n n
keys q
wait_exit >/dev/null
screen_text | grep -q "^Ended early: .*every hold$" && screen_text | grep -qx "skipped\." ||
	fail "the closing line at 40 columns:"$'\n'"$(screen_text)"

# At 40x12, End on a brief says what is unread in one row: its legend and
# x STOP stay (two rows of "some above not yet read" had pushed them off).
# Read back up from the end to what was read, it is all read: End again
# says nothing unread, and Enter begins.
tmux_start 40 12 "UNKNOT_DATA_DIR=$ROOT $RUN --mute feet"
wait_for "Lines 1-"
keys End
wait_for_re "Lines [0-9]+-([0-9]+) of \1, unread above$"
screen_text | tail -1 | grep -q "x STOP" || fail "End at 40×12 pushed the legend off:"$'\n'"$(screen_text)"
for _ in $(seq 30); do keys k; done
wait_for_re "^  Lines 1-"
keys End
wait_for_re "Lines [0-9]+-([0-9]+) of \1$"
sleep 0.8 # past a second press's time
keys Enter
wait_for "Get into position"
keys q
wait_exit >/dev/null

# Home and End (g and G) go to the top and the end of a brief or summary
# that scrolls, as in the picker. End shows the end of the brief, but
# Enter then turns back to the lines it passed, unread; once all have
# shown, it begins.
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute --speed 1000 after-run"
wait_for "Lines 1-"
keys End
wait_for "Lines 31-46 of 46, unread above"
keys Home
wait_for_re "Lines 1-[0-9]+ of 46, more below"
keys G
wait_for "Lines 31-46 of 46"
keys g
wait_for_re "Lines 1-[0-9]+ of 46, more below"
keys End
wait_for "Lines 31-46 of 46"
enter_to_begin
wait_for_re "Lines 1[0-9]-[0-9]+ of 46, more below"
brief_read
enter_to_begin
wait_for "q to close" 20
resize 40 12
wait_for_re "Lines 1-[0-9]+ of [0-9]+, more below"
keys G
wait_for_re "Lines [0-9]+-([0-9]+) of \1$"
keys Home
wait_for_re "Lines 1-[0-9]+ of [0-9]+, more below"
keys End
wait_for_re "Lines [0-9]+-([0-9]+) of \1$"
keys g
wait_for_re "Lines 1-[0-9]+ of [0-9]+, more below"
keys q
wait_exit >/dev/null

# j on a brief that fits moves nothing, so that a smaller terminal later
# still opens it at the top.
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute feet"
brief_shown
keys j j j j j j
wait_read # read at 40×12, after the resize, they would scroll
resize 40 12
wait_for "Lines 1-"
keys q
wait_exit >/dev/null

# A short brief at 40x12 under a sound line of three rows: it all shows,
# with no "Lines -2-3 of 3" and no j/k to scroll nothing.
printf 'title: Tiny\narea: feet\nsummary: One line.\nsteps:\n  - {title: Arch, hold: 10s}\n' >"$TMP/tiny.yaml"
tmux_start 40 12 "UNKNOT_CANBERRA_DRIVER=no-such-driver $RUN $TMP/tiny.yaml"
brief_shown
wait_for "no such sound driver"
screen_text | grep -q "One line\." || fail "the short brief was cut: $(screen_text)"
screen_text | grep -qE "Lines |j/k" && fail "a brief that shows whole offers to scroll: $(screen_text)"
keys q
wait_exit >/dev/null

# At 80×24 a prompt takes the row kept for it in the hold: the words below
# stay where they were.
printf 'title: P\narea: feet\nsteps:\n  - title: Arch\n    prep: 0s\n    hold: 30s\n    instruction: Roll slowly.\n    prompts: [{at: 2s, say: Breathe out.}]\n' >"$TMP/prompt.yaml"
tmux_start 80 24 "$RUN --mute $TMP/prompt.yaml"
brief_read
keys Enter
wait_for "breathe"
row=$(screen_text | grep -n 'Roll slowly' | cut -d: -f1)
wait_for "Breathe out."
[ "$(screen_text | grep -n 'Roll slowly' | cut -d: -f1)" = "$row" ] ||
	fail "the instruction moved from row $row when the prompt came:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null

# In kid mode a hold is cut to 30 s: a prompt at 40 s never comes, and no
# row is kept for it (the words sit where they do with no prompt at all).
for p in "" "    prompts: [{at: 40s, say: Breathe out.}]\n"; do
	printf "title: K\narea: feet\naudience: [kid]\nsteps:\n  - title: Arch\n    prep: 0s\n    hold: 60s\n    instruction: Roll slowly.\n$p" >"$TMP/kid.yaml"
	tmux_start 80 24 "$RUN --mute --kid $TMP/kid.yaml"
	brief_read
	keys Enter
	wait_for "Hold — light pressure"
	rows+=("$(screen_text | grep -n 'Roll slowly' | cut -d: -f1)")
	keys q
	wait_exit >/dev/null
done
[ "${rows[0]}" = "${rows[1]}" ] || fail "a row kept for a prompt past a kid's 30 s: ${rows[*]}"

# A big screen: the countdown twice the size (pixels of 4×2), the step lower
# than the top, and the words in a column of at most 76 in the middle.
tmux_start 160 50 "$RUN --mute --speed 3 calves"
brief_read
keys Enter
wait_for "Get into position"
[ "$(screen_text | grep -c '████████████')" -ge 4 ] || fail "small digits at 160×50:"$'\n'"$(screen_text)"
row=$(screen_text | grep -n 'Calf roll — LEFT SIDE' | cut -d: -f1)
(( row > 5 )) || fail "the step at row $row of 50:"$'\n'"$(screen_text)"
line=$(screen_text | grep 'Sit with the roller')
[[ $line == "$(printf '%42s' '')Sit with the roller"* ]] || fail "the instruction not in the middle: '$line'"
(( ${#line} - 42 <= 76 )) || fail "a line of ${#line} columns at 160×50: '$line'"
# The hold adds the pacer, then h the too-hard advice: the step stays where
# it was.
wait_for "breathe"
[ "$(screen_text | grep -n 'Calf roll — LEFT SIDE' | cut -d: -f1)" = "$row" ] ||
	fail "the step moved from row $row in the hold:"$'\n'"$(screen_text)"
keys h
wait_for "Too hard?"
[ "$(screen_text | grep -n 'Calf roll — LEFT SIDE' | cut -d: -f1)" = "$row" ] ||
	fail "the step moved from row $row with the advice:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null
# The help open when the terminal gets too small: the too-small screen's
# time and "x STOP" show, not the help over them.
in_prep "$RUN --mute calves"
keys '?'
wait_for "any key closes this help"
resize 20 5
wait_for "terminal too small"
screen_text | grep -q "x STOP" || fail "help over 'x STOP' at 20×5:"$'\n'"$(screen_text)"
screen_text | grep -q "paused" || fail "help over the time at 20×5:"$'\n'"$(screen_text)"
keys q q # the first closes the help
wait_exit >/dev/null
# The stop screen below the least size: STOP, the three answers and how to
# close, then what was said and the advice, as far as they go.
stopped_in_prep "$RUN --mute calves"
resize 25 6
wait_for "3 something else"
for said in STOP "1 numbness or tingling" "2 sharp pain" "1-3, q closes"; do
	screen_text | grep -q "$said" || fail "'$said' not on the stop screen at 25×6:"$'\n'"$(screen_text)"
done
keys 2
# "Stop now" is there before the answer too: wait for what the 2 brings.
wait_for "You said: sharp pain."
screen_text | grep -q "Stop now. Gently move" || fail "the advice gone at 25×6:"$'\n'"$(screen_text)"
screen_text | grep -q "q closes" || fail "no way out told at 25×6:"$'\n'"$(screen_text)"
# The advice goes on below: its last row says so, not a sentence that
# seems whole.
screen_text | tail -2 | head -1 | grep -q "…$" || fail "the advice cut unsaid at 25×6:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null
grep -q $'\tstop:sharp-pain\t' "$XDG_STATE_HOME/unknot/history.tsv" || fail "the small stop's answer not kept"
# The picker scrolled to its end at 40×12, then made bigger: the rows
# scrolled off above come back into the room, none left hidden.
tmux_start 40 12 "UNKNOT_DATA_DIR=$ROOT $RUN --mute"
wait_for "Pick a routine"
keys G
wait_for "› morning"
screen_text | grep -qE '^  back ' && fail "back shown at 40×12 with the end selected:"$'\n'"$(screen_text)"
resize 80 24
wait_for "Upper back on the roller"
screen_text | grep -qE '^  back +Upper back on the roller' ||
	fail "the first row hidden after growing:"$'\n'"$(screen_text)"
screen_text | grep -q "› morning" || fail "the selection moved:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null
# At 60×16 the too-hard advice leaves room for a prompt that comes after
# it: the prompt had been the first thing to go, the big digits kept.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
sed 's/at: 10s/at: 1s/' "$ROOT/routines/kids.yaml" >"$XDG_DATA_HOME/unknot/routines/soon.yaml"
tmux_start 60 16 "$RUN --mute --kid soon"
brief_read
keys Enter
wait_for "hold 1 of 3"
keys n
wait_for "Hold — light pressure"
keys h
wait_for "Too hard? Tingly, or it really hurts? Stop with x."
wait_for "▸ Slow like a snail." 5
screen_text | grep -q "with x\." || fail "the too-hard advice cut at 60×16:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null
rm "$XDG_DATA_HOME/unknot/routines/soon.yaml"
# A stop reminder on a screen below the least size says what stop it asks
# about, not the question alone.
now=$(date +%Y-%m-%dT%H:%M:%S%:z)
tmux_start 80 11 "$(with_history "$now	feet	feet	160	40	stop:numbness	0	feet	adult	-")$RUN --mute feet"
wait_for "and Enter to go on"
screen_text | grep -q "You stopped during feet today at" ||
	fail "the reminder at 80×11 asks without the stop:"$'\n'"$(screen_text)"
enter_to_begin # Enter alone: not now
wait_exit >/dev/null
echo "ui_resize: ok"

# At 50×15 a hold's prompt leaves its big digits, read from the floor (low
# vision chose that size for them): the prompt and the instruction are a
# line each first. Each prompt had made them one small line to the end.
in_prep "UNKNOT_DATA_DIR=$ROOT $RUN --mute --speed 5 quick-feet"
resize 50 15
wait_for "▸ Pause on a tender spot" 20
screen_text | grep -qE '^ *[0-9]:[0-9]{2} *$' && fail "the big digits gone at 50×15 for a prompt: $(screen_text)"
keys q
wait_exit >/dev/null
# ...and at 50×14, where they do not fit beside one, the hold keeps the
# form it began with when its prompt comes (they had gone from big to one
# line at the first prompt, the whole screen moving).
in_prep "UNKNOT_DATA_DIR=$ROOT $RUN --mute --speed 5 quick-feet"
resize 50 14
wait_for "breathe" 10
small=$(screen_text | grep -cE '^ *[0-9]:[0-9]{2} *$' || true)
wait_for "▸ Pause on a tender spot" 20
[ "$(screen_text | grep -cE '^ *[0-9]:[0-9]{2} *$' || true)" = "$small" ] ||
	fail "the clock changed its form at the prompt at 50×14: $(screen_text)"
keys q
wait_exit >/dev/null
echo "big digits beside a prompt at 50×15: ok"
