# End to end, ncurses: picker → brief → prep → hold counts down → pause →
# resume → skip → STOP from a hold → symptom → advice → q. In an 80×24 tmux pane.
source "$(dirname "$0")/lib.sh"
export UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures

tmux_start 80 24 "$RUN --mute --speed 2" # a prep of 2.5 s: at 4x a starved script missed its 1.25 s
wait_for "Pick a routine"
wait_for "x STOP"                                 # the legend always shows STOP
screen_text | grep -q "calves .*Calves after a run .*2m10s" || fail "picker row: $(screen_text)"
keys j                                            # back → calves
wait_for "Slow rolling for tight calves"          # the summary of the selected row
keys Enter
brief_shown
wait_for "Roll slowly; pause on tender spots"     # safety lines on the brief
enter_to_begin
wait_for "Calf roll — LEFT SIDE"
wait_for "Get into position"
wait_for "Hold — moderate pressure"
wait_for "breathe"                                # the pacer's words
wait_for "Take care: Do not roll behind the knee."
wait_for "Next: Calf roll — right side"
# One step on both sides is two holds, as the brief counts them.
screen_text | head -1 | grep -qE 'preview, hold 1 of 2$' || fail "header: $(screen_text | head -1)"

# The countdown goes down: the big digits are blocks, the title says it in text.
t1=$(pane_title)
[[ $t1 =~ ^[0-9]+:[0-9][0-9]\ Calf\ roll ]] || fail "title: '$t1'"
end=$((SECONDS + 10))
until [ "$(pane_title)" != "$t1" ]; do
	[ $SECONDS -lt $end ] || fail "the countdown is stuck at '$t1'"
	sleep 0.05
done
t2=$(pane_title)
[[ ${t2%% *} < ${t1%% *} ]] || fail "the countdown went up: '$t1' then '$t2'"

keys Space
wait_for "PAUSED — space to resume"
wait_for "space resume"                           # the key legend says so too
screen_text | tail -1 | grep -q "q quit" || fail "no 'q quit' in the legend at 80 columns"
p1=$(pane_title)
keys '?'                                          # help is drawn, the clock stays frozen
wait_for "any key closes this help"
screen_text | tail -1 | grep -q "any key close help  " || fail "paused before the help: $(screen_text | tail -1)"
[ "$(pane_title)" = "$p1" ] || fail "the clock ran while paused: '$p1' → '$(pane_title)'"
keys Escape
wait_gone "any key closes this help"
keys p
wait_gone "PAUSED"
wait_for "space pause"
keys h
wait_for "Too hard? Sharp pain, numbness or tingling? Stop with x."
# Help over a running hold covers the countdown: it pauses, and any key
# closes it and goes on.
keys '?'
wait_for "any key closes this help"
wait_for "any key close help and go on"           # the legend: the keys of the help, not q quit
screen_text | tail -1 | grep -q "q quit" && fail "'q quit' under the help, where q closes it"
p1=$(pane_title)
sleep 1.2
[ "$(pane_title)" = "$p1" ] || fail "the hold ran behind the help: '$p1' → '$(pane_title)'"
keys z
wait_gone "any key closes this help"
wait_for "space pause"
# Keys typed at once are each read against what those before them did:
# space and ? leave the help over a paused hold; ? and a key, a running one.
keys ' ' '?'
wait_for "any key closes this help"
wait_for "any key close help "
screen_text | tail -1 | grep -q "and go on" && fail "space ? at once: the help says it goes on"
p1=$(pane_title)
sleep 1.2
[ "$(pane_title)" = "$p1" ] || fail "space ? at once: the hold ran behind the help"
keys z # the help did not pause it: closing it does not go on
wait_gone "any key closes this help"
wait_for "space resume"
keys ' '
wait_for "space pause"
keys '?' z
# Read or not, the two leave the screen as it was: a look after a sleep
# proved nothing on a busy machine. A ? after them is read after them;
# closed, its help leaves the hold as they did (a paused one paused).
keys '?'
wait_for "any key closes this help"
keys z
wait_gone "any key closes this help"
screen_text | grep -q "PAUSED" && fail "? and a key at once left the session paused: $(screen_text)"
# Any key is any key: an arrow, a page key, Home, F1 or Backspace closes
# the help and goes on too (they left it up, the session paused behind it).
for k in Down PPage Home F1 BSpace; do
	keys '?'
	wait_for "any key closes this help"
	keys "$k"
	wait_gone "any key closes this help"
	wait_for "space pause"
done
keys n                                            # skip to the other side
wait_for "Switch to the right side"
wait_for "Calf roll — RIGHT SIDE"
wait_for "Hold — moderate pressure"

keys x
wait_for "What happened?"
wait_for "1  numbness or tingling"
wait_for "During: Calf roll — right side"
keys n                                            # the stop screen never resumes
sleep 0.4                                         # 1 close behind it is mashed
keys 1
wait_for "You said: numbness or tingling."
wait_for "see a doctor or"
wait_for "q to close"
keys q
status=$(wait_exit)
[ "$status" = 0 ] || fail "exit status $status"

# A step title too long for the terminal's title is cut between whole
# characters, and "unknot" still ends it: é as e and a combining accent,
# three bytes a column.
long=ab$(printf 'e\xcc\x81%.0s' $(seq 100))
sed "s/title: Arch/title: $long/" "$UNKNOT_DATA_DIR/routines/feet.yaml" >"$TMP/long.yaml"
in_prep "$RUN --mute $TMP/long.yaml"
t=$(pane_title)
[[ $t == *"— unknot" ]] || fail "a long title pushed out 'unknot': '$t'"
iconv -f UTF-8 -t UTF-8 <<<"$t" >/dev/null 2>&1 || fail "a long title cut inside a character: '$t'"
keys q
wait_exit >/dev/null

# m says what it will do: unmute while muted. Muted again after a sound
# system that failed, the line says only that sound is off.
in_prep "UNKNOT_CANBERRA_DRIVER=no-such-driver $RUN --mute calves"
screen_text | tail -1 | grep -q " m unmute " || fail "muted, no 'm unmute': $(screen_text | tail -1)"
keys m
wait_for "no such sound driver"
screen_text | tail -1 | grep -q " m mute " || fail "sound on, no 'm mute': $(screen_text | tail -1)"
sleep 0.75 # a second press, not the first held down (through its first repeat)
keys m
wait_for "sound off (m turns it on)"
screen_text | grep -q "no such sound driver" && fail "muted, yet the sound system is told of: $(screen_text)"
keys q
wait_exit >/dev/null

# A routine of one hold says so in the singular. q on the brief ends with
# nothing to tell.
tmux_start 80 24 "$RUN --mute back"
wait_for "1 hold, 1m35s"
keys q
wait_exit >/dev/null
screen_text | grep -q "Ended early" && fail "q on the brief told of a session: $(screen_text)"
# A session of several routines is named by them, not "unknot".
tmux_start 80 24 "$RUN --mute feet calves"
brief_shown
screen_text | head -1 | grep -q "^ Morning feet + Calves after a run  .* holds, " || fail "a session of two routines: $(screen_text | head -1)"
keys q
wait_exit >/dev/null
# Kid mode says when to stop in a child's words, before and during.
tmux_start 80 24 "$RUN --mute --kid calves"
wait_for "Kid mode: light pressure, short holds."
screen_text | grep -q "Calves after a run — calves — 1m10s" || fail "kid brief: not the capped time (1m10s): $(screen_text | head -4)"
wait_for "Stop right away if it feels tingly, numb or it really hurts: press x."
keys Enter '?' # the help in the same words; + promises no 30 s a prep does not keep
wait_for "STOP: tingly, numb or it really hurts"
wait_for "more time (15 s)"
wait_for "too hard: press softer" # every row, not the stop's alone
wait_for "start again, or back one" # an early b goes back: a child was surprised
keys z
wait_gone "any key closes this help"
enter_to_begin
wait_for "Get into position"
keys Space # paused, a child's words
wait_for "PAUSED — space to go on"
wait_for "space go on"
keys x
wait_for "What do you feel?"
wait_for "tingly, fizzy or numb"
screen_text | tail -1 | grep -q "1 tingly  2 hurts  3 other" || fail "kid stop legend: $(screen_text | tail -1)"
keys q
wait_exit >/dev/null
# A kid's hold says light pressure, whatever the routine asks of adults.
# The last second that - leaves is on the screen for that second only: at
# 10x, 0.1 s, which a busy machine's look missed. The clock runs at 0.2x
# (that second lasts 5 s), and the calves' prep is taken out, not waited.
sed 's/prep: 5s/prep: 0s/' "$UNKNOT_DATA_DIR/routines/calves.yaml" >"$TMP/calves-now.yaml"
tmux_start 80 24 "$RUN --mute --kid --speed 0.2 $TMP/calves-now.yaml"
brief_read
keys Enter
wait_for "Hold — light pressure"
keys + # the hold is at a kid's cap: say why nothing changed
wait_for "Hold — light pressure, 30 s at most"
keys -; sleep 0.75; keys - # down to the last second (two presses, 0.7 s apart: one held is one), which - keeps: say so
wait_for "Hold — light pressure, 1 s at least"
keys q
wait_exit >/dev/null
# q in a session leaves a line that says how far it went (a preview says so).
screen_text | grep -qE '^Ended early: [0-9ms]+ of [0-9ms]+\. A preview: not counted as practice\.$' ||
	fail "q left no word: $(screen_text)"
# A parent's own kid routine with a warning for its author: not on the
# child's brief (kid mode already runs it light), on the terminal after.
printf 'title: Kid legs\narea: calves\naudience: [kid]\nsteps:\n  - {title: A, hold: 3s, pressure: firm}\n' \
	>"$TMP/kid-legs.yaml"
tmux_start 80 24 "$RUN --mute --kid $TMP/kid-legs.yaml"
brief_shown
screen_text | grep -q "warning" && fail "an author's warning on a child's brief: $(screen_text)"
keys q
wait_exit >/dev/null
tm capture-pane -p -J -t t | grep -q "kid-legs.yaml:5:.*: warning: pressure: firm in a routine for kids; use light" ||
	fail "the author's warning not left on the terminal: $(screen_text)"
# + pressed over and over (each a press of its own, 0.7 s apart, not one
# held): two minutes at most, and the screen says so.
in_prep "$RUN --mute calves"
keys n
wait_for "Hold — moderate pressure"
for _ in $(seq 6); do keys +; sleep 0.75; done
wait_for "Hold — moderate pressure, 2 min at most"
keys q
wait_exit >/dev/null
# - held down is one press, through the keyboard's first repeat too (after
# its 0.5 s delay, then thirty a second): it had taken a 30 s hold to its
# last second, and ended it.
printf 'title: Thirty\narea: calves\nsteps:\n  - {title: A, hold: 30s}\n' >"$TMP/thirty.yaml"
in_prep "$RUN --mute $TMP/thirty.yaml"
keys n
wait_for "Hold — moderate pressure"
keys -
sleep 0.5
keys - - - - - - - - - -
sleep 0.3
screen_text | grep -q "Hold — moderate pressure" || fail "- held down ended the hold: $(screen_text)"
screen_text | grep -q "1 s at least" && fail "- held down took the hold to its least: $(screen_text)"
# ...and pressed again later, it is a press of its own.
sleep 0.3
keys -
wait_for "1 s at least"
keys q
wait_exit >/dev/null
# n held down (a keyboard's 0.6 s delay, then thirty a second) is the
# press and its first repeat, not a side each: a second of it had ended
# the session.
in_prep "$RUN --mute calves"
keys n
sleep 0.6
keys $(printf 'n %.0s' $(seq 20)) # the repeats, thirty a second: at once here, as a busy machine may space them
sleep 0.3
screen_text | grep -q "Ended early" && fail "n held down ran the session out: $(screen_text)"
screen_text | head -1 | grep -qE "hold [12] of 2" || fail "n held down, where: $(screen_text | head -1)"
keys q
wait_exit >/dev/null
# n or space tapped twice, 0.25 s apart (a phone's clumsy tap, a slow
# link), is one tap: the hold is not skipped unseen, the pause not undone.
in_prep "$RUN --mute calves"
keys n; sleep 0.25; keys n
wait_for "Hold — moderate pressure"
sleep 0.3
screen_text | grep -q "LEFT SIDE" || fail "n tapped twice skipped the left side's hold: $(screen_text)"
keys " "; sleep 0.25; keys " "
wait_for "PAUSED"
sleep 0.3
screen_text | grep -q "PAUSED" || fail "space tapped twice undid the pause: $(screen_text)"
keys q
wait_exit >/dev/null
# ...counted from the tap taken: n tapped every 0.3 s acts every other
# tap (four: the hold begun, then skipped to the right side), not once.
in_prep "$RUN --mute calves"
for _ in 1 2 3 4; do keys n; sleep 0.3; done
wait_for "RIGHT SIDE"
keys q
wait_exit >/dev/null
# h held down is one "too hard", not one a repeat: half a second of it
# was "too hard 15 times" in the history a therapist reads.
in_prep "$RUN --mute calves"
keys h
sleep 0.3 # past a repeat's 0.15 s, well within too hard's 0.7 s
keys $(printf 'h %.0s' $(seq 15))
sleep 0.3
keys Escape q
wait_exit >/dev/null
tail -1 "$XDG_STATE_HOME/unknot/history.tsv" | cut -f7 | grep -qx 1 ||
	fail "h held down: $(tail -1 "$XDG_STATE_HOME/unknot/history.tsv")"
# An Enter close behind the summary showing (pressed as the last hold
# ended) does not close it: its aftercare is read first.
tmux_start 80 24 "$RUN --mute --speed 50 calves"
brief_read
keys Enter
wait_for "q to close" 20
keys Enter
sleep 0.3
screen_text | grep -q "q to close" || fail "an Enter at once closed the summary: $(screen_text)"
sleep 0.6
keys Enter
wait_exit >/dev/null
# Every hold skipped: ended early too.
in_prep "$RUN --mute calves"
sleep 1.1 # a second done: a session of nothing leaves nothing
presses n n n n n n n n
wait_for "Ended early."
# Nothing was rolled: no count of too hard, no aftercare.
screen_text | grep -qE "Too hard:|Aftercare:" && fail "a summary of nothing rolled: $(screen_text)"
keys q
wait_exit >/dev/null
screen_text | grep -qE '^Ended early: [0-9ms]+ of [0-9ms]+, every hold skipped\.$' ||
	fail "skipped to the end, no word: $(screen_text)"
# One hold skipped, the rest done: done, without the praise, and the
# header names the routine.
# The first n is typed with the Enter: the first prep lasts 0.1 s at 50x,
# and a busy machine's look at the screen missed it (the switch says
# "Switch to the right side"), so the wait for it timed out. The second
# comes apart from it (n again within 400 ms is the same tap), in the
# hold's 1.2 s.
tmux_start 80 24 "$RUN --mute --speed 50 calves"
brief_read
keys Enter n
sleep 0.45
keys n
wait_for "q to close" 20
screen_text | grep -qE '^ +Done\.$' || fail "skipped a hold, not 'Done.': $(screen_text)"
screen_text | grep -qE "Well done|Ended early" && fail "skipped a hold, praised or ended: $(screen_text)"
screen_text | grep -qE '^  Holds: [0-9]+ of [0-9]+$' || fail "skipped a hold, no count: $(screen_text)"
screen_text | head -1 | grep -qE '^ Calves after a run +done *$' || fail "done title: $(screen_text | head -1)"
keys q
wait_exit >/dev/null
# A routine skipped through (n at its every hold) was not done: the
# summary leaves its aftercare out, and says the line it shares once.
for r in first second; do
	printf 'title: %s\narea: feet\naftercare: [Drink a glass of water., Stretch after %s.]\nsteps: [{title: Arch, prep: 0s, hold: %s}]\n' \
		"$r" "$r" "$([ $r = first ] && echo 60s || echo 1s)" >"$TMP/$r.yaml"
done
tmux_start 80 24 "$RUN --mute --speed 10 $TMP/first.yaml $TMP/second.yaml"
brief_read
keys Enter
wait_for "first"
keys n # no prep: its hold
wait_for "q to close" 20
screen_text | grep -q "Stretch after second" || fail "no aftercare for the routine done: $(screen_text)"
screen_text | grep -q "Stretch after first" && fail "aftercare of a routine skipped: $(screen_text)"
[ "$(screen_text | grep -c 'Drink a glass of water')" = 1 ] || fail "shared aftercare: $(screen_text)"
keys q
wait_exit >/dev/null
# At 40 columns the hold screen's legend still points to the help.
tmux_start 40 12 "$RUN --mute calves"
brief_read
keys Enter
wait_for "Get into position"
screen_text | tail -1 | grep -q "? help" || fail "no '? help' at 40 columns: $(screen_text | tail -1)"
keys q
wait_exit >/dev/null
# A preset's next routine: getting into position, its tool and its own
# safety notes show again (the brief had them below its fold), the first
# ones first as far as they fit beside the step's own words, which all
# stay; not at its later steps.
in_prep "UNKNOT_DATA_DIR=$ROOT $RUN --mute after-run"
presses n n n n n n n n n n n n n n n n n n n n n n n n n n n n # to the back's first step
wait_for "hold 15 of 19" # not "Next: Settle on the roller" a step before
wait_for "Settle on the roller"
wait_for "Equipment: foam roller, yoga mat"
screen_text | grep -q "• NEVER roll the lower back directly: below the ribs nothing shields the$" ||
	fail "the back's first note at its first step:"$'\n'"$(screen_text)"
screen_text | grep -q "Hands behind your head, hips and feet on the floor\.$" ||
	fail "the step's own instruction gave way:"$'\n'"$(screen_text)"
screen_text | grep -q "Next: Roll the mid back" || fail "Next gone at 80×24:"$'\n'"$(screen_text)"
# After each resize, the screen drawn at the new size (the old one, cut or
# padded to it by tmux, has the same words).
resize 60 20
wait_drawn 60
wait_for "• NEVER roll the lower back directly: below the ribs"
wait_for "• Moderate pressure only; it should never be brutal."
screen_text | grep -q "^             ribs\.$" || fail "the avoid note cut at 60×20:"$'\n'"$(screen_text)"
resize 60 16 # room for the first note alone
wait_gone "Keep your hips" # redrawn: more notes than fit go
wait_drawn 60 # the header too: not the 60×20 screen's foot
for said in "Settle on the roller" "Get into position" "• NEVER roll the lower back directly: below the ribs"; do
	screen_text | grep -q "$said" || fail "'$said' gone at 60×16:"$'\n'"$(screen_text)"
done
screen_text | grep -q "^             ribs\.$" || fail "the avoid note cut at 60×16:"$'\n'"$(screen_text)"
# ...and the notes left out are counted, not dropped without a word.
screen_text | grep -q "^  3 more safety notes were on the brief$" || fail "notes left out unsaid at 60×16:"$'\n'"$(screen_text)"
# At every size the count has a row, a note giving way to it where the
# notes shown took the last rows (they had gone without a word).
for size in "50 16" "60 15" "45 13" "50 18" "60 14"; do # each a new width: wait_drawn tells it
	resize $size
	wait_drawn ${size% *}
	wait_for_re "^  [1-4] more safety notes? (was|were) on the brief$" 3 ||
		fail "notes left out unsaid at ${size/ /×}"
done
# ...but where even that makes no room for the count, nothing gives way
# for it: the tool stays (it had gone, and the count not come).
resize 40 12
wait_drawn 40
wait_for "Equipment: foam roller, yoga mat" 3
wait_gone "NEVER roll"
screen_text | grep -q "head, hips and feet on the floor\.$" || fail "the instruction cut at 40×12:"$'\n'"$(screen_text)"
resize 80 24
wait_drawn 80
wait_for "• NEVER roll" # at this size, this step, the notes show
presses n n
# "Roll the mid back" was the first step's Next: wait for the next step's
# header and its own Next, drawn below where the notes were.
wait_for "hold 16 of 19"
wait_for "Next: Shoulder blades apart"
wait_for "Roll the mid back"
screen_text | grep -q "NEVER roll" && fail "the notes again at a later step:"$'\n'"$(screen_text)"
keys q
wait_exit >/dev/null
# Enter pressed twice at the shell (or held in the picker) is no answer to
# the brief: typed before it showed, it would begin with the notes unread.
tmux_start 80 24 "sleep 0.5; $RUN --mute calves"
keys Enter Enter
brief_shown
wait_read
sleep 0.3
screen_text | grep -q "Press Enter to begin" || fail "Enter typed ahead began the session:"$'\n'"$(screen_text)"
enter_to_begin
wait_for "Get into position"
keys q
wait_exit >/dev/null
# Enter held down (thirty a second) on a long brief turns one page, not
# every page unread, and begins nothing; each page is there to be read,
# then Enter turns it, and at the end begins.
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute after-run"
brief_shown
wait_for "Lines 1-"
sleep 0.8
keys $(printf 'Enter %.0s' $(seq 40)) # the repeats, at once (a busy machine spaces them)
wait_read
sleep 0.3
screen_text | grep -qE "Lines 1[0-9]-[23][0-9] of" && screen_text | grep -q "Press Enter for more" ||
	fail "Enter held down, not one page turned:"$'\n'"$(screen_text)"
brief_read
screen_text | grep -q "Get into position" && fail "Enter held down began the session:"$'\n'"$(screen_text)"
enter_to_begin
wait_for "Get into position"
keys q
wait_exit >/dev/null
# End (or G) on a long brief passes safety notes unread: Enter then turns
# back to the first of them, and begins only once they have been shown.
tmux_start 80 24 "UNKNOT_DATA_DIR=$ROOT $RUN --mute after-run"
brief_shown
wait_for "Lines 1-"
keys End
wait_for "unread above"
screen_text | grep -q "Press Enter for more" || fail "End on the brief: $(screen_text)"
enter_to_begin
wait_for_re "Lines 1[0-9]-"
screen_text | grep -q "Get into position" && fail "End, then Enter, began the session: $(screen_text)"
brief_read
enter_to_begin
wait_for "Get into position"
keys q
wait_exit >/dev/null
# A hand that doubles a press: Enter again 100 ms behind the picker's, or
# held there (a keyboard's delay, 0.6 s, then thirty a second), begins
# nothing; the brief is read first.
tmux_start 80 24 "$RUN --mute"
wait_for "Pick a routine"
keys Enter
sleep 0.1
keys Enter
sleep 0.8
screen_text | grep -q "Press Enter to begin" || fail "a doubled Enter began the session:"$'\n'"$(screen_text)"
keys q
wait_for "Pick a routine"
keys Enter
sleep 0.6
keys $(printf 'Enter %.0s' $(seq 15)) # the repeats, at once (a busy machine spaces them)
sleep 0.5
screen_text | grep -q "Press Enter to begin" || fail "Enter held in the picker began the session:"$'\n'"$(screen_text)"
enter_to_begin
wait_for "Get into position"
keys q
wait_exit >/dev/null
# A key that does nothing in a session (z, c or d, a miss for the x beside
# them) says that x stops, a while, on the state line: it had shown nothing.
# On the brief, s ("start") and n are such keys: s is no stop before
# anything is rolled (it held the area till morning), and the begin line
# says how to begin and how to stop.
tmux_start 80 24 "$RUN --mute calves"
brief_read
keys s
wait_for "Press Enter to begin; x is STOP"
screen_text | grep -q "What happened" && fail "s on the brief stopped: $(screen_text)"
wait_gone "x is STOP" 6
keys n
wait_for "Press Enter to begin; x is STOP"
# ...and its help does not say s stops there.
keys '?'
wait_for "STOP: numbness, tingling"
screen_text | grep -q "x or s" && fail "the brief's help says s stops: $(screen_text)"
keys s # closes it, and is no stop there either (it had stopped, held till 05:00)
wait_gone "STOP: numbness, tingling"
screen_text | grep -q "What happened" && fail "s closing the brief's help stopped: $(screen_text)"
keys Enter
wait_for "Get into position"
keys z
wait_for "Get into position; n begins, x is STOP"
wait_gone "x is STOP" 6
# Enter getting into position, meant as "next", is told that n begins.
keys Enter
wait_for "Get into position; n begins, x is STOP"
# ...and paused, where nothing else wakes the screen, it goes all the same.
keys Space
wait_for "PAUSED"
keys c
wait_for "PAUSED — space to resume; x is STOP"
wait_gone "x is STOP" 6
# A key beyond ASCII that does nothing (ü) says so too; and an input
# method left in full-width mode types ｘ for x: STOP all the same.
keys -l ü
wait_for "PAUSED — space to resume; x is STOP"
keys -l ｘ
wait_for "What happened?"
keys 1
sleep 0.3
keys q
wait_exit >/dev/null
# Caps Lock on: H is too hard, M mute, N next, P pause, as in lower case;
# F1 is help, as in most programs.
tmux_start 80 24 "$RUN --mute calves"
brief_shown
enter_to_begin
wait_for "Get into position"
keys N
wait_for "Hold"
keys H
wait_for "Too hard? Sharp pain"
keys M
wait_for "m mute  "
keys P
wait_for "PAUSED"
keys F1
wait_for "this help, paused"
keys Escape
wait_gone "this help, paused"
keys q
wait_exit >/dev/null
# A long step title: its side stays whole on one line ("LEFT" and "SIDE"
# had gone on two), the side being what is looked for.
printf 'title: Long\narea: feet\nsteps:\n  - {title: "The sole of the foot from the heel to the toes, seated on a chair", side: both, prep: 5s, hold: 30s}\n' \
	>"$TMP/long-step.yaml"
# Under a locale that is not UTF-8 too (its space there had been one the
# line broke at).
for locale in "" "LC_ALL=C "; do
	tmux_start 80 24 "$locale$RUN --mute $TMP/long-step.yaml"
	brief_read
	keys Enter
	wait_for "Get into position"
	wait_for "LEFT SIDE"
	keys q
	wait_exit >/dev/null
done
echo "ui_session: ok"
