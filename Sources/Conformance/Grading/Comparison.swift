import DNNJSON

/// The three ways an output is compared (SPEC §5).
enum Comparison {
  /// Against a published print: every element must round to the printed digits.
  static func published(
    _ name: String, actual: NumericArray?, expected: PublishedArray, edition: String
  ) -> CheckResult {
    let expectedJSON: JSON = [
      "shape": .array(expected.shape.map { .integer(Int64($0)) }),
      "printed": .array(expected.printed.map(JSON.string)),
    ]
    let tolerances = expected.values.map(expected.precision.tolerance(for:))
    let label = expected.precision == .exact
      ? "exact" : "\(expected.precision.label) (±\(shortest(tolerances.max() ?? 0)))"
    return compare(
      name, actual: actual, expectedShape: expected.shape, expectedValues: expected.values,
      expectedText: expected.printed, tolerances: tolerances, expectedJSON: expectedJSON, label: label,
      edition: edition, output: name, source: .published)
  }

  /// Against NumPy at full precision: |actual − expected| <= rtol · |expected| element-wise.
  static func reference(
    _ name: String, actual: NumericArray?, expected: NumericArray, rtol: Double = 1e-12, atol: Double = 0,
    edition: String, output: String? = nil, source: CheckSource = .numpyReference
  ) -> CheckResult {
    compare(
      name, actual: actual, expectedShape: expected.shape, expectedValues: expected.data,
      expectedText: expected.data.map { "\($0)" }, tolerances: expected.data.map { rtol * abs($0) + atol },
      expectedJSON: expected.json,
      label: rtol == 0 ? "±\(shortest(atol))" : "rtol \(shortest(rtol))" + (atol > 0 ? ", atol \(shortest(atol))" : ""),
      edition: edition, output: output ?? name, source: source)
  }

  /// Bit for bit (`==` on every double), for regenerated fixtures and RNG streams.
  static func identical(
    _ name: String, actual: NumericArray?, expected: NumericArray, edition: String
  ) -> CheckResult {
    compare(
      name, actual: actual, expectedShape: expected.shape, expectedValues: expected.data,
      expectedText: expected.data.map { "\($0)" }, tolerances: expected.data.map { _ in 0 },
      expectedJSON: expected.json, label: "exact", edition: edition, output: name, source: .identical)
  }

  private static func compare(
    _ name: String, actual: NumericArray?, expectedShape: [Int], expectedValues: [Double],
    expectedText: [String], tolerances: [Double], expectedJSON: JSON, label: String, edition: String,
    output: String, source: CheckSource
  ) -> CheckResult {
    guard let actual else {
      return CheckResult(
        name: name, status: .failed, expected: expectedJSON, tolerance: label,
        message: "no output \(name) was produced", edition: edition, output: output, source: source)
    }
    guard actual.shape == expectedShape else {
      let expected = NumericArray(shape: expectedShape, data: expectedValues)
      return CheckResult(
        name: name, status: .failed, expected: expectedJSON, actual: actual.json, tolerance: label,
        message: "\(name) has shape \(actual.shapeDescription) but \(expected.shapeDescription) was expected",
        edition: edition, output: output, source: source)
    }
    var maxError = 0.0
    var firstBad: Int?
    for i in actual.data.indices {
      let error = abs(actual.data[i] - expectedValues[i])
      let bad = !(error <= tolerances[i]) && !(actual.data[i] == expectedValues[i])
      if error > maxError || error.isNaN { maxError = error.isNaN ? .nan : max(maxError, error) }
      if bad && firstBad == nil { firstBad = i }
    }
    guard let i = firstBad else {
      return CheckResult(
        name: name, status: .passed, expected: expectedJSON, actual: actual.json, maxAbsError: maxError,
        tolerance: label, edition: edition, output: output, source: source)
    }
    let at = actual.position(i)
    var result = CheckResult(
      name: name, status: .failed, expected: expectedJSON, actual: actual.json, maxAbsError: maxError,
      tolerance: label,
      message: "\(name)\(at) is \(actual.data[i]) but \(expectedText[i]) was expected (\(label))",
      edition: edition, output: output, source: source)
    result.firstDifference = i
    return result
  }

  /// A tolerance printed briefly: 5e-09, 1e-12.
  static func shortest(_ value: Double) -> String {
    guard value > 0, value.isFinite else { return "\(value)" }
    var digits = 1
    while digits < 17 {
      let text = formatExponent(value, digits: digits)
      if let parsed = Double(text), abs(parsed - value) <= value * 1e-3 { return text }
      digits += 1
    }
    return "\(value)"
  }

  private static func formatExponent(_ value: Double, digits: Int) -> String {
    var exponent = 0
    var mantissa = value
    while mantissa >= 10 { mantissa /= 10; exponent += 1 }
    while mantissa < 1 { mantissa *= 10; exponent -= 1 }
    var scale = 1.0
    for _ in 1..<digits { scale *= 10 }
    var rounded = (mantissa * scale).rounded() / scale
    if rounded >= 10 {  // 9.9999… rounded up: one more power of ten
      rounded /= 10
      exponent += 1
    }
    var text = digits == 1 ? "\(Int(rounded))" : "\(rounded)"
    if text.hasSuffix(".0") { text.removeLast(2) }
    let sign = exponent < 0 ? "-" : "+"
    let magnitude = abs(exponent) < 10 ? "0\(abs(exponent))" : "\(abs(exponent))"
    return "\(text)e\(sign)\(magnitude)"
  }
}
