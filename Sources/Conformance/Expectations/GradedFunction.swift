import DeepNet

/// One graded exercise: a notebook function called on an edition's test case, producing named
/// outputs that are compared with the published and reference values stored under `name`.
public struct GradedFunction: Sendable {
  /// The name in reports and in the expectation files (`linear_forward`, `L_model_forward_2hidden`).
  public let name: String
  /// The notebook function exercised (`L_model_forward` for `L_model_forward_2hidden`).
  public let notebookFunction: String
  /// Calls the implementation on the fixtures and names its outputs.
  public let run: @Sendable (any CourseFunctions, FixtureSet) throws -> [(String, NumericArray)]
  /// The same call as the Python runner makes it (its call form and arguments).
  public let python: PythonCall
  /// The call on fresh inputs when it is not this one (week 3's nn_model: fewer iterations, since
  /// 10000 steps at learning rate 1.2 on a few random points can be chaotic).
  public internal(set) var fresh: (@Sendable () -> GradedFunction)?

  /// A graded exercise.
  public init(
    _ name: String, notebookFunction: String? = nil, python: PythonCall,
    run: @escaping @Sendable (any CourseFunctions, FixtureSet) throws -> [(String, NumericArray)]
  ) {
    self.name = name
    self.notebookFunction = notebookFunction ?? name
    self.python = python
    self.run = run
  }
}

extension GradedFunction {
  /// `initialize_parameters(n_x, n_h, n_y)`.
  public static func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int, name: String = "initialize_parameters")
    -> GradedFunction
  {
    GradedFunction(name, notebookFunction: "initialize_parameters", python: .initializeParameters(nX, nH, nY)) { impl, _ in
      parameterOutputs(try impl.initializeParameters(nX: nX, nH: nH, nY: nY))
    }
  }

  /// `initialize_parameters_deep(layer_dims)`.
  public static func initializeParametersDeep(_ dims: [Int], name: String = "initialize_parameters_deep")
    -> GradedFunction
  {
    GradedFunction(name, notebookFunction: "initialize_parameters_deep", python: .initializeParametersDeep(dims)) {
      impl, _ in
      parameterOutputs(try impl.initializeParametersDeep(dims))
    }
  }

  /// `sigmoid` on Z = W·A_prev + b of the linear_activation_forward case.
  public static let sigmoid = GradedFunction("sigmoid", python: .activation) { impl, fixtures in
    let z = try activationInput(fixtures)
    return [("A", NumericArray(try impl.sigmoid(z))), ("cache", NumericArray(z))]
  }

  /// `relu` on Z = W·A_prev + b of the linear_activation_forward case.
  public static let relu = GradedFunction("relu", python: .activation) { impl, fixtures in
    let z = try activationInput(fixtures)
    return [("A", NumericArray(try impl.relu(z))), ("cache", NumericArray(z))]
  }

  /// `sigmoid_backward` on dA and Z of the linear_activation_backward case.
  public static let sigmoidBackward = GradedFunction("sigmoid_backward", python: .activationBackward) { impl, fixtures in
    let c = try fixtures.require("linear_activation_backward")
    return [("dZ", NumericArray(try impl.sigmoidBackward(dA: try c.require("dA"), cache: try c.require("Z"))))]
  }

  /// `relu_backward` on dA and Z of the linear_activation_backward case.
  public static let reluBackward = GradedFunction("relu_backward", python: .activationBackward) { impl, fixtures in
    let c = try fixtures.require("linear_activation_backward")
    return [("dZ", NumericArray(try impl.reluBackward(dA: try c.require("dA"), cache: try c.require("Z"))))]
  }

  /// `linear_forward(A, W, b)` → Z.
  public static let linearForward = GradedFunction("linear_forward", python: .linearForward) { impl, fixtures in
    let c = try fixtures.require("linear_forward")
    let (z, cache) = try impl.linearForward(a: try c.require("A"), w: try c.require("W"), b: try c.require("b"))
    return [("Z", NumericArray(z))] + cacheOutputs(cache, prefix: "cache.")
  }

  /// `linear_activation_forward` with "sigmoid" and with "relu".
  public static let linearActivationForward = GradedFunction(
    "linear_activation_forward", python: .linearActivationForward
  ) { impl, fixtures in
    let c = try fixtures.require("linear_activation_forward")
    let (aPrev, w, b) = (try c.require("A_prev"), try c.require("W"), try c.require("b"))
    var outputs: [(String, NumericArray)] = []
    for activation in Activation.allCases {
      let (a, cache) = try impl.linearActivationForward(aPrev: aPrev, w: w, b: b, activation: activation)
      outputs.append(("\(activation.rawValue).A", NumericArray(a)))
      outputs += cacheOutputs(cache, prefix: "\(activation.rawValue).cache.")
    }
    return outputs
  }

  /// `L_model_forward(X, parameters)` → AL, len(caches) and the caches, on the test case `caseName`.
  public static func lModelForward(name: String = "L_model_forward", case caseName: String? = nil) -> GradedFunction {
    let caseName = caseName ?? name
    return GradedFunction(name, notebookFunction: "L_model_forward", python: .lModelForward(case: caseName)) { impl, fixtures in
      let c = try fixtures.require(caseName)
      let parameters = try Parameters(Dictionary(uniqueKeysWithValues: c.arrays.filter { $0.0 != "X" }))
      let (al, caches) = try impl.lModelForward(x: try c.require("X"), parameters: parameters)
      var outputs = [("AL", NumericArray(al)), ("len(caches)", NumericArray(scalar: Double(caches.count)))]
      for (l, cache) in caches.enumerated() { outputs += cacheOutputs(cache, prefix: "caches[\(l)].") }
      return outputs
    }
  }

  /// `compute_cost(AL, Y)` → cost.
  public static let computeCost = GradedFunction("compute_cost", python: .computeCost) { impl, fixtures in
    let c = try fixtures.require("compute_cost")
    return [("cost", NumericArray(scalar: try impl.computeCost(al: try c.require("AL"), y: try c.require("Y"))))]
  }

  /// `linear_backward(dZ, (A, W, b))` → dA_prev, dW, db.
  public static let linearBackward = GradedFunction("linear_backward", python: .linearBackward) { impl, fixtures in
    let c = try fixtures.require("linear_backward")
    let cache = LinearCache(a: try c.require("A"), w: try c.require("W"), b: try c.require("b"))
    let (dAPrev, dW, db) = try impl.linearBackward(dZ: try c.require("dZ"), cache: cache)
    return [("dA_prev", NumericArray(dAPrev)), ("dW", NumericArray(dW)), ("db", NumericArray(db))]
  }

  /// `linear_activation_backward` with "sigmoid" and with "relu".
  public static let linearActivationBackward = GradedFunction(
    "linear_activation_backward", python: .linearActivationBackward
  ) { impl, fixtures in
    let c = try fixtures.require("linear_activation_backward")
    let cache = LayerCache(
      linear: LinearCache(a: try c.require("A"), w: try c.require("W"), b: try c.require("b")), z: try c.require("Z"))
    var outputs: [(String, NumericArray)] = []
    for activation in Activation.allCases {
      let (dAPrev, dW, db) = try impl.linearActivationBackward(dA: try c.require("dA"), cache: cache, activation: activation)
      let prefix = activation.rawValue
      outputs += [("\(prefix).dA_prev", NumericArray(dAPrev)), ("\(prefix).dW", NumericArray(dW)), ("\(prefix).db", NumericArray(db))]
    }
    return outputs
  }

  /// `L_model_backward(AL, Y, caches)` → every key of grads.
  public static let lModelBackward = GradedFunction("L_model_backward", python: .lModelBackward) { impl, fixtures in
    let c = try fixtures.require("L_model_backward")
    var caches: [LayerCache] = []
    var l = 1
    while let a = c["A\(l)"] {
      caches.append(LayerCache(
        linear: LinearCache(a: a, w: try c.require("W\(l)"), b: try c.require("b\(l)")), z: try c.require("Z\(l)")))
      l += 1
    }
    let grads = try impl.lModelBackward(al: try c.require("AL"), y: try c.require("Y"), caches: caches)
    return grads.keys.compactMap { key in grads[key].map { (key, NumericArray($0)) } }
  }

  /// `update_parameters(parameters, grads, learning_rate)` → W1 b1 W2 b2 (the notebooks use 0.1).
  public static func updateParameters(learningRate: Double) -> GradedFunction {
    GradedFunction("update_parameters", python: .updateParameters(learningRate: learningRate)) { impl, fixtures in
    let c = try fixtures.require("update_parameters")
    let parameters = try Parameters(Dictionary(uniqueKeysWithValues: c.arrays.filter { !$0.0.hasPrefix("d") }))
    let grads = try Gradients(Dictionary(uniqueKeysWithValues: c.arrays.filter { $0.0.hasPrefix("d") }))
    return parameterOutputs(try impl.updateParameters(parameters, grads: grads, learningRate: learningRate))
    }
  }

  /// A linear cache as `prefix`A_prev, W, b.
  static func cacheOutputs(_ cache: LinearCache, prefix: String) -> [(String, NumericArray)] {
    [("\(prefix)A_prev", NumericArray(cache.a)), ("\(prefix)W", NumericArray(cache.w)), ("\(prefix)b", NumericArray(cache.b))]
  }

  /// A layer cache as `prefix`A_prev, W, b, Z.
  static func cacheOutputs(_ cache: LayerCache, prefix: String) -> [(String, NumericArray)] {
    cacheOutputs(cache.linear, prefix: prefix) + [("\(prefix)Z", NumericArray(cache.z))]
  }

  static func parameterOutputs(_ parameters: Parameters) -> [(String, NumericArray)] {
    parameters.keys.compactMap { key in parameters[key].map { (key, NumericArray($0)) } }
  }

  /// Z = W·A_prev + b of the linear_activation_forward case, computed by the course's own functions.
  static func activationInput(_ fixtures: FixtureSet) throws -> Matrix {
    let c = try fixtures.require("linear_activation_forward")
    return try DeepNet.linearForward(a: try c.require("A_prev"), w: try c.require("W"), b: try c.require("b")).z
  }
}
