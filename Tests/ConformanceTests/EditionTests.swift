import Conformance
import DNNJSON
import DeepNet
import Testing

/// Every edition graded against its own expectation files.
@Suite("Editions")
struct EditionTests {
  static func grader(_ id: String) throws -> Grader {
    try Grader(edition: try Edition.named(id), fixturesDirectory: FixturesDirectory.bundled)
  }

  static func result(_ id: String, _ function: String, _ implementation: any CourseFunctions) throws -> FunctionResult {
    let grader = try grader(id)
    let graded = try #require(grader.edition.functions.first { $0.name == function }, "\(id) grades no \(function)")
    return grader.grade(graded, implementation)
  }

  @Test("the editions, in order")
  func ids() {
    #expect(Edition.all.map(\.id) == ["blog", "v5", "v8", "v8a", "2021", "2023", "coursera", "w2-2017", "w2-v5", "w2-2021", "w3-v5", "w3-2021a", "w3-2021"])
    #expect(Edition.all.allSatisfy { !$0.summary.isEmpty && !$0.summary.contains("\n") })
  }

  @Test("every function of every edition passes on the edition's reference", arguments: ["blog", "v5", "v8", "v8a", "2021", "2023", "coursera", "w2-2017", "w2-v5", "w2-2021", "w3-v5", "w3-2021a", "w3-2021"])
  func referencePasses(_ id: String) throws {
    let grader = try Self.grader(id)
    for function in grader.gradeFunctions(grader.edition.reference) {
      for check in function.checks where check.status != .passed {
        Issue.record("\(id) \(function.name): \(check.name): \(check.message)")
      }
      #expect(function.status == .passed)
      #expect(function.checks.allSatisfy { $0.edition == id })
    }
  }

  @Test("every edition's test cases are NumPy's, bit for bit", arguments: ["blog", "v5", "v8", "v8a", "2021", "2023", "coursera", "w2-2017", "w2-v5", "w2-2021", "w3-v5", "w3-2021a", "w3-2021"])
  func fixtures(_ id: String) throws {
    let grader = try Self.grader(id)
    let result = grader.fixtureChecks()
    for check in result.checks where check.status != .passed { Issue.record("\(id) \(check.name): \(check.message)") }
    #expect(result.status == .passed)
    let arrays = grader.reference.fixtures.reduce(0) { $0 + $1.arrays.count }
    #expect(result.checks.count == arrays && arrays > 0)
  }

  @Test("every published function is graded, and every graded function has expectations",
        arguments: ["blog", "v5", "v8", "v8a", "2021", "2023", "coursera", "w2-2017", "w2-v5", "w2-2021", "w3-v5", "w3-2021a", "w3-2021"])
  func coverage(_ id: String) throws {
    let grader = try Self.grader(id)
    let graded = Set(grader.edition.functions.map(\.name))
    #expect(Set(grader.published.functions.map(\.name)).isSubset(of: graded))
    for name in graded {
      #expect(!grader.published.outputs(of: name).isEmpty || !grader.reference.outputs(of: name).isEmpty, "\(id) \(name)")
    }
  }

  @Test("Step-by-Step-only editions have no models; coursera has no Step by Step functions")
  func shapeOfEditions() {
    for edition in [Edition.v5, .v8, .v8a, .edition2021, .edition2023] { #expect(edition.models.isEmpty) }
    #expect(Edition.coursera.functions.map(\.name) == ["two_layer_model_test", "two_layer_model_test_2", "L_layer_model_test", "L_layer_model_test_2"])
    #expect(Edition.coursera.models.map(\.seed) == [1, 1])
    #expect(Edition.blog.models.map(\.seed) == [1, 3])
    #expect(Edition.coursera.accuracyFormula == .sumOfFractions)
    #expect(Edition.blog.accuracyFormula == .countOverM)
    #expect(Edition.v8.accuracyFormula == .countOverM)
  }

  @Test("an unknown edition is one line naming the valid ones")
  func unknownEdition() {
    #expect(throws: EditionError.self) { try Edition.named("v6") }
    do {
      _ = try Edition.named("v6")
    } catch {
      #expect(error.description == "unknown edition 'v6'; valid editions: blog, v5, v8, v8a, 2021, 2023, coursera, w2-2017, w2-v5, w2-2021, w3-v5, w3-2021a, w3-2021")
    }
    #expect((try? Edition.named("v3"))?.id == "v8")
    #expect((try? Edition.named("v4a"))?.id == "v8a")
    do {
      _ = try Edition.selection("all ")
    } catch {
      #expect(error.description == "unknown edition 'all '; valid editions: blog, v5, v8, v8a, 2021, 2023, coursera, w2-2017, w2-v5, w2-2021, w3-v5, w3-2021a, w3-2021, all")
    }
    #expect((try? Edition.selection("all"))?.map(\.id) == Edition.all.map(\.id))
    #expect((try? Edition.selection("2021"))?.map(\.id) == ["2021"])
    #expect((try? Edition.named("all")) == nil)
  }
}
