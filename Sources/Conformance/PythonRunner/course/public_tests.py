"""Our stand-in for public_tests of the 2021+ notebooks (Step by Step W4A1 and Application W4A2).

Every test function of the course's modules exists, with its name and argument: `<name>_test(target)`
(2021), `initialize_parameters_test_1/_2` and `initialize_parameters_deep_test_1/_2` (2023), and
`two_layer_model_test`, `L_layer_model_test` (Application 2021). Each builds the release's test case,
computes the expected output with our own reference code (dnn_app_utils_v3, _models), checks the
target with test_utils and prints one line ("All tests passed." or what failed).

They never raise, whatever the target does, and do only light work (the model tests train a 10-unit
network for 2-3 iterations). Notebooks call them at top level; the grader skips those calls, so
these are here to make `from public_tests import *` and such calls harmless.
"""
import copy

import numpy as np

import _models
import dnn_app_utils_v3 as _ref
import testCases_v4a as _cases
from test_utils import multiple_test, single_test


def _safely(test):
    """Runs a test body; a failure of the harness itself becomes one printed line."""
    def run(target):
        try:
            return test(target)
        except Exception as exc:  # noqa: BLE001 - never stop the caller
            print("\033[91m Test could not run: %s: %s\033[0m" % (type(exc).__name__, exc))
            return False
    run.__name__, run.__doc__ = test.__name__, test.__doc__
    return run


def _cases_of(args, expected, names=("datatype_check", "shape_check", "equation_output_check"), what=""):
    """The course's test-case dicts for one input and its expected output."""
    errors = {"datatype_check": "Datatype mismatch", "shape_check": "Wrong shape", "equation_output_check": "Wrong output"}
    return [{"name": n, "input": list(args), "expected": expected, "error": errors[n] + what} for n in names]


def _step_by_step_deep(layer_dims):
    """The Step-by-Step initializer: seed 3, randn * 0.01, zero biases."""
    np.random.seed(3)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


# ---- Step by Step (W4A1) --------------------------------------------------------------------

def _init_test(target, dims):
    return multiple_test(_cases_of(dims, _ref.initialize_parameters(*dims), ("datatype_check", "equation_output_check")), target)


def _init_deep_test(target, dims):
    return multiple_test(_cases_of([dims], _step_by_step_deep(dims)), target)


@_safely
def initialize_parameters_test(target):
    """initialize_parameters(3, 2, 1) (2021)."""
    return _init_test(target, (3, 2, 1))


@_safely
def initialize_parameters_test_1(target):
    """initialize_parameters(3, 2, 1) (2023)."""
    return _init_test(target, (3, 2, 1))


@_safely
def initialize_parameters_test_2(target):
    """initialize_parameters(4, 3, 2) (2023)."""
    return _init_test(target, (4, 3, 2))


@_safely
def initialize_parameters_deep_test(target):
    """initialize_parameters_deep([5, 4, 3]) (2021)."""
    return _init_deep_test(target, [5, 4, 3])


@_safely
def initialize_parameters_deep_test_1(target):
    """initialize_parameters_deep([5, 4, 3]) (2023)."""
    return _init_deep_test(target, [5, 4, 3])


@_safely
def initialize_parameters_deep_test_2(target):
    """initialize_parameters_deep([4, 3, 2]) (2023)."""
    return _init_deep_test(target, [4, 3, 2])


@_safely
def linear_forward_test(target):
    """(Z, cache) on the seed-1 case."""
    A, W, b = _cases.linear_forward_test_case()
    return multiple_test(_cases_of([A, W, b], _ref.linear_forward(A, W, b)), target)


@_safely
def linear_activation_forward_test(target):
    """(A, cache) with "sigmoid", then with "relu", on the seed-2 case."""
    A_prev, W, b = _cases.linear_activation_forward_test_case()
    cases = []
    for activation in ("sigmoid", "relu"):
        expected = _ref.linear_activation_forward(A_prev, W, b, activation)
        cases += _cases_of([A_prev, W, b, activation], expected, what=" with %s activation" % activation)
    return multiple_test(cases, target)


@_safely
def L_model_forward_test(target):
    """(AL, caches) on the seed-6 three-layer case; the caches are checked too."""
    X, parameters = _cases.L_model_forward_test_case_2hidden()
    return multiple_test(_cases_of([X, parameters], _ref.L_model_forward(X, parameters)), target)


@_safely
def compute_cost_test(target):
    """cost for Y = [[1, 1, 0]]: compared with np.allclose, so a (1, 1) array passes too."""
    Y, AL = _cases.compute_cost_test_case()
    return single_test(_cases_of([AL, Y], np.array(_ref.compute_cost(AL, Y)), ("equation_output_check",)), target)


@_safely
def linear_backward_test(target):
    """(dA_prev, dW, db) on the wide seed-1 case."""
    dZ, cache = _cases.linear_backward_test_case()
    return multiple_test(_cases_of([dZ, cache], _ref.linear_backward(dZ, cache)), target)


@_safely
def linear_activation_backward_test(target):
    """(dA_prev, dW, db) with "sigmoid", then with "relu", on the seed-2 case."""
    dA, cache = _cases.linear_activation_backward_test_case()
    cases = []
    for activation in ("sigmoid", "relu"):
        expected = _ref.linear_activation_backward(dA, cache, activation)
        cases += _cases_of([dA, cache, activation], expected, what=" with %s activation" % activation)
    return multiple_test(cases, target)


@_safely
def L_model_backward_test(target):
    """grads {dA1, dW2, db2, dA0, dW1, db1} (keys of the 2021 release) on the seed-3 case."""
    AL, Y, caches = _cases.L_model_backward_test_case()
    return multiple_test(_cases_of([AL, Y, caches], _ref.L_model_backward(AL, Y, caches)), target)


@_safely
def update_parameters_test(target):
    """W1 b1 W2 b2 after one step at learning rate 0.1 (fresh inputs for every check)."""
    parameters, grads = _cases.update_parameters_test_case()
    expected = _ref.update_parameters(copy.deepcopy(parameters), grads, 0.1)
    passed = 0
    cases = _cases_of([None, grads, 0.1], expected)
    for case in cases:
        case["input"][0] = copy.deepcopy(parameters)
        passed += bool(multiple_test([case], target))
    return passed == len(cases)


# ---- Application (W4A2, 2021) ---------------------------------------------------------------

def _model_test(target, reference, dims, Y_of, second):
    np.random.seed(1)
    X = np.random.randn(dims[0], 10)
    Y = Y_of()
    learning_rate, iterations = second
    expected_1 = reference(X, Y, dims, 0.0075, 2)
    expected_2 = reference(X, Y, dims, learning_rate, iterations)
    cases = _cases_of([X, Y, dims, 0.0075, 2], expected_1)
    cases.append({"name": "equation_output_check", "input": [X, Y, dims, learning_rate, iterations],
                  "expected": expected_2, "error": "Wrong output"})
    return multiple_test(cases, target)


@_safely
def two_layer_model_test(target):
    """(parameters, costs) after 2 iterations at 0.0075 and 3 at 0.1; dims (10, 4, 1), Y = randn(1, 10)."""
    return _model_test(target, _models.two_layer_model, (10, 4, 1), lambda: np.random.randn(1, 10), (0.1, 3))


@_safely
def L_layer_model_test(target):
    """(parameters, costs) after 2 iterations at 0.0075 and 3 at 0.02; dims (10, 5, 6, 1)."""
    return _model_test(target, _models.L_layer_model, (10, 5, 6, 1),
                       lambda: np.array([1, 1, 1, 1, 0, 0, 0, 1, 1, 0]).reshape(1, 10), (0.02, 3))
