#!/usr/bin/env python3
"""`make reference`: regenerate every file under Fixtures/ that our NumPy scripts produce.

Runs, from the package root and one after the other:
  reference/random_vectors.py   Fixtures/random/*.json      (RNG reference vectors)
  reference/fixtures.py         Fixtures/reference/<edition>.json (testCases and outputs)
  reference/training.py         Fixtures/reference/training-blog/coursera.json (needs the cat data; ~2 min)
  reference/shallow_training.py Fixtures/reference/training-logreg/planar.json (weeks 2 and 3;
                                the logistic regression needs the cat data; ~1 min)
  reference/check_published.py  checks Fixtures/published/ against the regenerated references
The published files are transcriptions, not generated. `--skip-training` leaves the training logs.
Exit status: non-zero as soon as one step fails.
"""

import argparse
import os
import subprocess
import sys


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-training", action="store_true", help="keep the training logs as they are")
    parser.add_argument("--datasets", help="directory holding the two cat .h5 files (for training.py)")
    args = parser.parse_args(argv)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    steps = [["reference/random_vectors.py"], ["reference/fixtures.py"]]
    if not args.skip_training:
        datasets = ["--datasets", args.datasets] if args.datasets else []
        steps.append(["reference/training.py"] + datasets)
        steps.append(["reference/shallow_training.py"] + datasets)
    steps.append(["reference/check_published.py"])
    for step in steps:
        print("reference: " + " ".join(step), file=sys.stderr, flush=True)
        status = subprocess.call([sys.executable] + step, cwd=root)
        if status != 0:
            print(f"reference: {step[0]} failed with status {status}", file=sys.stderr)
            return status
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
