#!/usr/bin/env bash
# Checks that an installed dnn-conformance needs nothing but what `make install` put under PREFIX:
# installs BIN into a temporary PREFIX, then, with the checkout hidden (an empty tmpfs mounted over
# it in a private mount namespace, when that is allowed) and from a directory whose ./Fixtures holds
# wrong expected values, `run --edition blog` must pass (the fake ./Fixtures ignored) and
# `grade --python` must find the runner. Also: the installed tree moved elsewhere still works, and
# without its bundle the binary refuses with one line rather than reading ./Fixtures.
# Usage: scripts/check-install.sh [BIN]   (default: .build/debug/dnn-conformance, built if missing;
#        KEEP=1 keeps the temporary folder for a look)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd -P)
BIN="${1:-.build/debug/dnn-conformance}"
if [ ! -x "$BIN" ]; then swift build --product dnn-conformance >&2; fi
TMP=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$TMP"' EXIT
failures=0
fail() { echo "check-install: FAIL: $*" >&2; failures=$((failures + 1)); }

scripts/install.sh "$BIN" "$TMP/prefix" >/dev/null

# A submission folder with its own Fixtures whose published outputs are all wrong.
WORK="$TMP/submission"
mkdir -p "$WORK"
cp -R "$TMP/prefix/lib/dnn-conformance/DNNConformance_Conformance.resources/Fixtures" "$WORK/Fixtures"
chmod -R u+w "$WORK/Fixtures"
python3 - "$WORK/Fixtures/published/blog.json" <<'PY'
import json, sys
path = sys.argv[1]
def skew(value):
    if isinstance(value, float): return value + 0.5
    if isinstance(value, str):
        try: return repr(float(value) + 0.5)
        except ValueError: return value
    if isinstance(value, list): return [skew(v) for v in value]
    if isinstance(value, dict): return {k: skew(v) for k, v in value.items()}
    return value
with open(path) as f: data = json.load(f)
with open(path, "w") as f: json.dump(skew(data), f)
PY
cp "$ROOT/Tests/ConformanceTests/Solutions/correct.py" "$WORK/correct.py"

# Runs the installed binary from the submission folder, the checkout hidden when possible.
hidden=no
if [ "$(id -u)" = 0 ] && unshare -m sh -c "mount -t tmpfs none '$ROOT'" 2>/dev/null; then hidden=yes; fi
installed() {
  local bin=$1; shift
  if [ $hidden = yes ]; then
    (cd "$WORK" && env -u DNN_FIXTURES -u DNN_PYTHON_RUNNER -u DNN_DATASETS \
      unshare -m sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$ROOT" "$bin" "$@")
  else
    (cd "$WORK" && env -u DNN_FIXTURES -u DNN_PYTHON_RUNNER -u DNN_DATASETS "$bin" "$@")
  fi
}
[ $hidden = yes ] || echo "check-install: note: the checkout could not be hidden (needs root and unshare)" >&2

# The fake really is wrong: named explicitly, it fails the run.
status=0; installed "$TMP/prefix/bin/dnn-conformance" run --edition blog --fixtures ./Fixtures >/dev/null 2>&1 || status=$?
[ $status = 1 ] || fail "run --fixtures ./Fixtures (wrong values) exited $status, expected 1"

status=0; installed "$TMP/prefix/bin/dnn-conformance" run --edition blog >"$TMP/run.out" 2>&1 || status=$?
[ $status = 0 ] || { fail "installed run --edition blog exited $status, expected 0"; tail -5 "$TMP/run.out" >&2; }
grep -q " passed, 0 failed" "$TMP/run.out" || fail "installed run --edition blog printed no passing summary"

numpy=yes
python3 -c "import numpy" 2>/dev/null || { numpy=no; echo "check-install: note: no NumPy, grade --python not checked" >&2; }
if [ $numpy = yes ]; then
  status=0; installed "$TMP/prefix/bin/dnn-conformance" grade --python correct.py >"$TMP/grade.out" 2>&1 || status=$?
  [ $status = 0 ] || { fail "installed grade --python correct.py exited $status, expected 0"; tail -5 "$TMP/grade.out" >&2; }
  grep -q " passed, 0 failed" "$TMP/grade.out" || fail "installed grade --python printed no passing summary"
fi

# The installed tree moved elsewhere still works.
mv "$TMP/prefix" "$TMP/moved"
status=0; installed "$TMP/moved/bin/dnn-conformance" run --edition blog >/dev/null 2>&1 || status=$?
[ $status = 0 ] || fail "moved install: run --edition blog exited $status, expected 0"

# Without its bundle the binary refuses (one line, exit 2) instead of using ./Fixtures.
rm -rf "$TMP/moved/lib/dnn-conformance/DNNConformance_Conformance.resources"
status=0; installed "$TMP/moved/bin/dnn-conformance" run --edition blog >"$TMP/none.out" 2>"$TMP/none.err" || status=$?
[ $status = 2 ] || fail "without its bundle: run exited $status, expected 2"
[ "$(wc -l <"$TMP/none.err")" = 1 ] || fail "without its bundle: expected one line on stderr, got: $(cat "$TMP/none.err")"
grep -q "Fixtures were not found" "$TMP/none.err" || fail "without its bundle: unexpected message: $(cat "$TMP/none.err")"
if [ $numpy = yes ]; then
  status=0; installed "$TMP/moved/bin/dnn-conformance" grade --python correct.py >/dev/null 2>"$TMP/nogr.err" || status=$?
  [ $status = 2 ] || fail "without its bundle: grade --python exited $status, expected 2"
fi

if [ $failures -gt 0 ]; then echo "check-install: $failures failed" >&2; exit 1; fi
echo "check-install: ok (checkout hidden: $hidden)"
