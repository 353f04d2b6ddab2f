import DNNJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Grades a learner's Python implementation (`dnn-conformance grade --python FILE`): the shipped
/// runner (`PythonRunner/runner.py`) runs every function on our regenerated fixtures, and each
/// function's outputs go through the same checks as a Swift implementation's
/// (`Grader.compare`), with the catalogued mistakes named under failed functions.
///
/// The learner's file is only read (the runner parses it and executes its definitions, never its
/// top-level test code). The runner's per-function statuses become failed functions with its
/// message (`missing`, `raised`, `timeout`, `bad_output`, `crashed`); helpers the learner did not
/// write (`not_graded`) are skipped with the reason; a file that cannot be loaded is one failure.
public struct PythonGrading: Sendable {
  /// The edition graded.
  public let grader: Grader
  /// Where `mistakes.json` and the other expectations are.
  public let fixturesDirectory: String
  /// Seconds each function may run (the runner's `--timeout`).
  public var timeout: Double
  /// Seconds the whole run may take; by default enough for every function to use its `timeout`.
  public var overallTimeLimit: Double?
  /// The interpreter: `$DNN_PYTHON`, else `python3` on PATH.
  public var interpreter: String
  /// The folder holding `runner.py`; found with `PythonRunnerLocation` when nil.
  public var runnerDirectory: String?

  /// Grading on `edition` with the expectations in `fixturesDirectory`.
  public init(
    edition: Edition, fixturesDirectory: String, timeout: Double = 10, interpreter: String? = nil,
    runnerDirectory: String? = nil
  ) throws(FixtureError) {
    grader = try Grader(edition: edition, fixturesDirectory: fixturesDirectory)
    self.fixturesDirectory = fixturesDirectory
    self.timeout = timeout
    let environment = environmentVariables()
    self.interpreter = interpreter ?? environment["DNN_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
    self.runnerDirectory = runnerDirectory
  }

  /// Runs the solution and grades it. Throws only when no verdict is possible (unreadable file,
  /// no Python or NumPy, runner missing or broken); a failing solution is a report.
  public func grade(solution: String) throws(PythonGradingError) -> ConformanceReport {
    let output = try runRunner(solution: solution)
    return report(runnerOutput: output)
  }

  /// The runner's JSON report on `solution` (fixtures written to a temporary file, removed after).
  public func runRunner(solution: String) throws(PythonGradingError) -> JSON {
    try Self.checkReadable(solution)
    let runner: String
    if let runnerDirectory {
      guard FileProbe.isReadableFile("\(runnerDirectory)/runner.py") else { throw .runnerNotFound(searched: [runnerDirectory]) }
      runner = runnerDirectory
    } else {
      runner = try PythonRunnerLocation.locate(environment: environmentVariables())
    }
    let limit = overallTimeLimit ?? timeout * Double(grader.edition.functions.count + 2) + 30
    // Sandboxed: the learner's file is copied into a private directory with the fixtures.
    let outcome = try runSandboxed(
      runner: runner, solution: solution, fixtures: grader.fixtures.json.serialized(), timeLimit: limit
    ) { solution, fixturesFile in
      [
        "\(runner)/runner.py", "--solution", solution, "--fixtures", fixturesFile,
        "--edition", grader.edition.id, "--timeout", JSON.shortestText(timeout),
      ]
    }
    let lastWords = Self.lastLine(outcome.standardError)
    switch outcome.termination {
    case .timedOut: throw .timedOut(seconds: limit)
    case .outputTooLarge: throw .badRunnerOutput("more than 256 MiB on stdout")
    case .signalled(let signal): throw .runnerFailed("killed by signal \(signal)\(lastWords.isEmpty ? "" : ": \(lastWords)")")
    case .exited(0): break
    case .exited(2):
      let message = lastWords.hasPrefix("runner.py: error: ") ? String(lastWords.dropFirst(18)) : lastWords
      if message.contains("numpy is not installed") || message.contains("No module named 'numpy'") {
        throw .numpyMissing(message)
      }
      throw .runnerRefused(message.isEmpty ? "the Python runner refused its input (exit status 2)" : message)
    case .exited(let status):
      throw .runnerFailed("exit status \(status)\(lastWords.isEmpty ? "" : ": \(lastWords)")")
    }
    let text = String(decoding: outcome.standardOutput, as: UTF8.self)
    let json: JSON
    do { json = try JSON.parse(text) } catch { throw .badRunnerOutput(error.description) }
    guard json["runner"]?.stringValue == "dnn-conformance-python/1" else {
      throw .badRunnerOutput("expected {\"runner\": \"dnn-conformance-python/1\", ...}")
    }
    return json
  }

  /// The solution must be a readable regular file.
  static func checkReadable(_ path: String) throws(PythonGradingError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .unreadableSolution(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .unreadableSolution(path: path, reason: String(cString: strerror(errno))) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .unreadableSolution(path: path, reason: "not a regular file") }
  }

  /// Writes `text` to a new file in `$TMPDIR` (or /tmp) and returns its path.
  static func writeTemporary(_ text: String) throws(PythonGradingError) -> String {
    let directory = environmentVariables()["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(directory)/dnn-conformance-fixtures-XXXXXX.json".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 5) }
    guard fd >= 0 else { throw .temporaryFile("\(directory): \(String(cString: strerror(errno)))") }
    let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    defer { close(fd) }
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
      guard written > 0 else {
        unlink(path)
        throw .temporaryFile("\(path): \(String(cString: strerror(errno)))")
      }
      offset += written
    }
    bytes.removeAll()
    return path
  }

  /// The last non-empty line of `bytes`.
  static func lastLine(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
  }
}
