#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh directory for one grading (`mkdtemp` under `$TMPDIR`, else /tmp), the only place
/// sandboxed code may write. Files go in with exact modes; `remove()` deletes it all without
/// following symbolic links. Until removed it is registered with `InterruptCleanup`, so an
/// interrupted grade removes it before exiting.
struct PrivateDirectory: Sendable {
  /// The canonical absolute path (no symbolic links in it), the same inside the sandbox.
  let path: String

  /// Makes a new, empty directory (mode 0700) under `parent` (default `$TMPDIR`, else /tmp).
  static func make(in parent: String? = nil) throws(PrivateDirectoryError) -> PrivateDirectory {
    let base = parent ?? environmentVariables()["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(base)/dnn-conformance-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw PrivateDirectoryError(path: base, action: "create a directory in", code: errno)
    }
    let created = String(cString: made)
    guard let canonical = FileProbe.canonical(created) else {
      let code = errno
      rmdir(created)
      throw PrivateDirectoryError(path: created, action: "resolve", code: code)
    }
    InterruptCleanup.register(directory: canonical)
    return PrivateDirectory(path: canonical)
  }

  /// Writes `bytes` to a new file `name` (a plain name, no `/`) with exactly `mode`; its path.
  @discardableResult
  func write(_ name: String, bytes: [UInt8], mode: mode_t = 0o444) throws(PrivateDirectoryError) -> String {
    let target = try filePath(name)
    let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw PrivateDirectoryError(path: target, action: "create", code: errno) }
    defer { close(fd) }
    guard writeAll(fd, bytes) else { throw PrivateDirectoryError(path: target, action: "write", code: errno) }
    guard fchmod(fd, mode) == 0 else { throw PrivateDirectoryError(path: target, action: "set the mode of", code: errno) }
    return target
  }

  /// Gives the directory itself to `uid`:`gid` (mode 0700), so a sandboxed user may write in it.
  func hand(to uid: uid_t, _ gid: gid_t) throws(PrivateDirectoryError) {
    guard chown(path, uid, gid) == 0 else { throw PrivateDirectoryError(path: path, action: "change the owner of", code: errno) }
  }

  /// Deletes the directory and everything in it, never following a symbolic link (learner code
  /// may plant some), and forgets it. False when something could not be removed.
  @discardableResult
  func remove() -> Bool {
    let removed = TreeRemoval.remove(path)
    if removed { InterruptCleanup.unregister(directory: path) }
    return removed
  }

  private func filePath(_ name: String) throws(PrivateDirectoryError) -> String {
    guard !name.isEmpty, name != ".", name != "..", !name.contains("/") else {
      throw PrivateDirectoryError(path: name, action: "use", reason: "not a plain file name")
    }
    return "\(path)/\(name)"
  }
}

/// Writes every byte of `bytes` to `fd`; false (errno set) on failure.
private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
  var offset = 0
  while offset < bytes.count {
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, $0.count - offset) }
    if written < 0 && errno == EINTR { continue }
    guard written > 0 else { return false }
    offset += written
  }
  return true
}

/// Why a private directory or a file in it could not be made.
struct PrivateDirectoryError: Error, CustomStringConvertible, Equatable {
  let path: String
  let action: String
  let reason: String

  init(path: String, action: String, code: Int32) {
    self.init(path: path, action: action, reason: String(cString: strerror(code)))
  }

  init(path: String, action: String, reason: String) {
    self.path = path
    self.action = action
    self.reason = reason
  }

  var description: String { "cannot \(action) \(path): \(reason)" }
}
