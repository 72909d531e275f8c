# End to end, the command line: list, check, dry-run, help, usage errors.
source "$(dirname "$0")/lib.sh"
out=$TMP/out err=$TMP/err

# Every bundled routine loads without an error or a warning.
$RUN --check routines/*.yaml >"$out" 2>"$err" || fail "bundled routines: $(cat "$err")"
[ ! -s "$err" ] || fail "bundled routines have warnings: $(cat "$err")"
[ "$(grep -c ': ok: ' "$out")" -eq "$(ls routines/*.yaml | wc -l)" ] || fail "not every routine checked: $(cat "$out")"

# A broken file: exit 1, the exact place, the key, a suggestion.
set +e
$RUN --check tests/data/broken.yaml >"$out" 2>"$err"; status=$?
set -e
[ $status -eq 1 ] || fail "--check on a broken file exited $status"
grep -qx "tests/data/broken.yaml:6:5: error: unknown key 'hodl' in a step; did you mean 'hold'?" "$err" ||
	fail "unexpected --check message: $(cat "$err")"
grep -q "missing 'hold'" "$err" && fail "'hodl' told twice: did you mean 'hold', and hold missing"

# --check takes an id as --list shows it, and says where its file is.
$RUN --check feet after-run >"$out" || fail "--check by id: $(cat "$out")"
expect_in_order "$out" '/routines/feet\.yaml: ok: Morning feet, 3 steps, 2m40s$' \
	'/presets/after-run\.yaml: ok: preset After a run, 4 routines: '
# A folder of that name here is not what was meant.
mkdir -p "$TMP/folder-here/feet"
(cd "$TMP/folder-here" && $RUN --check feet) >"$out" 2>&1 || fail "--check feet beside a folder feet: $(cat "$out")"
grep -q '/routines/feet\.yaml: ok: ' "$out" || fail "--check feet beside a folder feet: $(cat "$out")"
# Found beside the program in the source tree: named as the tree's.
env -u UNKNOT_DATA_DIR $RUN --check feet >"$out" || fail "--check feet from the tree: $(cat "$out")"
grep -q '/\.\./' "$out" && fail "a path through build/..: $(cat "$out")"
set +e
$RUN --check neck >"$out" 2>"$err"; status=$?
set -e
[ $status -eq 1 ] && grep -q "^unknot: no routine 'neck'" "$err" || fail "--check of an unknown id: $status $(cat "$err")"

# --list shows every routine with its time and audience.
$RUN --list >"$out"
grep -qE '^feet +Morning feet +feet +2m40s +adult,teen$' "$out" || fail "--list: $(cat "$out")"
# With --kid, the times kid mode runs, as its picker gives them.
$RUN --kid --list | grep -qE '^back +Upper back on the roller +back +3m10s ' || fail "--kid --list: $($RUN --kid --list | grep '^back')"

# A routine from the user's directory, found by id, and marked as theirs.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
cp bench/short.yaml "$XDG_DATA_HOME/unknot/routines/mine.yaml"
$RUN --list | grep -qE '^mine .*\(yours\)$' || fail "user routine not listed"
$RUN --list 2>&1 | grep -q 'note:' && fail "a hint with no id shared"
# Yours with a bundled id: the id runs the bundled one, and --list says how
# to run yours.
cp routines/feet.yaml "$XDG_DATA_HOME/unknot/routines/feet.yaml"
$RUN --list >"$out" 2>"$err"
grep -qxF "unknot: note: 'feet' runs a bundled routine; your routine, $XDG_DATA_HOME/unknot/routines/feet.yaml, runs by its path (or rename it)" "$err" ||
	fail "no word on reaching your feet: $(cat "$err")"
# On standard error: the list stays a list for a script.
[ "$(awk 'NR > 1 && NF && $1 != "PRESET" { print $1 }' "$out" | grep -c '^feet$')" = 2 ] &&
	! grep -q note "$out" || fail "--list's note among its rows: $(cat "$out")"
# --check and --dry-run by that id say so too: an edit of yours is not what
# they read.
note="unknot: note: 'feet' runs a bundled routine; your routine, $XDG_DATA_HOME/unknot/routines/feet.yaml, runs by its path (or rename it)"
$RUN --check feet >"$out" 2>&1
grep -qxF "$note" "$out" || fail "--check feet, yours shadowed: $(cat "$out")"
$RUN --dry-run feet >"$out" 2>&1
grep -qxF "$note" "$out" || fail "--dry-run feet, yours shadowed: $(head -2 "$out")"
# Checked by its path, as the man page's recipe does with a glob, too.
$RUN --check "$XDG_DATA_HOME"/unknot/routines/*.yaml >"$out" 2>&1
grep -qxF "$note" "$out" || fail "--check of yours by path, shadowed: $(cat "$out")"
$RUN --dry-run feet calves feet >"$out" 2>&1
[ "$(grep -c 'unknot: note' "$out")" = 1 ] || fail "the note said other than once: $(cat "$out")"
$RUN --check calves >"$out" 2>&1
grep -q 'note:' "$out" && fail "a note for calves, not shadowed: $(cat "$out")"
# A preset of yours that names feet runs the bundled one, not yours: its
# --check says so at the id (it had said "ok" alone).
mkdir -p "$XDG_DATA_HOME/unknot/presets"
printf 'title: Mine\nroutines: [calves, feet]\n' >"$XDG_DATA_HOME/unknot/presets/my-feet.yaml"
$RUN --check my-feet >"$out" 2>&1 &&
	grep -qF "my-feet.yaml:2:20: warning: 'feet' runs the bundled routine, not yours, $XDG_DATA_HOME/unknot/routines/feet.yaml, which runs only by its path" "$out" &&
	[ "$(grep -c "warning: 'calves'" "$out")" = 0 ] || fail "--check of a preset of yours naming feet: $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/presets/my-feet.yaml"
# Run by its id, a preset's file name and misspelt id are said together.
printf 'title: Mine\nroutines: [feet.yaml, calvs]\n' >"$XDG_DATA_HOME/unknot/presets/two-faults.yaml"
set +e; $RUN --dry-run two-faults >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && grep -qF "two-faults.yaml:2:12: error: routines: 'feet.yaml' is a file name" "$out" &&
	grep -qF "two-faults.yaml:2:23: error: no routine 'calvs'; did you mean 'calves'?" "$out" ||
	fail "a preset's two faults, run by its id: $status $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/presets/two-faults.yaml"
rm "$XDG_DATA_HOME/unknot/routines/feet.yaml"
# A preset of yours with the id of a bundled preset, or of a routine: the
# same word, in the same places, and not when a preset runs the routine.
mkdir -p "$XDG_DATA_HOME/unknot/presets"
printf 'title: Mine\nroutines: [calves]\n' >"$XDG_DATA_HOME/unknot/presets/after-run.yaml"
printf 'title: Mine\nroutines: [feet]\n' >"$XDG_DATA_HOME/unknot/presets/back.yaml"
$RUN --list 2>"$out" >/dev/null
for said in "'after-run' runs a bundled preset; your preset," "'back' runs a bundled routine; your preset,"; do
	grep -qF "unknot: note: $said" "$out" || fail "--list: no '$said': $(cat "$out")"
done
$RUN --dry-run after-run after-run >"$out" 2>&1
[ "$(grep -c "^unknot: note: 'after-run' runs a bundled preset; your preset, $XDG_DATA_HOME/unknot/presets/after-run.yaml, runs by its path (or rename it)$" "$out")" = 1 ] &&
	! grep -q "note: 'back'" "$out" || fail "--dry-run after-run, yours shadowed: $(head -3 "$out")"
$RUN --check back >"$out" 2>&1
grep -qF "unknot: note: 'back' runs a bundled routine; your preset, $XDG_DATA_HOME/unknot/presets/back.yaml" "$out" ||
	fail "--check back, your preset shadowed: $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/presets/after-run.yaml" "$XDG_DATA_HOME/unknot/presets/back.yaml"
# A routine of yours with a bundled preset's id: the id runs the preset,
# as bundled comes first, and that is said.
cp bench/short.yaml "$XDG_DATA_HOME/unknot/routines/morning.yaml"
$RUN --dry-run morning >"$out" 2>&1
grep -qxF "unknot: note: 'morning' runs a bundled preset; your routine, $XDG_DATA_HOME/unknot/routines/morning.yaml, runs by its path (or rename it)" "$out" &&
	grep -q '^Morning' "$out" || fail "your morning routine over the bundled preset: $(head -3 "$out")"
$RUN --list 2>&1 >/dev/null | grep -qF "unknot: note: 'morning' runs a bundled preset; your routine," ||
	fail "--list: your morning routine not said"
rm "$XDG_DATA_HOME/unknot/routines/morning.yaml"
# Two of yours with one id: dup.yaml runs, and dup.yml is said to run by its path.
cp bench/short.yaml "$XDG_DATA_HOME/unknot/routines/dup.yaml"
cp bench/short.yaml "$XDG_DATA_HOME/unknot/routines/dup.yml"
$RUN --check dup >"$out" 2>&1
grep -qxF "unknot: note: 'dup' runs another routine of yours, $XDG_DATA_HOME/unknot/routines/dup.yaml; your routine, $XDG_DATA_HOME/unknot/routines/dup.yml, runs by its path (or rename it)" "$out" ||
	fail "two dup of yours: $(cat "$out")"
# Checked by their paths, the note is said once, at the one that does not run.
$RUN --check "$XDG_DATA_HOME"/unknot/routines/dup.y*ml >"$out" 2>&1
[ "$(grep -c "note: 'dup'" "$out")" = 1 ] && grep -A1 "note: 'dup'" "$out" | grep -q 'dup.yml: ok' ||
	fail "two dup of yours by path: $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/routines/dup.yaml" "$XDG_DATA_HOME/unknot/routines/dup.yml"
# A routine for kids alone runs its holds cut to 30 s: --check and --list
# give that time, as the picker and --dry-run do, and say why.
printf 'title: K\narea: feet\naudience: [kid]\nsteps:\n  - title: S\n    hold: 90s\n' \
	>"$XDG_DATA_HOME/unknot/routines/kidlong.yaml"
$RUN --check kidlong >"$out" 2>&1
grep -q 'kidlong.yaml:6:11: warning: hold of 1m30s in a routine for kids alone: kid mode cuts it to 30s$' "$out" &&
	grep -q 'kidlong.yaml: ok: K, 1 step, 35s$' "$out" || fail "--check of a kid's long hold: $(cat "$out")"
$RUN --list 2>/dev/null | grep -qE '^kidlong +K +feet +35s ' || fail "--list of a kid's long hold: $($RUN --list 2>&1 | grep kidlong)"
rm "$XDG_DATA_HOME/unknot/routines/kidlong.yaml"
# told_where WHAT SAID NOT ID PATH: a file of one kind saved among the
# other's is told where it goes (the line SAID, exit 1), not the other
# kind's errors (NOT), by --check (by PATH or ID), --list and a session.
told_where() {
	local what=$1 said=$2 not=$3 id=$4 path=$5 args status
	for args in "--check $path" "--check $id" --list "--dry-run $id"; do
		set +e; $RUN $args >"$out" 2>&1; status=$?; set -e
		[ $status = 1 ] && grep -qxF "$said" "$out" && ! grep -q "$not" "$out" ||
			fail "$what, $args: $status $(cat "$out")"
	done
}
# A preset saved among the routines is not read as a routine without steps.
printf 'title: P\nroutines: [calves]\n' >"$XDG_DATA_HOME/unknot/routines/misplaced.yaml"
told_where "a preset among the routines" \
	"$XDG_DATA_HOME/unknot/routines/misplaced.yaml: error: a preset (a list of routines) among the routines: move it to $XDG_DATA_HOME/unknot/presets/" \
	"missing 'steps'" misplaced "$XDG_DATA_HOME/unknot/routines/misplaced.yaml"
rm "$XDG_DATA_HOME/unknot/routines/misplaced.yaml"
# ...and the other way round: a routine saved among the presets (read as a
# preset it was "nested too deeply").
cp routines/feet.yaml "$XDG_DATA_HOME/unknot/presets/myfeet.yaml"
told_where "a routine among the presets" \
	"$XDG_DATA_HOME/unknot/presets/myfeet.yaml: error: a routine (with steps) among the presets: move it to $XDG_DATA_HOME/unknot/routines/" \
	"nested too deeply" myfeet "$XDG_DATA_HOME/unknot/presets/myfeet.yaml"
# So too when checked from inside that directory, by its name alone.
set +e; (cd "$XDG_DATA_HOME/unknot/presets" && $RUN --check myfeet.yaml) >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && grep -qxF "myfeet.yaml: error: a routine (with steps) among the presets: move it to $XDG_DATA_HOME/unknot/routines/" "$out" ||
	fail "a routine among the presets, checked from there: $status $(cat "$out")"
# ...and a preset that names it (copied there with it, a coach's team) is
# told where it goes, not that it is a preset.
printf 'title: Team\nroutines: [calves, myfeet]\n' >"$XDG_DATA_HOME/unknot/presets/team.yaml"
set +e; $RUN --check team >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && grep -qxF "$XDG_DATA_HOME/unknot/presets/team.yaml:2:20: error: no routine 'myfeet'; $XDG_DATA_HOME/unknot/presets/myfeet.yaml is a routine (with steps) among the presets: move it to $XDG_DATA_HOME/unknot/routines/" "$out" ||
	fail "a preset naming a routine among the presets: $status $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/presets/myfeet.yaml" "$XDG_DATA_HOME/unknot/presets/team.yaml"
# A routine in a directory named presets that unknot does not read is a
# routine: it runs by its path, and is checked as one.
mkdir -p "$TMP/elsewhere/presets"
cp routines/feet.yaml "$TMP/elsewhere/presets/"
$RUN --check "$TMP/elsewhere/presets/feet.yaml" >"$out" 2>&1 &&
	grep -q "feet.yaml: ok: Morning feet, " "$out" || fail "a routine in another presets directory: $(cat "$out")"
# A preset of a routine that cannot be read is not listed as fine: the
# picker leaves it out and says --list tells why.
printf 'title: B\narea: neck\nsteps:\n  - title: S\n    hold: 1:30\n' >"$XDG_DATA_HOME/unknot/routines/broken.yaml"
printf 'title: UB\nroutines: [calves, broken]\n' >"$XDG_DATA_HOME/unknot/presets/usesbroken.yaml"
$RUN --list >"$out" 2>&1 && fail "--list with a broken routine: exit 0"
grep -qxF "$XDG_DATA_HOME/unknot/presets/usesbroken.yaml:2:20: error: routine 'broken' cannot be read (said above)" "$out" &&
	! grep -q '^usesbroken ' "$out" || fail "--list: a preset of a broken routine: $(grep usesbroken "$out")"
# --check says the same of it, with the routine's own errors, once for
# a routine named twice: "ok" would be a preset that will not run.
printf 'title: UB\nroutines: [calves, broken, broken]\n' >"$XDG_DATA_HOME/unknot/presets/usesbroken.yaml"
status=0; $RUN --check usesbroken >"$out" 2>&1 || status=$?
[ $status = 1 ] && expect_in_order "$out" "^$XDG_DATA_HOME/unknot/routines/broken.yaml:5:11: error: " \
	"^$XDG_DATA_HOME/unknot/presets/usesbroken.yaml:2:20: error: routine 'broken' cannot be read \(said above\)\$" &&
	[ "$(grep -c 'cannot be read' "$out")" = 1 ] && ! grep -q ': ok: ' "$out" ||
	fail "--check of a preset of a broken routine: $status $(cat "$out")"
# Two ids with no comma between them: told to put one there.
printf 'title: Two\nroutines: [calves feet, back]\n' >"$XDG_DATA_HOME/unknot/presets/nocomma.yaml"
status=0; $RUN --check nocomma >"$out" 2>&1 || status=$?
[ $status = 1 ] && grep -q "nocomma.yaml:2:12: error: no routine 'calves feet'; these are ids apart: calves, feet (in \[ \], a comma between them; in a list of '- ' lines, one a line)$" "$out" ||
	fail "two ids with no comma: $status $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/presets/nocomma.yaml"
# ...and beside an id it does not know: both at once, not one fix
# uncovering the next.
printf 'title: UB\nroutines: [broken, hamstring]\n' >"$XDG_DATA_HOME/unknot/presets/usesbroken.yaml"
status=0; $RUN --check usesbroken >"$out" 2>&1 || status=$?
[ $status = 1 ] && grep -q "usesbroken.yaml:2:12: error: routine 'broken' cannot be read (said above)$" "$out" &&
	grep -q "usesbroken.yaml:2:20: error: no routine 'hamstring'" "$out" ||
	fail "--check of a preset of a broken routine and an unknown id: $status $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/routines/broken.yaml" "$XDG_DATA_HOME/unknot/presets/usesbroken.yaml"
# An area of yours that is a bundled one in another form is told: a stop
# in calves would not hold it. A new area is not.
printf 'title: C\narea: calf\nsteps:\n  - title: S\n    hold: 30\n' >"$XDG_DATA_HOME/unknot/routines/mycalf.yaml"
printf 'title: N\narea: neck\nsteps:\n  - title: S\n    hold: 30\n' >"$XDG_DATA_HOME/unknot/routines/myneck.yaml"
$RUN --check mycalf myneck >"$out" 2>&1 || fail "--check of areas: exit $?"
grep -qxF "$XDG_DATA_HOME/unknot/routines/mycalf.yaml:2:7: warning: area 'calf' is not 'calves', the area of calves: a stop is kept by its area, and one in calves would not hold this routine; did you mean 'calves'?" "$out" &&
	[ "$(grep -c warning "$out")" = 1 ] || fail "--check of a near area: $(cat "$out")"
# ...and so is one in another language (a French physio's "pied")
printf 'title: P\narea: pied\nsteps:\n  - title: S\n    hold: 30\n' >"$XDG_DATA_HOME/unknot/routines/monpied.yaml"
$RUN --check monpied >"$out" 2>&1 || fail "--check of a French area: exit $?"
grep -qF "monpied.yaml:2:7: warning: area 'pied' is 'feet' in English, the area of " "$out" ||
	fail "--check of a French area: $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/routines/monpied.yaml"
$RUN --check routines/*.yaml 2>&1 | grep -q warning && fail "a warning on the bundled routines"
rm "$XDG_DATA_HOME/unknot/routines/mycalf.yaml" "$XDG_DATA_HOME/unknot/routines/myneck.yaml"
# A preset names any routine by the id --list shows (Upper, neck.v2); a
# file name is told its id, and a case slip its routine.
printf 'title: U\narea: neck\nsteps:\n  - title: S\n    hold: 30\n' >"$XDG_DATA_HOME/unknot/routines/Upper.yaml"
cp "$XDG_DATA_HOME/unknot/routines/Upper.yaml" "$XDG_DATA_HOME/unknot/routines/neck.v2.yaml"
printf 'title: M\nroutines: [Upper, neck.v2]\n' >"$XDG_DATA_HOME/unknot/presets/ids.yaml"
$RUN --check ids >"$out" 2>&1 && grep -q 'ok: preset M, 2 routines: Upper, neck.v2$' "$out" ||
	fail "a preset of the ids --list shows: $(cat "$out")"
printf 'title: M\nroutines: [neck.v2.yaml]\n' >"$XDG_DATA_HOME/unknot/presets/ids.yaml"
$RUN --check ids >"$out" 2>&1 && fail "a file name in a preset: exit 0"
grep -qF "error: routines: 'neck.v2.yaml' is a file name; a preset names a routine by its id, the name without .yaml: 'neck.v2'" "$out" ||
	fail "a file name in a preset: $(cat "$out")"
printf 'title: M\nroutines: [upper]\n' >"$XDG_DATA_HOME/unknot/presets/ids.yaml"
$RUN --check ids >"$out" 2>&1 && fail "a case slip in a preset: exit 0"
grep -qF "error: no routine 'upper'; did you mean 'Upper'?" "$out" || fail "a case slip in a preset: $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/routines/Upper.yaml" "$XDG_DATA_HOME/unknot/routines/neck.v2.yaml" \
	"$XDG_DATA_HOME/unknot/presets/ids.yaml"
# A sound file that is not there is told by --check, not met mid-session.
printf 'title: S\narea: neck\nsounds: {prep: nothere.ogg}\nsteps:\n  - title: S\n    hold: 3s\n' >"$TMP/sound.yaml"
$RUN --check "$TMP/sound.yaml" >"$out" 2>&1 || fail "--check with a missing sound: exit $?"
grep -qxF "$TMP/sound.yaml:3:16: warning: prep: cannot read $TMP/nothere.ogg (No such file or directory): the theme's sound plays instead" "$out" ||
	fail "--check of a missing sound: $(cat "$out")"
# One of a kind libcanberra does not play is told too; the theme's Ogg
# Vorbis plays.
echo 'not a sound' >"$TMP/notes.wav"
printf 'title: S\narea: neck\nsounds: {prep: notes.wav, hold: /usr/share/sounds/freedesktop/stereo/bell.oga}\nsteps:\n  - title: S\n    hold: 3s\n' >"$TMP/sound.yaml"
$RUN --check "$TMP/sound.yaml" >"$out" 2>&1 || fail "--check with a text for a sound: exit $?"
grep -qxF "$TMP/sound.yaml:3:16: warning: prep: $TMP/notes.wav is not a WAV of 8- or 16-bit PCM, nor Ogg Vorbis: the theme's sound plays instead" "$out" &&
	[ "$(grep -c warning "$out")" = 1 ] || fail "--check of sound kinds: $(cat "$out")"
# An install moved or UNKNOT_DATA_DIR wrong: the picker, line mode's list
# and a routine's id each say where routines were looked for.
for args in "" --plain feet --list; do
	set +e; UNKNOT_DATA_DIR=$TMP/nowhere XDG_DATA_HOME=$TMP/none $RUN $args </dev/null >"$out" 2>&1; status=$?; set -e
	[ $status = 1 ] && grep -qxF "unknot: no routines found in $TMP/nowhere/routines nor in $TMP/none/unknot/routines (UNKNOT_DATA_DIR names the directory that holds routines/)" "$out" ||
		fail "no routines, '$args': $status $(cat "$out")"
done
# make uninstall, from any directory, removes what install put there and
# leaves a routine of yours beside them (PREFIX=~/.local).
d=$TMP/installed
mkdir -p "$d/bin" "$d/share/man/man1" "$d/share/unknot/routines" "$d/share/unknot/presets"
cp routines/*.yaml "$d/share/unknot/routines/"
cp presets/*.yaml "$d/share/unknot/presets/"
touch "$d/bin/unknot" "$d/share/man/man1/unknot.1" "$d/share/unknot/routines/mine.yaml"
(cd "$TMP" && make -s -f "$ROOT/Makefile" uninstall PREFIX="$d") || fail "make uninstall: exit $?"
[ "$(find "$d" -type f)" = "$d/share/unknot/routines/mine.yaml" ] || fail "make uninstall left: $(find "$d" -type f)"
# A space in DESTDIR is one path: uninstall removed a file named by its first word.
mkdir -p "$TMP/stage"
touch "$TMP/stage/notes"
(cd "$TMP" && make -s -f "$ROOT/Makefile" uninstall DESTDIR="$TMP/stage/notes y" PREFIX=/usr) ||
	fail "make uninstall, a space in DESTDIR: exit $?"
[ -f "$TMP/stage/notes" ] || fail "make uninstall with a space in DESTDIR removed another file"
# With PREFIX=~/.local the routines go among yours: one you changed is
# kept, the new one beside it; one the last install put there, unchanged,
# is brought up to date.
i=$TMP/install-data
mkdir -p "$i/old" "$i/new"
printf 'title: Feet\n' >"$i/old/feet.yaml"
printf 'title: Calves\n' >"$i/old/calves.yaml"
scripts/install-data install "$i/to" "$i/old/feet.yaml" "$i/old/calves.yaml"
echo '# my change' >>"$i/to/feet.yaml"
printf 'title: Feet, newer\n' >"$i/new/feet.yaml"
printf 'title: Calves, newer\n' >"$i/new/calves.yaml"
scripts/install-data install "$i/to" "$i/new/feet.yaml" "$i/new/calves.yaml" 2>"$err"
grep -qxF "install: kept $i/to/feet.yaml, changed since it was installed; the new one is beside it, as feet.yaml.new" "$err" ||
	fail "install over a routine you changed: $(cat "$err")"
grep -q 'my change' "$i/to/feet.yaml" && cmp -s "$i/new/feet.yaml" "$i/to/feet.yaml.new" ||
	fail "a routine you changed, lost or the new one not beside it"
cmp -s "$i/new/calves.yaml" "$i/to/calves.yaml" || fail "a routine as installed not brought up to date"
scripts/install-data uninstall "$i/to" "$i/new/feet.yaml" "$i/new/calves.yaml" 2>"$err"
[ "$(ls -A "$i/to")" = feet.yaml ] && grep -q 'my change' "$i/to/feet.yaml" ||
	fail "uninstall took a routine you changed, or left its own: $(ls -A "$i/to")"
# Over an install from before .installed was kept, a version unknot
# shipped is brought up to date (an old feet.yaml had kept its place, the
# new safety note beside it, and said it was changed), not kept as yours.
mkdir -p "$i/tool" "$i/old-install"
cp scripts/install-data "$i/tool/"
printf 'title: Feet, as shipped once\n' >"$i/old-install/feet.yaml"
printf 'title: Feet, edited\n' >"$i/old-install/calves.yaml"
sha256sum "$i/old-install/feet.yaml" | sed "s|  .*|  feet.yaml|" >"$i/tool/released.sha256"
"$i/tool/install-data" install "$i/old-install" "$i/new/feet.yaml" "$i/new/calves.yaml" 2>"$err"
cmp -s "$i/new/feet.yaml" "$i/old-install/feet.yaml" && [ ! -e "$i/old-install/feet.yaml.new" ] &&
	! grep -q feet "$err" || fail "a shipped version taken for yours: $(cat "$err")"
grep -q 'Feet, edited' "$i/old-install/calves.yaml" && [ -e "$i/old-install/calves.yaml.new" ] ||
	fail "an edit kept, over an install from before: $(cat "$err")"
# Staged for a package (DESTDIR), no .installed: dpkg owns those files.
make -s -C "$ROOT" install DESTDIR="$TMP/pkg" PREFIX=/usr >/dev/null ||
	fail "make install DESTDIR: exit $?"
[ -f "$TMP/pkg/usr/share/unknot/routines/feet.yaml" ] && [ -z "$(find "$TMP/pkg" -name .installed)" ] ||
	fail "make install DESTDIR: $(find "$TMP/pkg" -name '.*')"
# Its man page names the directories as installed, not PREFIX and /usr/local,
# nor the source tree (a sentence of PREFIX, which it no longer names, was
# left in a package's page).
grep -qx '.I /usr/share/unknot/routines' "$TMP/pkg/usr/share/man/man1/unknot.1" &&
	! grep -q '^\.I PREFIX\|installation prefix\|/usr/local\|source tree' "$TMP/pkg/usr/share/man/man1/unknot.1" ||
	fail "the installed man page: $(grep -n '^\.I PREFIX\|installation prefix\|/usr/local\|source tree' "$TMP/pkg/usr/share/man/man1/unknot.1")"
LANG=C.UTF-8 groff -ww -man -Tutf8 "$TMP/pkg/usr/share/man/man1/unknot.1" >/dev/null 2>"$err" && [ ! -s "$err" ] ||
	fail "the installed man page warns: $(cat "$err")"
# ...and a routine changed since the last install into the same stage is
# put there, not kept beside a NAME.yaml.new: the stage is the package's.
mkdir -p "$TMP/patched"
for twice in "" " twice"; do
	sed "s/^title: Morning feet\$/title: Morning feet, patched$twice/" routines/feet.yaml >"$TMP/patched/feet.yaml"
	DESTDIR=$TMP/pkg scripts/install-data install "$TMP/pkg/usr/share/unknot/routines" "$TMP/patched/feet.yaml" 2>"$err"
done
grep -q 'patched twice' "$TMP/pkg/usr/share/unknot/routines/feet.yaml" && [ ! -e "$TMP/pkg/usr/share/unknot/routines/feet.yaml.new" ] ||
	fail "a stage's routine kept: $(cat "$err")"
# An id with a comma would read as two routines in the history: refused,
# with the way out.
cp bench/short.yaml "$XDG_DATA_HOME/unknot/routines/neck, easy.yaml"
set +e; $RUN --dry-run "neck, easy" >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && grep -qxF "$XDG_DATA_HOME/unknot/routines/neck, easy.yaml: error: a routine's id, its file's name without .yaml, cannot hold a comma (the history separates routines with one): rename the file" "$out" ||
	fail "an id with a comma: $status $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/routines/neck, easy.yaml"
# Installed with PREFIX=~/.local, the bundled routines are where yours go:
# each is listed once, as bundled.
mkdir -p "$TMP/local/unknot"
cp -r routines presets "$TMP/local/unknot/"
UNKNOT_DATA_DIR=$TMP/local/unknot XDG_DATA_HOME=$TMP/local $RUN --list >"$out" 2>&1
[ "$(grep -c '^feet ' "$out")" = 1 ] && ! grep -q 'yours' "$out" || fail "one directory listed twice: $(cat "$out")"
# Columns line up by what the terminal shows, not bytes: a long title beyond
# ASCII pushes none of them.
cp tests/data/cafe.yaml "$XDG_DATA_HOME/unknot/routines/doux.yaml"
$RUN --list >"$out"
head=$(head -1 "$out") line=$(grep '^doux ' "$out")
a=${head%%AREA*} b=${line%%feet*}
[ ${#a} = ${#b} ] || fail "--list columns out of line:"$'\n'"$(cat "$out")"
rm "$XDG_DATA_HOME/unknot/routines/doux.yaml"
# A routine that states no audience is listed so, not as "adult".
cp tests/data/one-second-feet.yaml "$XDG_DATA_HOME/unknot/routines/"
$RUN --list | grep -qE '^one-second-feet +One second of feet +feet +1s  - \(yours\)$' ||
	fail "no audience: $($RUN --list | grep one-second)"
rm "$XDG_DATA_HOME/unknot/routines/one-second-feet.yaml"
# One long title is cut, not made every row too wide for 80 columns.
sed 's/^title: .*/title: Neck and upper shoulders after a long day at the computer desk/' \
	routines/feet.yaml >"$XDG_DATA_HOME/unknot/routines/neck.yaml"
$RUN --list >"$out"
grep -qE '^neck +Neck and upper shoulders (af…|\.\.\.) +feet +2m40s  adult,teen \(yours\)$' "$out" ||
	fail "a long title in --list: $(grep '^neck' "$out")"
[ "$(wc -L <"$out")" -le 80 ] || # columns, not bytes
	fail "--list wider than 80 columns: $(cat "$out")"
# ...also beside a long id of yours: the title gives way, in a file as on
# a terminal (81 columns had wrapped " (yours)" in a mail).
mv "$XDG_DATA_HOME/unknot/routines/neck.yaml" "$XDG_DATA_HOME/unknot/routines/neck-and-shoulders.yaml"
$RUN --list >"$out"
[ "$(wc -L <"$out")" -le 80 ] && grep -q '^neck-and-shoulders  *Neck and upper .*(yours)$' "$out" ||
	fail "--list beside a long id, wider than 80 columns: $(cat "$out")"
# ...and beside one too long for a title of 12: each row in two, as on a
# narrow terminal.
mv "$XDG_DATA_HOME/unknot/routines/neck-and-shoulders.yaml" \
	"$XDG_DATA_HOME/unknot/routines/neck-and-shoulders-at-the-desk-morning.yaml"
$RUN --list >"$out"
[ "$(wc -L <"$out")" -le 80 ] && grep -q '^ .*adult.*(yours)$' "$out" ||
	fail "--list beside an id of 39, wider than 80 columns: $(cat "$out")"
rm "$XDG_DATA_HOME/unknot/routines/neck-and-shoulders-at-the-desk-morning.yaml"
# ...however long the id: two lines a row, its id then the rest, in 80
# columns, and no line of spaces (an id of 68 had one a row; of 61, a row
# took four lines; of 74, they were 84 columns wide).
long=neck-and-shoulders-at-the-desk-mornings-after-a-day-of-travel-and-a-flight-home
for n in 39 61 74; do
	id=${long:0:n}
	cp routines/feet.yaml "$XDG_DATA_HOME/unknot/routines/$id.yaml"
	$RUN --list >"$out"
	rm "$XDG_DATA_HOME/unknot/routines/$id.yaml"
	bad= last=
	while IFS= read -r line; do # ${#line}: columns, in C.UTF-8
		case $line in
		'') now= ;; # the presets next
		' '*) now=rest ;;
		*) now=id ;;
		esac
		[ "$last" != id ] || [ "$now" = rest ] || bad+="a row of one line; "
		[ "$now" != rest ] || [ "$last" = id ] || bad+="a row's third line; "
		last=$now
		[[ $line != *' ' ]] || bad+="a line ending in a space; "
		[ ${#line} -le 80 ] || bad+="a line of ${#line} columns; "
	done <"$out"
	[ "$last" = rest ] || bad+="no rest at the end; "
	[ -z "$bad" ] && grep -q "^$id" "$out" && grep -q '^ .*feet.*(yours)$' "$out" ||
		fail "--list beside an id of $n: $bad$(cat -A "$out")"
done
$RUN --dry-run mine >"$out"
grep -q '^Plan: 7 holds, 40s$' "$out" || fail "user routine not found by id"

# --dry-run prints the plan with its times.
$RUN --dry-run feet >"$out"
expect_in_order "$out" '^Plan: 6 holds, 2m40s$' '^ +0:00 +Arch, left: get into position 5s, hold 30s' \
	'^ +0:35 +Arch, right' '^ +2:40 +done$'
$RUN --dry-run --kid feet >"$out"
grep -q 'kid mode' "$out" || fail "--kid not shown in the plan"
# A routine for kids alone makes the whole session kid mode, back included;
# back, written for grown-ups, says so.
$RUN --dry-run kids back >"$out"
expect_in_order "$out" '^Plan: .*\(kid mode' '^Upper back on the roller' '^Not written for kids: .* add no weight, whatever its notes say\.$' \
	'hold 30s, light pressure'
[ "$(grep -c '^Not written for kids' "$out")" = 1 ] || fail "kids is written for kids: $(cat "$out")"
$RUN --dry-run back | grep -q 'Not written for kids' && fail "'not for kids' said outside kid mode"
# A routine that states no audience (yours, often) is not written for kids.
$RUN --dry-run --kid bench/short.yaml >"$out"
grep -q '^Not written for kids' "$out" || fail "no audience, no word in kid mode"
grep -q 'hold [1-9]m\|hold [4-9][0-9]s' "$out" && fail "an uncapped hold in kid mode: $(cat "$out")"

# Unknown routine: a suggestion, exit 1. Usage errors: exit 2.
set +e
$RUN --dry-run fet 2>"$err"; status=$?
[ $status -eq 1 ] && grep -q "no routine 'fet'; did you mean 'feet'?" "$err" || fail "unknown id: $status $(cat "$err")"
# A word of an id, or the id in another form, is told the id.
for pair in calf:calves desk:desk-break quick:quick-feet shoulder:shoulders; do
	$RUN --dry-run "${pair%%:*}" 2>"$err" && fail "--dry-run ${pair%%:*} ran"
	grep -qxF "unknot: no routine '${pair%%:*}'; did you mean '${pair#*:}'? (unknot --list shows them all)" "$err" ||
		fail "no suggestion for ${pair%%:*}: $(cat "$err")"
done
# ...and an id beyond ASCII typed without it (German's fuesse for Füße, as
# a US keyboard types it), in another case, or a word of it.
mkdir -p "$TMP/de/unknot/routines"
printf 'title: F\narea: fuesse\nsteps: [{title: A, hold: 3s}]\n' >"$TMP/de/unknot/routines/Füße.yaml"
printf 'title: R\narea: back\nsteps: [{title: A, hold: 3s}]\n' >"$TMP/de/unknot/routines/rücken-übung.yaml"
for pair in fuesse:Füße ruecken-uebung:rücken-übung RÜCKEN-ÜBUNG:rücken-übung Rücken:rücken-übung; do
	XDG_DATA_HOME=$TMP/de $RUN --dry-run "${pair%%:*}" 2>"$err" && fail "--dry-run ${pair%%:*} ran"
	grep -qxF "unknot: no routine '${pair%%:*}'; did you mean '${pair#*:}'? (unknot --list shows them all)" "$err" ||
		fail "no suggestion for ${pair%%:*}: $(cat "$err")"
done
# ...and line mode's list takes an id in any case, beyond ASCII too.
printf 'R\xc3\x9cCKEN-\xc3\x9cBUNG\n' | XDG_DATA_HOME=$TMP/de $RUN --plain --mute >"$out" 2>&1
grep -q '^R (back)' "$out" || fail "line mode's list, an id in upper case: $(cat "$out")"
# A file name that is no file here, but an id: how to run it from anywhere.
(cd "$TMP" && $RUN --dry-run feet.yaml 2>"$err"; $RUN --check after-run.yml 2>>"$err")
expect_in_order "$err" '^feet\.yaml: error: cannot open: No such file or directory$' \
	"^unknot: the routine 'feet' is found by its id, from anywhere: name it feet, not feet\\.yaml$" \
	"^unknot: the preset 'after-run' is found by its id, from anywhere: name it after-run, not after-run\\.yml$"
# An id indented past the one above is more of its text: told so, not
# "no routine 'calves - feet'".
mkdir -p "$TMP/presets"
printf 'title: L\nroutines:\n  - calves\n   - feet\n' >"$TMP/presets/indented.yaml"
status=0; $RUN --check "$TMP/presets/indented.yaml" >"$err" 2>&1 || status=$?
[ $status -eq 1 ] && grep -qxF "$TMP/presets/indented.yaml:4:4: error: routines: line 4 starts with '- ', but YAML reads it as more of line 3's id ('calves - feet'): line its '-' up with the one above" "$err" ||
	fail "an id indented too far: $status $(cat "$err")"
# --trace with its file left out (an empty variable): the next option is no
# file name, and no session runs traced to a file named "--dry-run".
status=0; (cd "$TMP" && $RUN --trace --dry-run feet </dev/null) >"$out" 2>&1 || status=$?
[ $status = 2 ] && grep -qxF "unknot: --trace --dry-run: expected the name of a file to write, not an option (a file of that name: ./--dry-run)" "$out" &&
	[ ! -e "$TMP/--dry-run" ] || fail "--trace with no file: $status $(cat "$out")"
# --trace through a link to a file yet to be made: made, as before.
ln -s "$TMP/trace-target" "$TMP/trace-link"
$RUN --plain --mute --speed 1000 --trace "$TMP/trace-link" quick-feet </dev/null >/dev/null 2>"$err" ||
	fail "--trace to a dangling link: $(cat "$err")"
head -1 "$TMP/trace-target" | grep -q '^# origin ' || fail "--trace to a dangling link: no trace"
# Every line has the man page's seven columns, a prompt's nameless one "-".
awk 'NR > 1 && (NF != 7 || $7 !~ /^item=[0-9]+$/) { bad = 1; print } END { exit bad }' "$TMP/trace-target" >"$out" ||
	fail "--trace lines not of seven columns: $(head -3 "$out")"
grep -qE '^[0-9.]+ [0-9.]+ [0-9]+ -?[0-9.]+ prompt - item=[0-9]+$' "$TMP/trace-target" || fail "--trace: no prompt: $(cat "$TMP/trace-target")"
# Where the locale is not UTF-8, a terminal is shown a letter without its
# mark (ě as e), or '?', for a character beyond ASCII, never its bytes: the
# second byte of U+011B is 0x9B, a CSI to an 8-bit terminal, and the title
# drove it. A pipe gets the bytes as they are.
mkdir -p "$TMP/c1/unknot/routines"
printf 'title: "Stretch \\u011B2J"\narea: feet\nsteps: [{title: A, hold: 3s}]\n' >"$TMP/c1/unknot/routines/c1.yaml"
XDG_DATA_HOME=$TMP/c1 LC_ALL=C script -qec "$RUN --list" "$TMP/c1/typescript" >/dev/null
grep -a '^c1 ' "$TMP/c1/typescript" | grep -q 'Stretch e2J' && ! grep -aq $'\x9b' "$TMP/c1/typescript" ||
	fail "a non-UTF-8 terminal got the bytes: $(grep -a '^c1 ' "$TMP/c1/typescript" | od -c | head -3)"
XDG_DATA_HOME=$TMP/c1 LC_ALL=C $RUN --list | grep -aq $'Stretch \xc4\x9b2J' || fail "a pipe did not get the bytes"
# ...and is still as wide as it is: the rows go in two at 44 columns.
LC_ALL=C script -qec "stty cols 44; $RUN --list" "$TMP/c1/narrow" >/dev/null
grep -aq '^            back, 5m25s, adult, teen' "$TMP/c1/narrow" || fail "not fitted to 44 columns: $(cat -v "$TMP/c1/narrow")"
# ...a '?' for each column a character takes (two for 足, none for a
# combining mark), so that the columns line up as in UTF-8.
mkdir -p "$TMP/c2/unknot/routines"
printf 'title: "\xe8\xb6\xb3\xe8\xa3\x8f"\narea: feet\nsteps: [{title: A, hold: 3s}]\n' >"$TMP/c2/unknot/routines/ashi.yaml"
printf 'title: "Xoa bo\xcc\x81p"\narea: feet\nsteps: [{title: A, hold: 3s}]\n' >"$TMP/c2/unknot/routines/nfd.yaml"
XDG_DATA_HOME=$TMP/c2 LC_ALL=C script -qec "stty cols 80; $RUN --list" "$TMP/c2/typescript" >/dev/null
tr -d '\r' <"$TMP/c2/typescript" | grep -aE '^(ashi|nfd|feet) ' >"$out"
grep -q '^ashi  *???? ' "$out" && grep -q '^nfd  *Xoa bop ' "$out" &&
	[ "$(awk '{ print match($0, / feet +[0-9]/) }' "$out" | sort -u)" = 40 ] ||
	fail "columns under LC_ALL=C: $(cat -A "$out")"
# --trace with no session: no new file, and an old trace kept as it was.
$RUN --plain --trace "$TMP/new-trace" fet </dev/null 2>"$err"; status=$?
[ $status -eq 1 ] && [ ! -e "$TMP/new-trace" ] || fail "a trace made with no session: $status $(ls "$TMP")"
echo '# origin of an earlier trace' >"$TMP/old-trace"
$RUN --plain --trace "$TMP/old-trace" fet </dev/null 2>"$err"
[ "$(cat "$TMP/old-trace")" = '# origin of an earlier trace' ] || fail "a trace emptied with no session: $(cat "$TMP/old-trace")"
$RUN --plain --mute --speed 500 --trace "$TMP/old-trace" calves </dev/null >/dev/null 2>&1
head -1 "$TMP/old-trace" | grep -q '^# origin monotonic_ns=' && ! grep -q 'earlier' "$TMP/old-trace" ||
	fail "the session's trace: $(head -2 "$TMP/old-trace")"
# A file there that is not a trace (the history, a routine, named by a
# slip) is not written over; a pipe nobody reads is said, not waited on.
cp routines/feet.yaml "$TMP/not-a-trace.yaml"
$RUN --plain --mute --speed 500 --trace "$TMP/not-a-trace.yaml" calves </dev/null >/dev/null 2>"$err"; status=$?
[ $status = 1 ] && cmp -s routines/feet.yaml "$TMP/not-a-trace.yaml" &&
	grep -qxF "unknot: cannot write trace $TMP/not-a-trace.yaml: it is there, and not a trace: name another file" "$err" ||
	fail "--trace over a routine: $status $(cat "$err")"
mkfifo "$TMP/trace-fifo"
timeout 10 $RUN --plain --mute --speed 500 --trace "$TMP/trace-fifo" calves </dev/null >/dev/null 2>"$err"; status=$?
[ $status = 1 ] && grep -q 'a pipe that nobody reads$' "$err" || fail "--trace to a pipe nobody reads: $status $(cat "$err")"
$RUN --dry-run after-rn 2>"$err"; status=$?
[ $status -eq 1 ] && grep -q "did you mean 'after-run'?" "$err" || fail "misspelt preset: $status $(cat "$err")"
$RUN --dry-run "$TMP/none.yaml" 2>"$err"; status=$?
[ $status -eq 1 ] && grep -q "none.yaml: error: cannot open: No such file or directory" "$err" ||
	fail "missing file: $status $(cat "$err")"
$RUN --bogus 2>"$err"; status=$?
[ $status -eq 2 ] && grep -q "^unknot: unrecognized option '--bogus'$" "$err" || fail "bad option: $status $(cat "$err")"
grep -q "did you mean" "$err" && fail "a suggestion for --bogus: $(cat "$err")"
# A misspelt option, one dash for two, an option's name or an id's words
# without their dashes: each says what was meant.
for typed in "--histroy:2:^unknot: did you mean '--history'\?$" "--speeed=2:2:did you mean '--speed'\?" \
	"-history:2:^unknot: '-history': long options take two dashes: '--history'$" \
	"history:1:^unknot: no routine 'history'; did you mean '--history'\?$" \
	"kid:1:^unknot: no routine 'kid'; did you mean '--kid', or 'kids'\?$" \
	"--kid kid:1:^unknot: no routine 'kid'; did you mean 'kids'\? " \
	"after run:1:^unknot: no routine 'after'; did you mean 'after-run'\? "; do
	IFS=: read -r args want re <<<"$typed"
	# shellcheck disable=SC2086 # the words are meant to split
	$RUN --dry-run $args </dev/null >/dev/null 2>"$err"; status=$?
	[ $status -eq "$want" ] && grep -qE -- "$re" "$err" || fail "'$args': $status $(cat "$err")"
done
$RUN --dry-run feet calves >/dev/null 2>"$err" || fail "two routines read as one: $(cat "$err")"
$RUN --speed fast feet 2>"$err"; status=$?
[ $status -eq 2 ] && grep -q -- "--speed 'fast': expected a number" "$err" || fail "bad speed: $status"
$RUN --frobnicate 2>"$err"; status=$?
[ $status -eq 2 ] || fail "unknown option exited $status"
$RUN --check 2>"$err"; status=$?
[ $status -eq 2 ] || fail "--check without files exited $status"
set -e
# Hostile names never reach the terminal raw.
set +e
$RUN --dry-run $'\e]0;pwned\a' 2>"$err"
set -e
grep -q $'\e' "$err" && fail "an escape sequence reached stderr"
grep -q 'no routine' "$err" || fail "hostile id not reported"

# Presets: listed, run as one session, and checked like routines.
$RUN --list >"$out"
grep -qE '^after-run +After a run +16m35s  feet,calves,quads,back$' "$out" || fail "presets not listed: $(cat "$out")"
$RUN --kid --list | grep -qE '^after-run +After a run +10m50s  feet,calves,quads,back$' ||
	fail "--kid --list, a preset's time: $($RUN --kid --list | grep '^after-run')"
$RUN --dry-run after-run >"$out"
expect_in_order "$out" '^After a run: Feet, calves, quads and upper back, slowly' '^Plan: 19 holds' \
	'^Morning feet' '^Calves' '^Quads' '^Upper back'
# A preset with more beside it is no longer that preset: no title.
$RUN --dry-run after-run kids >"$out" # whole: a handout is longer than a pipe's first write
head -1 "$out" | grep -q '^Plan: ' || fail "a preset and more titled: $(head -1 "$out")"
mkdir -p "$XDG_DATA_HOME/unknot/presets"
# A preset's file is told as a preset's, empty or with a second document.
: >"$XDG_DATA_HOME/unknot/presets/empty.yaml"
printf 'title: x\nroutines: [feet]\n---\ntitle: y\n' >"$XDG_DATA_HOME/unknot/presets/two.yaml"
$RUN --check "$XDG_DATA_HOME/unknot/presets/empty.yaml" "$XDG_DATA_HOME/unknot/presets/two.yaml" \
	>/dev/null 2>"$err" && fail "empty preset passed"
grep -q "empty.yaml:1:1: error: the file is empty; expected a preset (a mapping with title and routines)$" "$err" &&
	grep -q "two.yaml:3:1: error: one preset per file: a second YAML document starts here$" "$err" ||
	fail "preset errors in a routine's words: $(cat "$err")"
rm "$XDG_DATA_HOME/unknot/presets/empty.yaml" "$XDG_DATA_HOME/unknot/presets/two.yaml"
printf 'title: Mine\nroutines: [feet, nope]\n' >"$XDG_DATA_HOME/unknot/presets/mine2.yaml"
set +e
$RUN --dry-run mine2 >/dev/null 2>"$err"; status=$?
set -e
[ $status -eq 1 ] && grep -q "mine2.yaml:2:18: error: no routine 'nope'" "$err" ||
	fail "preset with an unknown routine: $(cat "$err")"
set +e
$RUN --list >"$out" 2>"$err"; status=$?
set -e
[ $status -eq 1 ] && grep -q "mine2.yaml:2:18: error: no routine 'nope'" "$err" ||
	fail "--list passed a preset with an unknown routine: $status $(cat "$err")"
grep -q '^mine2 ' "$out" && fail "--list listed a broken preset"
printf 'title: Mine\nroutnes: [feet]\n' >"$XDG_DATA_HOME/unknot/presets/mine3.yaml"
set +e
$RUN --dry-run mine3 >/dev/null 2>"$err"
set -e
grep -q "mine3.yaml:2:1: error: unknown key 'routnes' in the preset; did you mean 'routines'?" "$err" ||
	fail "preset error: $(cat "$err")"
# --check takes presets: the bundled ones pass, a preset of yours is checked
# as one (its routines too), and one outside a presets directory passes when
# it is good.
$RUN --check presets/*.yaml >"$out" 2>"$err" || fail "bundled presets: $(cat "$err")"
[ "$(grep -c ': ok: preset ' "$out")" -eq "$(ls presets/*.yaml | wc -l)" ] || fail "presets not checked: $(cat "$out")"
grep -q '^presets/after-run.yaml: ok: preset After a run, 4 routines: feet, calves, quads, back$' "$out" ||
	fail "after-run: $(cat "$out")"
set +e
$RUN --check "$XDG_DATA_HOME/unknot/presets/mine2.yaml" "$XDG_DATA_HOME/unknot/presets/mine3.yaml" \
	>"$out" 2>"$err"; status=$?
set -e
[ $status -eq 1 ] || fail "--check on broken presets exited $status"
expect_in_order "$err" "mine2.yaml:2:18: error: no routine 'nope'" "mine3.yaml:2:1: error: unknown key 'routnes'"
grep -q "missing 'steps'" "$err" && fail "a preset checked as a routine: $(cat "$err")"
printf 'title: Legs\nroutines: [feet, calves]\n' >"$TMP/legs.yaml"
$RUN --check "$TMP/legs.yaml" | grep -q ': ok: preset Legs, 2 routines: feet, calves$' || fail "a good preset elsewhere"
# ...and its warnings are its own, as in presets/.
printf 'title: Legs # after a run\nroutines: [feet, calves]\n' >"$TMP/legs-note.yaml"
$RUN --check "$TMP/legs-note.yaml" 2>&1 >/dev/null | grep -q "legs-note.yaml:1:13: warning: title: the text ends before ' #'" ||
	fail "a preset elsewhere lost its warning: $($RUN --check "$TMP/legs-note.yaml" 2>&1)"
# ...runs by its path, and its misspelt id is told as a preset's error.
$RUN --dry-run "$TMP/legs.yaml" >"$out" 2>&1
grep -q '^Plan: 10 holds, 6m40s$' "$out" || fail "a preset by its path: $(head -2 "$out")"
mkdir -p "$TMP/mine/presets" # a routine kept in a directory named presets still runs as one
cp routines/feet.yaml "$TMP/mine/presets/feet.yaml"
$RUN --dry-run "$TMP/mine/presets/feet.yaml" >"$out"
grep -q '^Plan: 6 holds, 2m40s$' "$out" || fail "a routine in presets/ by its path"
printf 'title: Legs\nroutines: [feet, calfs]\n' >"$TMP/legs2.yaml"
$RUN --check "$TMP/legs2.yaml" >/dev/null 2>"$err" && fail "a preset with a misspelt id passed"
grep -qx "$TMP/legs2.yaml:2:18: error: no routine 'calfs'; did you mean 'calves'?" "$err" ||
	fail "misspelt id in a preset elsewhere: $(cat "$err")"
# A preset in a preset is told as one, not as no routine.
printf 'title: Legs\nroutines: [calves, after-run]\n' >"$TMP/legs4.yaml"
$RUN --check "$TMP/legs4.yaml" >/dev/null 2>"$err" && fail "a preset of presets passed"
grep -qx "$TMP/legs4.yaml:2:20: error: 'after-run' is a preset, and a preset lists routines: name its routines instead (unknot --list shows them)" "$err" ||
	fail "a preset in a preset: $(cat "$err")"
# ...and a misspelt key is a preset's error too, checked or run (it has
# fewer errors as a preset than as a routine).
printf 'title: Legs\nroutnes: [feet, calves]\n' >"$TMP/legs3.yaml"
# A routine with many errors stays a routine, though it has more as one.
printf 'title: R\narea: feet\nsteps:\n  - {title: A, prep: 5x, hold: 15x, prompts: [{at: 5s, say: Hi}]}\n  - {title: B, prep: 5x, hold: 15x}\n' >"$TMP/r5.yaml"
$RUN --check "$TMP/r5.yaml" >/dev/null 2>"$err" && fail "a broken routine passed"
[ "$(grep -c "is not a duration" "$err")" = 4 ] && ! grep -q 'preset' "$err" ||
	fail "a broken routine told as a preset: $(cat "$err")"
for how in --check --dry-run --plain; do
	$RUN $how "$TMP/legs3.yaml" </dev/null >/dev/null 2>"$err" && fail "$how passed a misspelt preset key"
	[ "$(cat "$err")" = "$TMP/legs3.yaml:2:1: error: unknown key 'routnes' in the preset; did you mean 'routines'?" ] ||
		fail "$how: a misspelt preset key told as a routine's: $(cat "$err")"
done

# One thing to do at a time, named as given.
set +e
$RUN --list --history >/dev/null 2>"$err"; status=$?
set -e
[ $status -eq 2 ] || fail "--list --history exited $status"
grep -qx 'unknot: --list and --history: choose one of --list, --check, --dry-run, --history, --export' "$err" ||
	fail "--list --history: $(cat "$err")"
set +e; $RUN --trace '' feet >/dev/null 2>"$err"; status=$?; set -e
[ $status = 2 ] && grep -qxF "unknot: --trace '': expected the name of a file to write" "$err" ||
	fail "--trace '': $status $(cat "$err")"
$RUN --export csv feet >/dev/null 2>"$err" && fail "--export csv feet ran"
grep -qx 'unknot: --export takes no routines' "$err" || fail "--export csv feet: $(cat "$err")"
# --kid does not pick a child's sessions from the history: said, not
# ignored (a parent would take everyone's for the child's).
for how in --history '--export csv'; do
	set +e; $RUN --kid $how >/dev/null 2>"$err"; status=$?; set -e
	[ $status = 2 ] && grep -q "^unknot: --kid with ${how% *}: the history is everyone's on this account" "$err" ||
		fail "--kid $how: $status $(cat "$err")"
done

# A file name is untrusted text: its escapes never reach the terminal.
evil=$(printf 'fe\033]0;pwned\007et')
mkdir -p "$XDG_DATA_HOME/unknot/routines"
cp routines/feet.yaml "$XDG_DATA_HOME/unknot/routines/$evil.yaml"
$RUN --list >"$out" 2>&1 || true
$RUN "$(printf 'fe\033]0;pwnedet')" >>"$out" 2>&1 || true
$RUN 'fe\x1B]0;pwned\x07t' >>"$out" 2>&1 || true # as listed, misspelt
grep -q $'\e' "$out" && fail "an escape in a file name reached the terminal: $(cat -v "$out")"
grep -qF 'fe\x1B]0;pwned\x07et ' "$out" || fail "the file is not listed, written out: $(cat -v "$out")"
grep -qF "did you mean 'fe\x1B]0;pwned\x07et'?" "$out" || fail "no safe suggestion: $(cat -v "$out")"
rm "$XDG_DATA_HOME/unknot/routines/$evil.yaml"

# Routines someone sent: each name that finds nothing says what to do.
sent=$TMP/sent
mkdir -p "$sent"
printf 'title: Plantar ball\narea: feet\nsteps:\n  - title: Arch\n    hold: 3s\n' >"$sent/plantar-ball.yaml"
printf 'title: From my physio\nroutines: [plantar-ball, Morning feet]\n' >"$sent/physio.yaml"
set +e
$RUN --check "$sent/physio.yaml" >"$out" 2>"$err"; status=$?
set -e
expect_in_order "$err" \
	"^$sent/physio.yaml:2:12: error: no routine 'plantar-ball'; $sent/plantar-ball.yaml, beside this preset, is not installed: copy it into $XDG_DATA_HOME/unknot/routines/\$" \
	"^$sent/physio.yaml:2:26: error: no routine 'Morning feet'; that is the title of the routine 'feet': name it by its id, feet\$"
[ $status = 1 ] || fail "--check of a preset of routines not installed exited $status"
(cd "$sent" && $RUN --dry-run plantar-ball) >"$out" 2>"$err" && fail "plantar-ball ran, not installed"
grep -qxF "unknot: no routine 'plantar-ball'; plantar-ball.yaml is here, but not installed: run it by its path (unknot ./plantar-ball.yaml), or copy it into $XDG_DATA_HOME/unknot/routines/" "$err" ||
	fail "a routine here, not installed: $(cat "$err")"
# ...a name a shell would split, quoted for it.
cp "$sent/plantar-ball.yaml" "$sent/it's week.yaml"
(cd "$sent" && $RUN --dry-run "it's week") >"$out" 2>"$err" && fail "it's week ran, not installed"
grep -qF "run it by its path (unknot './it'\''s week.yaml')" "$err" || fail "a name to quote, unquoted: $(cat "$err")"
rm "$sent/it's week.yaml"
# A preset sent with its routines: each to its folder, and, followed, the
# advice runs it (a preset copied among the routines was refused there).
printf 'title: Week one\nroutines: [plantar-ball, calves]\n' >"$sent/week1.yaml"
fresh=$TMP/fresh-data
(cd "$sent" && XDG_DATA_HOME=$fresh $RUN --dry-run week1) >"$out" 2>"$err" && fail "week1 ran, not installed"
grep -qxF "unknot: no routine 'week1'; week1.yaml is here, a preset, but not installed: copy it into $fresh/unknot/presets/ (first make it: mkdir -p $fresh/unknot/presets), and copy plantar-ball.yaml into $fresh/unknot/routines/ (first make it: mkdir -p $fresh/unknot/routines)" "$err" ||
	fail "a preset here, not installed: $(cat "$err")"
mkdir -p "$fresh/unknot/presets" "$fresh/unknot/routines"
cp "$sent/week1.yaml" "$fresh/unknot/presets/" && cp "$sent/plantar-ball.yaml" "$fresh/unknot/routines/"
XDG_DATA_HOME=$fresh $RUN --dry-run week1 >"$out" 2>"$err" || fail "week1, installed as told: $(cat "$err")"
# ...and a routine it names that is nowhere is said too: followed, the
# advice had led to "no routine".
printf 'title: Week two\nroutines: [plantar-ball, heel-drop]\n' >"$sent/week2.yaml"
(cd "$sent" && XDG_DATA_HOME=$TMP/fresh-2 $RUN --dry-run week2) >"$out" 2>"$err" && fail "week2 ran"
grep -q "; it also names heel-drop, neither here nor installed\$" "$err" && ! grep -q "run it by its path" "$err" ||
	fail "a routine nowhere, unsaid, or run by its path: $(cat "$err")"
# ...one that is a preset is said to be one (it had been "nowhere").
printf 'title: Extra\nroutines: [calves]\n' >"$sent/extra.yaml"
printf 'title: Week four\nroutines: [extra, calves]\n' >"$sent/week4.yaml"
(cd "$sent" && XDG_DATA_HOME=$TMP/fresh-2 $RUN --dry-run week4) >"$out" 2>"$err" && fail "week4 ran"
grep -q "; extra.yaml here is a preset, and a preset lists routines: name its routines instead\$" "$err" &&
	! grep -q -e "neither here" -e "by its path" "$err" || fail "a preset named in a preset: $(cat "$err")"
rm "$sent/extra.yaml" "$sent/week4.yaml"
# ...and a team's, beside its presets folder, runs by its path: said so,
# with where its routines are to go along with it.
mkdir -p "$TMP/team/presets" "$TMP/team/routines"
cp "$sent/plantar-ball.yaml" "$TMP/team/routines/"
printf 'title: Team week\nroutines: [plantar-ball]\n' >"$TMP/team/presets/tw.yaml"
(cd "$TMP/team/presets" && XDG_DATA_HOME=$TMP/fresh-2 $RUN --dry-run tw) >"$out" 2>"$err" && fail "tw ran"
grep -qF "tw.yaml is here, a preset, but not installed: run it by its path (unknot ./tw.yaml), or copy it into $TMP/fresh-2/unknot/presets/ (first make it: mkdir -p $TMP/fresh-2/unknot/presets), and copy $TMP/team/routines/plantar-ball.yaml into " "$err" ||
	fail "a team's preset: $(cat "$err")"
(cd "$TMP/team/presets" && XDG_DATA_HOME=$TMP/fresh-2 $RUN --dry-run ./tw.yaml) >"$out" 2>"$err" ||
	fail "a team's preset by its path: $(cat "$err")"
# ...and one of the same id as unknot's own, which the preset would run.
cp routines/calves.yaml "$sent/calves.yaml"
printf 'title: Week three\nroutines: [plantar-ball, calves]\n' >"$sent/week3.yaml"
(cd "$sent" && XDG_DATA_HOME=$TMP/fresh-2 $RUN --dry-run week3) >"$out" 2>"$err" && fail "week3 ran"
grep -q "; calves.yaml here has the id of unknot's own, which the preset runs: to run yours, rename it and the preset's name for it\$" "$err" ||
	fail "a routine of the bundled id, unsaid: $(cat "$err")"
rm "$sent/calves.yaml"
# A routine sent again beside its preset (a client's week 2): the one
# installed runs, and is said to, with how to run the new one; a copy of
# the same bytes says nothing. Week 2 had run week 1's holds, silent.
again=$TMP/sent-again data=$TMP/again-data
mkdir -p "$again" "$data/unknot/routines"
printf 'title: Ball\narea: feet\nsteps:\n  - title: Arch\n    hold: 60s\n' >"$data/unknot/routines/ball.yaml"
printf 'title: Ball, lighter\narea: feet\nsteps:\n  - title: Arch\n    hold: 45s\n' >"$again/ball.yaml"
cp routines/calves.yaml "$again/calves.yaml"
printf 'title: Week two\nroutines: [ball, calves]\n' >"$again/w2.yaml"
XDG_DATA_HOME=$data $RUN --dry-run "$again/w2.yaml" >"$out" 2>"$err" || fail "week 2 by its path: $(cat "$err")"
grep -qxF "unknot: $again/ball.yaml, beside this preset, is not the 'ball' that runs, $data/unknot/routines/ball.yaml, and differs from it: to run it, copy it over that one" "$err" &&
	! grep -q calves "$err" || fail "a routine sent again, unsaid: $(cat "$err")"
XDG_DATA_HOME=$data $RUN --check "$again/w2.yaml" >"$out" 2>"$err" || fail "--check week 2: $(cat "$err")"
grep -qF "$again/w2.yaml:2:12: warning: $again/ball.yaml, beside this preset, is not the 'ball' that runs" "$err" ||
	fail "--check: a routine sent again, unsaid: $(cat "$err")"
(cd "$again" && XDG_DATA_HOME=$data $RUN --dry-run ball) >"$out" 2>"$err"
grep -qxF "unknot: ball.yaml here is not the 'ball' that runs, $data/unknot/routines/ball.yaml, and differs from it: to run it, type unknot ./ball.yaml, or copy it over that one" "$err" ||
	fail "a routine sent again, here: $(cat "$err")"
# ...and so does --check of it by its id, as a run would.
(cd "$again" && XDG_DATA_HOME=$data $RUN --check ball) >"$out" 2>"$err"
grep -qF "unknot: ball.yaml here is not the 'ball' that runs, " "$err" || fail "--check by its id, a routine sent again here: $(cat "$err")"
# ...and there, of a preset installed and named by its id (--check too).
mkdir -p "$data/unknot/presets" && cp "$again/w2.yaml" "$data/unknot/presets/"
(cd "$again" && XDG_DATA_HOME=$data $RUN --dry-run w2) >"$out" 2>"$err"
grep -qF "unknot: ball.yaml here is not the 'ball' that runs, " "$err" || fail "a preset by its id, a routine sent again here: $(cat "$err")"
(cd "$again" && XDG_DATA_HOME=$data $RUN --check w2) >"$out" 2>"$err"
[ "$(grep -c "^unknot: ball.yaml here is not the 'ball' that runs, " "$err")" = 1 ] ||
	fail "--check of a preset by its id, a routine sent again here: $(cat "$err")"
rm "$data/unknot/presets/w2.yaml"
# A preset read from standard input has nothing beside it.
(cd "$again" && printf 'title: W\nroutines: [ball]\n' | XDG_DATA_HOME=$data $RUN --check -) >"$out" 2>"$err"
! grep -q "beside this preset" "$err" || fail "a preset on standard input has a routine beside it: $(cat "$err")"
# Two presets of two folders, each with its own copy: each said.
mkdir -p "$again/sub" && sed 's/45s/50s/' "$again/ball.yaml" >"$again/sub/ball.yaml"
printf 'title: Ball week\nroutines: [ball]\n' | tee "$again/wk.yaml" >"$again/sub/wk.yaml"
XDG_DATA_HOME=$data $RUN --dry-run "$again/wk.yaml" "$again/sub/wk.yaml" >"$out" 2>"$err"
grep -qF "unknot: $again/ball.yaml, beside this preset" "$err" && grep -qF "unknot: $again/sub/ball.yaml, beside this preset" "$err" ||
	fail "two presets' copies: $(cat "$err")"
rm -r "$again/sub" "$again/wk.yaml"
# A preset named beside a preset is said to be one, not to be installed
# among the routines.
printf 'title: Inner\nroutines: [ball]\n' >"$again/inner.yaml"
printf 'title: Outer\nroutines: [inner]\n' >"$again/outer.yaml"
XDG_DATA_HOME=$data $RUN --check "$again/outer.yaml" >"$out" 2>"$err" && fail "a preset in a preset checked ok"
grep -qF "no routine 'inner'; $again/inner.yaml, beside this preset, is a preset, and a preset lists routines: name its routines instead" "$err" ||
	fail "a preset beside a preset: $(cat "$err")"
rm "$again/inner.yaml" "$again/outer.yaml"
# ...saved again by a browser as "ball (1).yaml": said to be that.
cp "$again/ball.yaml" "$again/ball (1).yaml"
XDG_DATA_HOME=$data $RUN --check "$again/ball (1).yaml" >"$out" 2>"$err" || fail "--check of ball (1): $(cat "$err")"
grep -qF "$again/ball (1).yaml: warning: it looks like ball sent again, named so by a browser: to run it as ball, copy it over that one, $data/unknot/routines/ball.yaml" "$err" ||
	fail "a browser's second copy: $(cat "$err")"
rm "$again/ball (1).yaml"
# ...as another browser names it, and a copy of the same bytes: it can go.
cp "$again/ball.yaml" "$again/ball(1).yaml"
cp "$data/unknot/routines/ball.yaml" "$again/ball (2).yaml"
XDG_DATA_HOME=$data $RUN --check "$again/ball(1).yaml" "$again/ball (2).yaml" >"$out" 2>"$err" || fail "--check of ball(1): $(cat "$err")"
grep -qF "$again/ball(1).yaml: warning: it looks like ball sent again" "$err" &&
	grep -qF "$again/ball (2).yaml: warning: it is ball again, the same as $data/unknot/routines/ball.yaml: this copy can go" "$err" ||
	fail "a browser's copy without a space, or the same bytes: $(cat "$err")"
rm "$again/ball(1).yaml" "$again/ball (2).yaml"
# ...and one beside it of an id of unknot's own: renamed, it runs; here,
# named alone, it runs by its path.
cp routines/feet.yaml "$again/feet.yaml" && printf '# mine\n' >>"$again/feet.yaml"
(cd "$again" && XDG_DATA_HOME=$data $RUN --dry-run feet) >"$out" 2>"$err"
grep -qxF "unknot: feet.yaml here is not the 'feet' that runs, which is unknot's own: to run it, type unknot ./feet.yaml" "$err" ||
	fail "a routine of unknot's id here: $(cat "$err")"
rm "$again/feet.yaml"
printf 'title: My calves\narea: calves\nsteps:\n  - title: Calf\n    hold: 30s\n' >"$again/calves.yaml"
XDG_DATA_HOME=$data $RUN --dry-run "$again/w2.yaml" >"$out" 2>"$err"
grep -qF "unknot: $again/calves.yaml, beside this preset, is not the 'calves' that runs, which is unknot's own: to run it, give it an id of its own (rename it, and the preset's name for it)" "$err" ||
	fail "a routine of unknot's id beside a preset: $(cat "$err")"
# A preset past its limit of routines is told the way round it.
printf 'title: Long week\nroutines: [feet, feet, feet, feet, feet, feet, feet, feet, feet, feet, feet, feet, feet]\n' >"$TMP/long-week.yaml"
$RUN --check "$TMP/long-week.yaml" >"$out" 2>"$err" && fail "13 routines in a preset checked ok"
grep -q "routines: too many items (more than 12); make two presets and name both, as unknot a b runs them one after the other\$" "$err" ||
	fail "a preset past its limit: $(cat "$err")"
# ...and only its routines: another list past the limit has no such way.
printf 'title: Long week\nsummary: [a, b, c, d, e, f, g, h, i, j, k, l, m]\nroutines: [feet]\n' >"$TMP/long-summary.yaml"
$RUN --check "$TMP/long-summary.yaml" >"$out" 2>"$err" && fail "a summary of 13 items checked ok"
grep -q "summary: too many items (more than 12)\$" "$err" || fail "a summary past the limit: $(cat "$err")"
# Saved one folder too high, or in "routine" or "preset": said where it
# goes, a preset among the presets (sent to the routines, it had been
# refused there in turn).
mkdir -p "$XDG_DATA_HOME/unknot/routine" "$XDG_DATA_HOME/unknot/preset"
for placed in routines/kids:kid2:routines routines/kids:routine/kid3:routines \
	presets/morning:mypre:presets presets/morning:preset/mypre2:presets; do
	IFS=: read -r from id kind <<<"$placed"
	cp "$from.yaml" "$XDG_DATA_HOME/unknot/$id.yaml"
	$RUN --dry-run "${id#*/}" >"$out" 2>"$err" && fail "${id#*/} ran from the wrong folder"
	grep -qxF "unknot: no routine '${id#*/}'; $XDG_DATA_HOME/unknot/$id.yaml is not in your $kind folder: move it into $XDG_DATA_HOME/unknot/$kind/" "$err" ||
		fail "${id#*/} in the wrong folder: $(cat "$err")"
	rm "$XDG_DATA_HOME/unknot/$id.yaml"
done
rmdir "$XDG_DATA_HOME/unknot/routine" "$XDG_DATA_HOME/unknot/preset"
# A name saved with .txt after it, as mail does, is not read: --list says
# so, and so do the id and --check; in capitals, it is read.
cp "$sent/plantar-ball.yaml" "$XDG_DATA_HOME/unknot/routines/plantar-ball.yaml.txt"
cp "$sent/plantar-ball.yaml" "$XDG_DATA_HOME/unknot/routines/HEEL.YAML"
$RUN --list >"$out" 2>"$err" || true # two broken presets of yours from above
grep -qxF "unknot: $XDG_DATA_HOME/unknot/routines/plantar-ball.yaml.txt is not read: its name does not end in .yaml or .yml; rename it plantar-ball.yaml" "$err" ||
	fail "--list, a name with .txt: $(cat "$err")"
grep -qE '^HEEL +Plantar ball ' "$out" || fail "a name in capitals not listed: $(cat "$out")"
$RUN --dry-run plantar-ball >"$out" 2>"$err" && fail "plantar-ball.yaml.txt ran"
grep -qF "no routine 'plantar-ball'; $XDG_DATA_HOME/unknot/routines/plantar-ball.yaml.txt is not read" "$err" ||
	fail "an id of a .txt: $(cat "$err")"
$RUN --check "$XDG_DATA_HOME/unknot/routines/plantar-ball.yaml.txt" >"$out" 2>"$err"
grep -qxF "$XDG_DATA_HOME/unknot/routines/plantar-ball.yaml.txt: warning: its name does not end in .yaml or .yml, so unknot does not read it here: rename it plantar-ball.yaml" "$err" ||
	fail "--check of a .txt, ok without a word: $(cat "$err")"
rm "$XDG_DATA_HOME/unknot/routines/plantar-ball.yaml.txt" "$XDG_DATA_HOME/unknot/routines/HEEL.YAML"

# A preset with a routine for kids alone runs all of it in kid mode:
# --check of the preset says so, where it names that routine.
printf 'title: Kid calves\narea: calves\naudience: [kid]\nsteps:\n  - title: A\n    hold: 3s\n' \
	>"$XDG_DATA_HOME/unknot/routines/kid-calves.yaml"
printf 'title: Mixed\nroutines: [feet, kid-calves]\n' >"$TMP/mixed.yaml"
$RUN --check "$TMP/mixed.yaml" >"$out" 2>"$err" || fail "--check of a mixed preset: $(cat "$err")"
grep -qxF "$TMP/mixed.yaml:2:18: warning: 'kid-calves' is for kids alone, so the whole preset runs in kid mode: light pressure and holds of 30s at most, in every routine" "$err" ||
	fail "a kid-alone routine in a preset, not said: $(cat "$err")"
rm "$XDG_DATA_HOME/unknot/routines/kid-calves.yaml"
# A sound named from ~, as a shell would: said that ~ is not home here.
printf 'title: T\narea: feet\nsounds: {prompt: ~/ding.wav}\nsteps:\n  - title: A\n    hold: 3s\n' >"$TMP/tilde.yaml"
$RUN --check "$TMP/tilde.yaml" >"$out" 2>"$err"
grep -qF "'~' is not your home folder here, a path that does not begin with '/' is taken from the routine's folder: write the whole path" "$err" ||
	fail "a sound from ~: $(cat "$err")"

$RUN --help | grep -q -- '--dry-run ROUTINE' || fail "--help"
# ...and the keys of a session, for one who reads no man page first:
# how to stop, to pause, and, in line mode, to hear where one is.
$RUN --help >"$out"
grep -q '^  x  *STOP, at once: numbness, tingling or sharp pain$' "$out" &&
	grep -q '^  space or p  *pause, or resume' "$out" && grep -q 'Enter alone says where you are$' "$out" ||
	fail "--help without a session's keys: $(cat "$out")"
# ...and NO_COLOR, where one who cannot read colours looks first.
grep -q '^  NO_COLOR=1  *bold and reverse video only' "$out" || fail "--help without NO_COLOR: $(cat "$out")"
# --help says where this run reads routines and keeps its history, the
# home as ~ (HOME is $TMP/home here).
$RUN --help >"$out"
expect_in_order "$out" '^Files \(bundled, then yours\):$' "^  routines  *$ROOT/routines$" \
	'^ *~/data/unknot/routines$' "^  presets  *$ROOT/presets$" '^ *~/data/unknot/presets$' \
	'^  history  *~/state/unknot/history\.tsv$'
env -u HOME -u XDG_STATE_HOME -u XDG_DATA_HOME $RUN --help >"$out"
grep -qx '  history *none kept: no HOME to keep it in' "$out" || fail "--help with no HOME: $(cat "$out")"
$RUN --help | grep -qx 'Stop at once on numbness, tingling or sharp pain: press x\.' || fail "--help: no stop rule"
$RUN --version | grep -qE '^unknot [0-9]+\.[0-9]+\.[0-9]+$' || fail "--version"

# A preset's title is held to a routine's limit, 2000 bytes (it had been 200).
long=$(printf '%0250d' 0 | tr 0 A)
printf 'title: %s\nroutines: [feet]\n' "$long" >"$TMP/long-title.yaml"
$RUN --check "$TMP/long-title.yaml" >"$out" 2>&1 || fail "a preset's 250-byte title: $(cat "$out")"
long=$(printf '%02001d' 0 | tr 0 A)
printf 'title: %s\nroutines: [feet]\n' "$long" >"$TMP/long-title.yaml"
set +e; $RUN --check "$TMP/long-title.yaml" >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && grep -qF "long-title.yaml:1:8: error: title: text is 2001 bytes long; the limit is 2000" "$out" ||
	fail "a preset's 2001-byte title: $status $(cat "$out")"

# A team's routines/ and presets/, not installed: a preset by its path finds
# its routines in the routines folder beside its own, then among unknot's.
mkdir -p "$TMP/team/routines" "$TMP/team/presets"
sed 's/^title: .*/title: Team feet/' routines/feet.yaml >"$TMP/team/routines/team-feet.yaml"
sed 's/^title: .*/title: Team calves/' routines/calves.yaml >"$TMP/team/routines/calves.yml"
printf 'title: Team\nroutines: [team-feet, calves, back]\n' >"$TMP/team/presets/team.yaml"
(cd "$TMP/team" && $RUN --check routines/*.y*ml presets/team.yaml) >"$out" 2>&1 &&
	grep -qx "presets/team.yaml: ok: preset Team, 3 routines: team-feet, calves, back" "$out" ||
	fail "a team's preset, checked beside its routines: $(cat "$out")"
# The team's calves is not what its preset runs once installed: the bundled
# calves comes first. Said at the id, as a warning.
grep -qF "presets/team.yaml:2:23: warning: 'calves' here is " "$out" &&
	grep -qF "team/routines/calves.yml, but installed, this preset would run the bundled routine 'calves' instead: give the team's routine an id of its own (rename its file)" "$out" &&
	! grep -q "warning: 'team-feet'\|warning: 'back'" "$out" ||
	fail "a team's calves, not warned of: $(cat "$out")"
$RUN --dry-run "$TMP/team/presets/team.yaml" >"$out" 2>&1 && grep -q '^Team feet (feet, ' "$out" &&
	grep -q '^Team calves (calves, ' "$out" || # the team's, over the bundled calves
	fail "a team's preset, run beside its routines: $(cat "$out")"
# from inside presets/, or by presets//: the folder's own name counts
(cd "$TMP/team/presets" && $RUN --dry-run team.yaml) >"$out" 2>&1 && grep -q '^Team feet (feet, ' "$out" &&
	(cd "$TMP/team" && $RUN --dry-run presets//team.yaml) >"$out.2" 2>&1 && grep -q '^Team feet (feet, ' "$out.2" ||
	fail "a team's preset, run beside its routines: $(cat "$out")"
printf 'title: Team\nroutines: [team-fet]\n' >"$TMP/team/presets/team.yaml"
set +e; $RUN --check "$TMP/team/presets/team.yaml" >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && grep -qF "team.yaml:2:12: error: no routine 'team-fet'; did you mean 'team-feet'?" "$out" ||
	fail "a team's preset with an id of none: $status $(cat "$out")"
# A file name in the list hides no other fault: both said in one run.
printf 'title: Team\nroutines: [team-feet.yaml, team-fet]\n' >"$TMP/team/presets/team.yaml"
set +e; $RUN --check "$TMP/team/presets/team.yaml" >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && grep -qF "team.yaml:2:12: error: routines: 'team-feet.yaml' is a file name" "$out" &&
	grep -qF "team.yaml:2:28: error: no routine 'team-fet'; did you mean 'team-feet'?" "$out" ||
	fail "a team's preset with a file name and an id of none: $status $(cat "$out")"
# The same run by its path, and checked from standard input (a hook's).
for how in "--dry-run $TMP/team/presets/team.yaml" "--check -"; do
	set +e; $RUN $how <"$TMP/team/presets/team.yaml" >"$out" 2>&1; status=$?; set -e
	[ $status = 1 ] && grep -qF ":2:12: error: routines: 'team-feet.yaml' is a file name" "$out" &&
		grep -qF ":2:28: error: no routine 'team-fet'" "$out" || # no folder beside "-"
		fail "a preset's two faults, $how: $status $(cat "$out")"
done
# A file name its only fault: refused, not run without that routine.
printf 'title: Team\nroutines: [team-feet.yaml, calves]\n' >"$TMP/team/presets/team.yaml"
set +e; $RUN --dry-run "$TMP/team/presets/team.yaml" >"$out" 2>&1; status=$?; set -e
[ $status = 1 ] && ! grep -q '^Plan' "$out" || fail "a preset with a file name, run: $status $(cat "$out")"
# A team's broken routine, checked with the preset that names it, in either
# order (presets/ comes first in */*.yaml): its errors said once.
printf 'title: Broken\narea: feet\nsteps: []\n' >"$TMP/team/routines/broken.yaml"
printf 'title: Team\nroutines: [broken]\n' >"$TMP/team/presets/team.yaml"
for order in "routines/broken.yaml presets/team.yaml" "presets/team.yaml routines/broken.yaml"; do
	set +e; (cd "$TMP/team" && $RUN --check $order) >"$out" 2>&1; status=$?; set -e
	[ $status = 1 ] && [ "$(grep -c 'the list is empty' "$out")" = 1 ] &&
		grep -qF "team.yaml:2:12: error: routine 'broken' cannot be read (said above)" "$out" ||
		fail "a team's broken routine, checked as $order: $status $(cat "$out")"
done
grep -qx 'routines/broken.yaml: cannot be read (said above)' "$out" ||
	fail "a team's broken routine, checked after its preset: $(cat "$out")"

# --plain --list and --plain --dry-run, for a screen reader: a line a row,
# whole, times in words (a table's "5m25s" was said "five em twenty-five z").
XDG_DATA_HOME=$TMP/none-of-yours script -qec "stty cols 60; $RUN --plain --list" /dev/null |
	tr -d '\r' >"$TMP/plain-list"
grep -qx 'feet: Morning feet (feet, 2 minutes 40 seconds, for adult, teen)' "$TMP/plain-list" &&
	grep -qx 'morning: Morning (a preset of quick-feet, calves, 6 minutes, for adult, teen)' "$TMP/plain-list" &&
	! grep -q 'TITLE\|5m25s' "$TMP/plain-list" || fail "--plain --list: $(cat "$TMP/plain-list")"
XDG_DATA_HOME=$TMP/none-of-yours script -qec "stty cols 60; $RUN --plain --dry-run feet" /dev/null |
	tr -d '\r' >"$TMP/plain-plan"
expect_in_order "$TMP/plain-plan" '^Plan: 6 holds, 2 minutes 40 seconds' \
	'^Stop at once on numbness, tingling or sharp pain; in a session, type x and Enter \(or press x on the screen\)\.$' \
	'^At the start: Arch, left: get into position 5 seconds, hold 30 seconds, moderate pressure\. Stand tall, .* Take care: Do not stand' \
	'^At 35 seconds: Arch, right: get into position 5 seconds, hold 30 seconds, moderate pressure\.$' \
	'^At 1 minute 10 seconds: Ball of the foot, left: get into position 5 seconds, hold 20 seconds, moderate pressure\.' \
	'^Done at 2 minutes 40 seconds\.'
$RUN --dry-run feet >"$out"
grep -q '^    1:10  Ball of the foot, left: get into position 5s, hold 20s' "$out" ||
	fail "--dry-run's own form: $(cat "$out")"
# A handout: what is needed and when to stop before the steps, the
# aftercare after them (a client had none of them on paper).
$RUN --dry-run feet >"$out"
expect_in_order "$out" '^Stop at once on numbness, tingling or sharp pain; in a session, press x\.$' \
	'^Morning feet \(feet, 2m40s\)$' '^Equipment: ' \
	'^Safety:$' '^  - Stop at once on numbness, tingling or sharp pain' '^    0:00  Arch, left' \
	'^ +2:40  done$' '^Aftercare:$' '^  - '
# What to do at each step, on paper as on the screen: under a step's first
# side, its instruction and what to take care of; the other side's line is
# just under it (a client's handout had times and no word of how).
expect_in_order "$out" '^    0:00  Arch, left' '^            Stand tall, a hand on the wall, ball under the middle of the arch\.' \
	'^            Take care: Do not stand your full weight on the ball' '^    0:35  Arch, right' \
	'^    1:10  Ball of the foot, left' '^            Move the ball just behind the toes\.'
[ "$(grep -c 'Stand tall, a hand on the wall' "$out")" = 1 ] || fail "an instruction said for each side: $(cat "$out")"
# A handout for paper, at a width asked for: COLUMNS in a file; whole
# lines without it, or with a width that is none.
COLUMNS=60 $RUN --dry-run feet >"$out"
awk 'length > 60 { bad = 1 } END { exit bad }' "$out" && grep -q "^            Stand tall, a hand on the wall, ball under the$" "$out" ||
	fail "COLUMNS=60 in a file: $(cat "$out")"
for none in wide +60; do
	COLUMNS=$none $RUN --dry-run feet >"$out"
	grep -q 'Stand tall, a hand on the wall, ball under the middle of the arch\. Press down' "$out" ||
		fail "COLUMNS=$none wrapped: $(cat "$out")"
done
# ...and on a terminal that does not tell its width (a serial console; a
# pty of 0 columns, as script makes one here with no terminal)
COLUMNS=60 script -qec "stty cols 0; $RUN --dry-run feet" /dev/null </dev/null | tr -d '\r' >"$out"
awk 'length > 60 { bad = 1 } END { exit bad }' "$out" && grep -q "^            Stand tall, a hand on the wall, ball under the$" "$out" ||
	fail "COLUMNS=60 on a terminal of no width: $(cat "$out")"
# Each line once, as the session says them: after-run's four routines
# each end "Drink a glass of water.", and each begins with its safety.
$RUN --dry-run after-run >"$out"
[ "$(grep -o 'Drink a glass of water' "$out" | wc -l)" = 1 ] ||
	fail "aftercare said again: $(grep -A3 Aftercare "$out")"
# ...one to a line, under the title of the routine that gives it (a
# client's printout had them as one block, of no routine).
grep -q '^Aftercare (.*):$' "$out" && grep -q '^  - Drink a glass of water\.$' "$out" ||
	fail "aftercare not one to a line, under its routine: $(grep -A3 Aftercare "$out")"
# ...and what to do after a stop, as the stop screen says it: a handout
# on a wall is read by people who have never pressed x (a kid's, the kid's
# words and the grown-up's).
expect_in_order "$out" '^Aftercare' '^After a stop:$' '^  - Stop now\. Gently move off the roller or ball\.$' \
	'^  - Do not roll this area again today\.$' '^  - If it does not fade within a few minutes, or it comes back, see a doctor or physiotherapist\.$'
$RUN --dry-run --kid kids >"$out"
expect_in_order "$out" '^After a stop:$' '^  - Tell a grown-up what you feel\.$' '^  - Grown-up: '
# A prompt in quotes of its own („…“, «…», 「…」) is not put in ours again.
mkdir -p "$TMP/quoted"
printf 'title: Q\narea: feet\nsteps:\n  - title: A\n    hold: 30s\n    prompts:\n      - {at: 10s, say: "\xe2\x80\x9eLangsam, bitte.\xe2\x80\x9c"}\n      - {at: 20s, say: Breathe}\n      - {at: 25s, say: "\xe3\x80\x8c\xe5\x91\xbc\xe5\x90\xb8\xe3\x80\x8d"}\n' >"$TMP/quoted/q.yaml"
$RUN --dry-run "$TMP/quoted/q.yaml" >"$out"
grep -qx '    0:15      „Langsam, bitte\.“' "$out" && grep -qx '    0:25      "Breathe"' "$out" &&
	grep -qx '    0:30      「呼吸」' "$out" || fail "a prompt in its own quotes: $(cat "$out")"
# ...that title wrapped to a terminal, as every other line is (at 40
# columns a long one was broken by the terminal, inside a character), and
# whole in a file.
mkdir -p "$TMP/long-title/unknot/routines"
sed 's/^title: .*/title: Pieds du matin après une longue journée debout à l’hôpital/' routines/feet.yaml \
	>"$TMP/long-title/unknot/routines/pieds.yaml"
XDG_DATA_HOME=$TMP/long-title script -qec "stty cols 40; $RUN --dry-run pieds calves" /dev/null |
	tr -d '\r' >"$out"
[ "$(wc -L <"$out")" -le 40 ] && grep -qx 'Aftercare (Pieds du matin après une' "$out" ||
	fail "--dry-run at 40 columns, a line wider: $(grep -A2 '^Aftercare' "$out")"
XDG_DATA_HOME=$TMP/long-title $RUN --dry-run pieds calves >"$out"
grep -qx 'Aftercare (Pieds du matin après une longue journée debout à l’hôpital):' "$out" ||
	fail "--dry-run in a file, aftercare's label not whole: $(grep -A2 '^Aftercare' "$out")"
[ "$($RUN --dry-run feet routines/feet.yaml | grep -c '^Safety:$')" = 1 ] ||
	fail "safety said again, by id and path: $($RUN --dry-run feet routines/feet.yaml | grep Safety)"

# id_warned GREP_OPT ROUTINE NAME SAID WHAT: --check of ROUTINE copied as
# NAME passes, and its output has SAID (grep -qF, with GREP_OPT: -x, the
# whole line; - none more).
id_warned() {
	local opt=$1 name=$TMP/$3
	[ "$opt" = - ] && opt=
	cp "routines/$2.yaml" "$name"
	$RUN --check "$name" >"$out" 2>&1 && grep -qF $opt -- "$4" "$out" || fail "$5: $(cat "$out")"
}
# An id with a space ("warm up.yaml") is warned of: quoted where typed, and
# two words in --list's columns.
id_warned -x feet "warm up.yaml" "$TMP/warm up.yaml: warning: its id has a space, which must be quoted where it is typed and reads as two words in --list: name it warm-up.yaml" \
	"an id with a space"
# A file manager's copy: the name offered is one a shell takes as it is.
id_warned - feet "kids (copy).yaml" "name it kids-copy.yaml" "a copy's id"
id_warned -x feet "feet&calves.yaml" "$TMP/feet&calves.yaml: warning: its id has '&', which a shell takes for its own unless quoted: name it feet-calves.yaml" \
	"an id with a shell's mark"
# The name offered is not one a bundled routine answers to (a calves.yaml
# of yours would not run: the bundled calves would), and an apostrophe is
# named, not quoted in quotes.
id_warned - calves "calves!.yaml" "name it calves-mine.yaml" "a name offered that is taken"
# ...nor one of yours: following the advice would write over it.
mkdir -p "$XDG_DATA_HOME/unknot/routines"
cp routines/calves.yaml "$XDG_DATA_HOME/unknot/routines/calves-mine.yaml"
id_warned - calves "calves!.yaml" "name it calves-mine-2.yaml" "a name offered that is yours already"
rm "$XDG_DATA_HOME/unknot/routines/calves-mine.yaml"
id_warned - feet "feet's.yaml" "its id has an apostrophe, which a shell" "an apostrophe in an id"
# A file's name not UTF-8 (a Windows archive's Füße in CP437) or with a line
# break is said so, not taken for one with a shell's '\'.
id_warned - feet $'F\x81\xe1e.yaml' "its file's name is not UTF-8 (an archive or a disk from another system), shown here as escapes: rename it" \
	"a name not UTF-8"
id_warned - feet $'my\nroll.yaml' "its file's name has a control character (such as a line break), shown here as escapes: rename it" \
	"a name with a line break"
grep -q "a shell takes" "$out" && fail "a line break taken for a shell's mark: $(cat "$out")"
# An id that starts with x cannot be typed at the routine list, where x is
# STOP (a coach's xc-team made a stop there): said, with the way to it.
id_warned -x calves "xc-calves.yaml" "$TMP/xc-calves.yaml: warning: its id starts with 'x', which is STOP at the routine list: typed there, it stops (a stop kept until the next day); there, / then its name finds it, or name it with another first letter" \
	"an id that starts with the STOP key"

# --check - reads standard input, as a hook checks a file staged in git
# (git show :routines/x.yaml | unknot --check -): a routine, or a preset.
$RUN --check - <routines/feet.yaml >"$out" 2>&1 && grep -qx -- '-: ok: Morning feet, 3 steps, 2m40s' "$out" ||
	fail "--check - of a routine: $(cat "$out")"
$RUN --check - <presets/morning.yaml >"$out" 2>&1 &&
	grep -qx -- '-: ok: preset Morning, 2 routines: quick-feet, calves' "$out" || fail "--check - of a preset: $(cat "$out")"
status=0; printf 'title: T\nroutines: [fet]\n' | $RUN --check - >"$out" 2>&1 || status=$?
[ $status = 1 ] && grep -qx -- "-:2:12: error: no routine 'fet'; did you mean 'feet'?" "$out" ||
	fail "--check - of a preset with an id of none: $status $(cat "$out")"
status=0; sed 's/^area: feet/area: 12/' routines/feet.yaml | $RUN --check - >"$out" 2>&1 || status=$?
[ $status = 1 ] && grep -q -- '^-:[0-9]*:[0-9]*: error: area: ' "$out" || fail "--check - of a broken routine: $status $(cat "$out")"

echo "cli: ok"

# A folder of your routines that is there but cannot be read is said, not
# left to read as "no routine". As root, run as nobody (root reads all).
as_other() {
	if [ "$(id -u)" != 0 ]; then "$@"; else setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; fi
}
shut=$(mktemp -d)
cleanup_hooks+=("chmod -R u+rwx '$shut'; rm -rf '$shut'")
chmod 755 "$shut"
mkdir -p "$shut/unknot/routines"
cp "$ROOT/routines/quick-feet.yaml" "$shut/unknot/routines/tiny.yaml"
chmod 000 "$shut/unknot/routines"
if as_other "$BIN" --version >/dev/null 2>&1; then
	as_other env HOME="$shut" XDG_DATA_HOME="$shut" XDG_STATE_HOME="$shut" "$BIN" --dry-run tiny \
		>"$TMP/shut.out" 2>&1 && fail "a routine in a folder not read ran"
	grep -q "^unknot: warning: cannot read $shut/unknot/routines: Permission denied; what is in it is left out$" \
		"$TMP/shut.out" || fail "a folder not read, unsaid: $(cat "$TMP/shut.out")"
	echo "cli: a folder not read: ok"
else
	echo "report: a folder not read: not tested (no other user can run $BIN here)"
fi
# A file where the folder of your presets goes is said too.
chmod 755 "$shut/unknot/routines"
touch "$shut/unknot/presets"
XDG_DATA_HOME="$shut" $RUN --dry-run feet >"$TMP/shut.out" 2>&1
grep -q "^unknot: warning: $shut/unknot/presets is not a folder: nothing is read from it$" "$TMP/shut.out" ||
	fail "a file where the presets go, unsaid: $(cat "$TMP/shut.out")"

