"""Turns what a learner's function returned into named arrays for the report.

Arrays are encoded as {"shape": [...], "data": [...]}; anything that is not a finite numeric
numpy array where one is expected raises BadOutput with a message a learner can act on.
"""
from collections.abc import Mapping

import numpy as np

from .text import describe_value


class BadOutput(Exception):
    """The learner's function returned something of the wrong kind (the message says what)."""


def expect_tuple(value, names, context=""):
    """The returned tuple (or list) with exactly len(names) items; BadOutput otherwise."""
    expected = "(" + ", ".join(names) + ")"
    if isinstance(value, (tuple, list)) and len(value) == len(names):
        return list(value)
    prefix = context + ": " if context else ""
    raise BadOutput("%sreturned %s, expected %s" % (prefix, describe_value(value), expected))


def encode(value, name, scalar_ok=False):
    """{"shape", "data"} of an array (or of a plain number when scalar_ok); BadOutput otherwise."""
    if value is None:
        raise BadOutput("%s is None (a `None` placeholder not replaced, or a missing return?)" % name)
    if scalar_ok and isinstance(value, (int, float)) and not isinstance(value, bool):
        array = np.array(float(value))
    elif isinstance(value, np.ndarray) or (scalar_ok and isinstance(value, np.generic)):
        array = np.asarray(value)
    else:
        raise BadOutput("%s is %s, expected a numpy array" % (name, describe_value(value)))
    if array.dtype == object:
        if any(v is None for v in array.ravel().tolist()):
            raise BadOutput("%s holds None (a `None` placeholder not replaced?)" % name)
        raise BadOutput("%s holds Python objects, not numbers (dtype object)" % name)
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
    """Every array entry of a returned dict; BadOutput if it is no dict or a required key is absent."""
    if not isinstance(value, Mapping):
        raise BadOutput("returned %s, expected the %s dictionary" % (describe_value(value), what))
    keys = [str(k) for k in value.keys()]
    missing = [k for k in required if k not in value]
    if missing:
        raise BadOutput("the returned %s has no %s (keys: %s)"
                        % (what, ", ".join(repr(k) for k in missing), ", ".join(keys) or "none"))
    return {str(k): encode(v, "%s[%r]" % (what, k)) for k, v in value.items()}


def encode_linear_cache(cache, prefix):
    """A linear cache (A_prev, W, b) as three named arrays; BadOutput if it is not that tuple."""
    names = ["A_prev", "W", "b"]
    items = expect_tuple(cache, names, "the linear cache " + prefix.rstrip("."))
    return {prefix + n: encode(v, prefix + n) for n, v in zip(names, items)}


def encode_layer_cache(cache, prefix):
    """A layer cache ((A_prev, W, b), Z) as four named arrays."""
    linear, z = expect_tuple(cache, ["linear_cache", "activation_cache"], "the cache " + prefix.rstrip("."))
    outputs = encode_linear_cache(linear, prefix)
    outputs[prefix + "Z"] = encode(z, prefix + "Z")
    return outputs
