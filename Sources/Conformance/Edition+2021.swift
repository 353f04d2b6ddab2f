import DeepNet

extension Edition {
  /// The 2021 notebook (test_cases.py + public_tests.py): v4a's cases, two more initializer
  /// exercises, and checks named as the public tests name them.
  public static let edition2021 = Edition(
    id: "2021",
    summary: "Step by Step of 2021 (test_cases.py + public_tests.py): as v4a, plus initialize_parameters(4,3,2) and initialize_parameters_deep([4,3,2]); datatype_check, shape_check, equation_output_check",
    recipes: TestCaseRecipe.v4a,
    functions: GradedFunction.stepByStep2021,
    models: [],
    reference: NotebookFunctions(gradientKeyConvention: .v3, costOrder: .scaledSum),
    checkStyle: .publicTests)
}

extension GradedFunction {
  /// The 2021 exercises: v3's, with `initialize_parameters(4, 3, 2)` and
  /// `initialize_parameters_deep([4, 3, 2])` after the notebook's own initializer calls.
  public static let stepByStep2021: [GradedFunction] = stepByStepV3.flatMap { function -> [GradedFunction] in
    switch function.name {
    case "initialize_parameters":
      [function, .initializeParameters(4, 3, 2, name: "initialize_parameters_4_3_2")]
    case "initialize_parameters_deep":
      [function, .initializeParametersDeep([4, 3, 2], name: "initialize_parameters_deep_4_3_2")]
    default:
      [function]
    }
  }
}
