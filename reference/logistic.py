"""Week 2, "Logistic Regression with a Neural Network mindset", in NumPy: our own writing of the
course's solution, used to produce the reference values under Fixtures/reference/."""

import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def initialize_with_zeros(dim):
    return np.zeros((dim, 1)), 0.0


def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    dw = np.dot(X, (A - Y).T) / m
    db = np.sum(A - Y) / m
    return {"dw": dw, "db": db}, float(np.squeeze(cost))


def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_every=100):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        w = w - learning_rate * grads["dw"]
        b = b - learning_rate * grads["db"]
        if i % print_every == 0 or i == num_iterations - 1:
            costs.append((i, cost))
    return {"w": w, "b": b}, grads, costs


def predict(w, b, X):
    A = sigmoid(np.dot(w.T, X) + b)
    return (A > 0.5).astype(np.float64)


def accuracy(prediction, Y):
    """The notebook's print: 100 - np.mean(np.abs(prediction - Y)) * 100."""
    return float(100 - np.mean(np.abs(prediction - Y)) * 100)


def model(X_train, Y_train, X_test, Y_test, num_iterations=2000, learning_rate=0.005, print_every=100):
    w, b = initialize_with_zeros(X_train.shape[0])
    params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations, learning_rate, print_every)
    train = predict(params["w"], params["b"], X_train)
    test = predict(params["w"], params["b"], X_test)
    return {"costs": [[i, c] for i, c in costs], "train_accuracy": accuracy(train, Y_train),
            "test_accuracy": accuracy(test, Y_test), "w": params["w"], "b": params["b"],
            "Y_prediction_test": test, "Y_prediction_train": train}
