"""Our reference versions of the Application's two models (2021 form), built on dnn_app_utils_v3.

Used by public_tests to produce the expected (parameters, costs) of the 2021 model tests; the
published values they reproduce are checked by Tests/ConformanceTests/Notebooks/validate.py.
"""
import numpy as np

import dnn_app_utils_v3 as h


def two_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    """LINEAR -> RELU -> LINEAR -> SIGMOID by gradient descent; returns (parameters, costs)."""
    np.random.seed(1)
    costs = []
    n_x, n_h, n_y = layers_dims
    parameters = h.initialize_parameters(n_x, n_h, n_y)
    for i in range(num_iterations):
        A1, cache1 = h.linear_activation_forward(X, parameters["W1"], parameters["b1"], "relu")
        A2, cache2 = h.linear_activation_forward(A1, parameters["W2"], parameters["b2"], "sigmoid")
        cost = h.compute_cost(A2, Y)
        dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))
        dA1, dW2, db2 = h.linear_activation_backward(dA2, cache2, "sigmoid")
        _, dW1, db1 = h.linear_activation_backward(dA1, cache1, "relu")
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        parameters = h.update_parameters(parameters, grads, learning_rate)
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs


def L_layer_model(X, Y, layers_dims, learning_rate=0.0075, num_iterations=3000, print_cost=False):
    """[LINEAR -> RELU] x (L-1) -> LINEAR -> SIGMOID by gradient descent; returns (parameters, costs)."""
    np.random.seed(1)
    costs = []
    parameters = h.initialize_parameters_deep(layers_dims)
    for i in range(num_iterations):
        AL, caches = h.L_model_forward(X, parameters)
        cost = h.compute_cost(AL, Y)
        grads = h.L_model_backward(AL, Y, caches)
        parameters = h.update_parameters(parameters, grads, learning_rate)
        if print_cost and (i % 100 == 0 or i == num_iterations - 1):
            print("Cost after iteration {}: {}".format(i, np.squeeze(cost)))
        if i % 100 == 0:
            costs.append(cost)
    return parameters, costs
