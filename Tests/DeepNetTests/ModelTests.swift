import DeepNet
import NumPyRandom
import Testing

/// Small training runs checked against NumPy runs of the notebook's loops (no cat data here).
@Suite("two_layer_model, L_layer_model and predict")
struct ModelTests {
  /// seed 7: X = randn(5, 20), Y = (randn(1, 20) > 0).
  static func data() -> (x: Matrix, y: Matrix) {
    var rng = RandomState(seed: 7)
    let x = randn(5, 20, &rng)
    let y = randn(1, 20, &rng).map { $0 > 0 ? 1 : 0 }
    return (x, y)
  }

  @Test("two_layer_model: 25 iterations at 0.5 from seed 1, randn * 0.01")
  func twoLayer() throws {
    let (x, y) = Self.data()
    var costs: [(Int, Double)] = []
    var rng = RandomState(seed: 1)
    let start = try initializeParameters(layerDims: [5, 4, 1], scaling: .small, rng: &rng)
    let p = try twoLayerModel(x: x, y: y, parameters: start, learningRate: 0.5,
                              numIterations: 25, printEvery: 10) { costs.append(($0, $1)) }
    #expect(costs.map(\.0) == NumPyReference.twoLayerCosts.map(\.0))
    for (mine, numpy) in zip(costs, NumPyReference.twoLayerCosts) {
      #expect(isClose(mine.1, numpy.1), "iteration \(mine.0): \(mine.1) vs \(numpy.1)")
    }
    expectClose(try #require(p["W1"]), NumPyReference.twoLayerW1)
    expectClose(try #require(p["b1"]), NumPyReference.twoLayerb1)
    expectClose(try #require(p["W2"]), NumPyReference.twoLayerW2)
    expectClose(try #require(p["b2"]), NumPyReference.twoLayerb2)
    // The same network through L_layer_model's general loop gives the same numbers.
    let viaL = try lLayerModel(x: x, y: y, parameters: start, learningRate: 0.5, numIterations: 25)
    expectClose(try #require(viaL["W1"]), NumPyReference.twoLayerW1)
  }

  @Test("L_layer_model: [5, 4, 3, 1], 25 iterations at 0.3 from seed 3, randn / sqrt(n_prev)")
  func lLayer() throws {
    let (x, y) = Self.data()
    var costs: [(Int, Double)] = []
    let p = try lLayerModel(x: x, y: y, layersDims: [5, 4, 3, 1], seed: 3, scaling: .sqrt,
                            learningRate: 0.3, numIterations: 25, printEvery: 10) {
      costs.append(($0, $1))
    }
    #expect(costs.map(\.0) == [0, 10, 20, 24])
    for (mine, numpy) in zip(costs, NumPyReference.lLayerCosts) {
      #expect(isClose(mine.1, numpy.1), "iteration \(mine.0): \(mine.1) vs \(numpy.1)")
    }
    expectClose(try #require(p["W1"]), NumPyReference.lLayerW1)
    expectClose(try #require(p["b1"]), NumPyReference.lLayerb1)
    expectClose(try #require(p["W2"]), NumPyReference.lLayerW2)
    expectClose(try #require(p["b2"]), NumPyReference.lLayerb2)
    expectClose(try #require(p["W3"]), NumPyReference.lLayerW3)
    expectClose(try #require(p["b3"]), NumPyReference.lLayerb3)

    let blog = try predict(x: x, y: y, parameters: p)
    #expect(blog.predictions == NumPyReference.lLayerPredictions)
    #expect(blog.accuracy == NumPyReference.lLayerAccuracyCount)
    let coursera = try predict(x: x, y: y, parameters: p, formula: .sumOfFractions)
    #expect(coursera.accuracy == NumPyReference.lLayerAccuracySum)
  }

  @Test("the 2021 public tests of the Application (EDITIONS.md)")
  func publicTests() throws {
    var rng = RandomState(seed: 1)
    let x = randn(10, 10, &rng), y = randn(1, 10, &rng)
    var first = 0.0
    _ = try twoLayerModel(x: x, y: y, layersDims: [10, 4, 1], numIterations: 2) { i, cost in
      if i == 0 { first = cost }
    }
    #expect(roundsTo(first, "0.69315968", decimals: 8))
    #expect(isClose(first, NumPyReference.publicTwoLayerCost0))

    let labels = Matrix([[1, 1, 1, 1, 0, 0, 0, 1, 1, 0]])
    _ = try lLayerModel(x: x, y: labels, layersDims: [10, 5, 6, 1], seed: 1, scaling: .sqrt,
                        numIterations: 2) { i, cost in
      if i == 0 { first = cost }
    }
    #expect(roundsTo(first, "0.70723944", decimals: 8))
    #expect(isClose(first, NumPyReference.publicLLayerCost0))
  }

  @Test("predict: 209 of 209 is 1.0 by count/m and 0.9999999999999998 by summed fractions")
  func accuracyForms() throws {
    let x = Matrix(rows: 3, cols: 209, repeating: 0.5)
    let y = Matrix(rows: 1, cols: 209, repeating: 1)
    let parameters = Parameters(layers: [.init(w: Matrix(rows: 1, cols: 3, repeating: 0),
                                               b: Matrix([[1]]))])
    let blog = try predict(x: x, y: y, parameters: parameters)
    #expect(blog.accuracy == 1.0)
    #expect(blog.predictions == y)
    let coursera = try predict(x: x, y: y, parameters: parameters, formula: .sumOfFractions)
    #expect(coursera.accuracy == 0.9999999999999998)
    #expect(throws: ShapeError.self) {
      try predict(x: x, y: Matrix(rows: 1, cols: 208, repeating: 1), parameters: parameters)
    }
  }

  @Test("print interval, the final iteration, and wrong layer counts")
  func logging() throws {
    let (x, y) = Self.data()
    let start = try initializeParameters(nX: 5, nH: 4, nY: 1)
    var seen: [Int] = []
    _ = try twoLayerModel(x: x, y: y, parameters: start, numIterations: 7, printEvery: 3) {
      i, _ in seen.append(i)
    }
    #expect(seen == [0, 3, 6])
    seen = []
    _ = try twoLayerModel(x: x, y: y, parameters: start, numIterations: 8, printEvery: 3) {
      i, _ in seen.append(i)
    }
    #expect(seen == [0, 3, 6, 7])
    seen = []
    _ = try lLayerModel(x: x, y: y, parameters: start, numIterations: 3, printEvery: 0) {
      i, _ in seen.append(i)
    }
    #expect(seen == [2])
    let three = try initializeParametersDeep([5, 4, 3, 1])
    #expect(throws: ModelError.layerCount(expected: 2, got: 3)) {
      try twoLayerModel(x: x, y: y, parameters: three, numIterations: 1)
    }
    #expect(throws: ModelError.invalidLayerDims([5, 4])) {
      try twoLayerModel(x: x, y: y, layersDims: [5, 4], numIterations: 1)
    }
    #expect(throws: ShapeError.self) {
      try lLayerModel(x: x.transposed(), y: y, parameters: three, numIterations: 1)
    }
  }
}
