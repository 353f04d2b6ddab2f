"""Our stand-in for testCases_v2: identical to testCases (edition `blog`)."""
from testCases import *  # noqa: F401,F403  (re-export every case and `np`)
