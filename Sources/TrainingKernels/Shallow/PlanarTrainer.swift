import DeepNet
import NumPyRandom
import TrainingTypes

extension PlanarTrainer {
  /// Trains on (x, y): x is n_x × m, y 1 × m.
  func run(x: Matrix, y: Matrix) throws -> Result {
    guard y.rows == 1, y.cols == x.cols else { throw ShapeError(.notAligned, x.shape, y.shape) }
    var rng = RandomState(seed: drawSeed)
    var initial = OneHiddenLayer.initializeParameters(nX: x.rows, nH: hiddenUnits, nY: 1, rng: &rng)
    if let index = rounding.nudgedWeight, initial.layers[0].w.data.indices.contains(index) {
      initial.layers[0].w.data[index] = initial.layers[0].w.data[index].nextUp
    }
    var state = State(parameters: initial, examples: x.cols)
    var costs: [LoggedCost] = []
    for i in 0..<iterations {
      let logged = i % printEvery == 0 || i == iterations - 1
      if let cost = state.step(x: x, y: y, learningRate: learningRate, rounding: rounding, cost: logged) {
        costs.append(LoggedCost(iteration: i, cost: cost))
      }
    }
    let parameters = state.parameters
    let predictions = try OneHiddenLayer.predict(parameters: parameters, x: x)
    return Result(
      costs: costs, parameters: parameters, predictions: predictions,
      accuracy: try OneHiddenLayer.accuracy(predictions: predictions, y: y))
  }
}

/// The arrays of one run, reused every iteration.
private struct State {
  var w1: [Double], b1: [Double], w2: [Double], b2: Double
  let nH: Int, nX: Int, m: Int
  var z1: [Double], a1: [Double], a2: [Double], dZ2: [Double], dZ1: [Double], terms: [Double]
  var dW1: [Double], dW2: [Double], db1: [Double]

  init(parameters: Parameters, examples m: Int) {
    let first = parameters.layers[0], second = parameters.layers[1]
    nH = first.w.rows
    nX = first.w.cols
    self.m = m
    w1 = first.w.data
    b1 = first.b.data
    w2 = second.w.data
    b2 = second.b.data[0]
    z1 = [Double](repeating: 0, count: nH * m)
    a1 = z1
    dZ1 = z1
    a2 = [Double](repeating: 0, count: m)
    dZ2 = a2
    terms = a2
    dW1 = [Double](repeating: 0, count: nH * nX)
    dW2 = [Double](repeating: 0, count: nH)
    db1 = [Double](repeating: 0, count: nH)
  }

  var parameters: Parameters {
    Parameters(layers: [
      .init(w: Matrix(rows: nH, cols: nX, data: w1), b: Matrix(rows: nH, cols: 1, data: b1)),
      .init(w: Matrix(rows: 1, cols: nH, data: w2), b: Matrix(rows: 1, cols: 1, data: [b2])),
    ])
  }

  /// One iteration: forward, the cost if asked, backward, update.
  mutating func step(x: Matrix, y: Matrix, learningRate: Double, rounding: Rounding, cost wanted: Bool) -> Double? {
    let scale = 1 / Double(m)
    x.data.withUnsafeBufferPointer { xp in
      let xs = xp.baseAddress!
      // Z1 = np.dot(W1, X) + b1; A1 = np.tanh(Z1)
      for r in 0..<nH {
        z1.withUnsafeMutableBufferPointer { zp in
          let row = zp.baseAddress! + r * m
          w1.withUnsafeBufferPointer { wp in
            rounding.combine(wp.baseAddress! + r * nX, nX, rows: xs, stride: m, width: m, into: row)
          }
          for j in 0..<m { row[j] = row[j] + b1[r] }
        }
      }
      for k in 0..<(nH * m) { a1[k] = rounding.tanhOf(z1[k]) }
      // Z2 = np.dot(W2, A1) + b2; A2 = sigmoid(Z2)
      a1.withUnsafeBufferPointer { ap in
        w2.withUnsafeBufferPointer { wp in
          a2.withUnsafeMutableBufferPointer { out in
            rounding.combine(wp.baseAddress!, nH, rows: ap.baseAddress!, stride: m, width: m, into: out.baseAddress!)
          }
        }
      }
      for j in 0..<m { a2[j] = 1 / (1 + rounding.expOf(-(a2[j] + b2))) }
    }
    var cost: Double?
    if wanted {
      for j in 0..<m { terms[j] = rounding.logOf(a2[j]) * y.data[j] + (1 - y.data[j]) * rounding.logOf(1 - a2[j]) }
      cost = -terms.withUnsafeBufferPointer(numpySum) / Double(m)
    }
    // dZ2 = A2 - Y; dW2 = (1/m)·dZ2·A1ᵀ; db2 = (1/m)·Σ dZ2
    for j in 0..<m { dZ2[j] = a2[j] - y.data[j] }
    let db2 = scale * dZ2.withUnsafeBufferPointer(numpySum)
    // dZ1 = W2ᵀ·dZ2 ∗ (1 − A1²)
    for r in 0..<nH {
      for j in 0..<m {
        let k = r * m + j
        dZ1[k] = (w2[r] * dZ2[j]) * (1 - a1[k] * a1[k])
      }
    }
    // dW2 = (1/m)·dZ2·A1ᵀ, dW1 = (1/m)·dZ1·Xᵀ (unit r's products in one pass); db1 = (1/m)·Σ dZ1
    x.data.withUnsafeBufferPointer { xp in
      dZ1.withUnsafeBufferPointer { dp in
        dZ2.withUnsafeBufferPointer { d2 in
          a1.withUnsafeBufferPointer { ap in
            for r in 0..<nH {
              let unit = dp.baseAddress! + r * m
              var pairs = [(d2.baseAddress!, ap.baseAddress! + r * m)]
              for k in 0..<nX { pairs.append((unit, xp.baseAddress! + k * m)) }
              let sums = rounding.dots(pairs, count: m)
              dW2[r] = scale * sums[0]
              for k in 0..<nX { dW1[r * nX + k] = scale * sums[k + 1] }
              db1[r] = scale * numpySum(UnsafeBufferPointer(rebasing: dp[(r * m)..<((r + 1) * m)]))
            }
          }
        }
      }
    }
    // update_parameters
    for k in 0..<(nH * nX) { w1[k] = w1[k] - learningRate * dW1[k] }
    for r in 0..<nH { b1[r] = b1[r] - learningRate * db1[r] }
    for r in 0..<nH { w2[r] = w2[r] - learningRate * dW2[r] }
    b2 = b2 - learningRate * db2
    return cost
  }
}
