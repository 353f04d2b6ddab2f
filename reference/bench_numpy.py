#!/usr/bin/env python3
"""NumPy's side of `make bench`: the same measurements as `dnn-conformance bench ...`.

Usage: python3 reference/bench_numpy.py rng [--draws N] [--repeats K]

Prints lines `NAME VALUE UNIT key=value ...` (the format of `dnn-conformance bench`):
a unit ending in `/s` is a rate (higher is better), any other unit a time (lower is better).
"""

import argparse
import sys
import time

import numpy as np


def best_seconds(repeats, body):
    best = float("inf")
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        body()
        best = min(best, time.perf_counter() - start)
    return best


def line(name, value, unit, **details):
    fields = [name, "%.2f" % value, unit] + ["%s=%s" % item for item in details.items()]
    return " ".join(fields)


def bench_rng(args):
    rs = np.random.RandomState(1)  # the legacy generator, as np.random.seed/randn use
    randn = best_seconds(args.repeats, lambda: rs.randn(args.draws))
    rand = best_seconds(args.repeats, lambda: rs.rand(args.draws))
    details = {"draws": args.draws, "best_of": args.repeats, "numpy": np.__version__}
    print(line("rng.randn", args.draws / randn / 1e6, "Mdraws/s", **details))
    print(line("rng.rand", args.draws / rand / 1e6, "Mdraws/s", **details))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="benchmark", required=True)
    rng = sub.add_parser("rng", help="randn and rand throughput of np.random.RandomState")
    rng.add_argument("--draws", type=int, default=10_000_000)
    rng.add_argument("--repeats", type=int, default=5)
    rng.set_defaults(run=bench_rng)
    args = parser.parse_args()
    args.run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
