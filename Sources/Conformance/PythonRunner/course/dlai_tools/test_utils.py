"""dlai_tools.test_utils: the same functions as our top-level test_utils module."""
from test_utils import (comparator, datatype_check, equation_output_check, multiple_test,  # noqa: F401
                        shape_check, single_test, summary)
