"""How each graded function is called (as the notebook's test cell does) and its outputs named.

Output names follow Fixtures/README.md. Arrays are encoded as {"shape": [...], "data": [...]};
anything that is not a finite numeric numpy array where one is expected raises BadOutput.
"""
from collections.abc import Mapping

import numpy as np

from .exercises import function_of
from .text import describe_value

#: Arguments of the initializer exercises, per edition (exercise name -> arguments).
EDITIONS = {
    "blog": {"initialize_parameters": (3, 2, 1), "initialize_parameters_deep": [5, 4, 3]},
    "v3": {"initialize_parameters": (3, 2, 1), "initialize_parameters_deep": [5, 4, 3]},
    "v4a": {"initialize_parameters": (3, 2, 1), "initialize_parameters_deep": [5, 4, 3]},
    "2021": {"initialize_parameters": (3, 2, 1), "initialize_parameters_deep": [5, 4, 3],
             "initialize_parameters_4_3_2": (4, 3, 2), "initialize_parameters_deep_4_3_2": [4, 3, 2]},
}



LEARNING_RATE = 0.1  # update_parameters test cell


class BadOutput(Exception):
    """The learner's function returned something of the wrong kind (message says what)."""


class LearnerRaised(Exception):
    """The learner's code raised; carries the original exception and the call's context."""

    def __init__(self, exc, context):
        super().__init__(str(exc))
        self.exc = exc
        self.context = context


def invoke(fn, args, kwargs=None, context=""):
    """Calls learner code; whatever it raises (SystemExit too) comes back as LearnerRaised."""
    try:
        return fn(*args, **(kwargs or {}))
    except BaseException as e:  # noqa: BLE001 - SystemExit included; classified later
        raise LearnerRaised(e, context) from None


def expect_tuple(value, names, context=""):
    """The returned tuple (or list) with exactly len(names) items; BadOutput otherwise."""
    expected = "(" + ", ".join(names) + ")"
    if isinstance(value, (tuple, list)) and len(value) == len(names):
        return list(value)
    prefix = context + ": " if context else ""
    raise BadOutput("%sreturned %s, expected %s" % (prefix, describe_value(value), expected))


def encode(value, name, scalar_ok=False):
    """{"shape", "data"} of an array (or of a scalar when scalar_ok); BadOutput otherwise."""
    if scalar_ok and isinstance(value, (int, float)) and not isinstance(value, bool):
        array = np.array(float(value))
    elif isinstance(value, np.ndarray) or (scalar_ok and isinstance(value, np.generic)):
        array = np.asarray(value)
    else:
        raise BadOutput("%s is %s, expected a numpy array" % (name, describe_value(value)))
    if np.iscomplexobj(array):
        raise BadOutput("%s has complex values (dtype %s)" % (name, array.dtype))
    try:
        array = array.astype(np.float64)
    except (TypeError, ValueError):
        raise BadOutput("%s holds non-numbers (dtype %s)" % (name, array.dtype)) from None
    bad = ~np.isfinite(array)
    if bad.any():
        index = tuple(int(i) for i in np.argwhere(bad)[0])
        kind = "NaN" if np.isnan(array[index]) else "infinity"
        where = (" at %s" % (list(index),)) if index else ""
        raise BadOutput("%s contains %s%s (shape %s)" % (name, kind, where, list(array.shape)))
    return {"shape": [int(n) for n in array.shape], "data": [float(x) for x in array.ravel().tolist()]}


def encode_mapping(value, what, required):
    """Every entry of a returned dict encoded as an array; BadOutput if a required key is absent."""
    if not isinstance(value, Mapping):
        raise BadOutput("returned %s, expected the %s dictionary" % (describe_value(value), what))
    keys = [str(k) for k in value.keys()]
    missing = [k for k in required if k not in value]
    if missing:
        raise BadOutput("the returned %s has no %s (keys: %s)" % (what, ", ".join(repr(k) for k in missing), ", ".join(keys) or "none"))
    return {str(k): encode(v, "%s[%r]" % (what, k)) for k, v in value.items()}


def integral(array):
    """The testCases build Y from integer literals: hand integer arrays over, as they do."""
    return array.astype(np.int64) if np.all(array == np.round(array)) else array


def layers_in(case, prefix="W"):
    """How many layers a case holds (W1, W2, ... present)."""
    count = 0
    while "%s%d" % (prefix, count + 1) in case:
        count += 1
    return count


def grade(exercise, fn, case, edition):
    """Calls one function as the notebook's test cell does; returns its named outputs."""
    c = {k: v.copy() for k, v in (case or {}).items()}  # fresh arrays for this call
    name = function_of(exercise, edition)
    if name == "initialize_parameters":
        out = invoke(fn, EDITIONS[edition][exercise])
        return encode_mapping(out, "parameters", ["W1", "b1", "W2", "b2"])
    if name == "initialize_parameters_deep":
        dims = list(EDITIONS[edition][exercise])
        out = invoke(fn, (dims,))
        n = len(dims) - 1
        return encode_mapping(out, "parameters", [p + str(l) for l in range(1, n + 1) for p in "Wb"])
    if name in ("sigmoid", "relu"):
        Z = np.dot(c["W"], c["A_prev"]) + c["b"]
        A, _ = expect_tuple(invoke(fn, (Z,)), ["A", "cache"])
        return {"A": encode(A, "A")}
    if name in ("sigmoid_backward", "relu_backward"):
        dZ = invoke(fn, (c["dA"], c["Z"]))
        return {"dZ": encode(dZ, "dZ")}
    if name == "linear_forward":
        Z, _ = expect_tuple(invoke(fn, (c["A"], c["W"], c["b"])), ["Z", "cache"])
        return {"Z": encode(Z, "Z")}
    if name == "linear_activation_forward":
        outputs = {}
        for activation in ("sigmoid", "relu"):
            d = {k: v.copy() for k, v in case.items()}
            context = "with activation=%r" % activation
            out = invoke(fn, (d["A_prev"], d["W"], d["b"]), {"activation": activation}, context)
            A, _ = expect_tuple(out, ["A", "cache"], context)
            outputs[activation + ".A"] = encode(A, activation + ".A")
        return outputs
    if name == "L_model_forward":
        parameters = {k: v for k, v in c.items() if k != "X"}
        AL, caches = expect_tuple(invoke(fn, (c["X"], parameters)), ["AL", "caches"])
        try:
            count = len(caches)
        except TypeError:
            raise BadOutput("caches is %s, which has no length" % describe_value(caches)) from None
        return {"AL": encode(AL, "AL"), "len(caches)": {"shape": [], "data": [count]}}
    if name == "compute_cost":
        cost = invoke(fn, (c["AL"], integral(c["Y"])))
        return {"cost": encode(cost, "cost", scalar_ok=True)}
    if name == "linear_backward":
        out = invoke(fn, (c["dZ"], (c["A"], c["W"], c["b"])))
        names = ["dA_prev", "dW", "db"]
        return {n: encode(v, n) for n, v in zip(names, expect_tuple(out, names))}
    if name == "linear_activation_backward":
        outputs = {}
        names = ["dA_prev", "dW", "db"]
        for activation in ("sigmoid", "relu"):
            d = {k: v.copy() for k, v in case.items()}
            context = "with activation=%r" % activation
            out = invoke(fn, (d["dA"], ((d["A"], d["W"], d["b"]), d["Z"])), {"activation": activation}, context)
            for n, v in zip(names, expect_tuple(out, names, context)):
                outputs[activation + "." + n] = encode(v, activation + "." + n)
        return outputs
    if name == "L_model_backward":
        L = layers_in(c)
        caches = tuple(((c["A%d" % l], c["W%d" % l], c["b%d" % l]), c["Z%d" % l]) for l in range(1, L + 1))
        grads = invoke(fn, (c["AL"], integral(c["Y"]), caches))
        return encode_mapping(grads, "grads", [p + str(l) for l in range(1, L + 1) for p in ("dW", "db")])
    if name == "update_parameters":
        parameters = {k: v for k, v in c.items() if not k.startswith("d")}
        grads = {k: v for k, v in c.items() if k.startswith("d")}
        out = invoke(fn, (parameters, grads, LEARNING_RATE))
        return encode_mapping(out, "parameters", list(parameters))
    raise AssertionError("no grading recipe for " + name)
