import ArgumentParser
import Training

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `dnn-conformance`: the root command. Subcommands live in one file each.
@main
struct DNNConformanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dnn-conformance",
    abstract: "NumPy's legacy RNG in Swift, and conformance checks for the deeplearning.ai "
      + "Course 1 week-4 functions.",
    subcommands: [Run.self, Grade.self, Fixtures.self, Editions.self, Random.self, Train.self, DataCommand.self, Stability.self, Bench.self]
  )

  /// The exit status for any bad input (SPEC §6); ArgumentParser's own default would be 64.
  static let badInputStatus: Int32 = 2

  /// Parses, runs, and turns every failure into one line on stderr and exit status 2.
  ///
  /// `--help` (and `help SUBCOMMAND`) print help on stdout and exit 0; an `ExitCode` thrown by a
  /// subcommand exits with that code and prints nothing more.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch let code as ExitCode {
      terminateProcess(code.rawValue)
    } catch {
      if exitCode(for: error) == .success {
        print(fullMessage(for: error))
        terminateProcess(0)
      }
      writeToStandardError("dnn-conformance: error: \(oneLine(message(for: error)))\n")
      terminateProcess(badInputStatus)
    }
  }

  /// A message folded onto one line, without ArgumentParser's "Error: " prefix.
  static func oneLine(_ message: String) -> String {
    var text = message.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: " \t") }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
    if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
    return text.isEmpty ? "invalid input" : text
  }

  /// Writes text to file descriptor 2 without going through C's `stderr` global.
  static func writeToStandardError(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        write(2, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written <= 0 { return }
      offset += written
    }
    bytes.removeAll()
  }
}

/// Ends the process (flushing stdout); a free function so `exit` is the C one, not ParsableCommand's.
func terminateProcess(_ status: Int32) -> Never {
  exit(status)
}

extension Substring {
  /// The substring without the given leading and trailing characters.
  fileprivate func trimmingCharacters(in characters: String) -> String {
    let set = Set(characters)
    guard let first = firstIndex(where: { !set.contains($0) }),
      let last = lastIndex(where: { !set.contains($0) })
    else { return "" }
    return String(self[first...last])
  }
}

/// Prints `KernelBuild.slowPathWarning` on stderr, once, when training is about to take the slow
/// path (a CPU without fused multiply-add, or without the rest of AVX2's generation).
func warnOfSlowTraining() {
  guard let warning = KernelBuild.slowPathWarning else { return }
  DNNConformanceCommand.writeToStandardError(warning + "\n")
}
