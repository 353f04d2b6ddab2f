import Testing
@testable import Conformance

#if canImport(Glibc)
import Glibc
#endif

/// What the sandbox tests need, and why they are skipped when it is missing. Every hostile program
/// in them is harmless even if the sandbox fails: it writes only into folders the test made,
/// signals nothing, and stops by itself (bounded loops, sleeps, allocations).
enum SandboxSupport {
  /// The level this machine gives.
  static let level = Sandbox.availableIsolation

  /// Namespaces of either kind.
  static let namespaced = level >= .userNamespace
  static let noNamespaces: Comment = "no namespaces here (the sandbox falls back to a process group)"

  /// Namespaces entered as root, then a sandbox user of its own.
  static let asNobody = level == .namespacesAsNobody
  static let notRoot: Comment = "needs root with namespaces (the sandbox switches to a user of its own only then)"

  /// python3 as the sandbox will run it (nil without python3).
  static let python: PythonInterpreter? = try? PythonInterpreter.resolve("python3")
  static let noPython: Comment = "python3 is not available"

  /// A string no other process has in its command line.
  static func marker(_ name: String) -> String {
    "dnnc-sandbox-test-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  }

  /// The pids whose command line contains `marker` (zombies left out: they hold nothing).
  static func processes(containing marker: String) -> [pid_t] {
    FileProbe.entries(in: "/proc").compactMap { pid_t($0) }.filter { pid in
      pid != getpid() && ChildProcess.isRunning(pid)
        && (FileProbe.contents(of: "/proc/\(pid)/cmdline")?.contains(marker) ?? false)
    }
  }

  /// Runs a /bin/sh script in a sandbox on `directory`.
  static func shell(
    _ script: String, in directory: PrivateDirectory, timeLimit: Double = 30, outputLimit: Int = 1 << 20,
    limits: SandboxLimits = SandboxLimits(), isolation: Sandbox.Isolation? = nil
  ) throws -> Sandbox.Outcome {
    try Sandbox.run(
      ["/bin/sh", "-c", script], directory: directory, limits: limits, timeLimit: timeLimit,
      outputLimit: outputLimit, isolation: isolation)
  }

  /// Runs Python `code` in a sandbox on `directory`.
  static func python(
    _ code: String, in directory: PrivateDirectory, timeLimit: Double = 60, limits: SandboxLimits = SandboxLimits(),
    isolation: Sandbox.Isolation? = nil
  ) throws -> Sandbox.Outcome {
    let python = try #require(Self.python)
    return try Sandbox.run(
      [python.command, "-c", code], directory: directory, readable: python.readable, limits: limits,
      timeLimit: timeLimit, environment: python.environment, isolation: isolation)
  }

  /// A new folder of the test's own outside /tmp (under the package's .build), world-writable so
  /// that only the sandbox's read-only view keeps the sandboxed user out (under /tmp when .build
  /// is not writable); removed by the caller.
  static func outsideFolder() throws -> String {
    var template = Array("\(GradingPaths.root)/.build/sandbox-test-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      return try temporaryDirectory()  // .build not ours to write (a checkout of another user)
    }
    let path = String(cString: made)
    chmod(path, 0o777)
    return path
  }
}

extension Sandbox.Outcome {
  /// stdout as text.
  var output: String { String(decoding: standardOutput, as: UTF8.self) }
  /// stderr as text.
  var errors: String { String(decoding: standardError, as: UTF8.self) }
}
