/// A training run of week 2 or week 3 that a release prints: `model(...)` on the cat data, or
/// `nn_model(...)` on the flower. Its logged costs and accuracies are checked (`run`) and a
/// learner's model is trained the same way (`grade`).
public struct ShallowTraining: Sendable, Equatable {
  /// Which week's model.
  public enum Model: String, Sendable, Equatable {
    /// Week 2: logistic regression on the cat data.
    case logreg
    /// Week 3: one hidden layer on the planar flower.
    case planar
  }

  /// The run's name in the catalogue and the expectation files (`model`, `learning_rate_0.01`,
  /// `nn_model`, `hidden_5`).
  public let name: String
  /// Which model.
  public let model: Model
  /// `learning_rate`.
  public let learningRate: Double
  /// `num_iterations`.
  public let iterations: Int
  /// The cost is logged when `i % printEvery == 0`.
  public let printEvery: Int
  /// planar: `n_h`.
  public let hidden: Int
  /// planar: the seed the weights are drawn from (2 where initialize_parameters reseeds, 3 where
  /// they come from nn_model's seed).
  public let drawSeed: UInt32
  /// Whether the notebook prints its costs (the hidden-layer sweep prints only accuracies).
  public let printsCosts: Bool

  /// A run.
  public init(
    name: String, model: Model, learningRate: Double, iterations: Int, printEvery: Int, hidden: Int = 0,
    drawSeed: UInt32 = 2, printsCosts: Bool = true
  ) {
    self.printsCosts = printsCosts
    self.name = name
    self.model = model
    self.learningRate = learningRate
    self.iterations = iterations
    self.printEvery = printEvery
    self.hidden = hidden
    self.drawSeed = drawSeed
  }
}
