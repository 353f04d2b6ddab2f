import Conformance
import Testing

/// The exercises only some editions grade (the 2023 initializer cases, the two-hidden-layer
/// forward case) are further runs of the learner's function, reported under its own name.
@Suite(.enabled(if: PythonAvailability.ready, PythonAvailability.reason))
struct GradePythonEditionTests {
  @Test func the2023ExercisesAreRunsOfTheLearnersFunctions() throws {
    let grading = try PythonGrading(edition: .edition2023, fixturesDirectory: GradingPaths.fixtures, timeout: 10)
    let report = try grading.grade(solution: "\(GradingPaths.solutions)/correct.py")
    func status(_ name: String) -> CheckStatus? { report.functions.first { $0.name == name }?.status }
    for name in ["initialize_parameters", "initialize_parameters_deep", "L_model_forward", "linear_backward", "update_parameters"] {
      #expect(status(name) == .passed, "\(name)")
    }
    #expect(!report.functions.contains { $0.name.hasSuffix("_4_3_2") || $0.name.hasSuffix("_2hidden") })
    let initialize = try #require(report.functions.first { $0.name == "initialize_parameters" })
    #expect(initialize.checks.contains { $0.name == "equation_output_check: W1 (initialize_parameters_4_3_2)" && $0.status == .passed })
    // correct.py keys grads the blog way (dA1 = input gradient of layer 1); 2021 expects dA0.
    let backward = try #require(report.functions.first { $0.name == "L_model_backward" })
    #expect(backward.status == .failed)
    #expect(backward.firstFailure?.message.contains("dA0") == true)
  }
}
