import DNNJSON
import DeepNet
import Testing
@testable import Conformance

/// The course helper modules the Python runner serves (PythonRunner/course/testCases*.py,
/// test_cases.py, planar/testCases_v2.py) draw exactly the catalogue's test cases: every
/// `*_test_case()` of each module, its arrays flattened in the order returned, against the Swift
/// regeneration of the edition that imports it, `==` on every double.
@Suite(.enabled(if: PythonAvailability.ready, PythonAvailability.reason))
struct CourseModulesTests {
  /// Which edition's cases each module serves; a module of another assignment than week 4 is
  /// named with its folder under course/ (the runner puts that folder first for its plans).
  static let modules: [(module: String, edition: String)] = [
    ("testCases_v2", "blog"), ("testCases", "blog"), ("testCases_v3", "v5"), ("testCases_v4", "v8"),
    ("testCases_v4a", "v8a"), ("test_cases", "2023"), ("planar/testCases_v2", "w3-v5"),
  ]

  /// Week 3's testCases_v2 returns its arrays in another order than its recipes draw them
  /// (`(parameters, X)`, dictionaries in the course's key order): its arrays are compared by name,
  /// the dictionaries' by key and the other returned items by these names.
  static let returnedNames: [String: [String: [String]]] = [
    "planar/testCases_v2": [
      "layer_sizes": ["X", "Y"], "forward_propagation": ["X", "parameters"],
      "compute_cost": ["A2", "Y", "parameters"], "backward_propagation": ["parameters", "cache", "X", "Y"],
      "update_parameters": ["parameters", "grads"], "nn_model": ["X", "Y"], "predict": ["parameters", "X"],
    ]
  ]

  static let script = """
    import json, os, sys
    import numpy as np
    folder, module_path, names = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    sys.path[:0] = [os.path.join(folder, os.path.dirname(module_path)), os.path.join(folder, "shared")]
    module = __import__(os.path.basename(module_path))
    def flat(value, out, name=None, top=False):
        if isinstance(value, dict):
            for k, v in value.items(): flat(v, out, k)
        elif isinstance(value, (tuple, list)):
            for i, v in enumerate(value): flat(v, out, names_of[i] if top and i < len(names_of) else None)
        else:
            a = np.asarray(value, dtype=np.float64)
            out.append({"name": name, "shape": list(a.shape), "data": a.ravel().tolist()})
        return out
    result = {}
    for case in sys.argv[4:]:
        name = "L_model_forward_test_case_2hidden" if case == "L_model_forward_2hidden" else case + "_test_case"
        names_of = names.get(case, [])
        result[case] = flat(getattr(module, name)(), [], top=True)
    print(json.dumps(result))
    """

  @Test(arguments: modules.map(\.module))
  func aModuleDrawsItsEditionsCases(_ module: String) throws {
    let editionID = try #require(Self.modules.first { $0.module == module }?.edition)
    let edition = try Edition.named(editionID)
    let fixtures = FixtureSet(recipes: edition.recipes)
    let course = GradingPaths.root + "/Sources/Conformance/PythonRunner/course"
    let names = Self.returnedNames[module] ?? [:]
    let namesJSON = JSON.object(JSON.Object(names.map { ($0.key, JSON.array($0.value.map { .string($0) })) }))
    let outcome = try ChildProcess.run(
      ["python3", "-c", Self.script, course, module, namesJSON.description] + fixtures.cases.map(\.name), timeLimit: 60)
    #expect(outcome.termination == .exited(0), "\(String(decoding: outcome.standardError, as: UTF8.self))")
    let json = try JSON.parse(String(decoding: outcome.standardOutput, as: UTF8.self))
    for fixture in fixtures.cases {
      let drawn = try #require(json[fixture.name]?.arrayValue, "\(module) has no \(fixture.name) case")
      #expect(drawn.count == fixture.arrays.count, "\(module).\(fixture.name)")
      let byName = !names.isEmpty
      for (index, (name, expected)) in fixture.arrays.enumerated() {
        let value = byName ? drawn.first { $0["name"]?.stringValue == name } : (index < drawn.count ? drawn[index] : nil)
        guard let value else {
          Issue.record("\(module).\(fixture.name) returns no \(name)")
          continue
        }
        let array = try NumericArray(json: value, context: "\(module).\(fixture.name).\(name)")
        let data = array.shape.count == 2 && array.shape == [expected.rows, expected.cols] ? array.data : []
        #expect(data == expected.data, "\(module).\(fixture.name).\(name) differs from the catalogue's recipe")
      }
    }
  }
}
