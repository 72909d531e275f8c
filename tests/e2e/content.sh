# The bundled routines follow the coaching guidance: holds of 60-90 s per area
# (never over 2 minutes), kid routines light and short, at least one prompt per
# hold, lines that read well at 80 columns, and the back never on the lower spine.
source "$(dirname "$0")/lib.sh"
# Every version of a bundled file is known to install (scripts/released.sha256):
# an install of it from before .installed was kept is then brought up to
# date, not kept as an edit of yours. A change to one adds its new sum.
for f in routines/*.yaml presets/*.yaml; do
	grep -qxF "$(sha256sum <"$f" | cut -d' ' -f1)  ${f##*/}" scripts/released.sha256 ||
		fail "$f: its sum is not in scripts/released.sha256: add it (sha256sum $f)"
done
out=$TMP/plan
n=0 holds=0
for f in routines/*.yaml; do
	id=$(basename "$f" .yaml)
	$RUN --dry-run "$id" >"$out" || fail "$id: dry-run failed"
	# A hold is a line "M:SS  Title, side: get into position Ns, hold T, P pressure";
	# the prompts of that hold follow it as quoted lines.
	awk -v id="$id" '
		/: get into position / { if (item && !prompts) bad = bad "\n" item; item = $0; prompts = 0; next }
		/^ +[0-9]+:[0-9][0-9] +"/ { prompts++ }
		/ done$/ { if (item && !prompts) bad = bad "\n" item }
		END { if (bad) { print id ": holds without a prompt:" bad; exit 1 } }' "$out" ||
		fail "$(cat "$out")"
	grep -E 'hold ([3-9]m|2m[0-9])' "$out" && fail "$id: a hold over 2 minutes"
	grep -q 'firm pressure' "$out" && fail "$id: firm pressure in a bundled routine"
	if grep -qE '^audience: \[kid\]' "$f"; then
		# Kid mode lightens the plan anyway; the file itself must say light.
		grep -E '^ +pressure:' "$f" | grep -v 'pressure: light$' && fail "$id: kid step not light"
		awk '$1 == "hold:" { v = $2; s = 0
			if (v ~ /m/) { s = 60 * v; sub(/^[0-9]+m/, "", v) }
			s += v + 0
			if (s > 30) { print; bad = 1 } } END { exit bad }' "$f" ||
			fail "$id: kid hold over 30 s"
		grep -qi 'grown-up' "$f" || fail "$id: kid routine never says to tell a grown-up"
	fi
	# Instructions, avoid notes and prompts fit two 80-column lines.
	awk -v f="$f" 'length($0) > 170 { print f ":" NR ": " length($0) " characters"; bad = 1 } END { exit bad }' "$f" ||
		fail "$id: lines too long"
	grep -qi 'numbness, tingling\|tingly' "$f" || fail "$id: no stop rule in the safety notes"
	n=$((n + 1)) holds=$((holds + $(grep -c ': get into position' "$out")))
done
grep -q 'NEVER roll the lower back' routines/back.yaml || fail "back: the lower-spine rule is missing"
echo "report: $n bundled routines, $holds holds, every hold with a prompt"
echo "content: ok"
