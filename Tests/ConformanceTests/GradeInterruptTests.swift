import Foundation
import Testing
@testable import Conformance

#if canImport(Glibc)
import Glibc
#endif

/// `dnn-conformance grade` interrupted while learner code runs: the runner, the learner's processes
/// and the private directory are gone, and the tool exits with 128 + the signal. Serialized; the
/// grade runs on a thread of its own and the test waits with usleep, so neither needs a thread of
/// the shared pool (other suites' gradings may hold both of them on a 2-core machine).
@Suite(.serialized) struct GradeInterruptTests {
  /// The tool built next to the test bundle (nil when it was not built).
  static let tool: String? = {
    guard let bundle = FileProbe.canonical("/proc/self/exe") else { return nil }
    var folder = bundle
    while let slash = folder.lastIndex(of: "/"), folder != "/" {
      folder = String(folder[..<slash])
      if access("\(folder)/dnn-conformance", X_OK) == 0 { return "\(folder)/dnn-conformance" }
      if folder.hasSuffix("/.build") { break }
    }
    return nil
  }()

  @Test(
    .enabled(if: tool != nil, "the dnn-conformance tool is not built next to the tests"),
    .enabled(if: PythonAvailability.ready, PythonAvailability.reason),
    arguments: [SIGTERM, SIGINT, SIGHUP])
  func anInterruptedGradeLeavesNoProcessAndNoFile(_ signal: Int32) throws {
    let scratch = try temporaryDirectory()
    defer { _ = TreeRemoval.remove(scratch) }
    let (outcome, marker) = try Self.interruptGrade(with: signal, temporaryDirectory: scratch)
    #expect(outcome.termination == .exited(128 + signal), "\(String(decoding: outcome.standardError, as: UTF8.self))")
    #expect(SandboxSupport.processes(containing: marker).isEmpty)
    #expect(FileProbe.entries(in: scratch).count == 1 && FileProbe.entries(in: scratch)[0].hasSuffix(".py"))
  }

  @Test(
    .enabled(if: tool != nil, "the dnn-conformance tool is not built next to the tests"),
    .enabled(if: PythonAvailability.ready, PythonAvailability.reason),
    .enabled(if: SandboxSupport.namespaced, SandboxSupport.noNamespaces))
  func aKilledGraderTakesItsSandboxAlong() throws {
    let scratch = try temporaryDirectory()
    defer { _ = TreeRemoval.remove(scratch) }
    let (outcome, marker) = try Self.interruptGrade(with: SIGKILL, temporaryDirectory: scratch)
    #expect(outcome.termination == .signalled(SIGKILL))
    let deadline = ChildProcess.now() + 5  // parent-death signals are delivered as the parents die
    while !SandboxSupport.processes(containing: marker).isEmpty && ChildProcess.now() < deadline {
      usleep(20_000)
    }
    #expect(SandboxSupport.processes(containing: marker).isEmpty)
  }

  /// Grades a looping solution (named by a fresh marker) with `TMPDIR` set to `temporaryDirectory`,
  /// and sends `signal` to the tool once the runner is up; the tool's outcome and what the
  /// processes of that grade have in their command lines (the folder: the solution is in it, and
  /// the runner's plan is in a private directory under it).
  static func interruptGrade(
    with signal: Int32, temporaryDirectory: String
  ) throws -> (ChildProcess.Outcome, String) {
    let tool = try #require(Self.tool)
    let marker = SandboxSupport.marker("interrupt")
    let solution = "\(temporaryDirectory)/\(marker).py"
    try writeFile(solution, String(decoding: try readBytes(PlantedSolutions.path("infinite_loop.py")), as: UTF8.self))
    let arguments = [tool, "grade", "--python", solution, "--fixtures", GradingPaths.fixtures, "--timeout", "60"]
    let environment = ProcessEnvironment.merged(["TMPDIR": temporaryDirectory])
    let grading = GradeThread {
      try ChildProcess.run(arguments, environment: environment, timeLimit: 120, outputLimit: 1 << 20, stop: ChildProcess.killTree)
    }
    var grader: pid_t?
    let deadline = ChildProcess.now() + 90
    while ChildProcess.now() < deadline {
      let found = SandboxSupport.processes(containing: temporaryDirectory)
      let tools = found.filter { FileProbe.contents(of: "/proc/\($0)/cmdline")?.hasPrefix(tool) ?? false }
      if found.count > tools.count, let pid = tools.first {  // the runner is up on the learner's copy
        grader = pid
        break
      }
      usleep(50_000)
    }
    guard let pid = grader else {
      _ = try? grading.value()  // the grade itself ends at its own time limit
      throw FixtureError("the grade never started its runner")
    }
    usleep(500_000)
    kill(pid, signal)
    return (try grading.value(), temporaryDirectory)
  }
}

/// A blocking call run on a thread of its own (not one of the shared pool's); `value()` waits.
final class GradeThread: @unchecked Sendable {
  private var result: Result<ChildProcess.Outcome, any Error>?
  private let finished = DispatchSemaphore(value: 0)

  init(_ body: @escaping @Sendable () throws -> ChildProcess.Outcome) {
    let thread = Thread { [self] in
      result = Result { try body() }
      finished.signal()
    }
    thread.start()
  }

  func value() throws -> ChildProcess.Outcome {
    finished.wait()
    finished.signal()
    return try result!.get()
  }
}
