"""Placeholder for sklearn.datasets when scikit-learn is not installed."""
from _dnnc_stub import module_getattr

__dnnc_stub__ = True
__getattr__ = module_getattr("sklearn.datasets")
