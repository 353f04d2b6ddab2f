"""The small harness of our week-2 and week-3 public_tests stand-ins (private).

A test calls the learner's function on a case, compares what comes back with our own reference
(np.allclose, walking dicts by the expected keys and tuples by position) and prints one line: the
course's "All tests passed!" or the first few differences. It never raises, whatever the target
does: the grader loads these modules, and top-level test calls are skipped when grading anyway.
"""
import functools

import numpy as np

GREEN, RED, RESET = "\033[92m", "\033[91m", "\033[0m"


def quiet(test):
    """Wraps a test body: prints its verdict, turns any exception into one printed line, returns
    True or False."""
    @functools.wraps(test)
    def run(target):
        try:
            problems = test(target) or []
        except Exception as exc:  # noqa: BLE001 - never stop the caller
            problems = ["the test could not run: %s: %s" % (type(exc).__name__, exc)]
        if problems:
            print(RED + "; ".join(problems[:3]) + RESET)
            return False
        print(GREEN + "All tests passed!" + RESET)
        return True
    return run


def differences(expected, actual, where="output"):
    """What differs between `actual` and `expected` (dicts by key, sequences by position, arrays
    and numbers with np.allclose and equal shapes), as messages."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return ["%s is %s, expected a dict" % (where, type(actual).__name__)]
        problems = []
        for key, value in expected.items():
            if key not in actual:
                problems.append("%s has no %r" % (where, key))
            else:
                problems += differences(value, actual[key], "%s[%r]" % (where, key))
        return problems
    if isinstance(expected, (tuple, list)):
        if not isinstance(actual, (tuple, list)) or len(actual) != len(expected):
            return ["%s is not a sequence of %d" % (where, len(expected))]
        problems = []
        for i, (e, a) in enumerate(zip(expected, actual)):
            problems += differences(e, a, "%s[%d]" % (where, i))
        return problems
    try:
        e, a = np.asarray(expected, dtype=float), np.asarray(actual, dtype=float)
    except (TypeError, ValueError):
        return ["%s is %r, not a number or an array" % (where, actual)]
    if e.shape != a.shape:
        return ["wrong shape for %s: %s instead of %s" % (where, a.shape, e.shape)]
    if not np.allclose(a, e):
        return ["wrong values for %s" % where]
    return []
