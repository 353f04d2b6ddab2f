import Conformance
import DNNJSON
import Testing

/// A report over several editions keeps same-named functions apart.
@Suite("Reports over several editions")
struct EditionReportTests {
  static let report = ConformanceReport(edition: "blog,v4a", functions: [
    FunctionResult(name: "numpy_random", checks: [CheckResult(name: "seed 1", status: .passed, edition: "all")]),
    FunctionResult(name: "compute_cost", checks: [CheckResult(name: "cost", status: .passed, edition: "blog")]),
    FunctionResult(name: "compute_cost", checks: [
      CheckResult(name: "cost", status: .failed, message: "cost is 1 but 0.2797765635793422 was expected", edition: "v4a")
    ]),
  ])

  @Test("function entries carry their edition")
  func jsonEdition() throws {
    let functions = try #require(Self.report.json["functions"]?.arrayValue)
    #expect(functions.map { $0["edition"] } == ["all", "blog", "v4a"])
    #expect(functions.map { $0["name"] } == ["numpy_random", "compute_cost", "compute_cost"])
    #expect(Self.report.editions == ["blog", "v4a"])
  }

  @Test("the table groups functions under a heading per edition, with its counts")
  func tableHeadings() {
    let text = ReportTable(report: Self.report, colour: false).text
    #expect(text.contains("── every edition ──\nnumpy_random"))
    #expect(text.contains("── edition blog: 1 passed, 0 failed, 0 skipped ──\ncompute_cost"))
    #expect(text.contains("── edition v4a: 0 passed, 1 failed, 0 skipped ──\ncompute_cost"))
    #expect(text.hasSuffix("2 passed, 1 failed, 0 skipped\n"))
  }

  @Test("Gradescope test names are prefixed with the edition when several are reported")
  func gradescopeNames() throws {
    let tests = try #require(Self.report.gradescopeJSON["tests"]?.arrayValue)
    #expect(tests.map { $0["name"] } == ["numpy_random", "[blog] compute_cost", "[v4a] compute_cost"])
  }

  @Test("a single-edition table has no headings")
  func singleEdition() {
    let single = ConformanceReport(edition: "blog", functions: Array(Self.report.functions.prefix(2)))
    #expect(!ReportTable(report: single, colour: false).text.contains("──"))
    #expect(single.gradescopeJSON["tests"]?[1]?["name"] == "compute_cost")
  }
}
