#!/usr/bin/env bash
# Cue latency through a sound server that plays in real time: a private
# PulseAudio with a null sink, recorded from its monitor with parec while
# unknot plays through libcanberra's pulse driver. Unlike the ALSA capture
# (bench/cue-latency.sh), the recording is a real timeline, silences and all,
# so it checks that capture's premise. The recording is placed in time by its
# end (the moment parec is stopped, less its length): good to ~10 ms.
# Needs pulseaudio, pulseaudio-utils (parec) and libcanberra-pulse.
#   bench/cue-latency-pulse.sh [ROUTINE]     (default bench/short.yaml, ~40 s)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${UNKNOT_BIN:-build/unknot}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
routine=${1:-bench/short.yaml}
for t in pulseaudio parec sox; do
	command -v $t >/dev/null || { echo "skip: $t is missing"; exit 0; }
done
[ -x "$bin" ] || make -s
dir=$(mktemp -d)
export PULSE_RUNTIME_PATH=$dir/run PULSE_STATE_PATH=$dir/state PULSE_SERVER=unix:$dir/sock
HOME=$dir pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no \
	--load="module-null-sink sink_name=cap rate=44100" \
	--load="module-native-protocol-unix socket=$dir/sock auth-anonymous=1" >"$dir/pa.log" 2>&1 &
pa=$!
trap 'kill $pa 2>/dev/null; wait $pa 2>/dev/null; [ -n "${KEEP:-}" ] || rm -rf "$dir"' EXIT
until pactl info >/dev/null 2>&1; do
	kill -0 $pa 2>/dev/null || { cat "$dir/pa.log"; exit 1; }
	sleep 0.05
done
parec -d cap.monitor --raw --format=s16le --rate=44100 --channels=1 --latency-msec=10 >"$dir/rec.raw" &
rec=$!
# The monitor sends silence as soon as it records: wait for it (and a little
# more) before the first cue.
until [ -s "$dir/rec.raw" ]; do sleep 0.02; done
sleep 0.2
XDG_STATE_HOME=$dir/hist UNKNOT_CANBERRA_DRIVER=pulse \
	"$bin" --plain --trace "$dir/trace" "$routine" </dev/null >"$dir/out" 2>&1
if grep '^sound:' "$dir/out"; then exit 1; fi
sleep 0.3
end=$(date +%s%N)
kill $rec; wait $rec 2>/dev/null || true
bytes=$(stat -c %s "$dir/rec.raw")
origin=$(sed -n 's/^# origin .*realtime_ns=\([0-9]*\).*/\1/p' "$dir/trace")
start_ms=$(( (end - bytes / 2 * 1000000000 / 44100 - origin) / 1000 ))
# Onsets: 10 ms windows louder than 2% of full scale after 150 ms of quiet.
sox -t raw -r 44100 -e signed -b 16 -c 1 "$dir/rec.raw" -t dat - |
awk -v s="$start_ms" '/^;/ { next }
	{ a = $2 < 0 ? -$2 : $2
	  if (a > 0.02) { t = $1 * 1000 + s / 1000; if (last == "" || t - last > 150) print t; last = t } }' >"$dir/onsets"
# Each onset belongs to the last cue instant before it (cues within 50 ms
# are one; 20 ms of slack for the placement); the first onset of a cue is its
# sound, later ones are further notes of the same sound.
awk '$5 == "cue" { if (!n || $1 - last > 50) { print $1; n++ } last = $1 }' "$dir/trace" >"$dir/cues"
awk -v cues="$dir/cues" '
	BEGIN { while ((getline l < cues) > 0) c[++m] = l + 0 }
	{ i = 0; for (j = 1; j <= m && c[j] <= $1 + 20; j++) i = j
	  if (!i) extra++
	  else if (!(i in lat)) { lat[i] = $1 - c[i]; k++ } }
	END {
		printf "cues: %d, heard: %d, sounds before any cue: %d\n", m, k, extra + 0 >"/dev/stderr"
		for (i in lat) print lat[i]
	}' "$dir/onsets" 2>&1 >"$dir/lat"
sort -g "$dir/lat" | awk '{ v[NR] = $1 } END { if (!NR) exit 1
	printf "cue -> audible onset, ms (real-time sink): median %.1f  worst %.1f\n",
		NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[NR] }'
