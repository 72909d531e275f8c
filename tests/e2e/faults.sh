# End to end, things going wrong around a session: a full disk, kill -9, no
# sound system, no libcanberra, a history full of garbage. The session runs, the history stays
# readable, and every problem is one clear line.
source "$(dirname "$0")/lib.sh"
out=$TMP/out
hist=$XDG_STATE_HOME/unknot/history.tsv
mkdir -p "$XDG_STATE_HOME/unknot"

# A full disk: the history cannot be written; a warning, and exit 0.
ln -s /dev/full "$hist"
$RUN --plain --mute --speed 500 kids </dev/null >"$out" 2>&1 || fail "full disk: exit $?"
grep -q 'warning: history not saved: cannot write .*No space left on device' "$out" ||
	fail "full disk: $(cat "$out")"
grep -q 'Done:' "$out" || fail "full disk: the session did not finish"
rm "$hist"
# Output that cannot be written is an error, and says so: --export csv to a
# full disk used to leave an empty file and exit 0. So is a trace.
for how in '--export csv' --history --list '--dry-run feet' --version; do
	set +e
	$RUN $how >/dev/full 2>"$TMP/err"; status=$?
	set -e
	[ $status = 1 ] && grep -qx 'unknot: cannot write the output: No space left on device' "$TMP/err" ||
		fail "$how to a full disk: exit $status, $(cat "$TMP/err")"
done
set +e
$RUN --plain --mute --speed 1000 --trace /dev/full quick-feet </dev/null >/dev/null 2>"$TMP/err"; status=$?
set -e
[ $status = 1 ] && grep -qx 'unknot: cannot write trace /dev/full: No space left on device' "$TMP/err" ||
	fail "a trace to a full disk: exit $status, $(cat "$TMP/err")"
# ...and a line-mode session's output, long after its first write failed:
# the cause, not "write error".
set +e
$RUN --plain --mute --speed 1000 quick-feet </dev/null >/dev/full 2>"$TMP/err"; status=$?
set -e
[ $status = 1 ] && grep -qx 'unknot: cannot write the output: No space left on device' "$TMP/err" ||
	fail "a session's output to a full disk: exit $status, $(cat "$TMP/err")"
rm -f "$hist"
# A history sent to /dev/null on purpose: no warning (it cannot be fsync'd).
ln -s /dev/null "$hist"
$RUN --plain --mute --speed 500 kids </dev/null >"$out" 2>&1 || fail "/dev/null history: exit $?"
grep -q 'warning' "$out" && fail "/dev/null history: $(grep warning "$out")"
rm "$hist"

# A history at the file size limit (ulimit -f): a warning, exit 0, and the
# history as it was. SIGXFSZ used to end unknot before it said anything.
head -c 1023 /dev/zero | tr '\0' '#' >"$hist"
echo >>"$hist"
bash -c "ulimit -f 1; printf '\nx\n3\n' | $RUN --plain --mute feet; echo status \$?" 2>&1 | cat >"$out"
grep -q '^status 0$' "$out" || fail "size limit: $(tail -3 "$out")"
grep -q 'warning: history not saved: cannot write .*: File too large$' "$out" || fail "size limit: $(tail -3 "$out")"
[ "$(wc -c <"$hist")" = 1024 ] || fail "size limit: the history changed"
rm "$hist"

# Standard input closed (<&-): no input, as at its end; the session runs to
# its end. polling a closed descriptor once spun at 100 % CPU, deaf to signals.
timeout -k 2 20 $RUN --plain --mute --speed 500 kids <&- >"$out" 2>&1 || fail "closed stdin: exit $?"
grep -q 'Done:' "$out" || fail "closed stdin: the session did not finish: $(tail -3 "$out")"
rm -f "$hist"

# kill -9 in the middle of a session: earlier lines intact, no half line.
$RUN --plain --mute --speed 500 kids </dev/null >/dev/null 2>&1
before=$(cat "$hist")
plain_start "$out" kids
wait_for_line "$out" '\] Hold '
kill -9 "$pid"
wait "$pid" 2>/dev/null || true
exec 3>&-
[ "$(cat "$hist")" = "$before" ] || fail "kill -9 changed the history"
$RUN --history >/dev/null 2>"$TMP/err"
[ ! -s "$TMP/err" ] || fail "history unreadable after kill -9: $(cat "$TMP/err")"

# No sound system: one line says so, the bell stands in, the session runs.
# A terminal (script gives one) hears the bell...
script -qec "UNKNOT_CANBERRA_DRIVER=no-such-driver $RUN --plain --speed 500 kids </dev/null" /dev/null \
	</dev/null 2>&1 | tr -d '\r' >"$out" || fail "no sound: exit $?"
grep -q '^sound: .*using the terminal bell$' "$out" || fail "no sound: no status line: $(head -3 "$out")"
grep -q $'\a' "$out" || fail "no sound: the bell never rang"
grep -q 'Done:' "$out" || fail "no sound: the session did not finish"
# ...a file or a pipe is not rung: no BEL bytes among its lines, and the
# line says so. Nor with --bell.
UNKNOT_CANBERRA_DRIVER=no-such-driver $RUN --plain --speed 500 kids </dev/null >"$out" 2>&1 ||
	fail "no sound, to a file: exit $?"
grep -q '^sound: no such sound driver (.*), silent$' "$out" || fail "no sound, to a file: $(head -3 "$out")"
grep -q $'\a' "$out" && fail "no sound, to a file: BEL in it: $(grep -c $'\a' "$out") lines"
grep -q 'Done:' "$out" || fail "no sound, to a file: the session did not finish"
# Output through a pipe on a terminal (| tee log): the bell rings on
# standard error, the terminal, and the pipe gets none.
script -qec "$RUN --plain --bell --speed 500 kids </dev/null | cat >$TMP/teed" /dev/null \
	</dev/null >"$out" 2>&1 || fail "--bell, through a pipe: exit $?"
grep -q $'\a' "$out" || fail "--bell, through a pipe on a terminal: the bell never rang"
grep -q $'\a' "$TMP/teed" && fail "--bell, through a pipe: BEL in it"
grep -q '^sound:' "$TMP/teed" && fail "--bell, through a pipe on a terminal: $(head -1 "$TMP/teed")"
$RUN --plain --bell --speed 500 kids </dev/null 2>&1 | cat >"$out"
grep -q $'\a' "$out" && fail "--bell, to a pipe: BEL in it: $(grep -c $'\a' "$out") lines"
head -1 "$out" | grep -q '^sound: no terminal to ring the bell on, silent$' ||
	fail "--bell, to a pipe: silent without a word: $(head -1 "$out")"
grep -q 'Done:' "$out" || fail "--bell, to a pipe: the session did not finish"

# Sound turned on with m, and no sound system: the line comes at once, not
# only at the start or with the next cue.
printf '\nm\n' | UNKNOT_CANBERRA_DRIVER=no-such-driver $RUN --plain --mute --speed 500 kids \
	>"$out" 2>&1 || fail "m, no sound: exit $?"
expect_in_order "$out" '^Sound on\.$' '^sound: no such sound driver .*, silent$' 'Done:'
grep -A1 '^Sound on\.$' "$out" | tail -1 | grep -q '^sound: ' || fail "m, no sound: not said at once: $(grep -A1 '^Sound on' "$out")"

# libcanberra not installed (a broken one first on the library path): the
# same fallback, and the line names what could not be loaded.
mkdir -p "$TMP/nolib"
: >"$TMP/nolib/libcanberra.so.0"
script -qec "LD_LIBRARY_PATH=$TMP/nolib $RUN --plain --speed 500 kids </dev/null" /dev/null \
	</dev/null 2>&1 | tr -d '\r' >"$out" || fail "no libcanberra: exit $?"
grep -q '^sound: cannot load libcanberra (.*libcanberra.so.0: .*), using the terminal bell$' "$out" ||
	fail "no libcanberra: no status line: $(head -3 "$out")"
grep -q $'\a' "$out" || fail "no libcanberra: the bell never rang"
grep -q 'Done:' "$out" || fail "no libcanberra: the session did not finish"

# A history of binary garbage: warnings, no crash, and new sessions still append.
head -c 4096 /dev/urandom >"$hist"
printf '\n' >>"$hist"
$RUN --plain --mute --speed 500 kids </dev/null >/dev/null 2>"$TMP/err" || fail "garbage history: session failed"
# A session says so, once, in a line: a stop among the lines would go unseen.
[ "$(grep -c '^unknot: warning: [0-9]* lines\? of the history cannot be read, and a stop there would go unseen (unknot --history says which)$' "$TMP/err")" = 1 ] ||
	fail "garbage history: the session said nothing of it: $(cat "$TMP/err")"
$RUN --history >"$out" 2>"$TMP/err" || fail "garbage history: --history failed"
grep -q 'warning: ' "$TMP/err" || fail "garbage history: no warning"
grep -q $'\e' "$TMP/err" && fail "garbage history: an escape reached the terminal"
grep -q 'kids .* preview (kid)$' "$out" || fail "garbage history: the new session is not listed: $(cat "$out")"
# Line mode with an open stop and a damaged line: the warning comes before
# the question, not on its line after it.
mkdir -p "$TMP/damaged-stop/unknot"
printf '%s\tcalves\tcalves\t90\t20\tstop:sharp-pain\t0\tcalves\nnot a line\n' \
	"$(date +%Y-%m-%dT%H:%M:%S%:z)" >"$TMP/damaged-stop/unknot/history.tsv"
XDG_STATE_HOME=$TMP/damaged-stop $RUN --plain --mute calves </dev/null >"$out" 2>&1 || true # no: no session
expect_in_order "$out" '^unknot: warning: 1 line of the history cannot be read' '^You stopped during calves'

# A history that cannot be read at all (here a directory; as a user, one
# without read permission): a stop in it would go unseen, and the session
# says so before it starts, as for damaged lines.
mkdir -p "$TMP/unread/unknot/history.tsv"
XDG_STATE_HOME=$TMP/unread $RUN --plain --mute --speed 100 quick-feet </dev/null >"$out" 2>&1 || true
expect_in_order "$out" "^unknot: warning: the history, $TMP/unread/unknot/history.tsv, cannot be read \\(not a regular file\\), and a stop in it would go unseen\$" \
	'^Quick feet'
# --history and --export say they cannot read it, and end 1: an empty
# report or CSV would pass for the history.
for args in --history "--export csv"; do
	set +e; XDG_STATE_HOME=$TMP/unread $RUN $args >"$out" 2>&1; status=$?; set -e
	[ $status = 1 ] && grep -qxF "unknot: cannot read $TMP/unread/unknot/history.tsv: not a regular file" "$out" ||
		fail "$args of a history that is a directory: $status $(cat "$out")"
done
# One sent to /dev/null on purpose is an empty history, not a fault.
mkdir -p "$TMP/null-state/unknot"
ln -s /dev/null "$TMP/null-state/unknot/history.tsv"
XDG_STATE_HOME=$TMP/null-state $RUN --history >"$out" 2>&1 && grep -qx 'No sessions yet. Start one with: unknot feet' "$out" ||
	fail "--history of /dev/null: $(cat "$out")"

# A FIFO where the history goes: nothing blocks on it (the ending signals
# are held off while the history is written). The session ends with a
# warning; --history says it cannot read it; --check refuses a FIFO too.
fifo_state=$TMP/fifo-state
mkdir -p "$fifo_state/unknot"
mkfifo "$fifo_state/unknot/history.tsv"
XDG_STATE_HOME=$fifo_state timeout 20 $RUN --plain --mute --speed 500 kids </dev/null >"$out" 2>&1 ||
	fail "FIFO history: exit $?: $(tail -3 "$out")"
grep -qE 'history not saved: cannot (open|write) .*history.tsv: not a regular file$' "$out" ||
	fail "FIFO history: no warning: $(tail -3 "$out")"
mkfifo "$TMP/fifo.yaml"
set +e
timeout 10 $RUN --check "$TMP/fifo.yaml" >"$out" 2>&1; status=$?
set -e
[ $status -eq 1 ] && grep -q 'fifo.yaml: error: not a regular file$' "$out" || fail "--check on a FIFO: $status $(cat "$out")"

# No terminal at all (no controlling tty, input from a file): a session goes
# on in line mode and says so; so does the picker, and what it picks.
setsid $RUN --mute --speed 500 kids </dev/null >"$out" 2>"$TMP/err" || fail "no tty: exit $?: $(cat "$TMP/err")"
grep -q '^unknot: no terminal (/dev/tty: .*); line mode instead$' "$TMP/err" || fail "no tty: $(cat "$TMP/err")"
grep -q 'Done:' "$out" || fail "no tty: the session did not run in line mode: $(cat "$out")"
# Over ssh with no -t ("ssh host unknot feet"), it says how to get one.
SSH_CONNECTION="a-client a-port a-server 22" setsid $RUN --mute --speed 500 kids </dev/null >"$out" 2>"$TMP/err" ||
	fail "no tty over ssh: exit $?"
grep -qF 'unknot: no terminal (/dev/tty: No such device or address; over ssh, ssh -t gives one); line mode instead' "$TMP/err" ||
	fail "no tty over ssh: $(cat "$TMP/err")"
env -u SSH_CONNECTION setsid $RUN --mute --speed 500 kids </dev/null >"$out" 2>"$TMP/err" || fail "no tty: exit $?"
grep -q 'ssh' "$TMP/err" && fail "no tty, not over ssh, told of ssh: $(cat "$TMP/err")"
echo kids | setsid $RUN --mute --speed 500 >"$out" 2>"$TMP/err" || fail "no tty, picker: exit $?: $(cat "$TMP/err")"
[ "$(grep -c '^unknot: no terminal (/dev/tty: .*); line mode instead$' "$TMP/err")" = 1 ] ||
	fail "no tty, picker: $(cat "$TMP/err")"
expect_in_order "$out" '^Routines and presets' '^Type a number or an id' '\] Done:' ||
	fail "no tty: the picker did not run in line mode: $(cat "$out")"
# ...and with a stop to remind of, what a screen's absence means is said
# only for a session that follows: a no runs none, and says nothing of it.
mkdir -p "$TMP/notty/unknot"
printf '2026-11-20T10:00:00+00:00\tkids\tfeet\t90\t20\tstop:other\t0\tfeet\n' >"$TMP/notty/unknot/history.tsv"
XDG_STATE_HOME=$TMP/notty setsid $RUN --mute --speed 500 kids </dev/null >"$out" 2>"$TMP/err" ||
	fail "no tty, a stop: exit $?: $(cat "$TMP/err")"
grep -q '^Not today, then\. Rest that area\.$' "$out" || fail "no tty, a stop: not asked: $(cat "$out")"
[ ! -s "$TMP/err" ] || fail "no tty, a stop, no session: said $(cat "$TMP/err")"
echo yes | XDG_STATE_HOME=$TMP/notty setsid $RUN --mute --speed 500 kids >"$out" 2>"$TMP/err" ||
	fail "no tty, a stop, yes: exit $?: $(cat "$TMP/err")"
[ "$(grep -c '^unknot: no terminal (/dev/tty: .*); line mode instead$' "$TMP/err")" = 1 ] ||
	fail "no tty, a stop, yes: $(cat "$TMP/err")"
grep -q 'Done:' "$out" || fail "no tty, a stop, yes: no session: $(cat "$out")"
echo "faults: ok"
