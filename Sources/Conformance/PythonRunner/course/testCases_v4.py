"""Our stand-in for testCases_v4 (the v8 notebook, 2018-19): the same cases as testCases_v3."""
from testCases_v3 import *  # noqa: F401,F403
