/// How the first layer's products over X are computed. Both reproduce NumPy's own computation bit
/// for bit (NumPy 2.4.6 with OpenBLAS 0.3.31's SkylakeX kernels, 2 threads), and with it the
/// published logs of the course's two models.
public enum TrainingArithmetic: String, Sendable, CaseIterable {
  /// The notebook's arithmetic step by step: W1·X forward and dZ1·Xᵀ backward every iteration,
  /// summed in OpenBLAS's order (the backward step and the next forward product share one pass
  /// over X).
  case literal
  /// X never changes, so Z1 is carried through the Gram matrix G = `X.T @ X`:
  /// `Z1 = Z1 - (lr / m) * np.dot(dZ1, G) - lr * db1`; W1 is rebuilt once at the end as
  /// `W1 - (lr / m) * np.dot(Σ dZ1, X.T)`. Its logs are those of the same formula run in NumPy;
  /// they match the published ones only with NumPy's G to the last bit (see `GramMatrix`).
  case gram
}

/// The arguments of the notebook's `two_layer_model` / `L_layer_model` that shape a run.
public struct TrainingOptions: Sendable {
  /// `learning_rate` (the notebook's 0.0075).
  public var learningRate: Double
  /// `num_iterations`.
  public var iterations: Int
  /// The cost is logged when `i % printEvery == 0`, and at the last iteration.
  public var printEvery: Int
  /// Which arithmetic to use for the first layer.
  public var arithmetic: TrainingArithmetic
  /// Worker threads for the products over X.
  public var threads: Int

  /// The notebook's defaults: 0.0075, 2500 iterations, logged every 100, Gram arithmetic, 2 threads
  /// (the results do not depend on the thread count).
  public init(
    learningRate: Double = 0.0075, iterations: Int = 2500, printEvery: Int = 100,
    arithmetic: TrainingArithmetic = .gram, threads: Int = 2
  ) {
    self.learningRate = learningRate
    self.iterations = iterations
    self.printEvery = printEvery
    self.arithmetic = arithmetic
    self.threads = threads
  }
}

/// One logged cost: the iteration index `i` and the cost computed in that iteration.
public struct LoggedCost: Sendable, Equatable {
  /// The iteration (0-based, as the notebook's `i`).
  public let iteration: Int
  /// `compute_cost(AL, Y)` in that iteration, before the update.
  public let cost: Double

  /// A logged cost.
  public init(iteration: Int, cost: Double) {
    self.iteration = iteration
    self.cost = cost
  }
}
