#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the directory holding `train_catvnoncat.h5` and `test_catvnoncat.h5`, in SPEC §4 order:
/// `--datasets DIR`, `$DNN_DATASETS`, `./datasets`, `../shared/datasets` (the last two relative to the
/// current directory).
///
/// An explicit `--datasets` is final: if it does not hold both files the search fails there rather than
/// quietly using other data. `$DNN_DATASETS` (unset or empty means "not given") and the two default
/// places are tried in order; the first directory with both files wins. A failed search lists every
/// place looked at and why each was rejected.
public struct DatasetLocator: Sendable {
  /// One place looked at.
  public struct Attempt: Sendable, Equatable, CustomStringConvertible {
    /// How the place was given: `--datasets`, `$DNN_DATASETS`, `./datasets` or `../shared/datasets`.
    public let source: String
    /// The absolute directory looked at; nil when the source was not given.
    public let path: String?
    /// Why it was rejected; nil when it holds both files.
    public let problem: String?

    /// `./datasets (/work/x/datasets): does not exist`; `$DNN_DATASETS: not set`.
    public var description: String {
      let place = path.map { $0 == source ? source : "\(source) (\($0))" } ?? source
      return problem.map { "\(place): \($0)" } ?? "\(place): found"
    }
  }

  /// The `--datasets` argument, if one was given.
  public let explicit: String?
  /// The environment read for `DNN_DATASETS`.
  public let environment: [String: String]
  /// The directory that relative paths are resolved against.
  public let currentDirectory: String
  /// Further places tried after the default ones, in order (`grade`: `datasets/` beside the
  /// learner's notebook, where the course keeps it): (how it is named, the directory).
  public let fallbacks: [(source: String, path: String)]

  /// A locator over the given `--datasets` value, environment and current directory (defaults: this
  /// process's).
  public init(
    explicit: String? = nil,
    environment: [String: String] = DatasetLocator.processEnvironment(),
    currentDirectory: String = DatasetLocator.processDirectory(),
    fallbacks: [(source: String, path: String)] = []
  ) {
    self.fallbacks = fallbacks
    self.explicit = explicit
    self.environment = environment
    self.currentDirectory = currentDirectory
  }

  /// The places looked at, in order, ending with the first accepted one (if any).
  public func attempts() -> [Attempt] {
    if let explicit {
      return [check(source: "--datasets", explicit)]
    }
    var attempts: [Attempt] = []
    if let variable = environment["DNN_DATASETS"], !variable.isEmpty {
      attempts.append(check(source: "$DNN_DATASETS", variable))
    } else {
      attempts.append(Attempt(source: "$DNN_DATASETS", path: nil,
                              problem: environment["DNN_DATASETS"] == nil ? "not set" : "set but empty"))
    }
    for relative in ["./datasets", "../shared/datasets"] where attempts.last?.problem != nil {
      attempts.append(check(source: relative, relative))
    }
    for place in fallbacks where attempts.last?.problem != nil {
      attempts.append(check(source: place.source, place.path))
    }
    return attempts
  }

  /// The absolute path of the first directory holding both .h5 files.
  public func locate() throws(CatDataError) -> String {
    let attempts = attempts()
    if let found = attempts.last, found.problem == nil, let path = found.path { return path }
    let files = "\(CatDataset.trainFileName) and \(CatDataset.testFileName)"
    throw CatDataError(.notFound, "cat data not found (need \(files)); looked at "
      + attempts.map(\.description).joined(separator: "; "))
  }

  /// Checks the directory `given` (absolute, or relative to `currentDirectory`).
  private func check(source: String, _ given: String) -> Attempt {
    let path = FileCheck.absolute(given, base: currentDirectory)
    return Attempt(source: source, path: path, problem: problem(directory: path))
  }

  /// Why `directory` is not usable, or nil.
  private func problem(directory: String) -> String? {
    switch FileCheck.kind(directory) {
    case .missing: return "does not exist"
    case .file: return "is not a directory"
    case .directory: break
    }
    let missing = [CatDataset.trainFileName, CatDataset.testFileName].filter { name in
      FileCheck.kind(directory + "/" + name) != .file
    }
    return missing.isEmpty ? nil : "has no " + missing.joined(separator: " or ")
  }

  /// This process's working directory.
  public static func processDirectory() -> String { FileCheck.currentDirectory() }

  /// The part of this process's environment the locator reads (`DNN_DATASETS`).
  public static func processEnvironment() -> [String: String] {
    getenv("DNN_DATASETS").map { ["DNN_DATASETS": String(cString: $0)] } ?? [:]
  }
}
