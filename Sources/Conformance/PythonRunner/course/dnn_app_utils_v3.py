"""Our stand-in for the course's dnn_app_utils_v3: as v2, but L_model_backward uses the v3 keys.

In v3, grads["dA" + str(l - 1)] holds the gradient w.r.t. the input of layer l (dA0 ... dA(L-1)).
"""
from dnn_app_utils_v2 import *  # noqa: F401,F403
from dnn_app_utils_v2 import _L_model_backward


def L_model_backward(AL, Y, caches):
    """Gradients of the whole model; grads["dA" + str(l - 1)] is the gradient w.r.t. layer l's input."""
    return _L_model_backward(AL, Y, caches, v3=True)
