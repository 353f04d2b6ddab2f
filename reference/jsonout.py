"""Deterministic JSON output for the fixture files.

Objects are written one member per line (in insertion order, which our scripts fix); a list whose
elements are scalars or lists of scalars is written on one line. Doubles go through Python's
`repr` (what json.dumps uses), so they parse back to the identical double. Ends with a newline.
"""

import json

import numpy as np


def array(value):
    """{"shape": [...], "data": [row-major doubles]} for a numpy array or a scalar."""
    a = np.asarray(value, dtype=np.float64)
    return {"shape": list(a.shape), "data": [float(x) for x in a.reshape(-1)]}


def _is_flat(value):
    if not isinstance(value, list):
        return False
    return all(not isinstance(v, (dict, list)) or
               (isinstance(v, list) and all(not isinstance(w, (dict, list)) for w in v))
               for v in value)


def _render(value, level):
    pad = " " * level
    if isinstance(value, dict):
        if not value:
            return "{}"
        if set(value) == {"shape", "data"} or _all_scalar_members(value):
            return json.dumps(value, ensure_ascii=False)
        items = [f'{pad} {json.dumps(str(k), ensure_ascii=False)}: {_render(v, level + 1)}'
                 for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if _is_flat(value) and len(value) > 0 and all(isinstance(v, list) for v in value):
            items = [f"{pad} {json.dumps(v, ensure_ascii=False)}" for v in value]
            return "[\n" + ",\n".join(items) + "\n" + pad + "]"
        if _is_flat(value):
            return json.dumps(value, ensure_ascii=False)
        items = [f"{pad} {_render(v, level + 1)}" for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def _all_scalar_members(value):
    return all(not isinstance(v, dict) and (not isinstance(v, list) or _is_flat(v))
               for v in value.values()) and "shape" in value


def dumps(value):
    """The file text: deterministic, human-diffable, newline-terminated."""
    return _render(value, 0) + "\n"


def write(path, value):
    """Writes dumps(value) to path (UTF-8)."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(dumps(value))
