"""Placeholder for matplotlib when it is not installed (see _dnnc_stub)."""
from _dnnc_stub import module_getattr

__dnnc_stub__ = True
rcParams = {}
__getattr__ = module_getattr("matplotlib")


def use(*args, **kwargs):
    """Does nothing."""
