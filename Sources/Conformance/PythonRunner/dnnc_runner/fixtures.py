"""Reads the fixtures JSON printed by `dnn-conformance fixtures` into NumPy arrays."""
import json

import numpy as np

from . import Misuse

#: The fixture case each function reads, and the arrays it needs from it.
CASE_OF = {
    "initialize_parameters": (None, []),
    "initialize_parameters_deep": (None, []),
    "sigmoid": ("linear_activation_forward", ["A_prev", "W", "b"]),
    "relu": ("linear_activation_forward", ["A_prev", "W", "b"]),
    "linear_forward": ("linear_forward", ["A", "W", "b"]),
    "linear_activation_forward": ("linear_activation_forward", ["A_prev", "W", "b"]),
    "L_model_forward": ("L_model_forward", ["X", "W1", "b1"]),
    "compute_cost": ("compute_cost", ["Y", "AL"]),
    "sigmoid_backward": ("linear_activation_backward", ["dA", "Z"]),
    "relu_backward": ("linear_activation_backward", ["dA", "Z"]),
    "linear_backward": ("linear_backward", ["dZ", "A", "W", "b"]),
    "linear_activation_backward": ("linear_activation_backward", ["dA", "A", "W", "b", "Z"]),
    "L_model_backward": ("L_model_backward", ["AL", "Y", "A1", "W1", "b1", "Z1"]),
    "update_parameters": ("update_parameters", ["W1", "b1", "dW1", "db1"]),
    # Exercises some editions add (see recipes.EXTRA_EXERCISES).
    "L_model_forward_2hidden": ("L_model_forward_2hidden", ["X", "W1", "b1", "W3", "b3"]),
    "initialize_parameters_4_3_2": (None, []),
    "initialize_parameters_deep_4_3_2": (None, []),
}


def read_fixtures(path, functions):
    """Decodes the cases the selected functions need into float64 arrays (Misuse if malformed)."""
    try:
        with open(path, "rb") as f:
            document = json.loads(f.read().decode("utf-8"))
    except OSError as e:
        raise Misuse("cannot read fixtures %s: %s" % (path, e.strerror or e)) from None
    except (UnicodeDecodeError, ValueError) as e:
        raise Misuse("fixtures %s is not valid JSON: %s" % (path, e)) from None
    if not isinstance(document, dict):
        raise Misuse("fixtures %s: expected a JSON object of cases" % path)
    cases = {}
    for name in functions:
        case, needed = CASE_OF[name]
        if case is None or case in cases:
            continue
        arrays = document.get(case)
        if not isinstance(arrays, dict):
            raise Misuse("fixtures %s has no case %r (needed by %s)" % (path, case, name))
        decoded = {}
        for key, value in arrays.items():
            decoded[key] = decode_array(value, "%s.%s" % (case, key), path)
        cases[case] = decoded
    for name in functions:
        case, needed = CASE_OF[name]
        if case is None:
            continue
        for key in needed:
            if key not in cases[case]:
                raise Misuse("fixtures %s: case %r has no array %r (needed by %s)" % (path, case, key, name))
    return cases


def decode_array(value, where, path):
    if not (isinstance(value, dict) and isinstance(value.get("shape"), list) and isinstance(value.get("data"), list)):
        raise Misuse('fixtures %s: %s is not {"shape": [...], "data": [...]}' % (path, where))
    shape = value["shape"]
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in shape):
        raise Misuse("fixtures %s: %s has a bad shape %r" % (path, where, shape))
    count = 1
    for n in shape:
        count *= n
    data = value["data"]
    if len(data) != count or not all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in data):
        raise Misuse("fixtures %s: %s needs %d numbers for shape %r" % (path, where, count, shape))
    return np.array(data, dtype=np.float64).reshape(shape)
