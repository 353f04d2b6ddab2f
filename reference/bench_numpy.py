#!/usr/bin/env python3
"""NumPy's side of `make bench`: the same measurements as `dnn-conformance bench ...`.

Usage: python3 reference/bench_numpy.py rng [--draws N] [--repeats K]
       python3 reference/bench_numpy.py train [--iterations N] [--datasets DIR]
       python3 reference/bench_numpy.py shallow [--repeats K] [--datasets DIR]

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


def bench_train(args):
    """The notebook's training loops (reference/course.py), data loading excluded."""
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    import catdata
    import course

    train_x, train_y, _, _ = catdata.load(args.datasets)
    details = {"iterations": args.iterations, "numpy": np.__version__}
    start = time.perf_counter()
    course.two_layer_model(train_x, train_y, (12288, 7, 1), 0.0075, args.iterations, seed=1)
    print(line("train.two_layer_model", time.perf_counter() - start, "s", **details), flush=True)
    start = time.perf_counter()
    course.L_layer_model(train_x, train_y, [12288, 20, 7, 5, 1], 0.0075, args.iterations, seed=1, init_seed=3)
    print(line("train.L_layer_model", time.perf_counter() - start, "s", **details), flush=True)


def bench_shallow(args):
    """Week 2's model (2000 iterations) and week 3's nn_model (10000 iterations), data loading excluded."""
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    import catdata
    import logistic
    import planar
    train_x, train_y, test_x, test_y = catdata.load(args.datasets)
    X, Y = planar.load_planar_dataset()
    logreg = best_seconds(args.repeats, lambda: logistic.model(train_x, train_y, test_x, test_y, 2000, 0.005))
    nn = best_seconds(args.repeats, lambda: planar.nn_model(X, Y, 4, num_iterations=10000))
    print(line("shallow.logreg_model", logreg, "s", iterations=2000, numpy=np.__version__), flush=True)
    print(line("shallow.planar_nn_model", nn, "s", iterations=10000, hidden=4, numpy=np.__version__), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="benchmark", required=True)
    rng = sub.add_parser("rng", help="randn and rand throughput of np.random.RandomState")
    rng.add_argument("--draws", type=int, default=10_000_000)
    rng.add_argument("--repeats", type=int, default=5)
    rng.set_defaults(run=bench_rng)
    train = sub.add_parser("train", help="the notebook's 2-layer and 5-layer training loops on the cat data")
    train.add_argument("--iterations", type=int, default=2500)
    train.add_argument("--datasets", help="directory holding the two .h5 files")
    train.set_defaults(run=bench_train)
    shallow = sub.add_parser("shallow", help="week 2's logistic regression and week 3's planar model")
    shallow.add_argument("--repeats", type=int, default=1)
    shallow.add_argument("--datasets", help="directory holding the two .h5 files")
    shallow.set_defaults(run=bench_shallow)
    args = parser.parse_args()
    args.run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
