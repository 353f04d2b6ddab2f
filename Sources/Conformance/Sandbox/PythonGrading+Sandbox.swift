#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PythonGrading {
  /// The name of the fixtures file in the private directory.
  static let sandboxFixturesName = "dnnc-fixtures.json"

  /// Runs the Python runner in a `Sandbox`: a fresh private directory holds a copy of the
  /// learner's file (same file name, mode 0444) and the `fixtures` text (mode 0444);
  /// `arguments(copy, fixturesFile)` follow the interpreter; the runner folder and the
  /// interpreter's folders are readable. The directory is removed before this returns.
  func runSandboxed(
    runner: String, solution: String, fixtures: String, timeLimit: Double,
    arguments: (_ solution: String, _ fixtures: String) -> [String]
  ) throws(PythonGradingError) -> Sandbox.Outcome {
    let python: PythonInterpreter
    do { python = try PythonInterpreter.resolve(interpreter) } catch {
      if case .cannotStart(_, let code) = error, [ENOENT, EACCES, ENOEXEC].contains(code) { throw .interpreterNotFound(interpreter) }
      throw .runnerFailed(error.description)
    }
    let directory: PrivateDirectory
    do { directory = try PrivateDirectory.make() } catch { throw .temporaryFile(error.description) }
    defer { directory.remove() }
    let name = String(solution.split(separator: "/").last ?? "solution.py")
    let copy: String
    let fixturesFile: String
    do {
      copy = try directory.copy(solution, as: name == Self.sandboxFixturesName ? "solution.py" : name)
    } catch {
      throw .unreadableSolution(path: solution, reason: error.reason)
    }
    do {
      fixturesFile = try directory.write(Self.sandboxFixturesName, bytes: Array(fixtures.utf8))
    } catch {
      throw .temporaryFile(error.description)
    }
    do {
      return try Sandbox.run(
        [python.command] + arguments(copy, fixturesFile), directory: directory, readable: [runner] + python.readable,
        timeLimit: timeLimit, environment: python.environment)
    } catch {
      throw .runnerFailed(error.description)
    }
  }
}
