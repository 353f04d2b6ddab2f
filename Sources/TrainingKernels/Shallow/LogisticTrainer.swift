import DeepNet
import TrainingTypes

extension LogisticTrainer {
  /// Trains on (x, y) and predicts both splits. `gram` may be passed in when several runs share X.
  func run(x: Matrix, y: Matrix, testX: Matrix, testY: Matrix, gram: Matrix? = nil) throws -> Result {
    guard y.rows == 1, y.cols == x.cols, testX.rows == x.rows, testY.cols == testX.cols else {
      throw ShapeError(.notAligned, x.shape, y.shape)
    }
    let g = gram ?? Self.gramMatrix(of: x)
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
  static func gramMatrix(of x: Matrix) -> Matrix {
    GramMatrix.of(x, threads: 2)
  }
}
