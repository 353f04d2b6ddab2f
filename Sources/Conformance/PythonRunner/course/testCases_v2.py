"""Our stand-in for testCases_v2, the helper of the 2017-18 Step-by-Step notebooks (edition `blog`).

Every *_test_case function seeds NumPy's global RandomState and draws its arrays in the order of
the published recipes (SPEC section 3.1), so the arrays are bit-for-bit those of the notebook.
Return orders are the course's: e.g. compute_cost_test_case() -> (Y, aL),
L_model_backward_test_case() -> (AL, Y, caches) with caches a tuple of ((A, W, b), Z) pairs.
`from testCases_v2 import *` also brings `np`, as the original module does.
"""
import numpy as np


def linear_forward_test_case():
    """seed 1: A (3,2), W (1,3), b (1,1)."""
    np.random.seed(1)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return A, W, b


def linear_activation_forward_test_case():
    """seed 2: A_prev (3,2), W (1,3), b (1,1)."""
    np.random.seed(2)
    A_prev = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return A_prev, W, b


def L_model_forward_test_case():
    """seed 1: X (4,2), then W1 (3,4), b1 (3,1), W2 (1,3), b2 (1,1) in a parameters dict."""
    np.random.seed(1)
    X = np.random.randn(4, 2)
    W1 = np.random.randn(3, 4)
    b1 = np.random.randn(3, 1)
    W2 = np.random.randn(1, 3)
    b2 = np.random.randn(1, 1)
    return X, {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def compute_cost_test_case():
    """No randomness: Y = [[1, 1, 1]] (integers) and aL = [[0.8, 0.9, 0.4]]."""
    Y = np.asarray([[1, 1, 1]])
    aL = np.array([[0.8, 0.9, 0.4]])
    return Y, aL


def linear_backward_test_case():
    """seed 1: dZ (1,2), then the linear cache A (3,2), W (1,3), b (1,1)."""
    np.random.seed(1)
    dZ = np.random.randn(1, 2)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    return dZ, (A, W, b)


def linear_activation_backward_test_case():
    """seed 2: dA (1,2), A (3,2), W (1,3), b (1,1), Z (1,2); cache = ((A, W, b), Z)."""
    np.random.seed(2)
    dA = np.random.randn(1, 2)
    A = np.random.randn(3, 2)
    W = np.random.randn(1, 3)
    b = np.random.randn(1, 1)
    Z = np.random.randn(1, 2)
    return dA, ((A, W, b), Z)


def L_model_backward_test_case():
    """seed 3: AL (1,2), Y = [[1, 0]], then two ((A, W, b), Z) caches (layer 1, then layer 2)."""
    np.random.seed(3)
    AL = np.random.randn(1, 2)
    Y = np.array([[1, 0]])
    A1 = np.random.randn(4, 2)
    W1 = np.random.randn(3, 4)
    b1 = np.random.randn(3, 1)
    Z1 = np.random.randn(3, 2)
    A2 = np.random.randn(3, 2)
    W2 = np.random.randn(1, 3)
    b2 = np.random.randn(1, 1)
    Z2 = np.random.randn(1, 2)
    caches = (((A1, W1, b1), Z1), ((A2, W2, b2), Z2))
    return AL, Y, caches


def update_parameters_test_case():
    """seed 2: W1 (3,4) b1 (3,1) W2 (1,3) b2 (1,1); reseed 3: dW1 db1 dW2 db2 of the same shapes."""
    np.random.seed(2)
    W1 = np.random.randn(3, 4)
    b1 = np.random.randn(3, 1)
    W2 = np.random.randn(1, 3)
    b2 = np.random.randn(1, 1)
    np.random.seed(3)
    dW1 = np.random.randn(3, 4)
    db1 = np.random.randn(3, 1)
    dW2 = np.random.randn(1, 3)
    db2 = np.random.randn(1, 1)
    parameters = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
    return parameters, grads
