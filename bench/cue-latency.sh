#!/usr/bin/env bash
# Cue latency: from the state change in the trace to the moment the sound
# device is opened, through libcanberra's ALSA driver into a capture FIFO
# (tests/sound-capture). Prints the median and worst over every cue.
#   bench/cue-latency.sh [ROUTINE]     (default bench/short.yaml, ~40 s)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${UNKNOT_BIN:-build/unknot}
routine=${1:-bench/short.yaml}
[ -x "$bin" ] || make -s
dir=$(mktemp -d)
tests/sound-capture "$dir" &
cap=$!
trap 'kill $cap 2>/dev/null; rm -rf "$dir"' EXIT
until [ -f "$dir/asound.conf" ]; do sleep 0.05; done
ALSA_CONFIG_PATH=$dir/asound.conf UNKNOT_CANBERRA_DRIVER=alsa \
	"$bin" --plain --trace "$dir/trace" "$routine" </dev/null >/dev/null
tests/sound-report "$dir/trace" "$dir" | awk '$1 != "extra" && $2 != "-" { print $2 }' | sort -n >"$dir/lat"
awk '{ v[NR] = $1 } END {
	if (!NR) { print "no sounds captured"; exit 1 }
	printf "cues: %d  latency ms: median %.1f  worst %.1f  (first cue %s)\n", NR, v[int((NR + 1) / 2)], v[NR], first }' \
	first="$(tests/sound-report "$dir/trace" "$dir" | head -1 | cut -d' ' -f2)" "$dir/lat"
