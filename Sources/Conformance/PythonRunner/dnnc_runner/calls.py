"""The call forms: how each kind of exercise is called (as the notebook's test cell calls it)
and how its outputs are named. Each form is written once here; which exercise uses which form,
on which arguments, is the plan's business (the Swift side builds it from the catalogue).

A form takes the learner's function, the run's arguments (numpy arrays and numbers, fresh
copies) and a `Printed` capture of the learner's prints, and returns {output name: encoded}.
Output names follow Fixtures/README.md; caches are named `cache.A_prev`, `sigmoid.cache.Z`,
`caches[1].W` (indices as in Python: caches[0] is layer 1's).
"""
import re

import numpy as np

from .encode import (BadOutput, encode, encode_layer_cache, encode_linear_cache, encode_mapping,
                     expect_tuple)
from .text import describe_value


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


def integral(array):
    """The testCases build Y from integer literals: hand integer arrays over, as they do."""
    return array.astype(np.int64) if np.all(array == np.round(array)) else array


def layer_count(args, prefix="W"):
    """How many layers the arguments hold (W1, W2, ... present)."""
    count = 0
    while "%s%d" % (prefix, count + 1) in args:
        count += 1
    return count


def parameter_names(count):
    return [p + str(l) for l in range(1, count + 1) for p in "Wb"]


def initialize_parameters(fn, a, printed):
    out = invoke(fn, (a["n_x"], a["n_h"], a["n_y"]))
    return encode_mapping(out, "parameters", ["W1", "b1", "W2", "b2"])


def initialize_parameters_deep(fn, a, printed):
    dims = [int(n) for n in a["layer_dims"]]
    out = invoke(fn, (dims,))
    return encode_mapping(out, "parameters", parameter_names(len(dims) - 1))


def activation(fn, a, printed):
    A, cache = expect_tuple(invoke(fn, (a["Z"],)), ["A", "cache"])
    return {"A": encode(A, "A"), "cache": encode(cache, "cache (Z)")}


def activation_backward(fn, a, printed):
    return {"dZ": encode(invoke(fn, (a["dA"], a["Z"])), "dZ")}


def linear_forward(fn, a, printed):
    Z, cache = expect_tuple(invoke(fn, (a["A"], a["W"], a["b"])), ["Z", "cache"])
    outputs = {"Z": encode(Z, "Z")}
    outputs.update(encode_linear_cache(cache, "cache."))
    return outputs


def linear_activation_forward(fn, a, printed):
    outputs = {}
    for kind in ("sigmoid", "relu"):
        context = "with activation=%r" % kind
        out = invoke(fn, (a["A_prev"].copy(), a["W"].copy(), a["b"].copy()), {"activation": kind}, context)
        A, cache = expect_tuple(out, ["A", "cache"], context)
        outputs[kind + ".A"] = encode(A, kind + ".A")
        outputs.update(encode_layer_cache(cache, kind + ".cache."))
    return outputs


def L_model_forward(fn, a, printed):
    parameters = {k: v for k, v in a.items() if k != "X"}
    AL, caches = expect_tuple(invoke(fn, (a["X"], parameters)), ["AL", "caches"])
    if not isinstance(caches, (list, tuple)):
        raise BadOutput("caches is %s, expected a list with one cache per layer" % describe_value(caches))
    outputs = {"AL": encode(AL, "AL"), "len(caches)": {"shape": [], "data": [float(len(caches))]}}
    if len(caches) == layer_count(parameters):
        for l, cache in enumerate(caches):
            outputs.update(encode_layer_cache(cache, "caches[%d]." % l))
    return outputs


def compute_cost(fn, a, printed):
    return {"cost": encode(invoke(fn, (a["AL"], integral(a["Y"]))), "cost", scalar_ok=True)}


def linear_backward(fn, a, printed):
    out = invoke(fn, (a["dZ"], (a["A"], a["W"], a["b"])))
    names = ["dA_prev", "dW", "db"]
    return {n: encode(v, n) for n, v in zip(names, expect_tuple(out, names))}


def linear_activation_backward(fn, a, printed):
    outputs = {}
    names = ["dA_prev", "dW", "db"]
    for kind in ("sigmoid", "relu"):
        context = "with activation=%r" % kind
        cache = ((a["A"].copy(), a["W"].copy(), a["b"].copy()), a["Z"].copy())
        out = invoke(fn, (a["dA"].copy(), cache), {"activation": kind}, context)
        for n, v in zip(names, expect_tuple(out, names, context)):
            outputs[kind + "." + n] = encode(v, kind + "." + n)
    return outputs


def L_model_backward(fn, a, printed):
    L = layer_count(a)
    caches = [((a["A%d" % l], a["W%d" % l], a["b%d" % l]), a["Z%d" % l]) for l in range(1, L + 1)]
    grads = invoke(fn, (a["AL"], integral(a["Y"]), caches))
    required = [p + str(l) for l in range(1, L + 1) for p in ("dW", "db")]
    return encode_mapping(grads, "grads", required)


def update_parameters(fn, a, printed):
    parameters = {k: v for k, v in a.items() if k[0] in "Wb" and k[1:].isdigit()}
    grads = {k: v for k, v in a.items() if k.startswith("d")}
    out = invoke(fn, (parameters, grads, a["learning_rate"]))
    return encode_mapping(out, "parameters", list(parameters))


def positional_count(fn, wanted):
    """How many of `wanted` positional arguments fn takes (all of them when it cannot be told)."""
    import inspect
    try:
        parameters = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return wanted
    if any(p.kind == p.VAR_POSITIONAL for p in parameters):
        return wanted
    count = sum(1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
    return max(3, min(wanted, count))


COST_LINE = re.compile(r"[Cc]ost after iteration\s*(\d+)\s*[:=]?\s*\(?\[*\s*([-+0-9.eE]+|nan|inf)")


def model(fn, a, printed):
    """two_layer_model / L_layer_model(X, Y, layers_dims, learning_rate=, num_iterations=,
    print_cost=True): the returned parameters, and the costs — returned as (parameters, costs)
    by the 2021 notebooks, otherwise read from the printed "Cost after iteration i: c" lines."""
    dims = tuple(int(n) for n in a["layers_dims"])
    dims = list(dims) if a.get("dims_as_list") else dims
    # Positionally, as the course's public tests call them (a renamed parameter still works):
    # (X, Y, layers_dims, learning_rate, num_iterations, print_cost).
    args = (a["X"], integral(a["Y"]), dims, a["learning_rate"], int(a["num_iterations"]), True)
    out = invoke(fn, args[:positional_count(fn, len(args))])
    costs = None
    if isinstance(out, (tuple, list)) and len(out) == 2 and isinstance(out[0], dict):
        out, costs = out
    outputs = encode_mapping(out, "parameters", parameter_names(len(dims) - 1))
    logged = [(int(i), c) for i, c in COST_LINE.findall(printed.text())]
    if costs is not None:
        try:
            values = np.asarray([float(np.squeeze(c)) for c in costs], dtype=np.float64)
        except (TypeError, ValueError):
            raise BadOutput("costs is %s, expected a list of numbers" % describe_value(costs)) from None
        outputs["costs"] = encode(values.reshape(1, -1), "costs")
    elif logged:
        every = int(a.get("print_every", 100))
        texts = [c for i, c in logged if i % every == 0]
        values = [float(c) for c in texts]
        outputs["costs"] = encode(np.asarray(values, dtype=np.float64).reshape(1, -1), "costs (printed)")
        # Printed with "%f" (6 decimals) by the older notebooks: compared at the printed digits.
        decimals = min((len(t.split(".")[1]) if "." in t and "e" not in t.lower() else 17) for t in texts)
        outputs["costs.decimals"] = {"shape": [], "data": [float(decimals)]}
    return outputs


#: Form name (as in the plan) -> function.
FORMS = {
    "initialize_parameters": initialize_parameters,
    "initialize_parameters_deep": initialize_parameters_deep,
    "activation": activation,
    "activation_backward": activation_backward,
    "linear_forward": linear_forward,
    "linear_activation_forward": linear_activation_forward,
    "L_model_forward": L_model_forward,
    "compute_cost": compute_cost,
    "linear_backward": linear_backward,
    "linear_activation_backward": linear_activation_backward,
    "L_model_backward": L_model_backward,
    "update_parameters": update_parameters,
    "model": model,
}
