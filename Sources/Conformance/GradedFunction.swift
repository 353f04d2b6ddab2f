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

  /// A graded exercise.
  public init(
    _ name: String, notebookFunction: String? = nil,
    run: @escaping @Sendable (any CourseFunctions, FixtureSet) throws -> [(String, NumericArray)]
  ) {
    self.name = name
    self.notebookFunction = notebookFunction ?? name
    self.run = run
  }
}

extension GradedFunction {
  /// `initialize_parameters(n_x, n_h, n_y)`.
  public static func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int, name: String = "initialize_parameters")
    -> GradedFunction
  {
    GradedFunction(name, notebookFunction: "initialize_parameters") { impl, _ in
      parameterOutputs(try impl.initializeParameters(nX: nX, nH: nH, nY: nY))
    }
  }

  /// `initialize_parameters_deep(layer_dims)`.
  public static func initializeParametersDeep(_ dims: [Int], name: String = "initialize_parameters_deep")
    -> GradedFunction
  {
    GradedFunction(name, notebookFunction: "initialize_parameters_deep") { impl, _ in
      parameterOutputs(try impl.initializeParametersDeep(dims))
    }
  }

  /// `sigmoid` on Z = W·A_prev + b of the linear_activation_forward case.
  public static let sigmoid = GradedFunction("sigmoid") { impl, fixtures in
    [("A", NumericArray(try impl.sigmoid(try activationInput(fixtures))))]
  }

  /// `relu` on Z = W·A_prev + b of the linear_activation_forward case.
  public static let relu = GradedFunction("relu") { impl, fixtures in
    [("A", NumericArray(try impl.relu(try activationInput(fixtures))))]
  }

  /// `sigmoid_backward` on dA and Z of the linear_activation_backward case.
  public static let sigmoidBackward = GradedFunction("sigmoid_backward") { impl, fixtures in
    let c = try fixtures.require("linear_activation_backward")
    return [("dZ", NumericArray(try impl.sigmoidBackward(dA: try c.require("dA"), cache: try c.require("Z"))))]
  }

  /// `relu_backward` on dA and Z of the linear_activation_backward case.
  public static let reluBackward = GradedFunction("relu_backward") { impl, fixtures in
    let c = try fixtures.require("linear_activation_backward")
    return [("dZ", NumericArray(try impl.reluBackward(dA: try c.require("dA"), cache: try c.require("Z"))))]
  }

  /// `linear_forward(A, W, b)` → Z.
  public static let linearForward = GradedFunction("linear_forward") { impl, fixtures in
    let c = try fixtures.require("linear_forward")
    let (z, _) = try impl.linearForward(a: try c.require("A"), w: try c.require("W"), b: try c.require("b"))
    return [("Z", NumericArray(z))]
  }

  /// `linear_activation_forward` with "sigmoid" and with "relu".
  public static let linearActivationForward = GradedFunction("linear_activation_forward") { impl, fixtures in
    let c = try fixtures.require("linear_activation_forward")
    let (aPrev, w, b) = (try c.require("A_prev"), try c.require("W"), try c.require("b"))
    return try Activation.allCases.map { activation in
      let (a, _) = try impl.linearActivationForward(aPrev: aPrev, w: w, b: b, activation: activation)
      return ("\(activation.rawValue).A", NumericArray(a))
    }
  }

  /// `L_model_forward(X, parameters)` → AL and len(caches), on the case named `name`.
  public static func lModelForward(name: String = "L_model_forward") -> GradedFunction {
    GradedFunction(name, notebookFunction: "L_model_forward") { impl, fixtures in
      let c = try fixtures.require(name)
      let parameters = try Parameters(Dictionary(uniqueKeysWithValues: c.arrays.filter { $0.0 != "X" }))
      let (al, caches) = try impl.lModelForward(x: try c.require("X"), parameters: parameters)
      return [("AL", NumericArray(al)), ("len(caches)", NumericArray(scalar: Double(caches.count)))]
    }
  }

  /// `compute_cost(AL, Y)` → cost.
  public static let computeCost = GradedFunction("compute_cost") { impl, fixtures in
    let c = try fixtures.require("compute_cost")
    return [("cost", NumericArray(scalar: try impl.computeCost(al: try c.require("AL"), y: try c.require("Y"))))]
  }

  /// `linear_backward(dZ, (A, W, b))` → dA_prev, dW, db.
  public static let linearBackward = GradedFunction("linear_backward") { impl, fixtures in
    let c = try fixtures.require("linear_backward")
    let cache = LinearCache(a: try c.require("A"), w: try c.require("W"), b: try c.require("b"))
    let (dAPrev, dW, db) = try impl.linearBackward(dZ: try c.require("dZ"), cache: cache)
    return [("dA_prev", NumericArray(dAPrev)), ("dW", NumericArray(dW)), ("db", NumericArray(db))]
  }

  /// `linear_activation_backward` with "sigmoid" and with "relu".
  public static let linearActivationBackward = GradedFunction("linear_activation_backward") { impl, fixtures in
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
  public static let lModelBackward = GradedFunction("L_model_backward") { impl, fixtures in
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

  /// `update_parameters(parameters, grads, 0.1)` → W1 b1 W2 b2.
  public static let updateParameters = GradedFunction("update_parameters") { impl, fixtures in
    let c = try fixtures.require("update_parameters")
    let parameters = try Parameters(Dictionary(uniqueKeysWithValues: c.arrays.filter { !$0.0.hasPrefix("d") }))
    let grads = try Gradients(Dictionary(uniqueKeysWithValues: c.arrays.filter { $0.0.hasPrefix("d") }))
    return parameterOutputs(try impl.updateParameters(parameters, grads: grads, learningRate: 0.1))
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
