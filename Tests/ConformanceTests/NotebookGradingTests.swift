@testable import Conformance
import DNNJSON
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Our own notebooks of every release (Tests/ConformanceTests/Notebooks, made by
/// make_notebooks.py), graded as a learner would grade them — no --edition — with the verdicts
/// of expected.json: the release detected, every correct function passed, every planted mistake
/// failed in its own function. The Application's models are checked here on the public tests'
/// cases; `make conformance` grades them on the cat data too (scripts/check-notebooks.py).
@Suite(.enabled(if: PythonAvailability.ready, PythonAvailability.reason))
struct NotebookGradingTests {
  /// The notebooks, written by make_notebooks.py into a scratch folder (removed when the test
  /// process exits): only the generator is kept in the repository.
  static let folder: String = {
    guard let folder = try? temporaryDirectory() else { return "/nonexistent" }
    let script = GradingPaths.root + "/Tests/ConformanceTests/Notebooks/make_notebooks.py"
    _ = try? ChildProcess.run(["python3", script, folder], timeLimit: 120)
    atexit { NotebookGradingTests.removeFolder() }
    return folder
  }()

  static func removeFolder() { _ = ChildProcess.removeTree(folder) }

  static let expected: JSON? = try? JSON.parse(contentsOfFile: folder + "/expected.json")
  static let notebooks: [String] = expected?["notebooks"]?.objectValue?.keys.sorted() ?? []

  /// The edition each release of expected.json is graded as.
  static let editionOfRelease = [
    "blog": "blog", "v5": "v5", "v8": "v8", "v8a": "v8a", "2021": "2021", "2023": "2023",
    "app-v2": "coursera", "app-v3": "coursera", "app-2021": "coursera",
    "w2-2017": "w2-2017", "w2-v5": "w2-v5", "w2-2021": "w2-2021", "w3-v5": "w3-v5", "w3-2021a": "w3-2021a", "w3-2021": "w3-2021",
  ]


  @Test func everyReleaseHasNotebooks() {
    #expect(Self.notebooks.count >= 60, "make_notebooks.py did not write the notebooks into \(Self.folder)")
    let releases = Set(Self.notebooks.compactMap { Self.expected?["notebooks"]?[$0]?["release"]?.stringValue })
    #expect(releases == Set(Self.editionOfRelease.keys))
    #expect(Self.notebooks.contains { $0.hasSuffix(".ipynb") } && Self.notebooks.contains { $0.hasSuffix(".py") })
  }

  @Test(arguments: notebooks)
  func gradedWithTheExpectedVerdicts(_ path: String) throws {
    let want = try #require(Self.expected?["notebooks"]?[path])
    let source = try NotebookSource(path: "\(Self.folder)/\(path)")
    let grading = try PythonGrading.detecting(source, edition: nil, fixturesDirectory: GradingPaths.fixtures)
    let release = want["release"]?.stringValue ?? ""
    #expect(grading.grader.edition.id == Self.editionOfRelease[release], "\(grading.editionReason)")
    let report = try grading.grade(source)
    let functions = try #require(want["functions"]?.objectValue)
    for (name, verdict) in functions {
      let result = try #require(report.functions.first { $0.name == name }, "\(name) is not in the report")
      // "passed|failed": either is right (the verdict depends on the fresh inputs).
      let allowed = (verdict.stringValue ?? "").split(separator: "|").map(String.init)
      #expect(allowed.contains(result.status.rawValue), "\(name): \(result.checks.filter { $0.status == .failed }.map(\.message))")
    }
    let unexpected = report.functions.filter { $0.status == .failed && functions[$0.name] == nil }.map(\.name)
    #expect(unexpected.isEmpty, "failed without a planted mistake: \(unexpected)")
    #expect(report.passed == !functions.values.contains { $0.stringValue == "failed" })
    #expect(report.notes.first?.contains("as edition \(grading.grader.edition.id)") == true)
    let catalogue = try GradingPaths.catalogue()
    for (name, mistake) in want["mistakes"]?.objectValue ?? JSON.Object() {
      guard let id = mistake.stringValue, catalogue[id] != nil else { continue }
      let result = try #require(report.functions.first { $0.name == name })
      #expect(result.namedMistakes(in: catalogue).contains(id), "\(name): \(result.notes)")
    }
  }

  @Test func aCostOfShapeOneByOneIsAcceptedWithANote() throws {
    let source = try NotebookSource(path: "\(Self.folder)/step_by_step/2021/cost_1x1.ipynb")
    let report = try PythonGrading.detecting(source, edition: nil, fixturesDirectory: GradingPaths.fixtures).grade(source)
    let cost = try #require(report.functions.first { $0.name == "compute_cost" })
    #expect(cost.status == .passed)
    #expect(cost.notes.contains { $0.contains("np.squeeze") })
  }

  @Test func aFunctionThatOnlyCallsTheCourseHelperFails() throws {
    let source = try NotebookSource(path: "\(Self.folder)/step_by_step/2021/delegates_helper.ipynb")
    let report = try PythonGrading.detecting(source, edition: nil, fixturesDirectory: GradingPaths.fixtures).grade(source)
    let forward = try #require(report.functions.first { $0.name == "linear_forward" })
    #expect(forward.status == .failed)
    #expect(forward.firstFailure?.message.contains("calls the course helper") == true, "\(forward.checks.map(\.message))")
  }

  @Test func aHardCodedSizeFailsOnFreshInputsWithItsCause() throws {
    let source = try NotebookSource(path: "\(Self.folder)/step_by_step/2021/init_W2_hardcoded.ipynb")
    let report = try PythonGrading.detecting(source, edition: nil, fixturesDirectory: GradingPaths.fixtures).grade(source)
    let initialize = try #require(report.functions.first { $0.name == "initialize_parameters" })
    let failure = try #require(initialize.firstFailure)
    #expect(failure.name.hasSuffix("(fresh inputs)"))
    #expect(failure.message.contains("hard-coded sizes"), "\(failure.message)")
    #expect(report.notes.contains { $0.hasPrefix("fresh inputs drawn with seed") })
  }

  @Test func notebookLinesAreNamedByCell() throws {
    let source = try NotebookSource(path: "\(Self.folder)/step_by_step/blog/correct.ipynb")
    let line = try #require(source.python.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("def linear_forward") })
    let located = source.locate("AssertionError (at solution.py:\(line + 1) in linear_forward)", scriptName: "solution.py")
    #expect(located.contains("correct.ipynb cell "), "\(located)")
    #expect(!located.contains("solution.py"))
  }

  /// The grading of our notebook `file` (relative to the notebooks' folder) changed by `change`,
  /// written as `name` in a temporary folder of its own.
  static func gradeChanged(_ file: String, as name: String, _ change: (String) -> String) throws -> ConformanceReport {
    let folder = try temporaryDirectory()
    defer { _ = ChildProcess.removeTree(folder) }
    try writeFile("\(folder)/\(name)", change(String(decoding: try readBytes("\(Self.folder)/\(file)"), as: UTF8.self)))
    let source = try NotebookSource(path: "\(folder)/\(name)")
    return try PythonGrading.detecting(source, edition: nil, fixturesDirectory: GradingPaths.fixtures).grade(source)
  }

  /// A function whose cell does not compile fails with the syntax error, placed in the notebook
  /// (Python's own "on line N" too), not as a function the file does not define.
  @Test func aFunctionInACellThatDoesNotCompileFailsWithItsSyntaxError() throws {
    let report = try Self.gradeChanged("step_by_step/2021/correct.ipynb", as: "broken_cell.ipynb") { original in
      let definition = "\"def linear_backward(dZ, cache):\\n\","
      #expect(original.contains(definition))
      return original.replacing(definition, with: definition + " \"    if dZ is None:\\n\",")
    }
    let backward = try #require(report.functions.first { $0.name == "linear_backward" })
    let message = backward.firstFailure?.message ?? ""
    #expect(message.hasPrefix("linear_backward is written in code that does not compile"), "\(message)")
    #expect(message.contains("SyntaxError: expected an indented block after 'if' statement on cell "), "\(message)")
    #expect(report.functions.first { $0.name == "linear_forward" }?.status == .passed)
  }

  /// A function that reads a variable only a test cell assigns (the notebook's globals) fails
  /// with a NameError that says so.
  @Test func aLeftoverGlobalIsNamedAsSuch() throws {
    let report = try Self.gradeChanged("step_by_step/2021/correct.py", as: "leftover.py") { original in
      let definition = "def linear_forward(A, W, b):\n"
      #expect(original.contains(definition))
      return original.replacing(definition, with: "leftover = np.ones(1)\n" + definition + "    leftover\n")
    }
    let message = report.functions.first { $0.name == "linear_forward" }?.firstFailure?.message ?? ""
    #expect(message.contains("NameError: name 'leftover' is not defined"), "\(message)")
    #expect(message.contains("`leftover` is assigned only by the notebook's top-level code"), "\(message)")
  }

  /// A constant that a skipped statement rebinds is no longer run as one: the own-image cell's
  /// `my_image = my_image / 255.` after a skipped `my_image = ...reshape(...)` raises no warning.
  @Test func aConstantRebornBySkippedCodeIsNotRunAsOne() throws {
    let ownImage = "\nmy_image = \"my_image.jpg\"\nimage = np.ones((4, 4))\nmy_image = image.reshape((1, -1))\nmy_image = my_image / 255.\n"
    let report = try Self.gradeChanged("step_by_step/2021/correct.py", as: "own_image.py") { $0 + ownImage }
    #expect(!report.notes.contains { $0.contains("statement skipped") }, "\(report.notes)")
    #expect(report.passed)
  }

  @Test func aFileThatDoesNotParseAtAllIsOneFailedRowNamedAfterIt() throws {
    let folder = try temporaryDirectory()
    defer { _ = ChildProcess.removeTree(folder) }
    let path = "\(folder)/broken.py"
    try writeFile(path, "this is not { python at all\nnor this ]\n")
    let source = try NotebookSource(path: path)
    let report = try PythonGrading.detecting(source, edition: nil, fixturesDirectory: GradingPaths.fixtures).grade(source)
    #expect(report.functions.map(\.name) == ["broken.py"])
    #expect(report.functions.first?.firstFailure?.message.contains("SyntaxError") == true)
    #expect(!report.passed)
  }

  @Test func anActivationTheLearnerWroteCountsOnlyWhileAGradedFunctionFails() {
    func result(_ name: String, _ status: CheckStatus) -> FunctionResult {
      FunctionResult(name: name, checks: [CheckResult(name: "runs", status: status, message: status == .failed ? "wrong" : "", edition: "blog")])
    }
    let optional: Set = ["sigmoid"]
    let allGradedPass = PythonGrading.sparingHelpers([result("sigmoid", .failed), result("linear_forward", .passed)], optional: optional)
    #expect(allGradedPass.map(\.status) == [.skipped, .passed])
    #expect(allGradedPass[0].checks[0].message.contains("not an exercise of this release"))
    let oneFails = PythonGrading.sparingHelpers([result("sigmoid", .failed), result("linear_forward", .failed)], optional: optional)
    #expect(oneFails.map(\.status) == [.failed, .failed])
  }
}
