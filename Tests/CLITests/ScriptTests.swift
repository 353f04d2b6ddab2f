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

  /// Runs `arguments` from the package root; its exit status and its stdout and stderr together.
  static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: arguments[0])
    process.arguments = Array(arguments.dropFirst())
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
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
