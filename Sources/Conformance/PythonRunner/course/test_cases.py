"""Our stand-in for test_cases, the helper of the 2023 Step-by-Step notebook (`from test_cases import *`):
the v8a recipes (testCases_v4a), with L_model_forward_test_case_2hidden and print_grads."""
from testCases_v4a import *  # noqa: F401,F403
