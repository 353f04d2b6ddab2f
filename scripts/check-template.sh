#!/usr/bin/env bash
# The Swift learner's path, as a learner takes it: a copy of Templates/LearnerTemplate (its path
# dependency pointed at this checkout) graded three times with `swift test` —
#   1. as shipped: every one of the 14 functions reported "not implemented yet";
#   2. with our solution (Tests/ConformanceTests/Solutions/MyCourseFunctions.swift, written from
#      the template's README and doc comments alone): 14 of 14 pass;
#   3. with an index out of range planted in that solution's L_model_backward: the table still
#      appears, that function alone fails as crashed, with the trap's message and line.
# Everything is built and written in a temporary directory, removed at the end.
# Usage: scripts/check-template.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd -P)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "check-template: FAIL: $*" >&2; failures=$((failures + 1)); }

cp -R Templates/LearnerTemplate "$TMP/learner"
sed -i "s|path: \"../..\"|path: \"$ROOT\"|" "$TMP/learner/Package.swift"
grep -q "path: \"$ROOT\"" "$TMP/learner/Package.swift" || { echo "check-template: cannot repoint the template's dependency" >&2; exit 1; }
FUNCTIONS="$TMP/learner/Sources/MyDeepNet/MyCourseFunctions.swift"

# grade NAME EXPECTED_SUMMARY [PATTERN...]: swift test fails or passes as the summary says, prints
# the summary line, and every PATTERN.
grade() {
  local name=$1 summary=$2; shift 2
  local status=0
  echo "check-template: $name" >&2
  (cd "$TMP/learner" && swift test -j 2) >"$TMP/$name.log" 2>&1 || status=$?
  case "$summary" in "14 passed, 0 failed"*) [ $status = 0 ] || fail "$name: swift test exited $status" ;;
    *) [ $status != 0 ] || fail "$name: swift test passed" ;; esac
  grep -q "^$summary" "$TMP/$name.log" || fail "$name: no line '$summary' in the output:
$(grep -E '^[0-9]+ passed' "$TMP/$name.log" || tail -20 "$TMP/$name.log")"
  local pattern
  for pattern in "$@"; do
    grep -Eq -e "$pattern" "$TMP/$name.log" || fail "$name: nothing matches '$pattern'"
  done
}

grade stubs "0 passed, 14 failed, 0 skipped" "L_model_backward +failed +0/1 passed — L_model_backward is not implemented yet"
cp Tests/ConformanceTests/Solutions/MyCourseFunctions.swift "$FUNCTIONS"
grade solution "14 passed, 0 failed, 0 skipped"
sed -i 's|^    let L = caches.count$|    let L = caches.count; _ = caches[L]|' "$FUNCTIONS"
grep -q '_ = caches\[L\]' "$FUNCTIONS" || { echo "check-template: could not plant the trap" >&2; exit 1; }
grade trap "13 passed, 1 failed, 0 skipped" \
  "L_model_backward crashed: Index out of range at MyCourseFunctions.swift:[0-9]+" "update_parameters +passed"

if [ $failures != 0 ]; then
  echo "check-template: $failures failure(s)" >&2
  exit 1
fi
echo "check-template: the template's stubs, a solution and a trapping function grade as they should" >&2
