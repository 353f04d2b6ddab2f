import DeepNet

/// Trains [LINEAR→RELU]×(L−1) → LINEAR→SIGMOID exactly as the notebook's `two_layer_model` and
/// `L_layer_model` do, with the first layer's products over X done fast (see `TrainingArithmetic`).
///
/// Layers 2…L are tiny (at most 20 × 209) and go through DeepNet's course functions, so their
/// arithmetic is the notebook's; only W1·X and dZ1·Xᵀ are replaced.
public struct FastTrainer: Sendable {
  /// The run's settings.
  public let options: TrainingOptions

  /// A trainer with `options`.
  public init(options: TrainingOptions = TrainingOptions()) {
    self.options = options
  }

  /// Runs the training loop from `initial` parameters; `onCost` sees every logged cost as it comes.
  public func train(
    x: Matrix, y: Matrix, initial: Parameters, onCost: (LoggedCost) -> Void = { _ in }
  ) throws -> TrainingResult {
    guard options.iterations > 0, options.printEvery > 0 else {
      throw TrainingError.badOptions("iterations and print-every must be positive")
    }
    let layers = initial.layerCount
    guard layers >= 1, initial.layers[0].w.cols == x.rows, y.rows == 1, y.cols == x.cols else {
      throw TrainingError.badShapes(
        "X \(x.shape), Y \(y.shape) and W1 \(initial.layers.first?.w.shape.description ?? "none") do not fit")
    }
    let m = Double(x.cols)
    let learningRate = options.learningRate
    let first = FirstLayer(x: x, w1: initial.layers[0].w, threads: options.threads)
    var layersOut = initial.layers
    let gram = options.arithmetic == .gram ? first.gram() : nil
    var dZ1Sum = Matrix(rows: first.units, cols: x.cols)
    // Z1 = np.dot(W1, X) + b1: the product is carried (or recomputed), the bias added fresh.
    var product = first.product()
    var z1 = try product + layersOut[0].b
    var carry = Matrix(rows: product.rows, cols: product.cols)
    var costs: [LoggedCost] = []

    for i in 0..<options.iterations {
      // Forward: layer 1 from the carried Z1, then the notebook's functions.
      let (a1, _) = relu(z1)
      var caches: [LayerCache] = []
      var a = a1
      for l in 1..<layers {
        let activation: Activation = l == layers - 1 ? .sigmoid : .relu
        let (next, cache) = try linearActivationForward(
          aPrev: a, w: layersOut[l].w, b: layersOut[l].b, activation: activation)
        caches.append(cache)
        a = next
      }
      let al = layers == 1 ? sigmoid(z1).a : a
      let cost = try computeCost(al: al, y: y)
      if i % options.printEvery == 0 || i == options.iterations - 1 {
        let logged = LoggedCost(iteration: i, cost: cost)
        costs.append(logged)
        onCost(logged)
      }

      // Backward through layers L…2, then dZ1.
      // dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)), as L_model_backward.
      var dA = try -(y / al - (1.0 - y) / (1.0 - al))
      for l in stride(from: layers - 1, through: 1, by: -1) {
        let activation: Activation = l == layers - 1 ? .sigmoid : .relu
        let (dAPrev, dW, db) = try linearActivationBackward(
          dA: dA, cache: caches[l - 1], activation: activation)
        layersOut[l].w = try layersOut[l].w - learningRate * dW
        layersOut[l].b = try layersOut[l].b - learningRate * db
        dA = dAPrev
      }
      let dZ1 = layers == 1 ? try sigmoidBackward(dA: dA, cache: z1) : try reluBackward(dA: dA, cache: z1)
      let db1 = dZ1.rowSums() / m
      layersOut[0].b = try layersOut[0].b - learningRate * db1

      let last = i == options.iterations - 1
      switch options.arithmetic {
      case .literal:
        if let next = first.gradientStep(dZ1: dZ1, learningRate: learningRate, forward: !last) {
          product = next
          z1 = try product + layersOut[0].b
        }
      case .gram:
        dZ1Sum = try dZ1Sum + dZ1
        if !last, let gram {
          // W1·X after W1 -= lr * (dZ1·Xᵀ / m) is W1·X − lr * (dZ1·G / m). The carried product is
          // updated with compensated (Kahan) summation: plain rounding at every step drifts
          // systematically (~1e-13 relative by iteration 1300), and the 5-layer model amplifies
          // that drift a thousandfold by iteration 2000, past the log's 12 digits.
          let step = try learningRate * (dot(dZ1, gram) / m)
          compensatedSubtract(step, from: &product, carry: &carry)
          z1 = try product + layersOut[0].b
        }
      }
    }
    if options.arithmetic == .gram {
      first.rebuild(initial: initial.layers[0].w, sum: dZ1Sum, scale: learningRate / m)
    }
    layersOut[0].w = first.weights
    return TrainingResult(
      costs: costs, parameters: Parameters(layers: layersOut),
      arithmetic: options.arithmetic)
  }
}

/// `sum -= step` element-wise with Kahan compensation held in `carry` (same shapes).
func compensatedSubtract(_ step: Matrix, from sum: inout Matrix, carry: inout Matrix) {
  for index in sum.data.indices {
    let y = -step.data[index] - carry.data[index]
    let t = sum.data[index] + y
    carry.data[index] = (t - sum.data[index]) - y
    sum.data[index] = t
  }
}

/// What a training run produced.
public struct TrainingResult: Sendable {
  /// The logged costs, in order.
  public let costs: [LoggedCost]
  /// The trained parameters.
  public let parameters: Parameters
  /// The arithmetic that ran.
  public let arithmetic: TrainingArithmetic
}

/// A training run that cannot start.
public enum TrainingError: Error, CustomStringConvertible {
  /// Options out of range.
  case badOptions(String)
  /// X, Y and the parameters do not fit together.
  case badShapes(String)

  public var description: String {
    switch self {
    case .badOptions(let why), .badShapes(let why): why
    }
  }
}
