#!/usr/bin/env bash
# Checks the tool's refusals of bad input that SPEC §6 asks for beyond what check-random-cli.sh
# covers: an explicit `run --datasets` without readable cat data, the week-2/3 options of `train`,
# `data` and `stability`, `random` and `train` requests
# larger than this machine's memory (one line on stderr naming the size, nothing on stdout, exit 2),
# and that `random` streams: a 10^7-value request runs within an address-space limit (prlimit)
# that holding its output would exceed, and prints the same bytes as before.
# Usage: scripts/check-bad-input.sh [BIN]   (default: .build/debug/dnn-conformance, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/dnn-conformance}"
case "$BIN" in /*) ;; *) BIN="$(pwd -P)/$BIN" ;; esac
if [ ! -x "$BIN" ]; then swift build --product dnn-conformance >&2; fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
fail() { echo "check-bad-input: FAIL: $*" >&2; failures=$((failures + 1)); }

# refused PATTERN ARGS...: exit 2, nothing on stdout, one line on stderr matching PATTERN.
refused() {
  local pattern=$1; shift
  local status=0
  (cd "$TMP" && "$BIN" "$@") >"$TMP/out" 2>"$TMP/err" || status=$?
  if [ $status != 2 ] || [ -s "$TMP/out" ] || [ "$(wc -l <"$TMP/err")" != 1 ] || ! grep -Eq -e "$pattern" "$TMP/err"; then
    fail "$*: exit $status, stdout $(head -c 200 "$TMP/out"), stderr $(head -c 300 "$TMP/err")"
  fi
}

# An explicit --datasets with no readable cat data: missing, empty, not HDF5, truncated.
mkdir -p "$TMP/empty" "$TMP/garbage" "$TMP/truncated"
printf 'not hdf5 at all' >"$TMP/garbage/train_catvnoncat.h5"
cp "$TMP/garbage/train_catvnoncat.h5" "$TMP/garbage/test_catvnoncat.h5"
printf '\211HDF\r\n\032\n' >"$TMP/truncated/train_catvnoncat.h5"
cp "$TMP/truncated/train_catvnoncat.h5" "$TMP/truncated/test_catvnoncat.h5"
refused "does not exist" run --edition blog --datasets "$TMP/missing"
refused "has no train_catvnoncat.h5" run --edition blog --datasets "$TMP/empty"
refused "not an HDF5 file" run --edition blog --datasets "$TMP/garbage"
refused "truncated_or_damaged|truncated or damaged|cannot open" run --edition blog --datasets "$TMP/truncated"
refused "has no train_catvnoncat.h5" run --edition 2021 --datasets "$TMP/empty"
# grade: a learner file that is not a regular file is refused before it is opened (a FIFO would
# block a reader forever), --report naming the learner's file is refused (it would be overwritten),
# and an explicit --datasets without cat data is bad input for grade too.
mkfifo "$TMP/notebook.ipynb"
printf 'import numpy as np\n' >"$TMP/learner.py"
refused "not a regular file" grade "$TMP/notebook.ipynb"
refused "a directory" grade "$TMP/empty"
refused "is the learner's file itself" grade "$TMP/learner.py" --report "$TMP/learner.py"
refused "does not exist" grade "$TMP/learner.py" --datasets "$TMP/missing"
refused "name the learner's file" grade
refused "unknown edition" grade "$TMP/learner.py" --edition v6
[ "$(cat "$TMP/learner.py")" = "import numpy as np" ] || fail "grade changed the learner's file"
# Without --datasets, missing data still skips the training checks (exit 0).
status=0
(cd "$TMP" && env -u DNN_DATASETS "$BIN" run --edition blog) >"$TMP/out" 2>&1 || status=$?
[ $status = 0 ] || fail "run without --datasets and no data exited $status, expected 0"
grep -q "skipped: cat data not found" "$TMP/out" || fail "run without data: no skip reason printed"

# Weeks 2 and 3: options that belong to another model, bad values, unknown data sets, missing data.
refused "needs --dims, --init and --seed" train
refused "--hidden is for --model planar" train --model logreg --hidden 3
refused "--dims is for --model deep" train --model planar --dims 12288,7,1
refused "--hidden must be between 1 and 10000" train --model planar --hidden 0
refused "--iterations must be positive" train --model planar --iterations 0
refused "--datasets is not used by --model planar" train --model planar --datasets "$TMP/empty"
refused "does not exist" train --model logreg --datasets "$TMP/missing"
refused "has no train_catvnoncat.h5" train --model logreg --datasets "$TMP/empty"
refused "planar" data flower
refused "does not exist" stability --datasets "$TMP/missing"
refused "unknown edition" stability --edition w4

# Requests larger than this machine's memory.
refused "randn:1000000x1000000.*asks for 7\.3 TiB of values; this machine has [0-9.]+ [KMGT]iB" \
  random --seed 1 randn:1000000x1000000
refused "asks for .* of values; this machine has" random --seed 1 rand:9999999999999
refused "asks for .* of values; this machine has" random --seed 1 permutation:99999999999
refused "asks for .* of values; this machine has" random --seed 1 choice:99999999999:2:noreplace
refused "at most 100000000 values per spec" random --seed 1 randn:20000x10000
refused "^dnn-conformance: error: --dims 12288,100000,1 asks for [0-9.]+ GiB of memory to train; this machine has" \
  train --dims 12288,100000,1 --init small --seed 1
refused "asks for .* of memory to train" train --dims 12288,99999999999999,1 --init sqrt --seed 3

# Streaming: 10^7 doubles (196 MB of JSON) within a 400 MB address space, byte for byte what the
# tool printed before it streamed (checksum and length taken from that version's output).
if command -v prlimit >/dev/null; then
  sum=$(prlimit --as=400000000 "$BIN" random --seed 1 randn:2000x5000 2>"$TMP/err" | cksum)
  [ "$sum" = "4039219920 196313923" ] \
    || fail "random randn:2000x5000 under a 400 MB limit: cksum '$sum', expected '4039219920 196313923' ($(head -c 200 "$TMP/err"))"
else
  echo "check-bad-input: note: prlimit missing, streaming not checked" >&2
fi

if [ $failures -gt 0 ]; then echo "check-bad-input: $failures failed" >&2; exit 1; fi
echo "check-bad-input: ok"
