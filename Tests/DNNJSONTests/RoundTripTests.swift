import Testing
import DNNJSON

@Suite("Round trips")
struct RoundTripTests {
  /// SplitMix64, a tiny deterministic generator for test inputs.
  struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test("20,000 random doubles (every exponent) survive serialize then parse bit for bit")
  func randomDoubles() throws {
    var generator = SplitMix64(state: 2024)
    var values: [Double] = []
    while values.count < 20_000 {
      let value = Double(bitPattern: generator.next())
      if value.isFinite { values.append(value) }
    }
    let text = JSON.array(values.map(JSON.number)).serialized()
    let back = try #require(try JSON.parse(text).doubleArrayValue)
    #expect(back.count == values.count)
    let mismatches = zip(values, back).filter { $0.bitPattern != $1.bitPattern }
    #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(3))")
  }

  @Test("a nested document survives both output styles unchanged", arguments: [false, true])
  func document(pretty: Bool) throws {
    let value: JSON = [
      "schema": "dnn-conformance/1",
      "summary": ["passed": 3, "failed": 0, "skipped": 1],
      "functions": [
        ["name": "linear_forward", "status": "passed",
         "checks": [["name": "Z", "actual": ["shape": [1, 2], "data": [3.2629533656, -1.2342998]],
                     "max_abs_error": 0.0, "message": .null]]],
        ["name": "two_layer_model", "status": "skipped", "checks": [],
         "message": "cat data not found: ./datasets does not exist; \"quoted\" ✓"],
      ],
      "empty": [:],
    ]
    let text = value.serialized(pretty: pretty)
    #expect(try JSON.parse(text) == value)
  }
}
