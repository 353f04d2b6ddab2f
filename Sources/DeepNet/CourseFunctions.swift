/// Every graded function of the week-4 "Step by Step" notebook, as one implementation provides them.
///
/// `Conformance` grades any conforming value. The composite functions (`linear_activation_*`,
/// `L_model_*`) have default implementations written, as in the notebook, in terms of the
/// conformer's own primitives: a mistake in `linearBackward` therefore shows up in
/// `linearActivationBackward` and `lModelBackward` too, exactly as it would in a learner's notebook.
/// The dnn_utils helpers (`sigmoid`, `relu` and their backward functions) default to the course's.
public protocol CourseFunctions: Sendable {
  /// `sigmoid(Z)` → A (dnn_utils).
  func sigmoid(_ z: Matrix) throws -> Matrix
  /// `relu(Z)` → A (dnn_utils).
  func relu(_ z: Matrix) throws -> Matrix
  /// `sigmoid_backward(dA, cache)` → dZ (dnn_utils).
  func sigmoidBackward(dA: Matrix, cache z: Matrix) throws -> Matrix
  /// `relu_backward(dA, cache)` → dZ (dnn_utils).
  func reluBackward(dA: Matrix, cache z: Matrix) throws -> Matrix
  /// `initialize_parameters(n_x, n_h, n_y)`.
  func initializeParameters(nX: Int, nH: Int, nY: Int) throws -> Parameters
  /// `initialize_parameters_deep(layer_dims)`.
  func initializeParametersDeep(_ layerDims: [Int]) throws -> Parameters
  /// `linear_forward(A, W, b)` → (Z, cache).
  func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache)
  /// `linear_activation_forward(A_prev, W, b, activation)` → (A, cache).
  func linearActivationForward(
    aPrev: Matrix, w: Matrix, b: Matrix, activation: Activation
  ) throws -> (a: Matrix, cache: LayerCache)
  /// `L_model_forward(X, parameters)` → (AL, caches).
  func lModelForward(x: Matrix, parameters: Parameters) throws -> (al: Matrix, caches: [LayerCache])
  /// `compute_cost(AL, Y)` → cost.
  func computeCost(al: Matrix, y: Matrix) throws -> Double
  /// `linear_backward(dZ, cache)` → (dA_prev, dW, db).
  func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix)
  /// `linear_activation_backward(dA, cache, activation)` → (dA_prev, dW, db).
  func linearActivationBackward(
    dA: Matrix, cache: LayerCache, activation: Activation
  ) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix)
  /// `L_model_backward(AL, Y, caches)` → grads.
  func lModelBackward(al: Matrix, y: Matrix, caches: [LayerCache]) throws -> Gradients
  /// `update_parameters(parameters, grads, learning_rate)`.
  func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters
  /// How this implementation names grads' `dA` entries (the notebook editions differ).
  var gradientKeyConvention: GradientKeyConvention { get }
}

extension CourseFunctions {
  public func sigmoid(_ z: Matrix) throws -> Matrix { DeepNet.sigmoid(z).a }

  public func relu(_ z: Matrix) throws -> Matrix { DeepNet.relu(z).a }

  public func sigmoidBackward(dA: Matrix, cache z: Matrix) throws -> Matrix {
    try DeepNet.sigmoidBackward(dA: dA, cache: z)
  }

  public func reluBackward(dA: Matrix, cache z: Matrix) throws -> Matrix {
    try DeepNet.reluBackward(dA: dA, cache: z)
  }

  public var gradientKeyConvention: GradientKeyConvention { .blog }

  /// The notebook's composition: `linear_forward`, then `sigmoid` or `relu`; the cache is
  /// `(linear_cache, Z)`.
  public func linearActivationForward(
    aPrev: Matrix, w: Matrix, b: Matrix, activation: Activation
  ) throws -> (a: Matrix, cache: LayerCache) {
    let (z, linearCache) = try linearForward(a: aPrev, w: w, b: b)
    let a = activation == .sigmoid ? try sigmoid(z) : try relu(z)
    return (a, LayerCache(linear: linearCache, z: z))
  }

  /// [LINEAR → RELU] × (L-1) → LINEAR → SIGMOID, keeping every layer's cache (layer 1 first).
  public func lModelForward(x: Matrix, parameters: Parameters) throws -> (al: Matrix, caches: [LayerCache]) {
    let layers = parameters.layers
    guard let last = layers.last else { throw ModelError.noLayers }
    var caches: [LayerCache] = []
    caches.reserveCapacity(layers.count)
    var a = x
    for layer in layers.dropLast() {
      let (next, cache) = try linearActivationForward(aPrev: a, w: layer.w, b: layer.b, activation: .relu)
      caches.append(cache)
      a = next
    }
    let (al, cache) = try linearActivationForward(aPrev: a, w: last.w, b: last.b, activation: .sigmoid)
    caches.append(cache)
    return (al, caches)
  }

  /// `relu_backward` or `sigmoid_backward` on the cached `Z`, then `linear_backward`.
  public func linearActivationBackward(
    dA: Matrix, cache: LayerCache, activation: Activation
  ) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    let dZ = activation == .relu
      ? try reluBackward(dA: dA, cache: cache.z) : try sigmoidBackward(dA: dA, cache: cache.z)
    return try linearBackward(dZ: dZ, cache: cache.linear)
  }

  /// `Y` reshaped to `AL`'s shape, `dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))`, the
  /// sigmoid layer, then the relu layers from L-1 down to 1.
  public func lModelBackward(al: Matrix, y: Matrix, caches: [LayerCache]) throws -> Gradients {
    guard let lastCache = caches.last else { throw ModelError.noLayers }
    let y = try y.reshaped(al.shape)
    let dAL = try -(y / al - (1.0 - y) / (1.0 - al))
    var layers: [Gradients.Layer] = []
    layers.reserveCapacity(caches.count)
    var grad = try linearActivationBackward(dA: dAL, cache: lastCache, activation: .sigmoid)
    layers.append(Gradients.Layer(dAPrev: grad.dAPrev, dW: grad.dW, db: grad.db))
    for cache in caches.dropLast().reversed() {
      grad = try linearActivationBackward(dA: grad.dAPrev, cache: cache, activation: .relu)
      layers.append(Gradients.Layer(dAPrev: grad.dAPrev, dW: grad.dW, db: grad.db))
    }
    return Gradients(layers: layers.reversed(), convention: gradientKeyConvention)
  }
}

/// The course's own implementation (DeepNet's functions), edition `blog` by default.
public struct NotebookFunctions: CourseFunctions {
  /// How grads' `dA` entries are named.
  public var gradientKeyConvention: GradientKeyConvention
  /// Where `compute_cost` applies the 1/m (the editions differ in the last bit).
  public var costOrder: CostOrder

  /// The reference implementation with the given grads key convention and cost order.
  public init(gradientKeyConvention: GradientKeyConvention = .blog, costOrder: CostOrder = .sumOverM) {
    self.gradientKeyConvention = gradientKeyConvention
    self.costOrder = costOrder
  }

  public func initializeParameters(nX: Int, nH: Int, nY: Int) throws -> Parameters {
    try DeepNet.initializeParameters(nX: nX, nH: nH, nY: nY)
  }

  public func initializeParametersDeep(_ layerDims: [Int]) throws -> Parameters {
    try DeepNet.initializeParametersDeep(layerDims)
  }

  public func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    try DeepNet.linearForward(a: a, w: w, b: b)
  }

  public func computeCost(al: Matrix, y: Matrix) throws -> Double {
    try DeepNet.computeCost(al: al, y: y, order: costOrder)
  }

  public func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    try DeepNet.linearBackward(dZ: dZ, cache: cache)
  }

  public func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    try DeepNet.updateParameters(parameters, grads: grads, learningRate: learningRate)
  }
}

/// Thrown by a function a learner has not written yet (the template's stubs); the grader reports
/// it as "not implemented" rather than as a failure of the arithmetic.
public struct NotImplemented: Error, CustomStringConvertible, Sendable {
  /// The notebook name of the function.
  public let function: String

  /// The error for `function`.
  public init(_ function: String) { self.function = function }

  public var description: String { "\(function) is not implemented yet" }
}
