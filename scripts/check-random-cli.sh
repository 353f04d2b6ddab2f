#!/usr/bin/env bash
# Compares `dnn-conformance random` with NumPy's legacy RandomState, draw for draw (exact ==),
# and checks that bad input gives one line on stderr and exit status 2.
# Usage: scripts/check-random-cli.sh [BIN]   (default: .build/debug/dnn-conformance, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/dnn-conformance}"
if [ ! -x "$BIN" ]; then
  swift build --product dnn-conformance >&2
fi
PYTHON="${PYTHON:-python3}"
exec "$PYTHON" - "$BIN" <<'PY'
import json
import subprocess
import sys

import numpy as np

BIN = sys.argv[1]

# (seed as typed, specs): each compared with NumPy drawing the same specs from one stream.
CASES = [
    ("3", ["randn:1x3", "rand:2", "randn:1x1"]),
    ("1", ["randn:3x2", "randn:1x3", "randn:1x1"]),
    ("2", ["randn:5", "randint:0:10:7", "randn:3", "permutation:9", "rand:3x3"]),
    ("0", ["choice:10:6", "choice:10:4:noreplace", "randn:1", "randint:-5:5:11"]),
    ("4294967295", ["randint:-1099511627776:1099511627776:6", "randn:2x2", "rand:1"]),
    ("[7]", ["randn:3", "rand:2", "randn:2"]),
    ("[1,2,3]", ["permutation:12", "randn:7", "choice:1000003:5"]),
    ("[ 4294967295, 0, 17 ]", ["rand:4", "randn:1x5", "randint:-9223372036854775808:9223372036854775807:3"]),
    ("5", ["randn:0x3", "rand:0", "permutation:0", "choice:0:0", "randint:5:6:3", "randn:1"]),
    ("6", []),
    # Many values, so that every printing style of Double.description (exponents included) meets
    # Python's parser.
    ("12", ["randn:100x100", "rand:10000", "randn:1"]),
]


def numpy_draws(seed, specs):
    rs = np.random.RandomState(seed)
    out = []
    for spec in specs:
        kind, *fields = spec.split(":")
        if kind in ("randn", "rand"):
            dims = [int(d) for d in fields[0].split("x")]
            out.append(("double", getattr(rs, kind)(*dims).ravel().tolist()))
        elif kind == "randint":
            low, high, n = (int(f) for f in fields)
            out.append(("int", rs.randint(low, high, size=n).tolist()))
        elif kind == "permutation":
            out.append(("int", rs.permutation(int(fields[0])).tolist()))
        elif kind == "choice":
            replace = not (len(fields) == 3 and fields[2] == "noreplace")
            out.append(("int", rs.choice(int(fields[0]), int(fields[1]), replace=replace).tolist()))
        else:
            raise ValueError(spec)
    return out


def bits(x):
    return "%016x" % int(np.float64(x).view(np.uint64))


failures = 0
compared = 0
for seed_text, specs in CASES:
    seed = json.loads(seed_text)
    run = subprocess.run([BIN, "random", "--seed", seed_text, *specs], capture_output=True, text=True)
    label = "random --seed %s %s" % (seed_text, " ".join(specs))
    if run.returncode != 0:
        print("FAIL %s: exit %d, %s" % (label, run.returncode, run.stderr.strip()))
        failures += 1
        continue
    got = json.loads(run.stdout)  # Python's float parsing: correctly rounded
    expected = numpy_draws(seed, specs)
    if len(got) != len(expected):
        print("FAIL %s: %d arrays, expected %d" % (label, len(got), len(expected)))
        failures += 1
        continue
    for spec, values, (kind, reference) in zip(specs, got, expected):
        if kind == "double":
            ok = len(values) == len(reference) and all(
                isinstance(v, float) and bits(v) == bits(r) for v, r in zip(values, reference))
        else:
            ok = values == reference and all(type(v) is int for v in values)
        compared += len(reference)
        if not ok:
            print("FAIL %s: %s gave %r, NumPy %r" % (label, spec, values, reference))
            failures += 1

# Bad input: one line on stderr, nothing on stdout, exit status 2.
BAD = [
    ["random", "--seed", "-1", "rand:1"],
    ["random", "--seed", "4294967296", "rand:1"],
    ["random", "--seed", "abc", "rand:1"],
    ["random", "--seed", "[]", "rand:1"],
    ["random", "--seed", "[1,-2]", "rand:1"],
    ["random", "--seed", "1", "randn:3x"],
    ["random", "--seed", "1", "randn:-3"],
    ["random", "--seed", "1", "bogus:1"],
    ["random", "--seed", "1", "randint:5:5:3"],
    ["random", "--seed", "1", "randint:0:9223372036854775808:3"],
    ["random", "--seed", "1", "choice:3:5:noreplace"],
    ["random", "--seed", "1", "choice:3:2:maybe"],
    ["random", "--seed", "1", "--bogus"],
    ["random", "rand:1"],
    ["no-such-command"],
]
for args in BAD:
    run = subprocess.run([BIN, *args], capture_output=True, text=True)
    lines = run.stderr.splitlines()
    if run.returncode != 2 or len(lines) != 1 or run.stdout or not lines[0].startswith("dnn-conformance: error: "):
        print("FAIL %s: exit %d, stdout %r, stderr %r" % (" ".join(args), run.returncode, run.stdout, run.stderr))
        failures += 1

for args in (["--help"], ["random", "--help"], ["help", "random"]):
    run = subprocess.run([BIN, *args], capture_output=True, text=True)
    if run.returncode != 0 or "USAGE" not in run.stdout:
        print("FAIL %s: exit %d" % (" ".join(args), run.returncode))
        failures += 1

if failures:
    print("check-random-cli: %d failure(s)" % failures)
    sys.exit(1)
print("check-random-cli: %d cases, %d values identical to NumPy; %d bad inputs rejected with status 2"
      % (len(CASES), compared, len(BAD)))
PY
