import DNNJSON
import DeepNet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Grades a learner's Swift implementation one exercise per child process, so that a trap (an
/// index out of range, a force-unwrapped nil, a failed precondition) fails that exercise alone,
/// with the runtime's message and the learner's line, and every other exercise is still graded.
///
/// The child is this same program started again (`/proc/self/exe`) with the arguments the caller
/// gives (for a test: run only this test) and `DNN_GRADE_CHILD` in its environment naming the
/// grading call, the exercise and a result file. The same grading call, reached in the child,
/// sees the variable, grades that one exercise, writes the result and exits
/// (`serveIfChild`). Swift's backtracer is switched on in the child, so a crash names the
/// learner's frame.
public struct IsolatedGrading: Sendable {
  /// The environment variable that makes a process a grading child:
  /// `<call key>\t<exercise>\t<result file>`.
  public static let childVariable = "DNN_GRADE_CHILD"

  /// The edition graded.
  public let grader: Grader
  /// Mistakes named under failed functions (nil: none named).
  public let catalogue: MistakeCatalogue?
  /// What identifies the grading call (its source location), so that a child serves the right one.
  public let key: String
  /// The longest one exercise may take, in seconds.
  public var timeLimit: Double = 120

  /// Grading of `edition` with the expectation files found as `dnn-conformance` finds them.
  public init(edition: String, fixtures: String?, key: String) throws {
    let edition = try Edition.named(edition)
    let directory = try FixturesDirectory.locate(explicit: fixtures)
    grader = try Grader(edition: edition, fixturesDirectory: directory)
    catalogue = try? MistakeCatalogue(fixturesDirectory: directory)
    self.key = key
  }

  /// The request this process was started to serve, if it is a grading child:
  /// (call key, exercise, result file).
  public static var childRequest: (key: String, exercise: String, resultFile: String)? {
    guard let value = getenv(childVariable) else { return nil }
    let parts = String(cString: value).split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3 else { return nil }
    return (parts[0], parts[1], parts[2])
  }

  /// Child processes can be started here (Linux: `/proc/self/exe`).
  public static var isAvailable: Bool {
    #if os(Linux)
    access("/proc/self/exe", X_OK) == 0
    #else
    false
    #endif
  }

  /// In a grading child asked for this call: grades the one exercise, writes its result and
  /// exits the process. Anywhere else it returns at once.
  public func serveIfChild(_ implementation: any CourseFunctions) {
    guard let request = Self.childRequest, request.key == key else { return }
    var json: JSON = ["error": .string("no exercise \(request.exercise) in edition \(grader.edition.id)")]
    if let function = grader.edition.functions.first(where: { $0.name == request.exercise }) {
      json = grader.gradeExercise(function, implementation, catalogue: catalogue).json
    }
    let text = json.serialized(pretty: false)
    if let file = fopen(request.resultFile, "w") {
      fputs(text, file)
      fclose(file)
    }
    exit(0)
  }

  /// Every exercise graded in a child process running `arguments` (the first is replaced by this
  /// program's path), then annotated as `Conformance.grade` does.
  public func grade(childArguments arguments: [String]) -> ConformanceReport {
    let exercises = grader.edition.functions.map { gradeInChild($0, arguments: arguments) }
    return ConformanceReport(edition: grader.edition.id, functions: grader.annotate(exercises, catalogue: catalogue))
  }

  /// One exercise in a child; a child that crashed, timed out or wrote nothing fails the exercise
  /// with what it printed.
  func gradeInChild(_ function: GradedFunction, arguments: [String]) -> GradedExercise {
    let resultFile = Self.temporaryPath(function.name)
    defer { unlink(resultFile) }
    let environment = ProcessEnvironment.merged([
      Self.childVariable: "\(key)\t\(function.name)\t\(resultFile)",
      "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no,threads=crashed,registers=none,images=none",
    ])
    let outcome: ChildProcess.Outcome
    do {
      outcome = try ChildProcess.run(
        ["/proc/self/exe"] + arguments.dropFirst(), environment: environment, timeLimit: timeLimit,
        outputLimit: 16 << 20, stop: ChildProcess.killTree)
    } catch {
      return failed(function, "could not start a grading process: \(error)")
    }
    if let text = Self.read(resultFile), let json = try? JSON.parse(text) {
      if let error = json["error"]?.stringValue { return failed(function, error) }
      if let exercise = try? GradedExercise(json: json) { return exercise }
      return failed(function, "the grading process wrote an unreadable result")
    }
    let standardError = String(decoding: outcome.standardError, as: UTF8.self)
    switch outcome.termination {
    case .timedOut:
      return failed(function, "\(function.notebookFunction) did not finish within \(Int(timeLimit)) s (an endless loop?)")
    case .signalled, .exited:
      if let crash = CrashReport(standardError: standardError, termination: outcome.termination) {
        return failed(function, "\(function.notebookFunction) crashed: \(crash.description)")
      }
      return failed(function, "the grading process for \(function.name) ended without a result (\(outcome.termination))")
    case .outputTooLarge:
      return failed(function, "\(function.notebookFunction) printed more than 16 MB")
    }
  }

  private func failed(_ function: GradedFunction, _ message: String) -> GradedExercise {
    let check = CheckResult(name: "runs", status: .failed, message: message, edition: grader.edition.id)
    return GradedExercise(
      result: FunctionResult(name: function.name, checks: [check]), findings: [], notImplemented: false, crashed: true)
  }

  /// A fresh path under `$TMPDIR` (or /tmp) for one child's result.
  static func temporaryPath(_ exercise: String) -> String {
    let directory = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var random = SystemRandomNumberGenerator()
    return "\(directory)/dnn-grade-\(getpid())-\(random.next() & 0xffff_ffff)-\(exercise).json"
  }

  /// The whole file, or nil when it cannot be read.
  static func read(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// What a crashed child printed, reduced to the runtime's message and the first frame with a
/// source location (the learner's code: the runtime's own frames have none).
struct CrashReport: CustomStringConvertible, Equatable {
  /// `Index out of range`, `Unexpectedly found nil while unwrapping an Optional value`, or the
  /// signal's name.
  let message: String
  /// `MyCourseFunctions.swift:88` and the function there, when the backtrace shows one.
  let location: String?

  /// Reads `standardError`; nil when the child neither trapped nor was killed by a signal.
  init?(standardError: String, termination: ChildProcess.Termination) {
    let lines = standardError.split(separator: "\n").map(String.init)
    if let fatal = lines.first(where: { $0.contains("Fatal error") }) {
      let text = fatal.components(separatedBy: "Fatal error").last ?? fatal
      let trimmed = text.drop { $0 == ":" || $0 == " " }
      message = trimmed.isEmpty ? "fatal error" : String(trimmed)
    } else if case .signalled(let signal) = termination {
      message = "signal \(signal) (\(String(cString: strsignal(signal))))"
    } else {
      return nil
    }
    location = lines.lazy.compactMap(Self.frameLocation).first
  }

  /// `File.swift:88 (in function)` from a backtrace line
  /// `3 [ra] 0x… function + 32 in module at /path/File.swift:88:17`.
  static func frameLocation(_ line: String) -> String? {
    guard let at = line.range(of: " at /", options: .backwards) else { return nil }
    let place = line[at.upperBound...]
    let parts = place.split(separator: ":")
    guard parts.count >= 2, let lineNumber = Int(parts[1]), lineNumber > 0 else { return nil }
    let path = "/" + parts[0]
    if path.contains("/swift/stdlib/") || path.hasPrefix("/opt/swift") || path.hasPrefix("/usr/") { return nil }
    let file = path.split(separator: "/").last.map(String.init) ?? path
    var function = ""
    if let address = line.range(of: " 0x"), let plus = line.range(of: " + ", range: address.upperBound..<at.lowerBound) {
      let afterAddress = line[address.upperBound...].drop { $0 != " " }.dropFirst()
      function = String(afterAddress[..<plus.lowerBound])
    }
    return function.isEmpty ? "\(file):\(lineNumber)" : "\(file):\(lineNumber) (in \(function))"
  }

  var description: String {
    location.map { "\(message) at \($0)" } ?? message
  }
}
