import NumPyRandom

/// `L_layer_model(X, Y, layers_dims, learning_rate, num_iterations)` from already-initialised
/// parameters: each iteration runs `L_model_forward`, `compute_cost`, `L_model_backward` and
/// `update_parameters`.
///
/// `onCost(i, cost)` receives the cost of iteration i (computed before that iteration's update)
/// whenever `i % printEvery == 0` and for the final iteration (`i == numIterations - 1`).
/// - Returns: the parameters after `numIterations` updates.
public func lLayerModel(
  x: Matrix, y: Matrix, parameters: Parameters,
  learningRate: Double = 0.0075, numIterations: Int = 3000, printEvery: Int = 100,
  onCost: (Int, Double) -> Void = { _, _ in }
) throws -> Parameters {
  guard parameters.layerCount > 0 else { throw ModelError.noLayers }
  var parameters = parameters
  for i in 0..<max(0, numIterations) {
    let (al, caches) = try lModelForward(x: x, parameters: parameters)
    let cost = try computeCost(al: al, y: y)
    let grads = try lModelBackward(al: al, y: y, caches: caches)
    parameters = try updateParameters(parameters, grads: grads, learningRate: learningRate)
    if isLogged(i, printEvery: printEvery, numIterations: numIterations) { onCost(i, cost) }
  }
  return parameters
}

/// `L_layer_model` with its initialisation: `np.random.seed(seed)` immediately before drawing
/// the weights with `scaling`, then the training loop. The defaults are the blog's Application
/// (`np.random.seed(1)`, then `initialize_parameters_deep` reseeds 3 and divides by
/// `np.sqrt(layers_dims[l-1])`); the Coursera Application is `seed: 1, scaling: .sqrt`.
public func lLayerModel(
  x: Matrix, y: Matrix, layersDims: [Int], seed: UInt32 = 3, scaling: InitScaling = .sqrt,
  learningRate: Double = 0.0075, numIterations: Int = 3000, printEvery: Int = 100,
  onCost: (Int, Double) -> Void = { _, _ in }
) throws -> Parameters {
  var rng = RandomState(seed: seed)
  let parameters = try initializeParameters(layerDims: layersDims, scaling: scaling, rng: &rng)
  return try lLayerModel(
    x: x, y: y, parameters: parameters, learningRate: learningRate,
    numIterations: numIterations, printEvery: printEvery, onCost: onCost)
}
