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
  /// Every exercise graded with `gradeExercise`, then the failed ones annotated: the mistakes
  /// recognised in them, or the failed function they call.
  public func gradeDiagnosed(_ implementation: any CourseFunctions, catalogue: MistakeCatalogue?) -> [FunctionResult] {
    annotate(edition.functions.map { gradeExercise($0, implementation, catalogue: catalogue) }, catalogue: catalogue)
  }

  /// One exercise on its own (what a grading child process does): `grade`, the catalogue's
  /// probes of the function, and, when it failed, the catalogued mistakes its outputs show.
  public func gradeExercise(_ function: GradedFunction, _ implementation: any CourseFunctions, catalogue: MistakeCatalogue?)
    -> GradedExercise
  {
    var result = grade(function, implementation)
    let stopped = result.checks.contains { $0.name == "implemented" || $0.name == "runs" }
    var findings: [MistakeFinding] = []
    if let catalogue, !stopped {
      let (checks, found) = probeChecks(function, implementation, catalogue: catalogue)
      result = FunctionResult(name: result.name, checks: result.checks + checks, notes: result.notes)
      findings += found
    }
    guard let catalogue, result.status == .failed else {
      return GradedExercise(result: result, findings: findings, notImplemented: false)
    }
    let evidence = Self.evidence(function, implementation, fixtures)
    if case .notImplemented = evidence { return GradedExercise(result: result, findings: [], notImplemented: true) }
    findings = Diagnosis(grader: self, catalogue: catalogue).findings(for: function, evidence: evidence) + findings
    return GradedExercise(result: result, findings: findings, notImplemented: false)
  }

  /// The results of `exercises` with the notes their findings call for.
  public func annotate(_ exercises: [GradedExercise], catalogue: MistakeCatalogue?) -> [FunctionResult] {
    let results = exercises.map(\.result)
    guard let catalogue else { return results }
    var found: [String: [MistakeFinding]] = [:]
    for exercise in exercises where exercise.result.status == .failed && !exercise.crashed {
      found[exercise.result.name] = exercise.findings
    }
    let notImplemented = Set(exercises.filter(\.notImplemented).map(\.result.name))
    return Diagnosis(grader: self, catalogue: catalogue).annotate(results, found: found, notImplemented: notImplemented)
  }

  /// One check per catalogue probe of `function`'s notebook function (only on the exercise that
  /// grades that function itself): the notebook's output passes; the mistake's output fails and
  /// is a finding; a function that stops on the probe fails with its error.
  func probeChecks(_ function: GradedFunction, _ implementation: any CourseFunctions, catalogue: MistakeCatalogue)
    -> ([CheckResult], [MistakeFinding])
  {
    guard function.name == function.notebookFunction else { return ([], []) }
    var checks: [CheckResult] = []
    var findings: [MistakeFinding] = []
    let diagnosis = Diagnosis(grader: self, catalogue: catalogue)
    for probe in catalogue.probes where probe.function == function.notebookFunction {
      let outputs: [(String, NumericArray)]
      do {
        guard let produced = try probe.run(implementation) else { continue }
        outputs = produced
      } catch {
        checks.append(CheckResult(
          name: "probe (\(probe.inputDescription))", status: .failed,
          message: "\(function.notebookFunction) threw an error on \(probe.inputDescription): \(error)",
          edition: edition.id))
        continue
      }
      for (name, expected) in probe.expected {
        let actual = outputs.first { $0.0 == name }?.1
        let passed = actual.map { diagnosis.agree([(name, expected)], [(name, $0)]) } ?? false
        let actualText = actual.map(MistakeProbe.describe) ?? "nothing"
        checks.append(CheckResult(
          name: "\(name) (probe: \(probe.inputDescription))", status: passed ? .passed : .failed,
          expected: expected.json, actual: actual?.json ?? .null, tolerance: "rtol \(diagnosis.rtol)",
          message: passed ? "" : "\(name) is \(actualText) but \(MistakeProbe.describe(expected)) was expected for "
            + probe.inputDescription,
          edition: edition.id, output: name, source: .courseSolution))
      }
      if !diagnosis.agree(probe.expected, outputs), diagnosis.agree(probe.mistaken, outputs),
        let variant = MistakeVariant.all.first(where: { $0.id == probe.mistake })
      {
        findings.append(diagnosis.finding(variant, function, .probe))
      }
    }
    return (checks, findings)
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

/// One exercise graded on its own: its result, the catalogued mistakes found in it, and whether
/// it is a stub. `Grader.annotate` turns a list of them into the report's functions.
public struct GradedExercise: Sendable {
  /// The exercise's checks (the notes come later, from `Grader.annotate`).
  public var result: FunctionResult
  /// The catalogued mistakes recognised in it.
  public var findings: [MistakeFinding]
  /// It threw `NotImplemented`.
  public var notImplemented: Bool
  /// Its process crashed (or timed out): the result says where, and no note about the functions
  /// it calls is added.
  public var crashed: Bool

  /// A graded exercise.
  public init(result: FunctionResult, findings: [MistakeFinding], notImplemented: Bool, crashed: Bool = false) {
    self.result = result
    self.findings = findings
    self.notImplemented = notImplemented
    self.crashed = crashed
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
