import Foundation

/// Plain file-system checks done before HDF5 sees a path, for clear messages.
enum FileCheck {
  /// Why `path` cannot be read as a regular file, or nil when it can.
  static func problem(_ path: String) -> CatDataError? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return CatDataError(.missingFile, file: path, "file not found")
    }
    if isDirectory.boolValue {
      return CatDataError(.unreadableFile, file: path, "is a directory, not an .h5 file")
    }
    if !FileManager.default.isReadableFile(atPath: path) {
      return CatDataError(.unreadableFile, file: path, "file is not readable (permission denied)")
    }
    return nil
  }
}
