import DeepNet

/// Grades an implementation of the course functions against one edition's expectations.
public struct Grader: Sendable {
  /// The edition whose test cases and expected outputs are used.
  public let edition: Edition
  /// The published prints of that edition.
  public let published: PublishedValues
  /// NumPy's full-precision fixtures and outputs for that edition.
  public let reference: ReferenceValues
  /// The regenerated test cases.
  public let fixtures: FixtureSet

  /// Loads the edition's expectation files from `fixturesDirectory`.
  public init(edition: Edition, fixturesDirectory: String) throws(FixtureError) {
    self.edition = edition
    published = try PublishedValues(contentsOfFile: "\(fixturesDirectory)/published/\(edition.id).json")
    reference = try ReferenceValues(contentsOfFile: "\(fixturesDirectory)/reference/\(edition.id).json")
    fixtures = FixtureSet(recipes: edition.recipes)
  }

  /// Every graded exercise of the edition, run on `implementation`.
  public func gradeFunctions(_ implementation: any CourseFunctions) -> [FunctionResult] {
    edition.functions.map { grade($0, implementation) }
  }

  /// One exercise: its outputs against the published prints, then against NumPy's references.
  public func grade(_ function: GradedFunction, _ implementation: any CourseFunctions) -> FunctionResult {
    let edition = edition.id
    let outputs: [(String, NumericArray)]
    do {
      outputs = try function.run(implementation, fixtures)
    } catch let error as NotImplemented {
      return FunctionResult(name: function.name, checks: [
        CheckResult(name: "implemented", status: .failed, message: error.description, edition: edition)
      ])
    } catch {
      return FunctionResult(name: function.name, checks: [
        CheckResult(
          name: "runs", status: .failed,
          message: "\(function.notebookFunction) threw an error: \(error)", edition: edition)
      ])
    }
    return FunctionResult(name: function.name, checks: compare(outputs, for: function.name))
  }

  /// Compares named outputs with the edition's published and reference values for `name`, in
  /// the edition's check style.
  public func compare(_ outputs: [(String, NumericArray)], for name: String) -> [CheckResult] {
    let checks = valueChecks(outputs, for: name)
    return edition.checkStyle == .publicTests ? publicTestChecks(outputs, valueChecks: checks, for: name) : checks
  }

  /// One check per output against the published print, then one per output against NumPy.
  func valueChecks(_ outputs: [(String, NumericArray)], for name: String) -> [CheckResult] {
    var actual = Dictionary(outputs, uniquingKeysWith: { first, _ in first })
    // Week 3's v5 notebooks print np.mean of the outputs ("mean(cache.Z1)"), not the outputs.
    for (output, _) in published.outputs(of: name) where output.hasPrefix("mean(") && output.hasSuffix(")") {
      let inner = String(output.dropFirst(5).dropLast())
      if actual[output] == nil, let array = actual[inner], !array.data.isEmpty {
        actual[output] = NumericArray(scalar: array.data.withUnsafeBufferPointer(numpySum) / Double(array.data.count))
      }
    }
    let edition = edition.id
    var checks = published.outputs(of: name).map { output, expected in
      Comparison.published(output, actual: actual[output], expected: expected, edition: edition)
    }
    checks += reference.outputs(of: name).map { output, expected in
      Comparison.reference(
        "\(output) (NumPy reference)", actual: actual[output], expected: expected, edition: edition, output: output)
    }
    if checks.isEmpty {
      checks.append(CheckResult(
        name: "expectations", status: .failed,
        message: "no published or reference values for \(name) in edition \(edition)", edition: edition))
    }
    return checks
  }

  /// The regenerated test cases against NumPy's, bit for bit (`==` on every double).
  public func fixtureChecks() -> FunctionResult {
    var checks: [CheckResult] = []
    for (caseName, arrays) in reference.fixtures {
      let regenerated = fixtures.cases.first { $0.name == caseName }
      for (arrayName, expected) in arrays {
        checks.append(Comparison.identical(
          "\(caseName).\(arrayName)", actual: regenerated?[arrayName].map(NumericArray.init),
          expected: expected, edition: edition.id))
      }
    }
    return FunctionResult(name: "testCases", checks: checks)
  }
}
