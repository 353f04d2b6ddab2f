extension HTMLReport {
  /// The per-function table: one `<tbody>` per function, its summary row and a row holding the
  /// expandable details (open for a failed function).
  var functionTable: String {
    let escape = HTMLText.escape
    var html = "<section aria-labelledby=\"functions-heading\">\n<h2 id=\"functions-heading\">Functions</h2>\n"
    html += "<table class=\"functions\">\n<caption>Every function checked, failures first. "
    html += "Open a row to see its checks.</caption>\n"
    html += "<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Function</th>"
    html += "<th scope=\"col\">Checks passed</th><th scope=\"col\">What happened</th></tr></thead>\n"
    for (index, function) in orderedFunctions.enumerated() {
      let status = function.status
      let passed = function.checks.filter { $0.status == .passed }.count
      html += "<tbody class=\"function \(status.rawValue)\" id=\"function-\(index)\">\n"
      html += "<tr class=\"row\"><td>\(status.badge)</td><th scope=\"row\"><code>\(escape(report.displayName(function)))</code></th>"
      html += "<td class=\"number\">\(passed)/\(function.checks.count)</td><td>\(summaryCell(function))</td></tr>\n"
      html += "<tr class=\"more\"><td colspan=\"4\"><details\(status == .failed ? " open" : "")>"
      html += "<summary>The \(function.checks.count) check\(function.checks.count == 1 ? "" : "s") of "
      html += "<code>\(escape(function.name))</code></summary>\n"
      html += details(function, index: index)
      html += "</details></td></tr>\n</tbody>\n"
    }
    return html + "</table>\n</section>\n"
  }

  /// The last cell of a function's row: the named mistake, else the first failure or the reason
  /// it was skipped, else a word on what passed.
  func summaryCell(_ function: FunctionResult) -> String {
    let escape = HTMLText.escape
    if let mistake = function.mistakes.first {
      let place = mistake.writtenIn == function.name ? "" : " (in <code>\(escape(mistake.writtenIn))</code>)"
      return "Looks like \(escape(mistake.headline))\(place)"
    }
    switch function.status {
    case .failed: return escape(function.firstFailure.map { "\($0.name): \($0.message)" } ?? "failed")
    case .skipped: return escape(function.checks.first?.message ?? "skipped")
    case .passed:
      let curves = function.checks.filter { $0.costCurve != nil }.count
      return curves > 0
        ? "all checks passed; cost curve\(curves == 1 ? "" : "s") under <a href=\"#training-heading\">Training runs</a>"
        : "all checks passed"
    }
  }

  /// A function's named mistakes, other notes, its checks, and the values of its failed checks.
  func details(_ function: FunctionResult, index: Int) -> String {
    let escape = HTMLText.escape
    var html = ""
    for mistake in function.mistakes { html += mistakeBox(mistake) }
    let shown = Set(function.mistakes.flatMap(\.noteLines))
    let notes = function.notes.filter { !shown.contains($0) }
    if !notes.isEmpty {
      html += "<ul class=\"notes\">\n" + notes.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
    }
    html += "<table class=\"checks\">\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Check</th>"
    html += "<th scope=\"col\">Compared with, tolerance</th><th scope=\"col\">Max |error|</th>"
    html += "<th scope=\"col\">Message</th></tr></thead>\n<tbody>\n"
    for check in function.checks {
      html += "<tr class=\"\(check.status.rawValue)\"><td>\(check.status.badge)</td>"
      html += "<th scope=\"row\">\(escape(check.name))\(verdictBadge(check.verdict))</th>"
      let against = [Self.sourceWords(check.source), check.tolerance].filter { !$0.isEmpty }.map(escape)
      html += "<td>\(against.joined(separator: ", "))</td>"
      html += "<td class=\"number\">\(check.maxAbsError.map(HTMLText.short) ?? "")</td>"
      html += "<td class=\"message\">\(escape(check.message))</td></tr>\n"
    }
    html += "</tbody>\n</table>\n"
    let compared = function.checks.filter { $0.status == .failed && $0.expectedArray != nil }
    for (k, check) in compared.prefix(6).enumerated() { html += values(check, id: "f\(index)v\(k)") }
    if compared.count > 6 {
      html += "<p class=\"more-values\">… and \(compared.count - 6) more failed comparisons, listed in the table above.</p>\n"
    }
    return html
  }

  /// A named mistake: what it looks like, the notebook's formula, why it matters.
  func mistakeBox(_ mistake: NamedMistake) -> String {
    let escape = HTMLText.escape
    var html = "<div class=\"mistake\" role=\"note\">\n"
    html += "<p class=\"mistake-title\"><span aria-hidden=\"true\">⚠</span> <strong>Looks like \(escape(mistake.headline))</strong>"
    html += " in <code>\(escape(mistake.writtenIn))</code> <span class=\"id\">[\(escape(mistake.id))]</span></p>\n"
    html += "<dl><dt>The notebook's formula</dt><dd><code>\(escape(mistake.expectedCode))</code></dd>\n"
    html += "<dt>What gives this result</dt><dd><code>\(escape(mistake.mistakenCode))</code></dd></dl>\n"
    if let explanation = mistake.explanation {
      html += "<p>\(escape(explanation))</p>\n"
    } else if let under = mistake.explainedUnder {
      html += "<p>Explained under <code>\(escape(under))</code>; fix it there.</p>\n"
    }
    return html + "</div>\n"
  }

  /// Expected and actual values of a failed check, side by side, the first difference marked.
  func values(_ check: CheckResult, id: String) -> String {
    guard let expected = check.expectedArray else { return "" }
    let escape = HTMLText.escape
    let actual = check.actualArray
    let mark = actual?.shape == expected.shape ? check.firstDifference : nil
    var html = "<figure class=\"values\" aria-labelledby=\"\(id)\">\n"
    html += "<figcaption id=\"\(id)\"><strong>\(escape(check.name))</strong>"
    if let mark {
      let at = expected.position(mark)
      html += at.isEmpty ? " — the value differs, marked " : " — first difference at <code>\(escape(at))</code>, marked "
      html += "<mark class=\"diff\">like this</mark>"
    } else if let actual, actual.shape != expected.shape {
      html += " — shape \(escape(actual.shapeDescription)) where \(escape(expected.shapeDescription)) was expected"
    }
    html += "</figcaption>\n<div class=\"pair\">\n"
    html += "<div><p class=\"which\">expected (\(escape(Self.sourceWords(check.source).lowercased())))</p>"
    html += "<pre>\(HighlightedPrint.html(expected, mark: mark))</pre></div>\n"
    html += "<div><p class=\"which\">actual</p><pre>"
    html += actual.map { HighlightedPrint.html($0, mark: mark) } ?? "(nothing was produced)"
    return html + "</pre></div>\n</div>\n</figure>\n"
  }

  /// A stability verdict as a marked word (the stability check's hook).
  func verdictBadge(_ verdict: StabilityVerdict?) -> String {
    guard let verdict else { return "" }
    let symbol = switch verdict.kind {
    case .reproducible: "✔"
    case .fragile: "⚠"
    case .mismatch: "✘"
    }
    let digits = verdict.stableDigits.map { ", \($0) stable digits" } ?? ""
    return " <span class=\"verdict-badge \(verdict.kind.rawValue)\"><span aria-hidden=\"true\">\(symbol)</span> "
      + "\(verdict.kind.rawValue)\(digits)</span>"
  }

  /// What a check compares with, in words.
  static func sourceWords(_ source: CheckSource?) -> String {
    switch source {
    case .published: "Published print"
    case .numpyReference: "NumPy reference"
    case .courseSolution: "Course's solution"
    case .identical: "Regenerated, bit for bit"
    case nil: ""
    }
  }
}
