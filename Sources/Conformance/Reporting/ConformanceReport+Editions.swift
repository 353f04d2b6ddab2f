/// Which edition each result belongs to, so that a run over several editions
/// (`run --edition all`) keeps functions of the same name apart.
extension FunctionResult {
  /// The edition of this function's checks (`all` for edition-independent suites such as the
  /// RNG); when the checks disagree, their ids joined by commas; empty without checks.
  public var edition: String {
    var ids: [String] = []
    for check in checks where !ids.contains(check.edition) { ids.append(check.edition) }
    return ids.joined(separator: ",")
  }
}

extension ConformanceReport {
  /// The editions the functions belong to, in run order (edition-independent suites excluded).
  public var editions: [String] {
    var ids: [String] = []
    for function in functions where function.edition != "all" && !function.edition.isEmpty {
      if !ids.contains(function.edition) { ids.append(function.edition) }
    }
    return ids
  }

  /// Whether functions of more than one edition are reported (then names are qualified).
  public var spansEditions: Bool { editions.count > 1 }

  /// `function`'s name, prefixed with its edition when the report spans several
  /// (`[v4a] compute_cost`).
  public func displayName(_ function: FunctionResult) -> String {
    guard spansEditions, function.edition != "all", !function.edition.isEmpty else { return function.name }
    return "[\(function.edition)] \(function.name)"
  }

  /// "N passed, N failed, N skipped" over the functions of one edition.
  public func summary(of edition: String) -> String {
    let mine = functions.filter { $0.edition == edition }
    let count = { (status: CheckStatus) in mine.filter { $0.status == status }.count }
    return "\(count(.passed)) passed, \(count(.failed)) failed, \(count(.skipped)) skipped"
  }
}
