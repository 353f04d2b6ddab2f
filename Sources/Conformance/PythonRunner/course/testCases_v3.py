"""Our stand-in for testCases_v3 (the v5 notebook, 2018): the blog cases plus the 3-layer
forward case and print_grads. testCases_v4 (the v8 notebook) is the same module."""
from testCases_v2 import *  # noqa: F401,F403  (re-export every case and `np`)
import numpy as np


def L_model_forward_test_case_2hidden():
    """seed 6: X (5,4), W1 (4,5) b1 (4,1), W2 (3,4) b2 (3,1), W3 (1,3) b3 (1,1); returns (X, parameters)."""
    np.random.seed(6)
    X = np.random.randn(5, 4)
    parameters = {}
    for l, (rows, cols) in enumerate([(4, 5), (3, 4), (1, 3)], start=1):
        parameters["W%d" % l] = np.random.randn(rows, cols)
        parameters["b%d" % l] = np.random.randn(rows, 1)
    return X, parameters


def print_grads(grads):
    """Prints dW1, db1 and dA1 the way the notebook's test cell does (whatever dA1 means in the release)."""
    for key in ("dW1", "db1", "dA1"):
        print(key + " = " + str(grads[key]))
