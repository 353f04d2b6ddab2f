import DeepNet
import Testing

@Suite("Forward propagation")
struct ForwardTests {
  @Test("linear_forward")
  func linear() throws {
    let (a, w, b) = TestCases.linearForward()
    let (z, cache) = try linearForward(a: a, w: w, b: b)
    expectPrinted(z, ["3.26295337", "-1.23429987"], rows: 1, cols: 2)
    expectClose(z, NumPyReference.linearForwardZ)
    #expect(cache == LinearCache(a: a, w: w, b: b))
  }

  @Test("sigmoid and relu on Z of the linear_activation_forward case")
  func activations() throws {
    let (a, w, b) = TestCases.linearActivationForward()
    let z = try linearForward(a: a, w: w, b: b).z
    expectClose(z, NumPyReference.activationZ)
    let (s, sCache) = sigmoid(z)
    expectClose(s, NumPyReference.sigmoidA)
    #expect(sCache == z)
    let (r, rCache) = relu(z)
    expectClose(r, NumPyReference.reluA)
    #expect(rCache == z)
  }

  @Test("linear_activation_forward, sigmoid and relu")
  func linearActivation() throws {
    let (aPrev, w, b) = TestCases.linearActivationForward()
    let (s, sCache) = try linearActivationForward(aPrev: aPrev, w: w, b: b, activation: .sigmoid)
    expectPrinted(s, ["0.96890023", "0.11013289"], rows: 1, cols: 2)
    expectClose(s, NumPyReference.lafSigmoidA)
    #expect(sCache.linear == LinearCache(a: aPrev, w: w, b: b))
    expectClose(sCache.z, NumPyReference.activationZ)
    let (r, _) = try linearActivationForward(aPrev: aPrev, w: w, b: b, activation: .relu)
    expectPrinted(r, ["3.43896131", "0."], rows: 1, cols: 2)
    expectClose(r, NumPyReference.lafReluA)
  }

  @Test("L_model_forward")
  func lModel() throws {
    let (x, parameters) = TestCases.lModelForward()
    let (al, caches) = try lModelForward(x: x, parameters: parameters)
    expectPrinted(al, ["0.17007265", "0.2524272"], rows: 1, cols: 2)
    expectClose(al, NumPyReference.lModelForwardAL)
    #expect(caches.count == 2)
    #expect(caches[0].linear.a == x)
    #expect(caches[1].linear.w == parameters["W2"])
  }

  @Test("compute_cost")
  func cost() throws {
    let (y, al) = TestCases.computeCost()
    let cost = try computeCost(al: al, y: y)
    #expect(roundsTo(cost, "0.414931599615", significant: 12))
    #expect(isClose(cost, NumPyReference.cost))
  }

  @Test("bad shapes throw NumPy's messages instead of trapping")
  func shapeErrors() throws {
    let (_, w, b) = TestCases.linearForward()
    let a = Matrix(rows: 4, cols: 2, repeating: 1)
    let error = try #require(throws: ShapeError.self) { try linearForward(a: a, w: w, b: b) }
    #expect(error.description == "shapes (1,3) and (4,2) not aligned: 3 (dim 1) != 4 (dim 0)")
    #expect(error.lhs == w.shape && error.rhs == a.shape)
    // A bias that cannot broadcast over Z (1, 2). (A (3, 1) bias would broadcast to (3, 2), as
    // in NumPy, where only the notebook's assert catches it.)
    let badB = Matrix(rows: 2, cols: 3, repeating: 0)
    let bError = try #require(throws: ShapeError.self) {
      try linearActivationForward(aPrev: Matrix(rows: 3, cols: 2, repeating: 1), w: w, b: badB,
                                  activation: .relu)
    }
    #expect(bError.description == "operands could not be broadcast together with shapes (1,2) (2,3) ")
    #expect(throws: ModelError.noLayers) { try lModelForward(x: a, parameters: Parameters(layers: [])) }
    #expect(throws: ShapeError.self) {
      try computeCost(al: Matrix([[0.5, 0.5]]), y: Matrix([[1, 0, 1]]))
    }
  }
}
