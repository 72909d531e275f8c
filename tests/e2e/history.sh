# End to end: a stop is remembered and shown before the next session of that
# area; --history and --export read the log; a bad state dir never stops a session.
source "$(dirname "$0")/lib.sh"
out=$TMP/out
err=$TMP/err
hist=$XDG_STATE_HOME/unknot/history.tsv

# A session stopped with numbness during the feet routine.
printf '\nx\n1\n' | $RUN --plain --mute feet >"$out" 2>&1 || fail "stop run: $(cat "$out")"
grep -qE $'^([^\t]*)\tfeet\tfeet\t160\t([0-9]+)\tstop:numbness\t0\tfeet\tadult\t\\2\t[^\t]+\t-$' "$hist" ||
	fail "stop not logged: $(cat "$hist")"
# It ended as it began, to the second or a little after (no clock runs back).
IFS=$'\t' read -r began _ _ _ _ _ _ _ _ _ ended < <(tail -1 "$hist")
[[ ! $ended < $began ]] || fail "ended $ended before it began $began"
# A stop is kept with the time it was made, not when its screen was closed
# (here 3 s later; after midnight, that would be another day).
XDG_STATE_HOME=$TMP/stop-time plain_start "$out" feet
wait_for_line "$out" '\] Hold 1 of'
echo x >&3
wait_for_line "$out" 'What happened'
made=$(date +%s)
sleep 3
echo 1 >&3
wait "$pid" || fail "stop-time: exit $?"
exec 3>&-
ended=$(tail -1 "$TMP/stop-time/unknot/history.tsv" | cut -f11)
(( $(date -d "$ended" +%s) <= made )) || fail "the stop kept as made at $ended, after $(date -d @"$made" +%T)"

# The next start of feet shows it and asks; "no" ends without a session.
# The advice said "not again today": the same day, "y" is not enough.
printf 'no\n' | $RUN --plain --mute feet >"$out" 2>&1 || fail "follow-up run: $(cat "$out")"
expect_in_order "$out" '^You stopped during feet today at [0-9:]+: numbness or tingling\.' \
	'see a doctor or physiotherapist' 'rest until 05:00 tomorrow\. Only if you are sure it has gone, type yes and Enter to go on \(Enter alone: not now\): $' \
	'^Not today, then\. Rest that area\.$' # the answer not echoed: what follows starts a line
grep -q 'Hold 1 of' "$out" && fail "a session started after 'no'"
grep -q 'Stop now' "$out" && fail "the reminder reads as if the stop were now"
printf 'y\n' | $RUN --plain --mute feet >"$out" 2>&1
grep -q 'Not today, then' "$out" || fail "'y' went on the day of the stop: $(cat "$out")"
# A stop on an earlier day is told by its date, and "y" goes on.
cp "$hist" "$TMP/hist.today"
printf '%s\tcalves\tcalves\t240\t20\tstop:sharp-pain\t0\tcalves\n' \
	"$(date -d '2020-01-02 08:30' +%Y-%m-%dT%H:%M:%S%:z)" >>"$hist" # told in the zone it is read in
printf ' Y\n' | $RUN --plain --mute --speed 1000 calves >"$out" 2>&1
expect_in_order "$out" '^Last time you stopped during calves \(Thursday 2 January 2020 at 08:30\): sharp pain\.' \
	'^  If the pain stays or comes back, or the area swells, see a doctor' \
	'If it has gone and you feel fine, type yes' '\] Done: '
grep -q 'Rest this area today' "$out" && fail "an old stop's 'today' said again: $(head -4 "$out")"
cp "$TMP/hist.today" "$hist" # as it was: the preview above is not practice

# "yes" goes on. A preview (--speed) is kept as one and closes no stop...
printf 'yes\n' | $RUN --plain --mute --speed 500 feet >"$out" 2>&1 || fail "yes run"
grep -q '^\[[0-9:]*\] Done:' "$out" || fail "session did not run after yes: $(cat "$out")"
# Its time ran on a fast clock: none of it is kept as done, for a CSV
# that adds it up.
tail -1 "$hist" | grep -q $'\tfeet\tfeet\t160\t0\tpreview\t0\t-\tadult\t-\t20[0-9-]*T[0-9:]*[+-][0-9:]*\t-$' || fail "preview not kept as one: $(tail -1 "$hist")"
printf 'no\n' | $RUN --plain --mute --speed 500 feet >"$out" 2>&1
grep -q 'You stopped during feet today' "$out" || fail "a preview closed the stop"
# ...a feet session finished at real speed does.
printf 'yes\n' | $RUN --plain --mute tests/data/one-second-feet.yaml >"$out" 2>&1 || fail "real run: $(cat "$out")"
tail -1 "$hist" | grep -q $'\tone-second-feet\tfeet\t1\t1\tdone\t0\t-\tadult\t1\t20[0-9-]*T[0-9:]*[+-][0-9:]*\t-$' || fail "not kept as done: $(tail -1 "$hist")"
printf '' | $RUN --plain --mute --speed 500 feet >"$out" 2>&1
grep -q 'You stopped' "$out" && fail "stop still shown after a completed session"

# Another area is not held up by a stop in feet.
printf '\nx\n2\n' | $RUN --plain --mute feet >/dev/null 2>&1
# A kid session of feet (kids) is told whose stop it was, and asked.
printf '' | $RUN --plain --mute --speed 500 kids >"$out" 2>&1 # kids is also area feet
grep -q '^A grown-up stopped during feet today at [0-9:]*: it really hurts\.$' "$out" ||
	fail "kids (feet area) not warned: $(head -2 "$out")"
grep -q 'type yes and Enter' "$out" || fail "a grown-up's stop refused a kid session: $(tail -2 "$out")"
grep -q '\] Done:' "$out" && fail "a kid session ran past a stop without a yes"
printf '' | $RUN --plain --mute --speed 500 calves >"$out" 2>&1
grep -q 'You stopped' "$out" && fail "calves warned about a feet stop"
# A grown-up's stop today in feet does not keep a child from calves...
printf '' | $RUN --plain --mute --kid --speed 500 calves >"$out" 2>&1
grep -q 'You stopped' "$out" && fail "a grown-up's feet stop held a kid's calves: $(head -3 "$out")"
# ...but a child told "No more rolling today" is told it again in any area,
# in kid words, and not asked to type yes that day. (Here-strings: unknot
# ends without reading, and a printf into the closed pipe would die of SIGPIPE.)
cp "$hist" "$TMP/hist.before"
printf '\nx\n1\n' | $RUN --plain --mute --kid --speed 500 calves >/dev/null 2>&1
tail -1 "$hist" | grep -q $'\tstop:numbness\t0\tcalves\tkid\t-\t20[0-9-]*T[0-9:]*[+-][0-9:]*\t-$' || fail "kid stop not kept as one: $(tail -1 "$hist")"
$RUN --plain --mute --kid --speed 500 quads <<<yes >"$out" 2>&1
expect_in_order "$out" '^You stopped during calves today at [0-9:]+: tingly, fizzy or numb\.' \
	'^  Tell a grown-up' '^No more rolling until 05:00 tomorrow\. See you then!$'
grep -q 'type yes' "$out" && fail "a child was asked to type yes the day of a stop"
grep -q '\] Done:' "$out" && fail "a kid session ran in another area the day of a kid's stop"
$RUN --kid --dry-run quads >"$out" 2>&1
grep -q "^unknot: A kid stopped: no more rolling until 05:00 tomorrow\.$" "$out" || fail "kid dry-run: $(head -3 "$out")"
printf '' | $RUN --plain --mute --speed 500 quads >"$out" 2>&1
grep -q 'stopped' "$out" && fail "a grown-up's quads held by a kid's calves stop: $(head -3 "$out")"
# A grown-up's calves session, finished, lifts the stop in calves for the
# grown-ups; the child's day stays over. The grown-up is told whose it was.
$RUN --plain --mute tests/data/one-second-calves.yaml <<<yes >"$out" 2>&1
grep -q '^A kid stopped during calves today at [0-9:]*: numbness or tingling\.$' "$out" ||
	fail "a kid's stop told as the grown-up's: $(head -2 "$out")"
grep -q '\] Done:' "$out" || fail "the grown-up's calves did not run after yes: $(tail -2 "$out")"
$RUN --plain --mute --kid --speed 500 quads <<<yes >"$out" 2>&1
grep -q '^No more rolling until 05:00 tomorrow\.' "$out" || fail "a grown-up's session lifted a kid's day: $(tail -2 "$out")"
# The same for a kid's stop on the brief, in no one step.
cp "$TMP/hist.before" "$hist"
printf 'x\n1\n' | $RUN --plain --mute --kid --speed 500 calves >/dev/null 2>&1
tail -1 "$hist" | grep -q $'\tstop:numbness\t0\t-\tkid\t-\t20[0-9-]*T[0-9:]*[+-][0-9:]*\t-$' || fail "brief stop: $(tail -1 "$hist")"
$RUN --plain --mute --kid --speed 500 quads <<<yes >"$out" 2>&1
expect_in_order "$out" '^You stopped in a session of calves today at ' '^No more rolling until 05:00 tomorrow\.'
# A kid's session begun before midnight and stopped after it: that stop is
# today's, told with the time it was made.
printf '%s\tcalves\tcalves\t240\t25\tstop:numbness\t0\tcalves\tkid\t25\t%s\n' \
	"$(date -d yesterday +%Y-%m-%dT23:59:45%:z)" "$(date +%Y-%m-%dT00:00:10%:z)" >>"$hist"
$RUN --plain --mute --kid --speed 500 quads <<<yes >"$out" 2>&1
expect_in_order "$out" '^You stopped during calves today at 00:00: tingly, fizzy or numb\.' \
	'^No more rolling until 05:00 tomorrow\.'
$RUN --history >"$out" 2>&1
grep -q "^A stop in calves ($(date +%Y-%m-%d) 00:00: numbness or tingling) is still open: .* A kid's stop: no kid-mode session until 05:00 tomorrow\.$" "$out" ||
	fail "--history, a stop after midnight: $(grep -i stop "$out")"
# A kid's stop made last night at 23:50: it lasts until 05:00, then not.
cp "$TMP/hist.before" "$hist"
printf '%s\tcalves\tcalves\t240\t25\tstop:numbness\t0\tcalves\tkid\t25\t%s\n' \
	"$(date -d yesterday +%Y-%m-%dT23:45:00%:z)" "$(date -d yesterday +%Y-%m-%dT23:50:00%:z)" >>"$hist"
$RUN --plain --mute --kid --speed 500 quads <<<yes >"$out" 2>&1
if (( 10#$(date +%H) < 5 )); then
	expect_in_order "$out" '^You stopped during calves yesterday at 23:50: tingly, fizzy or numb\.' \
		'^No more rolling until 05:00 this morning\.'
	grep -q 'today' "$out" && fail "last night's stop said today: $(grep today "$out")"
else
	grep -q 'No more rolling' "$out" && fail "last night's stop held past 05:00: $(head -3 "$out")"
	grep -q '\] Done:' "$out" || fail "kid quads did not run the day after a stop: $(tail -2 "$out")"
fi
# A grown-up's the same: till 05:00 "y" is not enough, and it says so.
cp "$TMP/hist.before" "$hist"
printf '%s\tcalves\tcalves\t240\t25\tstop:numbness\t0\tcalves\tadult\t25\t%s\n' \
	"$(date -d yesterday +%Y-%m-%dT23:45:00%:z)" "$(date -d yesterday +%Y-%m-%dT23:50:00%:z)" >>"$hist"
$RUN --plain --mute --speed 500 calves <<<y >"$out" 2>&1
if (( 10#$(date +%H) < 5 )); then
	expect_in_order "$out" '^You stopped during calves yesterday at 23:50: numbness or tingling\.' \
		'Better to rest until 05:00 this morning\. Only if you are sure.*not now\): $' \
		'^Only the whole word yes goes on: type it and Enter, or Enter alone for not now\.$' \
		'Better to rest until 05:00 this morning\. .*not now\): $' '^Not now, then'
else
	grep -q '\] Done:' "$out" || fail "'y' refused the day after a stop: $(tail -2 "$out")"
fi
cp "$TMP/hist.before" "$hist" # as it was: the stops below are the sessions'

# A session ended early: the history keeps the time the screen said (at
# real speed: a preview keeps none).
printf 'title: T\narea: calves\nsteps:\n  - title: S\n    prep: 0s\n    hold: 8s\n    prompts: [{at: 2s, say: Two seconds in}]\n' \
	>"$TMP/ended.yaml"
XDG_STATE_HOME=$TMP/ended plain_start "$out" "$TMP/ended.yaml"
wait_for_line "$out" 'Two seconds in'
echo q >&3
wait "$pid" || fail "exit status $? after q"
exec 3>&-
shown=$(sed -n 's/.*Ended early: \([0-9a-z ]*\) of .*/\1/p' "$out")
[[ -n $shown && $shown =~ ^(([0-9]+)\ minutes?)?\ ?(([0-9]+)\ seconds?)?$ ]] || fail "no 'Ended early' line: $(cat "$out")"
kept=$(tail -1 "$TMP/ended/unknot/history.tsv" | cut -f5)
[ "$kept" = $(( ${BASH_REMATCH[2]:-0} * 60 + ${BASH_REMATCH[4]:-0} )) ] ||
	fail "screen said $shown, history kept ${kept}s: $(tail -1 "$TMP/ended/unknot/history.tsv")"

# A stop in a preview is kept, with none of its fast-clock time done: no
# streak, no minutes for a few seconds at 20x. (At 100x the session ended
# 1.3 s after the switch: on a busy machine the x came after it, into a
# FIFO nobody read, and SIGPIPE ended the script without a word.)
XDG_STATE_HOME=$TMP/preview-stop plain_start "$out" --speed 20 feet
wait_for_line "$out" '\] Hold 30 seconds'
wait_for_line "$out" '\] Switch to the right side'
printf 'x\n3\n' >&3
wait "$pid" || fail "preview stop: exit $?"
exec 3>&-
tail -1 "$TMP/preview-stop/unknot/history.tsv" | grep -q $'\tfeet\tfeet\t160\t0\tstop:other\t0\tfeet\tadult\t-\t20[0-9-]*T[0-9:]*[+-][0-9:]*\t-$' ||
	fail "a preview's stop kept its fast time: $(tail -1 "$TMP/preview-stop/unknot/history.tsv")"
XDG_STATE_HOME=$TMP/preview-stop $RUN --history >"$out"
grep -q '^Streak: 0 days$' "$out" || fail "a preview's stop made a streak: $(cat "$out")"

# --history: sessions, streak, week, heat-map; a damaged line is a warning.
# Nothing so far was practice enough for a streak: a second, stops, previews.
printf 'garbage\tline\n' >>"$hist"
$RUN --history >"$out" 2>"$TMP/err" || fail "--history failed"
grep -q "history.tsv:[0-9]*:1: warning: not a history line: 2 fields, where a line has 8 to 12, a tab between each; line skipped" "$TMP/err" ||
	fail "no warning: $(cat "$TMP/err")"
expect_in_order "$out" '^Last sessions:' 'feet .*stopped in feet: numbness or tingling$' ' feet .* preview$' '^Streak: 0 days$' \
	'^This week: feet [1-9]s$' '^  Mon ' '^  Sun '
$RUN --export csv >"$out" 2>/dev/null
head -1 "$out" | grep -q '^start,routines,areas,planned_s,done_s,end,too_hard,stop_area' || fail "csv header"
[ "$(wc -l <"$out")" -ge 5 ] || fail "csv rows: $(cat "$out")"
$RUN --export CSV | cmp -s - "$out" || fail "--export CSV is not --export csv" # a format's name in any case

# A preset goes on without the area stopped in, unless told yes. Of two
# open stops, the latest is told: "y" to an old one must not lift today's.
(
	export XDG_STATE_HOME=$TMP/without
	whist=$XDG_STATE_HOME/unknot/history.tsv
	mkdir -p "${whist%/*}"
	printf '%s\tcalves\tcalves\t240\t20\tstop:sharp-pain\t0\tcalves\n' \
		"$(date -d '2020-01-02 08:30' +%Y-%m-%dT%H:%M:%S%:z)" >"$whist"
	printf '\nx\n2\n' | $RUN --plain --mute back >/dev/null 2>&1
	# --dry-run plans it whole, and says what the session will ask: under
	# its total on a terminal; written to a file, a handout for someone
	# else, it is said on standard error.
	script -qec "stty cols 200; $RUN --dry-run after-run" /dev/null | tr -d '\r' >"$out" ||
		fail "dry-run after-run on a terminal: $(cat "$out")"
	expect_in_order "$out" '^Plan: ' '^A stop in calves and back lasts until 05:00 tomorrow: the session asks first, and without a yes runs without calves and back\.$' \
		'^Calves \(calves, '
	$RUN --dry-run after-run >"$out" 2>"$err" || fail "dry-run after-run: $(cat "$err")"
	grep -q 'A stop in' "$out" && fail "a stop written on a handout: $(head -4 "$out")"
	grep -qx 'unknot: A stop in calves and back lasts until 05:00 tomorrow: the session asks first, and without a yes runs without calves and back\.' "$err" ||
		fail "a stop not said beside a handout: $(cat "$err")"
	$RUN --dry-run quads >"$out" 2>&1
	grep -q 'A stop in' "$out" && fail "dry-run quads told of another area's stop: $(cat "$out")"
	printf 'y\n\n' | $RUN --plain --mute --speed 1000 after-run >"$out" 2>&1 || fail "after-run: $(cat "$out")"
	expect_in_order "$out" '^You stopped during back today at [0-9:]+: sharp pain\.' \
		'^  If the pain stays or comes back, or the area swells, see a doctor' \
		'^Also: you stopped during calves \(Thursday 2 January 2020 at 08:30\): sharp pain\.$' \
		'^Better to rest calves and back until 05:00 tomorrow: Enter alone runs the rest without them\. Only if you are sure.*Enter: $' \
		'^After a run$' '^Without calves and back today, after a stop\.$' \
		'^Morning feet \(feet\)' '^Quads \(quads\)' '^[0-9]+ holds, ' '\] Done: '
	[ "$(grep -c '^Without calves and back' "$out")" = 1 ] || fail "said twice in a row: $(cat "$out")"
	[ "$(grep -c '^  If the pain stays' "$out")" = 1 ] || fail "the same advice twice: $(cat "$out")"
	grep -q '^\(Calves\|Upper back\)' "$out" && fail "a held area ran: $(cat "$out")"
	tail -1 "$whist" | grep -q $'\tfeet,quads\tfeet,quads\t430\t0\tpreview\t0\t-\tadult\t-\t20[0-9-]*T[0-9:]*[+-][0-9:]*\tafter-run$' ||
		fail "not logged without them: $(tail -1 "$whist")"
	# --history lists a preset's session by the preset's name, and --export
	# has it in a column of its own.
	$RUN --history >"$out" 2>&1
	grep -qE '^  [0-9-]{10} [0-9:]{5}  after-run +0s  preview$' "$out" || fail "--history, a preset: $(cat "$out")"
	$RUN --export csv >"$out" 2>&1
	head -1 "$out" | grep -q ',ended,preset.$' || fail "--export: no preset column: $(head -1 "$out")"
	tail -1 "$out" | grep -q ',after-run.$' || fail "--export, a preset: $(tail -1 "$out")"
	# "yes" goes on with them all.
	printf 'yes\n\n' | $RUN --plain --mute --speed 1000 after-run >"$out" 2>&1 || fail "after-run, yes: $(cat "$out")"
	grep -q 'after a stop' "$out" && fail "'yes' left areas out: $(cat "$out")"
	tail -1 "$whist" | grep -q $'\tfeet,calves,quads,back\t' || fail "not all run after yes: $(tail -1 "$whist")"
	# A stop is its own person's: a grown-up is not asked about a child's
	# stop once its night is over, the child is (and told to ask a
	# grown-up); a grown-up's stop of today is told to a child's session
	# as someone else's.
	xhist=$TMP/cross/unknot/history.tsv
	mkdir -p "${xhist%/*}"
	old=$(date -d '2 days ago' +%Y-%m-%dT18:00:00%:z) now=$(date +%Y-%m-%dT%H:%M:%S%:z)
	printf '%s\tback\tback\t190\t40\tstop:sharp-pain\t0\tback\tkid\t40\t%s\n' "$old" "$old" >"$xhist"
	printf '\n' | XDG_STATE_HOME=$TMP/cross $RUN --plain --mute --speed 500 back >"$out" 2>&1
	grep -q 'stopped' "$out" && fail "a grown-up asked about a child's old stop: $(head -3 "$out")"
	printf 'no\n' | XDG_STATE_HOME=$TMP/cross $RUN --plain --mute --kid --speed 500 back >"$out" 2>&1
	expect_in_order "$out" '^Last time you stopped during back' \
		'^Ask a grown-up first\. If it has gone and you feel fine, type yes and Enter to go on \(Enter alone: not now\): $'
	printf '%s\tcalves\tcalves\t240\t25\tstop:numbness\t0\tcalves\tadult\t25\t%s\n' "$now" "$now" >>"$xhist"
	printf '\n' | XDG_STATE_HOME=$TMP/cross $RUN --plain --mute --kid --speed 500 calves >"$out" 2>&1
	expect_in_order "$out" '^A grown-up stopped during calves today at ' \
		'^If that was someone else, type yes and Enter to go on \(Enter alone: not now\): $' \
		'^Not today, then\.$' # not told to rest: it was not their stop
	# "no", it was not someone else: their own, and they rest
	printf 'no\n' | XDG_STATE_HOME=$TMP/cross $RUN --plain --mute --kid --speed 500 calves >"$out" 2>&1
	grep -q '^Not today, then\. Rest that area\.$' "$out" || fail "no to 'someone else?': $(tail -2 "$out")"
	# A stop from the picker was in no area: said so, not as one in the
	# areas it holds.
	phist=$TMP/picker-stop/unknot/history.tsv
	mkdir -p "${phist%/*}"
	printf '%s\t-\t-\t0\t0\tstop:sharp-pain\t0\t-\tadult\t-\t%s\n' "$now" "$now" >"$phist"
	XDG_STATE_HOME=$TMP/picker-stop $RUN --dry-run morning >"$out" 2>&1
	grep -q '^unknot: A stop made at the routine list lasts until 05:00 tomorrow: the session asks first\.$' "$out" || fail "dry-run after a picker stop: $(cat "$out")"
	# Kid mode made by a kids-only routine stays when that routine is left out.
	khist=$TMP/kid-without/unknot/history.tsv
	mkdir -p "${khist%/*}"
	printf '2020-01-02T08:30:00+00:00\tkids\tfeet\t90\t20\tstop:sharp-pain\t0\tfeet\n' >"$khist"
	XDG_STATE_HOME=$TMP/kid-without $RUN --dry-run kids calves >"$out" 2>&1
	grep -q '^unknot: A stop in feet is still open: the session asks first, and without a yes runs without feet\.$' "$out" ||
		fail "dry-run kids calves: $(cat "$out")"
	printf '\n\n' | XDG_STATE_HOME=$TMP/kid-without $RUN --plain --mute --speed 1000 kids calves >"$out" 2>&1 ||
		fail "kids calves: $(cat "$out")"
	expect_in_order "$out" 'Enter alone runs the rest without feet' '^Without feet today' '^Calves \(calves\)' \
		'kid mode: light pressure' '\] Hold 30 seconds, press softly'
	tail -1 "$khist" | grep -q $'\tcalves\tcalves\t.*\tkid\t-\t20[0-9-]*T[0-9:]*[+-][0-9:]*\t-$' || fail "not kept as kid: $(tail -1 "$khist")"
	# Every area held: "no" ends, and says so of them all.
	printf 'no\n' | $RUN --plain --mute calves back >"$out" 2>&1
	grep -q 'Not today, then\. Rest those areas\.$' "$out" || fail "calves back: $(tail -1 "$out")"
	# A routine of the held area alone: "no" still ends, as before.
	printf 'no\n' | $RUN --plain --mute back >"$out" 2>&1
	grep -q 'Not today, then\. Rest that area\.$' "$out" || fail "back alone: $(cat "$out")"
	# An input left non-blocking has no answer yet: the question waits for
	# one (a "yes" a moment later), and does not take it for a no.
	{ sleep 0.5; echo yes; } | perl -MFcntl -e 'fcntl(STDIN, F_SETFL, fcntl(STDIN, F_GETFL, 0) | O_NONBLOCK)
		or die; exec @ARGV or die' $RUN --plain --mute --speed 1000 back >"$out" 2>&1
	grep -q '\] Done: ' "$out" || fail "non-blocking input: $(tail -2 "$out")"
) || exit 1

# An unwritable state directory: a warning, and the session still runs.
XDG_STATE_HOME=/dev/null/state $RUN --plain --mute --speed 500 calves </dev/null >"$out" 2>&1 ||
	fail "session failed with a bad state dir: $(cat "$out")"
grep -q 'warning: history not saved: cannot create /dev/null/state' "$out" || fail "no warning: $(cat "$out")"
# ...told before the session too, not only after its minutes
expect_in_order "$out" 'this session will not be kept in the history, nor a stop in it \(cannot create /dev/null/state/unknot: /dev/null is not a folder\)' \
	'\] Done: '
grep -q 'Done:' "$out" || fail "session did not finish"
grep -q 'stop is not kept' "$out" && fail "a session done told of a stop: $(cat "$out")"
# A stop there: said not to be kept, as no reminder will come of it.
echo 'numb' | XDG_STATE_HOME=/dev/null/state $RUN --plain --mute --speed 500 calves >"$out" 2>&1
grep -qx 'unknot: this stop is not kept, so no session will remind you of it: rest calves today' "$out" ||
	fail "a stop not kept, unsaid: $(tail -3 "$out")"
# A HOME that does not exist (a service account's /nonexistent) is not made.
env -u XDG_STATE_HOME HOME="$TMP/nonexistent" $RUN --plain --mute --speed 500 calves </dev/null >"$out" 2>&1 ||
	fail "a HOME that does not exist: $(cat "$out")"
[ -e "$TMP/nonexistent" ] && fail "a HOME that did not exist was made"
expect_in_order "$out" "not be kept in the history, nor a stop in it \\(the home folder $TMP/nonexistent \\(HOME\\) does not exist\\)" \
	'\] Done: ' "history not saved: the home folder $TMP/nonexistent \\(HOME\\) does not exist"
# No HOME at all.
env -u HOME -u XDG_STATE_HOME -u XDG_DATA_HOME $RUN --plain --mute --speed 500 calves </dev/null >"$out" 2>&1 ||
	fail "no HOME: $(cat "$out")"
grep -q 'not saved in the history' "$out" || fail "no HOME: no warning"
# A HOME that is not an absolute path is not used: said as such, not as unset.
env -u XDG_STATE_HOME HOME=relhome $RUN --history >"$out" 2>&1 && fail "--history, a relative HOME: exit 0"
grep -qx 'unknot: neither XDG_STATE_HOME nor HOME is set to an absolute path: no history' "$out" ||
	fail "--history, a relative HOME: $(cat "$out")"
# One set but not absolute (a quoted ~ in a script) is not used, and that is
# said: else one person's sessions, and stops, went into the shared history.
XDG_STATE_HOME='~/athletes/anna' $RUN --plain --mute --speed 500 calves </dev/null >"$out" 2>&1 ||
	fail "a relative XDG_STATE_HOME: $(cat "$out")"
grep -qxF "unknot: warning: XDG_STATE_HOME '~/athletes/anna' is not an absolute path (a ~ in quotes is not expanded); using $HOME/.local/state" "$out" ||
	fail "a relative XDG_STATE_HOME, unsaid: $(head -3 "$out")"
XDG_DATA_HOME=data $RUN --list 2>&1 >/dev/null | grep -qxF "unknot: warning: XDG_DATA_HOME 'data' is not an absolute path; using $HOME/.local/share" ||
	fail "a relative XDG_DATA_HOME, unsaid"
# ...and with no HOME to fall back on, that routines of yours go unread.
env -u HOME XDG_DATA_HOME=data $RUN --list 2>&1 >/dev/null | grep -qxF "unknot: warning: XDG_DATA_HOME 'data' is not an absolute path, and there is no HOME: your routines and presets are not read" ||
	fail "a relative XDG_DATA_HOME and no HOME, unsaid"
$RUN --list 2>&1 >/dev/null | grep -q 'not an absolute' && fail "an absolute XDG_DATA_HOME said to be relative"
# A history saved back from a spreadsheet as CSV: every line skipped, each
# told why, and --export writes nothing and fails, where a CSV of its
# header alone, status 0, replaced a nightly copy of it.
mkdir -p "$TMP/as-csv/unknot"
printf 'start,routines,areas\n2026-11-20T10:00:00+00:00,feet,feet,160,160,done\n' >"$TMP/as-csv/unknot/history.tsv"
status=0; XDG_STATE_HOME=$TMP/as-csv $RUN --export csv >"$out" 2>"$TMP/err" || status=$?
[ $status = 1 ] && [ ! -s "$out" ] &&
	grep -qF "history.tsv:2:1: warning: not a history line: commas where its tabs go (saved as CSV? save it as tab-separated text); line skipped" "$TMP/err" &&
	grep -qF "unknot: no line of the history, $TMP/as-csv/unknot/history.tsv, could be read (2 skipped): nothing exported" "$TMP/err" ||
	fail "--export of a history none of which reads: $status $(cat "$out" "$TMP/err")"
status=0; XDG_STATE_HOME=$TMP/as-csv $RUN --history >"$out" 2>"$TMP/err" || status=$?
[ $status = 1 ] && grep -q '^No session could be read: 2 lines skipped' "$out" ||
	fail "--history of a history none of which reads: $status $(cat "$out" "$TMP/err")"
echo "history: ok"
