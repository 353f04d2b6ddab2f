import Conformance
import DeepNet
import Testing

/// Grades a learner's implementation from their own Swift Testing test, in one call: prints the
/// report table and records one issue per failed function, naming it and saying why (a stub that
/// throws `NotImplemented` is "not implemented yet"; a recognised mistake is named with the
/// notebook's formula).
///
/// ```swift
/// @Test func conformsToTheNotebook() { expectConformance(MyCourseFunctions()) }
/// ```
/// Returns the report (nil when grading could not start, which is recorded as an issue too).
@discardableResult
public func expectConformance(
  _ implementation: some CourseFunctions, edition: String = "blog", fixtures: String? = nil,
  sourceLocation: SourceLocation = #_sourceLocation
) -> ConformanceReport? {
  let report: ConformanceReport
  do {
    report = try Conformance.grade(implementation, edition: edition, fixtures: fixtures)
  } catch {
    Issue.record("cannot grade the implementation: \(error)", sourceLocation: sourceLocation)
    return nil
  }
  print(ReportTable(report: report, colour: false).text, terminator: "")
  for function in report.functions where function.status == .failed {
    Issue.record(Comment(rawValue: issueText(function)), sourceLocation: sourceLocation)
  }
  return report
}

/// `name failed: first failure`, then the diagnosis notes, one per line.
func issueText(_ function: FunctionResult) -> String {
  let reason = function.firstFailure.map { $0.message.isEmpty ? "\($0.name) failed" : $0.message } ?? "failed"
  return (["\(function.name) failed: \(reason)"] + function.notes).joined(separator: "\n")
}
