"""Our stand-in for the course's lr_utils module: loads the cat vs non-cat data set.

Reads datasets/train_catvnoncat.h5 and datasets/test_catvnoncat.h5 relative to the working
directory, as the course's helper does; needs the real h5py package.
"""
import numpy as np


def load_dataset():
    """Returns train_x_orig (209,64,64,3), train_y (1,209), test_x_orig, test_y (1,50), classes."""
    import h5py

    if not hasattr(h5py, "File") or getattr(h5py, "__dnnc_stub__", False):
        raise ImportError("h5py is not installed: the cat data cannot be read here")
    with h5py.File("datasets/train_catvnoncat.h5", "r") as train:
        train_x = np.array(train["train_set_x"][:])
        train_y = np.array(train["train_set_y"][:])
    with h5py.File("datasets/test_catvnoncat.h5", "r") as test:
        test_x = np.array(test["test_set_x"][:])
        test_y = np.array(test["test_set_y"][:])
        classes = np.array(test["list_classes"][:])
    return train_x, train_y.reshape((1, -1)), test_x, test_y.reshape((1, -1)), classes
