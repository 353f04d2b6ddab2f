import DeepNet

extension Edition {
  /// The 2021 release (testCases.py + public_tests.py): v4a's cases, checks named as the public
  /// tests name them.
  public static let edition2021 = Edition(
    id: "2021",
    summary: "Step by Step, 2021 release (testCases + public_tests): v8a's cases; datatype_check, shape_check, equation_output_check",
    recipes: TestCaseRecipe.v4a,
    functions: GradedFunction.stepByStepV3,
    models: [],
    reference: NotebookFunctions(gradientKeyConvention: .v3, costOrder: .scaledSum),
    checkStyle: .publicTests)

  /// The 2023 release (test_cases.py + public_tests.py with dlai_tools): the 2021 one plus the
  /// public tests' second initializer cases.
  public static let edition2023 = Edition(
    id: "2023",
    summary: "Step by Step, 2023 release (test_cases + public_tests): as 2021, plus initialize_parameters(4,3,2) and initialize_parameters_deep([4,3,2])",
    recipes: TestCaseRecipe.v4a,
    functions: GradedFunction.stepByStep2023,
    models: [],
    reference: NotebookFunctions(gradientKeyConvention: .v3, costOrder: .scaledSum),
    checkStyle: .publicTests)
}

extension GradedFunction {
  /// The 2023 exercises: v3's, with `initialize_parameters(4, 3, 2)` and
  /// `initialize_parameters_deep([4, 3, 2])` after the notebook's own initializer calls.
  public static let stepByStep2023: [GradedFunction] = stepByStepV3.flatMap { function -> [GradedFunction] in
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
