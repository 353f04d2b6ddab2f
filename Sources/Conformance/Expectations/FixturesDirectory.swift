/// Where the expectations live. In order: `--fixtures DIR`, then `$DNN_FIXTURES`, then the tool's own
/// copy of the repository's top-level `Fixtures/`, a resource of this target found next to the
/// running executable (see `ResourceBundle`).
///
/// The first two are explicit and final: a named directory without expectation files is an error,
/// never a reason to look elsewhere. The working directory is never consulted, so a learner's
/// submission folder cannot bring its own `Fixtures/`; nor is the source checkout, so a copied or
/// installed binary (`make install`) needs only its resource bundle.
public enum FixturesDirectory {
  /// The tool's own expectations: the first bundled copy that holds `published/blog.json`, or the
  /// first place looked at when there is none (which then fails as a fixtures directory; so does
  /// `/dev/null/Fixtures`, used when the executable's folder is unknown: never a relative path).
  public static var bundled: String {
    let candidates = ResourceBundle.candidates("Fixtures")
    return candidates.first(where: isFixtures) ?? candidates.first ?? "/dev/null/Fixtures"
  }

  /// `locate(explicit:environment:)` with this process's environment.
  public static func locate(explicit: String? = nil) throws(FixtureError) -> String {
    try locate(explicit: explicit, environment: environmentVariables())
  }

  /// `explicit`, else `$DNN_FIXTURES` (when set and not empty), else the bundled copy; an error
  /// names the directory given, or every bundled place looked at.
  public static func locate(explicit: String? = nil, environment: [String: String]) throws(FixtureError) -> String {
    try locate(explicit: explicit, environment: environment, bundle: ResourceBundle.candidates("Fixtures"))
  }

  /// `locate(explicit:environment:)` with the bundled places given (for tests).
  static func locate(explicit: String?, environment: [String: String], bundle: [String]) throws(FixtureError) -> String {
    if let explicit {
      guard isFixtures(explicit) else {
        throw FixtureError("--fixtures \(explicit): no published/ and reference/ expectation files there")
      }
      return explicit
    }
    if let variable = environment["DNN_FIXTURES"], !variable.isEmpty {
      guard isFixtures(variable) else {
        throw FixtureError("$DNN_FIXTURES=\(variable): no published/ and reference/ expectation files there")
      }
      return variable
    }
    if let found = bundle.first(where: isFixtures) { return found }
    throw FixtureError(
      "the tool's own Fixtures were not found next to the executable (looked in \(bundle.joined(separator: ", "))); "
        + "install the binary together with its resource bundle (make install), or pass --fixtures DIR")
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
