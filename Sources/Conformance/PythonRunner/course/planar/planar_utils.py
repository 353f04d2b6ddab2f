"""Our stand-in for planar_utils, the helper module of the week-3 notebook ("Planar data
classification with one hidden layer", every release).

- `load_planar_dataset()` -> (X (2, 400) float64, Y (1, 400) uint8): the two-class "flower". It
  seeds NumPy's global RandomState with 1 and draws, class by class, 200 angle perturbations and
  then 200 radius perturbations (randn * 0.2 each), so X holds exactly the bits NumPy's run of the
  course's helper gives, and the RandomState is left where the course's leaves it. X is the
  transpose of a (400, 2) array, as there (the same memory layout, so the learner's products are
  computed as in the notebook).
- `sigmoid(x)`: 1 / (1 + exp(-x)) (not graded in week 3: the notebook imports it).
- `plot_decision_boundary(model, X, y)`: does nothing (no plots when grading).
- `load_extra_datasets()`: the notebook's optional section (scikit-learn's noisy circles, moons,
  blobs...) is not graded and not provided: it raises a clear error.
"""
import numpy as np

#: Points per class, petals' amplitude, the angle span of one class and the noise scale.
_PER_CLASS = 200
_AMPLITUDE = 4
_SPAN = 3.12
_NOISE = 0.2


def sigmoid(x):
    """The logistic function, elementwise."""
    return 1 / (1 + np.exp(-x))


def load_planar_dataset():
    """The flower data set: X (2, 400), Y (1, 400) of 0/1 (uint8), drawn after np.random.seed(1)."""
    np.random.seed(1)
    points = np.zeros((2 * _PER_CLASS, 2))
    labels = np.zeros((2 * _PER_CLASS, 1), dtype="uint8")
    for label in (0, 1):
        start, stop = label * _SPAN, (label + 1) * _SPAN
        angle = np.linspace(start, stop, _PER_CLASS) + np.random.randn(_PER_CLASS) * _NOISE
        radius = _AMPLITUDE * np.sin(4 * angle) + np.random.randn(_PER_CLASS) * _NOISE
        rows = slice(label * _PER_CLASS, (label + 1) * _PER_CLASS)
        points[rows, 0] = radius * np.sin(angle)
        points[rows, 1] = radius * np.cos(angle)
        labels[rows] = label
    return points.T, labels.T


def plot_decision_boundary(model, X, y):
    """No plotting while grading: does nothing."""
    return None


def load_extra_datasets():
    """Not provided: the extra data sets section of the notebook is not graded."""
    raise NotImplementedError(
        "planar_utils.load_extra_datasets is not provided by the grader (the notebook's optional "
        "data sets — noisy circles, moons, blobs — are not graded)")
