# End to end, line mode: a bundled routine coached start to finish at 200x,
# then a stop from a hold with commands typed on stdin.
source "$(dirname "$0")/lib.sh"

out=$TMP/out
$RUN --plain --mute --speed 200 feet </dev/null >"$out" 2>&1 || fail "exit $?: $(cat "$out")"
expect_in_order "$out" \
	'^Morning feet' 'Stop at once on numbness' '^Press Enter to begin' \
	'^\[0:00\] Hold 1 of [0-9]+: .*, left side \(Morning feet\)\. Get into position: 5 seconds\. ' \
	'^\[0:0[0-9]\] Hold 30 seconds, moderate pressure\. Breathe in 4 seconds, out 6 seconds\.$' \
	'^3 seconds left$' '^2$' '^1$' \
	'Switch to the right side: 5 seconds\. Hold 2 of 6: Arch\. Take care: Do not stand your full weight on the ball, and do not roll over the heel bone\.$' \
	'^\[[0-9:]+\] Hold 30 seconds, moderate pressure\.$' '^\[[0-9:]+\] Hold 3 of [0-9]+: [^(]*\. Get into' \
	'^\[[0-9:]+\] Done: 6 holds, 2 minutes 40 seconds\. ' '^Aftercare: '
# For a listener to keep up: the pace once, not each hold; the routine's
# name with the first hold alone; a countdown with no stamps, its number alone
# after its first line. A preset's next routine is named, and its tool and
# cautions said, before how to lie on it.
[ "$(grep -c 'Breathe in' "$out")" = 1 ] || fail "the pace said each hold: $(grep 'Breathe in' "$out")"
[ "$(grep -c '(Morning feet)' "$out")" = 1 ] || fail "the routine named each hold: $(grep -c '(Morning feet)' "$out")"
$RUN --plain --mute --speed 200 morning </dev/null >"$TMP/morning" 2>&1
expect_in_order "$TMP/morning" '^\[[0-9:]+\] Next routine: Calves \(calves\)\.$' '^Equipment: foam roller' \
	'^Safety: ' '^Hold [0-9]+ of [0-9]+: Whole calf, left side\. Get into position: '
grep -q 'Paused while you listen' "$TMP/morning" && fail "a pipe's preset paused at its next routine: $(cat "$TMP/morning")"
# The switch says the step's Take care line again, as the screen shows it on every
# side; a step with none says none.
$RUN --plain --mute --speed 200 tests/data/cues.yaml </dev/null >"$TMP/no-avoid" 2>&1
grep -q '\] Switch to the right side: 2 seconds\. Hold 2 of 2: Arch\.$' "$TMP/no-avoid" ||
	fail "a switch with no avoid: $(grep Switch "$TMP/no-avoid")"
# Times are said in words, as a screen reader says them well: no "30s"
# ("thirty ess"), no "2m40s", in the session's lines or the picker's.
grep -E '[0-9][hms]\b' "$out" && fail "a time in letters: $(grep -E '[0-9][hms]\b' "$out")"
grep -qE 'STOP( now)?\.' "$out" && fail "no stop was asked for"

# A stop during a hold, answered on stdin: the session never resumes.
plain_start "$out" --speed 20 feet
wait_for_line "$out" '\] Hold '
echo x >&3
# What to do at once comes first, answer or not; then the question.
wait_for_line "$out" '^\[[0-9:]+\] STOP now\. Gently move off the roller or ball\.$'
wait_for_line "$out" '^What happened\? 1 numbness or tingling'
# ...and where it came, as the screen says it under STOP.
expect_in_order "$out" 'STOP now' '^During: Arch, (left|right) side \(Morning feet\)\.$' '^What happened\?'
echo n >&3                                   # a stop never resumes: only the question is open
wait_for_line "$out" '^What happened\? Type 1, 2 or 3 and Enter\.$'
echo 1 >&3
wait "$pid" || fail "exit status $? after a stop"
exec 3>&-
expect_in_order "$out" 'STOP( now)?\.' '^You said: numbness or tingling\.' 'see a doctor or physiotherapist'
if sed -En '/STOP( now)?\./,$p' "$out" | grep -q 'Hold '; then fail "the session went on after a stop"; fi

# An empty line in a session says where it is, paused or not; the help
# then offers it instead of "Enter start".
XDG_STATE_HOME=$TMP/where-state plain_start "$out" --speed 10 feet
wait_for_line "$out" '\] Hold 1 of 6: Arch, left side \('
echo >&3
wait_for_line "$out" '\] [0-9]+ seconds? left (of|to get into position for) hold 1 of 6: Arch, left side\. '
echo p >&3
sleep 1.2 # 12 s of the session's clock that a pause must not count
echo >&3
wait_for_line "$out" '\] Paused\. [0-9]+ seconds? left '
printf '?\nq\n' >&3
wait "$pid" || fail "where: exit $?"
exec 3>&-
# The time left first: heard at once, and on a braille line of 40.
expect_in_order "$out" '^\[[0-9:]+\] [0-9]+ seconds? left (of|to get into position for) hold 1 of 6: Arch, left side\. [0-9]+ seconds? of 2 minutes 40 seconds done\.$' \
	'^\[[0-9:]+\] Paused\. [0-9]+ seconds? left (of|to get into position for) hold 1 of 6: Arch, left side\.' \
	'^Commands \(then Enter\): Enter: where you are; p: pause'
# The clock in the stamps never goes back (paused, it stands).
sed -n 's/^\[\([0-9]*\):\([0-9]*\)\].*/\1 \2/p' "$out" | awk '{ t = $1 * 60 + $2; if (t < last) bad = 1; last = t } END { exit bad }' ||
	fail "a stamp went back: $(grep '^\[' "$out" | cut -c1-60)"

# Many commands in one read: none is dropped, not the x after twenty p.
{ echo; for _ in $(seq 20); do echo p; done; echo x; echo 1; } |
	XDG_STATE_HOME=$TMP/burst-state $RUN --plain --mute --speed 100 quick-feet >"$out" 2>&1
[ "$(grep -c '\] Paused\.' "$out")" = 10 ] && [ "$(grep -c '\] Resumed' "$out")" = 10 ] ||
	fail "not every p was taken: $(grep -cE '^(Paused|Resumed)' "$out")"
grep -q '^You said: numbness or tingling\.' "$out" || fail "the x after a burst was lost: $(tail -3 "$out")"
# ...nor when the pipe has closed behind lines that give no key at first.
{ echo; sleep 0.5; printf 'a long line of text\n?\n?\n?\nx\n1\n'; } |
	XDG_STATE_HOME=$TMP/burst-state2 $RUN --plain --mute --speed 20 quick-feet >"$out" 2>&1
grep -q '^You said: numbness or tingling\.' "$out" || fail "the x after a closed pipe was lost: $(tail -3 "$out")"

# Paused time is not in the time stamps; n or b while paused ends the pause
# and tells the step they move to, not a resume of the old one.
{ echo; sleep 0.2; echo p; sleep 1; echo p; sleep 1; echo q; } |
	XDG_STATE_HOME=$TMP/pause-state $RUN --plain --mute --speed 10 quick-feet >"$out" 2>&1
grep -q '^\[0:05\] Hold 30 seconds' "$out" || fail "paused time counted: $(grep '^\[' "$out" | cut -c1-40)"
printf '\nn\nn\np\nb\nq\n' | XDG_STATE_HOME=$TMP/pause-state $RUN --plain --mute quick-feet >"$out" 2>&1
expect_in_order "$out" 'Hold 1 of 4: Arch, left side' 'Switch to the right side' 'Paused\.' \
	'\] Pause over\. Hold 1 of 4: Arch, left side' 'Ended early'
grep -q 'Resumed' "$out" && fail "b while paused said 'Resumed': $(grep '^\[' "$out" | cut -c1-50)"

# Every hold skipped with n is no session done: not for the screen, not
# for the history (where "done" would close an open stop).
XDG_STATE_HOME=$TMP/skip-state plain_start "$out" quick-feet
wait_for_line "$out" '\] Hold 1 of 4'
sleep 1.2 # a second done, kept in whole seconds
printf 'n\nn\nn\nn\nn\nn\nn\nn\n' >&3 # each prep's n begins its hold
wait "$pid" || fail "skipped to the end: exit $?"
exec 3>&-
grep -qE '\] Ended early: [1-9] seconds? of 2 minutes, every hold skipped\.$' "$out" || fail "skipped to the end: $(tail -2 "$out")"
tail -1 "$TMP/skip-state/unknot/history.tsv" | grep -q $'\tquick-feet\tfeet\t120\t[1-9]\tquit\t' ||
	fail "a skipped session not kept as quit: $(tail -1 "$TMP/skip-state/unknot/history.tsv")"
# "start" in a session is answered, as other words are.
XDG_STATE_HOME=$TMP/start-twice plain_start "$out" feet
wait_for_line "$out" '\] Hold 1 of 6'
echo start >&3
wait_for_line "$out" '^Already begun: an empty line says where it is\.$'
echo pause >&3
wait_for_line "$out" '\] Paused\.'
echo start >&3 # and paused: how to go on
wait_for_line "$out" '^Already begun, and paused: p or resume goes on\.$'
echo q >&3
wait "$pid" || fail "start in a session: exit $?"
exec 3>&-
# q on the brief: nothing began, so nothing "ended early", and none is kept.
printf 'q\n' | XDG_STATE_HOME=$TMP/brief-quit $RUN --plain --mute feet >"$out" 2>&1 || fail "q on the brief: exit $?"
tail -1 "$out" | grep -qE '^Quit before it began\.$' || fail "q on the brief: $(tail -1 "$out")"
[ ! -e "$TMP/brief-quit/unknot/history.tsv" ] || fail "q on the brief was kept: $(cat "$TMP/brief-quit/unknot/history.tsv")"

# Input that ends while paused: nobody can resume, so the session ends.
printf '\np\n' | XDG_STATE_HOME=$TMP/burst-state timeout 20 $RUN --plain --mute back >"$out" 2>&1 ||
	fail "paused at the end of input: exit $?: $(tail -3 "$out")"
grep -q 'Ended early' "$out" || fail "no end after input ran out while paused: $(tail -3 "$out")"


# A stop said after something else is a stop: "I'm tired. Stop.", "sorry,
# x", a sentence of someone asleep then stop; a key beside one of stop's.
for said in "I'm tired. Stop." 'sorry, x' 'my wife is asleep. stop' 'srop'; do
	printf '\n%s\n1\n' "$said" | XDG_STATE_HOME=$TMP/clause-state $RUN --plain --mute --speed 10 feet >"$out" 2>&1
	grep -q '^You said: numbness or tingling\.$' "$out" || fail "'$said' did not stop: $(tail -3 "$out")"
	rm -r "$TMP/clause-state"
done
# A slip of a command is told the word it meant; paused, the way on;
# "time left" says where it is, the time left first; bye quits. What was
# typed is said back as typed, not in lower case, nor its marks cut.
{ echo; sleep 0.3; echo Puase; sleep 0.2; echo p; sleep 0.2; echo 'Blah!'; echo time left; sleep 0.2; echo bye; } |
	XDG_STATE_HOME=$TMP/slips $RUN --plain --mute calves >"$out" 2>&1
grep -q "^Unknown command 'Puase'; did you mean pause? To stop: x and Enter" "$out" &&
	grep -q "^Unknown command 'Blah!'\. Paused: p and Enter resumes\. To stop: x and Enter" "$out" &&
	grep -q '^\[0:0[0-9]\] Paused\. [a-z0-9 ]* left to get into position for hold 1 of 4: ' "$out" &&
	grep -q '\] Ended early: ' "$out" || fail "a slip, paused, time left, bye: $(cat "$out")"
# A word of its own is not told a command a letter or two away ("wait"
# had been told quit, "sore" more): wait pauses, continue goes on, wait
# again while paused does not resume, quiet turns the sound off.
{ echo; sleep 0.3; echo sore; echo wait; sleep 0.2; echo wait; sleep 0.2; echo continue; sleep 0.2; echo quiet; echo q; } |
	XDG_STATE_HOME=$TMP/words $RUN --plain --mute calves >"$out" 2>&1
expect_in_order "$out" "^Unknown command 'sore'\. To stop" '\] Paused\. Type p and Enter to resume\.$' \
	'^Already paused: p or resume goes on\.$' '\] Resumed: ' '^Sound already off: m or sound turns it on\.$'
grep -q 'did you mean' "$out" && fail "a word told a command: $(cat "$out")"
# ...and as they are said at length: wait a sec, keep going, be quiet
{ echo; sleep 0.3; echo wait a sec; sleep 0.2; echo keep going; sleep 0.2; echo be quiet; echo q; } |
	XDG_STATE_HOME=$TMP/words2 $RUN --plain --mute calves >"$out" 2>&1
expect_in_order "$out" '\] Paused\. Type p and Enter to resume\.$' '\] Resumed: ' \
	'^Sound already off: m or sound turns it on\.$'
# Caps lock on: X stops, and so does STOP; so do " x" and a last x with no
# newline (a pipe that ends mid-line).
for word in X STOP ' x'; do
	printf '\n%s\n1\n' "$word" | XDG_STATE_HOME=$TMP/caps-state $RUN --plain --mute --speed 10 feet >"$out" 2>&1
	grep -q '^You said: numbness or tingling\.$' "$out" || fail "'$word' did not stop: $(tail -3 "$out")"
	rm -r "$TMP/caps-state"
done
# A sentence dictated, too long for a command, stops when it says what
# happened; other long lines are refused.
said="I feel tingling in my toes and I think I should stop now because it is spreading up my foot"
printf '\n%s %s %s\n1\n' "$said" "$said" "$said" |
	XDG_STATE_HOME=$TMP/caps-state $RUN --plain --mute --speed 10 feet >"$out" 2>&1
grep -q '^You said: numbness or tingling\.$' "$out" || fail "a long sentence did not stop: $(tail -3 "$out")"
rm -r "$TMP/caps-state"
# ...wherever in it that is said: at the end of 282 characters, after 250
# blanks (it had been refused, read to its 255th byte)
said="okay so I have been rolling my arch like you said for a while and it was fine at first, nice and easy, I kept the pressure moderate and breathed slowly the way you told me to, and then I moved the ball a bit closer to the heel and now suddenly my whole foot has gone numb and tingly"
for long in "$said" "$(printf '%250s' '')my foot is numb"; do
	printf '\n%s\n1\n' "$long" | XDG_STATE_HOME=$TMP/caps-state $RUN --plain --mute --speed 10 feet >"$out" 2>&1
	grep -q '^STOP now\|\] STOP now' "$out" || fail "a long line, stop said at its end: $(tail -3 "$out")"
	rm -r "$TMP/caps-state"
done
# ...but not a word cut where a part of it ends ("pain|ting" had stopped,
# sure, and kept a stop in the history)
long="$(printf 'abcd %.0s' $(seq 88))abcde painting the wall was what I did today and it was fine"
printf '\n%s\nq\n' "$long" | XDG_STATE_HOME=$TMP/caps-state $RUN --plain --mute --speed 10 feet >"$out" 2>&1
grep -q 'STOP now' "$out" && fail "a word cut in a long line stopped: $(grep -A1 'STOP now' "$out")"
grep -q '^Command too long, ignored\.' "$out" || fail "a long line, no stop in it: $(tail -3 "$out")"
rm -r "$TMP/caps-state"
printf '\n%0300d\n' 0 | XDG_STATE_HOME=$TMP/caps-state $RUN --plain --mute --speed 10 feet >"$out" 2>&1
grep -q '^Command too long, ignored\. To stop: x and Enter\.$' "$out" && ! grep -q 'STOP now' "$out" ||
	fail "a long line: $(tail -3 "$out")"
rm -r "$TMP/caps-state"
printf '\nx' | XDG_STATE_HOME=$TMP/caps-state $RUN --plain --mute --speed 10 feet >"$out" 2>&1
grep -q $'\tstop:unknown\t0\tfeet\t' "$TMP/caps-state/unknot/history.tsv" ||
	fail "a last x with no newline was lost: $(tail -3 "$out")"

# SIGTERM, SIGINT and SIGQUIT (Ctrl-\) end a session cleanly, with a
# message and 128+signal, and it is recorded; so does SIGHUP, and to a log
# (nohup's, a job runner's) it says how far it went too.
export XDG_STATE_HOME=$TMP/fresh-state # no reminder of the stop above
ended=0
for sig in TERM INT QUIT HUP; do
	plain_start "$out" feet
	wait_for_line "$out" '\] Hold 1 of'
	sleep 0.2 # some time done: a session of nothing is not recorded
	kill -"$sig" "$pid"
	set +e; wait "$pid"; status=$?; set -e
	exec 3>&-
	want=$((128 + $(kill -l "$sig")))
	[ "$status" -eq "$want" ] || fail "SIG$sig: exit $status, expected $want: $(cat "$out")"
	grep -q 'session ended' "$out" || fail "SIG$sig: no message"
	expect_in_order "$out" '\] Hold 1 of' '^Ended early: [0-9]+ seconds? of 2 minutes 40 seconds\.$' 'session ended' # how far it went
	[ "$(grep -c $'\tquit\t' "$XDG_STATE_HOME/unknot/history.tsv")" = $((++ended)) ] ||
		fail "SIG$sig: not recorded: $(cat "$XDG_STATE_HOME/unknot/history.tsv")"
done
# Input that never pauses (yes | unknot): a signal is still taken at
# once, where it had waited, pending, for a pause that never came; the
# session is recorded. (The last run's lines are cleared first: the
# background job truncates $out only once it runs, and a wait that found
# the old "Hold 1 of" signalled an unknot with no handler yet.)
: >"$out"
yes '' | XDG_STATE_HOME=$TMP/yes-state $RUN --plain --mute feet >"$out" 2>&1 &
pid=$!
wait_for_line "$out" '\] Hold 1 of'
sleep 0.2
kill -TERM "$pid"
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && { kill -9 "$pid"; fail "SIGTERM under endless input: not taken"; }
set +e; wait "$pid"; status=$?; set -e
grep -q $'\tquit\t' "$TMP/yes-state/unknot/history.tsv" ||
	fail "SIGTERM under endless input: not recorded (exit $status): $(tail -3 "$out")"
# ...and the picker whose reader has gone ends, as at the end of input,
# not answering "Unknown command" to a closed pipe for ever.
set +e
yes | XDG_STATE_HOME=$TMP/yes-state timeout 20 $RUN --plain --mute | head -1 >/dev/null
status=${PIPESTATUS[2]}
set -e
[ "$status" != 124 ] || fail "the picker went on with its reader gone"
# An x read as the reader went is a stop all the same, kept once answered;
# its question is asked where it can be read, on standard error.
{ sleep 0.5; echo x; sleep 0.5; echo 1; echo q; } 2>/dev/null |
	XDG_STATE_HOME=$TMP/gone-x $RUN --plain --mute 2>"$TMP/gone-x.err" | head -1 >/dev/null || true # the echo after it ends: SIGPIPE
grep -q $'\tstop:numbness\t' "$TMP/gone-x/unknot/history.tsv" ||
	fail "an x at the picker, its reader gone: $(cat "$TMP/gone-x/unknot/history.tsv" 2>&1)"
grep -q '^What happened? ' "$TMP/gone-x.err" || fail "the stop's question into a closed pipe: $(cat "$TMP/gone-x.err")"
grep -q '^If it lasts more than a few minutes' "$TMP/gone-x.err" || fail "the stop's advice into a closed pipe: $(cat "$TMP/gone-x.err")"
# ...and a reader that goes once it has read the question: the answer's
# advice goes to standard error.
{ sleep 0.5; echo x; sleep 1; echo 1; echo q; } 2>/dev/null |
	XDG_STATE_HOME=$TMP/gone-q $RUN --plain --mute 2>"$TMP/gone-q.err" | sed '/^What happened? /q' >/dev/null || true
grep -q '^You said: numbness or tingling\.$' "$TMP/gone-q.err" && grep -q 'see a doctor' "$TMP/gone-q.err" ||
	fail "the answer's advice, the reader gone after the question: $(cat "$TMP/gone-q.err")"
# A reader that goes away (| head -1) once the session has begun does not
# kill unknot: a stop typed after it is still recorded.
# Its question and its advice go where they can still be read: standard error.
{ echo; sleep 2; echo x; sleep 0.3; echo 1; } | # 2 s: under valgrind the brief takes 0.8
	XDG_STATE_HOME=$TMP/pipe-state $RUN --plain --mute --speed 10 feet 2>"$TMP/pipe-state.err" |
	grep -m1 -q '\] Hold 1 of ' # then gone
grep -q $'\tstop:numbness\t' "$TMP/pipe-state/unknot/history.tsv" ||
	fail "the stop after the reader left was lost: $(cat "$TMP/pipe-state/unknot/history.tsv" 2>&1)"
grep -q '^What happened? ' "$TMP/pipe-state.err" && grep -q '^You said: numbness' "$TMP/pipe-state.err" ||
	fail "a session's stop into a closed pipe: $(cat "$TMP/pipe-state.err")"
# ...and left unanswered (q), all the advice, there too.
{ echo; sleep 2; echo x; sleep 0.3; echo q; } |
	XDG_STATE_HOME=$TMP/pipe-q $RUN --plain --mute --speed 10 feet 2>"$TMP/pipe-q.err" |
	grep -m1 -q '\] Hold 1 of '
grep -q '^Stopped\.$' "$TMP/pipe-q.err" && grep -q 'see a doctor' "$TMP/pipe-q.err" ||
	fail "an unanswered stop into a closed pipe: $(cat "$TMP/pipe-q.err")"
echo "plain signals: ok"

# Kid mode: holds capped at 30 s, playful breathing words, "tell a grown-up".
$RUN --plain --mute --speed 500 --kid calves </dev/null >"$out" 2>&1
grep -q 'kid mode' "$out" || fail "kid mode not announced"
grep -q '^Stop right away if it feels tingly, numb or it really hurts: type x and Enter\.$' "$out" ||
	fail "kid stop rule: $(grep -i stop "$out" | head -2)"
grep -q '^\[[0-9:]*\] Hold 30 seconds, press softly\. Smell the flower for 4 seconds, blow out the candle for 6 seconds\.$' "$out" ||
	fail "kid hold: $(grep Hold "$out" | head -2)"
grep -q 'Hold 1 minute' "$out" && fail "a kid hold over 30 s"
# The breath's own holds are told, as the pacer shows them.
$RUN --plain --mute --speed 100 tests/data/box-breath.yaml </dev/null >"$out" 2>&1
grep -q '\] Hold 3 seconds, moderate pressure\. Breathe in 4 seconds, hold 2 seconds, out 6 seconds, wait 2 seconds\.$' "$out" ||
	fail "breath holds: $(grep Hold "$out")"

# Every time shown in kid mode is the capped one.
$RUN --kid --dry-run calves >"$out"
expect_in_order "$out" '^Plan: 4 holds, 2m30s ' '^Calves \(calves, 2m30s\)$'
printf '\nx\n1\n' | $RUN --plain --mute kids >"$out" 2>&1
expect_in_order "$out" '^Tell a grown-up what you feel\.$' '^Grown-up: if it does not fade .*, see a doctor\.$'
# A child's sharp pain after sport may be an injury: the grown-up is told
# what to watch for, not the advice for numbness.
printf '\nx\n2\n' | XDG_STATE_HOME=$TMP/kid-sharp $RUN --plain --mute kids >"$out" 2>&1
expect_in_order "$out" '^Tell a grown-up where it hurts\.$' '^Grown-up: if the pain stays or comes back, or it swells, see a doctor\.$'
grep -q 'does not fade' "$out" && fail "a child's sharp pain told the numbness advice: $(cat "$out")"
# The question left unanswered, by q or the end of input: what was not yet
# said is said before the end, every line of it.
for ending in 'q\n' ''; do
	printf "\nx\n$ending" | XDG_STATE_HOME=$TMP/unanswered-${#ending} $RUN --plain --mute calves >"$out" 2>&1
	expect_in_order "$out" '^What happened\?' '^Stopped\.$' '^  Do not roll this area again today\.$' \
		'^  If it does not fade within a few minutes, or it comes back, see a doctor or physiotherapist\.$'
done
# Words that say what happened stop the session and answer the question;
# at the question they answer it. Other words are told how to stop first.
for said in "ouch:sharp pain" "my toes are TINGLING:numbness or tingling" "x\nit hurts:sharp pain" \
	"I feel dizzy:something else" "x\nlightheaded:something else"; do
	printf '\n%b\n' "${said%%:*}" | XDG_STATE_HOME=$TMP/said-$RANDOM $RUN --plain --mute calves >"$out" 2>&1
	expect_in_order "$out" 'STOP now' "^You said: ${said#*:}\.$"
	# answered with the stop: no question asks what was said
	case $said in x*) ;; *) grep -q '^What happened' "$out" && fail "'${said%%:*}' asked: $(cat "$out")" ;; esac
done
# A line of 16 bytes with such a word, then 16 Enters in one read: two
# keys for one newline never write past the loop's room for keys (the
# sanitizer run of this test would say so).
printf 'my toes hurt!!!!\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nq\n' |
	XDG_STATE_HOME=$TMP/said-long $RUN --plain --mute calves >"$out" 2>&1 || fail "16 Enters: exit $?: $(tail -3 "$out")"
grep -q '^You said: sharp pain\.$' "$out" || fail "16 Enters: $(tail -3 "$out")"
# A line that denies ("no pain") stops all the same, and asks: what it
# names is not taken for the answer.
printf '\nno pain, where am I?\n' | XDG_STATE_HOME=$TMP/denied $RUN --plain --mute calves >"$out" 2>&1
grep -q 'STOP now' "$out" && ! grep -q '^You said' "$out" || fail "'no pain': $(tail -3 "$out")"
grep -q $'\tstop:unknown\t' "$TMP/denied/unknot/history.tsv" || fail "'no pain' kept as: $(cat "$TMP/denied/unknot/history.tsv")"
# A hand that doubles keys: "xx" and "stop!" stop as x does, in a session
# and at the numbered list (where a stop is not kept until it is answered).
for typed in xx 'stop!'; do
	printf '\n%s\n1\n' "$typed" | XDG_STATE_HOME="$TMP/xx-$typed" $RUN --plain --mute calves >"$out" 2>&1
	grep -q 'STOP now' "$out" && grep -q '^You said: numbness or tingling\.$' "$out" ||
		fail "'$typed' in a session: $(tail -3 "$out")"
done
# "stop" with what happened answers the question with it, as the word
# alone does; "stop sound" is no stop.
printf '\nstop! sharp pain\n' | XDG_STATE_HOME="$TMP/stop-said" $RUN --plain --mute calves >"$out" 2>&1
grep -q '^You said: sharp pain\.$' "$out" && ! grep -q '^What happened' "$out" ||
	fail "'stop! sharp pain': $(tail -4 "$out")"
# The stop and its number on one line, as x then 1 typed at once on the
# screen: stopped, and answered.
for typed in 'x1:numbness or tingling' 'x 2:sharp pain' 'stop 3:something else' 'X 1:numbness or tingling'; do
	printf '\n%s\n' "${typed%%:*}" | XDG_STATE_HOME="$TMP/x-num-$RANDOM" $RUN --plain --mute calves >"$out" 2>&1
	expect_in_order "$out" 'STOP now' "^You said: ${typed#*:}\.$"
	grep -q '^What happened' "$out" && fail "'${typed%%:*}' asked: $(cat "$out")"
done
# A number that is no answer ("x4", a finger past the 3) is a stop all the
# same, its question asked.
printf '\nx4\n2\n' | XDG_STATE_HOME="$TMP/x-four" $RUN --plain --mute calves >"$out" 2>&1
expect_in_order "$out" 'STOP now' '^What happened' '^You said: sharp pain\.$'
# At the list too: x1 and stop 2 stop and answer, as in a session; x4 asks.
for typed in 'x1:numbness' 'stop 2:sharp-pain' 'x4:other'; do
	state=$TMP/pick-num-${typed%%:*}
	printf '%s\n3\n' "${typed%%:*}" | XDG_STATE_HOME="$state" XDG_DATA_HOME=$TMP/none-of-yours \
		$RUN --plain --mute >"$out" 2>&1
	grep -q 'STOP now' "$out" || fail "'${typed%%:*}' at the list: $(tail -3 "$out")"
	if [ "${typed%%:*}" = x4 ]; then
		grep -q '^What happened' "$out" || fail "'x4' at the list not asked: $(cat "$out")"
	else
		grep -q '^What happened' "$out" && fail "'${typed%%:*}' at the list asked: $(cat "$out")"
	fi
	grep -q $'\tstop:'"${typed#*:}"$'\t' "$state/unknot/history.tsv" ||
		fail "'${typed%%:*}' at the list kept: $(cat "$state/unknot/history.tsv" 2>&1)"
done
printf '\nstop sound\nq\n' | XDG_STATE_HOME="$TMP/stop-sound" $RUN --plain --mute calves >"$out" 2>&1
grep -q "^Unknown command 'stop sound'" "$out" && ! grep -q 'STOP now' "$out" ||
	fail "'stop sound' stopped: $(tail -4 "$out")"
printf 'xx\n1\n' | XDG_STATE_HOME=$TMP/xx-pick XDG_DATA_HOME=$TMP/none-of-yours $RUN --plain --mute >"$out" 2>&1
grep -q 'STOP now' "$out" || fail "'xx' at the list: $(tail -3 "$out")"

# An unknown command is one short line, not the whole list again (a slip
# is not fifteen seconds of speech); the words the help says are taken:
# more and less as + and -, mute and sound one way each.
printf '\nslower\nmore\nless\nless\nmute\nsound\nsound\nm\nsound on\nSound Off\nunmute\nq\n' | $RUN --plain --mute calves >"$out" 2>&1
grep -q "^Unknown command 'slower'\. To stop: x and Enter; help lists the commands\.$" "$out" ||
	fail "unknown: $(grep -i unknown "$out")"
grep -qE 'STOP( now)?\.' "$out" && fail "'slower' stopped the session"
[ "$(grep -c 'Commands (then Enter)' "$out")" = 1 ] || fail "the commands said again: $(cat "$out")"
[ "$(grep -c '^Unknown' "$out")" = 1 ] || fail "a word of the help unknown: $(grep '^Unknown' "$out")"
expect_in_order "$out" '\] Now: getting into position, 25 seconds left\.$' '\] Now: getting into position, 10 seconds left\.$' \
	'\] Now: getting into position, 1 second left: 1 second at least \(n holds now\)\.$' \
	'^Sound already off: m or sound turns it on\.$' '^Sound on\.$' '^Sound already on: m or mute turns it off\.$' \
	'^Sound off\.$' '^Sound on\.$' '^Sound off\.$' '^Sound on\.$'
# The help spells the keys speech drops: +, - and ?.
grep -q '^Press Enter to begin\. Commands (then Enter): Enter alone: begin, and later say where you are; p: pause or resume; .* + or more: more time; - or less: less time; .* ? or help: this list\.$' "$out" ||
	fail "the help: $(grep 'Commands' "$out")"
# "pause" only pauses and "resume" only resumes, each saying so when it
# already is; p toggles. Read at once, they go by what the ones before did.
XDG_STATE_HOME=$TMP/pause-words plain_start "$out" --speed 10 calves
wait_for_line "$out" '\] Hold 1 of 4'
echo resume >&3
wait_for_line "$out" '^Already running\.$'
echo pause >&3
wait_for_line "$out" '\] Paused\. Type p'
echo PAUSE >&3
wait_for_line "$out" '^Already paused: p or resume goes on\.$'
echo resume >&3
wait_for_line "$out" '\] Resumed: '
printf 'pause\nresume\nresume\np\n' >&3
echo q >&3
wait "$pid" || fail "pause words: exit $?"
exec 3>&-
[ "$(grep -c '\] Paused\.' "$out")" = 3 ] && [ "$(grep -c '\] Resumed' "$out")" = 2 ] &&
	[ "$(grep -c '^Already running\.$' "$out")" = 2 ] && [ "$(grep -c '^Already paused' "$out")" = 1 ] ||
	fail "pause words: $(grep -E 'Paused|Resumed|Already' "$out")"
# Paused in a hold, h and + are told on the paused clock, and as a hold's.
XDG_STATE_HOME=$TMP/paused-keys plain_start "$out" --speed 10 quick-feet
wait_for_line "$out" '\] Hold 30 seconds, '
echo p >&3
wait_for_line "$out" '\] Paused\. Type p'
sleep 1 # ten seconds on the preview's clock, which must stand still
echo h >&3
echo + >&3
wait_for_line "$out" '\] Now: '
echo q >&3
wait "$pid" || true
exec 3>&-
paused=$(sed -n 's/^\(\[[0-9:]*\]\) Paused\. Type p.*/\1/p' "$out")
[ -n "$paused" ] || fail "never paused: $(cat "$out")"
grep -qF "$paused Sharp pain, numbness or tingling? Stop with x. If not, use less body weight, " "$out" || fail "h while paused, not on the paused clock: $(cat "$out")"
grep -F "$paused Now: " "$out" | grep -qE 'Now: hold, [0-9]+ seconds? left\.$' ||
	fail "+ while paused, not a hold's on the paused clock: $(cat "$out")"
# x while getting into position for a new area: what is felt most likely
# comes from the area just rolled, and the stop is kept for both.
{ echo; for i in $(seq 12); do echo n; done; sleep 0.3; echo x; echo 1; } | # a prep's n holds
	XDG_STATE_HOME=$TMP/between $RUN --plain --mute feet calves >"$out" 2>&1
grep -q '^Hold 7 of 10: .*Get into position' "$out" || fail "not in calves' prep: $(cat "$out")"
[ "$(tail -1 "$TMP/between/unknot/history.tsv" | cut -f8)" = "feet,calves" ] ||
	fail "a stop between areas kept for: $(tail -1 "$TMP/between/unknot/history.tsv")"
XDG_STATE_HOME=$TMP/between $RUN --dry-run feet >"$out" 2>&1
grep -q '^unknot: A stop in feet' "$out" || fail "the area just rolled not held: $(head -3 "$out")"
# 1, 2 or 3 in a hold, as the stop screen taught, is told how to stop; x
# and 1 together still stop and answer.
{ echo; sleep 0.3; echo 2; sleep 0.3; echo q; } | XDG_STATE_HOME=$TMP/digit $RUN --plain --mute calves >"$out" 2>&1
grep -q "^Unknown command '2'\. To stop: x and Enter; " "$out" || fail "2 in a hold said nothing: $(cat "$out")"
# | head read the list, or the brief, and went: a line typed after it
# (blind) begins no session, unseen and kept as practice, and says why.
for how in "" calves; do # the list's 2, the brief's Enter
	{ sleep 1; [ "$how" ] && echo || echo 2; sleep 0.3; } |
		XDG_STATE_HOME=$TMP/gone $RUN --plain --mute $how 2>"$TMP/gone.err" | head -3 >/dev/null
	grep -q '^unknot: nothing reads .* any more (.* pipe is closed): ' "$TMP/gone.err" &&
		[ ! -e "$TMP/gone/unknot/history.tsv" ] || fail "output gone, '$how': $(cat "$TMP/gone.err")"
done
# b in a preset's next routine, past its first seconds, begins its step
# again without its notes: read aloud, they had outlasted the prep again.
{ echo; for i in $(seq 8); do echo n; sleep 0.2; done; sleep 0.6; echo b; sleep 0.5; echo q; } |
	XDG_STATE_HOME=$TMP/notes-once $RUN --plain --mute --speed 10 morning >"$out" 2>&1
[ "$(grep -c '^\[[0-9:]*\] Next routine: Calves' "$out")" = 1 ] &&
	[ "$(grep -c 'Hold 5 of 8: Whole calf, left side\. Get into position' "$out")" = 2 ] ||
	fail "notes said again at b: $(cat "$out")"
# ...but b early there goes back to the routine before (its last side):
# coming on to calves again, its notes are said again (at 5x, the b 0.2 s
# after the n is well within the first 3 s, even under valgrind).
{ echo; for i in $(seq 8); do echo n; sleep 0.2; done; echo b; sleep 0.3; echo n; sleep 0.2; echo n; sleep 0.3; echo q; } |
	XDG_STATE_HOME=$TMP/notes-again $RUN --plain --mute --speed 5 morning >"$out" 2>&1
[ "$(grep -c '^\[[0-9:]*\] Next routine: Calves' "$out")" = 2 ] || fail "notes not said again after b: $(cat "$out")"
# "stop" with a number or a mark after it is a stop, as x with anything.
{ echo; sleep 0.3; echo 'stop #1'; sleep 0.3; echo 1; } | XDG_STATE_HOME=$TMP/stop-hash $RUN --plain --mute calves >"$out" 2>&1
grep -q '^What happened? 1 ' "$out" && grep -q '^You said: numbness or tingling\.$' "$out" ||
	fail "'stop #1' did not stop and ask: $(cat "$out")"
# ...at the numbered list too: keys mashed after it ("x 1 2") are asked,
# not taken for the last digit's answer.
{ sleep 0.3; echo 'x 1 2'; sleep 0.3; echo 1; } | XDG_STATE_HOME=$TMP/list-mashed $RUN --plain --mute >"$out" 2>&1
grep -q '^What happened? 1 ' "$out" && grep -q $'\tstop:numbness\t' "$TMP/list-mashed/unknot/history.tsv" &&
	! grep -A1 '^What happened? 1 ' "$out" | grep -qx '' || fail "'x 1 2' at the list (or a blank line after it): $(cat "$out")"
# ...and its question there takes an answer with a mark after it.
{ sleep 0.3; echo x; sleep 0.3; echo '2.'; } | XDG_STATE_HOME=$TMP/list-mark $RUN --plain --mute >"$out" 2>&1
grep -q '^You said: sharp pain\.$' "$out" || fail "'2.' at the list's stop question: $(cat "$out")"
# x as a word, with more after it (dictated, "x one"): a stop, and asked.
{ echo; sleep 0.3; echo 'x one'; sleep 0.3; echo 1; } | XDG_STATE_HOME=$TMP/x-one $RUN --plain --mute calves >"$out" 2>&1
grep -q '^You said: numbness or tingling\.$' "$out" || fail "x one did not stop: $(cat "$out")"
# A mark typed after a command word, as after a stop: "q." quits, "2."
# answers the stop's question, and picks the list's "2. calves"; exit quits.
for q in q. exit; do
	printf '\n%s\n' "$q" | XDG_STATE_HOME=$TMP/marks $RUN --plain --mute calves >"$out" 2>&1
	grep -q '\] Ended early: ' "$out" || fail "'$q' did not quit: $(cat "$out")"
done
printf '\nx\n2.\n' | XDG_STATE_HOME=$TMP/marks-2 $RUN --plain --mute calves >"$out" 2>&1
grep -q '^You said: sharp pain\.$' "$out" || fail "'2.' did not answer: $(cat "$out")"
{ sleep 0.3; echo 2.; sleep 0.5; echo q; } | XDG_STATE_HOME=$TMP/marks $RUN --plain --mute >"$out" 2>&1
grep -q '^Calves (calves): ' "$out" || fail "'2.' did not pick calves: $(cat "$out")"
# ...and every other word with it: "s." on the brief is no stop (nothing
# rolled yet), "resume." does not pause, "help?" and "where." are theirs.
{ sleep 0.3; echo s.; sleep 0.3; echo help?; echo; sleep 0.3; echo resume.; echo where.; sleep 0.3; echo q; } |
	XDG_STATE_HOME=$TMP/marks-words $RUN --plain --mute calves >"$out" 2>&1
grep -q '^Nothing is rolled yet: ' "$out" && grep -q '^Already running\.$' "$out" &&
	[ "$(grep -c '^Commands (then Enter): ' "$out")" = 1 ] && grep -q '^\[0:0[0-9]\] .* left to get into position for hold 1 of 4: ' "$out" &&
	! grep -q -e '^STOP' -e "^Unknown command" "$out" || fail "a mark after a word: $(cat "$out")"
# ...nor does input that ends on the brief after it (it begins there, for
# a script with no Enter to give).
sleep 1 | XDG_STATE_HOME=$TMP/gone-eof $RUN --plain --mute calves 2>"$TMP/gone.err" | head -1 >/dev/null
grep -q '^unknot: nothing reads line mode' "$TMP/gone.err" && [ ! -e "$TMP/gone-eof/unknot/history.tsv" ] ||
	fail "output gone, input ended: $(cat "$TMP/gone.err")"
# ...input at its end at once too (</dev/null), which comes before head
# has gone: the whole session had run unseen, kept as done.
XDG_STATE_HOME=$TMP/gone-null $RUN --plain --mute calves </dev/null 2>"$TMP/gone.err" | head -3 >/dev/null
grep -q '^unknot: nothing reads line mode' "$TMP/gone.err" && [ ! -e "$TMP/gone-null/unknot/history.tsv" ] ||
	fail "output gone, input at its end from the start: $(cat "$TMP/gone.err")"
# A last line with no newline there is read first: said once if it quits;
# an x is a stop kept, not "quit before it began".
{ sleep 1; printf go; } | XDG_STATE_HOME=$TMP/gone-eof $RUN --plain --mute calves 2>"$TMP/gone.err" | head -1 >/dev/null
[ "$(grep -c 'quit before it began' "$TMP/gone.err")" = 1 ] || fail "said twice: $(cat "$TMP/gone.err")"
{ sleep 1; printf x; } | XDG_STATE_HOME=$TMP/gone-eof-x $RUN --plain --mute calves 2>"$TMP/gone.err" | head -1 >/dev/null
grep -q $'\tstop:' "$TMP/gone-eof-x/unknot/history.tsv" && ! grep -q 'quit before it began' "$TMP/gone.err" ||
	fail "x as input ended, output gone: $(cat "$TMP/gone.err")"
# An input method left in full-width mode: ｘ is x, and its answer ２ a 2;
# its full stop 。 after them is a mark, as . is.
{ echo; sleep 0.3; echo 'ｘ。'; sleep 0.3; echo '２。'; } | XDG_STATE_HOME=$TMP/fullwidth $RUN --plain --mute calves >"$out" 2>&1
grep -q '^You said: sharp pain\.$' "$out" && tail -1 "$TMP/fullwidth/unknot/history.tsv" | grep -q $'\tstop:sharp-pain\t' ||
	fail "a full-width x did not stop: $(cat "$out")"
# = is + without the shift, as on the screen.
printf '\n=\nq\n' | $RUN --plain --mute calves >"$out" 2>&1
grep -q 'Now: getting into position, 25 seconds left\.$' "$out" && ! grep -q '^Unknown' "$out" ||
	fail "= is not +: $(cat "$out")"
# Too hard is said with its time, as every change is.
printf '\nh\nq\n' | XDG_STATE_HOME=$TMP/too-hard $RUN --plain --mute calves >"$out" 2>&1
grep -q '^\[0:00\] Sharp pain, numbness or tingling?' "$out" || fail "too hard without its time: $(grep 'less body weight' "$out")"
# With no routine, line mode lists them numbered and a line picks one, by
# number or id; a wrong one asks again; x stops there, as on the screen;
# the end of input picks nothing.
printf 'feets\n3\n\nq\n' | XDG_STATE_HOME=$TMP/pick $RUN --plain --mute >"$out" 2>&1 || fail "pick: exit $?"
expect_in_order "$out" '^Routines and presets:$' '^1\. [a-z-]+: ' \
	"No routine 'feets' here; did you mean 'feet' \(number 3\)\? Type a number from 1 to [0-9]+, or an id; help lists them\.$" '^Press Enter to begin\.' \
	'\] Ended early: '
grep -q '^3\. feet: Morning feet (feet, 2 minutes 40 seconds, for adult, teen)$' "$out" ||
	fail "the list's times not in words: $(grep '^3\.' "$out")"
third=$(sed -n 's/^3\. [a-z-]*: \(.*\) (.*/\1/p' "$out")
grep -q "\] Hold 1 of [0-9]*: .* ($third)\. Get into position" "$out" ||
	fail "3 did not run the third, $third: $(grep -E '^3\.|Hold 1' "$out")"
# The list is said once: help, ? and list say it again, with how to pick;
# about says what one is.
printf 'help\n?\nLIST\nabout 3\nabout morning\nq\n' | XDG_STATE_HOME=$TMP/pick-help $RUN --plain --mute >"$out" 2>&1 ||
	fail "pick help: exit $?"
[ "$(grep -c '^Routines and presets:$' "$out")" = 4 ] && [ "$(grep -c '^3\. feet: ' "$out")" = 5 ] ||
	fail "the list not said again: $(cat "$out")"
[ "$(grep -c '^To begin one, type its number or id and Enter; to hear what one is, about and its number or id (about 2); q quits; x records a stop\.$' "$out")" = 3 ] ||
	fail "how to pick not said: $(cat "$out")"
grep -q 'No routine' "$out" && fail "help taken for an id: $(grep 'No routine' "$out")"
expect_in_order "$out" '^3\. feet: Morning feet \(feet, 2 minutes 40 seconds, for adult, teen\)$' \
	'^The arch, the ball and the outer edge of each foot, standing, with a ball under it\.$' \
	'^Equipment: tennis ball, lacrosse ball$' '^[0-9]+\. morning: Morning \(a preset of quick-feet, calves, ' \
	'^Feet, then calves, before the day starts\. \(quick-feet, calves\)$' \
	'^Equipment: tennis ball, foam roller, yoga mat$' # a preset's: its routines', each once
# With a stop open in feet, its routines and the presets with them are
# marked in the list, and about says what the session will ask first.
mkdir -p "$TMP/pick-stop/unknot"
printf '2020-11-20T07:00:00+00:00\tfeet\tfeet\t95\t20\tstop:numbness\t0\tfeet\n' \
	>"$TMP/pick-stop/unknot/history.tsv"
printf 'about 3\nabout morning\nq\n' | XDG_STATE_HOME=$TMP/pick-stop $RUN --plain --mute >"$out" 2>&1 ||
	fail "pick with a stop: exit $?"
expect_in_order "$out" '^2\. calves: Calves \(calves, ' '^3\. feet: Morning feet \(stopped\) \(feet, ' \
	'^[0-9]+\. morning: Morning \(stopped\) \(a preset of quick-feet, calves, ' \
	'^3\. feet: Morning feet \(stopped\) \(feet, ' '^A stop in feet is still open: the session asks first\.$' \
	'^The arch, the ball ' '^A stop in feet is still open: the session asks first, and without a yes runs without feet\.$'
[ "$(grep -c '(stopped)' "$out")" = 7 ] || fail "marked: $(grep '(stopped)' "$out")"
# A pain named at the picker points at the routine of its area, and says
# the stop that holds it.
printf 'my feet hurt\nq\n' | XDG_STATE_HOME=$TMP/pick-stop $RUN --plain --mute >"$out" 2>&1
expect_in_order "$out" "did you mean 'feet' \(number 3\)\?\$" '^A stop in feet is still open: the session asks first\.$'
# A line too long for the picker is refused whole, not cut and taken.
{ printf '3'; printf ' %.0s' $(seq 300); printf '7\nq\n'; } | XDG_STATE_HOME=$TMP/pick-long $RUN --plain --mute >"$out" 2>&1
grep -q '^Line too long, ignored\.$' "$out" && ! grep -q 'Press Enter to begin' "$out" || fail "a long pick: $(tail -3 "$out")"
# An id of yours that holds "pain" is an id first; a SIGTERM at the
# picker's stop question keeps the stop, says the advice, and ends 143.
mkdir -p "$TMP/pick-data/unknot/routines"
cp routines/quads.yaml "$TMP/pick-data/unknot/routines/knee-pain.yaml"
printf 'knee-pain\n\nq\n' | XDG_DATA_HOME=$TMP/pick-data XDG_STATE_HOME=$TMP/pick-id $RUN --plain --mute >"$out" 2>&1
grep -q '\] Hold 1 of [0-9]*: .* (Quads)' "$out" && ! grep -qE 'STOP( now)?\.' "$out" || fail "knee-pain: $(tail -3 "$out")"
# An id typed as it is runs that one, not one of yours that differs in case.
cp routines/quads.yaml "$TMP/pick-data/unknot/routines/Feet.yaml"
printf 'feet\n\nq\n' | XDG_DATA_HOME=$TMP/pick-data XDG_STATE_HOME=$TMP/pick-case $RUN --plain --mute >"$out" 2>&1
grep -q '\] Hold 1 of [0-9]*: .* (Morning feet)' "$out" || fail "feet ran Feet.yaml: $(grep 'Hold 1' "$out")"
# So is a bundled preset's id, as `unknot morning` takes it, not a routine
# of yours of that id.
cp routines/quads.yaml "$TMP/pick-data/unknot/routines/morning.yaml"
printf 'morning\n\nq\n' | XDG_DATA_HOME=$TMP/pick-data XDG_STATE_HOME=$TMP/pick-case $RUN --plain --mute >"$out" 2>&1
grep -q '\] Hold 1 of [0-9]*: .* (Quick feet)' "$out" || fail "morning ran yours: $(grep 'Hold 1' "$out")"
# An id of yours that ends in a mark is itself, not the id without it.
cp routines/quads.yaml "$TMP/pick-data/unknot/routines/calves!.yaml"
printf 'calves!\n\nq\n' | XDG_DATA_HOME=$TMP/pick-data XDG_STATE_HOME=$TMP/pick-case $RUN --plain --mute >"$out" 2>&1
grep -q '\] Hold 1 of [0-9]*: .* (Quads)' "$out" || fail "calves! ran calves: $(grep 'Hold 1' "$out")"
printf 'about calves!\nq\n' | XDG_DATA_HOME=$TMP/pick-data XDG_STATE_HOME=$TMP/pick-case $RUN --plain --mute >"$out" 2>&1
grep -q '^[0-9]*\. calves!: Quads (yours)' "$out" || fail "about calves! told of calves: $(cat "$out")"
rm "$TMP/pick-data/unknot/routines/calves!.yaml"
XDG_STATE_HOME=$TMP/pick-sig plain_start "$out"
wait_for_line "$out" '^Type a number or an id'
echo x >&3
wait_for_line "$out" '^What happened\?'
kill -TERM "$pid"
set +e; wait "$pid"; status=$?; set -e
exec 3>&-
[ "$status" = 143 ] || fail "SIGTERM at the picker's question: exit $status"
grep -q '^Stopped\.$' "$out" || fail "no advice after SIGTERM: $(tail -3 "$out")"
grep -q $'\tstop:unknown\t' "$TMP/pick-sig/unknot/history.tsv" || fail "the stop lost to SIGTERM"
# q on the brief of a wrong pick: back to the list, which is not said
# again (a listener has heard it; help says it), and another pick runs.
# Typed a line at a time, as at a terminal (a session reads ahead what a
# pipe holds).
XDG_STATE_HOME=$TMP/pick-back plain_start "$out"
wait_for_line "$out" '^Type a number or an id'
echo back >&3
wait_for_line "$out" '^Press Enter to begin'
grep -q '; q: back to the list; ' "$out" || fail "the picker's brief: q not said to go back: $(grep 'Press Enter' "$out")"
echo q >&3
wait_for_line "$out" '^Back to the list: help says it again\.$'
echo calves >&3
wait_for_line "$out" '^Press Enter to begin'
printf '\nq\n' >&3
wait "$pid" || fail "q on the brief, then another: exit $?"
exec 3>&-
expect_in_order "$out" '^Upper back on the roller' '^Quit before it began\.$' '^Back to the list: help says it again\.$' \
	'\] Hold 1 of 4: Whole calf'
[ "$(grep -c '^Routines and presets' "$out")" = 1 ] || fail "the list said again: $(cat "$out")"
# From a pipe, what follows the q is the picker's: not read ahead and lost
# with the session ("about 2" became "2", and began calves).
printf 'back\nq\nabout 2\nq\n' | XDG_STATE_HOME=$TMP/pick-pipe $RUN --plain --mute >"$out" 2>&1 ||
	fail "q on the brief from a pipe: exit $?"
expect_in_order "$out" '^Quit before it began\.$' '^Back to the list' '^Loosen tight calves'
[ "$(grep -c 'Press Enter to begin' "$out")" = 1 ] || fail "a pipe's next line lost: $(cat "$out")"
printf 'calves\n\nq\n' | XDG_STATE_HOME=$TMP/pick $RUN --plain --mute >"$out" 2>&1
grep -q '\] Hold 1 of 4: Whole calf, left side (Calves)' "$out" || fail "picked by id: $(tail -3 "$out")"
# Words of pain at the picker are someone looking for a routine: nothing
# runs yet, so nothing is stopped. They are told what x is for, and the
# routine a word of theirs names; x there still stops.
printf 'back pain\nit tingles\nmy FEET hurt\n' | XDG_STATE_HOME=$TMP/pick-pain $RUN --plain --mute >"$out" 2>&1 ||
	fail "pain at the picker: exit $?"
expect_in_order "$out" \
	'^If you have numbness, tingling or sharp pain, rest today: x and Enter records a stop\.$' \
	"^If not, type a number or an id and Enter: did you mean 'back' \\(number 1\\)\\?$" \
	'^If you have numbness' '^If not, type a number or an id and Enter\.$' \
	'^If you have numbness' "^If not, type a number or an id and Enter: did you mean 'feet' \\(number [0-9]+\\)\\?$"
grep -qE 'STOP( now)?\.' "$out" && fail "pain at the picker stopped: $(cat "$out")"
[ -e "$TMP/pick-pain/unknot/history.tsv" ] && fail "pain at the picker kept: $(cat "$TMP/pick-pain/unknot/history.tsv")"
printf 'ouch\n' | XDG_STATE_HOME=$TMP/pick-pain $RUN --plain --mute --kid >"$out" 2>&1
grep -q '^If it feels tingly, numb or it really hurts, rest today and tell a grown-up: x and Enter records a stop\.$' "$out" ||
	fail "pain at the kid's picker: $(tail -3 "$out")"
# A word of an id, its other form or its file's name is told the id, and
# its number, as on the command line.
printf 'calf\nfeet.yaml\nq\n' | XDG_STATE_HOME=$TMP/pick-near $RUN --plain --mute >"$out" 2>&1
expect_in_order "$out" "^No routine 'calf' here; did you mean 'calves' \(number 2\)\?" \
	"^No routine 'feet\.yaml' here; did you mean 'feet' \(number 3\)\?"
# A title, as the list says it, picks its routine too, in any case.
printf 'about after a run\nmorning feet\nq\n' | XDG_STATE_HOME=$TMP/pick-title $RUN --plain --mute >"$out" 2>&1 ||
	fail "a title at the picker: exit $?"
expect_in_order "$out" '^Feet, calves, quads and upper back, slowly, while you cool down\. \(feet' '^Morning feet \(feet\): The arch'
# Letters beyond ASCII too, as a screen reader says them: ÜBUNGEN is Übungen.
mkdir -p "$TMP/pick-title-de/unknot/routines"
sed 's/^title: .*/title: Übungen für die Wade/' routines/calves.yaml >"$TMP/pick-title-de/unknot/routines/wade.yaml"
printf 'ÜBUNGEN FÜR DIE WADE\nq\n' | XDG_DATA_HOME=$TMP/pick-title-de XDG_STATE_HOME=$TMP/pick-title $RUN --plain --mute >"$out" 2>&1 ||
	fail "a title beyond ASCII at the picker: exit $?"
grep -q '^Übungen für die Wade (calves): ' "$out" || fail "ÜBUNGEN FÜR DIE WADE not picked: $(tail -3 "$out")"
# And on the command line, where it is told the id.
XDG_DATA_HOME=$TMP/pick-title-de $RUN --dry-run 'übungen für die wade' >"$out" 2>&1 && fail "a title ran as an id"
grep -qxF "unknot: no routine 'übungen für die wade'; that is the title of the routine 'wade': name it by its id, wade" "$out" ||
	fail "a title beyond ASCII not told its id: $(cat "$out")"
# s, the session's other stop word, is no stop at the picker (nor on its
# screen): a slip there, or s for shoulders, would hold every area today.
printf 's\nS\nq\n' | XDG_STATE_HOME=$TMP/pick-s $RUN --plain --mute >"$out" 2>&1 || fail "s at the picker: exit $?"
[ "$(grep -c "^No routine 's' here\. Type a number" "$out")" = 1 ] && ! grep -qE 'STOP( now)?\.' "$out" &&
	[ ! -e "$TMP/pick-s/unknot/history.tsv" ] || fail "s at the picker stopped: $(cat "$out")"
# Made on a session's brief, it holds the session's area, and its advice
# says that area, as the stop during a hold does (it had said every one).
printf 'x\n1\n' | XDG_STATE_HOME=$TMP/brief-stop $RUN --plain --mute feet >"$out" 2>&1
grep -q '^Numbness or tingling can mean a nerve is pressed: do not roll this area again today\.$' "$out" ||
	fail "a stop on the brief: $(cat "$out")"
# ...and of a preset of two areas, both held: not "this area".
printf 'x\n1\n' | XDG_STATE_HOME=$TMP/brief-stop2 $RUN --plain --mute morning >"$out" 2>&1
grep -q '^Numbness or tingling can mean a nerve is pressed: do not roll again today\.$' "$out" ||
	fail "a stop on a preset's brief: $(cat "$out")"
printf 'x\n1\n' | XDG_STATE_HOME=$TMP/pick-stop $RUN --plain --mute >"$out" 2>&1 || fail "pick stop: exit $?"
# Made before any area, it holds them all: its advice says so, then and
# when the next session is reminded of it, not "this spot".
expect_in_order "$out" '^STOP now' '^You said: numbness or tingling\.$' \
	'^Numbness or tingling can mean a nerve is pressed: do not roll again today\.$'
grep -q $'\t-\t-\t0\t0\tstop:numbness\t' "$TMP/pick-stop/unknot/history.tsv" || fail "the picker's stop not kept"
XDG_STATE_HOME=$TMP/pick-stop $RUN --plain --mute calves </dev/null >"$out" 2>&1
grep -q '^  Numbness or tingling can mean a nerve is pressed: do not roll again today\.$' "$out" &&
	! grep -q 'this spot\|this area' "$out" || fail "the picker's stop reminded as an area's: $(cat "$out")"
$RUN --plain --mute </dev/null >"$out" 2>&1 || fail "end of input at the list: exit $?"
grep -q 'Press Enter' "$out" && fail "a session from no answer: $(tail -2 "$out")"
# A stop from the list holds every row: said once above them, not
# "(stopped)" on each, thirteen times for a listener.
printf 'x\n3\n' | XDG_STATE_HOME=$TMP/list-stop $RUN --plain --mute >/dev/null 2>&1
XDG_STATE_HOME=$TMP/list-stop $RUN --plain --mute </dev/null >"$out" 2>&1
expect_in_order "$out" '^Routines and presets:$' '^A stop made at the routine list lasts until 05:00 tomorrow: the session asks first\.$' \
	'^1\. back: Upper back on the roller \(back, '
grep -q '(stopped)' "$out" && fail "(stopped) on each row: $(cat "$out")"
# Commands read at once are each told with what they did: "-" at its
# least, then "b", says so though "b" moved on.
(echo; sleep 0.5; printf -- '-\nb\n'; sleep 0.5; echo q) |
	XDG_STATE_HOME=$TMP/batch $RUN --plain --mute quick-feet >"$out" 2>&1
grep -q '\] Now: getting into position, 1 second left: 1 second at least (n holds now)\.$' "$out" ||
	fail "'-' told with the view after 'b': $(grep 'Now:' "$out")"
# Session commands before the start are answered, not met with silence;
# after an Enter in the same read they are the session's. A NUL byte does
# not turn "x" into an empty line.
printf 'n\nh\n\nn\nn\nq\n' | XDG_STATE_HOME=$TMP/brief-keys $RUN --plain --mute calves >"$out" 2>&1
[ "$(grep -c '^Not begun yet: press Enter to begin\.$' "$out")" = 2 ] || fail "brief keys: $(cat "$out")"
grep -q '\] Switch to the right side' "$out" || fail "n after Enter in one read: $(cat "$out")"
# On the brief, an unknown word says how to begin as well, and "go" or
# "begin" begins (a child's "go" had been told only how to stop).
printf 'hop\ngo\nq\n' | XDG_STATE_HOME=$TMP/go $RUN --plain --mute calves >"$out" 2>&1
expect_in_order "$out" "^Unknown command 'hop'\. To begin: Enter\. To stop: x and Enter; help lists the commands\.$" \
	'Get into position' '\] Ended early'
printf 'begin\nhop\nq\n' | XDG_STATE_HOME=$TMP/go $RUN --plain --mute calves >"$out" 2>&1
grep -q "^Unknown command 'hop'\. To stop: x and Enter; help lists the commands\.$" "$out" ||
	fail "begin, then an unknown word: $(cat "$out")"
printf '\n\0x\n1\n' | XDG_STATE_HOME=$TMP/nul-x $RUN --plain --mute calves >"$out" 2>&1
grep -q '^You said: numbness or tingling\.$' "$out" || fail "a NUL lost the stop: $(cat "$out")"
# Nor does a control character slipped in before it (Ctrl-S, Ctrl-A).
printf '\n\023x\n1\n' | XDG_STATE_HOME=$TMP/ctrl-x $RUN --plain --mute calves >"$out" 2>&1
grep -q '^You said: numbness or tingling\.$' "$out" || fail "a Ctrl-S lost the stop: $(cat "$out")"
# + in a countdown: the count that begins again says what it counts, not a
# bare "3" some seconds after its last line.
XDG_STATE_HOME=$TMP/count-again plain_start "$out" tests/data/cues.yaml
wait_for_line "$out" '^3 seconds left$' 15
echo + >&3
wait_for_line "$out" '\] Now: hold, ' 5
wait_for_line "$out" '^2$' 25
echo q >&3
wait "$pid" || true
exec 3>&-
sed -n '/\] Now: hold, /,$p' "$out" | grep -m1 -E '^(3 seconds left|[0-9]+)$' | grep -qx '3 seconds left' ||
	fail "the count after + began bare: $(cat "$out")"
# A prompt in the count's last seconds: the count goes on in words, not a
# bare "2" after a sentence.
printf 'title: Late\narea: feet\nsteps:\n  - {title: Arch, prep: 1s, hold: 10s, prompts: [{at: 7s, say: Ease off now.}]}\n' \
	>"$TMP/late.yaml"
XDG_STATE_HOME=$TMP/late $RUN --plain --mute --speed 20 "$TMP/late.yaml" </dev/null >"$out" 2>&1
expect_in_order "$out" '^3 seconds left$' '\] Ease off now\.$' '^2 seconds left$' '^1$'
# ...nor after any line in those seconds: a command typed, and its answer.
printf 'title: Short\narea: feet\nsteps:\n  - {title: Arch, prep: 1s, hold: 5s}\n' >"$TMP/short.yaml"
XDG_STATE_HOME=$TMP/typed-late plain_start "$out" "$TMP/short.yaml"
wait_for_line "$out" '^3 seconds left$' 15
echo zz >&3
wait_for_line "$out" '\] Done: ' 10
wait "$pid" || true
exec 3>&-
sed -n "/^Unknown command 'zz'/,\$p" "$out" | grep -m1 -E '^([0-9]+|[0-9] seconds? left)$' | grep -q 'left$' ||
	fail "a bare count after a typed line: $(cat "$out")"
# A long hold with nothing said says its time left at the half minute,
# 20 s or more after the last line: 57 s of silence was heard as a hang.
printf 'title: Long\narea: feet\nsteps:\n  - {title: Arch, prep: 1s, hold: 70s}\n' >"$TMP/long.yaml"
XDG_STATE_HOME=$TMP/long $RUN --plain --mute --speed 20 "$TMP/long.yaml" </dev/null >"$out" 2>&1
expect_in_order "$out" '\] Hold 1 minute 10 seconds, ' '^\[0:41\] Still holding: 30 seconds left\.$' '^3 seconds left$'
grep -q 'Still holding: 1 minute' "$out" && fail "a half minute said 10 s after the hold's line: $(cat "$out")"
# ...and again after b restarts the hold: its half minutes are said anew.
XDG_STATE_HOME=$TMP/long-b plain_start "$out" --speed 20 "$TMP/long.yaml"
wait_for_line "$out" '^\[0:41\] Still holding: 30 seconds left\.$' 15
echo b >&3
wait_for_line "$out" '^\[1:[0-9]{2}\] Still holding: 30 seconds left\.$' 15
echo q >&3
wait "$pid" || true
exec 3>&-
# A stop asked for in words, or slipped, on the brief, before anything is
# rolled ("should I stop?", "sto"), says how to begin and quit, and keeps
# no stop (it had held the area until the next day).
for said in 'should I stop?' sto; do
	printf '%s\nq\n' "$said" | XDG_STATE_HOME=$TMP/brief-words $RUN --plain --mute calves >"$out" 2>&1
	grep -qx 'Nothing is rolled yet: Enter alone begins; q and Enter quits; x and Enter is STOP\.' "$out" &&
		! grep -q 'STOP now' "$out" || fail "'$said' on the brief: $(cat "$out")"
	[ ! -s "$TMP/brief-words/unknot/history.tsv" ] || fail "'$said' on the brief kept a stop"
done
# On the brief, nothing is rolled: s alone is taken for "start" more often
# than STOP, as on the screen, and says how to begin; x still stops.
printf 's\nq\n' | XDG_STATE_HOME=$TMP/brief-s $RUN --plain --mute calves >"$out" 2>&1
grep -qx 'Nothing is rolled yet: Enter alone begins; x and Enter is STOP\.' "$out" && ! grep -q 'STOP now' "$out" ||
	fail "s on line mode's brief: $(cat "$out")"
[ ! -s "$TMP/brief-s/unknot/history.tsv" ] || fail "s on the brief kept a stop: $(cat "$TMP/brief-s/unknot/history.tsv")"
# Input that ends once the session has begun (a helper writing to a FIFO,
# gone) is said: x cannot reach it now. Ended on the brief, it begins, as
# before, with nothing to say.
{ echo; sleep 0.3; } | XDG_STATE_HOME=$TMP/input-ended $RUN --plain --mute --speed 50 feet >"$out" 2>&1
expect_in_order "$out" '\] Hold 1 of ' '^Input ended: no command can be read now, x neither; the session runs to its end \(Ctrl-C ends it\)\.$' \
	'\] Done: '
grep -q '^Input ended' "$TMP/morning" && fail "input ended on the brief, said: $(cat "$TMP/morning")"
# ...and after a last line with no newline that is no stop: an unknown
# word, one too long (refused, and said so)
for last in blah "$(printf '%0300d' 0)"; do
	{ echo; sleep 0.3; printf '%s' "$last"; sleep 0.3; } |
		XDG_STATE_HOME=$TMP/ended-last $RUN --plain --mute --speed 50 feet >"$out" 2>&1
	expect_in_order "$out" '^(Unknown command|Command too long)' '^Input ended: no command' '\] Done: '
	rm -r "$TMP/ended-last"
done
# Paused, or at the stop's question, the end of input ends the session:
# nothing runs on for the line to be about.
for last in p x; do
	{ echo; sleep 0.2; echo $last; sleep 0.3; } | XDG_STATE_HOME=$TMP/ended-$last $RUN --plain --mute feet >"$out" 2>&1
	grep -q '^Input ended' "$out" && fail "input ended after $last, said to run on: $(cat "$out")"
done
# A preset's next routine: named, its tool and its own safety notes, then
# how to lie on it.
{ echo; for _ in $(seq 28); do sleep 0.05; echo n; done; sleep 0.3; echo q; } |
	UNKNOT_DATA_DIR=$ROOT XDG_STATE_HOME=$TMP/next-routine $RUN --plain --mute after-run >"$out" 2>&1
expect_in_order "$out" '^Upper back on the roller \(back\)' '^Press Enter to begin' \
	'\] Next routine: Upper back on the roller \(back\)\.$' \
	'^Equipment: foam roller, yoga mat$' '^Safety: NEVER roll the lower back directly' \
	'^Hold 15 of 19: Settle on the roller\. Get into position'
[ "$(grep -c '^Safety: NEVER roll' "$out")" = 2 ] || fail "the back's note not said twice, brief and start"
# + at a kid's 30 s cap says why it did nothing.
XDG_STATE_HOME=$TMP/kidcap-state plain_start "$out" --kid --speed 10 calves
wait_for_line "$out" '\] Hold 30 seconds'
echo + >&3
# The hold runs ten times as fast as the script: the + is read a moment
# into it, not at its first second. What it says is the time left to the
# cap, 30 s after the hold began: its stamp and that time add up to it.
wait_for_line "$out" "^\[[0-9:]+\] Now: hold, [0-9]+ seconds? left: a kid's hold is 30 seconds at most\.$"
began=$(sed -n 's/^\[\([0-9]*\):\([0-9]*\)\] Hold 30 seconds.*/\1 \2/p' "$out" | head -1)
capped=$(sed -n "s/^\[\([0-9]*\):\([0-9]*\)\] Now: hold, \([0-9]*\) seconds\{0,1\} left: a kid's hold.*/\1 \2 \3/p" "$out")
read -r bm bs <<<"$began"
read -r cm cs left <<<"$capped"
(( 10#$cm * 60 + 10#$cs + left == 10#$bm * 60 + 10#$bs + 30 )) ||
	fail "+ at the kid's cap: the hold no longer ends 30 s after it began: $(grep -E 'Hold 30|Now:' "$out")"
# - at the last second says why it did nothing, and what will.
echo - >&3
echo - >&3
wait_for_line "$out" '^\[[0-9:]+\] Now: hold, 1 second left: 1 second at least \(n skips\)\.$'
echo q >&3
wait "$pid" || fail "kid cap: exit $?"
exec 3>&-
# In a prep, n begins the hold: the hint says so. The switch is
# reached with n and - read at once, at the clock's own speed: in the
# preview above it lasted a second, over before a - typed at it was read
# on a busy machine.
printf '\nn\nn\n-\nq\n' | XDG_STATE_HOME=$TMP/kidcap-state $RUN --plain --mute --kid calves >"$out" 2>&1 ||
	fail "kid switch: exit $?: $(tail -3 "$out")"
expect_in_order "$out" '\] Switch to the right side' \
	'^\[[0-9:]+\] Now: (switching sides|getting into position), 1 second left: 1 second at least \(n holds now\)\.$'
# Paused in kid mode, a child's words: "go on", which goes on (and only
# goes on, as resume does).
printf '\np\ngo\ngo on\ngo on\nq\n' | XDG_STATE_HOME=$TMP/kid-go-on $RUN --plain --mute --kid calves >"$out" 2>&1
expect_in_order "$out" '\] Paused\. Type p and Enter to go on\.$' \
	'^Already begun, and paused: type go on and Enter\.$' '^Already running\.$' '\] Ended early'
# In kid mode, a preset's next routine, written for grown-ups, is said to
# be so again before its notes, as on the brief.
printf '\n' | XDG_STATE_HOME=$TMP/kid-preset $RUN --plain --mute --kid --speed 500 after-run >"$out" 2>&1
expect_in_order "$out" '\] Hold 1 of ' '\] Next routine: Calves \(calves\)\.$' '^Not written for kids' \
	'^Safety: ' '^Hold [0-9]+ of [0-9]+: Whole calf'
echo "plain kid: ok"

# One hold is "1 hold", at the start and at the end.
UNKNOT_DATA_DIR=$ROOT/tests/e2e/fixtures $RUN --plain --mute --speed 500 back </dev/null >"$out" 2>&1 ||
	fail "back: exit $?: $(cat "$out")"
expect_in_order "$out" '^1 hold, 1 minute 35 seconds in all\.$' '^\[[0-9:]+\] Done: 1 hold, '

# A preset of four routines gives each piece of advice once, though every
# routine has it.
XDG_STATE_HOME=$TMP/preset-state $RUN --plain --mute --speed 1000 after-run </dev/null >"$out" 2>&1 ||
	fail "after-run: exit $?: $(cat "$out")"
head -1 "$out" | grep -q '^After a run: Feet, calves, quads' || fail "preset title: $(head -1 "$out")"
# A preview says so, before and after; real time does not.
expect_in_order "$out" '^Preview at 1000x speed: not counted as practice\.$' \
	'\] Done: .* A preview: not counted as practice\.$'
$RUN --plain --mute tests/data/one-second-feet.yaml </dev/null 2>&1 | grep -i preview &&
	fail "a session in real time called a preview"
for said in '^Safety: Stop at once on numbness' '^Aftercare: Drink a glass of water\.$'; do
	[ "$(grep -c "$said" "$out")" = 1 ] || fail "'$said' not once: $(grep -E '^(Safety|Aftercare)' "$out")"
done
[ "$(sed '/^Press Enter to begin/q' "$out" | grep -c '^Safety: ')" = 16 ] ||
	fail "safety notes lost: $(grep '^Safety' "$out")"
# ... and the notes of each routine after the first again as it starts
# (those of the feet, 5 of the 16, once).
[ "$(grep -c '^Safety: ' "$out")" = 27 ] || fail "notes at the routines' starts: $(grep '^Safety' "$out")"

# A routine whose every hold was skipped (n) was not done: its aftercare
# is left out at the end, and a line it shares with one done is said once.
for r in first second; do
	printf 'title: %s\narea: feet\naftercare: [Drink a glass of water., Stretch after %s.]\nsteps: [{title: Arch, prep: 0s, hold: %s}]\n' \
		"$r" "$r" "$([ $r = first ] && echo 10s || echo 1s)" >"$TMP/$r.yaml"
done
printf '\nn\n' | XDG_STATE_HOME=$TMP/skip-state $RUN --plain --mute --speed 10 "$TMP/first.yaml" "$TMP/second.yaml" \
	>"$out" 2>&1 || fail "a routine skipped: exit $?: $(cat "$out")"
expect_in_order "$out" '\] Done: 1 of 2 holds' '^Aftercare: Drink a glass of water\.$' '^Aftercare: Stretch after second\.$'
grep -q 'Stretch after first' "$out" && fail "the aftercare of a routine skipped: $(grep '^Aftercare' "$out")"
echo "plain aftercare: ok"

# A child's routine refused on a child's stop ends a grown-up's picker
# too: the child is likely at the keys, and calves in a grown-up's mode
# had been the next line's.
mkdir -p "$TMP/kid-refused/unknot"
printf '%s\t-\t-\t0\t0\tstop:numbness\t0\t-\tkid\t-\n' "$(date +%Y-%m-%dT%H:%M:%S%:z)" \
	>"$TMP/kid-refused/unknot/history.tsv"
printf 'kids\ncalves\n\nq\n' | XDG_STATE_HOME=$TMP/kid-refused UNKNOT_DATA_DIR=$ROOT $RUN --plain --mute \
	>"$out" 2>&1 || fail "a grown-up's picker after a child's refusal: exit $?: $(cat "$out")"
tail -n 1 "$out" | grep -q '^No more rolling until 05:00 tomorrow\. See you then!$' &&
	! grep -q '^Back to the list\|^Calves' "$out" ||
	fail "a grown-up's picker after a child's refusal: $(cat "$out")"
echo "plain picker after a child's refusal: ok"
