import Conformance
import DeepNet
import Testing

/// The grading suite: one test per course function of the blog edition, on the course's own
/// implementation. A failure names the function, the array and the first differing element.
@Suite("Grading suite (edition blog)")
struct GradingSuiteTests {
  static let grader: Grader = {
    do { return try Grader(edition: .blog, fixturesDirectory: FixturesDirectory.bundled) } catch {
      fatalError("cannot load the blog expectations: \(error)")
    }
  }()

  @Test("each course function matches the published and NumPy values", arguments: Edition.blog.functions.map(\.name))
  func function(_ name: String) throws {
    let function = try #require(Edition.blog.functions.first { $0.name == name })
    let result = Self.grader.grade(function, NotebookFunctions())
    for check in result.checks where check.status != .passed {
      Issue.record("\(name): \(check.name): \(check.message)")
    }
    #expect(result.status == .passed)
    #expect(!result.checks.isEmpty, "\(name) must have published or reference checks")
  }

  @Test("the regenerated test cases equal NumPy's bit for bit")
  func fixtures() {
    let result = Self.grader.fixtureChecks()
    for check in result.checks where check.status != .passed { Issue.record("\(check.name): \(check.message)") }
    #expect(result.status == .passed)
    #expect(result.checks.count == 40)
  }
}
