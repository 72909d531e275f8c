#!/usr/bin/env bash
# unknot against tty-clock (Debian's package), side by side on this machine.
# termdown is not in Debian and cannot be installed here, so it is not run.
#   bench/compare.sh [ROUNDS]    prints a Markdown table (about 6 minutes)
# Each measure runs in ROUNDS (default 3) alternating rounds, one program at
# a time, and the table gives the median round: this machine is a VM whose
# timings wander by a quarter from one minute to the next.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
bin=${UNKNOT_BIN:-build/unknot}
[ -x "$bin" ] || make -s
for t in tty-clock tmux; do
	command -v $t >/dev/null || { echo "$t is missing: apt-get install $t" >&2; exit 1; }
done
ttyrun=build/ttyrun
[ "$ttyrun" -nt bench/ttyrun.c ] || cc -O2 -std=c17 -Wall -Wextra -o "$ttyrun" bench/ttyrun.c
export UNKNOT_DATA_DIR=$PWD XDG_STATE_HOME=$(mktemp -d)
out=$XDG_STATE_HOME/out
trap 'rm -rf "$XDG_STATE_HOME"' EXIT

# field NAME: the number after NAME in ttyrun's line, from stdin.
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }
# median FILE: the middle value of the numbers in FILE, one a line.
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for r in $(seq "$rounds"); do
	"$ttyrun" first-frame 21 "$bin" --mute feet >>"$out.uff"
	"$ttyrun" first-frame 21 tty-clock >>"$out.tff"
	"$ttyrun" tmux-frame 11 "$bin" --mute feet >>"$out.utm"
	"$ttyrun" tmux-frame 11 tty-clock >>"$out.ttm"
	# In a 40 s hold with the pacer moving (unknot), ticking each second (tty-clock).
	"$ttyrun" idle 30 '\r' "$bin" --mute bench/hold30.yaml >>"$out.uidle"
	"$ttyrun" idle 30 '' tty-clock -s >>"$out.tidle"
done
for who in u t; do
	field 'first output ms: median' <"$out.${who}ff" >"$out.a"
	field 'whole first screen ms: median' <"$out.${who}ff" >"$out.b"
	field 'cpu to draw it ms: median' <"$out.${who}ff" >"$out.c"
	sed -n 's/.*= \([0-9.]*\)% of a core.*/\1/p' "$out.${who}idle" >"$out.d"
	field 'wake-ups' <"$out.${who}idle" >"$out.e"
	field 'writes' <"$out.${who}idle" >"$out.f"
	field 'peak RSS' <"$out.${who}idle" >"$out.g"
	field 'through tmux ms: median' <"$out.${who}tm" >"$out.h"
	for k in a b c d e f g h; do eval "${who}_$k=\$(median \$out.\$k)"; done
done
drift=$(bench/drift.sh bench/short.yaml | sed -n 's/.*worst \([0-9.]*\).*/\1/p')
start=$(date +%s%N)
for _ in $(seq 20); do "$bin" --check routines/*.yaml >/dev/null 2>&1; done
check=$(( ($(date +%s%N) - start) / 20000 ))
sound=$("$ttyrun" first-frame 11 "$bin" feet)
sound_rss=$("$ttyrun" idle 5 '\r' "$bin" bench/hold30.yaml | field 'peak RSS')
# A daily user's history after three years: 1008 sessions, all read at start
# (a stop still open is looked for before the first screen).
mkdir -p "$XDG_STATE_HOME/long/unknot"
for y in 2023 2024 2025; do for m in 01 02 03 04 05 06 07 08 09 10 11 12; do for d in $(seq -w 1 28); do
	printf '%s-%s-%sT07:05:00+01:00\tfeet,calves\tfeet,calves\t300\t300\tdone\t0\t-\tadult\t160,140\t%s-%s-%sT07:10:02+01:00\n' \
		$y $m $d $y $m $d
done; done; done >"$XDG_STATE_HOME/long/unknot/history.tsv"
long=$(XDG_STATE_HOME=$XDG_STATE_HOME/long "$ttyrun" first-frame 21 "$bin" --mute feet |
	field 'whole first screen ms: median')

cat <<TABLE
| measure | target | unknot | tty-clock |
| --- | --- | --- | --- |
| time to the whole first screen, median (ms) | ≤ 10 | $u_b | $t_b |
| time to the first byte of output, median (ms) | | $u_a | $t_a |
| CPU to draw the first screen, median (ms) | | $u_c | $t_c |
| first output through tmux (\`tmux -C\`, tmux's start included), median (ms) | | $u_h | $t_h |
| idle CPU over 30 s (% of a core) | ≤ 0.1 | $u_d | $t_d |
| wake-ups a second while idle | | $u_e | $t_e |
| writes to the terminal a second while idle | | $u_f | $t_f |
| peak RSS (KiB) | ≤ 10240 | $u_g | $t_g |
| hold-end drift, worst of 14 deadlines (ms) | ≤ 20 | $drift | n/a (no holds) |
| \`--check\` of all $(ls routines/*.yaml | wc -l) routines, mean of 20 (µs) | | $check | n/a |

$rounds rounds; first frames 21 runs a round (11 through tmux); idle 30 s a round.
unknot with sound on (libcanberra is loaded once the first screen is up):
$sound; peak RSS $sound_rss KiB.
Whole first screen with three years of daily sessions in the history: $long ms.
TABLE
