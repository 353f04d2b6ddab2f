#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Week 2, "Logistic Regression with a Neural Network mindset": the notebook's six functions over
/// `Matrix`, as the course's solution writes them (w is a column `(dim, 1)`, b a scalar).
public enum LogisticRegression {
  /// The gradients `propagate` returns: `dw` (dim, 1) and the scalar `db`.
  public struct Gradients: Sendable, Equatable {
    /// `dw = np.dot(X, (A - Y).T) / m`.
    public var dw: Matrix
    /// `db = np.sum(A - Y) / m`.
    public var db: Double

    /// Gradients.
    public init(dw: Matrix, db: Double) {
      self.dw = dw
      self.db = db
    }
  }

  /// What `optimize` returns: the learned `w`, `b`, the last gradients and the cost logged every
  /// 100 iterations.
  public struct Optimized: Sendable, Equatable {
    /// `params["w"]`.
    public var w: Matrix
    /// `params["b"]`.
    public var b: Double
    /// `grads` of the last iteration.
    public var grads: Gradients
    /// `costs`: the cost of iterations 0, 100, 200, …
    public var costs: [Double]
  }

  /// `sigmoid(z) = 1 / (1 + np.exp(-z))`, elementwise.
  public static func sigmoid(_ z: Matrix) -> Matrix {
    z.map { 1 / (1 + exp(-$0)) }
  }

  /// `initialize_with_zeros(dim)`: w = np.zeros((dim, 1)), b = 0.
  public static func initializeWithZeros(dim: Int) -> (w: Matrix, b: Double) {
    (Matrix(rows: dim, cols: 1), 0)
  }

  /// `propagate(w, b, X, Y)`: A = sigmoid(w.T·X + b), the cross-entropy cost
  /// `-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m`, and its gradients.
  /// `slips` makes the classic mistakes on purpose (the diagnosis's variants).
  public static func propagate(w: Matrix, b: Double, x: Matrix, y: Matrix, slips: Slips = []) throws(ShapeError)
    -> (grads: Gradients, cost: Double)
  {
    let m = Double(x.cols)
    let a = sigmoid(try dot(w.transposed(), x) + b)
    let terms = try y * a.log() + (1.0 - y) * (1.0 - a).log()
    let cost = (slips.contains(.costWithoutMinus) ? terms.sum() : -terms.sum()) / m
    let error = try a - y
    let dw = try dot(x, transposing: error) / (slips.contains(.dwWithoutMean) ? 1 : m)
    return (Gradients(dw: dw, db: error.sum() / (slips.contains(.dbWithoutMean) ? 1 : m)), cost)
  }

  /// `optimize(w, b, X, Y, num_iterations, learning_rate)`: gradient descent, the cost recorded when
  /// `i % 100 == 0`.
  public static func optimize(
    w: Matrix, b: Double, x: Matrix, y: Matrix, numIterations: Int, learningRate: Double, slips: Slips = []
  ) throws(ShapeError) -> Optimized {
    var w = w, b = b
    var grads = Gradients(dw: Matrix(rows: w.rows, cols: 1), db: 0)
    var costs: [Double] = []
    for i in 0..<numIterations {
      let (g, cost) = try propagate(w: w, b: b, x: x, y: y, slips: slips)
      grads = g
      let step = slips.contains(.updatePlus) ? -learningRate : learningRate
      w = try w - step * g.dw
      b = b - step * g.db
      if i % 100 == 0 { costs.append(cost) }
    }
    return Optimized(w: w, b: b, grads: grads, costs: costs)
  }

  /// `predict(w, b, X)`: 1 where sigmoid(w.T·X + b) > 0.5, else 0, shape (1, m).
  public static func predict(w: Matrix, b: Double, x: Matrix, slips: Slips = []) throws(ShapeError) -> Matrix {
    let z = try dot(w.transposed(), x) + b
    return (slips.contains(.thresholdOnZ) ? z : sigmoid(z)).map { $0 > 0.5 ? 1 : 0 }
  }

  /// The accuracy the notebook prints: `100 - np.mean(np.abs(prediction - Y)) * 100` (percent).
  public static func accuracy(prediction: Matrix, y: Matrix) throws(ShapeError) -> Double {
    let wrong = try (prediction - y).map { Swift.abs($0) }
    return 100 - wrong.sum() / Double(y.cols) * 100
  }
}
