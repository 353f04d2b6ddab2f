import DNNJSON
import Testing
@testable import Conformance

/// The HTML page (`--format html`), checked without a browser: well-formed enough (every element
/// closed in order), every function present, the values and the cost curves there, nothing
/// fetched from anywhere, and the report's own text escaped.
@Suite("HTML report page")
struct HTMLReportTests {
  /// A report with a failed function (first difference, named mistake), a training run, a
  /// skipped function and a learner's curve with a stability verdict.
  static func report() throws -> ConformanceReport {
    let grader = try GradingPaths.blogGrader()
    let catalogue = try GradingPaths.catalogue()
    let variant = try #require(MistakeVariant.all.first { $0.id == "db_without_mean" })
    var functions = grader.gradeDiagnosed(variant.implementation(.blog), catalogue: catalogue)
    let log: JSON = [[0, "0.69304973566"], [100, "0.646432095343"], [200, "0.625"]]
    let run: JSON = [[0, 0.6930497356599891], [100, 0.6464320953428849], [200, 0.6250]]
    functions.append(FunctionResult(name: "two_layer_model", checks: [
      CheckResult(name: "costs (gram)", status: .passed, expected: log, actual: run, edition: "blog")
    ]))
    var learnerCheck = CheckResult(name: "costs (cat data, 201 iterations)", status: .failed, edition: "blog")
    learnerCheck.curve = CostCurve(series: [
      .init(role: .published, points: [.init(iteration: 0, cost: 0.77, printed: "0.77")]),
      .init(role: .reproduced, points: [.init(iteration: 0, cost: 0.77), .init(iteration: 100, cost: 0.67)]),
      .init(role: .learner, points: [.init(iteration: 0, cost: 0.77), .init(iteration: 100, cost: .nan)]),
    ])
    // 12 printed digits of which 9 survive a perturbation: fragile, 9 stable digits.
    learnerCheck.stability = [("costs[0]", PublishedNumberVerdict(
      published: "0.500000000000", precision: .significant(12),
      stability: NumberStability(reference: 0.5, perturbed: [("W1[0] + 1 ulp", 0.5 + 2e-10)])))]
    functions.append(FunctionResult(name: "L_layer_model", checks: [learnerCheck]))
    functions.append(FunctionResult(name: "relu <script>", checks: [
      CheckResult(name: "defined", status: .skipped, message: "not graded & \"course\" provides it", edition: "blog")
    ]))
    var report = ConformanceReport(edition: "blog", functions: functions, notes: ["a note <b>"])
    report.subject = ReportSubject(file: "my<notebook>.ipynb", assignment: "Step by Step", edition: "blog", reason: "imports testCases_v2")
    return report
  }

  @Test("the page is one well-formed document: every element closed, in order")
  func balancedTags() throws {
    let html = HTMLReport(report: try Self.report(), generated: "2026-01-01 00:00 UTC").html
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.hasSuffix("</html>\n"))
    let problem = Self.unbalanced(html)
    #expect(problem == nil, "\(problem ?? "")")
  }

  @Test("every function is a row, failures first; nothing external; text escaped")
  func contents() throws {
    let report = try Self.report()
    let html = HTMLReport(report: report, generated: "2026-01-01 00:00 UTC").html
    for function in report.functions {
      #expect(html.contains("<th scope=\"row\"><code>\(HTMLText.escape(function.name))</code></th>"), "\(function.name)")
    }
    let firstFailed = try #require(html.range(of: "<tbody class=\"function failed\""))
    let firstPassed = try #require(html.range(of: "<tbody class=\"function passed\""))
    #expect(firstFailed.lowerBound < firstPassed.lowerBound)
    for forbidden in ["http:", "https:", "=\"//", "<script", "src=", "url(", "@import", "<link", "@font-face"] {
      // =\"// would be a protocol-relative URL in an attribute.
      #expect(!html.contains(forbidden), "the page contains \(forbidden)")
    }
    #expect(html.contains("relu &lt;script&gt;"))
    #expect(html.contains("my&lt;notebook&gt;.ipynb"))
    #expect(html.contains("not graded &amp; &quot;course&quot; provides it"))
    #expect(html.contains("<li>a note &lt;b&gt;</li>"))
    #expect(html.contains("2026-01-01 00:00 UTC"))
  }

  @Test("a failed output shows expected and actual as NumPy prints them, the first difference marked")
  func valuesAndMistake() throws {
    let html = HTMLReport(report: try Self.report(), generated: "").html
    // linear_backward's db: 0.50629448 printed, the learner's twice as large.
    #expect(html.contains("<pre>[[ <mark class=\"diff\">0.50629448</mark>]]</pre>"))
    #expect(html.contains("<mark class=\"diff\">1.01258895</mark>"))
    #expect(html.contains("first difference at <code>[0, 0]</code>"))
    // The named mistake with the notebook's formula, shown once.
    #expect(html.contains("Looks like db is missing the 1/m"))
    #expect(html.contains("<code>db = np.sum(dZ, axis=1, keepdims=True) / m</code>"))
    let catalogue = try GradingPaths.catalogue()
    let explanation = try #require(catalogue["db_without_mean"]?.explanation)
    #expect(html.components(separatedBy: HTMLText.escape(explanation)).count == 2)
  }

  @Test("every training run gets a chart with axes, labels and a legend; verdicts are marked")
  func curves() throws {
    let html = HTMLReport(report: try Self.report(), generated: "").html
    #expect(html.components(separatedBy: "<svg class=\"chart\"").count == 3)
    #expect(html.contains(">iteration</text>") && html.contains(">cost</text>"))
    #expect(html.contains("published (notebook)") && html.contains("reproduced (ours)") && html.contains(">yours</text>"))
    #expect(html.contains("<polyline class=\"line reproduced\""))
    #expect(html.contains("class=\"mark learner\""))
    #expect(html.contains("fragile, 9 stable digits"))
    #expect(!html.contains("NaN") && !html.contains("nan,"))
    // A check that is not a log gets no chart; a run's log needs no typed curve.
    let plain = CheckResult(name: "Z", status: .passed, expected: [[1, 2]], actual: [[1, 2]], edition: "blog")
    #expect(plain.costCurve?.series.count == 2)
    let array = CheckResult(name: "Z", status: .passed, expected: ["shape": [1], "data": [1.0]], edition: "blog")
    #expect(array.costCurve == nil)
  }

  @Test("the mark lands on the right element of a summarised print")
  func highlightInLargeArray() {
    let array = NumericArray(shape: [40, 40], data: (0..<1600).map { Double($0) })
    let marked = HighlightedPrint.html(array, mark: 40 * 38 + 39)  // row 38, last column: shown
    #expect(marked.contains("<mark class=\"diff\">1.55900000e+03</mark>"))
    #expect(!HighlightedPrint.html(array, mark: 20 * 40 + 20).contains("<mark"))  // summarised away
    #expect(HighlightedPrint.html(NumericArray(scalar: 0.25), mark: 0) == "<mark class=\"diff\">0.25</mark>")
  }

  @Test("chart ticks are round numbers covering the data")
  func ticks() {
    #expect(CostChart.ticks(0, 2500) == [0, 500, 1000, 1500, 2000, 2500])
    let costs = CostChart.ticks(0.0486, 0.693)
    #expect(costs.first! <= 0.0486 && costs.last! >= 0.693 && costs.count <= 11)
    #expect(CostChart.tickLabel(0.2, ticks: [0, 0.2, 0.4]) == "0.2")
  }

  /// The first element closed out of order or left open (void elements need no end tag), or nil.
  static func unbalanced(_ html: String) -> String? {
    let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "wbr"]
    var stack: [String] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { return "a '<' never closed" }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") { continue }
      let selfClosing = tag.hasSuffix("/")
      let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
      if tag.hasPrefix("/") {
        guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
        stack.removeLast()
      } else if !selfClosing && !void.contains(name) {
        stack.append(name)
      }
    }
    return stack.isEmpty ? nil : "left open: \(stack)"
  }
}
