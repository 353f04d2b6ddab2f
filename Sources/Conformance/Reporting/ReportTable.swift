/// The readable table `run` prints: one line per function, aligned, then the failures explained.
public struct ReportTable: Sendable {
  /// The report to show.
  public let report: ConformanceReport
  /// Whether to colour the status words (a terminal).
  public let colour: Bool

  /// A table for `report`.
  public init(report: ConformanceReport, colour: Bool) {
    self.report = report
    self.colour = colour
  }

  /// The whole text, ending in a newline.
  public var text: String {
    let width = max(24, (report.functions.map(\.name.count).max() ?? 0) + 2)
    var lines = ["DNNConformance — edition \(report.edition)"]
    for note in report.notes { lines += wrapped(note, indent: "  ") }
    lines.append("")
    lines.append(pad("function", width) + pad("status", 9) + "checks")
    var edition: String?
    for function in report.functions {
      if report.spansEditions && function.edition != edition {
        edition = function.edition
        lines += editionHeading(function.edition)
      }
      let passed = function.checks.filter { $0.status == .passed }.count
      var detail = "\(passed)/\(function.checks.count) passed"
      if function.status == .skipped {
        detail = function.checks.first?.message ?? "skipped"
      } else if let reason = function.firstFailure?.message, !reason.isEmpty {
        detail += " — " + reason
      }
      lines.append(pad(function.name, width) + statusWord(function.status) + detail)
      let indent = String(repeating: " ", count: width + 9)
      if function.status == .failed { lines += function.valueLines(indent: indent) }
      for note in function.notes { lines += wrapped(note, indent: indent) }
    }
    lines.append("")
    lines.append(
      "\(report.count(.passed)) passed, \(report.count(.failed)) failed, \(report.count(.skipped)) skipped")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A blank line and `── edition v4a: 14 passed, 0 failed, 0 skipped ──` before each edition's
  /// functions when the report spans several editions.
  private func editionHeading(_ id: String) -> [String] {
    let title = id == "all" ? "every edition" : "edition \(id): \(report.summary(of: id))"
    return ["", "── \(title) ──"]
  }

  private func statusWord(_ status: CheckStatus) -> String {
    let word = pad(status.rawValue, 9)
    guard colour else { return word }
    let code = switch status {
    case .passed: "32"
    case .failed: "31"
    case .skipped: "33"
    }
    return "\u{1B}[\(code)m\(word)\u{1B}[0m"
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}
