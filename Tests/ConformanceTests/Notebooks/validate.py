#!/usr/bin/env python3
"""Checks our test notebooks before the grader uses them (plain Python + NumPy, no network).

For every notebook in expected.json:
  1. its code is extracted (.ipynb code cells, or the .py export), magics and get_ipython() lines
     neutralised, and the imports, defs and constant assignments executed with our course/
     modules first on sys.path (stubs/ last), as the runner does;
  2. Step by Step: each graded function is run on the release's published cases
     (Fixtures/published/<edition>.json, the runner's calls) and on fresh random inputs of other
     shapes against our reference (course/dnn_app_utils_v3 + the Step-by-Step initializers); a
     function that only calls a course helper counts as failed; the resulting verdicts must equal
     expected.json. Correct Step-by-Step notebooks must also run top to bottom without an error;
  3. Application: the two models on the 2021 public-test cases (published_app_2021.json, 8
     decimals) — parameters, and the costs where the release returns them; with --datasets DIR,
     also the first two logged costs (iterations 0 and 100) of both models on the cat data
     against Fixtures/published/coursera.json.
Usage: python3 validate.py [--datasets DIR] [-v]. Exit status 0 when every verdict is as expected.
"""
import argparse
import ast
import contextlib
import copy
import io
import json
import os
import sys
import types

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
COURSE = os.path.join(ROOT, "Sources", "Conformance", "PythonRunner", "course")
STUBS = os.path.join(ROOT, "Sources", "Conformance", "PythonRunner", "stubs")
PUBLISHED = os.path.join(ROOT, "Fixtures", "published")
sys.path[:0] = [COURSE, os.path.join(COURSE, "shared")]  # the week-4 modules, then the shared ones
sys.path.append(STUBS)

import dnn_app_utils_v3 as ref  # noqa: E402  (our course reference)
import testCases_v2 as cases_blog  # noqa: E402
import testCases_v4a as cases_v4a  # noqa: E402

EDITION = {"blog": "blog", "v5": "v8", "v8": "v8", "v8a": "v8a", "2021": "2021", "2023": "2023"}
BLOG_KEYS = {"blog", "v5"}


# ---------------------------------------------------------------------------------------------- loading

class _IPython:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def code_of(path):
    """The notebook's code as one Python source, magics turned into `pass`."""
    if path.endswith(".ipynb"):
        with open(path) as handle:
            nb = json.load(handle)
        text = "\n\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    else:
        with open(path) as handle:
            text = handle.read()
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("%", "!")):
            line = line[:len(line) - len(line.lstrip())] + "pass  # magic: " + stripped
        lines.append(line)
    return "\n".join(lines)


def _kept(node):
    if isinstance(node, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)):
        return True
    if isinstance(node, ast.Assign):
        return all(isinstance(n, (ast.Constant, ast.Name, ast.Tuple, ast.List, ast.UnaryOp, ast.BinOp))
                   for n in ast.walk(node.value) if not isinstance(n, (ast.Load, ast.operator, ast.unaryop)))
    return False


def load(path, everything=False):
    """(namespace, error of the full run or None). everything=False: the runner's subset only."""
    tree = ast.parse(code_of(path), path)
    namespace = {"__name__": "__notebook__", "get_ipython": _IPython}
    body = tree.body if everything else [n for n in tree.body if _kept(n)]
    error = None
    cwd = os.getcwd()
    os.chdir(os.path.dirname(path))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            np.random.seed(1)
            for node in body:
                try:
                    exec(compile(ast.Module(body=[node], type_ignores=[]), path, "exec"), namespace)
                except Exception as exc:  # noqa: BLE001
                    if error is None:
                        error = "line %d: %s: %s" % (node.lineno, type(exc).__name__, exc)
    finally:
        os.chdir(cwd)
    return namespace, error


# ---------------------------------------------------------------------------------------------- comparing

def matches_printed(actual, spec, allow_1x1=False):
    """SPEC §5: |actual - printed| <= half a unit of the last printed place (+1e-15)."""
    want = np.array([float(x) for x in spec["printed"]]).reshape(spec["shape"])
    got = np.asarray(actual, dtype=float)
    if allow_1x1 and got.shape == (1, 1) and want.shape == ():
        got = got.reshape(())
    if got.shape != want.shape:
        return False
    if "decimals" in spec:
        tol = 0.5 * 10.0 ** -spec["decimals"] + 1e-15
        return bool(np.all(np.abs(got - want) <= tol))
    if spec.get("exact"):
        return bool(np.all(got == want))
    digits = spec["significant"]
    return bool(np.all(np.abs(got - want) <= 0.5 * 10.0 ** (np.floor(np.log10(np.abs(want))) - digits + 1) + 1e-15))


def close(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return a.shape == b.shape and np.allclose(a, b, rtol=1e-10, atol=1e-12)


def step_deep_init(dims):
    np.random.seed(3)
    return {k: v for l in range(1, len(dims))
            for k, v in (("W%d" % l, np.random.randn(dims[l], dims[l - 1]) * 0.01), ("b%d" % l, np.zeros((dims[l], 1))))}


def reference_backward(AL, Y, caches, release):
    grads = ref.L_model_backward(AL, Y, caches)
    if release in BLOG_KEYS:  # the same gradients under dA1..dAL
        L = len(caches)
        grads = {("dA%d" % (int(k[2:]) + 1) if k.startswith("dA") else k): v for k, v in grads.items()}
        assert "dA%d" % L in grads
    return grads


# ---------------------------------------------------------------------------------------------- Step by Step

def published_outputs(fn, name, release):
    """{output name: value} of the learner's function on the release's published cases (runner's calls)."""
    cases = cases_v4a if release in ("v8a", "2021", "2023") else cases_blog
    out = {}
    if name == "initialize_parameters":
        np.random.seed(1)
        out.update({"initialize_parameters." + k: v for k, v in fn(3, 2, 1).items()})
        if release in ("2021", "2023"):
            np.random.seed(1)
            out.update({"initialize_parameters_4_3_2." + k: v for k, v in fn(4, 3, 2).items()})
    elif name == "initialize_parameters_deep":
        out.update({"initialize_parameters_deep." + k: v for k, v in fn([5, 4, 3]).items()})
        if release in ("2021", "2023"):
            out.update({"initialize_parameters_deep_4_3_2." + k: v for k, v in fn([4, 3, 2]).items()})
    elif name == "linear_forward":
        out["linear_forward.Z"] = fn(*cases.linear_forward_test_case())[0]
    elif name == "linear_activation_forward":
        for act in ("sigmoid", "relu"):
            out["linear_activation_forward.%s.A" % act] = fn(*cases.linear_activation_forward_test_case(), activation=act)[0]
    elif name == "L_model_forward":
        if release == "blog":
            AL, caches = fn(*cases_blog.L_model_forward_test_case())
            out.update({"L_model_forward.AL": AL, "L_model_forward.len(caches)": len(caches)})
        else:
            AL, caches = fn(*cases_v4a.L_model_forward_test_case_2hidden())
            out.update({"L_model_forward_2hidden.AL": AL, "L_model_forward_2hidden.len(caches)": len(caches)})
    elif name == "compute_cost":
        Y, AL = cases.compute_cost_test_case()
        out["compute_cost.cost"] = fn(AL, Y)
    elif name == "linear_backward":
        dA_prev, dW, db = fn(*cases.linear_backward_test_case())
        out.update({"linear_backward.dA_prev": dA_prev, "linear_backward.dW": dW, "linear_backward.db": db})
    elif name == "linear_activation_backward":
        for act in ("sigmoid", "relu"):
            dA, cache = cases.linear_activation_backward_test_case()
            for key, value in zip(("dA_prev", "dW", "db"), fn(dA, cache, activation=act)):
                out["linear_activation_backward.%s.%s" % (act, key)] = value
    elif name == "L_model_backward":
        grads = fn(*cases.L_model_backward_test_case())
        shown = dict(grads)
        if release == "v5":  # testCases_v3.print_grads shows grads["dA2"] as dA1
            shown["dA1"] = grads.get("dA2")
        out.update({"L_model_backward." + k: v for k, v in shown.items()})
    elif name == "update_parameters":
        parameters, grads = cases.update_parameters_test_case()
        out.update({"update_parameters." + k: v for k, v in fn(parameters, grads, 0.1).items()})
    return out


def check_published(fn, name, release, published):
    problems = []
    try:
        got = published_outputs(fn, name, release)
    except Exception as exc:  # noqa: BLE001
        return ["raised %s: %s" % (type(exc).__name__, exc)]
    for case, outputs in published["functions"].items():
        base = "L_model_forward" if case == "L_model_forward_2hidden" else case.replace("_4_3_2", "")
        if base != name:
            continue
        for output, spec in outputs.items():
            key = "%s.%s" % (case, output)
            if key not in got:
                problems.append("%s missing" % key)
            elif not matches_printed(got[key], spec, allow_1x1=release in ("2021", "2023")):
                problems.append("%s differs from the published value" % key)
    return problems


def check_fresh(fn, name, release, rng):
    """The learner's function against our reference on inputs of other shapes."""
    n0, n1, n2, m = 6, 5, 3, 7
    A = rng.standard_normal((n0, m)); W = rng.standard_normal((n1, n0)); b = rng.standard_normal((n1, 1))
    try:
        if name == "initialize_parameters":
            np.random.seed(1); got = fn(4, 3, 2)
            np.random.seed(1); want = ref.initialize_parameters(4, 3, 2)
            return all(close(got[k], want[k]) for k in want)
        if name == "initialize_parameters_deep":
            return all(close(fn([6, 5, 3, 2])[k], v) for k, v in step_deep_init([6, 5, 3, 2]).items())
        if name == "linear_forward":
            return close(fn(A, W, b)[0], ref.linear_forward(A, W, b)[0])
        if name == "linear_activation_forward":
            return all(close(fn(A, W, b, act)[0], ref.linear_activation_forward(A, W, b, act)[0]) for act in ("relu", "sigmoid"))
        parameters = {"W1": W, "b1": b, "W2": rng.standard_normal((n2, n1)), "b2": rng.standard_normal((n2, 1)),
                      "W3": rng.standard_normal((1, n2)) * 0.3, "b3": rng.standard_normal((1, 1))}
        if name == "L_model_forward":
            return close(fn(A, parameters)[0], ref.L_model_forward(A, parameters)[0])
        AL, caches = ref.L_model_forward(A, parameters)
        Y = (rng.random((1, m)) > 0.5).astype(int)
        if name == "compute_cost":
            return close(np.squeeze(fn(AL, Y)), ref.compute_cost(AL, Y))
        dZ = rng.standard_normal((n1, m))
        if name == "linear_backward":
            return all(close(g, w) for g, w in zip(fn(dZ, (A, W, b)), ref.linear_backward(dZ, (A, W, b))))
        if name == "linear_activation_backward":
            dA = rng.standard_normal((n1, m)); cache = ((A, W, b), rng.standard_normal((n1, m)))
            return all(close(g, w) for act in ("relu", "sigmoid")
                       for g, w in zip(fn(dA, cache, act), ref.linear_activation_backward(dA, cache, act)))
        if name == "L_model_backward":
            got, want = fn(AL, Y, caches), reference_backward(AL, Y, caches, release)
            return set(got) == set(want) and all(close(got[k], want[k]) for k in want)
        if name == "update_parameters":
            grads = {"d" + k: rng.standard_normal(v.shape) for k, v in parameters.items()}
            return all(close(fn(copy.deepcopy(parameters), grads, 0.05)[k], v)
                       for k, v in ref.update_parameters(copy.deepcopy(parameters), grads, 0.05).items())
    except Exception:  # noqa: BLE001
        return False
    raise KeyError(name)


def delegates(fn):
    """True when the function's code reaches a course helper module (dnn_app_utils_*, dnn_utils...)."""
    course = {os.path.splitext(f)[0] for f in os.listdir(COURSE) if f.endswith(".py")}
    for const_name in fn.__code__.co_names:
        value = fn.__globals__.get(const_name)
        if isinstance(value, types.ModuleType) and value.__name__ in course and value.__name__.startswith("dnn_app_utils"):
            return True
    return False


def grade_step(path, entry, verbose):
    release = entry["release"]
    with open(os.path.join(PUBLISHED, EDITION[release] + ".json")) as handle:
        published = json.load(handle)
    ns, _ = load(path)
    verdicts, notes = {}, []
    rng = np.random.default_rng(2024)
    for name in entry["functions"]:
        fn = ns.get(name)
        if not callable(fn):
            verdicts[name] = "failed"; notes.append("%s missing" % name); continue
        problems = check_published(fn, name, release, published)
        fresh = check_fresh(fn, name, release, rng)
        own = not delegates(fn)
        verdicts[name] = "passed" if not problems and fresh and own else "failed"
        if verbose or verdicts[name] != entry["functions"][name]:
            notes.append("%s: published %s, fresh %s, own code %s" % (name, problems or "ok", "ok" if fresh else "DIFFERS", own))
    if entry["note"].startswith("correct"):
        _, error = load(path, everything=True)
        if error:
            notes.append("full run failed: " + error)
            verdicts["(full run)"] = "failed"
    return verdicts, notes


# ---------------------------------------------------------------------------------------------- Application

def grade_app(path, entry, datasets, verbose):
    with open(os.path.join(HERE, "published_app_2021.json")) as handle:
        published = json.load(handle)
    ns, _ = load(path)
    returns_costs = entry["release"] == "app-2021"
    verdicts, notes = {}, []
    for name in entry["functions"]:
        fn, spec = ns.get(name), published[name + "_test"]
        ok = callable(fn)
        for case in spec["cases"] if ok else []:
            np.random.seed(1)
            X = np.random.randn(spec["layers_dims"][0], 10)
            Y = np.random.randn(1, 10) if spec["Y"] == "randn(1,10)" else np.array(spec["Y"])
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    result = fn(X, Y, tuple(spec["layers_dims"]), case["learning_rate"], case["num_iterations"])
            except Exception as exc:  # noqa: BLE001
                ok = False; notes.append("%s raised %s" % (name, exc)); break
            if returns_costs:
                if not (isinstance(result, tuple) and len(result) == 2):
                    ok = False; notes.append("%s: (parameters, costs) expected" % name); break
                parameters, costs = result
                if len(costs) != len(case["costs"]) or not np.allclose(np.squeeze(costs), case["costs"], atol=5e-9):
                    ok = False; notes.append("%s: costs %r" % (name, costs))
            else:
                parameters = result
            for key, want in case["parameters"].items():
                if not matches_printed(parameters.get(key), {"printed": np.ravel(want), "shape": np.shape(want), "decimals": 8}) \
                        and not np.allclose(parameters.get(key), want, rtol=5e-8, atol=0):
                    ok = False; notes.append("%s: %s differs (lr %s)" % (name, key, case["learning_rate"]))
        if ok and datasets:
            ok = check_cat_log(fn, name, ns, datasets, notes)
        verdicts[name] = "passed" if ok else "failed"
    return verdicts, notes


def check_cat_log(fn, name, ns, datasets, notes):
    """Iterations 0 and 100 of the printed log on the cat data against the published coursera log."""
    with open(os.path.join(PUBLISHED, "coursera.json")) as handle:
        log = dict(json.load(handle)["training"][name]["costs"])
    cwd = os.getcwd()
    os.chdir(os.path.dirname(os.path.abspath(datasets)))
    try:
        train_x_orig, train_y, _, _, _ = ns["load_data"]()
    finally:
        os.chdir(cwd)
    X = train_x_orig.reshape(train_x_orig.shape[0], -1).T / 255.
    dims = (12288, 7, 1) if name == "two_layer_model" else [12288, 20, 7, 5, 1]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn(X, train_y, dims, 0.0075, 101, True)
    printed = {int(line.split()[3].rstrip(":")): float(line.split()[-1]) for line in out.getvalue().splitlines()
               if line.startswith("Cost after iteration")}
    for i in (0, 100):
        if i not in printed or abs(printed[i] - float(log[i])) > 5e-7:
            notes.append("%s: cat-data cost at %d = %s, published %s" % (name, i, printed.get(i), log[i]))
            return False
    return True


# ---------------------------------------------------------------------------------------------- weeks 2 and 3

COURSE_MODULES = {"logistic_regression": os.path.join(COURSE, "logistic_regression"), "planar": os.path.join(COURSE, "planar")}


def load_shallow(path, assignment):
    """load() with the assignment's own course modules (public_tests, testCases_v2, planar_utils) first."""
    for name in ("public_tests", "testCases_v2", "planar_utils", "lr_utils"):
        sys.modules.pop(name, None)
    sys.path.insert(0, COURSE_MODULES[assignment])
    try:
        return load(path)
    finally:
        sys.path.remove(COURSE_MODULES[assignment])
        for name in ("public_tests", "testCases_v2", "planar_utils"):
            sys.modules.pop(name, None)


def _sig(z):
    return 1 / (1 + np.exp(-z))


def lr_reference(w, b, X, Y, iterations, rate):
    """Our week-2 gradient descent: (w, b, dw, db, costs every 100)."""
    costs, m = [], X.shape[1]
    for i in range(iterations):
        A = _sig(w.T @ X + b)
        cost = -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))
        dw, db = X @ (A - Y).T / m, np.mean(A - Y)
        w, b = w - rate * dw, b - rate * db
        if i % 100 == 0:
            costs.append(cost)
    return w, b, dw, db, costs


def check_w2(ns, name, rng, release):
    """The learner's week-2 function against our reference on random inputs of other sizes."""
    fn = ns.get(name)
    if not callable(fn):
        return False
    n, m = 4, 7
    w, b = rng.standard_normal((n, 1)) * 0.3, 0.25
    X, Y = rng.standard_normal((n, m)), np.array([[0, 1, 1, 0, 1, 0, 0]])
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            if name == "sigmoid":
                return close(fn(X), _sig(X))
            if name == "initialize_with_zeros":
                got_w, got_b = fn(5)
                # W2A2's test: assert type(b) == float.
                typed = type(got_b) is float if release == "w2-2021" else True
                return close(got_w, np.zeros((5, 1))) and float(got_b) == 0.0 and typed
            if name == "propagate":
                grads, cost = fn(w, b, X, Y)
                want = lr_reference(w, b, X, Y, 1, 0.0)
                A = _sig(w.T @ X + b)
                return (close(grads["dw"], want[2]) and close(grads["db"], want[3])
                        and close(cost, -np.mean(Y * np.log(A) + (1 - Y) * np.log(1 - A))))
            if name == "optimize":
                params, grads, costs = fn(w.copy(), b, X, Y, 150, 0.05)  # w -= ... would change ours
                want = lr_reference(w, b, X, Y, 150, 0.05)
                return (close(params["w"], want[0]) and close(params["b"], want[1]) and close(grads["dw"], want[2])
                        and close(grads["db"], want[3]) and close(np.squeeze(np.array(costs, dtype=float)), want[4]))
            if name == "predict":
                return close(fn(w, b, X), (_sig(w.T @ X + b) > 0.5).astype(float))
            if name == "model":
                X_test = rng.standard_normal((n, 3))
                d = fn(X, Y, X_test, np.array([[1, 0, 1]]), 120, 0.1, False)
                want = lr_reference(np.zeros((n, 1)), 0.0, X, Y, 120, 0.1)
                return (close(d["w"], want[0]) and close(d["b"], want[1])
                        and close(np.squeeze(np.array(d["costs"], dtype=float)), want[4])
                        and close(d["Y_prediction_train"], (_sig(want[0].T @ X + want[1]) > 0.5).astype(float))
                        and close(d["Y_prediction_test"], (_sig(want[0].T @ X_test + want[1]) > 0.5).astype(float)))
    except Exception:  # noqa: BLE001
        return False
    raise KeyError(name)


def planar_reference(X, Y, n_h, iterations, init_seed):
    """Our week-3 training: np.random.seed(3), the release's reseed, then gradient descent at 1.2."""
    np.random.seed(3)
    if init_seed:
        np.random.seed(2)
    W1, W2 = np.random.randn(n_h, X.shape[0]) * 0.01, None
    W2 = np.random.randn(Y.shape[0], n_h) * 0.01
    b1, b2, m = np.zeros((n_h, 1)), np.zeros((Y.shape[0], 1)), X.shape[1]
    for _ in range(iterations):
        A1 = np.tanh(W1 @ X + b1)
        A2 = _sig(W2 @ A1 + b2)
        dZ2 = A2 - Y
        dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
        W1, b1 = W1 - 1.2 * dZ1 @ X.T / m, b1 - 1.2 * dZ1.mean(axis=1, keepdims=True)
        W2, b2 = W2 - 1.2 * dZ2 @ A1.T / m, b2 - 1.2 * dZ2.mean(axis=1, keepdims=True)
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def check_w3(ns, name, release, rng):
    """The learner's week-3 function against our reference (the release's seeds; nn_model on the flower)."""
    fn = ns.get(name)
    if not callable(fn):
        return False
    init_seed = release in ("w3-v5", "w3-2021a")
    X, Y = rng.standard_normal((3, 6)), np.array([[0, 1, 1, 0, 1, 0]])
    p = {"W1": rng.standard_normal((5, 3)) * 0.5, "b1": rng.standard_normal((5, 1)) * 0.1,
         "W2": rng.standard_normal((1, 5)) * 0.5, "b2": rng.standard_normal((1, 1)) * 0.1}
    Z1 = p["W1"] @ X + p["b1"]
    A1 = np.tanh(Z1)
    Z2 = p["W2"] @ A1 + p["b2"]
    A2 = _sig(Z2)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            if name == "layer_sizes":
                sizes = fn(X, np.zeros((2, 6)))
                # W3A1's test: type(output) == tuple.
                return tuple(sizes) == (3, 4, 2) and (type(sizes) is tuple or release != "w3-2021")
            if name == "initialize_parameters":
                np.random.seed(1 if release == "w3-v5" else 2)  # what the grader has in force before the call
                got = fn(3, 5, 2)
                np.random.seed(2)
                want = {"W1": np.random.randn(5, 3) * 0.01, "W2": np.random.randn(2, 5) * 0.01}
                return (close(got["W1"], want["W1"]) and close(got["W2"], want["W2"])
                        and close(got["b1"], np.zeros((5, 1))) and close(got["b2"], np.zeros((2, 1))))
            if name == "forward_propagation":
                got, cache = fn(X, p)
                return close(got, A2) and all(close(cache[k], v) for k, v in (("Z1", Z1), ("A1", A1), ("Z2", Z2), ("A2", A2)))
            if name == "compute_cost":
                args = (A2, Y, p) if fn.__code__.co_argcount >= 3 else (A2, Y)
                cost = fn(*args)
                # W3A1's test: type(output) == float.
                typed = type(cost) is float or release != "w3-2021"
                return close(cost, -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))) and typed
            if name == "backward_propagation":
                grads = fn(p, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}, X, Y)
                dZ2 = A2 - Y
                dZ1 = (p["W2"].T @ dZ2) * (1 - A1 ** 2)
                want = {"dW1": dZ1 @ X.T / 6, "db1": dZ1.mean(axis=1, keepdims=True), "dW2": dZ2 @ A1.T / 6,
                        "db2": dZ2.mean(axis=1, keepdims=True)}
                return all(close(grads[k], v) for k, v in want.items())
            if name == "update_parameters":
                grads = {"d" + k: rng.standard_normal(v.shape) for k, v in p.items()}
                got = fn(copy.deepcopy(p), grads, 0.7)
                return all(close(got[k], v - 0.7 * grads["d" + k]) for k, v in p.items())
            if name == "nn_model":
                import planar_utils
                flower_X, flower_Y = planar_utils.load_planar_dataset()
                printed = io.StringIO()
                with contextlib.redirect_stdout(printed):
                    got = fn(flower_X, flower_Y, 4, 300, True)
                want = planar_reference(flower_X, flower_Y, 4, 300, init_seed)
                start = planar_reference(flower_X, flower_Y, 4, 0, init_seed)
                A2 = _sig(start["W2"] @ np.tanh(start["W1"] @ flower_X + start["b1"]) + start["b2"])
                first = -np.mean(flower_Y * np.log(A2) + (1 - flower_Y) * np.log(1 - A2))
                logged = [line for line in printed.getvalue().splitlines() if line.startswith("Cost after iteration 0:")]
                return (all(close(got[k], v) for k, v in want.items()) and len(logged) == 1
                        and abs(float(logged[0].split()[-1]) - first) <= 5e-7)
            if name == "predict":
                return np.array_equal(np.asarray(fn(p, X), dtype=float), (A2 > 0.5).astype(float))
    except Exception:  # noqa: BLE001
        return False
    raise KeyError(name)


def grade_shallow(path, entry, verbose):
    assignment, release = entry["assignment"], entry["release"]
    sys.path.insert(0, COURSE_MODULES[assignment])
    try:
        ns, _ = load_shallow(path, assignment)
        np.seterr(all="ignore")  # the planted mistakes overflow on purpose
        rng = np.random.default_rng(2025)
        verdicts, notes = {}, []
        for name in entry["functions"]:
            ok = check_w2(ns, name, rng, release) if assignment == "logistic_regression" else check_w3(ns, name, release, rng)
            verdicts[name] = "passed" if ok else "failed"
            if verbose and not ok:
                notes.append("%s differs from our reference" % name)
    finally:
        sys.path.remove(COURSE_MODULES[assignment])
        sys.modules.pop("planar_utils", None)
    return verdicts, notes


# ---------------------------------------------------------------------------------------------- main

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--datasets", help="folder `datasets` holding the cat .h5 files (optional)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    import tempfile
    import make_notebooks
    folder = tempfile.mkdtemp(prefix="dnnc-notebooks-")
    make_notebooks.main(folder)
    with open(os.path.join(folder, "expected.json")) as handle:
        expected = json.load(handle)
    failures = 0
    for rel_path, entry in expected["notebooks"].items():
        path = os.path.join(folder, rel_path)
        if entry["assignment"] == "step_by_step":
            verdicts, notes = grade_step(path, entry, args.verbose)
        elif entry["assignment"] in COURSE_MODULES:
            verdicts, notes = grade_shallow(path, entry, args.verbose)
        else:
            verdicts, notes = grade_app(path, entry, args.datasets, args.verbose)
        wrong = {k: v for k, v in verdicts.items() if v not in entry["functions"].get(k, "").split("|")}
        failures += bool(wrong)
        status = "ok  " if not wrong else "FAIL"
        print("%s %-50s %s" % (status, rel_path, ", ".join("%s %s (expected %s)" % (k, v, entry["functions"].get(k)) for k, v in wrong.items())))
        for note in notes if (wrong or args.verbose) else []:
            print("       " + note)
    print("%d notebooks, %d not as expected" % (len(expected["notebooks"]), failures))
    import shutil
    shutil.rmtree(folder, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
