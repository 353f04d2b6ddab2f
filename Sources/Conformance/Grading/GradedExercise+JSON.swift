import DNNJSON

/// How a grading child hands its exercise back: the function object of the JSON report (SPEC §7)
/// plus the findings and the stub flag. Non-finite values travel as `null`, as in the report.
extension GradedExercise {
  /// `{"result": {...}, "findings": [...], "not_implemented": bool}`.
  var json: JSON {
    [
      "result": result.json,
      "findings": .array(findings.map(\.json)),
      "not_implemented": .bool(notImplemented),
    ]
  }

  /// Reads what `json` wrote.
  init(json: JSON) throws(FixtureError) {
    guard let resultJSON = json["result"], let name = resultJSON["name"]?.stringValue,
      let checks = resultJSON["checks"]?.arrayValue, let findings = json["findings"]?.arrayValue
    else { throw FixtureError("a graded exercise needs result.name, result.checks and findings") }
    let notes = resultJSON["notes"]?.arrayValue?.compactMap(\.stringValue) ?? []
    var parsedChecks: [CheckResult] = []
    for check in checks { parsedChecks.append(try CheckResult(json: check)) }
    var parsedFindings: [MistakeFinding] = []
    for finding in findings { parsedFindings.append(try MistakeFinding(json: finding)) }
    self.init(
      result: FunctionResult(name: name, checks: parsedChecks, notes: notes), findings: parsedFindings,
      notImplemented: json["not_implemented"]?.boolValue ?? false)
  }
}

extension CheckResult {
  /// Reads SPEC §7's check object (what `json` writes).
  init(json: JSON) throws(FixtureError) {
    guard let name = json["name"]?.stringValue, let status = json["status"]?.stringValue.flatMap(CheckStatus.init),
      let edition = json["edition"]?.stringValue
    else { throw FixtureError("a check needs name, status and edition") }
    self.init(
      name: name, status: status, expected: json["expected"] ?? .null, actual: json["actual"] ?? .null,
      maxAbsError: json["max_abs_error"]?.doubleValue, tolerance: json["tolerance"]?.stringValue ?? "",
      message: json["message"]?.stringValue ?? "", edition: edition, output: json["output"]?.stringValue,
      source: json["source"]?.stringValue.flatMap(CheckSource.init))
  }
}

extension MistakeFinding {
  /// `{"mistake", "function", "written_in", "evidence", "outputs"?}`.
  var json: JSON {
    var object: JSON.Object = [
      "mistake": .string(mistake), "function": .string(function), "written_in": .string(writtenIn),
    ]
    switch evidence {
    case .sameOutputs: object["evidence"] = "same_outputs"
    case .errorMessage: object["evidence"] = "error_message"
    case .probe: object["evidence"] = "probe"
    case .someOutputs(let outputs):
      object["evidence"] = "some_outputs"
      object["outputs"] = .array(outputs.map(JSON.string))
    }
    return .object(object)
  }

  /// Reads what `json` wrote.
  init(json: JSON) throws(FixtureError) {
    guard let mistake = json["mistake"]?.stringValue, let function = json["function"]?.stringValue,
      let writtenIn = json["written_in"]?.stringValue, let kind = json["evidence"]?.stringValue
    else { throw FixtureError("a finding needs mistake, function, written_in and evidence") }
    let evidence: Evidence
    switch kind {
    case "same_outputs": evidence = .sameOutputs
    case "error_message": evidence = .errorMessage
    case "probe": evidence = .probe
    case "some_outputs": evidence = .someOutputs(json["outputs"]?.arrayValue?.compactMap(\.stringValue) ?? [])
    default: throw FixtureError("unknown finding evidence \(kind)")
    }
    self.init(mistake: mistake, function: function, writtenIn: writtenIn, evidence: evidence)
  }
}
