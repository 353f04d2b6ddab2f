/// Which assignment and release a learner's file is, worked out from what it imports and defines
/// (never from running it), and why: the report prints the reason.
public struct ReleaseDetection: Sendable, Equatable {
  /// The edition id to grade with (`Edition.named`).
  public let edition: String
  /// One line for the report: "imports testCases_v4a (the v8a release, 2019–21)".
  public let reason: String

  /// The edition of `python` (a notebook's code cells or a .py). In order: a Step-by-Step test
  /// module imported (testCases_v2 … test_cases) decides; else dnn_app_utils_v2/v3 means the
  /// Application; else the functions the file writes (the blog's own code defines the Step-by-Step
  /// functions and the models together: Step by Step).
  public static func detect(_ python: String) -> ReleaseDetection {
    let imported = importedModules(python)
    let defined = definedFunctions(python)
    func has(_ module: String) -> Bool { imported.contains(module) }
    if let shallow = shallowRelease(python, defined: defined, has) { return shallow }
    if let stepByStep = stepByStepRelease(python, has) { return stepByStep }
    let writesStepByStep = defined.contains("linear_forward") || defined.contains("L_model_backward")
    let writesModels = defined.contains("two_layer_model") || defined.contains("L_layer_model")
    if has("dnn_app_utils_v2") || has("dnn_app_utils_v3") || (writesModels && !writesStepByStep) {
      let helper = has("dnn_app_utils_v3") ? "dnn_app_utils_v3" : has("dnn_app_utils_v2") ? "dnn_app_utils_v2" : nil
      let tests = has("public_tests") ? " and public_tests (the 2021 release)" : ""
      let why = helper.map { "imports \($0)\(tests)" } ?? "defines two_layer_model / L_layer_model"
      return ReleaseDetection(edition: "coursera", reason: "Application notebook: \(why)")
    }
    if has("public_tests") {
      return ReleaseDetection(edition: "2021", reason: "Step by Step: imports public_tests (the 2021 release)")
    }
    return ReleaseDetection(
      edition: "blog", reason: "Step by Step: no course test module imported; graded as the blog copy (testCases_v2); use --edition to choose")
  }

  /// The Step-by-Step release named by the test module the file imports, if it imports one.
  static func stepByStepRelease(_ python: String, _ has: (String) -> Bool) -> ReleaseDetection? {
    // The 2023 release's public tests have second cases; some of its copies still import testCases.
    if python.contains("initialize_parameters_test_2") || python.contains("initialize_parameters_deep_test_2") {
      return ReleaseDetection(edition: "2023", reason: "Step by Step: calls initialize_parameters_test_2 (the 2023 release's public tests)")
    }
    let table: [(module: String, edition: String, release: String)] = [
      ("test_cases", "2023", "the 2023 release (test_cases + public_tests)"),
      ("testCases_v4a", "v8a", "the v8a release, 2019–21"),
      ("testCases_v4", "v8", "the v8 release, 2018–19: new grads keys"),
      ("testCases_v3", "v5", "the v5 release, 2018: blog grads keys"),
      ("testCases_v2", "blog", "the v3/v4 release, 2017–18"),
    ]
    if has("testCases") {
      return has("public_tests")
        ? ReleaseDetection(edition: "2021", reason: "Step by Step: imports testCases and public_tests (the 2021 release)")
        : ReleaseDetection(edition: "blog", reason: "Step by Step: imports testCases without public_tests (the blog copy)")
    }
    for entry in table where has(entry.module) {
      return ReleaseDetection(edition: entry.edition, reason: "Step by Step: imports \(entry.module) (\(entry.release))")
    }
    return nil
  }

  /// Week 2 (lr_utils, propagate) or week 3 (planar_utils, nn_model), and which release of it.
  static func shallowRelease(_ python: String, defined: Set<String>, _ has: (String) -> Bool) -> ReleaseDetection? {
    let squeezed = python.filter { !$0.isWhitespace }
    let tests = has("public_tests")
    if has("planar_utils") || defined.contains("nn_model") || defined.contains("layer_sizes") {
      var why = has("planar_utils") ? "imports planar_utils" : "defines nn_model"
      // W3A1's compute_cost takes (A2, Y); v5 to v6c's took (A2, Y, parameters): a copy that
      // dropped the public_tests import is still known by it.
      let twoArgumentCost = PythonDefinitions(python).definitions["compute_cost"]?.parameters.count == 2
      if !tests && twoArgumentCost { why += " and defines compute_cost(A2, Y) (W3A1's signature; public_tests is not imported)" }
      guard tests || twoArgumentCost else {
        let old = has("testCases") ? "; its testCases (2017) predate testCases_v2, graded with v5's cases" : ""
        return ReleaseDetection(edition: "w3-v5", reason: "Planar data classification (week 3): \(why), without public_tests (v5–v6c, 2018–20)\(old)")
      }
      // The first 2021 release still ran nn_model on nn_model_test_case() in its own cell, and its
      // initialize_parameters template still seeded 2 with the older releases' comment.
      if squeezed.contains("nn_model_test_case()") || squeezed.contains("#wesetupaseedsothatyouroutputmatchesours") {
        return ReleaseDetection(
          edition: "w3-2021a", reason: "Planar data classification (week 3): \(why)\(tests ? " and public_tests" : ""), with the first 2021 release's nn_model_test_case() cell or seeded initialize_parameters template")
      }
      return ReleaseDetection(
        edition: "w3-2021", reason: "Planar data classification (week 3): \(why)\(tests ? " and public_tests" : "") (W3A1, 2021 onward)")
    }
    // lr_utils alone is not decisive: some week-4 copies import it too.
    let writesWeek2 = ["propagate", "initialize_with_zeros", "optimize"].contains { defined.contains($0) }
    let writesWeek4 = ["linear_forward", "L_model_backward", "two_layer_model", "L_layer_model"].contains { defined.contains($0) }
    guard writesWeek2 || (has("lr_utils") && !writesWeek4) else { return nil }
    let why = has("lr_utils") ? "imports lr_utils" : "defines propagate"
    if tests {
      return ReleaseDetection(edition: "w2-2021", reason: "Logistic regression (week 2): \(why) and public_tests (W2A2, 2021 onward)")
    }
    // W2A2's optimize has defaults (num_iterations=100, …); the older releases' had none.
    if let optimize = PythonDefinitions(python).definitions["optimize"], optimize.defaults["num_iterations"] == "100" {
      return ReleaseDetection(
        edition: "w2-2021",
        reason: "Logistic regression (week 2): \(why) and defines optimize(…, num_iterations=100, …) (W2A2's signature, 2021 onward; public_tests is not imported)")
    }
    if squeezed.contains("np.array([[1],[2]]),2,np.array([[1,2],[3,4]])") {
      return ReleaseDetection(edition: "w2-2017", reason: "Logistic regression (week 2): \(why); its propagate test on integer arrays is the 2017 release's")
    }
    return ReleaseDetection(edition: "w2-v5", reason: "Logistic regression (week 2): \(why), without public_tests (v4 to v6a, 2018–20: the same expected outputs)")
  }

  /// Top-level module names of every `import a.b` / `from a.b import c` line.
  static func importedModules(_ python: String) -> Set<String> {
    var modules: Set<String> = []
    for raw in python.split(whereSeparator: \.isNewline) {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
      guard let first = words.first else { continue }
      if first == "from", words.count > 1 {
        modules.insert(String(words[1]))
        modules.insert(String(words[1].split(separator: ".").first ?? words[1]))
      } else if first == "import" {
        for word in words.dropFirst() where word != "as" {
          modules.insert(String(word.split(separator: ".").first ?? word))
        }
      }
    }
    return modules
  }

  /// Names of every `def name(` (at any indentation).
  static func definedFunctions(_ python: String) -> Set<String> {
    var names: Set<String> = []
    for raw in python.split(whereSeparator: \.isNewline) {
      let line = raw.drop { $0 == " " || $0 == "\t" }
      guard line.hasPrefix("def ") else { continue }
      let name = line.dropFirst(4).prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      if !name.isEmpty { names.insert(String(name)) }
    }
    return names
  }
}
