import Foundation
import Testing

/// The built `dnn-conformance` (beside this test bundle) checked from outside by the scripts in
/// scripts/: each exits non-zero, naming what failed, when the tool misbehaves.
@Suite(.serialized)
struct ScriptTests {
  /// The package root, from this file (Tests/CLITests/ScriptTests.swift).
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

  /// `dnn-conformance` as built beside the running test bundle.
  static var binary: String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("dnn-conformance").path
  }

  /// Whether Python 3 with NumPy is there (check-random-cli.sh compares with NumPy).
  static let numpy: Bool = (try? run(["/usr/bin/env", "python3", "-c", "import numpy"]).status) == 0

  /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
  /// module does not import.
  static let addCloseFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
      return nil
    }
    return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
  }()

  /// Runs `arguments` (scripts change to the package root themselves); its exit status and its
  /// stdout and stderr together.
  ///
  /// Spawned with every descriptor above 2 closed: the other tests of this process hold HDF5 files
  /// with locks, and a child that inherited one would keep it locked for as long as it runs.
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let log = FileManager.default.temporaryDirectory
      .appendingPathComponent("cli-tests-\(getpid())-\(UUID().uuidString).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    if let closeFrom = Self.addCloseFrom {
      _ = closeFrom(&actions, 3)
    } else {
      // Older C libraries: mark what is open now close-on-exec instead.
      for fd in 3..<Int32(4096) { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    }
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    let exited = status & 0x7f == 0
    return (exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
  }

  /// Runs `scripts/<name>` on the built binary and records its output when it fails.
  static func expectScriptPasses(_ name: String) throws {
    let binary = Self.binary
    try #require(FileManager.default.isExecutableFile(atPath: binary), "\(binary) is not built")
    let (status, output) = try run(["/bin/bash", "\(root)/scripts/\(name)", binary])
    #expect(status == 0, "\(name) failed:\n\(output)")
  }

  @Test func badInputIsRefusedWithOneLineAndStatusTwo() throws {
    try Self.expectScriptPasses("check-bad-input.sh")
  }

  @Test func anInstalledCopyNeedsNeitherTheCheckoutNorTheWorkingDirectory() throws {
    try Self.expectScriptPasses("check-install.sh")
  }

  @Test(.enabled(if: ScriptTests.numpy, "needs python3 with NumPy"))
  func randomMatchesNumPyDrawForDraw() throws {
    try Self.expectScriptPasses("check-random-cli.sh")
  }
}
