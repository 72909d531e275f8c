# Real sound, proven on a machine with no sound card. For this test only,
# ALSA's default device is a `file` plugin that pipes each sound libcanberra
# plays to tests/sound-stamp, which saves it stamped with the moment it
# opened (tests/sound-capture). tests/sound-report names each sound by its
# samples and finds its first and last loud sample with sox. At --speed 1,
# every cue must get its own theme sound, audible within 100 ms, over before
# the next cue, and no sound may come without a cue.
source "$(dirname "$0")/lib.sh"
command -v sox >/dev/null || fail "sox is missing: run scripts/install-deps --test"
[ -f /usr/share/sounds/freedesktop/stereo/bell.oga ] || fail "sound-theme-freedesktop is missing"

# run NAME [unknot args...] (stdin is passed on): a session with sound captured
run() {
	local name=$1; shift
	mkdir -p "$TMP/$name"
	tests/sound-capture "$TMP/$name"
	ALSA_CONFIG_PATH=$TMP/$name/asound.conf UNKNOT_CANBERRA_DRIVER=alsa \
		$RUN --plain --speed 1 --trace "$TMP/$name/trace" "$@" >"$TMP/$name/out" 2>&1 ||
		fail "$name: unknot: $(cat "$TMP/$name/out")"
	grep -q '^sound:' "$TMP/$name/out" && fail "$name: no sound: $(grep '^sound:' "$TMP/$name/out")"
	tests/sound-report "$TMP/$name/trace" "$TMP/$name" >"$TMP/$name/report"
	sed "s/^/$name: /" "$TMP/$name/report"
}

# check NAME CUES: the report has CUES cue instants, each with the right sound.
check() {
	local name=$1 want=$2
	[ "$(grep -c '^cue' "$TMP/$name/report")" -eq "$want" ] || fail "$name: expected $want cue instants"
	awk -v name="$name" '
	BEGIN { split("prep message-new-instant hold bell tick audio-volume-change switch camera-shutter " \
		      "step-done complete done service-login stop suspend-error prompt dialog-information", t, " ")
		for (i = 1; i < 16; i += 2) theme[t[i]] = t[i + 1] }
	function bad(msg) { print name ": " msg; err = 1 }
	$1 == "extra" { bad("a sound (" $3 ") at " $2 " ms with no cue") }
	$1 == "also" { also = 1; next }
	$1 == "cue" {
		at = $2; n = split($3, cues, "+")
		# Cues at one instant: the last one is heard, it cuts the others off.
		if (also && n == 1) bad("two sounds for the one cue at " at " ms")
		also = 0
		if ($4 == "-") { bad("no sound for " $3 " at " at " ms"); next }
		if (index("/" $4 "/", "/" theme[cues[n]] "/") == 0)
			bad($3 " at " at " ms: heard " $4 ", not " theme[cues[n]])
		if ($6 > 100 || $6 < -5) bad($3 " at " at " ms: sound " $6 " ms late")
		if ($8 < 0.05) bad($3 " at " at " ms: only silence (peak " $8 ")")
		if (prev_end != "" && prev_end >= at) bad("the sound before " at " ms still plays at " prev_end " ms")
		prev_end = $7
		lat[++k] = $6; open[k] = $5
	}
	END {
		if (err) exit 1
		for (i = 1; i <= k; i++) { sum += lat[i]; if (lat[i] > max) max = lat[i]; if (open[i] > omax) omax = open[i] }
		printf "report: sound %s: %d cues, each its own sound; onset mean %.1f ms, worst %.1f ms (stream opened within %.1f ms)\n",
			name, k, sum / k, max, omax
	}' "$TMP/$name/report" || fail "$name: sound check failed"
}

# A whole session: prep, hold, prompt, 3 ticks, switch, hold, prompt, 3 ticks,
# step-done + done.
run session tests/data/cues.yaml </dev/null
check session 13

# STOP in the middle of a hold, after its prompt: the warning sounds at once.
{ printf '\n'; sleep 3.5; printf 'x\n'; } | run stop tests/data/cues.yaml
check stop 4
grep -q '^cue [0-9]* stop ' "$TMP/stop/report" || fail "stop: no stop cue"
# A routine's sound file that is a FIFO would block libcanberra's open, and
# the timer, the keys and STOP with it: it is not played; the theme sound
# stands in, and the status says why.
mkdir -p "$TMP/fifo-sound"
tests/sound-capture "$TMP/fifo-sound"
mkfifo "$TMP/fifo-sound/prep.wav"
printf 'title: F\narea: feet\nsounds: {prep: prep.wav}\nsteps: [{title: Arch, prep: 1s, hold: 1s}]\n' \
	>"$TMP/fifo-sound/r.yaml"
ALSA_CONFIG_PATH=$TMP/fifo-sound/asound.conf UNKNOT_CANBERRA_DRIVER=alsa XDG_STATE_HOME=$TMP/fifo-sound \
	timeout -k 5 20 $RUN --plain "$TMP/fifo-sound/r.yaml" </dev/null >"$TMP/fifo-sound/out" 2>&1 ||
	fail "a FIFO for a sound: exit $?: $(cat "$TMP/fifo-sound/out")"
grep -q "^sound: cannot play $TMP/fifo-sound/prep.wav (not a file), using the theme sound$" "$TMP/fifo-sound/out" &&
	grep -q '\] Done' "$TMP/fifo-sound/out" || fail "a FIFO for a sound: $(cat "$TMP/fifo-sound/out")"
# A routine's own done sound that cannot play is said too, though its news
# comes after the session's last line.
mkdir -p "$TMP/done-sound"
tests/sound-capture "$TMP/done-sound"
printf 'title: D\narea: feet\nsounds: {done: gone.wav}\nsteps: [{title: Arch, prep: 1s, hold: 1s}]\n' \
	>"$TMP/done-sound/r.yaml"
ALSA_CONFIG_PATH=$TMP/done-sound/asound.conf UNKNOT_CANBERRA_DRIVER=alsa XDG_STATE_HOME=$TMP/done-sound \
	timeout -k 5 20 $RUN --plain "$TMP/done-sound/r.yaml" </dev/null >"$TMP/done-sound/out" 2>&1 ||
	fail "a done sound that is gone: exit $?: $(cat "$TMP/done-sound/out")"
expect_in_order "$TMP/done-sound/out" '\] Done' \
	"^sound: cannot play $TMP/done-sound/gone.wav \\(No such file or directory\\), using the theme sound\$"
# libcanberra unloads its driver's module as the sound context is destroyed,
# while the thread that played the last sound may still have a few
# instructions of it to run: one session in twenty crashed as it ended.
# Slowed (tests/data/late_driver_thread.c), the thread is there every time.
${CC:-cc} -std=c17 -D_GNU_SOURCE -shared -fPIC -o "$TMP/late.so" tests/data/late_driver_thread.c -ldl ||
	fail "cannot build tests/data/late_driver_thread.c"
mkdir -p "$TMP/late-thread"
cp "$TMP/done-sound/asound.conf" "$TMP/late-thread/"
LD_PRELOAD=$TMP/late.so ALSA_CONFIG_PATH=$TMP/late-thread/asound.conf UNKNOT_CANBERRA_DRIVER=alsa \
	XDG_STATE_HOME=$TMP/late-thread timeout -k 5 20 $RUN --plain "$TMP/done-sound/r.yaml" \
	</dev/null >"$TMP/late-thread/out" 2>&1 ||
	fail "a driver's thread slow to end: exit $?: $(cat "$TMP/late-thread/out")"
grep -q '\] Done' "$TMP/late-thread/out" || fail "a driver's thread slow to end: $(cat "$TMP/late-thread/out")"
# A sound device that stops taking samples (here a FIFO nobody reads, where
# ALSA's open waits) holds the sound thread, never the session: the timer
# runs, m and STOP answer at once, and the end waits a second for it at most. Held
# two seconds, the bell stands in (none into a file), and the status says so.
mkdir -p "$TMP/held"
mkfifo "$TMP/held/device"
printf '</usr/share/alsa/alsa.conf>\npcm.!default { type file; slave.pcm "null"; file "%s"; format "raw" }\n' \
	"$TMP/held/device" >"$TMP/held/asound.conf"
printf 'title: H\narea: feet\nsteps: [{title: Arch, prep: 1s, hold: 30s}]\n' >"$TMP/held/r.yaml"
start=$(date +%s%N)
{ printf '\n'; sleep 2.5; printf 'm\nm\nm\nm\nx\n1\n'; } | # m as one hearing nothing would
	ALSA_CONFIG_PATH=$TMP/held/asound.conf UNKNOT_CANBERRA_DRIVER=alsa XDG_STATE_HOME=$TMP/held \
	timeout -k 5 20 $RUN --plain "$TMP/held/r.yaml" >"$TMP/held/out" 2>&1 ||
	fail "a held sound device: exit $?: $(cat "$TMP/held/out")"
took=$(( ($(date +%s%N) - start) / 1000000 ))
grep -q '^\[0:01\] Hold 30 seconds' "$TMP/held/out" && grep -q '\] STOP now\. ' "$TMP/held/out" ||
	fail "a held sound device held the session: $(cat "$TMP/held/out")"
[ "$took" -lt 8000 ] || fail "a held sound device: the end took $took ms"
expect_in_order "$TMP/held/out" '^\[0:01\] Hold 30 seconds' '^\[0:02\] STOP now\. ' \
	'^sound: the sound system does not answer, silent$' # with STOP's cue
echo "report: a held sound device: the session ran and stopped, and ended $took ms after it began"
# The device opens, then takes no more samples (its reader never reads):
# after q, nothing is waited for but the second to close it.
sleep 60 <"$TMP/held/device" &
reader=$!
cleanup_hooks+=("kill $reader")
{ printf '\n'; sleep 2.5; printf 'q\n'; } |
	ALSA_CONFIG_PATH=$TMP/held/asound.conf UNKNOT_CANBERRA_DRIVER=alsa XDG_STATE_HOME=$TMP/held/q \
	timeout -k 5 20 $RUN --plain "$TMP/held/r.yaml" >"$TMP/held/out" 2>&1 &
run=$!
start=$(date +%s%N)
sleep 2.4
while kill -0 $run 2>/dev/null && ! grep -q 'Ended early' "$TMP/held/out"; do sleep 0.01; done
quit=$(date +%s%N)
wait $run || fail "a device that takes no samples: exit $?: $(cat "$TMP/held/out")"
took=$(( ($(date +%s%N) - quit) / 1000000 ))
[ "$took" -lt 2500 ] || fail "a device that takes no samples: $took ms from q to the end"
echo "report: a device that takes no samples: $took ms from q to the end"
echo "sound: ok"
