#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX file helpers, so DNNJSON needs no Foundation.
enum FileBytes {
  /// The whole content of the file at `path`, or the system's reason it could not be read.
  static func contents(of path: String) -> Result<[UInt8], JSONError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(failure(.unreadableFile, path)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(failure(.unreadableFile, path))
      }
      if count == 0 { return .success(bytes) }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// Writes `text` to `path`, replacing the file; returns the system's reason on failure.
  static func write(_ text: String, to path: String) -> Result<Void, JSONError> {
    guard let file = fopen(path, "w") else { return .failure(failure(.unwritableFile, path)) }
    var text = text
    let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) == $0.count }
    let flushed = fflush(file) == 0
    let reason = written && flushed ? nil : systemReason()
    let closed = fclose(file) == 0
    if let reason { return .failure(JSONError(.unwritableFile, file: path, reason: reason)) }
    if !closed { return .failure(failure(.unwritableFile, path)) }
    return .success(())
  }

  private static func failure(_ kind: JSONError.Kind, _ path: String) -> JSONError {
    JSONError(kind, file: path, reason: systemReason())
  }

  private static func systemReason() -> String {
    String(cString: strerror(errno))
  }
}
