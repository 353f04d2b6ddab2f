import DeepNet

extension Edition {
  /// testCases_v4a (2019): as v3, but `compute_cost` is tested on Y = [[1, 1, 0]] with the cost
  /// written `-1/m * np.sum(...)`, and `linear_backward` on a larger case.
  public static let v8a = Edition(
    id: "v8a",
    summary: "Step by Step, v8a release (testCases_v4a, 2019–21; also --edition v4a, its old name): as v8, compute_cost on Y = [[1, 1, 0]] as -1/m * np.sum(...), linear_backward on dZ(3,4) A(5,4)",
    recipes: TestCaseRecipe.v4a,
    functions: GradedFunction.stepByStepV3,
    models: [],
    reference: NotebookFunctions(gradientKeyConvention: .v3, costOrder: .scaledSum))
}

extension TestCaseRecipe {
  /// testCases_v4a's `compute_cost_test_case`: one of the three labels is 0.
  public static let computeCostV4a = TestCaseRecipe("compute_cost", [
    .constant("Y", Matrix([[1, 1, 0]])), .constant("AL", Matrix([[0.8, 0.9, 0.4]])),
  ])

  /// testCases_v4a's `linear_backward_test_case`: seed 1, dZ(3,4) A(5,4) W(3,5) b(3,1).
  public static let linearBackwardV4a = TestCaseRecipe("linear_backward", [
    .seed(1), .draw("dZ", rows: 3, cols: 4), .draw("A", rows: 5, cols: 4), .draw("W", rows: 3, cols: 5),
    .draw("b", rows: 3, cols: 1),
  ])

  /// testCases_v4a: v3's recipes with the new compute_cost and linear_backward cases.
  public static let v4a: [TestCaseRecipe] = replacing([computeCostV4a, linearBackwardV4a], in: v3)
}
