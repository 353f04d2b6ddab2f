import DNNJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Grades a learner's Python notebook or script (`dnn-conformance grade FILE`).
///
/// The file is read here (a notebook's code cells become a script), its assignment and release
/// worked out from its imports unless an edition is given, and a plan of exercises handed to the
/// shipped runner (`PythonRunner/runner.py`), which runs each exercise of learner code in a child
/// of its own. Every exercise is called on the notebook's own test case (checked against the
/// published values, NumPy's references and the course's solution) and on fresh inputs of other
/// shapes (against the course's solution); the Application's two models are trained on the
/// public-test cases and on the cat data. Catalogued mistakes are named under failed functions.
public struct PythonGrading: Sendable {
  /// The edition graded.
  public let grader: Grader
  /// Why that edition (detected from the file, or given).
  public let editionReason: String
  /// Where `mistakes.json` and the other expectations are.
  public let fixturesDirectory: String
  /// Seconds each exercise may run (the Application's cat-data training gets more).
  public var timeout: Double
  /// Seconds the whole run may take; by default enough for every exercise to use its time.
  public var overallTimeLimit: Double?
  /// The interpreter: `$DNN_PYTHON`, else `python3` on PATH.
  public var interpreter: String
  /// The folder holding `runner.py`; found with `PythonRunnerLocation` when nil.
  public var runnerDirectory: String?
  /// The seed of the fresh inputs; by default drawn from the clock and printed in the report.
  public var freshSeed: UInt32
  /// The folder with the cat data, for the Application's training check (nil: not found).
  public var datasets: String?
  /// Where the cat data was looked for when it was not found (for the report's note).
  public var datasetsSearch: String?
  /// Resource limits of the learner's processes (the sandbox's, and each exercise's child's).
  var sandboxLimits = SandboxLimits()

  /// Grading on `edition` with the expectations in `fixturesDirectory`.
  public init(
    edition: Edition, fixturesDirectory: String, timeout: Double = 10, interpreter: String? = nil,
    runnerDirectory: String? = nil, reason: String? = nil
  ) throws(FixtureError) {
    grader = try Grader(edition: edition, fixturesDirectory: fixturesDirectory)
    editionReason = reason ?? "edition \(edition.id) as asked"
    self.fixturesDirectory = fixturesDirectory
    self.timeout = timeout
    let environment = environmentVariables()
    self.interpreter = interpreter ?? environment["DNN_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
    self.runnerDirectory = runnerDirectory
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    freshSeed = UInt32(truncatingIfNeeded: now.tv_nsec ^ (now.tv_sec << 7)) % 1_000_000
  }

  /// Grading of `source` with the edition its imports point to (or `edition` when given).
  public static func detecting(
    _ source: NotebookSource, edition: String?, fixturesDirectory: String, timeout: Double = 10
  ) throws -> PythonGrading {
    if let edition {
      return try PythonGrading(edition: try Edition.named(edition), fixturesDirectory: fixturesDirectory, timeout: timeout,
        reason: "edition \(edition) as asked (--edition)")
    }
    let detection = ReleaseDetection.detect(source.python)
    return try PythonGrading(
      edition: try Edition.named(detection.edition), fixturesDirectory: fixturesDirectory, timeout: timeout,
      reason: detection.reason)
  }

  /// Reads and grades the learner's file. Throws only when no verdict is possible (unreadable
  /// file, no Python or NumPy, runner missing or broken); a failing solution is a report.
  public func grade(solution: String) throws(PythonGradingError) -> ConformanceReport {
    try grade(NotebookSource(path: solution))
  }

  /// Grades an already-read file.
  public func grade(_ source: NotebookSource) throws(PythonGradingError) -> ConformanceReport {
    let plan = self.plan()
    let lines = try runRunner(source: source, plan: plan)
    return report(runnerLines: lines, plan: plan, source: source)
  }

  /// The exercises of this grading.
  public func plan() -> LearnerPlan {
    LearnerPlan.make(grader, freshSeed: freshSeed, datasets: datasets, timeout: timeout)
  }

  /// The runner's JSON lines on `source` under `plan` (everything written to a private folder,
  /// removed after).
  public func runRunner(source: NotebookSource, plan: LearnerPlan) throws(PythonGradingError) -> [JSON] {
    let runner: String
    if let runnerDirectory {
      guard FileProbe.isReadableFile("\(runnerDirectory)/runner.py") else { throw .runnerNotFound(searched: [runnerDirectory]) }
      runner = runnerDirectory
    } else {
      runner = try PythonRunnerLocation.locate(environment: environmentVariables())
    }
    var files: [(name: String, bytes: [UInt8])] = [(Self.scriptName, Array(source.python.utf8))]
    for exercise in plan.exercises {
      for run in exercise.runs {
        for (name, array) in run.files where !files.contains(where: { $0.name == LearnerPlan.fileName(name, array) }) {
          files.append((LearnerPlan.fileName(name, array), array.littleEndianBytes))
        }
      }
    }
    let limit = overallTimeLimit ?? plan.exercises.reduce(30) { $0 + $1.timeout + 1 }
    let longest = plan.exercises.map(\.timeout).max() ?? timeout
    let outcome = try runSandboxed(runner: runner, timeLimit: limit) { directory in
      let planJSON = plan.json(
        solution: "\(directory)/\(Self.scriptName)", display: source.displayName, timeout: timeout,
        limits: sandboxLimits, cpuSeconds: Int(longest.rounded(.up)) * 2 + 5)
      return (files + [("plan.json", Array(planJSON.serialized().utf8))], ["\(runner)/runner.py", "--plan", "\(directory)/plan.json"])
    }
    return try Self.lines(of: outcome, timeLimit: limit)
  }

  /// The name of the learner's script in the private folder (messages name it; `locate` maps it back).
  static let scriptName = "solution.py"

  /// The report lines of a finished runner; errors for a runner that refused or broke.
  static func lines(of outcome: Sandbox.Outcome, timeLimit: Double) throws(PythonGradingError) -> [JSON] {
    let lastWords = lastLine(outcome.standardError)
    switch outcome.termination {
    case .exited(2):
      let message = lastWords.hasPrefix("runner.py: error: ") ? String(lastWords.dropFirst(18)) : lastWords
      if message.contains("numpy is not installed") || message.contains("No module named 'numpy'") {
        throw .numpyMissing(message)
      }
      throw .runnerRefused(message.isEmpty ? "the Python runner refused its input (exit status 2)" : message)
    case .exited(let status) where status != 0 && status != 137:
      if outcome.standardOutput.isEmpty { throw .runnerFailed("exit status \(status)\(lastWords.isEmpty ? "" : ": \(lastWords)")") }
    default: break
    }
    var lines: [JSON] = []
    for raw in outcome.standardOutput.split(separator: UInt8(ascii: "\n")) {
      guard let json = try? JSON.parse(String(decoding: raw, as: UTF8.self)) else { break }
      lines.append(json)
    }
    guard let header = lines.first, header["runner"]?.stringValue == "dnn-conformance-python/2" else {
      switch outcome.termination {
      case .timedOut: throw .timedOut(seconds: timeLimit)
      case .signalled(let signal): throw .runnerFailed("killed by signal \(signal)\(lastWords.isEmpty ? "" : ": \(lastWords)")")
      default: throw .badRunnerOutput("expected {\"runner\": \"dnn-conformance-python/2\", ...}")
      }
    }
    if lines.last?["done"] == nil {
      var reason = "the grading runner stopped before the end"
      switch outcome.termination {
      case .timedOut: reason += " (the overall time limit ran out)"
      case .outputTooLarge: reason += " (too much output)"
      case .signalled(let signal): reason += " (killed by signal \(signal), by the learner's code?)"
      default: break
      }
      lines.append(["interrupted": .string(reason)])
    }
    lines.insert(["isolation": .string(outcome.isolation.rawValue)], at: 1)
    return lines
  }

  /// The last non-empty line of `bytes`.
  static func lastLine(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
  }
}

extension NumericArray {
  /// The values as little-endian float64, row-major (the runner's data files).
  var littleEndianBytes: [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(data.count * 8)
    for value in data {
      let bits = value.bitPattern.littleEndian
      for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }
    return bytes
  }
}
