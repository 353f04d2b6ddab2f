"""Our stand-in for the course's dnn_utils module (activations and their backward steps).

Same names, arguments and return values as the helper the week-4 notebooks import:
the forward functions return (A, cache) with cache = Z; the backward ones take (dA, Z).
"""
import numpy as np


def sigmoid(Z):
    """Logistic function 1/(1+exp(-Z)); returns (A, Z)."""
    A = 1 / (1 + np.exp(-Z))
    return A, Z


def relu(Z):
    """Rectified linear unit max(0, Z); returns (A, Z)."""
    A = np.maximum(0, Z)
    assert A.shape == Z.shape
    return A, Z


def sigmoid_backward(dA, cache):
    """dZ = dA * s * (1 - s) with s = sigmoid(Z), Z being the cache."""
    Z = cache
    s = 1 / (1 + np.exp(-Z))
    dZ = dA * s * (1 - s)
    assert dZ.shape == Z.shape
    return dZ


def relu_backward(dA, cache):
    """dZ = dA where Z > 0 and 0 where Z <= 0 (a copy: dA is left untouched)."""
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    assert dZ.shape == Z.shape
    return dZ
