@testable import Conformance
import Testing

@Suite("Tolerance labels")
struct ToleranceLabelTests {
  @Test("tolerances print briefly", arguments: [(1e-12, "1e-12"), (5e-9, "5e-09"), (5.000000000000001e-09, "5e-09"), (1e-10, "1e-10")])
  func label(_ value: Double, _ text: String) {
    #expect(Comparison.shortest(value) == text)
  }
}
