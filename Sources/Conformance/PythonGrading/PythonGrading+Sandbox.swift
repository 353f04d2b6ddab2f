#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension PythonGrading {
  /// Runs the Python runner in a `Sandbox`: a fresh private directory holds the files `prepare`
  /// gives for its path — the learner's code (`solution.py`), the plan and its data (mode 0444) —
  /// and the runner gets the arguments it gives; the runner folder and the interpreter's folders
  /// are readable. The directory is removed before this returns.
  func runSandboxed(
    runner: String, timeLimit: Double,
    prepare: (_ directory: String) -> (files: [(name: String, bytes: [UInt8])], arguments: [String])
  ) throws(PythonGradingError) -> Sandbox.Outcome {
    let python: PythonInterpreter
    do { python = try PythonInterpreter.resolve(interpreter) } catch {
      if case .cannotStart(_, let code) = error, [ENOENT, EACCES, ENOEXEC].contains(code) { throw .interpreterNotFound(interpreter) }
      throw .runnerFailed(error.description)
    }
    let directory: PrivateDirectory
    do { directory = try PrivateDirectory.make() } catch { throw .temporaryFile(error.description) }
    defer { directory.remove() }
    let (files, arguments) = prepare(directory.path)
    for file in files {
      do { _ = try directory.write(file.name, bytes: file.bytes) } catch { throw .temporaryFile(error.description) }
    }
    do {
      return try Sandbox.run(
        [python.command] + arguments, directory: directory, readable: [runner] + python.readable,
        limits: sandboxLimits, timeLimit: timeLimit, environment: python.environment)
    } catch {
      throw .runnerFailed(error.description)
    }
  }
}
