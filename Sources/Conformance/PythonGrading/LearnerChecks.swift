import DeepNet

/// The checks of one run of a learner's function, and the leniency the course itself shows.
enum LearnerChecks {
  /// `outputs` with what the course's tests accept put in the expected form, and notes saying so:
  /// a cost of shape (1, 1) or (1,) (their np.allclose accepts it) and a costs list with one
  /// more entry (the cost of the last iteration, which the 2021 notebooks also log).
  static func normalise(
    _ outputs: [(String, NumericArray)], expected: [(String, NumericArray)]?
  ) -> ([(String, NumericArray)], [String]) {
    var notes: [String] = []
    let wanted = Dictionary((expected ?? []).map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    let result = outputs.map { name, array -> (String, NumericArray) in
      if name == "cost", array.data.count == 1, array.shape != [] {
        notes.append("cost has shape \(array.shapeDescription): the notebook asks for a number (np.squeeze(cost)); accepted, as the course's public tests (np.allclose) accept it")
        return (name, NumericArray(scalar: array.data[0]))
      }
      if name == "costs", let want = wanted[name], array.data.count == want.data.count + 1 {
        return (name, NumericArray(shape: want.shape, data: Array(array.data.prefix(want.data.count))))
      }
      return (name, array)
    }
    return (result, notes)
  }

  /// On the notebook's case: the published prints and NumPy's references of the exercise, then
  /// every other output the course's solution gives (caches) against it; on any other run, every
  /// output against the course's solution.
  static func checks(
    _ outputs: [(String, NumericArray)], run: LearnerRun, grader: Grader, suffix: String
  ) -> [CheckResult] {
    let exercise = run.key
    var checks: [CheckResult] = []
    var covered: Set<String> = []
    let actual = Dictionary(outputs.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
    // Costs read from a log printed short ("%f") are checked below, at their printed digits.
    let printedShort = (actual["costs.decimals"]?.data.first ?? 17) <= 10 ? Set(["costs"]) : []
    if run.published {
      let named = grader.published.outputs(of: exercise).map(\.name) + grader.reference.outputs(of: exercise).map(\.0)
      if !named.isEmpty {
        checks = grader.compare(outputs, for: exercise)
          .filter { !printedShort.contains($0.output ?? "") }
          .map { suffix.isEmpty ? $0 : $0.renamed($0.name + suffix) }
        covered = Set(named).subtracting(printedShort)
      }
    }
    guard let expected = run.expected else {
      if checks.isEmpty {
        checks.append(CheckResult(
          name: "expectations\(suffix)", status: .failed, message: "the course's solution could not be run on these inputs",
          edition: grader.edition.id))
      }
      return hinted(checks, grader: grader)
    }
    let label = run.published ? " (course solution)" : suffix
    for (name, value) in expected where !covered.contains(name) {
      if name == "costs", let decimals = actual["costs.decimals"]?.data.first, decimals <= 10 {
        // Costs read from a log printed short ("%f"): they must round to the printed digits. A log
        // printed in full is compared as returned costs are (our reproduction of the course's
        // arithmetic may differ from NumPy's in the last digit or two).
        var half = 0.5
        for _ in 0..<Int(decimals) { half /= 10 }
        let note = " (as printed, \(Int(decimals)) decimals)"
        checks.append(Comparison.reference(
          name + label + note, actual: actual[name], expected: value, rtol: 0, atol: half * (1 + 1e-9), edition: grader.edition.id,
          output: name, source: .courseSolution))
        continue
      }
      checks.append(Comparison.reference(
        name + label, actual: actual[name], expected: value, rtol: run.rtol, atol: run.atol, edition: grader.edition.id,
        output: name, source: .courseSolution))
    }
    return hinted(checks, grader: grader)
  }

  /// Failed checks with the usual cause spelled out (a wrong shape, the other releases' grads keys).
  static func hinted(_ checks: [CheckResult], grader: Grader) -> [CheckResult] {
    checks.map { check in
      guard check.status == .failed,
        let hint = shapeHint(check.message) ?? keyHint(check.message, grader.edition.reference.gradientKeyConvention)
      else { return check }
      return check.renamed(check.name, message: check.message + ": " + hint)
    }
  }

  /// "no output dA2 was produced" or "dA1 has shape (4, 2) but (3, 2) was expected" in
  /// L_model_backward → how this release numbers the dA keys (the other numbering puts each
  /// layer's gradient one key off).
  static func keyHint(_ message: String, _ convention: GradientKeyConvention) -> String? {
    guard message.contains("no output dA") || message.contains(#/^dA\d+ has shape /#) else { return nil }
    return convention == .blog
      ? "this release keys grads as the blog notebook does: grads[\"dA\" + str(l)] is the gradient of the input of layer l (dA1 … dAL); dA0 … dA(L-1) is the later releases' numbering"
      : "this release numbers dA from 0: grads[\"dA\" + str(l - 1)] is dA_prev of layer l (dA0 … dA(L-1)); dA1 … dAL is the older releases' numbering"
  }

  /// "db has shape () but (1, 1) was expected" → what usually causes it.
  static func shapeHint(_ message: String) -> String? {
    guard let has = message.range(of: " has shape "), let but = message.range(of: " but "),
      message.hasSuffix("was expected") || message.contains("was expected")
    else { return nil }
    // "Wrong shape: db has shape …" or "W1 (fresh inputs) has shape …": the output's name.
    let subject = message[..<has.lowerBound].split(separator: ": ").last ?? ""
    let name = subject.split(separator: " ").first.map(String.init) ?? ""
    let actual = String(message[has.upperBound..<but.lowerBound])
    let tail = message[but.upperBound...]
    let expected = String(tail[..<(tail.range(of: " was expected")?.lowerBound ?? tail.endIndex)])
    let base = name.split(separator: ".").last.map(String.init) ?? name
    if expected == "()" { return "a number was expected, not an array (np.sum without axis, or float(...))" }
    if base.hasPrefix("db") {
      if actual == "()" { return "np.sum(dZ) needs axis=1, keepdims=True" }
      if actual.hasSuffix(",)") { return "np.sum(dZ, axis=1) needs keepdims=True" }
      if actual.hasPrefix("(1, "), expected.hasSuffix(", 1)") {
        return "db sums dZ over the examples: np.sum(dZ, axis=1, keepdims=True), not axis=0"
      }
    }
    if actual.hasSuffix(",)") { return "a 1-D array: keep the column shape (keepdims=True, or reshape to (n, 1))" }
    if base.hasPrefix("W") || base.hasPrefix("b") { return "check the sizes used (the layer sizes the function is given) — hard-coded sizes pass the notebook's case only" }
    return nil
  }
}
