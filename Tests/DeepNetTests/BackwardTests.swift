import DeepNet
import Testing

@Suite("Backward propagation and the update")
struct BackwardTests {
  @Test("sigmoid_backward and relu_backward on the linear_activation_backward case")
  func activationBackward() throws {
    let (dA, cache) = TestCases.linearActivationBackward()
    expectClose(try sigmoidBackward(dA: dA, cache: cache.z), NumPyReference.sigmoidBackwardDZ)
    let dZ = try reluBackward(dA: dA, cache: cache.z)
    expectClose(dZ, NumPyReference.reluBackwardDZ)
    #expect(dZ.data[1] == 0 && dZ.data[0] == dA.data[0])
  }

  @Test("linear_backward")
  func linear() throws {
    let (dZ, cache) = TestCases.linearBackward()
    let (dAPrev, dW, db) = try linearBackward(dZ: dZ, cache: cache)
    expectPrinted(dAPrev, ["0.51822968", "-0.19517421", "-0.40506361", "0.15255393",
                           "2.37496825", "-0.89445391"], rows: 3, cols: 2)
    expectPrinted(dW, ["-0.10076895", "1.40685096", "1.64992505"], rows: 1, cols: 3)
    expectPrinted(db, ["0.50629448"], rows: 1, cols: 1)
    expectClose(dAPrev, NumPyReference.lbDAPrev)
    expectClose(dW, NumPyReference.lbDW)
    expectClose(db, NumPyReference.lbDb)
  }

  @Test("linear_activation_backward, sigmoid and relu")
  func linearActivation() throws {
    let (dA, cache) = TestCases.linearActivationBackward()
    let s = try linearActivationBackward(dA: dA, cache: cache, activation: .sigmoid)
    expectPrinted(s.dAPrev, ["0.11017994", "0.01105339", "0.09466817", "0.00949723",
                             "-0.05743092", "-0.00576154"], rows: 3, cols: 2)
    expectPrinted(s.dW, ["0.10266786", "0.09778551", "-0.01968084"], rows: 1, cols: 3)
    expectPrinted(s.db, ["-0.05729622"], rows: 1, cols: 1)
    expectClose(s.dAPrev, NumPyReference.sigmoidDAPrev)
    expectClose(s.dW, NumPyReference.sigmoidDW)
    expectClose(s.db, NumPyReference.sigmoidDb)
    let r = try linearActivationBackward(dA: dA, cache: cache, activation: .relu)
    expectPrinted(r.dAPrev, ["0.44090989", "-0.", "0.37883606", "-0.", "-0.2298228", "0."],
                  rows: 3, cols: 2)
    expectPrinted(r.dW, ["0.44513824", "0.37371418", "-0.10478989"], rows: 1, cols: 3)
    expectPrinted(r.db, ["-0.20837892"], rows: 1, cols: 1)
    expectClose(r.dAPrev, NumPyReference.reluDAPrev)
    expectClose(r.dW, NumPyReference.reluDW)
    expectClose(r.db, NumPyReference.reluDb)
  }

  @Test("L_model_backward, blog keys: dA<l> is the gradient w.r.t. the input of layer l")
  func lModelBlog() throws {
    let (al, y, caches) = TestCases.lModelBackward()
    let grads = try lModelBackward(al: al, y: y, caches: caches)
    #expect(grads.keys == ["dA1", "dW1", "db1", "dA2", "dW2", "db2"])
    let dW1 = try #require(grads["dW1"]), db1 = try #require(grads["db1"])
    let dA1 = try #require(grads["dA1"])
    expectPrinted(dW1, ["0.41010002", "0.07807203", "0.13798444", "0.10502167",
                        "0.", "0.", "0.", "0.",
                        "0.05283652", "0.01005865", "0.01777766", "0.0135308"], rows: 3, cols: 4)
    expectPrinted(db1, ["-0.22007063", "0.", "-0.02835349"], rows: 3, cols: 1)
    expectPrinted(dA1, ["0.", "0.52257901", "0.", "-0.3269206",
                        "0.", "-0.32070404", "0.", "-0.74079187"], rows: 4, cols: 2)
    expectClose(dA1, NumPyReference.gradsdA1)
    expectClose(dW1, NumPyReference.gradsdW1)
    expectClose(db1, NumPyReference.gradsdb1)
    expectClose(try #require(grads["dA2"]), NumPyReference.gradsdA2)
    expectClose(try #require(grads["dW2"]), NumPyReference.gradsdW2)
    expectClose(try #require(grads["db2"]), NumPyReference.gradsdb2)
    #expect(grads["dA0"] == nil && grads["dW3"] == nil && grads["x1"] == nil)
  }

  @Test("L_model_backward, v3 keys: dA<l-1> is the dA_prev of layer l")
  func lModelV3() throws {
    let (al, y, caches) = TestCases.lModelBackward()
    let grads = try lModelBackward(al: al, y: y, caches: caches, convention: .v3)
    #expect(grads.keys == ["dA0", "dW1", "db1", "dA1", "dW2", "db2"])
    // EDITIONS.md: v3+ prints dA1 as the 3×2 gradient flowing out of layer 2.
    expectPrinted(try #require(grads["dA1"]), ["0.12913162", "-0.44014127", "-0.14175655",
                                                "0.48317296", "0.01663708", "-0.05670698"],
                  rows: 3, cols: 2)
    expectClose(try #require(grads["dA0"]), NumPyReference.gradsdA1)
    #expect(grads["dA2"] == nil)
  }

  @Test("update_parameters with learning rate 0.1")
  func update() throws {
    let (parameters, grads) = TestCases.updateParameters()
    let p = try updateParameters(parameters, grads: grads, learningRate: 0.1)
    expectPrinted(try #require(p["W1"]), [
      "-0.59562069", "-0.09991781", "-2.14584584", "1.82662008",
      "-1.76569676", "-0.80627147", "0.51115557", "-1.18258802",
      "-1.0535704", "-0.86128581", "0.68284052", "2.20374577",
    ], rows: 3, cols: 4)
    expectPrinted(try #require(p["b1"]), ["-0.04659241", "-1.28888275", "0.53405496"],
                  rows: 3, cols: 1)
    expectPrinted(try #require(p["W2"]), ["-0.55569196", "0.0354055", "1.32964895"],
                  rows: 1, cols: 3)
    expectPrinted(try #require(p["b2"]), ["-0.84610769"], rows: 1, cols: 1)
    // W - lr*dW is two IEEE operations per element: NumPy's result bit for bit.
    #expect(p["W1"] == NumPyReference.updatedW1)
    #expect(p["b1"] == NumPyReference.updatedb1)
    #expect(p["W2"] == NumPyReference.updatedW2)
    #expect(p["b2"] == NumPyReference.updatedb2)
  }

  @Test("bad shapes and missing pieces throw")
  func errors() throws {
    let (dA, cache) = TestCases.linearActivationBackward()
    let wrongZ = Matrix(rows: 3, cols: 2, repeating: 1)
    let mask = try #require(throws: ShapeError.self) { try reluBackward(dA: dA, cache: wrongZ) }
    #expect(mask.description == "boolean index did not match indexed array along axis 0; "
      + "size of axis is 1 but size of corresponding boolean axis is 3")
    #expect(throws: ShapeError.self) { try sigmoidBackward(dA: dA, cache: Matrix([[1, 2, 3]])) }
    let badCache = LayerCache(linear: LinearCache(a: cache.linear.a.transposed(), w: cache.linear.w,
                                                  b: cache.linear.b), z: cache.z)
    let notAligned = try #require(throws: ShapeError.self) {
      try linearActivationBackward(dA: dA, cache: badCache, activation: .sigmoid)
    }
    #expect(notAligned.description == "shapes (1,2) and (3,2) not aligned: 2 (dim 1) != 3 (dim 0)")
    let (al, _, caches) = TestCases.lModelBackward()
    let reshape = try #require(throws: ShapeError.self) {
      try lModelBackward(al: al, y: Matrix([[1, 0, 1]]), caches: caches)
    }
    #expect(reshape.description == "cannot reshape array of size 3 into shape (1,2)")
    #expect(throws: ModelError.noLayers) { try lModelBackward(al: al, y: al, caches: []) }
    let (parameters, grads) = TestCases.updateParameters()
    let short = Gradients(layers: [grads.layers[0]])
    #expect(throws: ModelError.missingKey("dW2")) {
      try updateParameters(parameters, grads: short, learningRate: 0.1)
    }
    var swapped = grads
    swapped.layers[0].dW = grads.layers[0].dW.transposed()
    #expect(throws: ShapeError.self) {
      try updateParameters(parameters, grads: swapped, learningRate: 0.1)
    }
  }
}
