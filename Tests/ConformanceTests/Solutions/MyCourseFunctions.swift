import DeepNet
import NumPyRandom

/// Your implementation of the week-4 "Building your Deep Neural Network: Step by Step" functions.
///
/// Replace each `throw NotImplemented(...)` with your code; `swift test` grades every function
/// against the notebook's expected outputs and names common mistakes. Everything you need is in
/// this file's comments: the notebook gives the formulas, these comments give the Swift for them.
///
/// ## Matrix (a NumPy 2-d array of Double)
/// - `Matrix(rows: 2, cols: 3, data: [1, 2, 3, 4, 5, 6])` (row-major: row 0 is 1, 2, 3);
///   `Matrix([[1, 2, 3], [4, 5, 6]])` is the same; `Matrix(rows: n, cols: 1)` is
///   `np.zeros((n, 1))`.
/// - `m.rows`, `m.cols` (`m.shape[0]`, `m.shape[1]`), `m.shape`, `m[r, c]`, `m.data`.
/// - `dot(a, b)` is `np.dot(a, b)`; `dot(a, transposing: b)` is `np.dot(a, b.T)`;
///   `m.transposed()` is `m.T`.
/// - `a + b`, `a - b`, `a * b`, `a / b`: element-wise, broadcasting like NumPy (a (n, 1) column
///   against an (n, m) matrix); a `Double` on either side works too (`2.0 * m`, `1.0 - m`); `-m`.
/// - `m.exp()`, `m.log()`: `np.exp`, `np.log`; `m.maximum(0.5)`: `np.maximum(0.5, m)`.
/// - `m.sum()`: `np.sum(m)` (a `Double`); `m.rowSums()`: `np.sum(m, axis=1, keepdims=True)`.
/// - `m.reshaped(other.shape)`: `m.reshape(other.shape)`.
/// - `m.zeroed(where: mask) { $0 > 5 }`: a copy of `m` with 0 wherever the element of `mask` at
///   the same place passes the test (`m2 = m.copy(); m2[mask > 5] = 0`).
/// - An operation that can fail on shapes `throws`: write `try` in front.
///
/// ## Random numbers
/// `np.random.seed(1)` then `np.random.randn(4, 3)` is, bit for bit,
/// `var rng = RandomState(seed: 1)` then `Matrix(rows: 4, cols: 3, data: rng.randn(4, 3))`;
/// keep using the same `rng` for the next draws, as NumPy keeps its stream.
///
/// ## What the functions return
/// - `parameters`: `Parameters(layers: [Parameters.Layer(w: w1, b: b1), Parameters.Layer(w: w2, b: b2)])`,
///   layer 1 first; read `parameters.layers[0].w` (`parameters["W1"]`), `.b`, `parameters.layers.count` (L).
/// - `linear_cache = (A, W, b)`: `LinearCache(a: a, w: w, b: b)`; read `cache.a`, `cache.w`, `cache.b`.
/// - `cache = (linear_cache, activation_cache)`: `LayerCache(linear: linearCache, z: z)`; read
///   `cache.linear`, `cache.z`.
/// - `grads`: `Gradients(layers: [g1, g2], convention: gradientKeyConvention)`, layer 1 first, with
///   `g1 = Gradients.Layer(dAPrev: dA0, dW: dW1, db: db1)`: what going back through layer 1 gave
///   (`dAPrev` is that layer's `dA_prev`). Read `grads.layers[0].dW`, `.db`, `.dAPrev` (optional).
/// - A tuple: `return (z, cache)`, `return (dAPrev, dW, db)`.
/// - `activation == .relu` or `.sigmoid` tells the two activations apart.
public struct MyCourseFunctions: CourseFunctions {
  /// Your implementation.
  public init() {}

  /// `sigmoid(Z)`: A = 1 / (1 + e^(−Z)), element-wise. Return A.
  public func sigmoid(_ z: Matrix) throws -> Matrix {
    return 1.0 / (1.0 + (-z).exp())
  }

  /// `relu(Z)`: A = max(0, Z), element-wise. Return A.
  public func relu(_ z: Matrix) throws -> Matrix {
    return z.maximum(0)
  }

  /// `sigmoid_backward(dA, cache)`: with s = sigmoid(Z) computed from the cached `z`,
  /// dZ = dA * s * (1 − s), multiplied in that order. Return dZ.
  public func sigmoidBackward(dA: Matrix, cache z: Matrix) throws -> Matrix {
    let s = 1.0 / (1.0 + (-z).exp())
    return try dA * s * (1.0 - s)
  }

  /// `relu_backward(dA, cache)`: dZ is a copy of dA, set to 0 where the relu's slope is 0
  /// (where Z ≤ 0; think about Z exactly 0). Return dZ.
  public func reluBackward(dA: Matrix, cache z: Matrix) throws -> Matrix {
    return try dA.zeroed(where: z) { $0 <= 0 }
  }

  /// `initialize_parameters(n_x, n_h, n_y)`: seed 1, then W1 = randn(n_h, n_x) * 0.01, b1 zeros
  /// (n_h, 1), W2 = randn(n_y, n_h) * 0.01, b2 zeros (n_y, 1), drawn in that order.
  public func initializeParameters(nX: Int, nH: Int, nY: Int) throws -> Parameters {
    var rng = RandomState(seed: 1)
    let w1 = Matrix(rows: nH, cols: nX, data: rng.randn(nH, nX)) * 0.01
    let b1 = Matrix(rows: nH, cols: 1)
    let w2 = Matrix(rows: nY, cols: nH, data: rng.randn(nY, nH)) * 0.01
    let b2 = Matrix(rows: nY, cols: 1)
    return Parameters(layers: [Parameters.Layer(w: w1, b: b1), Parameters.Layer(w: w2, b: b2)])
  }

  /// `initialize_parameters_deep(layer_dims)`: seed 3, then for l = 1 … L−1
  /// W[l] = randn(layer_dims[l], layer_dims[l−1]) * 0.01 and b[l] zeros (layer_dims[l], 1).
  public func initializeParametersDeep(_ layerDims: [Int]) throws -> Parameters {
    var rng = RandomState(seed: 3)
    var layers: [Parameters.Layer] = []
    for l in 1..<layerDims.count {
      let w = Matrix(rows: layerDims[l], cols: layerDims[l - 1], data: rng.randn(layerDims[l], layerDims[l - 1])) * 0.01
      let b = Matrix(rows: layerDims[l], cols: 1)
      layers.append(Parameters.Layer(w: w, b: b))
    }
    return Parameters(layers: layers)
  }

  /// `linear_forward(A, W, b)`: Z = W·A + b; the cache keeps (A, W, b).
  public func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    let z = try dot(w, a) + b
    return (z, LinearCache(a: a, w: w, b: b))
  }

  /// `linear_activation_forward(A_prev, W, b, activation)`: your `linearForward`, then your
  /// `sigmoid` or `relu` on Z; the cache keeps (linear_cache, Z).
  public func linearActivationForward(
    aPrev: Matrix, w: Matrix, b: Matrix, activation: Activation
  ) throws -> (a: Matrix, cache: LayerCache) {
    let (z, linearCache) = try linearForward(a: aPrev, w: w, b: b)
    let a = activation == .relu ? try relu(z) : try sigmoid(z)
    return (a, LayerCache(linear: linearCache, z: z))
  }

  /// `L_model_forward(X, parameters)`: [LINEAR → RELU] × (L−1) → LINEAR → SIGMOID with your
  /// `linearActivationForward`; return AL and every layer's cache, layer 1 first.
  public func lModelForward(x: Matrix, parameters: Parameters) throws -> (al: Matrix, caches: [LayerCache]) {
    var caches: [LayerCache] = []
    var a = x
    let L = parameters.layers.count
    for l in 0..<(L - 1) {
      let (next, cache) = try linearActivationForward(
        aPrev: a, w: parameters.layers[l].w, b: parameters.layers[l].b, activation: .relu)
      caches.append(cache)
      a = next
    }
    let (al, cache) = try linearActivationForward(
      aPrev: a, w: parameters.layers[L - 1].w, b: parameters.layers[L - 1].b, activation: .sigmoid)
    caches.append(cache)
    return (al, caches)
  }

  /// `compute_cost(AL, Y)`: −(1/m) Σ (y·log(aL) + (1−y)·log(1−aL)), m = the number of examples
  /// (columns of Y). Return the cost as a `Double`.
  public func computeCost(al: Matrix, y: Matrix) throws -> Double {
    let m = Double(y.cols)
    return try (-1.0 / m) * (y * al.log() + (1.0 - y) * (1.0 - al).log()).sum()
  }

  /// `linear_backward(dZ, cache)`: with m = the number of examples (columns of A_prev),
  /// dW = (1/m) dZ·A_prevᵀ, db = (1/m) Σ over the examples of dZ (a column), dA_prev = Wᵀ·dZ.
  public func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    let aPrev = cache.a
    let m = Double(aPrev.cols)
    let dW = try (1.0 / m) * dot(dZ, transposing: aPrev)
    let db = (1.0 / m) * dZ.rowSums()
    let dAPrev = try dot(cache.w.transposed(), dZ)
    return (dAPrev, dW, db)
  }

  /// `linear_activation_backward(dA, cache, activation)`: your `reluBackward` or
  /// `sigmoidBackward` on the cached Z, then your `linearBackward` on the linear cache.
  public func linearActivationBackward(
    dA: Matrix, cache: LayerCache, activation: Activation
  ) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    let dZ = activation == .relu
      ? try reluBackward(dA: dA, cache: cache.z)
      : try sigmoidBackward(dA: dA, cache: cache.z)
    return try linearBackward(dZ: dZ, cache: cache.linear)
  }

  /// `L_model_backward(AL, Y, caches)`: Y reshaped to AL's shape,
  /// dAL = −(Y / AL − (1 − Y) / (1 − AL)), then back through the sigmoid layer L and the relu
  /// layers L−1 … 1 with your `linearActivationBackward`. Return every layer's gradients,
  /// layer 1 first (this edition stores layer l's dA_prev under grads["dA" + l]).
  public func lModelBackward(al: Matrix, y: Matrix, caches: [LayerCache]) throws -> Gradients {
    let L = caches.count
    let y = try y.reshaped(al.shape)
    let dAL = try -(y / al - (1.0 - y) / (1.0 - al))
    var layers: [Gradients.Layer] = []
    let last = try linearActivationBackward(dA: dAL, cache: caches[L - 1], activation: .sigmoid)
    layers.append(Gradients.Layer(dAPrev: last.dAPrev, dW: last.dW, db: last.db))
    var dA = last.dAPrev
    for l in stride(from: L - 2, through: 0, by: -1) {
      let g = try linearActivationBackward(dA: dA, cache: caches[l], activation: .relu)
      layers.insert(Gradients.Layer(dAPrev: g.dAPrev, dW: g.dW, db: g.db), at: 0)
      dA = g.dAPrev
    }
    return Gradients(layers: layers, convention: gradientKeyConvention)
  }

  /// `update_parameters(parameters, grads, learning_rate)`: for every layer
  /// W = W − learning_rate · dW and b = b − learning_rate · db.
  public func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    var layers: [Parameters.Layer] = []
    for (p, g) in zip(parameters.layers, grads.layers) {
      layers.append(Parameters.Layer(w: try p.w - learningRate * g.dW, b: try p.b - learningRate * g.db))
    }
    return Parameters(layers: layers)
  }
}
