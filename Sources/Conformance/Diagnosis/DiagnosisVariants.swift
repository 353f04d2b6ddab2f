import DeepNet

/// A catalogued mistake made on purpose in Swift: the course's own functions with one primitive
/// changed, so that the composites (written over the primitives) inherit it exactly as a
/// learner's notebook does. Running a variant through the same `GradedFunction` as the learner's
/// code and finding the same outputs is what names the mistake.
struct MistakeVariant: Sendable {
  /// The catalogue id.
  let id: String
  /// What went wrong, in a few plain words (completes "Looks like …").
  let headline: String
  /// The mistaken implementation, in the edition's grads key convention.
  let implementation: @Sendable (GradientKeyConvention) -> any CourseFunctions
  /// A change NumPy can make but a `Matrix` cannot (a 1-d `db`), applied to the outputs.
  let reshape: (@Sendable ([(String, NumericArray)]) -> [(String, NumericArray)])?
  /// Text of a Python error that this mistake produces (the notebook's own assert), if any.
  let errorMarkers: [String]
  /// Named also when only some outputs show it and the others are right (the mistake is often
  /// made on one line of several, e.g. on `W` but not on `b`).
  let partial: Bool

  init(
    _ id: String, _ headline: String, errorMarkers: [String] = [], partial: Bool = false,
    reshape: (@Sendable ([(String, NumericArray)]) -> [(String, NumericArray)])? = nil,
    implementation: @escaping @Sendable (GradientKeyConvention) -> any CourseFunctions
  ) {
    self.id = id
    self.headline = headline
    self.errorMarkers = errorMarkers
    self.partial = partial
    self.reshape = reshape
    self.implementation = implementation
  }

  /// Every mistake of `Fixtures/mistakes.json` that can be reproduced on the fixtures, plus the
  /// one that cannot (`relu_backward_strict`: same outputs as the notebook's, never reported).
  /// `init_deep_small_scale` has no variant: in Step by Step `randn * 0.01` is the right code.
  static let all: [MistakeVariant] = [
    MistakeVariant("db_without_mean", "db is missing the 1/m") { PrimitiveMistake(.dbWithoutMean, $0) },
    MistakeVariant(
      "db_without_keepdims", "db lost its column shape (np.sum without keepdims=True)",
      errorMarkers: ["db.shape == b.shape"], reshape: flattenBiasGradients
    ) { NotebookFunctions(gradientKeyConvention: $0) },
    MistakeVariant(
      "m_from_shape0", "m is A_prev.shape[0] (the units) instead of A_prev.shape[1] (the examples)"
    ) { PrimitiveMistake(.mFromShape0, $0) },
    MistakeVariant("relu_backward_strict", "dZ is zeroed only where Z < 0 (Z == 0 lets the gradient through)") {
      PrimitiveMistake(.reluBackwardStrict, $0)
    },
    MistakeVariant("sigmoid_backward_fed_A", "the cached Z is used as if it were A (Z * (1 - Z) instead of s * (1 - s))") {
      PrimitiveMistake(.sigmoidBackwardFedA, $0)
    },
    MistakeVariant("dAL_wrong_sign", "dAL is missing its leading minus") { DALWithoutMinus(gradientKeyConvention: $0) },
    MistakeVariant("update_plus", "the parameters move along the gradient (+) instead of against it (-)", partial: true) {
      PrimitiveMistake(.updatePlus, $0)
    },
    MistakeVariant("update_not_applied", "the parameters come back unchanged (the update is not stored in what is returned)") {
      PrimitiveMistake(.updateNotApplied, $0)
    },
    MistakeVariant("cost_without_minus", "the cost is missing its leading minus") { PrimitiveMistake(.costWithoutMinus, $0) },
    MistakeVariant("cost_without_mean", "the cost is summed but not divided by m") { PrimitiveMistake(.costWithoutMean, $0) },
    MistakeVariant("linear_forward_transposed", "Z comes out transposed (examples as rows)") {
      PrimitiveMistake(.linearForwardTransposed, $0)
    },
  ] + shallow

  /// Weeks 2 and 3: the course's solution with one slip.
  static let shallow: [MistakeVariant] = [
    ("lr_dw_without_mean", "dw is missing the 1/m", Slips.dwWithoutMean),
    ("lr_db_without_mean", "db is missing the 1/m", .dbWithoutMean),
    ("lr_cost_without_minus", "the cost is missing its leading minus", .costWithoutMinus),
    ("lr_update_plus", "w and b move along the gradient (+) instead of against it (-)", .updatePlus),
    ("lr_threshold_on_z", "predict thresholds w.T·X + b at 0.5 instead of its sigmoid A", .thresholdOnZ),
    ("planar_cost_without_minus", "the cost is missing its leading minus", .costWithoutMinus),
    ("planar_db_without_mean", "db1 and db2 are missing the 1/m", .dbWithoutMean),
    ("planar_dZ1_without_square", "dZ1 uses (1 - A1) instead of (1 - A1**2), the derivative of tanh", .dZ1WithoutSquare),
    ("planar_relu_hidden", "the hidden layer uses relu instead of tanh", .reluHidden),
    ("planar_update_plus", "the parameters move along the gradient (+) instead of against it (-)", .updatePlus),
    ("planar_unseeded_initialization", "initialize_parameters draws without its own np.random.seed(2)", .unseededInitialization),
  ].map { id, headline, slips in MistakeVariant(id, headline) { PrimitiveMistake(.shallow(slips), $0) } }

  /// `np.sum(dZ, axis=1)` without keepdims: every bias gradient as a 1-d array.
  static func flattenBiasGradients(_ outputs: [(String, NumericArray)]) -> [(String, NumericArray)] {
    outputs.map { name, value in
      let leaf = name.split(separator: ".").last.map(String.init) ?? name
      guard leaf.hasPrefix("db"), value.shape.count == 2 else { return (name, value) }
      return (name, NumericArray(shape: [value.shape[0]], data: value.data))
    }
  }
}

/// The course's functions with one primitive written as a learner might get it wrong.
struct PrimitiveMistake: NotebookDelegating {
  /// Which primitive is changed, and how.
  enum Change: Sendable, Equatable {
    case dbWithoutMean, mFromShape0, reluBackwardStrict, sigmoidBackwardFedA, updatePlus, updateNotApplied
    case costWithoutMinus, costWithoutMean, linearForwardTransposed
    /// A week-2 or week-3 slip (those functions take their mistakes as `Slips`).
    case shallow(Slips)
  }

  /// The week-2 and week-3 slips this variant makes.
  var slips: Slips {
    if case .shallow(let slips) = change { return slips }
    return []
  }

  let change: Change
  let gradientKeyConvention: GradientKeyConvention

  init(_ change: Change, _ convention: GradientKeyConvention) {
    self.change = change
    gradientKeyConvention = convention
  }

  var notebook: NotebookFunctions { NotebookFunctions(gradientKeyConvention: gradientKeyConvention) }

  func sigmoidBackward(dA: Matrix, cache z: Matrix) throws -> Matrix {
    guard change == .sigmoidBackwardFedA else { return try DeepNet.sigmoidBackward(dA: dA, cache: z) }
    return try (dA * z) * (1.0 - z)  // A = cache; dZ = dA * A * (1 - A), but the cache is Z
  }

  func reluBackward(dA: Matrix, cache z: Matrix) throws -> Matrix {
    guard change == .reluBackwardStrict else { return try DeepNet.reluBackward(dA: dA, cache: z) }
    return try dA.zeroed(where: z) { $0 < 0 }  // dZ[Z < 0] = 0
  }

  func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    let (z, cache) = try notebook.linearForward(a: a, w: w, b: b)
    return change == .linearForwardTransposed ? (z.transposed(), cache) : (z, cache)  // return Z.T, cache
  }

  func computeCost(al: Matrix, y: Matrix) throws -> Double {
    let m = Double(y.cols)
    let terms = try al.log() * y + (1.0 - al).log() * (1.0 - y)
    switch change {
    case .costWithoutMinus: return terms.sum() / m  // np.sum(...) / m
    case .costWithoutMean: return -terms.sum()  // -np.sum(...)
    default: return try notebook.computeCost(al: al, y: y)
    }
  }

  func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    switch change {
    case .dbWithoutMean:  // db = np.sum(dZ, axis=1, keepdims=True)
      let (dAPrev, dW, _) = try notebook.linearBackward(dZ: dZ, cache: cache)
      return (dAPrev, dW, dZ.rowSums())
    case .mFromShape0:  // m = A_prev.shape[0]
      let m = Double(cache.a.rows)
      return (try dot(cache.w.transposed(), dZ), try dot(dZ, transposing: cache.a) / m, dZ.rowSums() / m)
    default:
      return try notebook.linearBackward(dZ: dZ, cache: cache)
    }
  }

  func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    if change == .updateNotApplied { return parameters }
    guard change == .updatePlus else { return try notebook.updateParameters(parameters, grads: grads, learningRate: learningRate) }
    var updated = parameters
    for l in updated.layers.indices where l < grads.layers.count {
      updated.layers[l].w = try updated.layers[l].w + learningRate * grads.layers[l].dW
      updated.layers[l].b = try updated.layers[l].b + learningRate * grads.layers[l].db
    }
    return updated
  }
}

/// The course's functions with `dAL = np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)` in
/// `L_model_backward` (the leading minus dropped).
struct DALWithoutMinus: NotebookDelegating {
  let gradientKeyConvention: GradientKeyConvention

  var notebook: NotebookFunctions { NotebookFunctions(gradientKeyConvention: gradientKeyConvention) }

  func lModelBackward(al: Matrix, y: Matrix, caches: [LayerCache]) throws -> Gradients {
    guard let lastCache = caches.last else { throw ModelError.noLayers }
    let y = try y.reshaped(al.shape)
    let dAL = try y / al - (1.0 - y) / (1.0 - al)
    var grad = try linearActivationBackward(dA: dAL, cache: lastCache, activation: .sigmoid)
    var layers = [Gradients.Layer(dAPrev: grad.dAPrev, dW: grad.dW, db: grad.db)]
    for cache in caches.dropLast().reversed() {
      grad = try linearActivationBackward(dA: grad.dAPrev, cache: cache, activation: .relu)
      layers.append(Gradients.Layer(dAPrev: grad.dAPrev, dW: grad.dW, db: grad.db))
    }
    return Gradients(layers: layers.reversed(), convention: gradientKeyConvention)
  }
}

/// A conformer that is the course's solution wherever it does not say otherwise: the primitives
/// it leaves out are `notebook`'s (the diagnosis's variants, the tests' planted mistakes).
protocol NotebookDelegating: CourseFunctions {
  /// The course's solution it departs from.
  var notebook: NotebookFunctions { get }
}

extension NotebookDelegating {
  func initializeParameters(nX: Int, nH: Int, nY: Int) throws -> Parameters {
    try notebook.initializeParameters(nX: nX, nH: nH, nY: nY)
  }

  func initializeParametersDeep(_ layerDims: [Int]) throws -> Parameters { try notebook.initializeParametersDeep(layerDims) }

  func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    try notebook.linearForward(a: a, w: w, b: b)
  }

  func computeCost(al: Matrix, y: Matrix) throws -> Double { try notebook.computeCost(al: al, y: y) }

  func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    try notebook.linearBackward(dZ: dZ, cache: cache)
  }

  func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    try notebook.updateParameters(parameters, grads: grads, learningRate: learningRate)
  }
}
