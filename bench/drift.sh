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
# A history of its own: a benchmark is no day of practice, and an open stop
# in the real one would stop it at the reminder.
export XDG_STATE_HOME=$(mktemp -d)
trap 'rm -rf "$trace" "$out" "$XDG_STATE_HOME"' EXIT
[ -x "$bin" ] || make -s
/usr/bin/env time -f '%U %S %e %M' -o "$out.time" \
	"$bin" --plain --mute --speed "$speed" --trace "$trace" "$routine" </dev/null >"$out"
read -r user sys wall rss <"$out.time"; rm -f "$out.time"
# Trace columns: real_ms now_ms due_ms late_ms kind name item=N. Deadline
# events are the state changes into hold/switch/done and every prep after
# the first (which starts on a key, not a deadline).
awk -v speed="$speed" '$5 == "state" && ($6 == "hold" || $6 == "switch" || $6 == "done" ||
	($6 == "prep" && seen++)) { print $4 / speed }' "$trace" | sort -n >"$out"
[ -s "$out" ] || { echo "no deadlines in the trace" >&2; exit 1; }
awk -v user="$user" -v sys="$sys" -v wall="$wall" -v rss="$rss" '
	{ v[NR] = $1; sum += $1 }
	END {
		printf "deadlines: %d  drift ms: median %.3f  mean %.3f  worst %.3f\n",
			NR, v[int((NR + 1) / 2)], sum / NR, v[NR]
		cpu = user + sys
		printf "wall %.2f s  cpu %.3f s (%.3f%% of a core)  peak RSS %d KiB\n",
			wall, cpu, 100 * cpu / wall, rss
	}' "$out"
