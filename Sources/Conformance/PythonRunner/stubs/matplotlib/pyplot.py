"""Placeholder for matplotlib.pyplot when matplotlib is not installed: every call does nothing."""
from _dnnc_stub import module_getattr

__dnnc_stub__ = True
rcParams = {}
__getattr__ = module_getattr("matplotlib.pyplot")
