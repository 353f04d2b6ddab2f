"""Times the Application notebook's NumPy training loops on the cat data.

    python3 reference/bench_training.py [N] [--datasets DIR]

N iterations per model (default 2500, the notebook's run). Prints one line per model,
`two_layer_model SECONDS` then `L_layer_model SECONDS`: wall-clock seconds of the training loop
alone (initialisation included, data loading and prediction excluded). The models run one after
the other, never concurrently. Same loops as reference/training.py (blog edition). NumPy and
OpenBLAS run at their defaults (all cores); set OPENBLAS_NUM_THREADS to pin the thread count.
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catdata  # noqa: E402
import course  # noqa: E402

LEARNING_RATE = 0.0075


def main(argv):
    parser = argparse.ArgumentParser(description="Times the notebook's NumPy training loops.")
    parser.add_argument("iterations", nargs="?", type=int, default=2500, help="iterations per model")
    parser.add_argument("--datasets", help="directory holding the two .h5 files")
    args = parser.parse_args(argv)
    if args.iterations < 1:
        parser.error("iterations must be at least 1")
    try:
        train_x, train_y, _, _ = catdata.load(args.datasets)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    start = time.perf_counter()
    course.two_layer_model(train_x, train_y, (12288, 7, 1), LEARNING_RATE, args.iterations, seed=1)
    print(f"two_layer_model {time.perf_counter() - start:.3f}", flush=True)

    start = time.perf_counter()
    course.L_layer_model(train_x, train_y, [12288, 20, 7, 5, 1], LEARNING_RATE, args.iterations,
                         seed=1, init_seed=3)
    print(f"L_layer_model {time.perf_counter() - start:.3f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
