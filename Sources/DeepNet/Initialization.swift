import NumPyRandom

/// How initial weights are scaled from standard normal draws.
public enum InitScaling: Sendable, Equatable {
  /// `np.random.randn(n, n_prev) * 0.01` (Step by Step; the Application's 2-layer model).
  case small
  /// `np.random.randn(n, n_prev) / np.sqrt(n_prev)` (the Application's deep initialiser);
  /// a true division by the correctly rounded square root, as NumPy does.
  case sqrt
}

/// `initialize_parameters(n_x, n_h, n_y)`: seeds 1, then W1 = randn(n_h, n_x)*0.01,
/// b1 = zeros, W2 = randn(n_y, n_h)*0.01, b2 = zeros.
///
/// The notebook seeds 1 right before (inside the function, or just above it in the blog), so
/// seeding here gives the published W1 and W2.
public func initializeParameters(nX: Int, nH: Int, nY: Int) throws(ModelError) -> Parameters {
  var rng = RandomState(seed: 1)
  return try initializeParameters(layerDims: [nX, nH, nY], scaling: .small, rng: &rng)
}

/// `initialize_parameters_deep(layer_dims)` of Step by Step: seeds 3, then for each layer l
/// `W<l> = randn(layer_dims[l], layer_dims[l-1]) * 0.01` and `b<l>` zeros.
public func initializeParametersDeep(_ layerDims: [Int]) throws(ModelError) -> Parameters {
  var rng = RandomState(seed: 3)
  return try initializeParameters(layerDims: layerDims, scaling: .small, rng: &rng)
}

/// The general initialiser both notebooks' functions are instances of: for l = 1 … L-1 draws
/// `W<l>` (layerDims[l] × layerDims[l-1]) from `rng`, scaled by `scaling`, with zero `b<l>`,
/// in the notebook's order (W1, W2, …: biases take no draws) and without reseeding.
///
/// `np.random.seed(N)` followed by the notebook's function is `RandomState(seed: N)` then this.
public func initializeParameters(
  layerDims: [Int], scaling: InitScaling, rng: inout RandomState
) throws(ModelError) -> Parameters {
  guard layerDims.count >= 2, layerDims.allSatisfy({ $0 >= 0 }) else {
    throw .invalidLayerDims(layerDims)
  }
  var layers: [Parameters.Layer] = []
  for l in 1..<layerDims.count {
    let draws = randomNormalMatrix(layerDims[l], layerDims[l - 1], using: &rng)
    let w: Matrix
    switch scaling {
    case .small: w = draws * 0.01
    case .sqrt: w = draws / Double(layerDims[l - 1]).squareRoot()
    }
    layers.append(Parameters.Layer(w: w, b: Matrix(rows: layerDims[l], cols: 1, repeating: 0)))
  }
  return Parameters(layers: layers)
}
