"""Regenerates every edition's test cases from the catalogue and runs our NumPy code on them.

Writes Fixtures/reference/<edition>.json (format: Fixtures/README.md) for the Step-by-Step
editions blog, v5, v8, v8a, 2021 and 2023 (/work/shared/EDITIONS.md, on course.py), for the
Application edition coursera the two small public tests of its models (two_layer_model_test,
L_layer_model_test), and for the week-2 and week-3 editions (w2-*, w3-*) their exercises on
logistic.py and planar.py.
Run from the package root:

    python3 reference/fixtures.py            # all editions
    python3 reference/fixtures.py blog v3    # some

Output is deterministic: re-running gives byte-identical files.
"""

import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import course  # noqa: E402
import jsonout  # noqa: E402
import logistic  # noqa: E402
import planar  # noqa: E402

OUT_DIR = os.path.join("Fixtures", "reference")


CATALOGUE = os.path.join("Fixtures", "catalogue.json")


def load_catalogue(path=CATALOGUE):
    """Fixtures/catalogue.json: the cases, editions and exercises (the single source of truth)."""
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def recipe(steps):
    """A catalogue case's steps as (kind, name, shape-or-rows) tuples for run_recipe."""
    out = []
    for step in steps:
        if step[0] == "seed":
            out.append(("seed", step[1]))
        elif step[0] in ("randn", "positive"):
            out.append((step[0], step[1], (step[2], step[3])))
        else:
            out.append(("const", step[1], step[2]))
    return out


def run_recipe(steps):
    """Executes a recipe with the global legacy RandomState; {name: ndarray} in draw order."""
    arrays = {}
    for step in steps:
        if step[0] == "seed":
            np.random.seed(step[1])
        elif step[0] == "randn":
            arrays[step[1]] = np.random.randn(*step[2])
        elif step[0] == "positive":
            # The week-3 testCases' labels, (np.random.randn(rows, cols) > 0), kept as 0/1 values
            # (the course's booleans give the same numbers in every formula of the notebook).
            arrays[step[1]] = (np.random.randn(*step[2]) > 0).astype(np.float64)
        else:
            arrays[step[1]] = np.asarray(step[2])
    return arrays


def parameters_of(case, count):
    return {f"{p}{l}": case[f"{p}{l}"] for l in range(1, count + 1) for p in ("W", "b")}


def layer_count(case):
    count = 0
    while f"W{count + 1}" in case:
        count += 1
    return count


# --- the call forms, on course.py: one function per form of catalogue.json's call_forms ---------
def form_initialize_parameters(ex, cases, edition):
    a = ex["args"]
    np.random.seed(1)
    return course.initialize_parameters(a["n_x"], a["n_h"], a["n_y"])


def form_initialize_parameters_deep(ex, cases, edition):
    np.random.seed(1)
    return course.initialize_parameters_deep(ex["args"]["layer_dims"], seed=3, init="small")


def form_activation(ex, cases, edition):
    c = cases[ex["case"]]
    Z, _ = course.linear_forward(c["A_prev"], c["W"], c["b"])
    return {"A": getattr(course, ex.get("function", ex["name"]))(Z)[0]}


def form_activation_backward(ex, cases, edition):
    c = cases[ex["case"]]
    return {"dZ": getattr(course, ex.get("function", ex["name"]))(c["dA"], c["Z"])}


def form_linear_forward(ex, cases, edition):
    c = cases[ex["case"]]
    return {"Z": course.linear_forward(c["A"], c["W"], c["b"])[0]}


def form_linear_activation_forward(ex, cases, edition):
    c = cases[ex["case"]]
    return {f"{kind}.A": course.linear_activation_forward(c["A_prev"], c["W"], c["b"], kind)[0] for kind in ("sigmoid", "relu")}


def form_L_model_forward(ex, cases, edition):
    c = cases[ex["case"]]
    AL, caches = course.L_model_forward(c["X"], parameters_of(c, layer_count(c)))
    return {"AL": AL, "len(caches)": len(caches)}


def form_compute_cost(ex, cases, edition):
    c = cases[ex["case"]]
    order = "v4a" if edition["cost_order"] == "scaled_sum" else "blog"
    return {"cost": course.compute_cost(c["AL"], c["Y"], order)}


def form_linear_backward(ex, cases, edition):
    c = cases[ex["case"]]
    dA_prev, dW, db = course.linear_backward(c["dZ"], (c["A"], c["W"], c["b"]))
    return {"dA_prev": dA_prev, "dW": dW, "db": db}


def form_linear_activation_backward(ex, cases, edition):
    c = cases[ex["case"]]
    cache = ((c["A"], c["W"], c["b"]), c["Z"])
    out = {}
    for kind in ("sigmoid", "relu"):
        dA_prev, dW, db = course.linear_activation_backward(c["dA"], cache, kind)
        out.update({f"{kind}.dA_prev": dA_prev, f"{kind}.dW": dW, f"{kind}.db": db})
    return out


def form_L_model_backward(ex, cases, edition):
    c = cases[ex["case"]]
    L = layer_count(c)
    caches = tuple(((c[f"A{l}"], c[f"W{l}"], c[f"b{l}"]), c[f"Z{l}"]) for l in range(1, L + 1))
    return course.L_model_backward(c["AL"], c["Y"], caches, edition["grads_keys"])


def form_update_parameters(ex, cases, edition):
    c = cases[ex["case"]]
    grads = {k: v for k, v in c.items() if k.startswith("d")}
    return course.update_parameters(parameters_of(c, layer_count(c)), grads, ex["args"]["learning_rate"])


def form_model(ex, cases, edition):
    """The public test of a model: costs logged (every 100th iteration) over the iterations."""
    c, a = cases[ex["case"]], ex["args"]
    dims = [c["X"].shape[0]] + a["hidden"] + [1]
    if len(a["hidden"]) == 1:
        _, costs = course.two_layer_model(c["X"], c["Y"], tuple(dims), a["learning_rate"], a["num_iterations"],
                                          seed=1, print_every=100)
    else:
        _, costs = course.L_layer_model(c["X"], c["Y"], dims, a["learning_rate"], a["num_iterations"],
                                        seed=1, init_seed=None, print_every=100)
    return {"costs": [[cost for i, cost in costs if i % 100 == 0]]}


# --- week 2: logistic regression (logistic.py) ------------------------------------------------
def scalar_b(c):
    """The catalogue writes b as a (1, 1) constant; the notebooks pass a Python number."""
    return float(np.asarray(c["b"]).reshape(-1)[0])


def logged_costs(costs, every=100):
    """The notebook's `costs` list (a cost appended when i % every == 0) as a (1, n) row."""
    return np.array([[cost for i, cost in costs if i % every == 0]]).reshape(1, -1)


def form_lr_sigmoid(ex, cases, edition):
    return {"s": logistic.sigmoid(cases[ex["case"]]["z"])}


def form_initialize_with_zeros(ex, cases, edition):
    w, b = logistic.initialize_with_zeros(ex["args"]["dim"])
    return {"w": w, "b": b}


def form_propagate(ex, cases, edition):
    c = cases[ex["case"]]
    grads, cost = logistic.propagate(c["w"], scalar_b(c), c["X"], c["Y"])
    return {"dw": grads["dw"], "db": grads["db"], "cost": cost}


def form_optimize(ex, cases, edition):
    c, a = cases[ex["case"]], ex["args"]
    params, grads, costs = logistic.optimize(c["w"], scalar_b(c), c["X"], c["Y"], a["num_iterations"],
                                             a["learning_rate"])
    return {"w": params["w"], "b": params["b"], "dw": grads["dw"], "db": grads["db"], "costs": logged_costs(costs)}


def form_lr_predict(ex, cases, edition):
    c = cases[ex["case"]]
    return {"Y_prediction": logistic.predict(c["w"], scalar_b(c), c["X"])}


def form_lr_model(ex, cases, edition):
    c, a = cases[ex["case"]], ex["args"]
    d = logistic.model(c["X_train"], c["Y_train"], c["X_test"], c["Y_test"], a["num_iterations"], a["learning_rate"])
    return {"costs": logged_costs(d["costs"]), "Y_prediction_test": d["Y_prediction_test"],
            "Y_prediction_train": d["Y_prediction_train"], "w": d["w"], "b": d["b"]}


# --- week 3: one hidden layer on planar data (planar.py) --------------------------------------
def planar_parameters(c):
    return {key: c[key] for key in ("W1", "b1", "W2", "b2")}


def form_layer_sizes(ex, cases, edition):
    c = cases[ex["case"]]
    n_x, n_h, n_y = planar.layer_sizes(c["X"], c["Y"])
    return {"n_x": n_x, "n_h": n_h, "n_y": n_y}


def form_planar_initialize_parameters(ex, cases, edition):
    """np.random.seed(seed) in force before the call; the release's function reseeds init_seed
    itself (2) or draws from the caller's state (None)."""
    a = ex["args"]
    np.random.seed(a["seed"])
    return planar.initialize_parameters(a["n_x"], a["n_h"], a["n_y"], seed=a["init_seed"])


def form_forward_propagation(ex, cases, edition):
    c = cases[ex["case"]]
    A2, cache = planar.forward_propagation(c["X"], planar_parameters(c))
    return {"A2": A2, **{"cache." + key: cache[key] for key in ("Z1", "A1", "Z2", "A2")}}


def form_planar_compute_cost(ex, cases, edition):
    c = cases[ex["case"]]
    return {"cost": planar.compute_cost(c["A2"], c["Y"])}


def form_backward_propagation(ex, cases, edition):
    c = cases[ex["case"]]
    cache = {key: c[key] for key in ("A1", "A2", "Z1", "Z2")}
    return planar.backward_propagation(planar_parameters(c), cache, c["X"], c["Y"])


def form_planar_update_parameters(ex, cases, edition):
    c = cases[ex["case"]]
    grads = {key: c[key] for key in ("dW1", "db1", "dW2", "db2")}
    return planar.update_parameters(planar_parameters(c), grads, ex["args"]["learning_rate"])


def form_nn_model(ex, cases, edition):
    """nn_model(X, Y, n_h, num_iterations) of the release, np.random.seed(seed) in force before the
    call: the model seeds 3, then initialize_parameters reseeds init_seed (2) or draws on (None)."""
    c, a = cases[ex["case"]], ex["args"]
    np.random.seed(a["seed"])
    parameters, _ = planar.nn_model(c["X"], c["Y"], a["n_h"], a["num_iterations"], seed=3, init_seed=a["init_seed"])
    return parameters


def form_planar_predict(ex, cases, edition):
    c = cases[ex["case"]]
    return {"predictions": planar.predict(planar_parameters(c), c["X"]).astype(np.float64)}


FORMS = {name[len("form_"):]: fn for name, fn in globals().items() if name.startswith("form_")}


def build(edition_id, catalogue=None):
    """The whole reference document of one edition of the catalogue."""
    catalogue = catalogue or load_catalogue()
    editions = {e["id"]: e for e in catalogue["editions"]}
    if edition_id not in editions:
        raise SystemExit(f"unknown edition {edition_id!r} ({', '.join(editions)})")
    edition = editions[edition_id]
    cases = {}
    for key in edition["cases"]:
        cases[key.split("@")[0]] = run_recipe(recipe(catalogue["cases"][key]))
    outputs = {}
    for exercise in edition["exercises"]:
        outputs[exercise["name"]] = FORMS[exercise["form"]](exercise, cases, edition)
    return {
        "edition": edition_id,
        "fixtures": {case: {k: jsonout.array(v) for k, v in arrays.items()} for case, arrays in cases.items()},
        "outputs": {fn: {k: jsonout.array(v) for k, v in values.items()} for fn, values in outputs.items()},
    }


def main(argv):
    catalogue = load_catalogue()
    editions = argv or [e["id"] for e in catalogue["editions"]]
    os.makedirs(OUT_DIR, exist_ok=True)
    for edition in editions:
        path = os.path.join(OUT_DIR, f"{edition}.json")
        jsonout.write(path, build(edition, catalogue))
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
