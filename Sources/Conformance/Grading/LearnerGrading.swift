import DeepNet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Grades a learner's own Swift implementation of the week-4 functions: every exercise of
/// `edition` against the published outputs and NumPy's references, with the catalogued mistakes
/// named under failed functions. A stub that throws `NotImplemented` is reported as not
/// implemented.
///
/// The expectation files are found as `dnn-conformance` finds them (`fixtures`, `$DNN_FIXTURES`,
/// then this package's own `Fixtures/`, bundled as a resource next to the test product), so a
/// learner's package that depends on ours by path needs nothing else:
/// ```swift
/// let report = try Conformance.grade(MyCourseFunctions(), edition: "blog")
/// print(ReportTable(report: report, colour: false).text)
/// ```
public func grade(
  _ implementation: some CourseFunctions, edition: String = "blog", fixtures: String? = nil
) throws -> ConformanceReport {
  let edition = try Edition.named(edition)
  let directory = try FixturesDirectory.locate(explicit: fixtures)
  let grader = try Grader(edition: edition, fixturesDirectory: directory)
  let catalogue = try? MistakeCatalogue(fixturesDirectory: directory)
  return ConformanceReport(edition: edition.id, functions: grader.gradeDiagnosed(implementation, catalogue: catalogue))
}

extension Grader {
  /// `gradeFunctions(_:)`, then each failed function diagnosed against `catalogue` (when given):
  /// the learner's outputs are compared with every catalogued mistake made on purpose.
  public func gradeDiagnosed(_ implementation: any CourseFunctions, catalogue: MistakeCatalogue?) -> [FunctionResult] {
    let results = gradeFunctions(implementation)
    guard let catalogue, results.contains(where: { $0.status == .failed }) else { return results }
    var evidence: [String: FunctionEvidence] = [:]
    for function in edition.functions where results.contains(where: { $0.name == function.name && $0.status == .failed }) {
      evidence[function.name] = Self.evidence(function, implementation, fixtures)
    }
    return Diagnosis(grader: self, catalogue: catalogue).annotate(results, evidence: evidence)
  }

  /// Runs `function` on `implementation` once more and keeps what it produced.
  static func evidence(_ function: GradedFunction, _ implementation: any CourseFunctions, _ fixtures: FixtureSet)
    -> FunctionEvidence
  {
    do {
      return .outputs(try function.run(implementation, fixtures))
    } catch is NotImplemented {
      return .notImplemented
    } catch {
      return .error("\(error)")
    }
  }
}

/// The environment variables the grading reads (`DNN_FIXTURES`, `DNN_PYTHON`, `DNN_PYTHON_RUNNER`,
/// `TMPDIR`), as a dictionary.
func environmentVariables() -> [String: String] {
  var result: [String: String] = [:]
  for name in ["DNN_FIXTURES", "DNN_PYTHON", "DNN_PYTHON_RUNNER", "TMPDIR"] {
    if let value = getenv(name) { result[name] = String(cString: value) }
  }
  return result
}
