"""Our stand-in for testCases_v4a (the v8a notebook, 2019-21): v3 with a new cost case and a wider
linear_backward case.

Note: public copies of testCases_v4a.py exist in two states; an early one still had the v4 cost
case (Y = [[1, 1, 1]]) and the narrow linear_backward case. This module serves the later one, which
the published v8a expected outputs (cost 0.2797765635793422) belong to.
"""
from testCases_v4 import *  # noqa: F401,F403
import numpy as np


def compute_cost_test_case():
    """No randomness: returns (Y, aL) with Y = [[1, 1, 0]] (integers) and aL = [[0.8, 0.9, 0.4]]."""
    Y = np.asarray([[1, 1, 0]])
    aL = np.array([[0.8, 0.9, 0.4]])
    return Y, aL


def linear_backward_test_case():
    """seed 1: dZ (3,4), then the linear cache A (5,4), W (3,5), b (3,1); returns (dZ, (A, W, b))."""
    np.random.seed(1)
    dZ = np.random.randn(3, 4)
    A = np.random.randn(5, 4)
    W = np.random.randn(3, 5)
    b = np.random.randn(3, 1)
    return dZ, (A, W, b)
