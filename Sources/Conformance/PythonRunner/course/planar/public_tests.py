"""Our stand-in for public_tests of the week-3 notebook (W3A1, 2021 onward): the same test names,
`<function>_test(target)`, each checking the learner's function on the testCases_v2 case (or, for
the initializer and nn_model, on the release's seeds) against our own reference and printing one
line. Quiet and never raising (shared/_quiet_tests.py); the grader skips the notebook's calls of
them anyway. Nothing here carries a graded function's name, so a learner's function can never
reach one of ours by that name.
"""
import inspect

import numpy as np

import testCases_v2 as _cases
from _quiet_tests import differences as _differences
from _quiet_tests import quiet as _quiet


# --- our reference (one hidden layer: tanh, then sigmoid) ------------------------------------
def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _init(n_x, n_h, n_y):
    W1 = np.random.randn(n_h, n_x) * 0.01
    W2 = np.random.randn(n_y, n_h) * 0.01
    return {"W1": W1, "b1": np.zeros((n_h, 1)), "W2": W2, "b2": np.zeros((n_y, 1))}


def _forward(X, p):
    Z1 = np.dot(p["W1"], X) + p["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(p["W2"], A1) + p["b2"]
    A2 = _sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def _cost(A2, Y):
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2)) / m)


def _backward(p, cache, X, Y):
    m = X.shape[1]
    dZ2 = cache["A2"] - Y
    dZ1 = np.dot(p["W2"].T, dZ2) * (1 - cache["A1"] ** 2)
    return {"dW1": np.dot(dZ1, X.T) / m, "db1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "dW2": np.dot(dZ2, cache["A1"].T) / m, "db2": np.sum(dZ2, axis=1, keepdims=True) / m}


def _update(p, grads, rate=1.2):
    return {key: p[key] - rate * grads["d" + key] for key in ("W1", "b1", "W2", "b2")}


def _train(X, Y, n_h, iterations, reseed):
    np.random.seed(3)
    if reseed:
        np.random.seed(2)
    p = _init(X.shape[0], n_h, Y.shape[0])
    for _ in range(iterations):
        A2, cache = _forward(X, p)
        p = _update(p, _backward(p, cache, X, Y))
    return p


def _takes_parameters(target):
    """True when compute_cost takes (A2, Y, parameters) (v5-v6c), False for (A2, Y) (2021)."""
    try:
        return len(inspect.signature(target).parameters) >= 3
    except (TypeError, ValueError):
        return False


# --- the tests ----------------------------------------------------------------------------------
@_quiet
def layer_sizes_test(target):
    X, Y = _cases.layer_sizes_test_case()
    return _differences((5, 4, 2), tuple(target(X, Y)), "layer_sizes")


@_quiet
def initialize_parameters_test(target):
    """seed 2, then target(3, 5, 2) (the later release's test; a function reseeding 2 passes too)."""
    np.random.seed(2)
    expected = _init(3, 5, 2)
    np.random.seed(2)
    return _differences(expected, target(3, 5, 2), "parameters")


@_quiet
def forward_propagation_test(target):
    X, p = _cases.forward_propagation_test_case()
    return _differences(_forward(X, p), target(X, p), "(A2, cache)")


@_quiet
def compute_cost_test(target):
    A2, Y, p = _cases.compute_cost_test_case()
    cost = target(A2, Y, p) if _takes_parameters(target) else target(A2, Y)
    return _differences(_cost(A2, Y), cost, "cost")


@_quiet
def backward_propagation_test(target):
    p, cache, X, Y = _cases.backward_propagation_test_case()
    return _differences(_backward(p, cache, X, Y), target(p, cache, X, Y), "grads")


@_quiet
def update_parameters_test(target):
    p, grads = _cases.update_parameters_test_case()
    return _differences(_update(p, grads), target(p, grads), "parameters")


@_quiet
def nn_model_test(target):
    """100 iterations from seed 3: either release's seeding (initialize_parameters reseeding 2 or
    not) passes."""
    X, Y = _cases.nn_model_test_case()
    np.random.seed(3)
    out = target(X, Y, 4, 100)
    problems = [_differences(_train(X, Y, 4, 100, reseed), out, "parameters") for reseed in (True, False)]
    return min(problems, key=len)


@_quiet
def predict_test(target):
    p, X = _cases.predict_test_case()
    return _differences(_forward(X, p)[0] > 0.5, target(p, X), "predictions")
