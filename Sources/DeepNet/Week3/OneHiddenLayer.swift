#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NumPyRandom

/// Week 3, "Planar data classification with one hidden layer": the notebook's functions over
/// `Matrix`, as the course's solution writes them. The network is LINEAR → TANH → LINEAR →
/// SIGMOID; parameters are `Parameters` with two layers (W1 b1, W2 b2).
public enum OneHiddenLayer {
  /// `cache`: Z1, A1, Z2, A2 of `forward_propagation`.
  public struct Cache: Sendable, Equatable {
    /// W1·X + b1.
    public var z1: Matrix
    /// tanh(Z1).
    public var a1: Matrix
    /// W2·A1 + b2.
    public var z2: Matrix
    /// sigmoid(Z2).
    public var a2: Matrix

    /// A cache.
    public init(z1: Matrix, a1: Matrix, z2: Matrix, a2: Matrix) {
      self.z1 = z1
      self.a1 = a1
      self.z2 = z2
      self.a2 = a2
    }
  }

  /// `layer_sizes(X, Y)`: (n_x, n_h, n_y) with the notebook's hidden size 4.
  public static func layerSizes(x: Matrix, y: Matrix) -> (nX: Int, nH: Int, nY: Int) {
    (x.rows, 4, y.rows)
  }

  /// `initialize_parameters(n_x, n_h, n_y)`: `np.random.seed(2)`, then W1 = randn(n_h, n_x)·0.01,
  /// b1 = zeros, W2 = randn(n_y, n_h)·0.01, b2 = zeros.
  public static func initializeParameters(nX: Int, nH: Int, nY: Int) -> Parameters {
    var rng = RandomState(seed: 2)
    return initializeParameters(nX: nX, nH: nH, nY: nY, rng: &rng)
  }

  /// The same draws from a caller's generator (the releases that seed outside the function).
  public static func initializeParameters(nX: Int, nH: Int, nY: Int, rng: inout RandomState) -> Parameters {
    let w1 = Matrix(rows: nH, cols: nX, data: rng.randn(nH, nX).map { $0 * 0.01 })
    let w2 = Matrix(rows: nY, cols: nH, data: rng.randn(nY, nH).map { $0 * 0.01 })
    return Parameters(layers: [
      .init(w: w1, b: Matrix(rows: nH, cols: 1)), .init(w: w2, b: Matrix(rows: nY, cols: 1)),
    ])
  }

  /// `forward_propagation(X, parameters)` → (A2, cache).
  public static func forwardPropagation(x: Matrix, parameters: Parameters, slips: Slips = []) throws -> (a2: Matrix, cache: Cache) {
    let (first, second) = try layers(parameters)
    let z1 = try dot(first.w, x) + first.b
    let a1 = slips.contains(.reluHidden) ? z1.maximum(0) : z1.map(tanh)
    let z2 = try dot(second.w, a1) + second.b
    let a2 = z2.map { 1 / (1 + exp(-$0)) }
    return (a2, Cache(z1: z1, a1: a1, z2: z2, a2: a2))
  }

  /// `compute_cost(A2, Y)`: `-np.sum(np.multiply(np.log(A2), Y) + np.multiply(1 - Y, np.log(1 - A2))) / m`.
  public static func computeCost(a2: Matrix, y: Matrix, slips: Slips = []) throws(ShapeError) -> Double {
    let terms = try a2.log() * y + (1.0 - y) * (1.0 - a2).log()
    return (slips.contains(.costWithoutMinus) ? terms.sum() : -terms.sum()) / Double(y.cols)
  }

  /// `backward_propagation(parameters, cache, X, Y)` → grads with layers (dW1, db1), (dW2, db2).
  public static func backwardPropagation(
    parameters: Parameters, cache: Cache, x: Matrix, y: Matrix, slips: Slips = []
  ) throws -> Gradients {
    let (_, second) = try layers(parameters)
    let m = Double(x.cols)
    let bias = slips.contains(.dbWithoutMean) ? 1 : 1 / m
    let dZ2 = try cache.a2 - y
    let dW2 = (1 / m) * (try dot(dZ2, transposing: cache.a1))
    let db2 = bias * dZ2.rowSums()
    let derivative = slips.contains(.dZ1WithoutSquare) ? 1.0 - cache.a1 : try 1.0 - cache.a1 * cache.a1
    let dZ1 = try dot(second.w.transposed(), dZ2) * derivative
    let dW1 = (1 / m) * (try dot(dZ1, transposing: x))
    let db1 = bias * dZ1.rowSums()
    return Gradients(layers: [.init(dAPrev: nil, dW: dW1, db: db1), .init(dAPrev: nil, dW: dW2, db: db2)])
  }

  /// `update_parameters(parameters, grads, learning_rate=1.2)`: θ = θ − learning_rate · dθ.
  public static func updateParameters(
    _ parameters: Parameters, grads: Gradients, learningRate: Double = 1.2, slips: Slips = []
  ) throws -> Parameters {
    var updated = parameters
    let step = slips.contains(.updatePlus) ? -learningRate : learningRate
    for l in updated.layers.indices {
      updated.layers[l].w = try updated.layers[l].w - step * grads.layers[l].dW
      updated.layers[l].b = try updated.layers[l].b - step * grads.layers[l].db
    }
    return updated
  }

  /// `nn_model(X, Y, n_h, num_iterations=10000)`: `np.random.seed(3)`, `initialize_parameters`,
  /// then gradient descent at learning rate 1.2; the cost of every iteration is passed to `log`
  /// (the notebook prints those with i % 1000 == 0). The weights are drawn from `drawSeed`: 2 where
  /// the release's initialize_parameters reseeds (until 2021), 3 (nn_model's own seed) after.
  public static func nnModel(
    x: Matrix, y: Matrix, nH: Int, numIterations: Int = 10000, learningRate: Double = 1.2, drawSeed: UInt32 = 2,
    slips: Slips = [], log: (Int, Double) -> Void = { _, _ in }
  ) throws -> Parameters {
    let sizes = layerSizes(x: x, y: y)
    var rng = RandomState(seed: drawSeed)
    var parameters = initializeParameters(nX: sizes.nX, nH: nH, nY: sizes.nY, rng: &rng)
    for i in 0..<numIterations {
      let (a2, cache) = try forwardPropagation(x: x, parameters: parameters, slips: slips)
      log(i, try computeCost(a2: a2, y: y, slips: slips))
      let grads = try backwardPropagation(parameters: parameters, cache: cache, x: x, y: y, slips: slips)
      parameters = try updateParameters(parameters, grads: grads, learningRate: learningRate, slips: slips)
    }
    return parameters
  }

  /// `predict(parameters, X)`: 1 where A2 > 0.5.
  public static func predict(parameters: Parameters, x: Matrix, slips: Slips = []) throws -> Matrix {
    try forwardPropagation(x: x, parameters: parameters, slips: slips).a2.map { $0 > 0.5 ? 1 : 0 }
  }

  /// The notebook's accuracy in percent:
  /// `(np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)) / Y.size * 100`.
  public static func accuracy(predictions: Matrix, y: Matrix) throws(ShapeError) -> Double {
    let right = try dot(y, transposing: predictions).data[0] + dot(1.0 - y, transposing: 1.0 - predictions).data[0]
    return right / Double(y.cols) * 100
  }

  private static func layers(_ parameters: Parameters) throws(ModelError) -> (Parameters.Layer, Parameters.Layer) {
    guard parameters.layers.count == 2 else { throw ModelError.layerCount(expected: 2, got: parameters.layers.count) }
    return (parameters.layers[0], parameters.layers[1])
  }
}
