"""The pieces of runner.py: the plan, loading a solution, call forms, per-exercise children.

Only runner.py imports this package; learners never see it (runner.py takes its folder off
sys.path before any learner code runs).
"""
import os

#: Version tag of the JSON report (the "runner" key).
RUNNER_ID = "dnn-conformance-python/2"
#: The PythonRunner folder (runner.py, course/, stubs/, dnnc_runner/).
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
#: Our equivalents of the course's helper modules: the week-4 ones (dnn_utils, testCases, ...) in
#: the folder itself, those of other assignments in a subfolder each, shared ones in shared/.
COURSE_DIR = os.path.join(HERE, "course")
#: Helper modules every assignment's notebooks may import (lr_utils, test_utils, _h5mini).
SHARED_DIR = os.path.join(COURSE_DIR, "shared")
#: The plan's "assignment" (catalogue.json's assignments) -> its helper modules' folder. Weeks 2 and
#: 3 have their own testCases_v2 and public_tests, which differ from week 4's modules of the same
#: names: each assignment sees only its own folder and shared/.
ASSIGNMENT_DIRS = {
    "step_by_step": COURSE_DIR,
    "application": COURSE_DIR,
    "logistic_regression": os.path.join(COURSE_DIR, "logistic_regression"),
    "planar": os.path.join(COURSE_DIR, "planar"),
}
#: A plan without "assignment" is a week-4 one (plans from before weeks 2 and 3).
DEFAULT_ASSIGNMENT = "step_by_step"


def course_path(assignment):
    """The folders put first on sys.path for the assignment's notebooks, in order."""
    return [ASSIGNMENT_DIRS[assignment], SHARED_DIR]
#: Placeholders for matplotlib, h5py, scipy and PIL, put last on sys.path.
STUB_DIR = os.path.join(HERE, "stubs")


class Misuse(Exception):
    """Bad arguments or unreadable inputs: one line on stderr, exit status 2."""
