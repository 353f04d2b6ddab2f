#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the shipped Python runner is: `Sources/Conformance/PythonRunner`, which the build copies
/// next to the executable as a resource (`DNNConformance_Conformance.resources/PythonRunner`).
///
/// Found without `Bundle.module` (which stops the process when its bundle is missing): in order,
/// `$DNN_PYTHON_RUNNER`, the resource folder next to the running executable (the built
/// `dnn-conformance`, or the test bundle under `swift test`), and this package's source tree.
public enum PythonRunnerLocation {
  /// The folder that holds `runner.py`, or an error listing every place tried.
  public static func locate(environment: [String: String]) throws(PythonGradingError) -> String {
    let candidates = self.candidates(environment: environment)
    if let found = candidates.first(where: { FileProbe.isReadableFile("\($0)/runner.py") }) { return found }
    throw .runnerNotFound(searched: candidates)
  }

  /// The folders tried, in order.
  static func candidates(environment: [String: String]) -> [String] {
    var candidates: [String] = []
    if let explicit = environment["DNN_PYTHON_RUNNER"], !explicit.isEmpty {
      candidates.append(explicit.hasSuffix("/runner.py") ? String(explicit.dropLast("/runner.py".count)) : explicit)
    }
    if let directory = executableDirectory() {
      candidates += [
        "\(directory)/DNNConformance_Conformance.resources/PythonRunner",
        "\(directory)/DNNConformance_Conformance.bundle/PythonRunner",
        "\(directory)/DNNConformance_Conformance.bundle/Contents/Resources/PythonRunner",
      ]
    }
    candidates.append(sourceTree)
    return candidates
  }

  /// `Sources/Conformance/PythonRunner` of this package, from this file's path at build time.
  static let sourceTree: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(2)  // PythonGrading/PythonGradingRunner.swift
    return components.joined(separator: "/") + "/PythonRunner"
  }()

  /// The folder of the running executable (symbolic links resolved).
  static func executableDirectory() -> String? {
    var path: String?
    #if os(Linux)
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if count > 0 {
      path = buffer.withUnsafeBufferPointer { String(decoding: $0.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }
    #endif
    if path == nil, let first = CommandLine.arguments.first, let resolved = realpath(first, nil) {
      path = String(cString: resolved)
      free(resolved)
    }
    guard let path, let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[..<slash])
  }
}
