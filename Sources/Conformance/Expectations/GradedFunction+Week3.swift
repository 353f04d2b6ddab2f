import DNNJSON
import DeepNet
import NumPyRandom

/// Week 3's exercises (planar data, one hidden layer): the course's solution is `OneHiddenLayer`.
extension GradedFunction {
  /// `layer_sizes(X, Y)` on the layer_sizes case.
  static let layerSizes = GradedFunction("layer_sizes", python: .caseArrays("layer_sizes", case: "layer_sizes")) { impl, fixtures in
    let c = try fixtures.require("layer_sizes")
    let sizes = OneHiddenLayer.layerSizes(x: try c.require("X"), y: try c.require("Y"))
    return [
      ("n_x", NumericArray(scalar: Double(sizes.nX))), ("n_h", NumericArray(scalar: Double(sizes.nH))),
      ("n_y", NumericArray(scalar: Double(sizes.nY))),
    ]
  }

  /// `initialize_parameters(n_x, n_h, n_y)` with `np.random.seed(seed)` in force; the weights
  /// are drawn from `drawSeed` (2 where the release's function reseeds, the caller's seed otherwise).
  static func planarInitializeParameters(_ nX: Int, _ nH: Int, _ nY: Int, seed: Int, drawSeed: UInt32) -> GradedFunction {
    let python = PythonCall(form: "initialize_parameters", seed: seed) { _ in
      JSON.Object([("n_x", .integer(Int64(nX))), ("n_h", .integer(Int64(nH))), ("n_y", .integer(Int64(nY)))])
    }
    var function = GradedFunction("initialize_parameters", python: python) { impl, _ in
      // Without its own np.random.seed(2) the function draws from the seed the caller left.
      var rng = RandomState(seed: slips(of: impl).contains(.unseededInitialization) ? UInt32(seed) : drawSeed)
      return parameterOutputs(OneHiddenLayer.initializeParameters(nX: nX, nH: nH, nY: nY, rng: &rng))
    }
    // Other sizes (as W3A1's public test calls it, (3, 5, 2)) catch shapes written in by hand.
    if (nX, nH, nY) != (3, 5, 2) {
      function.fresh = { planarInitializeParameters(3, 5, 2, seed: seed, drawSeed: drawSeed) }
    }
    return function
  }

  /// `forward_propagation(X, parameters)` → A2 and the cache.
  static let forwardPropagation = GradedFunction(
    "forward_propagation", python: .caseArrays("forward_propagation", case: "forward_propagation")
  ) { impl, fixtures in
    let c = try fixtures.require("forward_propagation")
    let (a2, cache) = try OneHiddenLayer.forwardPropagation(
      x: try c.require("X"), parameters: try planarParameters(c), slips: slips(of: impl))
    return [
      ("A2", NumericArray(a2)), ("cache.Z1", NumericArray(cache.z1)), ("cache.A1", NumericArray(cache.a1)),
      ("cache.Z2", NumericArray(cache.z2)), ("cache.A2", NumericArray(cache.a2)),
    ]
  }

  /// `compute_cost(A2, Y[, parameters])`.
  static let planarComputeCost = GradedFunction(
    "compute_cost", python: .caseArrays("planar_compute_cost", case: "compute_cost")
  ) { impl, fixtures in
    let c = try fixtures.require("compute_cost")
    let cost = try OneHiddenLayer.computeCost(a2: try c.require("A2"), y: try c.require("Y"), slips: slips(of: impl))
    return [("cost", NumericArray(scalar: cost))]
  }

  /// `backward_propagation(parameters, cache, X, Y)` → dW1 db1 dW2 db2.
  static let backwardPropagation = GradedFunction(
    "backward_propagation", python: .caseArrays("backward_propagation", case: "backward_propagation")
  ) { impl, fixtures in
    let c = try fixtures.require("backward_propagation")
    let cache = OneHiddenLayer.Cache(
      z1: try c.require("Z1"), a1: try c.require("A1"), z2: try c.require("Z2"), a2: try c.require("A2"))
    let grads = try OneHiddenLayer.backwardPropagation(
      parameters: try planarParameters(c), cache: cache, x: try c.require("X"), y: try c.require("Y"), slips: slips(of: impl))
    return [
      ("dW1", NumericArray(grads.layers[0].dW)), ("db1", NumericArray(grads.layers[0].db)),
      ("dW2", NumericArray(grads.layers[1].dW)), ("db2", NumericArray(grads.layers[1].db)),
    ]
  }

  /// `update_parameters(parameters, grads)` on week 3's case, at the function's own default
  /// learning rate as the test cell calls it (`learningRate` is the template's default; it is
  /// passed only to a function without a default).
  static func planarUpdateParameters(learningRate: Double) -> GradedFunction {
    let python = PythonCall.caseArrays(
      "planar_update_parameters", case: "update_parameters", extra: JSON.Object([("learning_rate", .number(learningRate))]))
    return GradedFunction("update_parameters", python: python) { impl, fixtures in
      let c = try fixtures.require("update_parameters")
      let grads = Gradients(layers: [
        .init(dAPrev: nil, dW: try c.require("dW1"), db: try c.require("db1")),
        .init(dAPrev: nil, dW: try c.require("dW2"), db: try c.require("db2")),
      ])
      return parameterOutputs(try OneHiddenLayer.updateParameters(
        try planarParameters(c), grads: grads, learningRate: learningRate, slips: slips(of: impl)))
    }
  }

  /// `nn_model(X, Y, n_h, num_iterations)` with `np.random.seed(seed)` in force, the weights drawn
  /// from `drawSeed`.
  static func nnModel(hidden: Int, iterations: Int, seed: Int, drawSeed: UInt32) -> GradedFunction {
    let python = PythonCall.caseArrays(
      "nn_model", case: "nn_model", seed: seed,
      extra: JSON.Object([("n_h", .integer(Int64(hidden))), ("num_iterations", .integer(Int64(iterations)))]))
    var function = GradedFunction("nn_model", python: python) { impl, fixtures in
      let c = try fixtures.require("nn_model")
      let slips = slips(of: impl)
      let parameters = try OneHiddenLayer.nnModel(
        x: try c.require("X"), y: try c.require("Y"), nH: hidden, numIterations: iterations,
        drawSeed: slips.contains(.unseededInitialization) ? UInt32(seed) : drawSeed, slips: slips)
      return parameterOutputs(parameters)
    }
    // On random points, steps at learning rate 1.2 can be chaotic: two correct programs that
    // round one tanh in another last bit part beyond rtol 1e-7. Measured with NumPy on 3000 fresh
    // cases of this shape (np.tanh against the C library's): after 50 steps the worst relative
    // difference was 4.8e-7 and 1 case in 300 failed at rtol 1e-7; after 20 steps it was 2e-13.
    // 20 steps still catch hard-coded sizes.
    // Another n_h than the notebook's 4, so that an nn_model ignoring its n_h (taking layer_sizes'
    // hard-coded 4 instead) fails.
    if iterations > freshIterations {
      function.fresh = { nnModel(hidden: freshHidden, iterations: freshIterations, seed: seed, drawSeed: drawSeed) }
    }
    return function
  }

  /// nn_model's iterations on fresh inputs.
  static let freshIterations = 20
  /// nn_model's n_h on fresh inputs.
  static let freshHidden = 3

  /// `predict(parameters, X)`.
  static let planarPredict = GradedFunction("predict", python: .caseArrays("planar_predict", case: "predict")) { impl, fixtures in
    let c = try fixtures.require("predict")
    let predictions = try OneHiddenLayer.predict(parameters: try planarParameters(c), x: try c.require("X"), slips: slips(of: impl))
    return [("predictions", NumericArray(predictions))]
  }

  /// W1 b1 W2 b2 of a week-3 case.
  static func planarParameters(_ c: FixtureCase) throws -> Parameters {
    Parameters(layers: [
      .init(w: try c.require("W1"), b: try c.require("b1")), .init(w: try c.require("W2"), b: try c.require("b2")),
    ])
  }
}
