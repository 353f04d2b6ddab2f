/// Where the checked-in expectations live: `--fixtures DIR`, `$DNN_FIXTURES`, `./Fixtures`, or the
/// package's own `Fixtures/` (found from this source file's path, so a learner's package that
/// depends on ours by path finds it too).
public enum FixturesDirectory {
  /// The package's Fixtures directory, from this file's location at build time.
  public static let bundled: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)  // Sources/Conformance/FixturesDirectory.swift
    return components.joined(separator: "/") + "/Fixtures"
  }()

  /// `locate(explicit:environment:)` with this process's environment.
  public static func locate(explicit: String? = nil) throws(FixtureError) -> String {
    try locate(explicit: explicit, environment: environmentVariables())
  }

  /// The first candidate that holds `published/blog.json`, or an error naming every place tried.
  public static func locate(explicit: String? = nil, environment: [String: String]) throws(FixtureError) -> String {
    if let explicit {
      guard isFixtures(explicit) else {
        throw FixtureError("--fixtures \(explicit): no published/ and reference/ expectation files there")
      }
      return explicit
    }
    let candidates = [environment["DNN_FIXTURES"], "Fixtures", bundled].compactMap { $0 }.filter { !$0.isEmpty }
    if let found = candidates.first(where: isFixtures) { return found }
    throw FixtureError("no Fixtures directory found (looked in \(candidates.joined(separator: ", ")))")
  }

  static func isFixtures(_ directory: String) -> Bool {
    FileProbe.isReadableFile("\(directory)/published/blog.json")
  }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Minimal file-system questions without Foundation.
enum FileProbe {
  static func isReadableFile(_ path: String) -> Bool {
    access(path, R_OK) == 0
  }

  /// The names in `directory` ending in `suffix`, sorted.
  static func files(in directory: String, suffix: String) -> [String] {
    entries(in: directory).filter { $0.hasSuffix(suffix) }.sorted()
  }
}
