# Shared helpers for the end-to-end scripts. Source it; it sets -eu.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
case ${BUILD:-build} in /*) built=$BUILD ;; *) built=$ROOT/${BUILD:-build} ;; esac
BIN=${UNKNOT_BIN:-$built/unknot}
[ -x "$BIN" ] || { echo "FAIL: no program at $BIN: run make${BUILD:+ BUILD=$BUILD} first" >&2; exit 1; }
# A program older than its sources would test what was, not what is.
newer=$(find "$ROOT/src" -newer "$BIN" -name '*.[ch]' -print -quit)
[ -z "$newer" ] || echo "note: $BIN is older than ${newer#"$ROOT"/}: run make for what you changed" >&2
# A wrapper such as valgrind, set by tests/run; use "$RUN" to start unknot.
RUN="${UNKNOT_WRAP:-} $BIN"
export UNKNOT_DATA_DIR=$ROOT
TMP=$(mktemp -d)
# A private home: tests never read or write the real history.
export HOME=$TMP/home XDG_DATA_HOME=$TMP/home/data XDG_STATE_HOME=$TMP/home/state
unset COLUMNS # a file gets whole lines unless a test asks for a width
mkdir -p "$HOME"
cleanup_hooks=()
# KEEP_TMP=1 keeps a copy of the test's files (its home, history, captures)
# in a new /tmp/kept-NAME.XXXX, said on standard error (0 or empty: not).
cleanup() {
	if [ -n "${KEEP_TMP:-}" ] && [ "$KEEP_TMP" != 0 ]; then
		local kept
		kept=$(mktemp -d "/tmp/kept-$(basename "$0" .sh).XXXX") && cp -r "$TMP"/. "$kept" &&
			echo "kept: $kept" >&2
	fi
	for h in "${cleanup_hooks[@]}"; do eval "$h" || true; done
	rm -rf "$TMP"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# Lines of FILE matching the regexes in the order given, not necessarily adjacent.
expect_in_order() {
	local file=$1; shift
	local line=0 n
	for re in "$@"; do
		# grep -m1 stops reading at its match: under pipefail, tail killed
		# by SIGPIPE on a long file would fail the check, found or not.
		n=$(tail -n +$((line + 1)) "$file" | { grep -n -m1 -E -- "$re"; cat >/dev/null; } | cut -d: -f1)
		[ -n "$n" ] || fail "expected /$re/ after line $line of output:"$'\n'"$(cat "$file")"
		line=$((line + n))
	done
}

# Waits until FILE has a line matching RE, up to SECS seconds (polling, no fixed sleep).
wait_for_line() {
	local file=$1 re=$2 secs=${3:-10}
	local end=$((SECONDS + secs))
	until grep -qE -- "$re" "$file" 2>/dev/null; do
		[ $SECONDS -lt $end ] || fail "timed out waiting for /$re/ in:"$'\n'"$(cat "$file")"
		sleep 0.05
	done
}

# plain_start OUT ARG...: unknot --plain --mute ARG... in the background,
# output to OUT, stdin a FIFO held open on fd 3 (echo >&3 types a line);
# sets pid. Enter is sent to begin; close with exec 3>&- after wait.
FIFO_N=0
plain_start() {
	local out=$1 fifo=$TMP/in-$((++FIFO_N))
	shift
	# OUT is emptied here, not by the background job's redirection: until
	# that job ran, a wait_for_line found the last run's lines in it, and
	# what was typed next reached unknot before it had begun.
	: >"$out"
	mkfifo "$fifo"
	$RUN --plain --mute "$@" <"$fifo" >"$out" 2>&1 &
	pid=$!
	exec 3>"$fifo"
	echo >&3
}

# --- tmux: the ncurses front end in a real pty (a private server per test) ---
export LANG=C.UTF-8 LC_ALL=C.UTF-8
TMUX_SOCK=unknot-$$
TMUX_N=0
tm() { tmux -L "$TMUX_SOCK" -f /dev/null "$@"; }

# with_history LINE...: the start of a pane's command (for tmux_start) that
# gives it a history of those lines (each start has its own), then runs
# what follows.
with_history() {
	local q="'" lines="" line
	for line in "$@"; do
		lines+=" $q$line$q"
	done
	printf '%s' "mkdir -p \"\$XDG_STATE_HOME/unknot\" && printf $q%s\\n$q$lines >\"\$XDG_STATE_HOME/unknot/history.tsv\" && "
}

# tmux_start W H COMMAND: runs COMMAND (a shell string) in a W×H pane; its exit
# status lands in $TMP/status when it ends.
tmux_start() {
	local w=$1 h=$2 cmd=$3
	command -v tmux >/dev/null ||
		fail "tmux is missing, and the screen tests run in it: scripts/install-deps --test installs it"
	rm -f "$TMP/status"
	# Each start has its own history, so that a stop in one part of a test
	# does not bring up the stop reminder in the next (history.sh tests that).
	export XDG_STATE_HOME=$TMP/state-$((TMUX_N + 1))
	[ "$TMUX_N" = 0 ] || tm kill-server 2>/dev/null || true
	TMUX_N=$((TMUX_N + 1))
	TMUX_SOCK=unknot-$$-$TMUX_N    # a fresh server: no race with the last one
	# The wrapper, and what the command runs after unknot, outlive a Ctrl-C
	# or a Ctrl-\ that ends unknot, as an interactive shell would (unknot's
	# status is then 128 + N; a trap is not inherited, as SIG_IGN is). A
	# subshell that died of Ctrl-\ left unknot writing after its death, and
	# what the command runs after unknot never ran.
	tm new-session -d -s t -x "$w" -y "$h" \
		"export TERM=${UI_TERM:-screen-256color}; trap : INT QUIT; ( trap : INT QUIT; $cmd ); echo \$? >$TMP/status.tmp; mv $TMP/status.tmp $TMP/status; sleep 600"
	cleanup_hooks+=("tmux -L $TMUX_SOCK kill-server 2>/dev/null")
	tm set-option -g status off
	tm resize-window -t t -x "$w" -y "$h" 2>/dev/null || true
}
screen_text() { tm capture-pane -p -t t; }
# q on a brief the picker opened: back to the picker (where it was), whose
# own q quits (past 0.7 s: a q close behind is the first doubled).
quit_via_picker() { keys q; wait_for "Pick a routine"; sleep 0.75; keys q; }
keys() { tm send-keys -t t "$@"; }

# wait_screen SHOWN GREP_OPTION PATTERN WHAT SECS: until grep finds PATTERN
# on the screen (SHOWN 1) or no longer does (0); no fixed sleeps. WHAT is
# what the failure says was waited for.
wait_screen() {
	local shown=$1 opt=$2 pat=$3 what=$4 end=$((SECONDS + $5)) found
	while :; do
		if screen_text | grep -q "$opt" -- "$pat"; then found=1; else found=0; fi
		[ "$found" = "$shown" ] && return
		[ $SECONDS -lt $end ] || fail "timed out waiting for $what:"$'\n'"$(screen_text)"
		sleep 0.05
	done
}
# wait_for TEXT [SECS]: until TEXT (fixed string) is on the screen.
wait_for() { wait_screen 1 -F "$1" "'$1' on screen" "${2:-10}"; }
# wait_for_re RE [SECS]: until a line of the screen matches RE (grep -E).
wait_for_re() { wait_screen 1 -E "$1" "/$1/ on screen" "${2:-10}"; }
# wait_gone TEXT [SECS]: until TEXT is no longer on the screen.
wait_gone() { wait_screen 0 -F "$1" "'$1' to go" "${2:-10}"; }
# brief_shown [SECS]: the brief on the screen, at its top.
brief_shown() { wait_for_re "Press Enter (to begin|for more)" "${1:-10}"; }
# brief_read [SECS]: the brief shown to its end, as Enter begins only then:
# while it says there is more, Enter shows the next page.
brief_read() {
	local at i
	brief_shown "$@"
	for i in $(seq 30); do
		# an Enter within 0.7 s of the brief's last page showing is taken
		# for one held down, or pressed twice
		screen_text | grep -q "Press Enter to begin" && { sleep 0.75; return 0; }
		at=$(screen_text | grep -o 'Lines [0-9]*-[0-9]*')
		sleep 0.75 # a page's Enter within 0.7 s of it is one held down
		keys Enter
		wait_screen 0 -F "$at" "the brief past '$at'" 5
	done
	fail "the brief never came to its end: $(screen_text)"
}
# enter_to_begin: Enter on a brief, or Enter alone at the stop reminder,
# once it has been on the screen long enough to be an answer (an Enter
# within 0.7 s is taken for one held down, or pressed twice).
enter_to_begin() { sleep 0.75; keys Enter; }
# in_prep CMD: CMD in an 80×24 pane, its brief read and its session
# begun: getting into position on the screen.
in_prep() {
	tmux_start 80 24 "$1"
	brief_read
	keys Enter
	wait_for "Get into position"
}
# stopped_in_prep CMD: the same, stopped while getting into position: the
# stop's question on the screen.
stopped_in_prep() {
	in_prep "$1"
	keys x
	wait_for "What happened?"
}
# presses KEY...: each key pressed on its own, as a hand does: n or space
# again within 400 ms (b: 150 ms) is taken for one press.
presses() { local k; for k in "$@"; do keys "$k"; sleep 0.45; done; }
# can_strace: strace is here and may trace (a container may have no ptrace).
can_strace() { strace -o /dev/null true 2>/dev/null; }
# int_while_held W H CMD SHOWN KEY WHAT: CMD in a W×H pane, strace in it
# holding unknot in the work KEY sets going; once SHOWN is on the screen,
# KEY, then SIGINT while unknot is held there. It must end as SIGINT ends
# it (130): ncurses' own handler, in place outside unknot's waits, ended it
# with status 1 and no word.
int_while_held() {
	local status
	tmux_start "$1" "$2" "$3"
	wait_for "$4"
	keys "$5"
	sleep 0.5
	kill -INT "$(unknot_pid)"
	status=$(wait_exit 15)
	[ "$status" = 130 ] || fail "SIGINT $6: exit status $status"
}
# wait_exit [SECS]: until the command in the pane has ended; prints its status.
wait_exit() {
	local secs=${1:-10}
	local end=$((SECONDS + secs))
	until [ -f "$TMP/status" ]; do
		[ $SECONDS -lt $end ] || fail "unknot did not exit; screen:"$'\n'"$(screen_text)"
		sleep 0.05
	done
	cat "$TMP/status"
}
# The time left shown by the big digits is not text: read it from the title.
pane_title() { tm display-message -p -t t '#{pane_title}'; }
# unknot_pid: the unknot in the pane, found in the pane's session: a
# pattern on the command line also matched another test's unknot, or one
# an earlier part left behind.
unknot_pid() {
	local sid pid
	sid=$(ps -o sid= -p "$(tm display-message -p -t t '#{pane_pid}')" | tr -d ' ')
	pid=$(pgrep -x -s "$sid" unknot | head -1)
	[ -n "$pid" ] || fail "no unknot in the pane:"$'\n'"$(screen_text)"
	echo "$pid"
}

# resize W H: the pane to W×H, on once the program in it has been told.
# tmux holds back a resize that comes within 250 ms of the last one, and
# till it is sent and the program has drawn again the pane shows the old
# screen cut or padded to the new size: what is waited for next must be
# of the new screen (wait_drawn, or words only that size shows).
resize() {
	local w=$1 h=$2 tty end=$((SECONDS + 10))
	tm resize-window -t t -x "$w" -y "$h"
	tty=$(tm display-message -p -t t '#{pane_tty}')
	until [ "$(stty -F "$tty" size 2>/dev/null)" = "$h $w" ]; do
		[ $SECONDS -lt $end ] || fail "the pane's terminal did not become ${w}×$h"
		sleep 0.05
	done
}
# wait_drawn W [SECS]: until the header and the legend (the first and the
# last row, "x STOP" at its end) reach column W-1: a screen drawn W wide,
# not an older one cut or padded to it.
wait_drawn() {
	local w=$1 secs=${2:-10} s first last
	local end=$((SECONDS + secs))
	while :; do
		s=$(screen_text)
		first=${s%%$'\n'*} last=${s##*$'\n'}
		[ ${#first} = $((w - 1)) ] && [ ${#last} = $((w - 1)) ] && [[ $last == *"x STOP" ]] && return 0
		[ $SECONDS -lt $end ] || fail "no screen drawn $w wide:"$'\n'"$s"
		sleep 0.05
	done
}
# wait_read [SECS]: until the program in the pane has read every key sent
# to it (its terminal's input queue is empty). Keys that change nothing
# show nothing: this says they were taken, where a sleep only hoped so.
# In a session the keys read are acted on before a resize is.
wait_read() {
	local tty end=$((SECONDS + ${1:-10}))
	tty=$(tm display-message -p -t t '#{pane_tty}')
	# shellcheck disable=SC2016
	until [ "$(perl -e 'open(my $t, "<", $ARGV[0]) or die "$ARGV[0]: $!\n";
		my $fionread = eval { require "sys/ioctl.ph"; FIONREAD() } || 0x541B;
		my $n = pack("i", 0); ioctl($t, $fionread, $n) or die "FIONREAD: $!\n";
		print unpack("i", $n)' "$tty")" = 0 ]; do
		[ $SECONDS -lt $end ] || fail "keys left unread; screen:"$'\n'"$(screen_text)"
		sleep 0.05
	done
}
