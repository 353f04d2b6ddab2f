extension HTMLReport {
  /// Every check that carries a cost log, drawn: one figure per training run, with its verdict
  /// and, folded away, the numbers themselves.
  var trainingSection: String {
    let escape = HTMLText.escape
    let runs = orderedFunctions.flatMap { function in
      function.checks.compactMap { check in check.costCurve.map { (function, check, $0) } }
    }
    guard !runs.isEmpty else { return "" }
    var html = "<section aria-labelledby=\"training-heading\">\n<h2 id=\"training-heading\">Training runs</h2>\n"
    html += "<p class=\"lede\">The cost logged during training"
    html += report.subject == nil ? ", our run against the notebook's printed log." : ": your run, ours and the notebook's printed log."
    html += " Hollow rings are the published points; the solid line is our reproduction"
    html += report.subject == nil ? "." : "; the wide dashed line with squares is yours (where it runs along ours, your training reproduces the course's)."
    html += "</p>\n<div class=\"charts\">\n"
    for (k, (function, check, curve)) in runs.enumerated() {
      let title = "\(report.displayName(function)) — \(check.name)"
      html += "<figure class=\"chart-figure \(check.status.rawValue)\">\n"
      html += CostChart(curve: curve, title: title, id: "chart-\(k)").svg + "\n"
      html += "<figcaption>\(check.status.badge)\(verdictBadge(check.verdict)) <code>\(escape(report.displayName(function)))</code> — "
      html += "\(escape(check.name))\(check.message.isEmpty ? "" : ": " + escape(check.message))</figcaption>\n"
      html += numbers(curve)
      html += "</figure>\n"
    }
    return html + "</div>\n</section>\n"
  }

  /// The logs as a table, folded away under the chart.
  func numbers(_ curve: CostCurve) -> String {
    let iterations = Array(Set(curve.series.flatMap { $0.points.map(\.iteration) })).sorted()
    var html = "<details class=\"numbers\"><summary>The numbers</summary>\n<table>\n<thead><tr><th scope=\"col\">iteration</th>"
    for series in curve.series { html += "<th scope=\"col\">\(HTMLText.escape(CostChart.label(series.role)))</th>" }
    html += "</tr></thead>\n<tbody>\n"
    for iteration in iterations {
      html += "<tr><th scope=\"row\" class=\"number\">\(iteration)</th>"
      for series in curve.series {
        let point = series.points.first { $0.iteration == iteration }
        let text = point.map { $0.printed ?? NumPyPrint.scalar($0.cost) } ?? ""
        html += "<td class=\"number\">\(HTMLText.escape(text))</td>"
      }
      html += "</tr>\n"
    }
    return html + "</tbody>\n</table>\n</details>\n"
  }
}
