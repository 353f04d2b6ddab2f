#!/usr/bin/env python3
"""Writes our own test notebooks (.ipynb and nbconvert-style .py) for every release, and expected.json.

Everything here is ours: the function bodies follow Tests/ConformanceTests/Solutions/correct.py,
adapted per release (grads keys, cost formula, update_parameters(params, ...) with a deep copy in
2021+), and the cells imitate the layout of the real notebooks (import cell, magics, graded cells
marked `# GRADED FUNCTION: name`, test cells printing like the notebook, public-test calls at top
level in 2021+, the Application's load_data / training / predict cells). Planted mistakes are
text edits of the correct cells. Nothing it writes is kept in the repository: the tests
(NotebookGradingTests, scripts/check-notebooks.py, validate.py) write them into a scratch folder.
Usage: python3 make_notebooks.py OUTPUT_FOLDER
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

STEP_FUNCTIONS = ["initialize_parameters", "initialize_parameters_deep", "linear_forward", "linear_activation_forward",
                  "L_model_forward", "compute_cost", "linear_backward", "linear_activation_backward",
                  "L_model_backward", "update_parameters"]
APP_FUNCTIONS = ["two_layer_model", "L_layer_model"]

# ---------------------------------------------------------------------------------------------
# Step by Step: releases

STEP_RELEASES = {
    "blog": {"cases": "testCases_v2", "utils": "dnn_utils_v2", "keys": "blog", "cost": "sum_over_m", "public": None,
             "forward_case": "L_model_forward_test_case", "title": "Building your Deep Neural Network: Step by Step v4"},
    "v5": {"cases": "testCases_v3", "utils": "dnn_utils_v2", "keys": "blog", "cost": "sum_over_m", "public": None,
           "forward_case": "L_model_forward_test_case_2hidden", "title": "Building your Deep Neural Network: Step by Step v5"},
    "v8": {"cases": "testCases_v4", "utils": "dnn_utils_v2", "keys": "new", "cost": "sum_over_m", "public": None,
           "forward_case": "L_model_forward_test_case_2hidden", "title": "Building your Deep Neural Network: Step by Step v8"},
    "v8a": {"cases": "testCases_v4a", "utils": "dnn_utils_v2", "keys": "new", "cost": "minus_one_over_m", "public": None,
            "forward_case": "L_model_forward_test_case_2hidden", "title": "Building your Deep Neural Network: Step by Step v8a"},
    "2021": {"cases": "testCases", "utils": "dnn_utils", "keys": "new", "cost": "minus_one_over_m", "public": "2021",
             "forward_case": "L_model_forward_test_case_2hidden", "title": "Building your Deep Neural Network: Step by Step"},
    "2023": {"cases": "test_cases", "utils": "dnn_utils", "keys": "new", "cost": "minus_one_over_m", "public": "2023",
             "forward_case": "L_model_forward_test_case_2hidden", "title": "Building your Deep Neural Network: Step by Step"},
}


def step_imports(rel):
    r = STEP_RELEASES[rel]
    lines = ["import numpy as np", "import h5py", "import matplotlib.pyplot as plt",
             "from %s import *" % r["cases"], "from %s import sigmoid, sigmoid_backward, relu, relu_backward" % r["utils"]]
    if r["public"]:
        lines += ["from public_tests import *", "", "import copy"]
    lines += ["%matplotlib inline", "plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots",
              "plt.rcParams['image.interpolation'] = 'nearest'", "plt.rcParams['image.cmap'] = 'gray'", "",
              "%load_ext autoreload", "%autoreload 2", "", "np.random.seed(1)"]
    return "\n".join(lines)


def code_markers(rel):
    """(start, end) comment lines around the learner's code, as the release's template has them."""
    if STEP_RELEASES.get(rel, {}).get("public") or rel == "app-2021":
        return "    # YOUR CODE STARTS HERE", "    # YOUR CODE ENDS HERE"
    return "    ### START CODE HERE ###", "    ### END CODE HERE ###"


def graded(name, body):
    return "# GRADED FUNCTION: %s\n\n%s" % (name, body.strip("\n"))


def step_functions(rel):
    """{name: source of the graded cell} for a correct learner of release `rel`."""
    r = STEP_RELEASES[rel]
    start, end = code_markers(rel)
    new_style = bool(r["public"])
    f = {}
    f["initialize_parameters"] = f'''
def initialize_parameters(n_x, n_h, n_y):
    """Two-layer network: small random weights, zero biases."""
    np.random.seed(1)
{start}
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
{end}
    parameters = {{"W1": W1, "b1": b1, "W2": W2, "b2": b2}}
    return parameters
'''
    f["initialize_parameters_deep"] = f'''
def initialize_parameters_deep(layer_dims):
    """L-layer network: seed 3, weights randn * 0.01, zero biases."""
    np.random.seed(3)
    parameters = {{}}
    L = len(layer_dims)
    for l in range(1, L):
{start.replace("    ", "        ", 1)}
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
{end.replace("    ", "        ", 1)}
        assert parameters["W" + str(l)].shape == (layer_dims[l], layer_dims[l - 1])
    return parameters
'''
    shape_assert = "" if new_style else "    assert Z.shape == (W.shape[0], A.shape[1])\n"
    f["linear_forward"] = f'''
def linear_forward(A, W, b):
    """Z = W A + b, keeping (A, W, b) for the backward pass."""
{start}
    Z = np.dot(W, A) + b
{end}
{shape_assert}    cache = (A, W, b)
    return Z, cache
'''
    f["linear_activation_forward"] = f'''
def linear_activation_forward(A_prev, W, b, activation):
    """One layer: the linear step, then sigmoid or relu."""
    if activation == "sigmoid":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        Z, linear_cache = linear_forward(A_prev, W, b)
        A, activation_cache = relu(Z)
    cache = (linear_cache, activation_cache)
    return A, cache
'''
    f["L_model_forward"] = f'''
def L_model_forward(X, parameters):
    """[LINEAR -> RELU] * (L-1) -> LINEAR -> SIGMOID, collecting every layer's cache."""
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A_prev = A
        A, cache = linear_activation_forward(A_prev, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches
'''
    if r["cost"] == "sum_over_m":
        formula = "    cost = -np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m"
    else:
        formula = "    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))"
    cost_assert = "" if new_style else "    assert cost.shape == ()\n"
    f["compute_cost"] = f'''
def compute_cost(AL, Y):
    """Cross-entropy cost averaged over the m examples."""
    m = Y.shape[1]
{start}
{formula}
{end}
    cost = np.squeeze(cost)
{cost_assert}    return cost
'''
    f["linear_backward"] = f'''
def linear_backward(dZ, cache):
    """Gradients of the linear step of one layer from dZ."""
    A_prev, W, b = cache
    m = A_prev.shape[1]
{start}
    dW = 1 / m * np.dot(dZ, A_prev.T)
    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
{end}
    return dA_prev, dW, db
'''
    f["linear_activation_backward"] = f'''
def linear_activation_backward(dA, cache, activation):
    """Backward step of one LINEAR -> ACTIVATION layer."""
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
        dA_prev, dW, db = linear_backward(dZ, linear_cache)
    return dA_prev, dW, db
'''
    f["L_model_backward"] = L_model_backward_source(r["keys"], start, end)
    if new_style:
        f["update_parameters"] = f'''
def update_parameters(params, grads, learning_rate):
    """One step of gradient descent on every W and b (on a copy of params)."""
    parameters = copy.deepcopy(params)
    L = len(parameters) // 2
    for l in range(L):
{start.replace("    ", "        ", 1)}
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
{end.replace("    ", "        ", 1)}
    return parameters
'''
    else:
        f["update_parameters"] = f'''
def update_parameters(parameters, grads, learning_rate):
    """One step of gradient descent on every W and b."""
    L = len(parameters) // 2
    for l in range(L):
{start.replace("    ", "        ", 1)}
        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
{end.replace("    ", "        ", 1)}
    return parameters
'''
    return {name: graded(name, src) for name, src in f.items()}


def L_model_backward_source(keys, start, end):
    """L_model_backward storing dA_prev of layer l under "dA" + str(l) (blog) or str(l - 1) (v8+)."""
    last, read, store = ('str(L)', 'str(l + 2)', 'str(l + 1)') if keys == "blog" else ('str(L - 1)', 'str(l + 1)', 'str(l)')
    return f'''
def L_model_backward(AL, Y, caches):
    """Backward pass of the whole model, from the sigmoid output layer down to layer 1."""
    grads = {{}}
    L = len(caches)
    m = AL.shape[1]
    Y = Y.reshape(AL.shape)
{start}
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    current_cache = caches[L - 1]
    dA_prev_temp, dW_temp, db_temp = linear_activation_backward(dAL, current_cache, "sigmoid")
    grads["dA" + {last}] = dA_prev_temp
    grads["dW" + str(L)] = dW_temp
    grads["db" + str(L)] = db_temp
{end}
    for l in reversed(range(L - 1)):
        current_cache = caches[l]
        dA_prev_temp, dW_temp, db_temp = linear_activation_backward(grads["dA" + {read}], current_cache, "relu")
        grads["dA" + {store}] = dA_prev_temp
        grads["dW" + str(l + 1)] = dW_temp
        grads["db" + str(l + 1)] = db_temp
    return grads
'''


def step_tests(rel):
    """{name: source of the test cell after the graded cell}."""
    r = STEP_RELEASES[rel]
    new = bool(r["public"])
    t = {}
    if rel == "2023":
        t["initialize_parameters"] = ('print("Test Case 1:\\n")\nparameters = initialize_parameters(3,2,1)\n'
                                      'print("W1 = " + str(parameters["W1"]))\nprint("b1 = " + str(parameters["b1"]))\n'
                                      'initialize_parameters_test_1(initialize_parameters)\n\n'
                                      'print("\\033[90m\\nTest Case 2:\\n")\nparameters = initialize_parameters(4,3,2)\n'
                                      'print("W1 = " + str(parameters["W1"]))\nprint("W2 = " + str(parameters["W2"]))\n'
                                      'initialize_parameters_test_2(initialize_parameters)')
        t["initialize_parameters_deep"] = ('print("Test Case 1:\\n")\nparameters = initialize_parameters_deep([5,4,3])\n'
                                           'print("W1 = " + str(parameters["W1"]))\n'
                                           'initialize_parameters_deep_test_1(initialize_parameters_deep)\n\n'
                                           'print("\\033[90m\\nTest Case 2:\\n")\nparameters = initialize_parameters_deep([4,3,2])\n'
                                           'print("W1 = " + str(parameters["W1"]))\n'
                                           'initialize_parameters_deep_test_2(initialize_parameters_deep)')
    else:
        t["initialize_parameters"] = ('parameters = initialize_parameters(3,2,1)\nprint("W1 = " + str(parameters["W1"]))\n'
                                      'print("b1 = " + str(parameters["b1"]))\nprint("W2 = " + str(parameters["W2"]))\n'
                                      'print("b2 = " + str(parameters["b2"]))' + ("\n\ninitialize_parameters_test(initialize_parameters)" if new else ""))
        t["initialize_parameters_deep"] = ('parameters = initialize_parameters_deep([5,4,3])\nprint("W1 = " + str(parameters["W1"]))\n'
                                           'print("b1 = " + str(parameters["b1"]))\nprint("W2 = " + str(parameters["W2"]))\n'
                                           'print("b2 = " + str(parameters["b2"]))' + ("\n\ninitialize_parameters_deep_test(initialize_parameters_deep)" if new else ""))
    p = "t_" if new else ""
    t["linear_forward"] = f'{p}A, {p}W, {p}b = linear_forward_test_case()\n{p}Z, {p}linear_cache = linear_forward({p}A, {p}W, {p}b)\nprint("Z = " + str({p}Z))'
    t["linear_activation_forward"] = (f'{p}A_prev, {p}W, {p}b = linear_activation_forward_test_case()\n\n'
                                      f'{p}A, {p}linear_activation_cache = linear_activation_forward({p}A_prev, {p}W, {p}b, activation = "sigmoid")\n'
                                      f'print("With sigmoid: A = " + str({p}A))\n\n'
                                      f'{p}A, {p}linear_activation_cache = linear_activation_forward({p}A_prev, {p}W, {p}b, activation = "relu")\n'
                                      f'print("With ReLU: A = " + str({p}A))')
    t["L_model_forward"] = (f'{p}X, {p}parameters = {r["forward_case"]}()\n{p}AL, {p}caches = L_model_forward({p}X, {p}parameters)\n'
                            f'print("AL = " + str({p}AL))' + ('' if new else '\nprint("Length of caches list = " + str(len(caches)))'))
    t["compute_cost"] = f'{p}Y, {p}AL = compute_cost_test_case()\n{p}cost = compute_cost({p}AL, {p}Y)\n\nprint("Cost: " + str({p}cost))'
    t["linear_backward"] = (f'{p}dZ, {p}linear_cache = linear_backward_test_case()\n{p}dA_prev, {p}dW, {p}db = linear_backward({p}dZ, {p}linear_cache)\n\n'
                            f'print("dA_prev: " + str({p}dA_prev))\nprint("dW: " + str({p}dW))\nprint("db: " + str({p}db))')
    t["linear_activation_backward"] = (f'{p}dAL, {p}linear_activation_cache = linear_activation_backward_test_case()\n\n'
                                       f'{p}dA_prev, {p}dW, {p}db = linear_activation_backward({p}dAL, {p}linear_activation_cache, activation = "sigmoid")\n'
                                       f'print("With sigmoid: dA_prev = " + str({p}dA_prev))\nprint("With sigmoid: dW = " + str({p}dW))\n'
                                       f'print("With sigmoid: db = " + str({p}db))\n\n'
                                       f'{p}dA_prev, {p}dW, {p}db = linear_activation_backward({p}dAL, {p}linear_activation_cache, activation = "relu")\n'
                                       f'print("With relu: dA_prev = " + str({p}dA_prev))\nprint("With relu: dW = " + str({p}dW))\n'
                                       f'print("With relu: db = " + str({p}db))')
    if new:
        t["L_model_backward"] = ('t_AL, t_Y_assess, t_caches = L_model_backward_test_case()\ngrads = L_model_backward(t_AL, t_Y_assess, t_caches)\n\n'
                                 + "\n".join('print("%s = " + str(grads[\'%s\']))' % (k, k) for k in ("dA0", "dA1", "dW1", "dW2", "db1", "db2")))
    elif rel == "blog":
        t["L_model_backward"] = ('AL, Y_assess, caches = L_model_backward_test_case()\ngrads = L_model_backward(AL, Y_assess, caches)\n'
                                 'print ("dW1 = "+ str(grads["dW1"]))\nprint ("db1 = "+ str(grads["db1"]))\nprint ("dA1 = "+ str(grads["dA1"]))')
    else:
        t["L_model_backward"] = 'AL, Y_assess, caches = L_model_backward_test_case()\ngrads = L_model_backward(AL, Y_assess, caches)\nprint_grads(grads)'
    t["update_parameters"] = (f'{p}parameters, grads = update_parameters_test_case()\n{p}parameters = update_parameters({p}parameters, grads, 0.1)\n\n'
                              + "\n".join(f'print ("{k} = "+ str({p}parameters["{k}"]))' for k in ("W1", "b1", "W2", "b2")))
    if new:
        for name in STEP_FUNCTIONS:
            if name not in ("initialize_parameters", "initialize_parameters_deep"):
                t[name] += "\n\n%s_test(%s)" % (name, name)
    return t


MARKDOWN_STEP = {
    "initialize_parameters": "## 3 - Initialization\n\n### Exercise 1 - initialize_parameters\n\nCreate and initialize the parameters of the 2-layer neural network (LINEAR -> RELU -> LINEAR -> SIGMOID).",
    "initialize_parameters_deep": "### Exercise 2 - initialize_parameters_deep\n\nInitialize an L-layer network; `layer_dims` holds the size of every layer.",
    "linear_forward": "## 4 - Forward Propagation Module\n\n### Exercise 3 - linear_forward\n\n$Z^{[l]} = W^{[l]}A^{[l-1]} + b^{[l]}$",
    "linear_activation_forward": "### Exercise 4 - linear_activation_forward\n\nLINEAR -> ACTIVATION, with `sigmoid` or `relu` from the helper module.",
    "L_model_forward": "### Exercise 5 - L_model_forward\n\n[LINEAR -> RELU] $\\times$ (L-1) -> LINEAR -> SIGMOID.",
    "compute_cost": "## 5 - Cost Function\n\n### Exercise 6 - compute_cost\n\nThe cross-entropy cost $J$.",
    "linear_backward": "## 6 - Backward Propagation Module\n\n### Exercise 7 - linear_backward",
    "linear_activation_backward": "### Exercise 8 - linear_activation_backward",
    "L_model_backward": "### Exercise 9 - L_model_backward\n\nStore every dA, dW and db in the `grads` dictionary.",
    "update_parameters": "### Exercise 10 - update_parameters\n\n$W^{[l]} = W^{[l]} - \\alpha \\, dW^{[l]}$, $b^{[l]} = b^{[l]} - \\alpha \\, db^{[l]}$",
}


def step_cells(rel, functions):
    """[(kind, source)] of a whole Step-by-Step notebook."""
    r = STEP_RELEASES[rel]
    cells = [("markdown", "# %s\n\nIn this notebook you will implement all the functions required to build a deep neural network."
              "\n\n(Test notebook written for DNNConformance; it imitates the layout of the course's notebook.)" % r["title"])]
    if rel == "2023":
        cells.append(("code", "### v1.2"))
    cells.append(("markdown", "## 1 - Packages\n\n- numpy, matplotlib\n- %s provides some necessary functions for this notebook.\n"
                  "- %s provides some test cases to assess the correctness of your functions" % (r["utils"], r["cases"])))
    cells.append(("code", step_imports(rel)))
    tests = step_tests(rel)
    for name in STEP_FUNCTIONS:
        cells.append(("markdown", MARKDOWN_STEP[name]))
        cells.append(("code", functions[name]))
        cells.append(("code", tests[name]))
    cells.append(("markdown", "### Congratulations!\n\nYou've implemented all the functions required for building a deep neural network."))
    return cells


# ---------------------------------------------------------------------------------------------
# Application

APP_RELEASES = {
    "app-v2": {"utils": "dnn_app_utils_v2", "returns_costs": False},
    "app-v3": {"utils": "dnn_app_utils_v3", "returns_costs": False},
    "app-2021": {"utils": "dnn_app_utils_v3", "returns_costs": True},
}


def app_imports(rel):
    lines = ["import time", "import numpy as np", "import h5py", "import matplotlib.pyplot as plt", "import scipy",
             "from PIL import Image", "from scipy import ndimage", "from %s import *" % APP_RELEASES[rel]["utils"]]
    if rel == "app-2021":
        lines.append("from public_tests import *")
    lines += ["", "%matplotlib inline", "plt.rcParams['figure.figsize'] = (5.0, 4.0) # set default size of plots",
              "plt.rcParams['image.interpolation'] = 'nearest'", "plt.rcParams['image.cmap'] = 'gray'", "",
              "%load_ext autoreload", "%autoreload 2", "", "np.random.seed(1)"]
    return "\n".join(lines)


def app_functions(rel):
    new = APP_RELEASES[rel]["returns_costs"]
    start, end = code_markers(rel)
    if new:
        log = ('        if print_cost and i % 100 == 0 or i == num_iterations - 1:\n'
               '            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))\n'
               '        if i % 100 == 0 or i == num_iterations:\n'
               '            costs.append(cost)\n')
        tail = "    return parameters, costs\n"
    else:
        log = ('        if print_cost and i % 100 == 0:\n'
               '            print ("Cost after iteration %i: %f" %(i, cost))\n'
               '        if print_cost and i % 100 == 0:\n'
               '            costs.append(cost)\n')
        tail = ("    plt.plot(np.squeeze(costs))\n    plt.ylabel('cost')\n    plt.xlabel('iterations (per hundreds)')\n"
                "    plt.title(\"Learning rate =\" + str(learning_rate))\n    plt.show()\n\n    return parameters\n")
    two = f'''
def two_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    """LINEAR -> RELU -> LINEAR -> SIGMOID trained by gradient descent."""
    np.random.seed(1)
    grads = {{}}
    costs = []
    m = X.shape[1]
    (n_x, n_h, n_y) = layers_dims
{start}
    parameters = initialize_parameters(n_x, n_h, n_y)
{end}
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
    for i in range(0, num_iterations):
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y)
        dA2 = - (np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads['dW1'] = dW1
        grads['db1'] = db1
        grads['dW2'] = dW2
        grads['db2'] = db2
        parameters = update_parameters(parameters, grads, learning_rate)
        W1 = parameters["W1"]
        b1 = parameters["b1"]
        W2 = parameters["W2"]
        b2 = parameters["b2"]
{log}
{tail}'''
    deep = f'''
def L_layer_model(X, Y, layers_dims, learning_rate = 0.0075, num_iterations = 3000, print_cost=False):
    """[LINEAR -> RELU] * (L-1) -> LINEAR -> SIGMOID trained by gradient descent."""
    np.random.seed(1)
    costs = []
{start}
    parameters = initialize_parameters_deep(layers_dims)
{end}
    for i in range(0, num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y)
        grads = L_model_backward(AL, Y, caches)
        parameters = update_parameters(parameters, grads, learning_rate)
{log}
{tail}'''
    return {"two_layer_model": graded("two_layer_model", two), "L_layer_model": graded("L_layer_model", deep)}


def app_cells(rel, functions):
    new = APP_RELEASES[rel]["returns_costs"]
    lhs = "parameters, costs" if new else "parameters"
    cells = [("markdown", "# Deep Neural Network for Image Classification: Application\n\n"
              "(Test notebook written for DNNConformance; it imitates the layout of the course's notebook.)"),
             ("markdown", "## 1 - Packages"), ("code", app_imports(rel)),
             ("markdown", "## 2 - Load and Process the Dataset"),
             ("code", "train_x_orig, train_y, test_x_orig, test_y, classes = load_data()"),
             ("code", "# Example of a picture\nindex = 10\nplt.imshow(train_x_orig[index])\n"
                      "print (\"y = \" + str(train_y[0,index]) + \". It's a \" + classes[train_y[0,index]].decode(\"utf-8\") +  \" picture.\")"),
             ("code", "m_train = train_x_orig.shape[0]\nnum_px = train_x_orig.shape[1]\nm_test = test_x_orig.shape[0]\n\n"
                      "print (\"Number of training examples: \" + str(m_train))\nprint (\"Number of testing examples: \" + str(m_test))"),
             ("code", "train_x_flatten = train_x_orig.reshape(train_x_orig.shape[0], -1).T\n"
                      "test_x_flatten = test_x_orig.reshape(test_x_orig.shape[0], -1).T\n\n"
                      "train_x = train_x_flatten/255.\ntest_x = test_x_flatten/255.\n\n"
                      "print (\"train_x's shape: \" + str(train_x.shape))\nprint (\"test_x's shape: \" + str(test_x.shape))"),
             ("markdown", "## 4 - Two-layer Neural Network\n\n### Exercise 1 - two_layer_model"),
             ("code", "### CONSTANTS DEFINING THE MODEL ####\nn_x = 12288     # num_px * num_px * 3\nn_h = 7\nn_y = 1\n"
                      "layers_dims = (n_x, n_h, n_y)" + ("\nlearning_rate = 0.0075" if new else "")),
             ("code", functions["two_layer_model"])]
    if new:
        cells += [("code", "parameters, costs = two_layer_model(train_x, train_y, layers_dims = (n_x, n_h, n_y), num_iterations = 2, print_cost=False)\n\n"
                           "print(\"Cost after first iteration: \" + str(costs[0]))\n\ntwo_layer_model_test(two_layer_model)"),
                  ("code", "def plot_costs(costs, learning_rate=0.0075):\n    plt.plot(np.squeeze(costs))\n    plt.ylabel('cost')\n"
                           "    plt.xlabel('iterations (per hundreds)')\n    plt.title(\"Learning rate =\" + str(learning_rate))\n    plt.show()")]
    cells.append(("code", "%s = two_layer_model(train_x, train_y, layers_dims = (n_x, n_h, n_y), num_iterations = 2500, print_cost=True)" % lhs
                  + ("\nplot_costs(costs, learning_rate)" if new else "")))
    cells += [("code", "predictions_train = predict(train_x, train_y, parameters)"),
              ("code", "predictions_test = predict(test_x, test_y, parameters)"),
              ("markdown", "## 5 - L-layer Neural Network\n\n### Exercise 2 - L_layer_model"),
              ("code", "### CONSTANTS ###\nlayers_dims = [12288, 20, 7, 5, 1] #  4-layer model"),
              ("code", functions["L_layer_model"])]
    if new:
        cells.append(("code", "parameters, costs = L_layer_model(train_x, train_y, layers_dims, num_iterations = 1, print_cost = False)\n\n"
                              "print(\"Cost after first iteration: \" + str(costs[0]))\n\nL_layer_model_test(L_layer_model)"))
    cells.append(("code", "%s = L_layer_model(train_x, train_y, layers_dims, num_iterations = 2500, print_cost = True)" % lhs))
    cells += [("code", "pred_train = predict(train_x, train_y, parameters)"), ("code", "pred_test = predict(test_x, test_y, parameters)"),
              ("markdown", "## 6 - Results Analysis"), ("code", "print_mislabeled_images(classes, test_x, test_y, pred_test)")]
    return cells


# ---------------------------------------------------------------------------------------------
# Week 2: logistic regression with a neural-network mindset (lr_utils, the cat data)

W2_FUNCTIONS = ["sigmoid", "initialize_with_zeros", "propagate", "optimize", "predict", "model"]

W2_RELEASES = {
    "w2-2017": {"public": False, "title": "Logistic Regression with a Neural Network mindset"},
    "w2-v5": {"public": False, "title": "Logistic Regression with a Neural Network mindset v5"},
    "w2-2021": {"public": True, "title": "Logistic Regression with a Neural Network mindset"},
}


def shallow_markers(new_style, indent=4):
    pad = " " * indent
    if new_style:
        return pad + "# YOUR CODE STARTS HERE", pad + "# YOUR CODE ENDS HERE"
    return pad + "### START CODE HERE ###", pad + "### END CODE HERE ###"


def w2_imports(rel):
    lines = ["import numpy as np"]
    if W2_RELEASES[rel]["public"]:
        lines.append("import copy")
    lines += ["import matplotlib.pyplot as plt", "import h5py", "import scipy", "from PIL import Image", "from scipy import ndimage",
              "from lr_utils import load_dataset"]
    if W2_RELEASES[rel]["public"]:
        lines += ["from public_tests import *", "", "%matplotlib inline", "%load_ext autoreload", "%autoreload 2"]
    else:
        lines += ["", "%matplotlib inline"]
    return "\n".join(lines)


def w2_functions(rel):
    """{name: graded cell} of a correct week-2 learner of release `rel` (our own code)."""
    new = W2_RELEASES[rel]["public"]
    start, end = shallow_markers(new)
    start8, end8 = shallow_markers(new, 8)
    f = {}
    f["sigmoid"] = f'''
def sigmoid(z):
    """The logistic function 1 / (1 + e^-z) of a number or, elementwise, of an array."""
{start}
    s = 1 / (1 + np.exp(-z))
{end}
    return s
'''
    zero_b = "    b = 0." if new else "    b = 0"
    old_asserts = "" if new else "\n    assert(w.shape == (dim, 1))\n    assert(isinstance(b, float) or isinstance(b, int))\n"
    f["initialize_with_zeros"] = f'''
def initialize_with_zeros(dim):
    """w as a (dim, 1) column of zeros and b = 0: the starting point of gradient descent."""
{start}
    w = np.zeros((dim, 1))
{zero_b}
{end}
{old_asserts}
    return w, b
'''
    if new:
        tail = "    cost = np.squeeze(np.array(cost))\n"
    else:
        tail = ("    assert(dw.shape == w.shape)\n    assert(db.dtype == float)\n    cost = np.squeeze(cost)\n"
                "    assert(cost.shape == ())\n")
    f["propagate"] = f'''
def propagate(w, b, X, Y):
    """The cross-entropy cost of (w, b) on the m examples of X, and its gradients dw and db."""
    m = X.shape[1]

    # forward: activations, then the cost
{start}
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
{end}

    # backward: the gradients
{start}
    dw = np.dot(X, (A - Y).T) / m
    db = np.sum(A - Y) / m
{end}
{tail}
    grads = {{"dw": dw,
             "db": db}}

    return grads, cost
'''
    if new:
        signature = "def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):"
        copies = "    w = copy.deepcopy(w)\n    b = copy.deepcopy(b)\n"
        record = ("        if i % 100 == 0:\n            costs.append(cost)\n\n"
                  "            if print_cost:\n                print (\"Cost after iteration %i: %f\" %(i, cost))\n")
    else:
        signature = "def optimize(w, b, X, Y, num_iterations, learning_rate, print_cost = False):"
        copies = ""
        record = ("        if i % 100 == 0:\n            costs.append(cost)\n\n"
                  "        if print_cost and i % 100 == 0:\n            print (\"Cost after iteration %i: %f\" %(i, cost))\n")
    f["optimize"] = f'''
{signature}
    """num_iterations steps of gradient descent on (w, b); the cost is kept every 100 steps."""
{copies}    costs = []

    for i in range(num_iterations):
{start8}
        grads, cost = propagate(w, b, X, Y)
{end8}

        dw = grads["dw"]
        db = grads["db"]

{start8}
        w = w - learning_rate * dw
        b = b - learning_rate * db
{end8}

{record}
    params = {{"w": w,
              "b": b}}

    grads = {{"dw": dw,
             "db": db}}

    return params, grads, costs
'''
    if new:
        body = f'''{start}
    A = sigmoid(np.dot(w.T, X) + b)
    Y_prediction = (A > 0.5).astype(float)
{end}
'''
    else:
        body = f'''{start}
    A = sigmoid(np.dot(w.T, X) + b)
{end}

    for i in range(A.shape[1]):
{start8}
        Y_prediction[0, i] = 1 if A[0, i] > 0.5 else 0
{end8}

    assert(Y_prediction.shape == (1, m))
'''
    f["predict"] = f'''
def predict(w, b, X):
    """0/1 labels for the examples of X: 1 where the probability sigmoid(w.T X + b) exceeds 0.5."""
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)

{body}
    return Y_prediction
'''
    if new:
        signature = "def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.5, print_cost=False):"
        accuracy = ('    if print_cost:\n'
                    '        print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))\n'
                    '        print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))\n')
    else:
        signature = "def model(X_train, Y_train, X_test, Y_test, num_iterations = 2000, learning_rate = 0.5, print_cost = False):"
        accuracy = ('    print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))\n'
                    '    print("test accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_test - Y_test)) * 100))\n')
    f["model"] = f'''
{signature}
    """The whole logistic regression: zeros, optimize, then predictions on both sets, in the dictionary d."""
{start}
    w, b = initialize_with_zeros(X_train.shape[0])
    parameters, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)
    w = parameters["w"]
    b = parameters["b"]
    Y_prediction_test = predict(w, b, X_test)
    Y_prediction_train = predict(w, b, X_train)
{end}

{accuracy}
    d = {{"costs": costs,
         "Y_prediction_test": Y_prediction_test,
         "Y_prediction_train" : Y_prediction_train,
         "w" : w,
         "b" : b,
         "learning_rate" : learning_rate,
         "num_iterations": num_iterations}}

    return d
'''
    return {name: graded(name, src) for name, src in f.items()}


def w2_tests(rel):
    """{name: the test cell after the graded cell}, as the release's notebook has them."""
    new = W2_RELEASES[rel]["public"]
    t = {"sigmoid": 'print ("sigmoid([0, 2]) = " + str(sigmoid(np.array([0,2]))))' + ("\n\nsigmoid_test(sigmoid)" if new else "")}
    if new:
        t["initialize_with_zeros"] = ('dim = 2\nw, b = initialize_with_zeros(dim)\n\nassert type(b) == float\n'
                                      'print ("w = " + str(w))\nprint ("b = " + str(b))\n\n'
                                      'initialize_with_zeros_test_1(initialize_with_zeros)\n'
                                      'initialize_with_zeros_test_2(initialize_with_zeros)')
    else:
        t["initialize_with_zeros"] = 'dim = 2\nw, b = initialize_with_zeros(dim)\nprint ("w = " + str(w))\nprint ("b = " + str(b))'
    if rel == "w2-2017":
        case = "w, b, X, Y = np.array([[1],[2]]), 2, np.array([[1,2],[3,4]]), np.array([[1,0]])"
    elif rel == "w2-v5":
        case = "w, b, X, Y = np.array([[1.],[2.]]), 2., np.array([[1.,2.,-1.],[3.,4.,-3.2]]), np.array([[1,0,1]])"
    else:
        case = "w =  np.array([[1.], [2]])\nb = 1.5\nX = np.array([[1., -2., -1.], [3., 0.5, -3.2]])\nY = np.array([[1, 1, 0]])"
    checks = ('\nassert type(grads["dw"]) == np.ndarray\nassert grads["dw"].shape == (2, 1)\nassert type(grads["db"]) == np.float64\n\n'
              if new else "")
    t["propagate"] = (case + "\ngrads, cost = propagate(w, b, X, Y)\n" + checks +
                      'print ("dw = " + str(grads["dw"]))\nprint ("db = " + str(grads["db"]))\nprint ("cost = " + str(cost))'
                      + ("\n\npropagate_test(propagate)" if new else ""))
    t["optimize"] = (('params, grads, costs = optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False)\n\n' if new else
                      'params, grads, costs = optimize(w, b, X, Y, num_iterations= 100, learning_rate = 0.009, print_cost = False)\n\n') +
                     'print ("w = " + str(params["w"]))\nprint ("b = " + str(params["b"]))\n'
                     'print ("dw = " + str(grads["dw"]))\nprint ("db = " + str(grads["db"]))'
                     + ('\nprint("Costs = " + str(costs))\n\noptimize_test(optimize)' if new else ""))
    if rel == "w2-2017":
        t["predict"] = 'print ("predictions = " + str(predict(w, b, X)))'
    else:
        t["predict"] = ('w = np.array([[0.1124579],[0.23106775]])\nb = -0.3\nX = np.array([[1.,-1.1,-3.2],[1.2,2.,0.1]])\n'
                        'print ("predictions = " + str(predict(w, b, X)))' + ("\n\npredict_test(predict)" if new else ""))
    t["model"] = "from public_tests import *\n\nmodel_test(model)" if new else None
    return t


MARKDOWN_W2 = {
    "sigmoid": "## 4 - Building the parts of our algorithm\n\n### 4.1 - Helper functions\n\nImplement `sigmoid()`: $sigmoid(z) = \\frac{1}{1 + e^{-z}}$.",
    "initialize_with_zeros": "### 4.2 - Initializing parameters\n\nInitialize w as a vector of zeros and b as 0.",
    "propagate": "### 4.3 - Forward and Backward propagation\n\nCompute the cost $J$ and its gradients $dw$, $db$.",
    "optimize": "### Optimization\n\nUpdate the parameters by gradient descent: $\\theta = \\theta - \\alpha \\, d\\theta$.",
    "predict": "Use the learned (w, b) to label a data set: 1 when the activation is above 0.5.",
    "model": "## 5 - Merge all functions into a model",
}


def w2_cells(rel, functions):
    new = W2_RELEASES[rel]["public"]
    cells = [("markdown", "# %s\n\nYou will build a logistic regression classifier to recognize cats.\n\n"
              "(Test notebook written for DNNConformance; it imitates the layout of the course's notebook.)" % W2_RELEASES[rel]["title"]),
             ("markdown", "## 1 - Packages"), ("code", w2_imports(rel)),
             ("markdown", "## 2 - Overview of the Problem set"),
             ("code", "# Loading the data (cat/non-cat)\ntrain_set_x_orig, train_set_y, test_set_x_orig, test_set_y, classes = load_dataset()"),
             ("code", "# Example of a picture\nindex = %d\nplt.imshow(train_set_x_orig[index])\n"
                      "print (\"y = \" + str(train_set_y[:, index]) + \", it's a '\" + classes[np.squeeze(train_set_y[:, index])].decode(\"utf-8\") +  \"' picture.\")"
                      % (25 if new else 5)),
             ("code", "m_train = train_set_x_orig.shape[0]\nm_test = test_set_x_orig.shape[0]\nnum_px = train_set_x_orig.shape[1]\n\n"
                      "print (\"Number of training examples: m_train = \" + str(m_train))\n"
                      "print (\"Number of testing examples: m_test = \" + str(m_test))\n"
                      "print (\"Height/Width of each image: num_px = \" + str(num_px))"),
             ("code", "train_set_x_flatten = train_set_x_orig.reshape(train_set_x_orig.shape[0], -1).T\n"
                      "test_set_x_flatten = test_set_x_orig.reshape(test_set_x_orig.shape[0], -1).T\n\n"
                      "print (\"train_set_x_flatten shape: \" + str(train_set_x_flatten.shape))\n"
                      "print (\"test_set_x_flatten shape: \" + str(test_set_x_flatten.shape))"),
             ("code", "train_set_x = train_set_x_flatten / 255.\ntest_set_x = test_set_x_flatten / 255." if new else
                      "train_set_x = train_set_x_flatten/255.\ntest_set_x = test_set_x_flatten/255.")]
    tests = w2_tests(rel)
    for name in W2_FUNCTIONS:
        cells.append(("markdown", MARKDOWN_W2[name]))
        cells.append(("code", functions[name]))
        if tests[name]:
            cells.append(("code", tests[name]))
    lhs = "logistic_regression_model" if new else "d"
    cells += [("code", "%s = model(train_set_x, train_set_y, test_set_x, test_set_y, num_iterations = 2000, learning_rate = 0.005, print_cost = True)" % lhs),
              ("code", "# Plot learning curve (with costs)\ncosts = np.squeeze(%s['costs'])\nplt.plot(costs)\nplt.ylabel('cost')\n"
                       "plt.xlabel('iterations (per hundreds)')\nplt.title(\"Learning rate =\" + str(%s[\"learning_rate\"]))\nplt.show()" % (lhs, lhs)),
              ("markdown", "## 6 - Further analysis\n\n#### Choice of learning rate")]
    if new:
        cells.append(("code", "learning_rates = [0.01, 0.001, 0.0001]\nmodels = {}\n\nfor lr in learning_rates:\n"
                              "    print (\"Training a model with learning rate: \" + str(lr))\n"
                              "    models[str(lr)] = model(train_set_x, train_set_y, test_set_x, test_set_y, num_iterations=1500, learning_rate=lr, print_cost=False)\n"
                              "    print ('\\n' + \"-------------------------------------------------------\" + '\\n')"))
    else:
        cells.append(("code", "learning_rates = [0.01, 0.001, 0.0001]\nmodels = {}\nfor i in learning_rates:\n"
                              "    print (\"learning rate is: \" + str(i))\n"
                              "    models[str(i)] = model(train_set_x, train_set_y, test_set_x, test_set_y, num_iterations = 1500, learning_rate = i, print_cost = False)\n"
                              "    print ('\\n' + \"-------------------------------------------------------\" + '\\n')"))
    cells.append(("markdown", "## 7 - Test with your own image (optional/ungraded exercise)"))
    return cells


# ---------------------------------------------------------------------------------------------
# Week 3: planar data classification with one hidden layer (planar_utils, testCases_v2)

W3_FUNCTIONS = ["layer_sizes", "initialize_parameters", "forward_propagation", "compute_cost", "backward_propagation",
                "update_parameters", "nn_model", "predict"]

W3_RELEASES = {
    "w3-v5": {"public": False, "init_seed": True, "title": "Planar data classification with one hidden layer v6c"},
    "w3-2021a": {"public": True, "init_seed": True, "title": "Planar data classification with one hidden layer"},
    "w3-2021": {"public": True, "init_seed": False, "title": "Planar data classification with one hidden layer"},
}


def w3_imports(rel, cases="testCases_v2"):
    new = W3_RELEASES[rel]["public"]
    lines = ["# Package imports", "import numpy as np"]
    if new:
        lines.append("import copy")
    lines += ["import matplotlib.pyplot as plt", "from %s import *" % cases]
    if new:
        lines.append("from public_tests import *")
    lines += ["import sklearn", "import sklearn.datasets", "import sklearn.linear_model"]
    if new:
        lines += ["from planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset, load_extra_datasets", "",
                  "%matplotlib inline", "", "%load_ext autoreload", "%autoreload 2"]
    else:
        lines += ["from planar_utils import (", "    plot_decision_boundary,", "    sigmoid,", "    load_planar_dataset,",
                  "    load_extra_datasets,", ")", "", "%matplotlib inline", "",
                  "np.random.seed(1)  # set a seed so that the results are consistent"]
    return "\n".join(lines)


def w3_functions(rel):
    """{name: graded cell} of a correct week-3 learner of release `rel` (our own code)."""
    r = W3_RELEASES[rel]
    new = r["public"]
    start, end = shallow_markers(new)
    f = {}
    f["layer_sizes"] = f'''
def layer_sizes(X, Y):
    """(n_x, n_h, n_y): the size of the input layer, of the hidden layer (4 here) and of the output layer."""
{start}
    n_x = X.shape[0]
    n_h = 4
    n_y = Y.shape[0]
{end}
    return (n_x, n_h, n_y)
'''
    seed = "    np.random.seed(2) # the same weights as the expected output, although they are random\n\n" if r["init_seed"] else ""
    asserts = ("" if new else
               "\n    assert (W1.shape == (n_h, n_x))\n    assert (b1.shape == (n_h, 1))\n"
               "    assert (W2.shape == (n_y, n_h))\n    assert (b2.shape == (n_y, 1))\n")
    f["initialize_parameters"] = f'''
def initialize_parameters(n_x, n_h, n_y):
    """W1 (n_h, n_x) and W2 (n_y, n_h) small random weights, b1 and b2 zeros."""
{seed}{start}
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
{end}
{asserts}
    parameters = {{"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}}

    return parameters
'''
    shape_assert = "" if new else "\n    assert(A2.shape == (1, X.shape[1]))\n"
    f["forward_propagation"] = f'''
def forward_propagation(X, parameters):
    """LINEAR -> TANH -> LINEAR -> SIGMOID on X; returns A2 and the cache of Z1, A1, Z2, A2."""
{start}
    W1 = parameters["W1"]
    b1 = parameters["b1"]
    W2 = parameters["W2"]
    b2 = parameters["b2"]
{end}

{start}
    Z1 = np.dot(W1, X) + b1
    A1 = np.tanh(Z1)
    Z2 = np.dot(W2, A1) + b2
    A2 = sigmoid(Z2)
{end}
{shape_assert}
    cache = {{"Z1": Z1,
             "A1": A1,
             "Z2": Z2,
             "A2": A2}}

    return A2, cache
'''
    signature = "def compute_cost(A2, Y):" if new else "def compute_cost(A2, Y, parameters):"
    squeeze = "    cost = float(np.squeeze(cost))" if new else "    cost = np.squeeze(cost)\n    assert(isinstance(cost, float))"
    f["compute_cost"] = f'''
{signature}
    """The cross-entropy cost of the predictions A2 for the labels Y (m examples)."""
    m = Y.shape[1]

{start}
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(1 - Y, np.log(1 - A2))
    cost = -np.sum(logprobs) / m
{end}

{squeeze}

    return cost
'''
    f["backward_propagation"] = f'''
def backward_propagation(parameters, cache, X, Y):
    """The gradients of the cost with respect to W1, b1, W2 and b2."""
    m = X.shape[1]

{start}
    W1 = parameters["W1"]
    W2 = parameters["W2"]
    A1 = cache["A1"]
    A2 = cache["A2"]
{end}

{start}
    dZ2 = A2 - Y
    dW2 = np.dot(dZ2, A1.T) / m
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = np.dot(dZ1, X.T) / m
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
{end}

    grads = {{"dW1": dW1,
             "db1": db1,
             "dW2": dW2,
             "db2": db2}}

    return grads
'''
    read = "copy.deepcopy(parameters[%r])" if new else "parameters[%r]"
    reads = "\n".join('    %s = %s' % (k, read % k) for k in ("W1", "b1", "W2", "b2"))
    f["update_parameters"] = f'''
def update_parameters(parameters, grads, learning_rate = 1.2):
    """One step of gradient descent on W1, b1, W2, b2."""
{start}
{reads}
{end}

{start}
    dW1 = grads["dW1"]
    db1 = grads["db1"]
    dW2 = grads["dW2"]
    db2 = grads["db2"]
{end}

{start}
    W1 = W1 - learning_rate * dW1
    b1 = b1 - learning_rate * db1
    W2 = W2 - learning_rate * dW2
    b2 = b2 - learning_rate * db2
{end}

    parameters = {{"W1": W1,
                  "b1": b1,
                  "W2": W2,
                  "b2": b2}}

    return parameters
'''
    cost_call = "compute_cost(A2, Y)" if new else "compute_cost(A2, Y, parameters)"
    start8, end8 = shallow_markers(new, 8)
    f["nn_model"] = f'''
def nn_model(X, Y, n_h, num_iterations = 10000, print_cost=False):
    """The one-hidden-layer network trained by gradient descent; returns the learned parameters."""
    np.random.seed(3)
    n_x = layer_sizes(X, Y)[0]
    n_y = layer_sizes(X, Y)[2]

{start}
    parameters = initialize_parameters(n_x, n_h, n_y)
{end}

    for i in range(0, num_iterations):
{start8}
        A2, cache = forward_propagation(X, parameters)
        cost = {cost_call}
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads)
{end8}

        if print_cost and i % 1000 == 0:
            print ("Cost after iteration %i: %f" %(i, cost))

    return parameters
'''
    threshold = "    predictions = (A2 > 0.5)" if new else "    predictions = np.round(A2)"
    f["predict"] = f'''
def predict(parameters, X):
    """The class of every example of X: 1 (blue) where A2 > 0.5, else 0 (red)."""
{start}
    A2, cache = forward_propagation(X, parameters)
{threshold}
{end}

    return predictions
'''
    return {name: graded(name, src) for name, src in f.items()}


def w3_tests(rel):
    r = W3_RELEASES[rel]
    new = r["public"]
    p = "t_" if new else ""
    show = lambda var, keys: "\n".join('print("%s = " + str(%s["%s"]))' % (k, var, k) for k in keys)  # noqa: E731
    params = ("W1", "b1", "W2", "b2")
    t = {}
    t["layer_sizes"] = (f'{p}X_assess, {p}Y_assess = layer_sizes_test_case()\n'.replace("t_X_assess", "t_X").replace("t_Y_assess", "t_Y")
                        + f'(n_x, n_h, n_y) = layer_sizes({"t_X, t_Y" if new else "X_assess, Y_assess"})\n'
                        'print("The size of the input layer is: n_x = " + str(n_x))\n'
                        'print("The size of the hidden layer is: n_h = " + str(n_h))\n'
                        'print("The size of the output layer is: n_y = " + str(n_y))' + ("\n\nlayer_sizes_test(layer_sizes)" if new else ""))
    t["initialize_parameters"] = (("np.random.seed(2)\n" if rel == "w3-2021" else "") +
                                  "n_x, n_h, n_y = initialize_parameters_test_case()\n\nparameters = initialize_parameters(n_x, n_h, n_y)\n"
                                  + show("parameters", params) + ("\n\ninitialize_parameters_test(initialize_parameters)" if new else ""))
    if new:
        t["forward_propagation"] = ('t_X, parameters = forward_propagation_test_case()\nA2, cache = forward_propagation(t_X, parameters)\n'
                                    'print("A2 = " + str(A2))\n\nforward_propagation_test(forward_propagation)')
        t["compute_cost"] = ('A2, t_Y = compute_cost_test_case()\ncost = compute_cost(A2, t_Y)\nprint("cost = " + str(compute_cost(A2, t_Y)))\n\n'
                             'compute_cost_test(compute_cost)')
        t["backward_propagation"] = ('parameters, cache, t_X, t_Y = backward_propagation_test_case()\n\n'
                                     'grads = backward_propagation(parameters, cache, t_X, t_Y)\n'
                                     + show("grads", ("dW1", "db1", "dW2", "db2")) + "\n\nbackward_propagation_test(backward_propagation)")
        t["update_parameters"] = ('parameters, grads = update_parameters_test_case()\nparameters = update_parameters(parameters, grads)\n\n'
                                  + show("parameters", params) + "\n\nupdate_parameters_test(update_parameters)")
        if rel == "w3-2021a":
            t["nn_model"] = ('t_X, t_Y = nn_model_test_case()\nparameters = nn_model(t_X, t_Y, 4, num_iterations=10000, print_cost=True)\n'
                             + show("parameters", params) + "\n\nnn_model_test(nn_model)")
        else:
            t["nn_model"] = "nn_model_test(nn_model)"
        t["predict"] = ('parameters, t_X = predict_test_case()\n\npredictions = predict(parameters, t_X)\n'
                        'print("Predictions: " + str(predictions))\n\npredict_test(predict)')
    else:
        t["forward_propagation"] = ("X_assess, parameters = forward_propagation_test_case()\nA2, cache = forward_propagation(X_assess, parameters)\n\n"
                                    "# Note: we use the mean here just to make sure that your output matches ours.\n"
                                    "print(np.mean(cache['Z1']) ,np.mean(cache['A1']),np.mean(cache['Z2']),np.mean(cache['A2']))")
        t["compute_cost"] = 'A2, Y_assess, parameters = compute_cost_test_case()\n\nprint("cost = " + str(compute_cost(A2, Y_assess, parameters)))'
        t["backward_propagation"] = ('parameters, cache, X_assess, Y_assess = backward_propagation_test_case()\n\n'
                                     'grads = backward_propagation(parameters, cache, X_assess, Y_assess)\n'
                                     + show("grads", ("dW1", "db1", "dW2", "db2")))
        t["update_parameters"] = ('parameters, grads = update_parameters_test_case()\nparameters = update_parameters(parameters, grads)\n\n'
                                  + show("parameters", params))
        t["nn_model"] = ('X_assess, Y_assess = nn_model_test_case()\nparameters = nn_model(X_assess, Y_assess, 4, num_iterations=10000, print_cost=True)\n'
                         + show("parameters", params))
        t["predict"] = ('parameters, X_assess = predict_test_case()\n\npredictions = predict(parameters, X_assess)\n'
                        'print("predictions mean = " + str(np.mean(predictions)))')
    return t


MARKDOWN_W3 = {
    "layer_sizes": "## 4 - Neural Network model\n\n### 4.1 - Defining the neural network structure\n\nDefine n_x, n_h (4) and n_y.",
    "initialize_parameters": "### 4.2 - Initialize the model's parameters",
    "forward_propagation": "### 4.3 - The Loop\n\nImplement `forward_propagation()`: tanh in the hidden layer, sigmoid at the output.",
    "compute_cost": "Compute the cross-entropy cost $J$.",
    "backward_propagation": "Implement `backward_propagation()`; the derivative of tanh is $1 - a^2$.",
    "update_parameters": "Gradient descent: $\\theta = \\theta - \\alpha \\frac{\\partial J }{ \\partial \\theta }$.",
    "nn_model": "### 4.4 - Integrate parts 4.1, 4.2 and 4.3 in nn_model()",
    "predict": "### 4.5 Predictions\n\nPredict 1 where the activation is above 0.5.",
}


def w3_cells(rel, functions, cases="testCases_v2"):
    new = W3_RELEASES[rel]["public"]
    accuracy = ("print ('Accuracy: %d' % float((np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)) / float(Y.size) * 100) + '%')"
                if new else
                "print ('Accuracy: %d' % float((np.dot(Y,predictions.T) + np.dot(1-Y,1-predictions.T))/float(Y.size)*100) + '%')")
    cells = [("markdown", "# %s\n\nYour first neural network, with one hidden layer.\n\n"
              "(Test notebook written for DNNConformance; it imitates the layout of the course's notebook.)" % W3_RELEASES[rel]["title"]),
             ("markdown", "## 1 - Packages"), ("code", w3_imports(rel, cases)),
             ("markdown", "## 2 - Dataset"), ("code", "X, Y = load_planar_dataset()"),
             ("code", "# Visualize the data:\nplt.scatter(X[0, :], X[1, :], c=Y, s=40, cmap=plt.cm.Spectral);"),
             ("code", "shape_X = X.shape\nshape_Y = Y.shape\nm = Y.shape[1]  # training set size\n\n"
                      "print ('The shape of X is: ' + str(shape_X))\nprint ('The shape of Y is: ' + str(shape_Y))\n"
                      "print ('I have m = %d training examples!' % (m))"),
             ("markdown", "## 3 - Simple Logistic Regression"),
             ("code", "# Train the logistic regression classifier\nclf = sklearn.linear_model.LogisticRegressionCV();\nclf.fit(X.T, Y.T);")]
    tests = w3_tests(rel)
    for name in W3_FUNCTIONS:
        cells.append(("markdown", MARKDOWN_W3[name]))
        cells.append(("code", functions[name]))
        cells.append(("code", tests[name]))
    cells += [("markdown", "## 5 - Test the Model on the Planar Dataset"),
              ("code", "# Build a model with a n_h-dimensional hidden layer\nparameters = nn_model(X, Y, n_h = 4, num_iterations = 10000, print_cost=True)\n\n"
                       "# Plot the decision boundary\nplot_decision_boundary(lambda x: predict(parameters, x.T), X, Y)\n"
                       "plt.title(\"Decision Boundary for hidden layer size \" + str(4))"),
              ("code", "# Print accuracy\npredictions = predict(parameters, X)\n" + accuracy),
              ("markdown", "## 6 - Tuning hidden layer size (optional/ungraded exercise)"),
              ("code", "plt.figure(figsize=(16, 32))\nhidden_layer_sizes = [1, 2, 3, 4, 5, 20, 50]\n"
                       "for i, n_h in enumerate(hidden_layer_sizes):\n    plt.subplot(5, 2, i+1)\n    plt.title('Hidden Layer of size %d' % n_h)\n"
                       "    parameters = nn_model(X, Y, n_h, num_iterations = 5000)\n"
                       "    plot_decision_boundary(lambda x: predict(parameters, x.T), X, Y)\n    predictions = predict(parameters, X)\n"
                       "    accuracy = float((np.dot(Y,predictions.T) + np.dot(1 - Y, 1 - predictions.T)) / float(Y.size)*100)\n"
                       "    print (\"Accuracy for {} hidden units: {} %\".format(n_h, accuracy))"),
              ("markdown", "## 7 - Performance on other datasets")]
    return cells


# Planted mistakes and variations of weeks 2 and 3: (release, file stem, mistake id or None, [(function, old, new)], note,
# failed functions, {function: mistake id named there}). The edits must each match exactly once.
W2_PLANTS = [
    ("w2-v5", "dw_without_mean", "lr_dw_without_mean",
     [("propagate", "    dw = np.dot(X, (A - Y).T) / m", "    dw = np.dot(X, (A - Y).T)")],
     "dw without the 1/m: propagate's dw is m times too large; optimize and model, which call it, fail too",
     ["propagate", "optimize", "model"], {"propagate": "lr_dw_without_mean", "optimize": "lr_dw_without_mean", "model": "lr_dw_without_mean"}),
    ("w2-2017", "db_without_mean", "lr_db_without_mean",
     [("propagate", "    db = np.sum(A - Y) / m", "    db = np.sum(A - Y)")],
     "db without the 1/m (on the 2017 release's integer test case); optimize and model fail through propagate",
     ["propagate", "optimize", "model"], {"propagate": "lr_db_without_mean", "optimize": "lr_db_without_mean", "model": "lr_db_without_mean"}),
    ("w2-2021", "cost_without_minus", "lr_cost_without_minus",
     [("propagate", "    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m", "    cost = np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m")],
     "the cost without its minus: the gradients are right, the costs (propagate's, optimize's, model's) negative",
     ["propagate", "optimize", "model"], {"propagate": "lr_cost_without_minus", "optimize": "lr_cost_without_minus", "model": "lr_cost_without_minus"}),
    ("w2-2021", "update_plus", "lr_update_plus",
     [("optimize", "        w = w - learning_rate * dw\n        b = b - learning_rate * db",
       "        w = w + learning_rate * dw\n        b = b + learning_rate * db")],
     "optimize climbs the gradient (+); model, which calls it, fails too",
     ["optimize", "model"], {"optimize": "lr_update_plus", "model": "lr_update_plus"}),
    ("w2-v5", "threshold_on_z", "lr_threshold_on_z",
     [("predict", "        Y_prediction[0, i] = 1 if A[0, i] > 0.5 else 0", "        Y_prediction[0, i] = 1 if (np.dot(w.T, X) + b)[0, i] > 0.5 else 0")],
     "predict thresholds w.T X + b instead of its sigmoid; model, which calls it, fails too",
     ["predict", "model"], {"predict": "lr_threshold_on_z", "model": "lr_threshold_on_z"}),
    # What W2A2's own tests reject although the numbers are right: b = 0 (an int; assert type(b) == float).
    ("w2-2021", "b_int", None, [("initialize_with_zeros", "    b = 0.\n", "    b = 0\n")],
     "b = 0 is an int: the values are right, but W2A2's tests check type(b) == float and fail",
     ["initialize_with_zeros"], {}),
    # Variations that must pass.
    ("w2-2021", "variations", None,
     [("propagate", "    A = sigmoid(np.dot(w.T, X) + b)\n    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m",
       "    A = sigmoid(w.T @ X + b)\n    cost = -1/m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))"),
      ("propagate", "    dw = np.dot(X, (A - Y).T) / m\n    db = np.sum(A - Y) / m", "    dw = 1/m * X @ (A - Y).T\n    db = 1/m * np.sum(A - Y)"),
      ("propagate", "    cost = np.squeeze(np.array(cost))", "    cost = float(np.squeeze(cost))"),
      ("predict", "    A = sigmoid(np.dot(w.T, X) + b)\n    Y_prediction = (A > 0.5).astype(float)",
       "    A = sigmoid(np.dot(w.T, X) + b)\n\n    for i in range(A.shape[1]):\n        if A[0, i] > 0.5:\n            Y_prediction[0, i] = 1\n"
       "        else:\n            Y_prediction[0, i] = 0"),
      ("model", "    parameters, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_cost)",
       "    parameters, grads, costs = optimize(w, b, X_train, Y_train, num_iterations=num_iterations,\n"
       "                                        learning_rate=learning_rate, print_cost=print_cost)")],
     "correct, written differently: w.T @ X, 1/m * np.sum(...), float(np.squeeze(cost)), predict with a Python loop, "
     "optimize called with keywords", [], {}),
    ("w2-v5", "variations", None,
     [("predict", "    for i in range(A.shape[1]):\n        ### START CODE HERE ###\n        Y_prediction[0, i] = 1 if A[0, i] > 0.5 else 0\n"
                  "        ### END CODE HERE ###\n", "    Y_prediction = (A > 0.5) * 1.0\n"),
      ("optimize", "        w = w - learning_rate * dw\n        b = b - learning_rate * db", "        w -= learning_rate * dw\n        b -= learning_rate * db"),
      ("sigmoid", "    s = 1 / (1 + np.exp(-z))", "    s = 1.0 / (1.0 + np.exp(-1.0 * z))")],
     "correct, written differently: vectorised predict (A > 0.5) * 1.0, in-place updates (w -= ...), 1.0 / (1.0 + np.exp(-1.0 * z))", [], {}),
]

W3_PLANTS = [
    ("w3-2021", "cost_without_minus", "planar_cost_without_minus",
     [("compute_cost", "    cost = -np.sum(logprobs) / m", "    cost = np.sum(logprobs) / m")],
     "compute_cost without its minus; nn_model, which calls it, prints negative costs on the flower run and fails there "
     "(no mistake named under nn_model)", ["compute_cost", "nn_model"], {"compute_cost": "planar_cost_without_minus"}),
    ("w3-v5", "db_without_mean", "planar_db_without_mean",
     [("backward_propagation", "    db2 = np.sum(dZ2, axis=1, keepdims=True) / m", "    db2 = np.sum(dZ2, axis=1, keepdims=True)"),
      ("backward_propagation", "    db1 = np.sum(dZ1, axis=1, keepdims=True) / m", "    db1 = np.sum(dZ1, axis=1, keepdims=True)")],
     "db1 and db2 without the 1/m; nn_model, which calls backward_propagation, fails too",
     ["backward_propagation", "nn_model"], {"backward_propagation": "planar_db_without_mean", "nn_model": "planar_db_without_mean"}),
    ("w3-2021a", "dZ1_without_square", "planar_dZ1_without_square",
     [("backward_propagation", "(1 - np.power(A1, 2))", "(1 - A1)")],
     "dZ1 with (1 - A1) instead of (1 - A1**2); nn_model fails too",
     ["backward_propagation", "nn_model"], {"backward_propagation": "planar_dZ1_without_square", "nn_model": "planar_dZ1_without_square"}),
    ("w3-2021", "relu_hidden", "planar_relu_hidden",
     [("forward_propagation", "    A1 = np.tanh(Z1)", "    A1 = np.maximum(0, Z1)")],
     "relu instead of tanh in the hidden layer; nn_model fails too; predict (through forward_propagation) is right on its "
     "own case and fails on some fresh inputs only",
     ["forward_propagation", "nn_model", "predict?"], {"forward_propagation": "planar_relu_hidden", "nn_model": "planar_relu_hidden"}),
    ("w3-v5", "update_plus", "planar_update_plus",
     [("update_parameters", "    W1 = W1 - learning_rate * dW1\n    b1 = b1 - learning_rate * db1\n    W2 = W2 - learning_rate * dW2\n    b2 = b2 - learning_rate * db2",
       "    W1 = W1 + learning_rate * dW1\n    b1 = b1 + learning_rate * db1\n    W2 = W2 + learning_rate * dW2\n    b2 = b2 + learning_rate * db2")],
     "update_parameters climbs the gradient; nn_model fails too",
     ["update_parameters", "nn_model"], {"update_parameters": "planar_update_plus", "nn_model": "planar_update_plus"}),
    ("w3-v5", "unseeded_initialization", "planar_unseeded_initialization",
     [("initialize_parameters", "    np.random.seed(2) # the same weights as the expected output, although they are random\n\n", "")],
     "initialize_parameters without its np.random.seed(2): wrong from the notebook's seed 1, and nn_model draws from its seed 3",
     ["initialize_parameters", "nn_model"],
     {"initialize_parameters": "planar_unseeded_initialization", "nn_model": "planar_unseeded_initialization"}),
    ("w3-2021a", "unseeded_initialization", "planar_unseeded_initialization",
     [("initialize_parameters", "    np.random.seed(2) # the same weights as the expected output, although they are random\n\n", "")],
     "initialize_parameters without its np.random.seed(2) in the first 2021 release: its own case is seeded 2 by the test "
     "and passes; nn_model (seed 3) draws other weights", ["nn_model"], {"nn_model": "planar_unseeded_initialization"}),
    # What W3A1's own tests reject although the numbers are right: a list from layer_sizes, an
    # np.float64 (a 0-d array after np.squeeze) from compute_cost.
    ("w3-2021", "python_types", None,
     [("layer_sizes", "    return (n_x, n_h, n_y)", "    return [n_x, n_h, n_y]"),
      ("compute_cost", "    cost = float(np.squeeze(cost))", "    cost = np.squeeze(cost)")],
     "layer_sizes returns a list and compute_cost np.squeeze(cost) without float(): W3A1's tests check "
     "type(output) == tuple and type(cost) == float", ["layer_sizes", "compute_cost"], {}),
    # Variations that must pass.
    ("w3-2021", "variations", None,
     [("predict", "    predictions = (A2 > 0.5)", "    predictions = np.round(A2)"),
      ("compute_cost", "    logprobs = np.multiply(np.log(A2), Y) + np.multiply(1 - Y, np.log(1 - A2))\n    cost = -np.sum(logprobs) / m",
       "    cost = - 1/m * np.sum(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))"),
      ("backward_propagation", "    dW2 = np.dot(dZ2, A1.T) / m\n    db2 = np.sum(dZ2, axis=1, keepdims=True) / m\n    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))\n"
                               "    dW1 = np.dot(dZ1, X.T) / m\n    db1 = np.sum(dZ1, axis=1, keepdims=True) / m",
       "    dW2 = 1/m * dZ2 @ A1.T\n    db2 = 1/m * np.sum(dZ2, axis=1, keepdims=True)\n    dZ1 = W2.T @ dZ2 * (1 - A1 ** 2)\n"
       "    dW1 = 1/m * dZ1 @ X.T\n    db1 = 1/m * np.sum(dZ1, axis=1, keepdims=True)"),
      ("forward_propagation", "    Z1 = np.dot(W1, X) + b1", "    Z1 = W1 @ X + b1")],
     "correct, written differently: np.round(A2) in predict, - 1/m * np.sum(...), 1/m * ... @ ..., A1 ** 2, W1 @ X", [], {}),
    ("w3-v5", "variations", None,
     [("compute_cost", "    cost = np.squeeze(cost)\n", "    cost = float(np.squeeze(cost))\n"),
      ("compute_cost", "    logprobs = np.multiply(np.log(A2), Y) + np.multiply(1 - Y, np.log(1 - A2))\n    cost = -np.sum(logprobs) / m",
       "    cost = -(np.dot(Y, np.log(A2).T) + np.dot(1 - Y, np.log(1 - A2).T)) / m"),
      ("predict", "    predictions = np.round(A2)", "    predictions = (A2 > 0.5)"),
      ("nn_model", "        parameters = update_parameters(parameters, grads)", "        parameters = update_parameters(parameters, grads, learning_rate = 1.2)")],
     "correct, written differently: the cost through np.dot (a (1, 1) array) then float(np.squeeze(cost)) (v6c), "
     "predictions = (A2 > 0.5), learning_rate passed explicitly", [], {}),
]


def apply_edits(functions, edits, stem):
    functions = dict(functions)
    for name, old, new in edits:
        assert functions[name].count(old) == 1, (stem, name, old)
        functions[name] = functions[name].replace(old, new)
    return functions


def write_shallow(out, record):
    """Week 2 and week 3 notebooks: a correct one per release (.ipynb and .py) and the planted ones."""
    weeks = [("logistic_regression", W2_RELEASES, W2_FUNCTIONS, w2_functions, w2_cells, W2_PLANTS,
              {"w2-2017": "magic", "w2-v5": "run_line_magic", "w2-2021": "keep"}),
             ("planar", W3_RELEASES, W3_FUNCTIONS, w3_functions, w3_cells, W3_PLANTS,
              {"w3-v5": "run_line_magic", "w3-2021a": "keep", "w3-2021": "run_line_magic"})]
    for assignment, releases, names, make_functions, make_cells, plants, py_styles in weeks:
        for rel in releases:
            folder = os.path.join(out, assignment, rel)
            os.makedirs(folder, exist_ok=True)
            functions = make_functions(rel)
            write_ipynb(os.path.join(folder, "correct.ipynb"), make_cells(rel, functions))
            record("%s/%s/correct.ipynb" % (assignment, rel), assignment, rel, names, [], {}, "correct")
            write_py(os.path.join(folder, "correct.py"), make_cells(rel, functions), py_styles[rel])
            record("%s/%s/correct.py" % (assignment, rel), assignment, rel, names, [], {},
                   "correct; nbconvert-style export with magics as %s" % py_styles[rel])
        for rel, stem, mistake, edits, note, failed, named in plants:
            functions = apply_edits(make_functions(rel), edits, stem)
            path = "%s/%s/%s.ipynb" % (assignment, rel, stem)
            write_ipynb(os.path.join(out, path), make_cells(rel, functions), with_outputs=False)
            record(path, assignment, rel, names, failed, named, note)
    # The 2017 planar notebook imports testCases (v1): graded with v5's cases.
    cells = w3_cells("w3-v5", w3_functions("w3-v5"), cases="testCases")
    write_py(os.path.join(out, "planar", "w3-v5", "correct_testCases.py"), cells, "magic")
    record("planar/w3-v5/correct_testCases.py", "planar", "w3-v5", W3_FUNCTIONS, [], {},
           "correct; `from testCases import *` as in the 2017 release (graded with v5's cases)")
    # One planted mistake of each week also as a .py export.
    for assignment, plants, make_functions, make_cells, names, style in (
            ("logistic_regression", W2_PLANTS, w2_functions, w2_cells, W2_FUNCTIONS, "run_line_magic"),
            ("planar", W3_PLANTS, w3_functions, w3_cells, W3_FUNCTIONS, "run_line_magic")):
        rel, stem, mistake, edits, note, failed, named = plants[0]
        path = "%s/%s/%s.py" % (assignment, rel, stem)
        write_py(os.path.join(out, path), make_cells(rel, apply_edits(make_functions(rel), edits, stem)), style)
        record(path, assignment, rel, names, failed, named, note + " (.py export)")


# ---------------------------------------------------------------------------------------------
# Writers

def lines_of(text):
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def write_ipynb(path, cells, with_outputs=True):
    out, count = [], 0
    for kind, src in cells:
        if kind == "markdown":
            out.append({"cell_type": "markdown", "metadata": {}, "source": lines_of(src)})
            continue
        count += 1
        cell = {"cell_type": "code", "execution_count": count if with_outputs else None, "metadata": {}, "outputs": [],
                "source": lines_of(src)}
        if src.startswith("# GRADED FUNCTION"):
            cell["metadata"] = {"deletable": False, "nbgrader": {"cell_type": "code", "grade": False, "locked": False,
                                                                 "schema_version": 3, "solution": True, "task": False}}
        if with_outputs and "_test(" in src and not src.startswith("# GRADED"):
            cell["outputs"] = [{"name": "stdout", "output_type": "stream", "text": ["\u001b[92m All tests passed.\n"]}]
        out.append(cell)
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                                                       "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                                                       "pygments_lexer": "ipython3", "version": "3.7.6"}},
          "nbformat": 4, "nbformat_minor": 2}
    with open(path, "w") as handle:
        json.dump(nb, handle, indent=1, ensure_ascii=False)
        handle.write("\n")


def python_magic(line, style):
    """A magic line as an nbconvert export writes it: "keep", "run_line_magic" or "magic" (IPython < 6)."""
    stripped = line.strip()
    if style == "keep" or not stripped.startswith("%"):
        return line
    name, _, arg = stripped[1:].partition(" ")
    if style == "magic":
        return "get_ipython().magic('%s')" % stripped[1:]
    return "get_ipython().run_line_magic('%s', '%s')" % (name, arg)


def write_py(path, cells, magic_style):
    out = ["#!/usr/bin/env python", "# coding: utf-8", ""]
    count = 0
    for kind, src in cells:
        if kind == "markdown":
            out += [("# " + line).rstrip() if line else "# " for line in src.split("\n")] + [""]
            continue
        count += 1
        out += ["# In[%d]:" % count, "", ""] + [python_magic(line, magic_style) for line in src.split("\n")] + ["", ""]
    with open(path, "w") as handle:
        handle.write("\n".join(out).rstrip("\n") + "\n")


# ---------------------------------------------------------------------------------------------
# Planted mistakes: (release, file stem, function, mistake id, old text, new text, note, verdicts)

NEW_MISTAKES = {
    "grads_keys_new_in_blog_release": "L_model_backward stores dA_prev of layer l under 'dA' + str(l-1) (the v8+ keys) in a release whose tests expect the blog keys (dA1..dAL)",
    "grads_keys_blog_in_new_release": "L_model_backward stores dA_prev of layer l under 'dA' + str(l) (the blog keys) in a v8+ release whose tests expect dA0..dA(L-1)",
    "update_plus_W_only": "update_parameters adds learning_rate * dW to W (gradient ascent on the weights only); b is updated correctly",
    "cost_not_squeezed": "compute_cost returns the (1, 1) array of np.dot / keepdims instead of a scalar; the 2021+ public test uses np.allclose and accepts it (pass with a note)",
    "init_W2_shape_hardcoded": "initialize_parameters draws W2 with shape (1, n_h) instead of (n_y, n_h): right whenever n_y == 1, so only inputs with n_y > 1 (2023 test case 2, or fresh inputs) catch it",
    "delegates_to_course_helper": "the graded function only calls the course helper of the same name (dnn_app_utils_v3.linear_forward): not the learner's own code",
    "hardcoded_published_output": "the graded function returns the published expected output as a constant, whatever its inputs",
    "model_update_plus": "the model loop updates with + (gradient ascent) instead of calling update_parameters: the first logged cost is right, the parameters are not",
    "costs_every_iteration": "the 2021 model appends the cost at every iteration, so costs has num_iterations entries instead of one per 100",
}

PLANTS = [
    ("blog", "db_without_mean", "linear_backward", "db_without_mean",
     "    db = 1 / m * np.sum(dZ, axis=1, keepdims=True)", "    db = np.sum(dZ, axis=1, keepdims=True)",
     "db is summed but not divided by m", ["linear_backward", "linear_activation_backward", "L_model_backward"]),
    ("blog", "grads_keys_new", "L_model_backward", "grads_keys_new_in_blog_release", None, "new_keys",
     "v8+ grads keys in a blog notebook: grads['dA1'] is the 3x2 gradient instead of the 4x2 one", ["L_model_backward"]),
    ("v5", "update_plus_W_only", "update_parameters", "update_plus_W_only",
     '        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate',
     '        parameters["W" + str(l + 1)] = parameters["W" + str(l + 1)] + learning_rate',
     "W moves along its gradient; b is right", ["update_parameters"]),
    ("v8", "grads_keys_blog", "L_model_backward", "grads_keys_blog_in_new_release", None, "blog_keys",
     "blog grads keys in a v8 notebook: no dA0, and dA1 is the 4x2 gradient", ["L_model_backward"]),
    ("v8a", "hardcoded_output", "linear_forward", "hardcoded_published_output",
     "    Z = np.dot(W, A) + b", "    Z = np.array([[3.26295337, -1.23429987]])",
     "linear_forward returns the published Z; its callers (linear_activation_forward, L_model_forward) break too",
     ["linear_forward", "linear_activation_forward", "L_model_forward"]),
    ("2021", "cost_1x1", "compute_cost", "cost_not_squeezed", None, "cost_1x1",
     "compute_cost returns shape (1, 1) (sum with keepdims); the release's test uses np.allclose: passes, with a note", []),
    ("2021", "init_W2_hardcoded", "initialize_parameters", "init_W2_shape_hardcoded",
     "    W2 = np.random.randn(n_y, n_h) * 0.01", "    W2 = np.random.randn(1, n_h) * 0.01",
     "W2 has shape (1, n_h): the 2021 test (3, 2, 1) passes; only fresh inputs with n_y > 1 catch it", ["initialize_parameters"]),
    ("2021", "delegates_helper", "linear_forward", "delegates_to_course_helper", None, "delegate",
     "linear_forward returns dnn_app_utils_v3.linear_forward(A, W, b): right values, not the learner's code", ["linear_forward"]),
    ("2023", "init_W2_hardcoded", "initialize_parameters", "init_W2_shape_hardcoded",
     "    W2 = np.random.randn(n_y, n_h) * 0.01", "    W2 = np.random.randn(1, n_h) * 0.01",
     "W2 has shape (1, n_h): caught by the 2023 test case 2 (4, 3, 2)", ["initialize_parameters"]),
]

APP_PLANTS = [
    ("app-2021", "update_plus", "two_layer_model", "model_update_plus",
     "        parameters = update_parameters(parameters, grads, learning_rate)\n        W1 = parameters[\"W1\"]",
     "        for key in ('W1', 'b1', 'W2', 'b2'):\n            parameters[key] = parameters[key] + learning_rate * grads['d' + key]\n        W1 = parameters[\"W1\"]",
     "two_layer_model updates with + inside its loop; L_layer_model is correct", ["two_layer_model"]),
    ("app-2021", "costs_every_iteration", "L_layer_model", "costs_every_iteration",
     "        if i % 100 == 0 or i == num_iterations:\n            costs.append(cost)", "        costs.append(cost)",
     "L_layer_model appends every cost: the 2-iteration test gets 2 costs instead of 1; two_layer_model is correct", ["L_layer_model"]),
]


def plant(functions, rel, name, old, new):
    src = functions[name]
    if old is None:
        start, end = code_markers(rel)
        if new == "new_keys":
            src = graded(name, L_model_backward_source("new", start, end))
        elif new == "blog_keys":
            src = graded(name, L_model_backward_source("blog", start, end))
        elif new == "cost_1x1":
            src = src.replace("    cost = -1 / m * np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL))",
                              "    cost = -1 / m * (np.dot(Y, np.log(AL).T) + np.dot(1 - Y, np.log(1 - AL).T))")
            src = src.replace("    cost = np.squeeze(cost)\n", "")
        elif new == "delegate":
            src = ("import dnn_app_utils_v3\n\n# GRADED FUNCTION: linear_forward\n\ndef linear_forward(A, W, b):\n"
                   "    \"\"\"Z = W A + b, keeping (A, W, b) for the backward pass.\"\"\"\n"
                   "    return dnn_app_utils_v3.linear_forward(A, W, b)")
    else:
        assert src.count(old) == 1, (rel, name, old)
        src = src.replace(old, new)
    return dict(functions, **{name: src})


def main(out=HERE):
    """Writes every notebook and expected.json under `out` (a scratch folder: the tests make them there)."""
    expected = {"about": "Expected grading of our own test notebooks (written by make_notebooks.py, checked by validate.py). "
                         "functions: every function the learner writes in that release, passed or failed. "
                         "mistakes: the planted mistake per function (ids of Fixtures/mistakes.json or new_mistakes below). "
                         "\"passed|failed\": either verdict is right (it depends on the fresh inputs of that grading).",
                "new_mistakes": NEW_MISTAKES, "notebooks": {}}

    def record(path, assignment, rel, names, failed, mistakes, note):
        """failed: the functions that must fail; a name ending in "?" may pass or fail ("passed|failed"): its verdict
        depends on the fresh inputs, drawn from a new seed at every grading."""
        expected["notebooks"][path] = {"assignment": assignment, "release": rel,
                                       "functions": {n: "failed" if n in failed else "passed|failed" if n + "?" in failed
                                                     else "passed" for n in names},
                                       "mistakes": mistakes, "note": note}

    py_styles = {"blog": "magic", "v5": "run_line_magic", "v8a": "run_line_magic", "2021": "keep", "2023": "run_line_magic"}
    for rel in STEP_RELEASES:
        folder = os.path.join(out, "step_by_step", rel)
        os.makedirs(folder, exist_ok=True)
        functions = step_functions(rel)
        write_ipynb(os.path.join(folder, "correct.ipynb"), step_cells(rel, functions))
        record("step_by_step/%s/correct.ipynb" % rel, "step_by_step", rel, STEP_FUNCTIONS, [], {}, "correct")
        if rel in py_styles:
            write_py(os.path.join(folder, "correct.py"), step_cells(rel, functions), py_styles[rel])
            record("step_by_step/%s/correct.py" % rel, "step_by_step", rel, STEP_FUNCTIONS, [], {},
                   "correct; nbconvert-style export with magics as %s" % py_styles[rel])
    # The 2023 notebook as seen in a public "### v1.2" copy: `from testCases import *` with the 2023 tests.
    functions = step_functions("2023")
    cells = [(k, s.replace("from test_cases import *", "from testCases import *")) for k, s in step_cells("2023", functions)]
    write_py(os.path.join(out, "step_by_step", "2023", "correct_testCases.py"), cells, "run_line_magic")
    record("step_by_step/2023/correct_testCases.py", "step_by_step", "2023", STEP_FUNCTIONS, [], {},
           "correct; the 2023 tests (_test_1/_test_2) with `from testCases import *`, as in a public v1.2 copy")

    for rel, stem, name, mistake, old, new, note, failed in PLANTS:
        functions = plant(step_functions(rel), rel, name, old, new)
        path = "step_by_step/%s/%s.ipynb" % (rel, stem)
        write_ipynb(os.path.join(out, path), step_cells(rel, functions), with_outputs=False)
        record(path, "step_by_step", rel, STEP_FUNCTIONS, failed, {name: mistake}, note)
    # one planted mistake also as a .py export
    rel, stem, name, mistake, old, new, note, failed = PLANTS[0]
    write_py(os.path.join(out, "step_by_step", rel, stem + ".py"), step_cells(rel, plant(step_functions(rel), rel, name, old, new)), "magic")
    record("step_by_step/%s/%s.py" % (rel, stem), "step_by_step", rel, STEP_FUNCTIONS, failed, {name: mistake}, note + " (.py export)")

    for rel in APP_RELEASES:
        folder = os.path.join(out, "application", rel)
        os.makedirs(folder, exist_ok=True)
        functions = app_functions(rel)
        write_ipynb(os.path.join(folder, "correct.ipynb"), app_cells(rel, functions))
        write_py(os.path.join(folder, "correct.py"), app_cells(rel, functions), "keep" if rel == "app-2021" else "run_line_magic")
        for ext in ("ipynb", "py"):
            record("application/%s/correct.%s" % (rel, ext), "application", rel, APP_FUNCTIONS, [], {},
                   "correct; returns %s" % ("(parameters, costs)" if APP_RELEASES[rel]["returns_costs"] else "parameters"))
    for rel, stem, name, mistake, old, new, note, failed in APP_PLANTS:
        functions = app_functions(rel)
        assert functions[name].count(old) == 1, (stem, old)
        functions[name] = functions[name].replace(old, new)
        path = "application/%s/%s.ipynb" % (rel, stem)
        write_ipynb(os.path.join(out, path), app_cells(rel, functions), with_outputs=False)
        record(path, "application", rel, APP_FUNCTIONS, failed, {name: mistake}, note)

    write_shallow(out, record)

    with open(os.path.join(out, "expected.json"), "w") as handle:
        json.dump(expected, handle, indent=1)
        handle.write("\n")
    print("%d notebooks" % len(expected["notebooks"]))


if __name__ == "__main__":
    import sys
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
