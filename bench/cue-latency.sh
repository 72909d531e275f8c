#!/usr/bin/env bash
# Cue latency: from the state change in the trace to the first audible sample
# of its sound, through libcanberra's ALSA driver into the capture of
# tests/sound-capture (no sound card needed). The audible onset is the moment
# the stream opened plus the sound's own lead-in before its first sample
# louder than 2% of full scale; a real card adds its buffer latency on top.
# Prints the median and worst over every cue, for both.
#   bench/cue-latency.sh [ROUTINE]     (default bench/short.yaml: 34 cues, ~40 s)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${UNKNOT_BIN:-build/unknot}
routine=${1:-bench/short.yaml}
[ -x "$bin" ] || make -s
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
tests/sound-capture "$dir"
# A private history: a past stop would ask a question before the session.
XDG_STATE_HOME=$dir/state ALSA_CONFIG_PATH=$dir/asound.conf UNKNOT_CANBERRA_DRIVER=alsa \
	"$bin" --plain --trace "$dir/trace" "$routine" </dev/null >"$dir/out" 2>&1
if grep '^sound:' "$dir/out"; then exit 1; fi
tests/sound-report "$dir/trace" "$dir" >"$dir/report"
# stat COLUMN: "median M  worst W" of a column of the cue lines.
stat() {
	awk -v c="$1" '$1 == "cue" && $c != "-" { print $c }' "$dir/report" | sort -g |
	awk '{ v[NR] = $1 } END { if (!NR) exit 1
		printf "median %.1f  worst %.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[NR] }'
}
cues=$(grep -c '^cue' "$dir/report")
heard=$(awk '$1 == "cue" && $4 != "-"' "$dir/report" | wc -l)
first=$(awk '$1 == "cue" { print $6; exit }' "$dir/report")
echo "cues: $cues, heard: $heard"
echo "cue -> audible onset, ms: $(stat 6)  (first cue $first)"
echo "cue -> stream open, ms:   $(stat 5)"
