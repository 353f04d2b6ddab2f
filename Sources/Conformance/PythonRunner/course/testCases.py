"""Our stand-in for testCases, the helper of the 2021 Step-by-Step notebook (`from testCases import *`).

Names and return orders are those of the real module: the eight *_test_case functions,
L_model_forward_test_case_2hidden and print_grads (see testCases_v4).

Deliberate difference: the real 2021 module draws the v8a recipes for compute_cost_test_case
(Y = [[1, 1, 0]]) and linear_backward_test_case (dZ (3,4) ...); this one keeps the blog recipes,
because the blog copy (seeds/000) imports `testCases` too, with those recipes. Grading never
uses these functions (the runner skips the notebook's test cells, and our public_tests build their
own inputs); test_cases (2023) and testCases_v4a serve the v8a recipes.
"""
from testCases_v4 import *  # noqa: F401,F403
