"""Shared pieces of the placeholder modules in this folder.

The runner puts this folder at the END of sys.path, so an installed matplotlib, h5py, scipy or
PIL always wins; these placeholders only let `import matplotlib.pyplot as plt` and the like
succeed on a machine without them. Every attribute is a do-nothing object that can be called,
indexed, assigned into and iterated (as empty), so plotting calls inside a learner's function
are harmless; anything that must produce data raises a clear error instead.
"""


class Placeholder:
    """A do-nothing stand-in for any attribute of a missing plotting or imaging package."""

    def __init__(self, name):
        self._name = name

    def __call__(self, *args, **kwargs):
        return Placeholder(self._name + "()")

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return Placeholder(self._name + "." + attr)

    def __getitem__(self, key):
        return Placeholder(self._name + "[...]")

    def __setitem__(self, key, value):
        pass

    def __iter__(self):
        return iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __repr__(self):
        return "<placeholder %s (package not installed)>" % self._name


def missing(package, what):
    """Returns a callable that raises ImportError: `package` is needed for `what`."""

    def fail(*args, **kwargs):
        raise ImportError("%s is not installed (only a placeholder was imported): cannot %s" % (package, what))

    return fail


def module_getattr(module_name):
    """A PEP 562 module __getattr__ that hands out Placeholder objects."""

    def __getattr__(attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        return Placeholder(module_name + "." + attr)

    return __getattr__
