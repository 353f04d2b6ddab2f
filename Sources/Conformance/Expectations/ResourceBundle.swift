#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The Conformance target's resource bundle (`Fixtures/` and `PythonRunner/`), which SwiftPM puts
/// next to every product that links the target: `.build/<config>/DNNConformance_Conformance.resources`
/// beside `dnn-conformance`, beside a test bundle under `swift test` (a learner's package that
/// depends on ours included), and beside the installed binary after `make install`.
///
/// Found from the running executable's own path, never from the working directory nor from the
/// source checkout, and without `Bundle.module` (which stops the process when its bundle is
/// missing).
enum ResourceBundle {
  /// The bundle's folder names SwiftPM uses: `<package>_<target>` with `.resources` on Linux,
  /// `.bundle` (flat or with `Contents/Resources`) on Darwin.
  static let layouts = [
    "DNNConformance_Conformance.resources",
    "DNNConformance_Conformance.bundle",
    "DNNConformance_Conformance.bundle/Contents/Resources",
  ]

  /// Where the resource `name` (a folder copied into the bundle) may be, in the order to try.
  static func candidates(_ name: String) -> [String] {
    guard let directory = executableDirectory() else { return [] }
    return layouts.map { "\(directory)/\($0)/\(name)" }
  }

  /// The folder of the running executable, symbolic links resolved (so a link in `PREFIX/bin` to
  /// the installed binary finds the bundle installed beside the binary itself).
  static func executableDirectory() -> String? {
    var path: String?
    #if os(Linux)
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if count > 0 {
      path = buffer.withUnsafeBufferPointer { String(decoding: $0.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }
    #endif
    if path == nil, let first = CommandLine.arguments.first, first.contains("/"),
      let resolved = realpath(first, nil)
    {
      path = String(cString: resolved)
      free(resolved)
    }
    guard let path, let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
  }
}
