"""Our own NumPy implementation of the Course 1, week-4 functions (edition `blog`).

Every formula is written the way the notebook writes it, operation for operation, so that the
rounding is NumPy's (e.g. dZ = dA * s * (1 - s), not A - Y). The few places where later editions
of the notebook changed the order of operations or the bookkeeping are keyword parameters:

- `compute_cost(..., order=)`: "blog" -> -np.sum(...) / m ; "v4a" -> -1/m * np.sum(...)
- `L_model_backward(..., keys=)`: "blog" -> grads["dA"+l] is the gradient w.r.t. the input of layer l
  (dA1 .. dAL); "v3" -> grads["dA"+(l-1)] is dA_prev of layer l (dA0 .. dA(L-1)).
- `accuracy(..., form=)`: "blog" -> float(np.sum(p == y) / m) ; "coursera" -> np.sum((p == y) / m)

Only numpy is needed. Randomness is NumPy's global legacy RandomState, as in the notebooks.
"""

import numpy as np

COST_ORDERS = ("blog", "v4a")
GRAD_KEYS = ("blog", "v3")
ACCURACY_FORMS = ("blog", "coursera")


# --- activations (dnn_utils) ---------------------------------------------------------------
def sigmoid(Z):
    """A = 1/(1+exp(-Z)); returns (A, cache=Z)."""
    A = 1 / (1 + np.exp(-Z))
    return A, Z


def relu(Z):
    """A = max(0, Z); returns (A, cache=Z)."""
    A = np.maximum(0, Z)
    return A, Z


def sigmoid_backward(dA, cache):
    """dZ = dA * s * (1 - s) with s = sigmoid(Z)."""
    Z = cache
    s = 1 / (1 + np.exp(-Z))
    return dA * s * (1 - s)


def relu_backward(dA, cache):
    """dZ = dA where Z > 0, else 0."""
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ


# --- initialisation ------------------------------------------------------------------------
def initialize_parameters(n_x, n_h, n_y):
    """Two-layer parameters, randn * 0.01 and zero biases. The caller seeds (blog: seed 1)."""
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def initialize_parameters_deep(layer_dims, seed=3, init="small"):
    """L-layer parameters. Seeds `seed` first (None: no reseed).

    init="small": randn * 0.01 (Step by Step); init="sqrt": randn / sqrt(layer_dims[l-1])
    (Application).
    """
    if seed is not None:
        np.random.seed(seed)
    parameters = {}
    for l in range(1, len(layer_dims)):
        if init == "small":
            W = np.random.randn(layer_dims[l], layer_dims[l - 1]) * 0.01
        elif init == "sqrt":
            W = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        else:
            raise ValueError(f"unknown init {init!r}")
        parameters["W" + str(l)] = W
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


# --- forward -------------------------------------------------------------------------------
def linear_forward(A, W, b):
    """Z = W.A + b; returns (Z, cache=(A, W, b))."""
    Z = np.dot(W, A) + b
    return Z, (A, W, b)


def linear_activation_forward(A_prev, W, b, activation):
    """LINEAR -> ACTIVATION; returns (A, cache=(linear_cache, Z))."""
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        A, activation_cache = relu(Z)
    else:
        raise ValueError(f"unknown activation {activation!r}")
    return A, (linear_cache, activation_cache)


def L_model_forward(X, parameters):
    """[LINEAR -> RELU] * (L-1) -> LINEAR -> SIGMOID; returns (AL, caches)."""
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y, order="blog"):
    """Cross-entropy cost, as a 0-d float64 (np.squeeze)."""
    m = Y.shape[1]
    if order == "blog":
        cost = -np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m
    elif order == "v4a":
        cost = -1 / m * np.sum(np.multiply(Y, np.log(AL)) + np.multiply(1 - Y, np.log(1 - AL)))
    else:
        raise ValueError(f"unknown cost order {order!r}")
    return np.squeeze(cost)


# --- backward ------------------------------------------------------------------------------
def linear_backward(dZ, cache):
    """Returns (dA_prev, dW, db) with dW = dZ.A_prev^T / m, db = sum(dZ) / m, dA_prev = W^T.dZ."""
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = np.dot(dZ, A_prev.T) / m
    db = np.sum(dZ, axis=1, keepdims=True) / m
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    """ACTIVATION backward, then LINEAR backward; returns (dA_prev, dW, db)."""
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    else:
        raise ValueError(f"unknown activation {activation!r}")
    return linear_backward(dZ, linear_cache)


def L_model_backward(AL, Y, caches, keys="blog"):
    """Backward pass of the whole model; returns grads in the edition's key convention.

    Insertion order of the returned dict: layer by layer from 1 to L, each as dA dW db.
    """
    if keys not in GRAD_KEYS:
        raise ValueError(f"unknown grads key convention {keys!r}")
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    shift = 0 if keys == "blog" else 1  # dA of layer l's input is named dA(l - shift)
    per_layer = {}
    dA_prev, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    per_layer[L] = (dA_prev, dW, db)
    for l in reversed(range(L - 1)):
        dA_prev, dW, db = linear_activation_backward(per_layer[l + 2][0], caches[l], "relu")
        per_layer[l + 1] = (dA_prev, dW, db)
    grads = {}
    for l in range(1, L + 1):
        dA_prev, dW, db = per_layer[l]
        grads["dA" + str(l - shift)] = dA_prev
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db
    return grads


def update_parameters(parameters, grads, learning_rate):
    """W = W - learning_rate * dW, b = b - learning_rate * db, layer by layer."""
    L = len(parameters) // 2
    updated = dict(parameters)
    for l in range(L):
        updated["W" + str(l + 1)] = parameters["W" + str(l + 1)] - learning_rate * grads["dW" + str(l + 1)]
        updated["b" + str(l + 1)] = parameters["b" + str(l + 1)] - learning_rate * grads["db" + str(l + 1)]
    return updated


# --- prediction ----------------------------------------------------------------------------
def predict(X, parameters):
    """p (1, m): 1 where the model's probability > 0.5, else 0."""
    m = X.shape[1]
    p = np.zeros((1, m))
    probas, _ = L_model_forward(X, parameters)
    for i in range(0, probas.shape[1]):
        p[0, i] = 1 if probas[0, i] > 0.5 else 0
    return p


def accuracy(p, y, form="blog"):
    """The accuracy the notebook prints, computed in the edition's form (a Python float)."""
    m = p.shape[1]
    if form == "blog":
        return float(np.sum((p == y)) / m)
    if form == "coursera":
        return float(np.sum((p == y) / m))
    raise ValueError(f"unknown accuracy form {form!r}")


# --- the two Application models ------------------------------------------------------------
def _log_point(i, num_iterations, print_every):
    return i % print_every == 0 or i == num_iterations - 1


def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, seed=1,
                    print_every=100, cost_order="blog"):
    """LINEAR->RELU->LINEAR->SIGMOID, as the notebook's loop. Returns (parameters, costs).

    costs: [(iteration, cost)] at every multiple of print_every and at the last iteration.
    """
    np.random.seed(seed)
    n_x, n_h, n_y = layers_dims
    parameters = initialize_parameters(n_x, n_h, n_y)
    W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
    costs = []
    for i in range(0, num_iterations):
        A1, cache1 = linear_activation_forward(X, W1, b1, "relu")
        A2, cache2 = linear_activation_forward(A1, W2, b2, "sigmoid")
        cost = compute_cost(A2, Y, cost_order)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = linear_activation_backward(dA2, cache2, "sigmoid")
        dA0, dW1, db1 = linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = update_parameters(parameters, grads, learning_rate)
        W1, b1, W2, b2 = parameters["W1"], parameters["b1"], parameters["W2"], parameters["b2"]
        if _log_point(i, num_iterations, print_every):
            costs.append((i, float(cost)))
    return parameters, costs


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, seed=1,
                  init_seed=3, print_every=100, cost_order="blog", keys="blog"):
    """[LINEAR->RELU]*(L-1)->LINEAR->SIGMOID, as the notebook's loop. Returns (parameters, costs).

    np.random.seed(seed), then initialize_parameters_deep(layers_dims) with randn/sqrt(n_prev),
    which reseeds `init_seed` (blog: 3) or not at all (None: coursera).
    """
    np.random.seed(seed)
    parameters = initialize_parameters_deep(layers_dims, seed=init_seed, init="sqrt")
    costs = []
    for i in range(0, num_iterations):
        AL, caches = L_model_forward(X, parameters)
        cost = compute_cost(AL, Y, cost_order)
        grads = L_model_backward(AL, Y, caches, keys)
        parameters = update_parameters(parameters, grads, learning_rate)
        if _log_point(i, num_iterations, print_every):
            costs.append((i, float(cost)))
    return parameters, costs
