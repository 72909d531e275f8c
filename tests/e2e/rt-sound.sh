# Real sound, proven on a machine with no sound card. For this test only,
# ALSA's default device is a `file` plugin writing into a FIFO; every sound
# libcanberra plays is captured, stamped with the moment it started, and
# measured with sox. At --speed 1, each cue of the trace must have a sound
# starting within 100 ms, and no sound may come between cues.
source "$(dirname "$0")/lib.sh"
command -v sox >/dev/null || fail "sox is missing: run scripts/install-deps --test"
[ -f /usr/share/sounds/freedesktop/stereo/bell.oga ] || fail "sound-theme-freedesktop is missing"
cap=$TMP/capture
mkdir -p "$cap"
tests/sound-capture "$cap" &
cleanup_hooks+=("kill $! 2>/dev/null")
end=$((SECONDS + 5))
until [ -f "$cap/asound.conf" ]; do [ $SECONDS -lt $end ] || fail "no capture"; sleep 0.05; done

ALSA_CONFIG_PATH=$cap/asound.conf UNKNOT_CANBERRA_DRIVER=alsa \
	$RUN --plain --speed 1 --trace "$TMP/trace" tests/data/cues.yaml </dev/null >"$TMP/out" 2>&1 ||
	fail "unknot: $(cat "$TMP/out")"
grep -q '^sound:' "$TMP/out" && fail "no sound: $(grep '^sound:' "$TMP/out")"

tests/sound-report "$TMP/trace" "$cap" >"$TMP/report"
cat "$TMP/report"
[ "$(grep -vc '^extra' "$TMP/report")" -eq 11 ] || fail "expected 11 cue instants"
grep '^extra' "$TMP/report" && fail "a sound came with no cue"
awk '$2 == "-" { print "no sound for the cue at " $1 " ms"; bad = 1 }
     $2 != "-" && ($2 > 100 || $2 < -5) { print "cue at " $1 " ms: sound " $2 " ms late"; bad = 1 }
     $2 != "-" && $3 < 0.05 { print "cue at " $1 " ms: only silence (peak " $3 ")"; bad = 1 }
     $2 != "-" { n++; sum += $2; if ($2 > max) max = $2 }
     END { if (n) printf "report: sound: %d cues, each heard; latency mean %.1f ms, worst %.1f ms\n", n, sum / n, max; exit bad }' \
	"$TMP/report" || fail "sound check failed"
echo "sound: ok"
