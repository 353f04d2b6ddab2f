#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain file-system checks done before HDF5 sees a path, for clear messages (POSIX calls only:
/// the cat data needs nothing of Foundation).
enum FileCheck {
  /// What is at a path.
  enum Kind {
    case missing, directory, file
  }

  /// Why `path` cannot be read as a regular file, or nil when it can.
  static func problem(_ path: String) -> CatDataError? {
    switch kind(path) {
    case .missing: return CatDataError(.missingFile, file: path, "file not found")
    case .directory: return CatDataError(.unreadableFile, file: path, "is a directory, not an .h5 file")
    case .file:
      return access(path, R_OK) == 0 ? nil
        : CatDataError(.unreadableFile, file: path, "file is not readable (permission denied)")
    }
  }

  /// What `path` names, following symbolic links.
  static func kind(_ path: String) -> Kind {
    var status = stat()
    guard stat(path, &status) == 0 else { return .missing }
    return (status.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
  }

  /// This process's working directory ("." if it cannot be read).
  static func currentDirectory() -> String {
    guard let buffer = getcwd(nil, 0) else { return "." }
    defer { free(buffer) }
    return String(cString: buffer)
  }

  /// `path` made absolute against `base` and normalised: "." and empty components dropped, ".."
  /// taking off the component before it (symbolic links are left alone).
  static func absolute(_ path: String, base: String) -> String {
    let joined = path.hasPrefix("/") ? path : base + "/" + path
    var components: [Substring] = []
    for component in joined.split(separator: "/", omittingEmptySubsequences: true) {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }
}
