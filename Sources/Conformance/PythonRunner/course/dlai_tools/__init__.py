"""Our stand-in for the course's dlai_tools package (test helpers of the 2023 notebooks).

`dlai_tools.test_utils` and `dlai_tools.testing_utils` (the name other courses of the
specialization import) both serve our test_utils: single_test, multiple_test, datatype_check,
equation_output_check, shape_check, comparator, summary.
"""
