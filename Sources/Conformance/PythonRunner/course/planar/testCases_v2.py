"""Our stand-in for testCases_v2 of the week-3 notebook (planar data, one hidden layer; v5 to
2021+). Not week 4's module of the same name: the runner serves this one to week-3 plans only.

Every *_test_case() returns what the course's does, in its order, with the catalogue's recipes
(Fixtures/catalogue.json: layer_sizes, forward_propagation, compute_cost@planar,
backward_propagation, update_parameters@planar, nn_model, predict@planar): seeds and randn draws in
the same order, labels as `randn > 0` booleans, the printed constants. `from testCases_v2 import *`
also brings `np`, as the original module does.
"""
import numpy as np

# The constants the course's cases print (transcribed data).
_W1_SMALL = [[-0.00416758, -0.00056267], [-0.02136196, 0.01640271],
             [-0.01793436, -0.00841747], [0.00502881, -0.01245288]]
_W2_SMALL = [[-0.01057952, -0.00909008, 0.00551454, 0.02292208]]
_A2 = [[0.5002307, 0.49985831, 0.50023963]]
_A1 = [[-0.00616578, 0.0020626, 0.00349619], [-0.05225116, 0.02725659, -0.02646251],
       [-0.02009721, 0.0036869, 0.02883756], [0.02152675, -0.01385234, 0.02599885]]
_Z1 = [[-0.00616586, 0.0020626, 0.0034962], [-0.05229879, 0.02726335, -0.02646869],
       [-0.02009991, 0.00368692, 0.02884556], [0.02153007, -0.01385322, 0.02600471]]
_Z2 = [[0.00092281, -0.00056678, 0.00095853]]
_W1_TRAINED = [[-0.00615039, 0.0169021], [-0.02311792, 0.03137121],
               [-0.0169217, -0.01752545], [0.00935436, -0.05018221]]
_W2_TRAINED = [[-0.0104319, -0.04019007, 0.01607211, 0.04440255]]
_B1_TRAINED = [[-8.97523455e-07], [8.15562092e-06], [6.04810633e-07], [-2.545607e-06]]
_B2_TRAINED = [[9.14954378e-05]]
_GRADS = {"dW1": [[0.00023322, -0.00205423], [0.00082222, -0.00700776],
                  [-0.00031831, 0.0028636], [-0.00092857, 0.00809933]],
          "dW2": [[-1.75740039e-05, 3.70231337e-03, -1.25683095e-03, -2.55715317e-03]],
          "db1": [[1.05570087e-07], [-3.81814487e-06], [-1.90155145e-07], [5.46467802e-07]],
          "db2": [[-1.08923140e-05]]}


def _parameters(W1, b1, W2, b2):
    """A parameters dict with the course's key order (W1, W2, b1, b2)."""
    return {"W1": np.array(W1), "W2": np.array(W2), "b1": np.array(b1), "b2": np.array(b2)}


def _small_parameters():
    return _parameters(_W1_SMALL, np.zeros((4, 1)), _W2_SMALL, np.zeros((1, 1)))


def _trained_parameters():
    return _parameters(_W1_TRAINED, _B1_TRAINED, _W2_TRAINED, _B2_TRAINED)


def layer_sizes_test_case():
    """seed 1: X (5, 3), Y (2, 3)."""
    np.random.seed(1)
    X_assess = np.random.randn(5, 3)
    Y_assess = np.random.randn(2, 3)
    return X_assess, Y_assess


def initialize_parameters_test_case():
    """(n_x, n_h, n_y) = (2, 4, 1)."""
    return 2, 4, 1


def forward_propagation_test_case():
    """seed 1: X (2, 3), b1 (4, 1); b2 = [[-1.3]] and the small W1, W2 constants."""
    np.random.seed(1)
    X_assess = np.random.randn(2, 3)
    b1 = np.random.randn(4, 1)
    parameters = _parameters(_W1_SMALL, b1, _W2_SMALL, [[-1.3]])
    return X_assess, parameters


def compute_cost_test_case():
    """seed 1: Y = randn(1, 3) > 0; A2 constant -> (A2, Y, parameters), as v5-v6c unpack it."""
    np.random.seed(1)
    Y_assess = np.random.randn(1, 3) > 0
    return np.array(_A2), Y_assess, _small_parameters()


def backward_propagation_test_case():
    """seed 1: X (2, 3), Y = randn(1, 3) > 0; the constant parameters and cache."""
    np.random.seed(1)
    X_assess = np.random.randn(2, 3)
    Y_assess = np.random.randn(1, 3) > 0
    cache = {"A1": np.array(_A1), "A2": np.array(_A2), "Z1": np.array(_Z1), "Z2": np.array(_Z2)}
    return _small_parameters(), cache, X_assess, Y_assess


def update_parameters_test_case():
    """No randomness: the constant parameters and grads."""
    return _trained_parameters(), {key: np.array(value) for key, value in _GRADS.items()}


def nn_model_test_case():
    """seed 1: X (2, 3), Y = randn(1, 3) > 0."""
    np.random.seed(1)
    X_assess = np.random.randn(2, 3)
    Y_assess = np.random.randn(1, 3) > 0
    return X_assess, Y_assess


def predict_test_case():
    """seed 1: X (2, 3); the constant trained parameters -> (parameters, X)."""
    np.random.seed(1)
    X_assess = np.random.randn(2, 3)
    return _trained_parameters(), X_assess
