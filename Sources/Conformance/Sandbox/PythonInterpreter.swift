#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Python interpreter that learner code runs on, resolved by a trusted run before any
/// sandboxing (`-c` on a fixed script: no learner code). A pyenv `python3` on PATH is a shim
/// script under /root (mode 0700) that the sandboxed user could neither reach nor run, so a bare
/// name is replaced by the real `sys.executable`; a path (say a wrapper script that adds options)
/// is kept, and finds the real interpreter first on PATH inside the sandbox.
struct PythonInterpreter: Sendable, Equatable {
  /// What to run in the sandbox (a path given is made canonical: only its target is bound in).
  let command: String
  /// The real interpreter (`sys.executable`).
  let executable: String
  /// What the sandbox must make reachable: the prefixes, the existing `sys.path` folders and the
  /// command given as a path (canonical, none inside another).
  let readable: [String]
  /// Variables for the sandbox: PATH with the executable's folder first.
  let environment: [String: String]

  /// The fixed script: `sys.executable`, then the prefixes and `sys.path`, one a line.
  static let script = """
    import sys
    print(sys.executable)
    for p in [sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix] + sys.path:
        print(p)
    """

  /// Runs `name -c script` (unsandboxed; `name` looked up on PATH) from `/` and reads its answer.
  /// From `/`, not from where we were started (perhaps a learner's folder): `-c` puts the working
  /// directory on `sys.path`, and a pyenv shim reads `.python-version` from it.
  static func resolve(_ name: String, timeLimit: Double = 60) throws(PythonInterpreterError) -> PythonInterpreter {
    let outcome: ChildProcess.Outcome
    do {
      let command = "cd / && exec \"$0\" -c \"$1\""
      outcome = try ChildProcess.run(["/bin/sh", "-c", command, name, script], timeLimit: timeLimit, outputLimit: 1 << 20)
    } catch {
      throw .cannotStart("/bin/sh", code: error.code)
    }
    if case .exited(let status) = outcome.termination, status == 127 || status == 126 {
      throw .cannotStart(name, code: status == 127 ? ENOENT : EACCES)
    }
    let lines = String(decoding: outcome.standardOutput, as: UTF8.self).split(separator: "\n").map(String.init)
    guard outcome.termination == .exited(0), let executable = lines.first.flatMap(FileProbe.canonical) else {
      let said = String(decoding: outcome.standardError, as: UTF8.self).split(whereSeparator: \.isNewline).last.map(String.init)
      throw .failed(name, said ?? "\(outcome.termination)")
    }
    let isPath = name.contains("/")
    let command = isPath ? FileProbe.canonical(name) ?? name : executable
    let folder = String(executable[..<(executable.lastIndex(of: "/") ?? executable.startIndex)])
    var candidates = lines.dropFirst().filter { $0.hasPrefix("/") } + [folder]
    if isPath { candidates.append(name) }  // the file itself: its folder may be private
    let existing = candidates.compactMap(FileProbe.canonical)
    var readable: [String] = []
    for path in existing.sorted(by: { $0.count < $1.count })
    where !readable.contains(where: { $0 == path || SandboxMountPlan.isInside(path, $0) }) {
      readable.append(path)
    }
    let inherited = ProcessEnvironment.current()["PATH"].map { ":" + $0 } ?? ""
    return PythonInterpreter(
      command: command, executable: executable, readable: readable, environment: ["PATH": folder + inherited])
  }
}

/// Why the interpreter could not be resolved.
enum PythonInterpreterError: Error, CustomStringConvertible, Equatable {
  /// It could not be started (errno `code`: ENOENT when it does not exist).
  case cannotStart(String, code: Int32)
  /// It ran but did not answer (its last words).
  case failed(String, String)

  var description: String {
    switch self {
    case .cannotStart(let name, let code): "cannot start \(name): \(ChildProcess.SpawnError(code: code))"
    case .failed(let name, let message): "\(name) did not answer as a Python interpreter: \(message)"
    }
  }
}
