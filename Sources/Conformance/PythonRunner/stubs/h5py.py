"""Placeholder for h5py when it is not installed: importing works, opening a file raises."""
from _dnnc_stub import missing, module_getattr

__dnnc_stub__ = True
File = missing("h5py", "read .h5 files")
__getattr__ = module_getattr("h5py")
