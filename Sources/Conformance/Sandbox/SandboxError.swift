#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a sandbox could not be started.
enum SandboxError: Error, CustomStringConvertible, Equatable {
  /// posix_spawn of `command` failed with errno `code`.
  case cannotStart(command: String, code: Int32)
  /// The paths given cannot be laid out in the sandbox (see the message).
  case badLayout(String)
  /// The private directory could not be prepared for the sandboxed user.
  case privateDirectory(PrivateDirectoryError)

  var description: String {
    switch self {
    case .cannotStart(let command, let code): "cannot start \(command): \(String(cString: strerror(code)))"
    case .badLayout(let message): "sandbox: \(message)"
    case .privateDirectory(let error): "sandbox: \(error)"
    }
  }
}
