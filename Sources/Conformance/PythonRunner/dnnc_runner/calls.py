"""The call forms: how each kind of exercise is called (as the notebook's test cell calls it)
and how its outputs are named. Each form is written once here; which exercise uses which form,
on which arguments, is the plan's business (the Swift side builds it from the catalogue).

A form takes the learner's function, the run's arguments (numpy arrays and numbers, fresh
copies) and a `Printed` capture of the learner's prints, and returns {output name: encoded}.
Output names follow Fixtures/README.md; caches are named `cache.A_prev`, `sigmoid.cache.Z`,
`caches[1].W` (indices as in Python: caches[0] is layer 1's).
"""
import re
from collections.abc import Mapping

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
    parameters, grads = parameters_and_grads(a)
    out = invoke(fn, (parameters, grads, a["learning_rate"]))
    return encode_mapping(out, "parameters", list(parameters))


def parameters_and_grads(a):
    """The W/b parameters and the d… gradients of an update_parameters case."""
    parameters = {k: v for k, v in a.items() if k[0] in "Wb" and k[1:].isdigit()}
    grads = {k: v for k, v in a.items() if k.startswith("d")}
    return parameters, grads


def signature_parameters(fn):
    """fn's parameters in order (inspect.Parameter), or None when they cannot be told."""
    import inspect
    try:
        return list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return None


def positional_count(fn, wanted):
    """How many of `wanted` positional arguments fn takes (all of them when it cannot be told)."""
    parameters = signature_parameters(fn)
    if parameters is None or any(p.kind == p.VAR_POSITIONAL for p in parameters):
        return wanted
    count = sum(1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
    return max(3, min(wanted, count))


def has_default(fn, index):
    """Whether fn's positional parameter number `index` (0-based) has a default value."""
    positional = [p for p in signature_parameters(fn) or [] if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    return index < len(positional) and positional[index].default is not positional[index].empty


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
    if costs is not None:
        outputs["costs"] = encode_costs(costs)
    else:
        # Printed with "%f" (6 decimals) by the older notebooks: compared at the printed digits.
        outputs.update(printed_costs(printed, int(a.get("print_every", 100)), "costs"))
    return outputs


# --- week 2: logistic regression ----------------------------------------------------------------
def python_b(value):
    """The plan sends b as a (1, 1) array; the notebooks pass a Python number (b = 2., b = 1.5)."""
    if isinstance(value, np.ndarray):
        return float(value.reshape(-1)[0])
    return float(value)


def expect_grads_and_cost(out, context=""):
    """(grads, cost) as propagate returns them; BadOutput naming a swapped pair."""
    grads, cost = expect_tuple(out, ["grads", "cost"], context)
    if isinstance(cost, Mapping) and not isinstance(grads, Mapping):
        raise BadOutput("returned (cost, grads): the notebook's order is (grads, cost)")
    return grads, cost


def encode_costs(costs, name="costs"):
    """A returned list of costs (numbers or 0-d arrays) as a (1, n) row."""
    if isinstance(costs, np.ndarray):
        costs = list(costs.reshape(-1))
    if not isinstance(costs, (list, tuple)):
        raise BadOutput("%s is %s, expected the list of recorded costs" % (name, describe_value(costs)))
    try:
        values = np.asarray([float(np.squeeze(c)) for c in costs], dtype=np.float64)
    except (TypeError, ValueError):
        raise BadOutput("%s is %s, expected a list of numbers" % (name, describe_value(costs))) from None
    return encode(values.reshape(1, -1), name)


def lr_sigmoid(fn, a, printed):
    return {"s": encode(invoke(fn, (a["z"],)), "s")}


#: How a learner gives a value the Python type a release's own tests demand (the plan's
#: "python_types": output name, or "return" for the whole return value -> type name).
TYPE_HINTS = {
    "b": "return b as a Python float: b = 0.",
    "cost": "return a Python float: cost = float(np.squeeze(cost))",
    "return": "return a tuple: return (n_x, n_h, n_y)",
}


def require_type(a, name, value):
    """BadOutput when the release's tests demand another Python type for `name` than `value` has
    (`assert type(b) == float`, `assert type(output) == tuple`): the course's test would fail."""
    wanted = (a.get("python_types") or {}).get(name)
    if wanted is None or type(value).__name__ == wanted:
        return
    shown = "the return value" if name == "return" else name
    raise BadOutput("%s is %s, but this release's tests check type(%s) == %s; %s"
                    % (shown, describe_value(value), "output" if name == "return" else name, wanted,
                       TYPE_HINTS.get(name, "return a " + wanted)))


def initialize_with_zeros(fn, a, printed):
    w, b = expect_tuple(invoke(fn, (int(a["dim"]),)), ["w", "b"])
    require_type(a, "b", b)
    return {"w": encode(w, "w"), "b": encode(b, "b", scalar_ok=True)}


def propagate(fn, a, printed):
    out = invoke(fn, (a["w"], python_b(a["b"]), a["X"], integral(a["Y"])))
    grads, cost = expect_grads_and_cost(out)
    outputs = {}
    if not isinstance(grads, Mapping):
        raise BadOutput("grads is %s, expected the dictionary {\"dw\": dw, \"db\": db}" % describe_value(grads))
    require_keys(grads, "grads", ["dw", "db"])
    outputs["dw"] = encode(grads["dw"], "grads['dw']")
    outputs["db"] = encode(grads["db"], "grads['db']", scalar_ok=True)
    outputs["cost"] = encode(cost, "cost", scalar_ok=True)
    return outputs


def optimize(fn, a, printed):
    # Positionally: the 2017-2020 notebooks' optimize has no defaults; print_cost stays False.
    args = (a["w"], python_b(a["b"]), a["X"], integral(a["Y"]), int(a["num_iterations"]), a["learning_rate"])
    params, grads, costs = expect_tuple(invoke(fn, args), ["params", "grads", "costs"])
    for value, what, keys in ((params, "params", ["w", "b"]), (grads, "grads", ["dw", "db"])):
        if not isinstance(value, Mapping):
            raise BadOutput("%s is %s, expected the dictionary of %s" % (what, describe_value(value), " and ".join(keys)))
        require_keys(value, what, keys)
    return {"w": encode(params["w"], "params['w']"), "b": encode(params["b"], "params['b']", scalar_ok=True),
            "dw": encode(grads["dw"], "grads['dw']"), "db": encode(grads["db"], "grads['db']", scalar_ok=True),
            "costs": encode_costs(costs)}


def lr_predict(fn, a, printed):
    return {"Y_prediction": encode(invoke(fn, (a["w"], python_b(a["b"]), a["X"])), "Y_prediction")}


ACCURACY_LINE = re.compile(r"(train|test) accuracy\s*[:=]?\s*([-+0-9.eE]+)\s*%")


def lr_model(fn, a, printed):
    """model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate, print_cost) -> d.

    With print_cost (the cat-data training), the printed "Cost after iteration" lines are read too
    (costs.printed, costs.decimals) and the printed accuracies (train_accuracy, test_accuracy)."""
    print_cost = bool(a.get("print_cost", False))
    args = (a["X_train"], integral(a["Y_train"]), a["X_test"], integral(a["Y_test"]),
            int(a["num_iterations"]), a["learning_rate"], print_cost)
    d = invoke(fn, args)
    if not isinstance(d, Mapping):
        raise BadOutput("returned %s, expected the dictionary d" % describe_value(d))
    require_keys(d, "d", ["costs", "Y_prediction_test", "Y_prediction_train", "w", "b"])
    outputs = {"costs": encode_costs(d["costs"], "d['costs']"),
               "Y_prediction_test": encode(d["Y_prediction_test"], "d['Y_prediction_test']"),
               "Y_prediction_train": encode(d["Y_prediction_train"], "d['Y_prediction_train']"),
               "w": encode(d["w"], "d['w']"), "b": encode(d["b"], "d['b']", scalar_ok=True)}
    if print_cost:
        outputs.update(printed_costs(printed, int(a.get("print_every", 100)), "costs.printed"))
        for which, value in ACCURACY_LINE.findall(printed.text()):
            outputs[which + "_accuracy"] = {"shape": [], "data": [float(value)]}
    return outputs


# --- week 3: one hidden layer on planar data ----------------------------------------------------
PLANAR_PARAMETERS = ["W1", "b1", "W2", "b2"]


def planar_parameters(a):
    return {key: a[key] for key in PLANAR_PARAMETERS}


def layer_sizes(fn, a, printed):
    names = ["n_x", "n_h", "n_y"]
    out = invoke(fn, (a["X"], a["Y"]))
    require_type(a, "return", out)
    sizes = expect_tuple(out, names)
    return {n: encode(v, n, scalar_ok=True) for n, v in zip(names, sizes)}


def planar_initialize_parameters(fn, a, printed):
    """initialize_parameters(n_x, n_h, n_y) with np.random.seed(seed) in force (the run's seed, or
    the argument's when the plan gives one)."""
    if a.get("seed") is not None:
        np.random.seed(int(a["seed"]))
    return initialize_parameters(fn, a, printed)


def forward_propagation(fn, a, printed):
    A2, cache = expect_tuple(invoke(fn, (a["X"], planar_parameters(a))), ["A2", "cache"])
    outputs = {"A2": encode(A2, "A2")}
    if not isinstance(cache, Mapping):
        raise BadOutput("cache is %s, expected the dictionary of Z1, A1, Z2, A2" % describe_value(cache))
    require_keys(cache, "cache", ["Z1", "A1", "Z2", "A2"])
    for key in ("Z1", "A1", "Z2", "A2"):
        outputs["cache." + key] = encode(cache[key], "cache[%r]" % key)
    return outputs


def takes_positional(fn, count):
    """Whether fn can be called with `count` positional arguments (True when it cannot be told)."""
    import inspect
    try:
        parameters = list(inspect.signature(fn).parameters.values())
    except (TypeError, ValueError):
        return True
    if any(p.kind == p.VAR_POSITIONAL for p in parameters):
        return True
    return sum(1 for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)) >= count


def planar_compute_cost(fn, a, printed):
    """compute_cost(A2, Y, parameters) up to v6c, compute_cost(A2, Y) from 2021: as the learner's
    signature takes it."""
    args = (a["A2"], integral(a["Y"]))
    if takes_positional(fn, 3):
        args += (planar_parameters(a),)
    cost = invoke(fn, args)
    require_type(a, "cost", cost)
    return {"cost": encode(cost, "cost", scalar_ok=True)}


def backward_propagation(fn, a, printed):
    cache = {key: a[key] for key in ("A1", "A2", "Z1", "Z2") if key in a}
    grads = invoke(fn, (planar_parameters(a), cache, a["X"], integral(a["Y"])))
    return encode_mapping(grads, "grads", ["dW1", "db1", "dW2", "db2"])


def planar_update_parameters(fn, a, printed):
    """update_parameters(parameters, grads) as week 3's test cell and nn_model call it: the
    learning rate is the function's own default (the template's 1.2), so a wrong default fails
    here as it does in nn_model. It is passed only when the function has no default for it."""
    parameters, grads = parameters_and_grads(a)
    args = (parameters, grads) if has_default(fn, 2) else (parameters, grads, a["learning_rate"])
    out = invoke(fn, args)
    return encode_mapping(out, "parameters", list(parameters))


def nn_model(fn, a, printed):
    """nn_model(X, Y, n_h, num_iterations[, print_cost]) with np.random.seed(seed) in force; the
    printed costs are read when print_cost is asked for (costs, costs.decimals)."""
    if a.get("seed") is not None:
        np.random.seed(int(a["seed"]))
    print_cost = bool(a.get("print_cost", False))
    args = (a["X"], integral(a["Y"]), int(a["n_h"]), int(a["num_iterations"]))
    if print_cost:
        args += (True,)
    out = invoke(fn, args)
    if isinstance(out, (tuple, list)) and len(out) == 2 and isinstance(out[0], Mapping):
        out = out[0]  # (parameters, costs): the parameters are what the notebook returns
    outputs = encode_mapping(out, "parameters", PLANAR_PARAMETERS)
    if print_cost:
        outputs.update(printed_costs(printed, int(a.get("print_every", 1000)), "costs"))
    return outputs


def planar_predict(fn, a, printed):
    return {"predictions": encode(invoke(fn, (planar_parameters(a), a["X"])), "predictions")}


def require_keys(value, what, required):
    """BadOutput when a returned dictionary lacks one of `required` (the keys it has are named)."""
    missing = [k for k in required if k not in value]
    if missing:
        keys = ", ".join(repr(str(k)) for k in value.keys()) or "none"
        raise BadOutput("the returned %s has no %s (keys: %s)" % (what, ", ".join(repr(k) for k in missing), keys))


def printed_costs(printed, every, name):
    """The "Cost after iteration i: c" lines at multiples of `every` as name (1, n) and
    name.decimals (the fewest decimals printed: "%f" prints 6); {} when nothing was printed."""
    logged = [(int(i), c) for i, c in COST_LINE.findall(printed.text())]
    texts = [c for i, c in logged if i % every == 0]
    if not texts:
        return {}
    try:
        values = [float(c) for c in texts]
    except ValueError:
        return {}
    decimals = min((len(t.split(".")[1]) if "." in t and "e" not in t.lower() else 17) for t in texts)
    return {name: encode(np.asarray(values, dtype=np.float64).reshape(1, -1), name + " (printed)"),
            name + ".decimals": {"shape": [], "data": [float(decimals)]}}


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
    "lr_sigmoid": lr_sigmoid,
    "initialize_with_zeros": initialize_with_zeros,
    "propagate": propagate,
    "optimize": optimize,
    "lr_predict": lr_predict,
    "lr_model": lr_model,
    "layer_sizes": layer_sizes,
    "planar_initialize_parameters": planar_initialize_parameters,
    "forward_propagation": forward_propagation,
    "planar_compute_cost": planar_compute_cost,
    "backward_propagation": backward_propagation,
    "planar_update_parameters": planar_update_parameters,
    "nn_model": nn_model,
    "planar_predict": planar_predict,
}
