"""Runs the week-2 and week-3 models in NumPy and writes their logs under Fixtures/reference/.

    python3 reference/shallow_training.py [--datasets DIR]

- training-logreg.json: week 2's model on the cat data (2000 iterations at 0.005, the cost every
  100 and at the last iteration) and the notebook's learning-rate comparison (0.01, 0.001, 0.0001
  for 1500 iterations).
- training-planar.json: the flower X and Y (load_planar_dataset), nn_model with 4 hidden units
  (10000 iterations, the cost every 1000), and the hidden-layer sweep (1, 2, 3, 4, 5, 20, 50 units,
  5000 iterations), each as the releases up to the first 2021 one run it (nn_model seeds 3,
  initialize_parameters reseeds 2) and, under "without_reseed", as the later W3A1 release does
  (initialize_parameters draws on from nn_model's seed 3).
Takes about a minute. OpenBLAS is pinned to 2 threads, as in training.py.
"""

import os

os.environ["OPENBLAS_NUM_THREADS"] = "2"  # must precede the numpy import

import argparse  # noqa: E402
import sys  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import catdata  # noqa: E402
import jsonout  # noqa: E402
import logistic  # noqa: E402
import planar  # noqa: E402

OUT_DIR = os.path.join("Fixtures", "reference")
LEARNING_RATES = [0.01, 0.001, 0.0001]
HIDDEN_SIZES = [1, 2, 3, 4, 5, 20, 50]


def logreg_runs(datasets):
    train_x, train_y, test_x, test_y = catdata.load(datasets)
    runs = {}
    run = logistic.model(train_x, train_y, test_x, test_y, num_iterations=2000, learning_rate=0.005)
    runs["model"] = {key: run[key] for key in ("costs", "train_accuracy", "test_accuracy")}
    for rate in LEARNING_RATES:
        print(f"shallow_training: logistic regression at {rate}", file=sys.stderr, flush=True)
        run = logistic.model(train_x, train_y, test_x, test_y, num_iterations=1500, learning_rate=rate)
        runs[f"learning_rate_{rate}"] = {key: run[key] for key in ("costs", "train_accuracy", "test_accuracy")}
    return runs


def planar_sweep(X, Y, init_seed):
    """nn_model with 4 hidden units for 10000 iterations, then the hidden-layer sweep."""
    runs = {}
    parameters, costs = planar.nn_model(X, Y, 4, num_iterations=10000, init_seed=init_seed)
    runs["nn_model"] = {"costs": costs, "train_accuracy": planar.accuracy(planar.predict(parameters, X), Y)}
    for n_h in HIDDEN_SIZES:
        print(f"shallow_training: nn_model with {n_h} hidden units (init_seed {init_seed})", file=sys.stderr, flush=True)
        parameters, costs = planar.nn_model(X, Y, n_h, num_iterations=5000, init_seed=init_seed)
        runs[f"hidden_{n_h}"] = {"costs": costs, "train_accuracy": planar.accuracy(planar.predict(parameters, X), Y)}
    return runs


def planar_runs():
    X, Y = planar.load_planar_dataset()
    out = {"X": jsonout.array(X), "Y": jsonout.array(Y)}
    out.update(planar_sweep(X, Y, init_seed=2))
    out["without_reseed"] = planar_sweep(X, Y, init_seed=None)
    return out


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--datasets", help="directory holding the two cat .h5 files")
    args = parser.parse_args(argv)
    jsonout.write(os.path.join(OUT_DIR, "training-planar.json"), planar_runs())
    jsonout.write(os.path.join(OUT_DIR, "training-logreg.json"), logreg_runs(args.datasets))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
