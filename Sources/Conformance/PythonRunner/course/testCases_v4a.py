"""Our stand-in for testCases_v4a (edition `v4a`): v3 with a new cost case and a wider linear_backward case."""
from testCases_v3 import *  # noqa: F401,F403
import numpy as np


def compute_cost_test_case():
    """No randomness: Y = [[1, 1, 0]] (integers) and aL = [[0.8, 0.9, 0.4]]."""
    Y = np.asarray([[1, 1, 0]])
    aL = np.array([[0.8, 0.9, 0.4]])
    return Y, aL


def linear_backward_test_case():
    """seed 1: dZ (3,4), then the linear cache A (5,4), W (3,5), b (3,1)."""
    np.random.seed(1)
    dZ = np.random.randn(3, 4)
    A = np.random.randn(5, 4)
    W = np.random.randn(3, 5)
    b = np.random.randn(3, 1)
    return dZ, (A, W, b)
