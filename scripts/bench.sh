#!/usr/bin/env bash
# `make bench`: NumPy first, then Swift, one after the other (never concurrently: on 2 cores
# two measurements slow each other down), then a table with the Swift/NumPy speed ratio.
# Usage: scripts/bench.sh BIN [BENCHMARK...]   (default benchmarks: rng train shallow)
# BENCH_ROUNDS=N (default 2) repeats the whole NumPy-then-Swift sequence N times and keeps each
# side's best value: the machine's speed drifts over minutes, and alternating rounds see both
# sides through the same drift.
# Each side prints lines `NAME VALUE UNIT ...`; a unit ending in /s is a rate (higher is better),
# any other unit a time (lower is better). A new benchmark (e.g. train) only needs both sides
# to print such lines: add its name to the default list below. A Swift line NAME.VARIANT with no
# NumPy line of its own is compared with NumPy's NAME (both training paths against one notebook loop).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:?usage: scripts/bench.sh BIN [BENCHMARK...]}"
shift
PYTHON="${PYTHON:-python3}"
benchmarks=("$@")
if [ ${#benchmarks[@]} -eq 0 ]; then benchmarks=(rng train shallow); fi

numpy_out=$(mktemp)
swift_out=$(mktemp)
trap 'rm -f "$numpy_out" "$swift_out"' EXIT

ROUNDS="${BENCH_ROUNDS:-2}"
case "$ROUNDS" in ''|*[!0-9]*|0) echo "bench.sh: BENCH_ROUNDS must be a positive integer, not '$ROUNDS'" >&2; exit 2;; esac
for round in $(seq "$ROUNDS"); do
  for benchmark in "${benchmarks[@]}"; do
    echo "bench: round $round/$ROUNDS: numpy $benchmark ..." >&2
    "$PYTHON" reference/bench_numpy.py "$benchmark" >>"$numpy_out"
    echo "bench: round $round/$ROUNDS: swift $benchmark ..." >&2
    "$BIN" bench "$benchmark" >>"$swift_out"
  done
done

awk '
  # The best of the rounds: the highest rate (a unit ending in /s), else the lowest time; for a
  # size (MiB) the largest, the worst case.
  function better(old, new, u) { return old == "" ? new : (u ~ /\/s$/ || u == "MiB" ? (new > old ? new : old) : (new < old ? new : old)) }
  FNR == NR { unit[$1] = $3; numpy[$1] = better(numpy[$1], $2 + 0, $3); next }
  { if (!($1 in unit)) unit[$1] = $3; swift[$1] = better(swift[$1], $2 + 0, unit[$1]); if (!($1 in seen)) { order[++n] = $1; seen[$1] = 1 } }
  END {
    printf "%-34s %12s %12s  %-10s %s\n", "benchmark", "NumPy", "Swift", "unit", "Swift/NumPy speed"
    for (i = 1; i <= n; i++) {
      name = order[i]
      base = name; sub(/\.[^.]*$/, "", base)
      if (!(name in numpy) && (base in numpy)) { numpy[name] = numpy[base] }
      if (!(name in numpy)) { printf "%-34s %12s %12s  %-10s %s\n", name, "-", swift[name], unit[name], "-"; continue }
      rate = unit[name] ~ /\/s$/
      ratio = rate ? swift[name] / numpy[name] : numpy[name] / swift[name]
      printf "%-34s %12s %12s  %-10s %.2fx\n", name, numpy[name], swift[name], unit[name], ratio
    }
  }
' "$numpy_out" "$swift_out"
