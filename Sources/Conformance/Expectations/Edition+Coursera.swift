import DeepNet

extension Edition {
  /// The Application notebook of the Coursera copies (dnn_app_utils_v2/v3, notebook v8, 2021):
  /// the deep model is seeded 1 with no reseed, accuracies are `np.sum((p == y) / m)`, and the
  /// 2021 public tests of both models are graded. No Step by Step functions.
  public static let coursera = Edition(
    id: "coursera",
    summary: "Application of the Coursera notebooks (v8, 2021): L_layer_model seeded 1 without reseed, accuracy np.sum((p == y)/m), the 2021 model public tests",
    recipes: TestCaseRecipe.courseraModelTests,
    functions: [.twoLayerModelTest, .lLayerModelTest],
    models: [
      ModelRecipe(name: "two_layer_model", dims: [12288, 7, 1], seed: 1, scaling: .small, accuracy: .sumOfFractions),
      ModelRecipe(name: "L_layer_model", dims: [12288, 20, 7, 5, 1], seed: 1, scaling: .sqrt, accuracy: .sumOfFractions),
    ],
    reference: NotebookFunctions(gradientKeyConvention: .v3),
    checkStyle: .publicTests)
}

extension TestCaseRecipe {
  /// public_tests.py's model tests: seed 1, X = randn(10, 10), then Y — drawn as
  /// `randn(1, 10)` for the two-layer test, a fixed 0/1 row for the L-layer test.
  public static let courseraModelTests: [TestCaseRecipe] = [
    TestCaseRecipe("two_layer_model_test", [.seed(1), .draw("X", rows: 10, cols: 10), .draw("Y", rows: 1, cols: 10)]),
    TestCaseRecipe("L_layer_model_test", [
      .seed(1), .draw("X", rows: 10, cols: 10), .constant("Y", Matrix([[1, 1, 1, 1, 0, 0, 0, 1, 1, 0]])),
    ]),
  ]
}
