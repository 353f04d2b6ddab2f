import DeepNet

/// Week 2's `model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate)`: logistic
/// regression from w = 0, b = 0, fast.
///
/// w starts at zero and every step subtracts `lr/m · X·(A − Y)ᵀ`, so w stays `X·c` for a vector c
/// of one coefficient per example, and `w.T·X = c.T·G` with the Gram matrix G = `X.T @ X`
/// (209 × 209, NumPy's own rounding, see `GramMatrix`). Each iteration is then 209² multiply-adds
/// instead of two passes over the 20 MB X; w = X·c is built once at the end for the predictions.
/// The logged costs agree with the notebook's literal arithmetic to about 1e-15 relative (the
/// tests compare them with `LogisticRegression.optimize` and NumPy's run).
public struct LogisticTrainer: Sendable {
  /// What a run returns.
  public struct Result: Sendable {
    /// The cost at every `printEvery` multiple and at the last iteration.
    public var costs: [LoggedCost]
    /// The learned w (n_x × 1).
    public var w: Matrix
    /// The learned b.
    public var b: Double
    /// `Y_prediction_train` (1 × m).
    public var trainPrediction: Matrix
    /// `Y_prediction_test`.
    public var testPrediction: Matrix
    /// The notebook's "train accuracy" (percent).
    public var trainAccuracy: Double
    /// The notebook's "test accuracy" (percent).
    public var testAccuracy: Double

    /// A result.
    package init(
      costs: [LoggedCost], w: Matrix, b: Double, trainPrediction: Matrix, testPrediction: Matrix,
      trainAccuracy: Double, testAccuracy: Double
    ) {
      self.costs = costs
      self.w = w
      self.b = b
      self.trainPrediction = trainPrediction
      self.testPrediction = testPrediction
      self.trainAccuracy = trainAccuracy
      self.testAccuracy = testAccuracy
    }
  }

  /// `learning_rate`.
  public var learningRate: Double
  /// `num_iterations`.
  public var iterations: Int
  /// Costs logged when `i % printEvery == 0` (and at the last iteration).
  public var printEvery: Int
  /// The last-bit choices (the reference run by default).
  public var rounding: Rounding

  /// The notebook's defaults: 2000 iterations at 0.005, the cost every 100.
  public init(learningRate: Double = 0.005, iterations: Int = 2000, printEvery: Int = 100, rounding: Rounding = .numpy) {
    self.learningRate = learningRate
    self.iterations = iterations
    self.printEvery = printEvery
    self.rounding = rounding
  }
}
