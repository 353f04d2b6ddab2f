import DeepNet

extension Edition {
  /// The blog copy of the notebooks (seeds/000; testCases_v2): SPEC §3.
  public static let blog = Edition(
    id: "blog",
    summary: "Step by Step + Application as in the blog copy (the v3/v4 release, testCases_v2); grads[\"dA\"+l] is the input gradient of layer l",
    recipes: TestCaseRecipe.blog,
    functions: GradedFunction.stepByStep,
    models: [
      ModelRecipe(name: "two_layer_model", dims: [12288, 7, 1], seed: 1, scaling: .small, accuracy: .countOverM),
      ModelRecipe(name: "L_layer_model", dims: [12288, 20, 7, 5, 1], seed: 3, scaling: .sqrt, accuracy: .countOverM),
    ],
    reference: NotebookFunctions(gradientKeyConvention: .blog))
}

extension GradedFunction {
  /// The Step by Step exercises in the notebook's order, with the blog's initializer arguments.
  public static let stepByStep: [GradedFunction] = [
    .initializeParameters(3, 2, 1), .initializeParametersDeep([5, 4, 3]),
    .sigmoid, .relu, .sigmoidBackward, .reluBackward,
    .linearForward, .linearActivationForward, .lModelForward(), .computeCost,
    .linearBackward, .linearActivationBackward, .lModelBackward, .updateParameters,
  ]
}

extension TestCaseRecipe {
  /// testCases_v2 (SPEC §3.1).
  public static let blog: [TestCaseRecipe] = [
    TestCaseRecipe("linear_forward", [.seed(1), .draw("A", rows: 3, cols: 2), .draw("W", rows: 1, cols: 3), .draw("b", rows: 1, cols: 1)]),
    TestCaseRecipe("linear_activation_forward", [
      .seed(2), .draw("A_prev", rows: 3, cols: 2), .draw("W", rows: 1, cols: 3), .draw("b", rows: 1, cols: 1),
    ]),
    TestCaseRecipe("L_model_forward", [
      .seed(1), .draw("X", rows: 4, cols: 2), .draw("W1", rows: 3, cols: 4), .draw("b1", rows: 3, cols: 1),
      .draw("W2", rows: 1, cols: 3), .draw("b2", rows: 1, cols: 1),
    ]),
    TestCaseRecipe("compute_cost", [.constant("Y", Matrix([[1, 1, 1]])), .constant("AL", Matrix([[0.8, 0.9, 0.4]]))]),
    TestCaseRecipe("linear_backward", [
      .seed(1), .draw("dZ", rows: 1, cols: 2), .draw("A", rows: 3, cols: 2), .draw("W", rows: 1, cols: 3),
      .draw("b", rows: 1, cols: 1),
    ]),
    TestCaseRecipe("linear_activation_backward", [
      .seed(2), .draw("dA", rows: 1, cols: 2), .draw("A", rows: 3, cols: 2), .draw("W", rows: 1, cols: 3),
      .draw("b", rows: 1, cols: 1), .draw("Z", rows: 1, cols: 2),
    ]),
    TestCaseRecipe("L_model_backward", [
      .seed(3), .draw("AL", rows: 1, cols: 2), .constant("Y", Matrix([[1, 0]])),
      .draw("A1", rows: 4, cols: 2), .draw("W1", rows: 3, cols: 4), .draw("b1", rows: 3, cols: 1), .draw("Z1", rows: 3, cols: 2),
      .draw("A2", rows: 3, cols: 2), .draw("W2", rows: 1, cols: 3), .draw("b2", rows: 1, cols: 1), .draw("Z2", rows: 1, cols: 2),
    ]),
    TestCaseRecipe("update_parameters", [
      .seed(2), .draw("W1", rows: 3, cols: 4), .draw("b1", rows: 3, cols: 1), .draw("W2", rows: 1, cols: 3),
      .draw("b2", rows: 1, cols: 1),
      .seed(3), .draw("dW1", rows: 3, cols: 4), .draw("db1", rows: 3, cols: 1), .draw("dW2", rows: 1, cols: 3),
      .draw("db2", rows: 1, cols: 1),
    ]),
  ]
}
