import DNNJSON
import Testing
@testable import Conformance

#if canImport(Glibc)
import Glibc
#endif

/// Whether python3 with NumPy can run here (the Python grading tests need both).
enum PythonAvailability {
  static let ready: Bool = {
    guard let outcome = try? ChildProcess.run(["python3", "-c", "import numpy"], timeLimit: 60) else { return false }
    return outcome.termination == .exited(0)
  }()

  static let reason: Comment = "python3 with NumPy is not available: the Python grading tests are skipped"
}

/// `dnn-conformance grade --python` (the library path behind it) on the planted-mistake solutions:
/// the exact per-function verdicts of expected_verdicts.json, and the planted mistake named where
/// the catalogue can see it.
@Suite(.enabled(if: PythonAvailability.ready, PythonAvailability.reason))
struct GradePythonTests {
  static let verdicts: JSON? = try? JSON.parse(contentsOfFile: GradingPaths.solutions + "/expected_verdicts.json")
  static let solutionNames: [String] = verdicts?["solutions"]?.objectValue?.keys.sorted() ?? []

  @Test func everySolutionIsListed() {
    #expect(Self.solutionNames.count >= 19)
    #expect(Self.solutionNames.contains("correct.py") && Self.solutionNames.contains("syntax_error.py"))
  }

  @Test(arguments: solutionNames)
  func verdictsAndDiagnosisMatchTheExpectedOnes(_ name: String) throws {
    let expected = try #require(Self.verdicts?["solutions"]?[name])
    let catalogue = try GradingPaths.catalogue()
    let path = try PlantedSolutions.path(name)
    let before = try readBytes(path)
    // 2 s as in expected_verdicts.json for the loop; room to spare for the others on a busy machine.
    let timeout = name == "infinite_loop.py" ? 2.0 : 10.0
    let grading = try PythonGrading(edition: .blog, fixturesDirectory: GradingPaths.fixtures, timeout: timeout)
    let report = try grading.grade(solution: path)
    #expect(try readBytes(path) == before, "the learner's file was modified")

    if let error = expected["error"]?.stringValue {
      #expect(report.functions.map(\.name) == [name])
      #expect(report.functions.first?.status == .failed)
      #expect(report.functions.first?.checks.first?.message.hasPrefix(error) == true)
      #expect(!report.passed)
      return
    }
    let functions = try #require(expected["functions"]?.objectValue)
    for (function, verdict) in functions {
      let result = try #require(report.functions.first { $0.name == function }, "\(function) is not in the report")
      #expect(result.status.rawValue == verdict["verdict"]?.stringValue, "\(function): \(result.checks.map(\.message))")
      if let outputs = verdict["outputs_failed"]?.arrayValue?.compactMap(\.stringValue) {
        #expect(result.failedOutputs == Set(outputs), "\(function)")
      }
      if var message = verdict["message"]?.stringValue {
        // Where a stopped function was interrupted varies by a line or two: compare what precedes it.
        if verdict["status"]?.stringValue == "timeout" { message = String(message.prefix { $0 != "(" }).trimmingSpaces() }
        // The report names the chain of the learner's calls (outer → inner); the expectation, the innermost.
        let actual = (result.firstFailure?.message ?? "").replacing(#/\(at [^()]* → /#, with: "(at ")
        #expect(actual.contains(message), "\(function): \(result.firstFailure?.message ?? "")")
      }
      let mistake = verdict["mistake"]?.stringValue
      #expect(result.namedMistakes(in: catalogue) == Set([mistake].compactMap { $0 }), "\(function): \(result.notes)")
    }
    for skipped in expected["not_graded"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
      #expect(report.functions.first { $0.name == skipped }?.status == .skipped, "\(skipped)")
    }
    let failedNames = functions.filter { $0.value["verdict"]?.stringValue == "failed" }.map(\.key)
    #expect(Set(report.functions.filter { $0.status == .failed }.map(\.name)) == Set(failedNames))
    #expect(report.passed == failedNames.isEmpty)
  }

  @Test func cascadedFailuresPointAtTheirCallee() throws {
    let grading = try PythonGrading(edition: .blog, fixturesDirectory: GradingPaths.fixtures, timeout: 2)
    let report = try grading.grade(solution: PlantedSolutions.path("missing_function.py"))
    let backward = try #require(report.functions.first { $0.name == "L_model_backward" })
    #expect(backward.notes.first == "L_model_backward calls linear_activation_backward, which failed too: fix linear_activation_backward first")
    // Then what the failed fresh-input run was given.
    #expect(backward.notes.dropFirst().allSatisfy { $0.hasPrefix("fresh inputs were: AL (1, 4), Y (1, 4)") }, "\(backward.notes)")
    let wrongShape = try grading.grade(solution: PlantedSolutions.path("wrong_shape.py"))
    let forward = try #require(wrongShape.functions.first { $0.name == "L_model_forward" })
    #expect(forward.notes.first?.hasPrefix("L_model_forward calls linear_forward, which looks wrong") == true)
  }

  @Test func inputsThatCannotBeGradedAreErrors() throws {
    let grading = try PythonGrading(edition: .blog, fixturesDirectory: GradingPaths.fixtures, timeout: 2)
    #expect(throws: PythonGradingError.unreadableSolution(path: "/nonexistent/sol.py", reason: "No such file or directory")) {
      try grading.grade(solution: "/nonexistent/sol.py")
    }
    #expect(throws: PythonGradingError.unreadableSolution(path: GradingPaths.solutions, reason: "a directory")) {
      try grading.grade(solution: GradingPaths.solutions)
    }
    var noPython = grading
    noPython.interpreter = "/nonexistent/python3"
    #expect(throws: PythonGradingError.interpreterNotFound("/nonexistent/python3")) {
      try noPython.grade(solution: "\(GradingPaths.solutions)/correct.py")
    }
    var noRunner = grading
    noRunner.runnerDirectory = "/nonexistent"
    #expect(throws: PythonGradingError.runnerNotFound(searched: ["/nonexistent"])) {
      try noRunner.grade(solution: "\(GradingPaths.solutions)/correct.py")
    }
  }

  @Test func pythonWithoutNumPyIsAClearError() throws {
    let directory = try temporaryDirectory()
    defer { _ = ChildProcess.removeTree(directory) }
    let wrapper = "\(directory)/python-without-site"
    try writeFile(wrapper, "#!/bin/sh\nexec python3 -S \"$@\"\n")
    chmod(wrapper, 0o755)
    var grading = try PythonGrading(edition: .blog, fixturesDirectory: GradingPaths.fixtures, timeout: 2)
    grading.interpreter = wrapper
    do {
      _ = try grading.grade(solution: "\(GradingPaths.solutions)/correct.py")
      Issue.record("graded without NumPy")
    } catch {
      guard case .numpyMissing(let message) = error else {
        Issue.record("expected numpyMissing, got \(error)")
        return
      }
      #expect(message.contains("numpy is not installed"))
      #expect(error.description.contains("needs NumPy"))
    }
  }

  @Test func theOverallTimeLimitStopsTheRunnerAndEveryChild() throws {
    let directory = try temporaryDirectory()
    defer { _ = ChildProcess.removeTree(directory) }
    let solution = "\(directory)/loops_forever.py"
    try writeFile(solution, String(decoding: try readBytes(PlantedSolutions.path("infinite_loop.py")), as: UTF8.self))
    var grading = try PythonGrading(edition: .blog, fixturesDirectory: GradingPaths.fixtures, timeout: 60)
    grading.overallTimeLimit = 3
    // The functions graded before the limit keep their verdicts; the one running and the rest fail.
    let report = try grading.grade(solution: solution)
    let update = try #require(report.functions.first { $0.name == "update_parameters" })
    #expect(update.status == .failed)
    #expect(update.firstFailure?.message.contains("overall time limit") == true, "\(update.checks.map(\.message))")
    #expect(report.functions.first { $0.name == "linear_forward" }?.status == .passed)
    usleep(200_000)
    let survivors = FileProbe.entries(in: "/proc").filter { pid in
      Int32(pid) != nil && (FileProbe.contents(of: "/proc/\(pid)/cmdline")?.contains(solution) ?? false)
    }
    #expect(survivors.isEmpty, "processes left running: \(survivors)")
  }

  @Test func theRunnerIsFoundNextToTheTestBinary() throws {
    let found = try PythonRunnerLocation.locate(environment: [:])
    #expect(found.hasSuffix("DNNConformance_Conformance.resources/PythonRunner"))
    let sourceTree = GradingPaths.root + "/Sources/Conformance/PythonRunner"
    #expect(try PythonRunnerLocation.locate(environment: ["DNN_PYTHON_RUNNER": sourceTree]) == sourceTree)
  }
}

/// The bytes of a file.
func readBytes(_ path: String) throws -> [UInt8] {
  guard let file = fopen(path, "rb") else { throw FixtureError("cannot open \(path)") }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count == 0 { break }
    bytes += buffer[0..<count]
  }
  return bytes
}

/// Writes `text` to `path`.
func writeFile(_ path: String, _ text: String) throws {
  guard let file = fopen(path, "w") else { throw FixtureError("cannot write \(path)") }
  defer { fclose(file) }
  fputs(text, file)
}

/// A new empty directory under /tmp.
func temporaryDirectory() throws -> String {
  var template = Array("/tmp/dnn-conformance-test-XXXXXX".utf8CString)
  guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
    throw FixtureError("mkdtemp failed")
  }
  return String(cString: made)
}

extension ChildProcess {
  /// `rm -rf directory` (tests only).
  static func removeTree(_ directory: String) -> Bool {
    (try? run(["rm", "-rf", directory], timeLimit: 30).termination) == .exited(0)
  }
}

extension String {
  /// Without trailing spaces.
  fileprivate func trimmingSpaces() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}

/// A dA key of the other releases' numbering is explained, whether the key is missing or holds
/// the neighbouring layer's gradient; dA_prev's shape is not a numbering matter.
@Test func gradsKeyNumberingIsExplained() {
  let missing = LearnerChecks.keyHint("no output dA2 was produced", .blog)
  #expect(missing?.contains("dA1 … dAL") == true)
  let shifted = LearnerChecks.keyHint("dA1 has shape (4, 2) but (3, 2) was expected", .v3)
  #expect(shifted?.contains("dA0 … dA(L-1)") == true)
  #expect(LearnerChecks.keyHint("dA_prev has shape (4, 2) but (3, 2) was expected", .v3) == nil)
}

/// A wrong shape's hint names its likely cause: the summation axis of db, a scalar expected.
@Test func shapeHintsNameTheCause() {
  #expect(LearnerChecks.shapeHint("Wrong shape: db has shape (1, 4) but (3, 1) was expected")?.contains("not axis=0") == true)
  #expect(LearnerChecks.shapeHint("b has shape (1, 1) but () was expected")?.hasPrefix("a number was expected") == true)
  #expect(LearnerChecks.shapeHint("db has shape (3,) but (3, 1) was expected")?.contains("keepdims=True") == true)
  #expect(LearnerChecks.shapeHint("W2 has shape (1, 4) but (2, 4) was expected")?.contains("hard-coded sizes") == true)
}

/// The output's name is read in both forms of the message.
@Test func shapeHintsReadTheOutputName() {
  #expect(LearnerChecks.shapeHint("W1 (fresh inputs) has shape (4, 3) but (3, 3) was expected")?.contains("hard-coded sizes") == true)
  #expect(LearnerChecks.shapeHint("Wrong shape: A has shape (4, 3) but (3, 3) was expected") == nil)
}
