# Shared helpers for the end-to-end scripts. Source it; it sets -eu.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD
BIN=${UNKNOT_BIN:-$ROOT/build/unknot}
# A wrapper such as valgrind, set by tests/run; use "$RUN" to start unknot.
RUN="${UNKNOT_WRAP:-} $BIN"
export UNKNOT_DATA_DIR=$ROOT
TMP=$(mktemp -d)
# A private home: tests never read or write the real history.
export HOME=$TMP/home XDG_DATA_HOME=$TMP/home/data XDG_STATE_HOME=$TMP/home/state
mkdir -p "$HOME"
cleanup_hooks=()
cleanup() { for h in "${cleanup_hooks[@]}"; do eval "$h" || true; done; rm -rf "$TMP"; }
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# Lines of FILE matching the regexes in the order given, not necessarily adjacent.
expect_in_order() {
	local file=$1; shift
	local line=0 n
	for re in "$@"; do
		n=$(tail -n +$((line + 1)) "$file" | grep -n -m1 -E -- "$re" | cut -d: -f1) ||
			fail "expected /$re/ after line $line of output:"$'\n'"$(cat "$file")"
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
