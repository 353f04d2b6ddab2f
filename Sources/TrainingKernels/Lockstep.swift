import DeepNet
import TrainingTypes

extension FastTrainer {
  /// Trains several models on the same X and Y at once, each exactly as `run(x:y:initial:)`
  /// would, returning their results in order.
  ///
  /// With the literal arithmetic, the first layers of the models whose products over X take
  /// NumPy's level-3 path are stacked into one W1 (their units one under another), so that each
  /// pass over X serves them all: an element of W1·X or dZ1·Xᵀ is one chain over its own row of
  /// W1 or dZ1, whatever rows lie beside it, so every model's numbers are the same bits as when it
  /// trains alone. Streaming X once instead of once per model is what saves the time. The other
  /// models, and every model with the Gram arithmetic (already cheap per iteration), train one
  /// after another.
  func runTogether(
    x: Matrix, y: Matrix, initials: [Parameters], onCost: (Int, LoggedCost) -> Void = { _, _ in }
  ) throws -> [TrainingResult] {
    for initial in initials { try validate(x: x, y: y, initial: initial) }
    let stacked = options.arithmetic != .literal ? [] : initials.indices.filter { streamsFirstLayer(initials[$0], x: x) }
    var results = [TrainingResult?](repeating: nil, count: initials.count)
    if stacked.count > 1 {
      let together = try lockstep(x: x, y: y, initials: stacked.map { initials[$0] }) { onCost(stacked[$0], $1) }
      for (index, result) in zip(stacked, together) { results[index] = result }
    }
    for index in initials.indices where results[index] == nil {
      results[index] = try run(x: x, y: y, initial: initials[index]) { onCost(index, $0) }
    }
    return results.map { $0! }
  }

  /// The literal loop for models whose first layers share one `FirstLayer`.
  private func lockstep(
    x: Matrix, y: Matrix, initials: [Parameters], onCost: (Int, LoggedCost) -> Void
  ) throws -> [TrainingResult] {
    var models = initials.map { ModelRun(parameters: $0.layers) }
    let units = initials.map { $0.layers[0].w.rows }
    let first = FirstLayer(x: x, w1: Self.stack(initials.map { $0.layers[0].w }), threads: options.threads)
    // Each model's Z1 = its rows of W1·X + its b1.
    func z1s(_ product: Matrix) throws -> [Matrix] {
      try zip(Self.split(product, units: units), models).map { try $0 + $1.parameters[0].b }
    }
    var z1 = try z1s(first.product())
    for i in 0..<options.iterations {
      var dZ1s: [Matrix] = []
      for index in models.indices {
        dZ1s.append(try models[index].iterate(i, z1: z1[index], y: y, options: options) { onCost(index, $0) }.dZ1)
      }
      let last = i == options.iterations - 1
      if let next = first.gradientStep(dZ1: Self.stack(dZ1s), learningRate: options.learningRate, forward: !last) {
        z1 = try z1s(next)
      }
    }
    for (index, w1) in Self.split(first.weights, units: units).enumerated() { models[index].parameters[0].w = w1 }
    return models.map { $0.result(.literal) }
  }

  /// The matrices (all with the same number of columns) one under another.
  static func stack(_ parts: [Matrix]) -> Matrix {
    Matrix(rows: parts.reduce(0) { $0 + $1.rows }, cols: parts[0].cols, data: parts.flatMap(\.data))
  }

  /// `matrix` cut into consecutive bands of `units` rows.
  static func split(_ matrix: Matrix, units: [Int]) -> [Matrix] {
    var start = 0
    return units.map { count in
      defer { start += count }
      return Matrix(
        rows: count, cols: matrix.cols, data: Array(matrix.data[(start * matrix.cols)..<((start + count) * matrix.cols)]))
    }
  }
}
