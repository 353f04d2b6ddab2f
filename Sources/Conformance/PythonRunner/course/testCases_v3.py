"""Our stand-in for testCases_v3 (the v5 notebook, 2018): the blog cases plus the 3-layer
forward case and print_grads (which prints grads["dA2"] as dA1, see below)."""
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
    """Prints dW1, db1 and, labelled "dA1", grads["dA2"]: the v5 notebook keeps the blog keys
    (grads["dA" + str(l)] = gradient w.r.t. the input of layer l) and shows the gradient flowing
    out of layer 2 under the lecture's name dA1. A learner using the v8 keys gets a KeyError here."""
    print("dW1 = " + str(grads["dW1"]))
    print("db1 = " + str(grads["db1"]))
    print("dA1 = " + str(grads["dA2"]))
