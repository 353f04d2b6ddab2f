import Conformance
import Testing

/// The exercises only some editions grade (the 2021 initializer cases, the two-hidden-layer
/// forward case) are run by the Python runner under their own names.
@Suite(.enabled(if: PythonAvailability.ready, PythonAvailability.reason))
struct GradePythonEditionTests {
  @Test func the2021ExercisesAreRunAndGradedUnderTheirOwnNames() throws {
    let grading = try PythonGrading(edition: .edition2021, fixturesDirectory: GradingPaths.fixtures, timeout: 10)
    let report = try grading.grade(solution: "\(GradingPaths.solutions)/correct.py")
    func status(_ name: String) -> CheckStatus? { report.functions.first { $0.name == name }?.status }
    for name in [
      "initialize_parameters", "initialize_parameters_4_3_2", "initialize_parameters_deep",
      "initialize_parameters_deep_4_3_2", "L_model_forward_2hidden", "linear_backward", "update_parameters",
    ] {
      #expect(status(name) == .passed, "\(name)")
    }
    // correct.py keys grads the blog way (dA1 = input gradient of layer 1); 2021 expects dA0.
    let backward = try #require(report.functions.first { $0.name == "L_model_backward" })
    #expect(backward.status == .failed)
    #expect(backward.firstFailure?.message.contains("dA0") == true)
  }
}
