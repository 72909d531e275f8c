#!/usr/bin/env bash
# unknot against tty-clock (Debian's package), side by side on this machine.
# termdown is not in Debian and cannot be installed here, so it is not run.
#   bench/compare.sh            prints a Markdown table (about 2 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${UNKNOT_BIN:-build/unknot}
[ -x "$bin" ] || make -s
command -v tty-clock >/dev/null || { echo "tty-clock is missing: apt-get install tty-clock" >&2; exit 1; }
export UNKNOT_DATA_DIR=$PWD XDG_STATE_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_STATE_HOME"' EXIT
pty=bench/ptyrun.py
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }

u_ff=$(python3 $pty first-frame 15 "$bin" --mute feet | field median)
t_ff=$(python3 $pty first-frame 15 tty-clock | field median)
# Both idle at once for 30 s: unknot in a 40 s hold, tty-clock ticking.
python3 $pty idle 30 '\r' "$bin" --mute bench/hold30.yaml >"$XDG_STATE_HOME/u" &
python3 $pty idle 30 '' tty-clock -s >"$XDG_STATE_HOME/t"
wait
u_cpu=$(sed -n 's/.*= \([0-9.]*\)% of a core.*/\1/p' "$XDG_STATE_HOME/u")
t_cpu=$(sed -n 's/.*= \([0-9.]*\)% of a core.*/\1/p' "$XDG_STATE_HOME/t")
u_rss=$(field 'peak RSS' <"$XDG_STATE_HOME/u")
t_rss=$(field 'peak RSS' <"$XDG_STATE_HOME/t")
drift=$(bench/drift.sh bench/short.yaml | sed -n 's/.*worst \([0-9.]*\).*/\1/p')
start=$(date +%s%N)
for _ in $(seq 20); do "$bin" --check routines/*.yaml >/dev/null 2>&1; done
check=$(( ($(date +%s%N) - start) / 20000 ))

cat <<TABLE
| measure | target | unknot | tty-clock |
| --- | --- | --- | --- |
| time to first frame, median of 15 (ms) | ≤ 10 | $u_ff | $t_ff |
| idle CPU over 30 s (% of a core) | ≤ 0.1 | $u_cpu | $t_cpu |
| peak RSS (KiB) | ≤ 10240 | $u_rss | $t_rss |
| hold-end drift, worst of 14 deadlines (ms) | ≤ 20 | $drift | n/a (no holds) |
| \`--check\` of all $(ls routines/*.yaml | wc -l) routines, mean of 20 (µs) | | $check | n/a |
TABLE
