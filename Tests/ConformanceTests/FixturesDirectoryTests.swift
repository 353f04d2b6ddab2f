import Testing

@testable import Conformance

#if canImport(Glibc)
import Glibc
#endif

/// The expectations and the Python runner come from the tool's own resource bundle, never from
/// the working directory or the source checkout (issue 12).
struct FixturesDirectoryTests {
  @Test func theBundledFixturesAreFoundBesideTheTestBundle() throws {
    let found = try FixturesDirectory.locate(environment: [:])
    #expect(found.hasSuffix("/DNNConformance_Conformance.resources/Fixtures"))
    #expect(found.hasPrefix("/"))
    #expect(found == FixturesDirectory.bundled)
  }

  @Test func theBundleIsACurrentCopyOfTheTopLevelFixtures() throws {
    let bundled = try FixturesDirectory.locate(environment: [:])
    for file in ["published/blog.json", "mistakes.json", "reference/blog.json"] {
      let copy = try readBytes("\(bundled)/\(file)")
      #expect(!copy.isEmpty)
      #expect(copy == (try readBytes("\(GradingPaths.fixtures)/\(file)")), "\(file) differs from Fixtures/\(file)")
    }
  }

  @Test func theWorkingDirectoryIsNeverConsulted() throws {
    // `swift test` runs in the package root, which has a ./Fixtures: with no bundle it still fails.
    let cwdHasFixtures = FileProbe.isReadableFile("Fixtures/published/blog.json")
    #expect(throws: FixtureError.self) { try FixturesDirectory.locate(explicit: nil, environment: [:], bundle: []) }
    #expect(throws: FixtureError.self) {
      try FixturesDirectory.locate(explicit: nil, environment: [:], bundle: ["/nonexistent/Fixtures"])
    }
    if cwdHasFixtures {
      #expect(try FixturesDirectory.locate(environment: [:]) != "Fixtures")
    }
  }

  @Test func explicitPlacesAreFinal() throws {
    #expect(try FixturesDirectory.locate(explicit: GradingPaths.fixtures, environment: [:]) == GradingPaths.fixtures)
    #expect(try FixturesDirectory.locate(environment: ["DNN_FIXTURES": GradingPaths.fixtures]) == GradingPaths.fixtures)
    // A named directory without expectations is an error, not a reason to use the bundled copy.
    #expect(throws: FixtureError.self) { try FixturesDirectory.locate(environment: ["DNN_FIXTURES": "/nonexistent"]) }
    #expect(throws: FixtureError.self) { try FixturesDirectory.locate(explicit: "/nonexistent", environment: [:]) }
    // Empty means unset.
    #expect(try FixturesDirectory.locate(environment: ["DNN_FIXTURES": ""]) == FixturesDirectory.bundled)
  }

  @Test func theRunnerComesFromTheBundleOrFromDNNPythonRunnerOnly() throws {
    let candidates = PythonRunnerLocation.candidates(environment: [:])
    #expect(candidates.allSatisfy { $0.contains("/DNNConformance_Conformance.") })
    #expect(!candidates.contains { $0.hasPrefix(GradingPaths.root + "/Sources") })
    #expect(PythonRunnerLocation.candidates(environment: ["DNN_PYTHON_RUNNER": "/x/runner.py"]) == ["/x"])
    #expect(throws: PythonGradingError.self) { try PythonRunnerLocation.locate(environment: ["DNN_PYTHON_RUNNER": "/nonexistent"]) }
  }
}
