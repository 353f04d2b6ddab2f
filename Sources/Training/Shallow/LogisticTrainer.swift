import DeepNet

/// Week 2's `model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate)`: logistic
/// regression from w = 0, b = 0, fast.
///
/// w starts at zero and every step subtracts `lr/m · X·(A − Y)ᵀ`, so w stays `X·c` for a vector c
/// of one coefficient per example, and `w.T·X = c.T·G` with the Gram matrix G = `X.T @ X`
/// (209 × 209, NumPy's own rounding, see `GramMatrix`). Each iteration is then 209² multiply-adds
/// instead of two passes over the 20 MB X; w = X·c is built once at the end for the predictions.
/// The logged costs agree with the notebook's literal arithmetic to about 1e-15 relative (the
/// tests compare them with `LogisticRegression.optimize` and NumPy's run).
public struct LogisticTrainer: Sendable {
  /// What a run returns.
  public struct Result: Sendable {
    /// The cost at every `printEvery` multiple and at the last iteration.
    public var costs: [LoggedCost]
    /// The learned w (n_x × 1).
    public var w: Matrix
    /// The learned b.
    public var b: Double
    /// `Y_prediction_train` (1 × m).
    public var trainPrediction: Matrix
    /// `Y_prediction_test`.
    public var testPrediction: Matrix
    /// The notebook's "train accuracy" (percent).
    public var trainAccuracy: Double
    /// The notebook's "test accuracy" (percent).
    public var testAccuracy: Double
  }

  /// `learning_rate`.
  public var learningRate: Double
  /// `num_iterations`.
  public var iterations: Int
  /// Costs logged when `i % printEvery == 0` (and at the last iteration).
  public var printEvery: Int
  /// The last-bit choices (the reference run by default).
  public var rounding: Rounding

  /// The notebook's defaults: 2000 iterations at 0.005, the cost every 100.
  public init(learningRate: Double = 0.005, iterations: Int = 2000, printEvery: Int = 100, rounding: Rounding = .numpy) {
    self.learningRate = learningRate
    self.iterations = iterations
    self.printEvery = printEvery
    self.rounding = rounding
  }

  /// Trains on (x, y) and predicts both splits. `gram` may be passed in when several runs share X.
  public func train(x: Matrix, y: Matrix, testX: Matrix, testY: Matrix, gram: Matrix? = nil) throws -> Result {
    guard y.rows == 1, y.cols == x.cols, testX.rows == x.rows, testY.cols == testX.cols else {
      throw ShapeError(.notAligned, x.shape, y.shape)
    }
    let g = gram ?? Self.gram(of: x)
    let m = x.cols
    let scale = 1 / Double(m)
    var c = [Double](repeating: 0, count: m)
    var b = 0.0
    var z = [Double](repeating: 0, count: m), a = z, error = z, terms = z
    var costs: [LoggedCost] = []
    g.data.withUnsafeBufferPointer { gp in
      for i in 0..<iterations {
        c.withUnsafeBufferPointer { cp in
          rounding.combine(cp.baseAddress!, m, rows: gp.baseAddress!, stride: m, width: m, into: &z)
        }
        for j in 0..<m { a[j] = 1 / (1 + rounding.expOf(-(z[j] + b))) }
        if i % printEvery == 0 || i == iterations - 1 {
          for j in 0..<m { terms[j] = y.data[j] * rounding.logOf(a[j]) + (1 - y.data[j]) * rounding.logOf(1 - a[j]) }
          let cost = -scale * terms.withUnsafeBufferPointer(numpySum)
          costs.append(LoggedCost(iteration: i, cost: cost))
        }
        for j in 0..<m { error[j] = a[j] - y.data[j] }
        let db = scale * error.withUnsafeBufferPointer(numpySum)
        for j in 0..<m { c[j] = c[j] - learningRate * (scale * error[j]) }
        b = b - learningRate * db
      }
    }
    let w = try dot(x, Matrix(rows: m, cols: 1, data: c))
    let trainPrediction = try LogisticRegression.predict(w: w, b: b, x: x)
    let testPrediction = try LogisticRegression.predict(w: w, b: b, x: testX)
    return Result(
      costs: costs, w: w, b: b, trainPrediction: trainPrediction, testPrediction: testPrediction,
      trainAccuracy: try LogisticRegression.accuracy(prediction: trainPrediction, y: y),
      testAccuracy: try LogisticRegression.accuracy(prediction: testPrediction, y: testY))
  }

  /// G = X.T @ X as NumPy rounds it.
  public static func gram(of x: Matrix) -> Matrix {
    GramMatrix.of(x, threads: 2)
  }
}
