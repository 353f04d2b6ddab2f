import DNNJSON

/// The 2021 notebooks' public tests (public_tests.py) in this grader's terms: a learner of that
/// edition sees the words their notebook prints — `datatype_check`, `shape_check`,
/// `equation_output_check`, "Datatype mismatch", "Wrong shape", "Wrong output".
extension Grader {
  /// `datatype_check` and `shape_check` over every expected output of `name`, then the value
  /// checks renamed `equation_output_check: <output>`.
  func publicTestChecks(
    _ outputs: [(String, NumericArray)], valueChecks: [CheckResult], for name: String
  ) -> [CheckResult] {
    let expected = expectedShapes(of: name)
    guard !expected.isEmpty else { return valueChecks }
    let actual = Dictionary(outputs, uniquingKeysWith: { first, _ in first })
    let editionID = edition.id
    var checks = [
      datatypeCheck(outputs, actual: actual, expected: expected, edition: editionID),
      shapeCheck(outputs, actual: actual, expected: expected, edition: editionID),
    ]
    checks += valueChecks.map { check in
      check.renamed(
        "equation_output_check: \(check.name)", message: check.status == .failed ? "Wrong output: \(check.message)" : check.message)
    }
    return checks
  }

  /// Every expected output was produced, a number where a number is expected and an array where
  /// an array is (the Python test's isinstance over the returned dict or tuple).
  private func datatypeCheck(
    _ outputs: [(String, NumericArray)], actual: [String: NumericArray], expected: [(name: String, shape: [Int])],
    edition: String
  ) -> CheckResult {
    let kind = { (shape: [Int]) in shape.isEmpty ? "number" : "array" }
    var message = ""
    if let missing = expected.first(where: { actual[$0.name] == nil }) {
      let produced = outputs.isEmpty ? "nothing" : outputs.map(\.0).joined(separator: ", ")
      message = "Datatype mismatch: no output \(missing.name) (produced: \(produced))"
    } else if let wrong = expected.first(where: { kind(actual[$0.name]?.shape ?? []) != kind($0.shape) }) {
      message = "Datatype mismatch: \(wrong.name) should be a \(kind(wrong.shape))"
    }
    return CheckResult(
      name: "datatype_check", status: message.isEmpty ? .passed : .failed,
      expected: .object(JSON.Object(expected.map { ($0.name, .string(kind($0.shape))) })),
      actual: .object(JSON.Object(outputs.map { ($0.0, .string(kind($0.1.shape))) })),
      tolerance: "exact", message: message, edition: edition)
  }

  /// Every expected output has the expected shape.
  private func shapeCheck(
    _ outputs: [(String, NumericArray)], actual: [String: NumericArray], expected: [(name: String, shape: [Int])],
    edition: String
  ) -> CheckResult {
    let shapeJSON = { (shape: [Int]) in JSON.array(shape.map { .integer(Int64($0)) }) }
    var message = ""
    if let wrong = expected.first(where: { actual[$0.name]?.shape != $0.shape }) {
      let wanted = NumericArray(shape: wrong.shape, data: []).shapeDescription
      message = actual[wrong.name].map {
        "Wrong shape: \(wrong.name) has shape \($0.shapeDescription) but \(wanted) was expected"
      } ?? "Wrong shape: no output \(wrong.name) of shape \(wanted)"
    }
    return CheckResult(
      name: "shape_check", status: message.isEmpty ? .passed : .failed,
      expected: .object(JSON.Object(expected.map { ($0.name, shapeJSON($0.shape)) })),
      actual: .object(JSON.Object(outputs.map { ($0.0, shapeJSON($0.1.shape)) })),
      tolerance: "exact", message: message, edition: edition)
  }

  /// Every output `name` should produce, with its shape: the published ones, then those only
  /// NumPy's reference has (the 2021 file prints W1 and W2 of `initialize_parameters_4_3_2`,
  /// NumPy has b1 and b2 too).
  func expectedShapes(of name: String) -> [(name: String, shape: [Int])] {
    var result = published.outputs(of: name).map { (name: $0.name, shape: $0.value.shape) }
    for (output, value) in reference.outputs(of: name) where !result.contains(where: { $0.name == output }) {
      result.append((output, value.shape))
    }
    return result
  }
}
