"""Our stand-in for testCases_v4 (the v8 notebook, 2018-19): the cases of testCases_v3, with the
new grads keys in print_grads (grads["dA" + str(l - 1)] = gradient w.r.t. the input of layer l)."""
from testCases_v3 import *  # noqa: F401,F403


def print_grads(grads):
    """Prints dW1, db1 and dA1 (the 3x2 gradient flowing out of layer 2 in the v8 keys)."""
    print("dW1 = " + str(grads["dW1"]))
    print("db1 = " + str(grads["db1"]))
    print("dA1 = " + str(grads["dA1"]))
