#!/usr/bin/env bash
# Hold-end drift and CPU time at real speed.
#   bench/drift.sh [ROUTINE] [SPEED]    (default: bench/short.yaml at 1x)
# Runs `unknot --plain --trace` with no input, then reports how late each
# timed event was handled against its absolute deadline, and the CPU used.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${UNKNOT_BIN:-build/unknot}
routine=${1:-bench/short.yaml}
speed=${2:-1}
trace=$(mktemp) out=$(mktemp)
trap 'rm -f "$trace" "$out"' EXIT
[ -x "$bin" ] || make -s
/usr/bin/env time -f '%U %S %e %M' -o "$out.time" \
	"$bin" --plain --mute --speed "$speed" --trace "$trace" "$routine" </dev/null >"$out"
read -r user sys wall rss <"$out.time"; rm -f "$out.time"
# Trace columns: real_ms now_ms due_ms late_ms kind name item=N. Deadline
# events are the state changes into hold/switch/prep/done after the first prep.
awk -v speed="$speed" -v user="$user" -v sys="$sys" -v wall="$wall" -v rss="$rss" '
	$5 == "state" && ($6 == "hold" || $6 == "switch" || $6 == "done" || ($6 == "prep" && seen++)) {
		late = $4 / speed; n++; sum += late; if (late > max) max = late
		v[n] = late
	}
	END {
		if (!n) { print "no deadlines in the trace"; exit 1 }
		asort(v); med = v[int((n + 1) / 2)]
		printf "deadlines: %d  drift ms: median %.3f  mean %.3f  worst %.3f\n", n, med, sum / n, max
		cpu = user + sys
		printf "wall %.2f s  cpu %.3f s (%.3f%% of a core)  peak RSS %d KiB\n", wall, cpu, 100 * cpu / wall, rss
	}' "$trace"
