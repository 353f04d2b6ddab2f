"""Regenerates the week-4 testCases for every Step-by-Step edition and runs course.py on them.

Writes Fixtures/reference/<edition>.json (format: Fixtures/README.md) for the Step-by-Step
editions blog, v5, v8, v8a, 2021 and 2023 (/work/shared/EDITIONS.md), and for the Application edition
coursera the two small public tests of its models (two_layer_model_test, L_layer_model_test).
Run from the package root:

    python3 reference/fixtures.py            # all editions
    python3 reference/fixtures.py blog v3    # some

Output is deterministic: re-running gives byte-identical files.
"""

import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import course  # noqa: E402
import jsonout  # noqa: E402

OUT_DIR = os.path.join("Fixtures", "reference")


def seed(n):
    return ("seed", n)


def randn(name, rows, cols):
    return ("randn", name, (rows, cols))


def const(name, rows):
    return ("const", name, rows)


# --- recipes (testCases*.py), in draw order ------------------------------------------------
BLOG_RECIPES = {
    "linear_forward": [seed(1), randn("A", 3, 2), randn("W", 1, 3), randn("b", 1, 1)],
    "linear_activation_forward": [seed(2), randn("A_prev", 3, 2), randn("W", 1, 3), randn("b", 1, 1)],
    "L_model_forward": [seed(1), randn("X", 4, 2), randn("W1", 3, 4), randn("b1", 3, 1),
                        randn("W2", 1, 3), randn("b2", 1, 1)],
    "compute_cost": [const("Y", [[1, 1, 1]]), const("AL", [[.8, .9, 0.4]])],
    "linear_backward": [seed(1), randn("dZ", 1, 2), randn("A", 3, 2), randn("W", 1, 3), randn("b", 1, 1)],
    "linear_activation_backward": [seed(2), randn("dA", 1, 2), randn("A", 3, 2), randn("W", 1, 3),
                                   randn("b", 1, 1), randn("Z", 1, 2)],
    "L_model_backward": [seed(3), randn("AL", 1, 2), const("Y", [[1, 0]]),
                         randn("A1", 4, 2), randn("W1", 3, 4), randn("b1", 3, 1), randn("Z1", 3, 2),
                         randn("A2", 3, 2), randn("W2", 1, 3), randn("b2", 1, 1), randn("Z2", 1, 2)],
    "update_parameters": [seed(2), randn("W1", 3, 4), randn("b1", 3, 1), randn("W2", 1, 3), randn("b2", 1, 1),
                          seed(3), randn("dW1", 3, 4), randn("db1", 3, 1), randn("dW2", 1, 3), randn("db2", 1, 1)],
}

TWO_HIDDEN = [seed(6), randn("X", 5, 4), randn("W1", 4, 5), randn("b1", 4, 1), randn("W2", 3, 4),
              randn("b2", 3, 1), randn("W3", 1, 3), randn("b3", 1, 1)]

V4A_COMPUTE_COST = [const("Y", [[1, 1, 0]]), const("AL", [[.8, .9, 0.4]])]
V4A_LINEAR_BACKWARD = [seed(1), randn("dZ", 3, 4), randn("A", 5, 4), randn("W", 3, 5), randn("b", 3, 1)]

UPDATE_LEARNING_RATE = 0.1

# Application edition `coursera`: the 2021 public tests of the two models (public_tests.py).
APP_TEST_RECIPES = {
    "two_layer_model_test": [seed(1), randn("X", 10, 10), randn("Y", 1, 10)],
    "L_layer_model_test": [seed(1), randn("X", 10, 10), const("Y", [[1, 1, 1, 1, 0, 0, 0, 1, 1, 0]])],
}
APP_TEST_ITERATIONS = 2
APP_TEST_LEARNING_RATE = 0.0075


def edition_config(edition):
    """(recipes, options) of a Step-by-Step edition."""
    recipes = dict(BLOG_RECIPES)
    options = {"keys": "blog", "cost_order": "blog", "two_hidden": False, "extra_init": False}
    if edition == "blog":
        return recipes, options
    if edition not in ("v5", "v8", "v8a", "2021", "2023"):
        raise SystemExit(f"unknown edition {edition!r} (blog, v5, v8, v8a, 2021, 2023, coursera)")
    # v3 and later: the 2hidden case (placed after L_model_forward) and the new grads keys.
    ordered = {}
    for name, recipe in recipes.items():
        ordered[name] = recipe
        if name == "L_model_forward":
            ordered["L_model_forward_2hidden"] = TWO_HIDDEN
    recipes = ordered
    # v5 (testCases_v3) still keys grads the blog's way; v8 (testCases_v4, edition v3) and later the new way.
    options.update(keys="blog" if edition == "v5" else "v3", two_hidden=True)
    if edition in ("v8a", "2021", "2023"):
        recipes["compute_cost"] = V4A_COMPUTE_COST
        recipes["linear_backward"] = V4A_LINEAR_BACKWARD
        options.update(cost_order="v4a")
    if edition == "2023":  # the 2023 release's public tests add initialize_parameters(4, 3, 2) and deep([4, 3, 2])
        options.update(extra_init=True)
    return recipes, options


def run_recipe(steps):
    """Executes a recipe with the global legacy RandomState; {name: ndarray} in draw order."""
    arrays = {}
    for step in steps:
        if step[0] == "seed":
            np.random.seed(step[1])
        elif step[0] == "randn":
            arrays[step[1]] = np.random.randn(*step[2])
        else:
            arrays[step[1]] = np.asarray(step[2])
    return arrays


def parameters_of(case, count):
    return {f"{p}{l}": case[f"{p}{l}"] for l in range(1, count + 1) for p in ("W", "b")}


def outputs_for(cases, options):
    """Runs course.py on the cases; {function: {output: ndarray}} in a fixed order."""
    out = {}

    np.random.seed(1)
    out["initialize_parameters"] = course.initialize_parameters(3, 2, 1)
    out["initialize_parameters_deep"] = course.initialize_parameters_deep([5, 4, 3], seed=3, init="small")
    if options["extra_init"]:
        np.random.seed(1)
        out["initialize_parameters_4_3_2"] = course.initialize_parameters(4, 3, 2)
        out["initialize_parameters_deep_4_3_2"] = course.initialize_parameters_deep([4, 3, 2], seed=3,
                                                                                    init="small")

    laf = cases["linear_activation_forward"]
    Z, _ = course.linear_forward(laf["A_prev"], laf["W"], laf["b"])
    out["sigmoid"] = {"A": course.sigmoid(Z)[0]}
    out["relu"] = {"A": course.relu(Z)[0]}

    lab = cases["linear_activation_backward"]
    out["sigmoid_backward"] = {"dZ": course.sigmoid_backward(lab["dA"], lab["Z"])}
    out["relu_backward"] = {"dZ": course.relu_backward(lab["dA"], lab["Z"])}

    lf = cases["linear_forward"]
    out["linear_forward"] = {"Z": course.linear_forward(lf["A"], lf["W"], lf["b"])[0]}

    out["linear_activation_forward"] = {
        "sigmoid.A": course.linear_activation_forward(laf["A_prev"], laf["W"], laf["b"], "sigmoid")[0],
        "relu.A": course.linear_activation_forward(laf["A_prev"], laf["W"], laf["b"], "relu")[0],
    }

    lmf = cases["L_model_forward"]
    AL, caches = course.L_model_forward(lmf["X"], parameters_of(lmf, 2))
    out["L_model_forward"] = {"AL": AL, "len(caches)": len(caches)}
    if options["two_hidden"]:
        th = cases["L_model_forward_2hidden"]
        AL, caches = course.L_model_forward(th["X"], parameters_of(th, 3))
        out["L_model_forward_2hidden"] = {"AL": AL, "len(caches)": len(caches)}

    cc = cases["compute_cost"]
    out["compute_cost"] = {"cost": course.compute_cost(cc["AL"], cc["Y"], options["cost_order"])}

    lb = cases["linear_backward"]
    dA_prev, dW, db = course.linear_backward(lb["dZ"], (lb["A"], lb["W"], lb["b"]))
    out["linear_backward"] = {"dA_prev": dA_prev, "dW": dW, "db": db}

    cache = ((lab["A"], lab["W"], lab["b"]), lab["Z"])
    lab_out = {}
    for activation in ("sigmoid", "relu"):
        dA_prev, dW, db = course.linear_activation_backward(lab["dA"], cache, activation)
        lab_out[f"{activation}.dA_prev"] = dA_prev
        lab_out[f"{activation}.dW"] = dW
        lab_out[f"{activation}.db"] = db
    out["linear_activation_backward"] = lab_out

    lmb = cases["L_model_backward"]
    caches = (((lmb["A1"], lmb["W1"], lmb["b1"]), lmb["Z1"]), ((lmb["A2"], lmb["W2"], lmb["b2"]), lmb["Z2"]))
    out["L_model_backward"] = course.L_model_backward(lmb["AL"], lmb["Y"], caches, options["keys"])

    up = cases["update_parameters"]
    grads = {k: up[k] for k in ("dW1", "db1", "dW2", "db2")}
    out["update_parameters"] = course.update_parameters(parameters_of(up, 2), grads, UPDATE_LEARNING_RATE)
    return out


def app_test_outputs(cases):
    """The 2021 Application public tests: costs logged (every 100th iteration) over 2 iterations."""
    two = cases["two_layer_model_test"]
    _, costs = course.two_layer_model(two["X"], two["Y"], (10, 4, 1), APP_TEST_LEARNING_RATE,
                                      APP_TEST_ITERATIONS, seed=1, print_every=100)
    out = {"two_layer_model_test": {"costs": [[c for i, c in costs if i % 100 == 0]]}}
    deep = cases["L_layer_model_test"]
    _, costs = course.L_layer_model(deep["X"], deep["Y"], [10, 5, 6, 1], APP_TEST_LEARNING_RATE,
                                    APP_TEST_ITERATIONS, seed=1, init_seed=None, print_every=100)
    out["L_layer_model_test"] = {"costs": [[c for i, c in costs if i % 100 == 0]]}
    return out


def build(edition):
    """The whole reference document of one edition."""
    if edition == "coursera":
        cases = {name: run_recipe(steps) for name, steps in APP_TEST_RECIPES.items()}
        outputs = app_test_outputs(cases)
    else:
        recipes, options = edition_config(edition)
        cases = {name: run_recipe(steps) for name, steps in recipes.items()}
        outputs = outputs_for(cases, options)
    return {
        "edition": edition,
        "fixtures": {case: {k: jsonout.array(v) for k, v in arrays.items()} for case, arrays in cases.items()},
        "outputs": {fn: {k: jsonout.array(v) for k, v in values.items()} for fn, values in outputs.items()},
    }


EDITIONS = ("blog", "v5", "v8", "v8a", "2021", "2023", "coursera")


def main(argv):
    editions = argv or list(EDITIONS)
    os.makedirs(OUT_DIR, exist_ok=True)
    for edition in editions:
        path = os.path.join(OUT_DIR, f"{edition}.json")
        jsonout.write(path, build(edition))
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
