"""Placeholder for PIL.Image when Pillow is not installed: opening an image raises."""
from _dnnc_stub import missing, module_getattr

__dnnc_stub__ = True
open = missing("Pillow", "open images")
__getattr__ = module_getattr("PIL.Image")
