"""Placeholder for scipy.ndimage when scipy is not installed: reading an image raises."""
from _dnnc_stub import missing, module_getattr

__dnnc_stub__ = True
imread = missing("scipy", "read images")
__getattr__ = module_getattr("scipy.ndimage")
