import DeepNet
import NumPyRandom
import Testing

@Suite("initialize_parameters and initialize_parameters_deep")
struct InitializationTests {
  @Test("initialize_parameters(3, 2, 1) matches the blog's print and NumPy")
  func twoLayer() throws {
    let p = try initializeParameters(nX: 3, nH: 2, nY: 1)
    #expect(p.keys == ["W1", "b1", "W2", "b2"])
    let w1 = try #require(p["W1"]), b1 = try #require(p["b1"])
    let w2 = try #require(p["W2"]), b2 = try #require(p["b2"])
    expectPrinted(w1, ["0.01624345", "-0.00611756", "-0.00528172",
                       "-0.01072969", "0.00865408", "-0.02301539"], rows: 2, cols: 3)
    expectPrinted(b1, ["0.", "0."], rows: 2, cols: 1)
    expectPrinted(w2, ["0.01744812", "-0.00761207"], rows: 1, cols: 2)
    expectPrinted(b2, ["0."], rows: 1, cols: 1)
    // randn * 0.01 is one multiplication per element: equal to NumPy bit for bit.
    #expect(w1 == NumPyReference.initW1)
    #expect(w2 == NumPyReference.initW2)
  }

  @Test("initialize_parameters_deep([5, 4, 3]) matches the blog's print and NumPy")
  func deep() throws {
    let p = try initializeParametersDeep([5, 4, 3])
    let w1 = try #require(p["W1"]), w2 = try #require(p["W2"])
    expectPrinted(w1, [
      "0.01788628", "0.0043651", "0.00096497", "-0.01863493", "-0.00277388",
      "-0.00354759", "-0.00082741", "-0.00627001", "-0.00043818", "-0.00477218",
      "-0.01313865", "0.00884622", "0.00881318", "0.01709573", "0.00050034",
      "-0.00404677", "-0.0054536", "-0.01546477", "0.00982367", "-0.01101068",
    ], rows: 4, cols: 5)
    expectPrinted(try #require(p["b1"]), ["0.", "0.", "0.", "0."], rows: 4, cols: 1)
    expectPrinted(w2, [
      "-0.01185047", "-0.0020565", "0.01486148", "0.00236716",
      "-0.01023785", "-0.00712993", "0.00625245", "-0.00160513",
      "-0.00768836", "-0.00230031", "0.00745056", "0.01976111",
    ], rows: 3, cols: 4)
    expectPrinted(try #require(p["b2"]), ["0.", "0.", "0."], rows: 3, cols: 1)
    #expect(w1 == NumPyReference.deepW1)
    #expect(w2 == NumPyReference.deepW2)
  }

  @Test("the general form draws W1, W2, … from one stream without reseeding")
  func general() throws {
    var rng = RandomState(seed: 3)
    let p = try initializeParameters(layerDims: [5, 4, 3], scaling: .small, rng: &rng)
    #expect(p == (try initializeParametersDeep([5, 4, 3])))
    // The stream continues where the weights stopped: 20 + 12 draws were taken.
    var fresh = RandomState(seed: 3)
    _ = randn(1, 32, &fresh)
    #expect(rng.standardNormal() == fresh.standardNormal())
  }

  @Test("sqrt scaling divides the draws by sqrt(n_prev)")
  func sqrtScaling() throws {
    var rng = RandomState(seed: 3)
    let p = try initializeParameters(layerDims: [5, 4, 3], scaling: .sqrt, rng: &rng)
    var draws = RandomState(seed: 3)
    let w1 = randn(4, 5, &draws), w2 = randn(3, 4, &draws)
    #expect(p["W1"] == w1.map { $0 / Double(5).squareRoot() })
    #expect(p["W2"] == w2.map { $0 / 2.0 })
    #expect(p["b2"] == Matrix(rows: 3, cols: 1, repeating: 0))
  }

  @Test("impossible layer sizes throw")
  func invalidDims() {
    var rng = RandomState(seed: 1)
    #expect(throws: ModelError.invalidLayerDims([5])) {
      try initializeParameters(layerDims: [5], scaling: .small, rng: &rng)
    }
    #expect(throws: ModelError.invalidLayerDims([3, -1])) {
      try initializeParameters(layerDims: [3, -1], scaling: .small, rng: &rng)
    }
  }
}
