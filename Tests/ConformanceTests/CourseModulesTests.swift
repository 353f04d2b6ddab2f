import DNNJSON
import DeepNet
import Testing
@testable import Conformance

/// The course helper modules the Python runner serves (PythonRunner/course/testCases*.py,
/// test_cases.py) draw exactly the catalogue's test cases: every `*_test_case()` of each module,
/// its arrays flattened in the order returned, against the Swift regeneration of the edition that
/// imports it, `==` on every double.
@Suite(.enabled(if: PythonAvailability.ready, PythonAvailability.reason))
struct CourseModulesTests {
  /// Which edition's cases each module serves.
  static let modules: [(module: String, edition: String)] = [
    ("testCases_v2", "blog"), ("testCases", "blog"), ("testCases_v3", "v5"), ("testCases_v4", "v8"),
    ("testCases_v4a", "v8a"), ("test_cases", "2023"),
  ]

  static let script = """
    import json, sys
    import numpy as np
    sys.path.insert(0, sys.argv[1])
    module = __import__(sys.argv[2])
    def flat(value, out):
        if isinstance(value, dict):
            for v in value.values(): flat(v, out)
        elif isinstance(value, (tuple, list)):
            for v in value: flat(v, out)
        else:
            a = np.asarray(value, dtype=np.float64)
            out.append({"shape": list(a.shape), "data": a.ravel().tolist()})
        return out
    result = {}
    for case in sys.argv[3:]:
        name = "L_model_forward_test_case_2hidden" if case == "L_model_forward_2hidden" else case + "_test_case"
        result[case] = flat(getattr(module, name)(), [])
    print(json.dumps(result))
    """

  @Test(arguments: modules.map(\.module))
  func aModuleDrawsItsEditionsCases(_ module: String) throws {
    let editionID = try #require(Self.modules.first { $0.module == module }?.edition)
    let edition = try Edition.named(editionID)
    let fixtures = FixtureSet(recipes: edition.recipes)
    let course = GradingPaths.root + "/Sources/Conformance/PythonRunner/course"
    let outcome = try ChildProcess.run(
      ["python3", "-c", Self.script, course, module] + fixtures.cases.map(\.name), timeLimit: 60)
    #expect(outcome.termination == .exited(0), "\(String(decoding: outcome.standardError, as: UTF8.self))")
    let json = try JSON.parse(String(decoding: outcome.standardOutput, as: UTF8.self))
    for fixture in fixtures.cases {
      let drawn = try #require(json[fixture.name]?.arrayValue, "\(module) has no \(fixture.name) case")
      #expect(drawn.count == fixture.arrays.count, "\(module).\(fixture.name)")
      for (value, (name, expected)) in zip(drawn, fixture.arrays) {
        let array = try NumericArray(json: value, context: "\(module).\(fixture.name).\(name)")
        let data = array.shape.count == 2 && array.shape == [expected.rows, expected.cols] ? array.data : []
        #expect(data == expected.data, "\(module).\(fixture.name).\(name) differs from the catalogue's recipe")
      }
    }
  }
}
