"""Loads the cat vs non-cat data as the Application notebook prepares it (NumPy only).

Looks for train_catvnoncat.h5 / test_catvnoncat.h5 in this order (SPEC section 4):
an explicit directory (then only there), else $DNN_DATASETS, ./datasets, ../shared/datasets.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import h5lite  # noqa: E402

TRAIN_FILE = "train_catvnoncat.h5"
TEST_FILE = "test_catvnoncat.h5"


def find_datasets(explicit=None):
    """The first directory holding both files; raises FileNotFoundError listing where it looked."""
    if explicit:
        candidates = [explicit]  # an explicit directory is not second-guessed
    else:
        candidates = [os.environ["DNN_DATASETS"]] if os.environ.get("DNN_DATASETS") else []
        candidates += ["datasets", os.path.join("..", "shared", "datasets")]
    for directory in candidates:
        if all(os.path.isfile(os.path.join(directory, f)) for f in (TRAIN_FILE, TEST_FILE)):
            return directory
    raise FileNotFoundError(f"cat data ({TRAIN_FILE}, {TEST_FILE}) not found in: {', '.join(candidates)}")


def load(directory=None):
    """(train_x, train_y, test_x, test_y): X = images.reshape(m, -1).T / 255, Y int64 of shape (1, m)."""
    directory = find_datasets(directory)
    train = h5lite.read_file(os.path.join(directory, TRAIN_FILE))
    test = h5lite.read_file(os.path.join(directory, TEST_FILE))
    train_x_orig, train_y = np.array(train["train_set_x"]), np.array(train["train_set_y"])
    test_x_orig, test_y = np.array(test["test_set_x"]), np.array(test["test_set_y"])
    train_y = train_y.reshape((1, train_y.shape[0]))
    test_y = test_y.reshape((1, test_y.shape[0]))
    train_x = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255
    test_x = test_x_orig.reshape(test_x_orig.shape[0], -1).T / 255
    return train_x, train_y, test_x, test_y
