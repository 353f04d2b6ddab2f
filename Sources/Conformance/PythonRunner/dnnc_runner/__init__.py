"""The pieces of runner.py: the plan, loading a solution, call forms, per-exercise children.

Only runner.py imports this package; learners never see it (runner.py takes its folder off
sys.path before any learner code runs).
"""
import os

#: Version tag of the JSON report (the "runner" key).
RUNNER_ID = "dnn-conformance-python/2"
#: The PythonRunner folder (runner.py, course/, stubs/, dnnc_runner/).
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: Our equivalents of the course's helper modules (dnn_utils, testCases, ...).
COURSE_DIR = os.path.join(HERE, "course")
#: Placeholders for matplotlib, h5py, scipy and PIL, put last on sys.path.
STUB_DIR = os.path.join(HERE, "stubs")


class Misuse(Exception):
    """Bad arguments or unreadable inputs: one line on stderr, exit status 2."""
