"""One-line descriptions of exceptions and values for the report's messages."""


def clip(text, limit=400):
    """Collapses whitespace (one line) and shortens to `limit` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def one_line_exception(e):
    """'TypeError: message', or just the type name when the message is empty."""
    text = "%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__
    return clip(text)


def describe_value(value):
    """A short description of what a function returned, for bad_output messages."""
    if value is None:
        return "None (no return statement?)"
    if isinstance(value, tuple):
        return "an empty tuple ()" if not value else "a tuple of %d" % len(value)
    if isinstance(value, list):
        return "a list of %d" % len(value)
    shape = getattr(value, "shape", None)
    if shape is not None and hasattr(value, "dtype"):
        return "a numpy array of shape %s" % (tuple(shape),)
    return "a %s" % type(value).__name__
