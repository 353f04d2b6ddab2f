import Conformance
import DNNJSON
import Synchronization
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The planted-mistake solutions, built from `Solutions/correct.py` and `Solutions/planted.json` (one
/// or two exact edits each) into a temporary directory the first time one is asked for, so no
/// copy of correct.py is kept in the tree (the directory is removed when the test process exits).
enum PlantedSolutions {
  /// The path of the solution `name` (`correct.py` is the file itself).
  static func path(_ name: String) throws -> String {
    if name == "correct.py" { return GradingPaths.solutions + "/correct.py" }
    let directory = try built.withLock { built throws(FixtureError) -> String in
      if let built { return built.directory }
      let made = try build()
      built = made
      atexit { PlantedSolutions.removeBuilt() }
      return made.directory
    }
    return directory + "/" + name
  }

  /// The directory written and the names in it.
  private static let built = Mutex<(directory: String, names: [String])?>(nil)

  /// Deletes what `build` wrote.
  private static func removeBuilt() {
    guard let (directory, names) = built.withLock({ $0 }) else { return }
    for name in names { unlink(directory + "/" + name) }
    rmdir(directory)
  }

  /// Writes every planted solution into a new directory.
  private static func build() throws(FixtureError) -> (directory: String, names: [String]) {
    do {
      let spec = try JSON.parse(contentsOfFile: GradingPaths.solutions + "/planted.json")
      let correct = String(decoding: try readBytes(GradingPaths.solutions + "/correct.py"), as: UTF8.self)
      guard let header = spec["header"]?.stringValue, let replacement = spec["replacement_header"]?.stringValue,
        let solutions = spec["solutions"]?.objectValue, correct.ranges(of: header).count == 1
      else { throw FixtureError("planted.json: header, replacement_header or solutions missing, or header not in correct.py") }
      let directory = try temporaryDirectory()
      for (name, solution) in solutions {
        let stem = String(name.dropLast(3)), what = solution["what"]?.stringValue ?? ""
        var text = correct.replacing(
          header,
          with: replacement.replacing("%s", with: stem, maxReplacements: 1).replacing("%s", with: what, maxReplacements: 1),
          maxReplacements: 1)
        for edit in solution["edits"]?.arrayValue ?? [] {
          guard let new = edit[1]?.stringValue else { throw FixtureError("planted.json: \(name): an edit has no new text") }
          if let old = edit[0]?.stringValue {
            guard text.ranges(of: old).count == 1 else {
              throw FixtureError("planted.json: \(name): the text to replace occurs \(text.ranges(of: old).count) times")
            }
            text = text.replacing(old, with: new, maxReplacements: 1)
          } else {
            text = text.removingTopLevelDefinition(startingWith: new)
          }
        }
        try writeFile(directory + "/" + name, text)
      }
      return (directory, solutions.keys.sorted())
    } catch let error as FixtureError {
      throw error
    } catch {
      throw FixtureError("planted solutions: \(error)")
    }
  }
}

extension String {
  /// Without the top-level `def` that starts with `header`: its line and the indented or blank
  /// lines after it, up to the next top-level line.
  func removingTopLevelDefinition(startingWith header: String) -> String {
    guard let range = firstRange(of: header) else { return self }
    let lines = self[range.lowerBound...].split(separator: "\n", omittingEmptySubsequences: false)
    var end = 1
    while end < lines.count && (lines[end].isEmpty || lines[end].hasPrefix(" ")) { end += 1 }
    return String(self[..<range.lowerBound]) + lines[end...].joined(separator: "\n")
  }
}

/// planted.json against correct.py (no Python needed): every solution is built, differs from
/// correct.py, and says in its header which mistake it plants.
@Suite struct PlantedSolutionTests {
  @Test func everyPlantedSolutionIsBuilt() throws {
    let spec = try JSON.parse(contentsOfFile: GradingPaths.solutions + "/planted.json")
    let names = try #require(spec["solutions"]?.objectValue?.keys.sorted())
    #expect(names.count == 19)
    let correct = try readBytes(GradingPaths.solutions + "/correct.py")
    for name in names {
      let text = String(decoding: try readBytes(PlantedSolutions.path(name)), as: UTF8.self)
      #expect(Array(text.utf8) != correct, "\(name)")
      #expect(text.contains("\n# Planted mistake (\(name.dropLast(3))): "), "\(name)")
    }
  }

  @Test func matchCountAndDefinitionRemoval() {
    #expect("a b a".ranges(of: "a").count == 2 && "abc".ranges(of: "x").isEmpty)
    #expect("def f():\n    x\n\ndef g():\n".removingTopLevelDefinition(startingWith: "def f(") == "def g():\n")
  }
}
