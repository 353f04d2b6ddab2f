"""Which exercises an edition grades beyond one per function (no NumPy needed to read this)."""

_TWO_HIDDEN = {"L_model_forward_2hidden": "L_model_forward"}
#: Exercises an edition grades beyond one per function: exercise name -> the function it calls
#: (names as in Fixtures/README.md; the case of an exercise is the one with its name).
EXTRA_EXERCISES = {
    "blog": {},
    "v3": dict(_TWO_HIDDEN),
    "v4a": dict(_TWO_HIDDEN),
    "2021": dict(_TWO_HIDDEN, initialize_parameters_4_3_2="initialize_parameters",
                 initialize_parameters_deep_4_3_2="initialize_parameters_deep"),
}


def function_of(exercise, edition):
    """The notebook function an exercise calls (the exercise's own name for most)."""
    return EXTRA_EXERCISES.get(edition, {}).get(exercise, exercise)
