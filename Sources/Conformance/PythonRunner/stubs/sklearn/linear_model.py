"""Placeholder for sklearn.linear_model when scikit-learn is not installed."""
from _dnnc_stub import module_getattr

__dnnc_stub__ = True
__getattr__ = module_getattr("sklearn.linear_model")
