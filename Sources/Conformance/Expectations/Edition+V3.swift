import DeepNet

extension Edition {
  /// testCases_v3 / v4: the blog's cases plus `L_model_forward_test_case_2hidden`, and grads keyed
  /// the later way (`grads["dA" + str(l - 1)]` is the dA_prev of layer l).
  public static let v8 = Edition(
    id: "v8",
    summary: "Step by Step, v8 release (testCases_v4; also --edition v3, its old name): the two-hidden-layer L_model_forward case; grads[\"dA\"+str(l-1)] is dA_prev of layer l",
    recipes: TestCaseRecipe.v3,
    functions: GradedFunction.stepByStepV3,
    models: [],
    reference: NotebookFunctions(gradientKeyConvention: .v3))
}

extension Edition {
  /// The v5 release (testCases_v3): v3's cases, but grads keyed the blog's way.
  public static let v5 = Edition(
    id: "v5",
    summary: "Step by Step, v5 release (testCases_v3): the two-hidden-layer L_model_forward case; grads keyed as the blog (grads[\"dA\"+str(l)] is the input gradient of layer l)",
    recipes: TestCaseRecipe.v3,
    functions: GradedFunction.stepByStepV3,
    models: [],
    reference: NotebookFunctions(gradientKeyConvention: .blog))
}

extension GradedFunction {
  /// The Step by Step exercises from testCases_v3 on: `L_model_forward` is graded on the
  /// two-hidden-layer case, the only one those notebooks print.
  public static let stepByStepV3: [GradedFunction] = stepByStep.map { function in
    function.name == "L_model_forward" ? .lModelForward(name: "L_model_forward_2hidden") : function
  }
}

extension TestCaseRecipe {
  /// `L_model_forward_test_case_2hidden` (testCases_v3 and later): seed 6, X(5,4) and three layers.
  public static let lModelForward2Hidden = TestCaseRecipe("L_model_forward_2hidden", [
    .seed(6), .draw("X", rows: 5, cols: 4), .draw("W1", rows: 4, cols: 5), .draw("b1", rows: 4, cols: 1),
    .draw("W2", rows: 3, cols: 4), .draw("b2", rows: 3, cols: 1), .draw("W3", rows: 1, cols: 3),
    .draw("b3", rows: 1, cols: 1),
  ])

  /// testCases_v3: the blog's recipes with the 2hidden case after `L_model_forward`.
  public static let v3: [TestCaseRecipe] = blog.flatMap { recipe in
    recipe.name == "L_model_forward" ? [recipe, lModelForward2Hidden] : [recipe]
  }

  /// `recipes` with every recipe named like one of `replacements` swapped for it.
  static func replacing(_ replacements: [TestCaseRecipe], in recipes: [TestCaseRecipe]) -> [TestCaseRecipe] {
    recipes.map { recipe in replacements.first { $0.name == recipe.name } ?? recipe }
  }
}
