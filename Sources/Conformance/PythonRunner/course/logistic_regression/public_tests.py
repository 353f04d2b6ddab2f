"""Our stand-in for public_tests of the week-2 notebook (W2A2, 2021 onward): every test name of
both versions (`initialize_with_zeros_test` and `_test_1`/`_test_2`), each checking the learner's
function on a small case of ours against our own reference and printing one line. Quiet and never
raising (shared/_quiet_tests.py); the grader skips the notebook's calls of them anyway. Nothing
here carries a graded function's name.
"""
import numpy as np

from _quiet_tests import differences as _differences
from _quiet_tests import quiet as _quiet

# A small case of our own (not the course's).
_W = np.array([[0.5], [-1.0], [0.25]])
_B = 0.75
_X = np.array([[1.0, -2.0, 0.5, 3.0], [0.0, 1.5, -1.0, 2.0], [2.0, -0.5, 1.0, -1.5]])
_Y = np.array([[1, 0, 1, 0]])


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def _propagate(w, b, X, Y):
    m = X.shape[1]
    A = _sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    return {"dw": np.dot(X, (A - Y).T) / m, "db": np.sum(A - Y) / m}, cost


def _optimize(w, b, X, Y, iterations, rate):
    costs = []
    for i in range(iterations):
        grads, cost = _propagate(w, b, X, Y)
        w, b = w - rate * grads["dw"], b - rate * grads["db"]
        if i % 100 == 0:
            costs.append(cost)
    return {"w": w, "b": b}, grads, costs


def _predict(w, b, X):
    return (_sigmoid(np.dot(w.T, X) + b) > 0.5).astype(float)


@_quiet
def sigmoid_test(target):
    z = np.array([0, 2, -1.5])
    return _differences(_sigmoid(z), target(z), "sigmoid")


def _zeros_test(target, dim):
    w, b = target(dim)
    problems = _differences(np.zeros((dim, 1)), w, "w")
    if not isinstance(b, float) or b != 0:
        problems.append("b must be the float 0.0, not %r" % (b,))
    return problems


@_quiet
def initialize_with_zeros_test(target):
    return _zeros_test(target, 3)


@_quiet
def initialize_with_zeros_test_1(target):
    return _zeros_test(target, 3)


@_quiet
def initialize_with_zeros_test_2(target):
    return _zeros_test(target, 4)


@_quiet
def propagate_test(target):
    return _differences(_propagate(_W, _B, _X, _Y), target(_W.copy(), _B, _X, _Y), "(grads, cost)")


@_quiet
def optimize_test(target):
    expected = _optimize(_W, _B, _X, _Y, 101, 0.1)
    return _differences(expected, target(_W.copy(), _B, _X, _Y, num_iterations=101, learning_rate=0.1), "(params, grads, costs)")


@_quiet
def predict_test(target):
    return _differences(_predict(_W, _B, _X), target(_W, _B, _X), "predictions")


@_quiet
def model_test(target):
    """seed 0: 7 training and 3 test examples of 4 features, 50 iterations at 0.01."""
    np.random.seed(0)
    X, X_test = np.random.randn(4, 7), np.random.randn(4, 3)
    Y, Y_test = np.array([[1, 0, 0, 1, 0, 0, 1]]), np.array([[0, 1, 0]])
    params, _, costs = _optimize(np.zeros((4, 1)), 0.0, X, Y, 50, 0.01)
    expected = {"costs": costs, "w": params["w"], "b": params["b"],
                "Y_prediction_train": _predict(params["w"], params["b"], X),
                "Y_prediction_test": _predict(params["w"], params["b"], X_test)}
    return _differences(expected, target(X, Y, X_test, Y_test, num_iterations=50, learning_rate=0.01), "d")
