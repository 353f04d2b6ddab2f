import Conformance
import DNNJSON

/// Paths of the package, found from this file (Tests/ConformanceTests/GradingTestSupport.swift).
enum GradingPaths {
  /// The package root.
  static let root: String = {
    var components = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    components.removeLast(3)
    return components.joined(separator: "/")
  }()

  /// `Fixtures/`.
  static let fixtures = root + "/Fixtures"

  /// `Tests/ConformanceTests/Solutions/`.
  static let solutions = root + "/Tests/ConformanceTests/Solutions"

  /// The blog edition's grader.
  static func blogGrader() throws -> Grader { try Grader(edition: .blog, fixturesDirectory: fixtures) }

  /// The mistake catalogue.
  static func catalogue() throws -> MistakeCatalogue { try MistakeCatalogue(fixturesDirectory: fixtures) }
}

extension FunctionResult {
  /// The outputs whose checks failed (`db (NumPy reference)` counts as `db`).
  /// The outputs failed on the notebook's own test case (not on fresh inputs, not the caches).
  var failedOutputs: Set<String> {
    Set(checks.filter { $0.status == .failed && !$0.name.contains("(fresh inputs)") && !$0.name.contains("(course solution)") }.map { check in
      check.name.hasSuffix(")") ? String(check.name.prefix { $0 != " " }) : check.name
    })
  }

  /// Catalogue ids named in the notes (`[db_without_mean]`).
  func namedMistakes(in catalogue: MistakeCatalogue) -> Set<String> {
    Set(catalogue.entries.map(\.id).filter { id in notes.contains { $0.contains("[\(id)]") } })
  }
}
