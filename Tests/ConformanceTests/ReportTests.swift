import Conformance
import DNNJSON
import Testing

@Suite("Report formats and tolerances")
struct ReportTests {
  static let report = ConformanceReport(edition: "blog", functions: [
    FunctionResult(name: "linear_forward", checks: [
      CheckResult(name: "Z", status: .passed, tolerance: "8 decimals", edition: "blog")
    ]),
    FunctionResult(name: "linear_backward", checks: [
      CheckResult(name: "db", status: .failed, message: "db[0, 0] is 1 but 0.5 was expected", edition: "blog")
    ]),
    FunctionResult(name: "two_layer_model", checks: [
      CheckResult(name: "costs", status: .skipped, message: "skipped: no cat data", edition: "blog")
    ]),
  ])

  @Test("the JSON report has SPEC §7's keys and counts")
  func jsonReport() throws {
    let json = Self.report.json
    #expect(json["schema"] == "dnn-conformance/1")
    #expect(json["edition"] == "blog")
    #expect(json["summary"] == ["passed": 1, "failed": 1, "skipped": 1])
    let check = try #require(json["functions"]?[1]?["checks"]?[0])
    for key in ["name", "status", "expected", "actual", "max_abs_error", "tolerance", "message", "edition"] {
      #expect(check[key] != nil, "check lacks \(key)")
    }
    #expect(json["functions"]?[1]?["status"] == "failed")
    #expect(json["functions"]?[2]?["status"] == "skipped")
  }

  @Test("Gradescope's results.json: tests with name, status, score, max_score, output")
  func gradescope() throws {
    let tests = try #require(Self.report.gradescopeJSON["tests"]?.arrayValue)
    #expect(tests.count == 3)
    for test in tests {
      for key in ["name", "status", "score", "max_score", "output"] { #expect(test[key] != nil) }
      #expect(["passed", "failed"].contains(test["status"]?.stringValue ?? ""))
    }
    #expect(tests[1]["score"] == 0.0)
    #expect(tests[2]["max_score"] == 0.0)
  }

  @Test("the table ends in the plain 'N passed, N failed, N skipped' line")
  func table() {
    let text = ReportTable(report: Self.report, colour: false).text
    #expect(text.hasSuffix("1 passed, 1 failed, 1 skipped\n"))
    #expect(text.contains("linear_backward         failed   0/1 passed — db[0, 0] is 1 but 0.5 was expected"))
    #expect(text.contains("two_layer_model         skipped  skipped: no cat data\n"))
  }

  @Test("a printed value is matched to half a unit in its last place")
  func printedTolerance() {
    #expect(PrintedPrecision.decimals(8).tolerance(for: 3.26295337) == 0.5e-8 + 1e-15)
    let twelve = PrintedPrecision.significant(12).tolerance(for: 0.414931599615)
    #expect(abs(twelve - (0.5e-12 + 1e-15)) < 1e-20)
    let small = PrintedPrecision.significant(12).tolerance(for: 0.0485547856288)
    #expect(abs(small - (0.5e-13 + 1e-15)) < 1e-20)
    #expect(PrintedPrecision.exact.tolerance(for: 2) == 0)
  }
}

