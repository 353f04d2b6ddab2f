"""Week 3, "Planar data classification with one hidden layer", in NumPy: our own writing of the
course's solution and of planar_utils.load_planar_dataset, used for Fixtures/reference/."""

import numpy as np


def load_planar_dataset():
    """The flower: two petals of 200 points from np.random.seed(1)."""
    np.random.seed(1)
    per_class, amplitude = 200, 4
    X = np.zeros((2 * per_class, 2))
    Y = np.zeros((2 * per_class, 1), dtype="uint8")
    for j in range(2):
        rows = range(per_class * j, per_class * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, per_class) + np.random.randn(per_class) * 0.2
        r = amplitude * np.sin(4 * t) + np.random.randn(per_class) * 0.2
        X[rows] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[rows] = j
    return X.T, Y.T


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def layer_sizes(X, Y):
    return X.shape[0], 4, Y.shape[0]


def initialize_parameters(n_x, n_h, n_y, seed=2):
    if seed is not None:
        np.random.seed(seed)
    return {"W1": np.random.randn(n_h, n_x) * 0.01, "b1": np.zeros((n_h, 1)),
            "W2": np.random.randn(n_y, n_h) * 0.01, "b2": np.zeros((n_y, 1))}


def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}


def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(1 - Y, np.log(1 - A2))
    return float(np.squeeze(-np.sum(logprobs) / m))


def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = (1 / m) * np.dot(dZ2, A1.T)
    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(parameters["W2"].T, dZ2) * (1 - np.power(A1, 2))
    dW1 = (1 / m) * np.dot(dZ1, X.T)
    db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}


def update_parameters(parameters, grads, learning_rate=1.2):
    return {key: parameters[key] - learning_rate * grads["d" + key] for key in ("W1", "b1", "W2", "b2")}


def nn_model(X, Y, n_h, num_iterations=10000, print_every=1000, learning_rate=1.2, seed=3, init_seed=2):
    """The notebook's nn_model: np.random.seed(seed) (3; None: no seeding), then
    initialize_parameters, which reseeds init_seed (2, up to the first 2021 release) or draws on
    from the model's state (None, the later W3A1 release)."""
    if seed is not None:
        np.random.seed(seed)
    n_x, _, n_y = layer_sizes(X, Y)
    parameters = initialize_parameters(n_x, n_h, n_y, seed=init_seed)
    costs = []
    for i in range(num_iterations):
        A2, cache = forward_propagation(X, parameters)
        cost = compute_cost(A2, Y)
        grads = backward_propagation(parameters, cache, X, Y)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % print_every == 0 or i == num_iterations - 1:
            costs.append([i, cost])
    return parameters, costs


def predict(parameters, X):
    A2, _ = forward_propagation(X, parameters)
    return A2 > 0.5


def accuracy(predictions, Y):
    """The notebook's: (np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)) / Y.size * 100."""
    right = np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)
    return float(np.squeeze(right / float(Y.size) * 100))
