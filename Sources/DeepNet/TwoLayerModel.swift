/// `two_layer_model(X, Y, layers_dims, learning_rate, num_iterations)` from already-initialised
/// parameters (two layers): each iteration runs `linear_activation_forward` (relu, then
/// sigmoid), `compute_cost`, `dA2 = -(np.divide(Y, A2) - np.divide(1 - Y, 1 - A2))`,
/// `linear_activation_backward` (sigmoid, then relu; dA0 is computed and unused, as in the
/// notebook) and `update_parameters`.
///
/// `onCost(i, cost)` receives the cost of iteration i (computed before that iteration's update)
/// whenever `i % printEvery == 0` — the notebook's log with `printEvery` 100 — and for the final
/// iteration, which the caller can tell apart by `i == numIterations - 1`.
/// - Returns: the parameters after `numIterations` updates.
public func twoLayerModel(
  x: Matrix, y: Matrix, parameters: Parameters,
  learningRate: Double = 0.0075, numIterations: Int = 3000, printEvery: Int = 100,
  onCost: (Int, Double) -> Void = { _, _ in }
) throws -> Parameters {
  guard parameters.layerCount == 2 else {
    throw ModelError.layerCount(expected: 2, got: parameters.layerCount)
  }
  var parameters = parameters
  for i in 0..<max(0, numIterations) {
    let first = parameters.layers[0], second = parameters.layers[1]
    let (a1, cache1) = try linearActivationForward(aPrev: x, w: first.w, b: first.b, activation: .relu)
    let (a2, cache2) = try linearActivationForward(aPrev: a1, w: second.w, b: second.b, activation: .sigmoid)
    let cost = try computeCost(al: a2, y: y)
    let dA2 = try -(y / a2 - (1.0 - y) / (1.0 - a2))
    let (dA1, dW2, db2) = try linearActivationBackward(dA: dA2, cache: cache2, activation: .sigmoid)
    let (dA0, dW1, db1) = try linearActivationBackward(dA: dA1, cache: cache1, activation: .relu)
    _ = dA0
    let grads = Gradients(layers: [
      Gradients.Layer(dAPrev: nil, dW: dW1, db: db1),
      Gradients.Layer(dAPrev: nil, dW: dW2, db: db2),
    ])
    parameters = try updateParameters(parameters, grads: grads, learningRate: learningRate)
    if isLogged(i, printEvery: printEvery, numIterations: numIterations) { onCost(i, cost) }
  }
  return parameters
}

/// `two_layer_model` as the notebook runs it: `np.random.seed(1)` and
/// `initialize_parameters(n_x, n_h, n_y)` (randn * 0.01), then the training loop.
/// `layersDims` is `(n_x, n_h, n_y)`.
public func twoLayerModel(
  x: Matrix, y: Matrix, layersDims: [Int],
  learningRate: Double = 0.0075, numIterations: Int = 3000, printEvery: Int = 100,
  onCost: (Int, Double) -> Void = { _, _ in }
) throws -> Parameters {
  guard layersDims.count == 3 else { throw ModelError.invalidLayerDims(layersDims) }
  let parameters = try initializeParameters(nX: layersDims[0], nH: layersDims[1], nY: layersDims[2])
  return try twoLayerModel(
    x: x, y: y, parameters: parameters, learningRate: learningRate,
    numIterations: numIterations, printEvery: printEvery, onCost: onCost)
}

/// Whether iteration `i` is reported: every `printEvery`-th (when positive) and the last.
func isLogged(_ i: Int, printEvery: Int, numIterations: Int) -> Bool {
  (printEvery > 0 && i % printEvery == 0) || i == numIterations - 1
}
