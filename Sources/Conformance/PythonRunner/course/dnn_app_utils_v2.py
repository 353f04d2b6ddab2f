"""Our stand-in for the course's dnn_app_utils_v2 (helpers of the 2017-18 Application notebook).

Complete, working versions of every week-4 function with the course helper's names, signatures,
return orders and behaviour: initialize_parameters_deep seeds 1 and scales by 1/sqrt(n_prev);
compute_cost uses the dot-product form; L_model_backward stores grads["dA" + str(l)] for the input
of layer l (the blog convention); predict(X, y, parameters) prints the accuracy as
np.sum((p == y)/m) and returns p. load_data() reads datasets/*.h5 relative to the working
directory. As with the course module, `from dnn_app_utils_v2 import *` also brings `np`, `plt`,
`h5py` (placeholders where the packages are missing), `sigmoid`, `relu` and their backward steps.
"""
import numpy as np

from dnn_utils import relu, relu_backward, sigmoid, sigmoid_backward  # noqa: F401

try:  # the course module imports both at the top; the runner's stubs stand in when missing
    import h5py  # noqa: F401
    import matplotlib.pyplot as plt
except ImportError:  # pragma: no cover - only outside the runner
    plt = None


def load_data():
    """(train_x_orig (209,64,64,3), train_y (1,209), test_x_orig (50,64,64,3), test_y (1,50), classes),
    read from datasets/train_catvnoncat.h5 and datasets/test_catvnoncat.h5 (see lr_utils)."""
    from lr_utils import load_dataset

    return load_dataset()


def initialize_parameters(n_x, n_h, n_y):
    """seed 1; W1 = randn(n_h, n_x)*0.01, W2 = randn(n_y, n_h)*0.01, zero biases."""
    np.random.seed(1)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}


def initialize_parameters_deep(layer_dims):
    """seed 1; Wl = randn(n_l, n_{l-1}) / sqrt(n_{l-1}), zero biases."""
    np.random.seed(1)
    parameters = {}
    for l in range(1, len(layer_dims)):
        parameters["W" + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters["b" + str(l)] = np.zeros((layer_dims[l], 1))
    return parameters


def linear_forward(A, W, b):
    """Z = W.A + b; cache (A, W, b)."""
    Z = W.dot(A) + b
    return Z, (A, W, b)


def linear_activation_forward(A_prev, W, b, activation):
    """A = g(W.A_prev + b), g = sigmoid or relu; cache ((A_prev, W, b), Z)."""
    Z, linear_cache = linear_forward(A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    elif activation == "relu":
        A, activation_cache = relu(Z)
    else:
        raise ValueError("activation must be 'sigmoid' or 'relu', not %r" % (activation,))
    return A, (linear_cache, activation_cache)


def L_model_forward(X, parameters):
    """[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID; returns (AL, caches)."""
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters["W" + str(l)], parameters["b" + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters["W" + str(L)], parameters["b" + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches


def compute_cost(AL, Y):
    """Cross-entropy (1/m) * (-Y.log(AL)^T - (1-Y).log(1-AL)^T), squeezed to a 0-d array."""
    m = Y.shape[1]
    cost = (1.0 / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    return np.squeeze(cost)


def linear_backward(dZ, cache):
    """dW = (1/m) dZ.A_prev^T, db = (1/m) sum(dZ, axis 1), dA_prev = W^T.dZ."""
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1.0 / m * np.dot(dZ, A_prev.T)
    db = 1.0 / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db


def linear_activation_backward(dA, cache, activation):
    """Backward step of one LINEAR -> ACTIVATION layer; returns (dA_prev, dW, db)."""
    linear_cache, activation_cache = cache
    if activation == "relu":
        dZ = relu_backward(dA, activation_cache)
    elif activation == "sigmoid":
        dZ = sigmoid_backward(dA, activation_cache)
    else:
        raise ValueError("activation must be 'sigmoid' or 'relu', not %r" % (activation,))
    return linear_backward(dZ, linear_cache)


def _dA_key(l, v3):
    return "dA" + str(l - 1 if v3 else l)


def _L_model_backward(AL, Y, caches, v3):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    dA, dW, db = linear_activation_backward(dAL, caches[L - 1], "sigmoid")
    grads[_dA_key(L, v3)], grads["dW" + str(L)], grads["db" + str(L)] = dA, dW, db
    for l in reversed(range(1, L)):
        dA, dW, db = linear_activation_backward(dA, caches[l - 1], "relu")
        grads[_dA_key(l, v3)], grads["dW" + str(l)], grads["db" + str(l)] = dA, dW, db
    return grads


def L_model_backward(AL, Y, caches):
    """Gradients of the whole model; grads["dA" + str(l)] is the gradient w.r.t. layer l's input."""
    return _L_model_backward(AL, Y, caches, v3=False)


def update_parameters(parameters, grads, learning_rate):
    """One gradient-descent step: W = W - learning_rate * dW, b = b - learning_rate * db."""
    L = len(parameters) // 2
    for l in range(1, L + 1):
        parameters["W" + str(l)] = parameters["W" + str(l)] - learning_rate * grads["dW" + str(l)]
        parameters["b" + str(l)] = parameters["b" + str(l)] - learning_rate * grads["db" + str(l)]
    return parameters


def predict(X, y, parameters):
    """Labels 1 where AL > 0.5; prints the accuracy as the helper does and returns p (1, m)."""
    m = X.shape[1]
    probas, _ = L_model_forward(X, parameters)
    p = np.where(probas > 0.5, 1.0, 0.0).reshape(1, m)
    print("Accuracy: " + str(np.sum((p == y) / m)))
    return p


def print_mislabeled_images(classes, X, y, p):
    """Plots the images whose prediction is wrong (harmless under the placeholder matplotlib)."""
    if plt is None:
        return
    wrong = np.asarray(np.where(p + y == 1))
    for i, index in enumerate(wrong[1]):
        plt.subplot(2, len(wrong[1]), i + 1)
        plt.imshow(X[:, index].reshape(64, 64, 3), interpolation="nearest")
        plt.axis("off")
