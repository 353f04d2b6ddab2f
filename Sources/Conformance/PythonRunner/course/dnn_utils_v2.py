"""Our stand-in for dnn_utils_v2 (2017-20 notebooks): the same four functions as dnn_utils."""
from dnn_utils import relu, relu_backward, sigmoid, sigmoid_backward  # noqa: F401
import numpy as np  # noqa: F401  (the course module also exposes np)
