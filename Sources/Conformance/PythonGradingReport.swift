import DNNJSON

extension PythonGrading {
  /// The report for the runner's JSON (`runner.py` prints it): the edition's exercises in order,
  /// each function's outputs compared exactly as a Swift implementation's, then diagnosed.
  public func report(runnerOutput json: JSON) -> ConformanceReport {
    let edition = grader.edition.id
    if let error = json["error"]?.stringValue {
      let check = CheckResult(name: "loads", status: .failed, message: error, edition: edition)
      return ConformanceReport(edition: edition, functions: [FunctionResult(name: "solution", checks: [check])])
    }
    let ran = json["functions"]?.objectValue ?? JSON.Object()
    let notGraded = json["not_graded"]?.objectValue ?? JSON.Object()
    var names = grader.edition.functions.map(\.name)
    names += ran.keys.filter { name in
      !names.contains(name) && !(grader.published.outputs(of: name).isEmpty && grader.reference.outputs(of: name).isEmpty)
    }
    var results: [FunctionResult] = []
    var evidence: [String: FunctionEvidence] = [:]
    for name in names {
      if let reason = notGraded[name]?.stringValue {
        results.append(FunctionResult(name: name, checks: [
          CheckResult(name: "defined", status: .skipped, message: reason, edition: edition)
        ]))
      } else if let entry = ran[name] {
        let (checks, seen) = convert(name, entry)
        results.append(FunctionResult(name: name, checks: checks))
        evidence[name] = seen
      } else {
        results.append(FunctionResult(name: name, checks: [
          CheckResult(
            name: "defined", status: .skipped,
            message: "the Python runner does not run \(name) in edition \(edition)", edition: edition)
        ]))
      }
    }
    if let catalogue = try? MistakeCatalogue(fixturesDirectory: fixturesDirectory) {
      results = Diagnosis(grader: grader, catalogue: catalogue).annotate(results, evidence: evidence)
    }
    let warnings = json["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
    if !warnings.isEmpty {
      let loads = CheckResult(name: "loads", status: .passed, edition: edition)
      results.insert(FunctionResult(name: "solution", checks: [loads], notes: warnings.map { "warning: \($0)" }), at: 0)
    }
    return ConformanceReport(edition: edition, functions: results)
  }

  /// One function's runner entry as checks, and what it did (for the diagnosis).
  func convert(_ name: String, _ entry: JSON) -> ([CheckResult], FunctionEvidence) {
    let edition = grader.edition.id
    let status = entry["status"]?.stringValue ?? "?"
    let message = entry["message"]?.stringValue ?? ""
    func failure(_ check: String, _ text: String) -> [CheckResult] {
      [CheckResult(name: check, status: .failed, message: text, edition: edition)]
    }
    switch status {
    case "ok":
      var outputs: [(String, NumericArray)] = []
      for (output, value) in entry["outputs"]?.objectValue ?? JSON.Object() {
        guard let array = try? NumericArray(json: value, context: "\(name).\(output)") else {
          return (failure("output", "\(output) is not an array of numbers"), .error("bad output \(output)"))
        }
        outputs.append((output, array))
      }
      return (grader.compare(outputs, for: name), .outputs(outputs))
    case "missing": return (failure("defined", message), .notImplemented)
    case "raised": return (failure("runs", "raised \(message)"), .error(message))
    case "timeout": return (failure("time limit", message), .error(message))
    case "bad_output": return (failure("output", message), .error(message))
    case "crashed": return (failure("runs", message), .error(message))
    default: return (failure("runs", "the runner reported status '\(status)': \(message)"), .error(message))
    }
  }
}
