import NumPyRandom
import Testing

/// Replays each seed's interleaved script of calls (every API, odd sizes, the gaussian cache
/// carried across kinds of draws) and compares every result with NumPy's.
@Suite struct CallScriptTests {
  @Test("every API, interleaved, equals NumPy's", arguments: RandomFixture.names)
  func replay(name: String) throws {
    let fixture = try RandomFixture.load(name)
    #expect(fixture.format == "dnn-conformance/random-1")
    var random = try RandomState(seed: fixture.seed)
    #expect(fixture.calls.count > 20)
    for (number, call) in fixture.calls.enumerated() {
      try Self.replay(call, on: &random, label: "\(name) call \(number) (\(call.op))")
    }
  }

  static func replay(_ call: RandomFixture.Call, on random: inout RandomState, label: String) throws {
    switch call.op {
    case "randn":
      let expected = try doubles(bits: try #require(call.doubles))
      if let rows = call.rows, let cols = call.cols {
        #expect(random.randn(rows, cols) == expected, "\(label)")
      } else {
        #expect(random.randn(try #require(call.count)) == expected, "\(label)")
      }
    case "rand":
      let expected = try doubles(bits: try #require(call.doubles))
      #expect(random.rand(try #require(call.count)) == expected, "\(label)")
    case "randint":
      guard case .integer(let low) = try #require(call.low),
        case .integer(let high) = try #require(call.high)
      else { throw FixtureFormatError(description: "\(label): randint bounds must be integers") }
      let values = try random.randint(low: low, high: high, count: try #require(call.count))
      #expect(values == call.ints, "\(label)")
    case "shuffle":
      var values = (0..<Int64(try #require(call.n))).map { $0 }
      random.shuffle(&values)
      #expect(values == call.ints, "\(label)")
    case "permutation":
      #expect(random.permutation(try #require(call.n)) == call.ints, "\(label)")
    case "choice":
      let values = try random.choice(
        try #require(call.n), size: try #require(call.size), replace: try #require(call.replace as Bool?))
      #expect(values == call.ints, "\(label)")
    case "normal":
      let values = try random.normal(
        loc: try double(bits: try #require(call.loc)), scale: try double(bits: try #require(call.scale)),
        count: try #require(call.count))
      #expect(values == (try doubles(bits: try #require(call.doubles))), "\(label)")
    case "uniform":
      guard case .bits(let low) = try #require(call.low), case .bits(let high) = try #require(call.high)
      else { throw FixtureFormatError(description: "\(label): uniform bounds must be bit patterns") }
      let values = try random.uniform(
        low: try double(bits: low), high: try double(bits: high), count: try #require(call.count))
      #expect(values == (try doubles(bits: try #require(call.doubles))), "\(label)")
    case "state_round_trip":
      let expected = try doubles(bits: try #require(call.doubles))
      let saved = random.getState()
      #expect(random.randn(expected.count) == expected, "\(label): first pass")
      try random.setState(saved)
      #expect(random.getState() == saved, "\(label): restored state")
      #expect(random.randn(expected.count) == expected, "\(label): after set_state")
    case "get_state":
      let state = random.getState()
      #expect(state.key.count == 624)
      #expect(Array(state.key.prefix(4)) == call.keyHead, "\(label): first key words")
      #expect(FNV1a64.hex(FNV1a64.digest(state.key)) == call.keyFNV1a64, "\(label): key digest")
      #expect(state.position == call.pos, "\(label): pos")
      #expect((state.hasGauss ? 1 : 0) == call.hasGauss, "\(label): has_gauss")
      #expect(state.cachedGaussian == (try double(bits: try #require(call.gauss))), "\(label): gauss")
    default:
      throw FixtureFormatError(description: "\(label): unknown op \(call.op)")
    }
  }
}
