"""Placeholder for scipy.misc when scipy is not installed: resizing an image raises."""
from _dnnc_stub import missing, module_getattr

__dnnc_stub__ = True
imresize = missing("scipy", "resize images")
__getattr__ = module_getattr("scipy.misc")
