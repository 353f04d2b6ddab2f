import DeepNet

/// Week 3's `nn_model(X, Y, n_h, num_iterations)` on the planar data: LINEAR → TANH → LINEAR →
/// SIGMOID at learning rate 1.2, from `initialize_parameters` (seed 2, after the model's seed 3).
///
/// Each operation is the notebook's, in NumPy's order where we know it (pairwise `np.sum`, NumPy's
/// exp and log); tanh is the C library's, which NumPy's own SIMD tanh differs from by one ulp on
/// about a sixth of the arguments. The cost is computed only where it is logged: it does not feed
/// the gradients, so skipping it elsewhere changes no bit.
public struct PlanarTrainer: Sendable {
  /// What a run returns.
  public struct Result: Sendable {
    /// The cost at every `printEvery` multiple and at the last iteration.
    public var costs: [LoggedCost]
    /// The learned W1 b1 W2 b2.
    public var parameters: Parameters
    /// `predict(parameters, X)` on the training data.
    public var predictions: Matrix
    /// The notebook's accuracy (percent).
    public var accuracy: Double

    /// A result.
    package init(costs: [LoggedCost], parameters: Parameters, predictions: Matrix, accuracy: Double) {
      self.costs = costs
      self.parameters = parameters
      self.predictions = predictions
      self.accuracy = accuracy
    }
  }

  /// `n_h`.
  public var hiddenUnits: Int
  /// `learning_rate` of `update_parameters`.
  public var learningRate: Double
  /// `num_iterations`.
  public var iterations: Int
  /// Costs logged when `i % printEvery == 0` (and at the last iteration).
  public var printEvery: Int
  /// The last-bit choices (the reference run by default).
  public var rounding: Rounding
  /// The seed the weights are drawn from: 2 where initialize_parameters reseeds (until 2021), 3
  /// (nn_model's own) where it does not.
  public var drawSeed: UInt32

  /// The notebook's run: 4 hidden units, 10000 iterations at 1.2, the cost every 1000.
  public init(
    hiddenUnits: Int = 4, learningRate: Double = 1.2, iterations: Int = 10000, printEvery: Int = 1000,
    rounding: Rounding = .numpy, drawSeed: UInt32 = 2
  ) {
    self.drawSeed = drawSeed
    self.hiddenUnits = hiddenUnits
    self.learningRate = learningRate
    self.iterations = iterations
    self.printEvery = printEvery
    self.rounding = rounding
  }
}
