#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private folder for one grading (mkdtemp under `$TMPDIR` or /tmp): the learner's script, the
/// plan and the data the runner reads. Removed by `remove()`.
struct GradingFolder {
  let path: String

  init() throws(PythonGradingError) {
    let base = environmentVariables()["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(base)/dnn-conformance-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw .temporaryFile("\(base): \(String(cString: strerror(errno)))")
    }
    path = String(cString: made)
  }

  /// Writes `bytes` to `name` in the folder.
  func write(_ bytes: [UInt8], to name: String) throws(PythonGradingError) {
    let file = "\(path)/\(name)"
    let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
    guard fd >= 0 else { throw .temporaryFile("\(file): \(String(cString: strerror(errno)))") }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
      guard written > 0 else { throw .temporaryFile("\(file): \(String(cString: strerror(errno)))") }
      offset += written
    }
  }

  /// Removes the folder and what is in it (links are removed, never followed).
  func remove() {
    for name in FileProbe.entries(in: path) { unlink("\(path)/\(name)") }
    rmdir(path)
  }
}
