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
/// Each function is graded in a child process of its own (this test, started again), so a trap
/// in one — an index out of range, a nil unwrapped — fails that function with the runtime's
/// message and your line, and the others are still graded. `isolated: false` grades everything
/// in this process instead (a trap then stops the test run). Where child processes are not
/// available (outside Linux, or outside a Swift Testing test) grading is in-process.
/// Returns the report (nil when grading could not start, which is recorded as an issue too).
@discardableResult
public func expectConformance(
  _ implementation: some CourseFunctions, edition: String = "blog", fixtures: String? = nil, isolated: Bool = true,
  sourceLocation: SourceLocation = #_sourceLocation
) -> ConformanceReport? {
  let key = "\(sourceLocation.fileID):\(sourceLocation.line):\(sourceLocation.column)"
  if IsolatedGrading.childRequest != nil {
    // A grading child: serve the request if it is this call's (that exits), else do nothing.
    if let grading = try? IsolatedGrading(edition: edition, fixtures: fixtures, key: key) {
      grading.serveIfChild(implementation)
    }
    return nil
  }
  let report: ConformanceReport
  do {
    if isolated, IsolatedGrading.isAvailable, let arguments = childArguments() {
      report = try IsolatedGrading(edition: edition, fixtures: fixtures, key: key).grade(childArguments: arguments)
    } else {
      report = try Conformance.grade(implementation, edition: edition, fixtures: fixtures)
    }
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

/// The command line that runs only the current test again, with Swift Testing: the test
/// product itself, `--testing-library swift-testing` and a filter matching this test's id.
/// Nil outside a Swift Testing test.
func childArguments() -> [String]? {
  guard let test = Test.current, let program = CommandLine.arguments.first else { return nil }
  return [program, "--testing-library", "swift-testing", "--filter", filterPattern(test.id.description)]
}

/// A regular expression matching exactly `text` (Swift Testing's `--filter` takes one).
func filterPattern(_ text: String) -> String {
  let special = Set("\\^$.|?*+()[]{}")
  return "^" + text.map { special.contains($0) ? "\\\($0)" : String($0) }.joined() + "$"
}

/// `name failed: first failure`, then the diagnosis notes, one per line.
func issueText(_ function: FunctionResult) -> String {
  let reason = function.firstFailure.map { $0.message.isEmpty ? "\($0.name) failed" : $0.message } ?? "failed"
  return (["\(function.name) failed: \(reason)"] + function.notes).joined(separator: "\n")
}
