"""Our stand-in for the course's test_utils (used by public_tests of the 2021+ notebooks).

Same names and arguments as the course helper: datatype_check, equation_output_check and
shape_check(expected_output, target_output, error) return 1 (pass) or 0 (fail) and walk dicts
(the expected keys), tuples and lists element by element; single_test and multiple_test(test_cases,
target) run `target(*case["input"])` for every case {"name": "datatype_check" |
"equation_output_check" | "shape_check", "input": [...], "expected": ..., "error": "..."}.
comparator and summary exist for notebooks of other courses that import them.

Deliberate difference: nothing here raises on a wrong learner function (the course's raise an
AssertionError after printing); every test prints one short line instead, because a grader loads
these modules and must never be stopped by them. Arrays compare as
np.testing.assert_array_almost_equal does (|difference| < 1.5e-6); single_test uses np.allclose.
"""
import numpy as np

GREEN, RED, RESET = "\033[92m", "\033[91m", "\033[0m"


def _close(expected, actual):
    """True when the arrays agree to 6 decimals (the course's assert_array_almost_equal)."""
    expected, actual = np.asarray(expected, dtype=float), np.asarray(actual, dtype=float)
    return expected.shape == actual.shape and bool(np.all(np.abs(expected - actual) < 1.5e-6))


def _walk(check, expected_output, target_output, error, problems, where=""):
    """Applies `check(expected, actual)` to every leaf; appends a message per failing leaf."""
    if isinstance(expected_output, dict):
        for key in expected_output:
            if not isinstance(target_output, dict) or key not in target_output:
                problems.append("%s: %s missing" % (error, where + str(key)))
                continue
            _walk(check, expected_output[key], target_output[key], error, problems, where + str(key) + ".")
    elif isinstance(expected_output, (tuple, list)):
        if not isinstance(target_output, (tuple, list)) or len(target_output) < len(expected_output):
            problems.append("%s: %s expected a sequence of %d" % (error, where or "output", len(expected_output)))
            return
        for i, item in enumerate(expected_output):
            _walk(check, item, target_output[i], error, problems, where + str(i) + ".")
    else:
        try:
            ok = check(expected_output, target_output)
        except Exception:  # noqa: BLE001 - a learner's odd value is a failed check, not a crash
            ok = False
        if not ok:
            problems.append("%s in variable %s" % (error, where.rstrip(".") or "output"))


def _same_type(expected, actual):
    return isinstance(actual, type(expected))


def _same_shape(expected, actual):
    return not hasattr(expected, "shape") or np.shape(actual) == expected.shape


def _same_value(expected, actual):
    return _close(expected, actual) if hasattr(expected, "shape") else actual == expected


def _report(kinds, expected_output, target_output, error):
    problems = []
    for check in kinds:
        _walk(check, expected_output, target_output, error, problems)
    for line in problems[:3]:
        print("Error: " + line)
    return 0 if problems else 1


def datatype_check(expected_output, target_output, error):
    """1 when every leaf of target_output has the type of the expected one, else 0."""
    return _report([_same_type], expected_output, target_output, error)


def equation_output_check(expected_output, target_output, error):
    """1 when every array leaf agrees to 6 decimals and every other leaf is equal, else 0."""
    return _report([_same_value], expected_output, target_output, error)


def shape_check(expected_output, target_output, error):
    """1 when every array leaf has the expected shape, else 0."""
    return _report([_same_shape], expected_output, target_output, error)


_CHECKS = {"datatype_check": datatype_check, "equation_output_check": equation_output_check,
           "shape_check": shape_check}


def _summary_line(target, passed, total):
    name = getattr(target, "__name__", "the function")
    if passed == total:
        print(GREEN + " All tests passed." + RESET)
    else:
        print(RED + " %d of %d tests failed for %s." % (total - passed, total, name) + RESET)
    return passed == total


def single_test(test_cases, target):
    """Whole-output checks (isinstance, np.allclose, .shape), as the course's single_test."""
    passed = 0
    for case in test_cases:
        try:
            answer = target(*case["input"])
            expected = case["expected"]
            if case["name"] == "datatype_check":
                passed += isinstance(answer, type(expected))
            elif case["name"] == "equation_output_check":
                passed += bool(np.allclose(expected, answer))
            elif case["name"] == "shape_check":
                passed += np.shape(answer) == np.shape(expected)
        except Exception as exc:  # noqa: BLE001
            print("Error: %s (%s: %s)" % (case.get("error", "test"), type(exc).__name__, exc))
    return _summary_line(target, passed, len(test_cases))


def multiple_test(test_cases, target):
    """Leaf-by-leaf checks of dicts, tuples and lists, as the course's multiple_test."""
    passed = 0
    for case in test_cases:
        try:
            answer = target(*case["input"])
            passed += _CHECKS[case["name"]](case["expected"], answer, case["error"])
        except Exception as exc:  # noqa: BLE001
            print("Error: %s (%s: %s)" % (case.get("error", "test"), type(exc).__name__, exc))
    return _summary_line(target, passed, len(test_cases))


def summary(model):
    """[[layer class, output shape, parameter count], ...] of a Keras-like model (empty otherwise)."""
    rows = []
    for layer in getattr(model, "layers", []):
        count = getattr(layer, "count_params", None)
        rows.append([type(layer).__name__, getattr(layer, "output_shape", None), count() if callable(count) else 0])
    return rows


def comparator(learner, instructor):
    """Compares two summary() lists; prints the first difference or "All tests passed!"."""
    if len(learner) != len(instructor):
        print(RED + "The number of layers differs: %d, expected %d" % (len(learner), len(instructor)) + RESET)
        return False
    for got, want in zip(learner, instructor):
        if tuple(got) != tuple(want):
            print(RED + "Test failed: got %s, expected %s" % (got, want) + RESET)
            return False
    print(GREEN + "All tests passed!" + RESET)
    return True
