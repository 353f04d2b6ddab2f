"""Reads the grading plan that `dnn-conformance grade` writes: which exercises to run, with which
call form, on which arguments. The runner keeps no list of exercises of its own.

    {"solution": "/private/dir/solution.py", "display": "my_notebook.ipynb",
     "assignment": "step_by_step" | "application" | "logistic_regression" | "planar",
     "timeout": 10, "limits": {"memory": 2147483648, "cpu": 40, "file_size": 67108864},
     "exercises": [{"name": "linear_forward", "function": "linear_forward", "form": "linear_forward",
                    "optional": false, "timeout": 10,
                    "runs": [{"label": "", "seed": 1, "args": {"A": ARRAY, "W": ARRAY, ...}}]}]}

ARRAY is {"shape": [...], "data": [...]} or, for large data, {"shape": [...], "file": "x.f64"}
(little-endian float64, row-major, relative to the plan's folder). Other argument values are
numbers or lists of numbers. "assignment" (catalogue.json's assignment ids) chooses the course's
helper modules the notebook's imports find (dnnc_runner.course_path); without it the plan is a
week-4 one.
"""
import json
import os

import numpy as np

from . import ASSIGNMENT_DIRS, DEFAULT_ASSIGNMENT, Misuse
from .calls import FORMS


def read_plan(path):
    """The plan with every array decoded; Misuse when it is malformed."""
    try:
        with open(path, "rb") as f:
            plan = json.loads(f.read().decode("utf-8"))
    except OSError as e:
        raise Misuse("cannot read plan %s: %s" % (path, e.strerror or e)) from None
    except (UnicodeDecodeError, ValueError) as e:
        raise Misuse("plan %s is not valid JSON: %s" % (path, e)) from None
    if not isinstance(plan, dict) or not isinstance(plan.get("exercises"), list):
        raise Misuse("plan %s: expected an object with an exercises list" % path)
    if not isinstance(plan.get("solution"), str):
        raise Misuse("plan %s: no solution path" % path)
    plan.setdefault("assignment", DEFAULT_ASSIGNMENT)
    if plan["assignment"] not in ASSIGNMENT_DIRS:
        raise Misuse("plan %s: unknown assignment %r (one of %s)"
                     % (path, plan["assignment"], ", ".join(sorted(ASSIGNMENT_DIRS))))
    folder = os.path.dirname(os.path.abspath(path))
    for exercise in plan["exercises"]:
        if not isinstance(exercise, dict) or exercise.get("form") not in FORMS:
            raise Misuse("plan %s: unknown call form in %r" % (path, exercise))
        for key in ("name", "function"):
            if not isinstance(exercise.get(key), str):
                raise Misuse("plan %s: exercise without %s" % (path, key))
        for run in exercise.get("runs", []):
            run["args"] = {k: decode(v, "%s.%s" % (exercise["name"], k), folder) for k, v in run.get("args", {}).items()}
    return plan


#: Arguments that are plain objects, not arrays.
PLAIN_OBJECTS = {"python_types"}


def decode(value, where, folder):
    """A numpy array for an ARRAY object, the value itself otherwise."""
    if not isinstance(value, dict) or where.rsplit(".", 1)[-1] in PLAIN_OBJECTS:
        return value
    shape = value.get("shape")
    if not (isinstance(shape, list) and all(isinstance(n, int) and n >= 0 for n in shape)):
        raise Misuse("plan: %s has a bad shape %r" % (where, shape))
    count = int(np.prod(shape)) if shape else 1
    if "file" in value:
        name = os.path.basename(str(value["file"]))
        data = np.fromfile(os.path.join(folder, name), dtype="<f8")
        if data.size != count:
            raise Misuse("plan: %s: %s holds %d numbers, not %d" % (where, name, data.size, count))
        return data.reshape(shape)
    data = value.get("data")
    if not isinstance(data, list) or len(data) != count:
        raise Misuse("plan: %s needs %d numbers for shape %r" % (where, count, shape))
    return np.array(data, dtype=np.float64).reshape(shape)
