import NumPyRandom
import Testing

/// `getState`/`setState`, NumPy's `get_state()`/`set_state()`.
@Suite struct StateTests {
  @Test("a fresh seed: pos 624, no cached gaussian, NumPy's first key words")
  func freshState() {
    let state = RandomState(seed: 1).getState()
    #expect(state.key.count == 624)
    // np.random.RandomState(1).get_state()[1][:3]
    #expect(Array(state.key.prefix(3)) == [1, 1_812_433_254, 3_713_160_357])
    #expect(state.position == 624)
    #expect(state.hasGauss == false)
    #expect(state.cachedGaussian == 0.0)
  }

  @Test("round trip with a cached gaussian reproduces the following draws of every kind")
  func roundTrip() throws {
    var random = RandomState(seed: 5)
    _ = random.randn(3)
    let saved = random.getState()
    #expect(saved.hasGauss)
    let expected = (random.randn(5), random.rand(3), try random.randint(low: -9, high: 99, count: 4))
    try random.setState(saved)
    #expect(random.getState() == saved)
    #expect(random.randn(5) == expected.0)
    #expect(random.rand(3) == expected.1)
    #expect(try random.randint(low: -9, high: 99, count: 4) == expected.2)
    var other = try RandomState(state: saved)
    #expect(other.randn(5) == expected.0)
  }

  @Test("hasGauss false ignores the stored value, as NumPy")
  func hasGaussFalse() throws {
    var random = RandomState(seed: 1)
    var state = random.getState()
    state.cachedGaussian = 42.0
    try random.setState(state)
    #expect(random.randn(1) == [1.6243453636632417])
    state.hasGauss = true
    try random.setState(state)
    #expect(random.randn(2) == [42.0, 1.6243453636632417])
  }

  @Test("seeding clears the cached gaussian")
  func seedClearsCache() {
    var random = RandomState(seed: 1)
    _ = random.randn(1)
    #expect(random.getState().hasGauss)
    random.seed(1)
    #expect(!random.getState().hasGauss)
    #expect(random.randn(1) == [1.6243453636632417])
  }

  @Test("invalid states are rejected without trapping")
  func invalidStates() {
    var random = RandomState(seed: 1)
    let good = random.getState()
    var shortKey = good
    shortKey.key.removeLast()
    var farPosition = good
    farPosition.position = 625
    var negativePosition = good
    negativePosition.position = -1
    for bad in [shortKey, farPosition, negativePosition] {
      #expect {
        try random.setState(bad)
      } throws: { error in
        guard let error = error as? RandomError, case .invalidState = error else { return false }
        return true
      }
    }
    #expect(random.getState() == good)
  }
}
