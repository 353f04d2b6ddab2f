import DeepNet
import TrainingTypes

extension FastTrainer {
  /// Runs the training loop from `initial` parameters; `onCost` sees every logged cost as it comes.
  func run(
    x: Matrix, y: Matrix, initial: Parameters, onCost: (LoggedCost) -> Void = { _ in }
  ) throws -> TrainingResult {
    try validate(x: x, y: y, initial: initial)
    let m = Double(x.cols)
    let learningRate = options.learningRate
    var model = ModelRun(parameters: initial.layers)
    let first = streamsFirstLayer(initial, x: x)
      ? FirstLayer(x: x, w1: initial.layers[0].w, threads: options.threads) : nil
    let gram = options.arithmetic != .gram ? nil
      : first.map { GramMatrix.of($0.x, threads: options.threads) } ?? GramMatrix.of(x, threads: options.threads)
    var dZ1Sum = Matrix(rows: initial.layers[0].w.rows, cols: x.cols)
    // Z1 = np.dot(W1, X) + b1.
    var z1 = try (first?.product() ?? NumPyDot.product(initial.layers[0].w, x)) + initial.layers[0].b

    for i in 0..<options.iterations {
      let (dZ1, db1) = try model.iterate(i, z1: z1, y: y, options: options, onCost: onCost)
      let last = i == options.iterations - 1
      switch options.arithmetic {
      case .literal:
        if let first {
          if let next = first.gradientStep(dZ1: dZ1, learningRate: learningRate, forward: !last) {
            z1 = try next + model.parameters[0].b
          }
        } else {
          let dW1 = NumPyDot.productTransposedRight(dZ1, x) / m
          model.parameters[0].w = try model.parameters[0].w - learningRate * dW1
          if !last { z1 = try NumPyDot.product(model.parameters[0].w, x) + model.parameters[0].b }
        }
      case .gram:
        guard let gram else { break }
        dZ1Sum = try dZ1Sum + dZ1
        if !last {
          // Z1 ← Z1 − (lr/m)·dZ1·G − lr·db1, evaluated left to right as NumPy does.
          z1 = try (z1 - (learningRate / m) * NumPyDot.product(dZ1, gram)) - learningRate * db1
        }
      }
    }
    switch options.arithmetic {
    case .literal:
      if let first { model.parameters[0].w = first.weights }
    case .gram:
      // W1 = W1⁰ − (lr/m)·np.dot(Σ dZ1, X.T): the updates the Gram path skipped, in one product.
      if let first {
        first.rebuild(sum: dZ1Sum, scale: learningRate / m)
        model.parameters[0].w = first.weights
      } else {
        model.parameters[0].w = try initial.layers[0].w
          - (learningRate / m) * NumPyDot.productTransposedRight(dZ1Sum, x)
      }
    }
    return model.result(options.arithmetic)
  }

  /// Whether the first layer's products over X go through `FirstLayer` (NumPy's level-3 path, or
  /// forced), rather than `NumPyDot`.
  func streamsFirstLayer(_ initial: Parameters, x: Matrix) -> Bool {
    forcesFirstLayerKernels
      || FirstLayer.usesLevel3(units: initial.layers[0].w.rows, features: x.rows, examples: x.cols)
  }

  /// Checks the options and that X, Y and `initial` fit together.
  func validate(x: Matrix, y: Matrix, initial: Parameters) throws {
    guard options.iterations > 0, options.printEvery > 0, options.threads > 0 else {
      throw TrainingError.badOptions("iterations, print-every and threads must be positive")
    }
    guard initial.layerCount >= 1, initial.layers[0].w.cols == x.rows, y.rows == 1, y.cols == x.cols, x.cols > 0 else {
      throw TrainingError.badShapes(
        "X \(x.shape), Y \(y.shape) and W1 \(initial.layers.first?.w.shape.description ?? "none") do not fit")
    }
  }
}

/// One model in training: its parameters and logged costs. `iterate` runs an iteration of
/// everything except the first layer's products over X (and W1's update), which the trainers do.
struct ModelRun {
  /// Layers 1…L; W1 may lag behind (the trainer holds it while training).
  var parameters: [Parameters.Layer]
  /// The costs logged so far.
  var costs: [LoggedCost] = []

  /// A model starting from `parameters`.
  init(parameters: [Parameters.Layer]) {
    self.parameters = parameters
  }

  /// Iteration `i` from Z1 = W1·X + b1: the forward pass of layers 2…L (as `L_model_forward`),
  /// the cost (logged every `printEvery` and at the last iteration), the backward pass updating
  /// layers L…2 as soon as their dA_prev is taken, and b1. Returns dZ1 and db1.
  mutating func iterate(
    _ i: Int, z1: Matrix, y: Matrix, options: TrainingOptions, onCost: (LoggedCost) -> Void
  ) throws -> (dZ1: Matrix, db1: Matrix) {
    let layers = parameters.count, learningRate = options.learningRate, m = Double(z1.cols)
    var zs = [z1]
    var activations = [NumPyLayers.activate(z1, last: layers == 1)]
    for l in 1..<layers {
      let z = try NumPyLayers.linearForward(a: activations[l - 1], w: parameters[l].w, b: parameters[l].b)
      zs.append(z)
      activations.append(NumPyLayers.activate(z, last: l == layers - 1))
    }
    let al = activations[layers - 1]
    let cost = try NumPyLayers.cost(al: al, y: y)
    if i % options.printEvery == 0 || i == options.iterations - 1 {
      let logged = LoggedCost(iteration: i, cost: cost)
      costs.append(logged)
      onCost(logged)
    }
    var dA = try NumPyLayers.outputGradient(al: al, y: y)
    for l in stride(from: layers - 1, through: 1, by: -1) {
      let dZ = try NumPyLayers.activationBackward(dA: dA, z: zs[l], last: l == layers - 1)
      let (dAPrev, dW, db) = NumPyLayers.linearBackward(dZ: dZ, aPrev: activations[l - 1], w: parameters[l].w)
      parameters[l].w = try parameters[l].w - learningRate * dW
      parameters[l].b = try parameters[l].b - learningRate * db
      dA = dAPrev
    }
    let dZ1 = try NumPyLayers.activationBackward(dA: dA, z: z1, last: layers == 1)
    let db1 = dZ1.rowSums() / m
    parameters[0].b = try parameters[0].b - learningRate * db1
    return (dZ1, db1)
  }

  /// The finished run.
  func result(_ arithmetic: TrainingArithmetic) -> TrainingResult {
    TrainingResult(costs: costs, parameters: Parameters(layers: parameters), arithmetic: arithmetic)
  }
}

