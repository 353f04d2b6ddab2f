import ConformanceTesting
import DNNJSON
import DeepNet
import Synchronization
import Testing
@testable import Conformance

/// A learner's stub: every graded function throws `NotImplemented`, except those handed to the
/// course's own code.
struct StubFunctions: CourseFunctions {
  /// Notebook names of the functions that are "written" (delegated to DeepNet).
  var written: Set<String> = []

  private let notebook = NotebookFunctions()

  private func check(_ name: String) throws {
    if !written.contains(name) { throw NotImplemented(name) }
  }

  func initializeParameters(nX: Int, nH: Int, nY: Int) throws -> Parameters {
    try check("initialize_parameters")
    return try notebook.initializeParameters(nX: nX, nH: nH, nY: nY)
  }

  func initializeParametersDeep(_ layerDims: [Int]) throws -> Parameters {
    try check("initialize_parameters_deep")
    return try notebook.initializeParametersDeep(layerDims)
  }

  func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    try check("linear_forward")
    return try notebook.linearForward(a: a, w: w, b: b)
  }

  func computeCost(al: Matrix, y: Matrix) throws -> Double {
    try check("compute_cost")
    return try notebook.computeCost(al: al, y: y)
  }

  func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    try check("linear_backward")
    return try notebook.linearBackward(dZ: dZ, cache: cache)
  }

  func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    try check("update_parameters")
    return try notebook.updateParameters(parameters, grads: grads, learningRate: learningRate)
  }
}

@Suite struct LearnerGradingTests {
  static let primitives: Set<String> = [
    "initialize_parameters", "initialize_parameters_deep", "linear_forward", "compute_cost", "linear_backward",
    "update_parameters",
  ]

  @Test func stubsAreReportedNotImplementedNotAsCrashes() throws {
    let report = try Conformance.grade(StubFunctions(), edition: "blog", fixtures: GradingPaths.fixtures)
    let failed = report.functions.filter { $0.status == .failed }
    // Every primitive and every composite built on them; the dnn_utils helpers keep their defaults.
    #expect(Set(failed.map(\.name)) == Self.primitives.union([
      "linear_activation_forward", "L_model_forward", "linear_activation_backward", "L_model_backward",
    ]))
    for function in failed {
      #expect(function.checks.count == 1 && function.checks[0].name == "implemented")
      #expect(function.checks[0].message.hasSuffix("is not implemented yet"), "\(function.checks[0].message)")
      #expect(function.notes.isEmpty)
    }
    #expect(failed.first { $0.name == "linear_forward" }?.checks[0].message == "linear_forward is not implemented yet")
    #expect(report.count(.passed) == 4 && !report.passed)
  }

  @Test func oneMissingPrimitiveFailsItAndItsCallersOnly() throws {
    let stub = StubFunctions(written: Self.primitives.subtracting(["linear_backward"]))
    let report = try Conformance.grade(stub, fixtures: GradingPaths.fixtures)
    let failed = report.functions.filter { $0.status == .failed }
    #expect(failed.map(\.name) == ["linear_backward", "linear_activation_backward", "L_model_backward"])
    #expect(failed.allSatisfy { $0.checks[0].message == "linear_backward is not implemented yet" })
  }

  @Test func theCourseFunctionsPassAndUnknownEditionsAreRefused() throws {
    let report = try Conformance.grade(NotebookFunctions(), fixtures: GradingPaths.fixtures)
    #expect(report.passed && report.count(.passed) == GradedFunction.stepByStep.count)
    #expect(throws: EditionError.self) { try Conformance.grade(NotebookFunctions(), edition: "nope") }
  }

  @Test func expectConformanceRecordsOneIssuePerFailedFunction() throws {
    let comments = Mutex<[String]>([])
    withKnownIssue {
      expectConformance(PrimitiveMistake(.dbWithoutMean, .blog), fixtures: GradingPaths.fixtures)
    } matching: { issue in
      comments.withLock { $0.append(issue.comments.map(\.rawValue).joined(separator: "\n")) }
      return true
    }
    let recorded = comments.withLock { $0 }
    #expect(recorded.count == 3)
    for (text, name) in zip(recorded, ["linear_backward", "linear_activation_backward", "L_model_backward"]) {
      #expect(text.hasPrefix("\(name) failed: "))
      #expect(text.contains("[db_without_mean]"))
    }
  }

  @Test func expectConformanceRecordsNothingForTheCourseFunctions() {
    let report = expectConformance(NotebookFunctions(), fixtures: GradingPaths.fixtures)
    #expect(report?.passed == true)
  }

  /// Gradescope's results.json: tests[] with name, status, score, max_score and output; score.
  @Test func gradescopeResultsHaveGradescopesKeys() throws {
    let report = try Conformance.grade(PrimitiveMistake(.costWithoutMean, .blog), fixtures: GradingPaths.fixtures)
    let json = try JSON.parse(report.gradescopeJSON.serialized(pretty: true))
    let tests = try #require(json["tests"]?.arrayValue)
    #expect(tests.count == report.functions.count)
    for test in tests {
      let keys = Set(test.objectValue?.keys ?? [])
      #expect(keys == ["name", "status", "score", "max_score", "output"])
      #expect(["passed", "failed"].contains(test["status"]?.stringValue ?? ""))
      let score = try #require(test["score"]?.doubleValue)
      let maxScore = try #require(test["max_score"]?.doubleValue)
      #expect(score >= 0 && score <= maxScore)
      #expect(test["name"]?.stringValue != nil && test["output"]?.stringValue != nil)
    }
    let cost = try #require(tests.first { $0["name"]?.stringValue == "compute_cost" })
    #expect(cost["status"]?.stringValue == "failed" && cost["score"]?.doubleValue == 0)
    #expect(cost["output"]?.stringValue?.contains("[cost_without_mean]") == true)
    #expect(json["score"]?.doubleValue == Double(report.count(.passed)))
  }

  @Test func failedValuesArePrintedNumPyStyleInTheTable() throws {
    let report = try Conformance.grade(PrimitiveMistake(.dbWithoutMean, .blog), fixtures: GradingPaths.fixtures)
    let text = ReportTable(report: report, colour: false).text
    #expect(text.contains("db: expected [[ 0.50629448]]"))
    #expect(text.contains("    actual   [[ 1.01258895]]"))
    #expect(text.contains("Looks like db is missing the 1/m [db_without_mean]"))
  }
}
