"""Catches a graded function that hands its work to the course helper of the same name
(`def linear_forward(A, W, b): return dnn_app_utils_v3.linear_forward(A, W, b)`).

Our helper modules (course/) are there so that a notebook's imports work; calling the helper
that has the exercise's own name is not an implementation of it.
"""
import os
import sys


def provided_by_course(obj, course_dir):
    """The helper module's name when `obj` is a function defined in course/, else None."""
    code = getattr(obj, "__code__", None)
    filename = getattr(code, "co_filename", "")
    if filename and os.path.abspath(filename).startswith(course_dir + os.sep):
        return getattr(obj, "__module__", None) or os.path.basename(filename)[:-3]
    return None


class HelperTripwire:
    """While active, notes a call of a course-helper function named `name` (sys.setprofile).

    A learner's code that removes the tracing is reported the same way: it cannot be told apart
    from a helper call."""

    def __init__(self, name, course_dir):
        self.name = name
        self.prefix = course_dir + os.sep
        self.called = None

    def _profile(self, frame, event, arg):
        if event == "call":
            code = frame.f_code
            if code.co_name == self.name and os.path.abspath(code.co_filename).startswith(self.prefix):
                module = frame.f_globals.get("__name__", "a course helper")
                self.called = "%s.%s" % (module, self.name)

    def __enter__(self):
        sys.setprofile(self._profile)
        return self

    def __exit__(self, *exc):
        if sys.getprofile() != self._profile and self.called is None:
            self.called = "(the grader's call tracing was switched off by the learner's code)"
        sys.setprofile(None)
        return False
