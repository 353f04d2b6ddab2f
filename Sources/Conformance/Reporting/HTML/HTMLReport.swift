#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The report as one self-contained HTML page (`--format html`): inline CSS and SVG, no scripts,
/// nothing fetched, readable offline and on paper.
///
/// Laid out for a learner: what was graded and the verdict first, then one table row per function
/// (failures first), each expandable to its checks — expected and actual values printed as NumPy
/// prints them with the first differing element marked, the named mistake with the notebook's
/// formula — and the cost curve of every training run. The JSON report stays the contract for
/// machines; this page is drawn from the same typed report.
public struct HTMLReport: Sendable {
  /// The report shown.
  public let report: ConformanceReport
  /// When the report was made, as shown in the header.
  public let generated: String

  /// The page for `report`, stamped `generated` (by default now, in UTC).
  public init(report: ConformanceReport, generated: String = HTMLReport.timestamp()) {
    self.report = report
    self.generated = generated
  }

  /// The current time as `2026-11-23 14:05 UTC`.
  public static func timestamp() -> String {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    var buffer = [CChar](repeating: 0, count: 64)
    let count = strftime(&buffer, buffer.count, "%Y-%m-%d %H:%M UTC", &parts)
    return count > 0 ? String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
  }

  /// The whole page, ending in a newline.
  public var html: String {
    let escape = HTMLText.escape
    var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    page += "<title>\(escape(title))</title>\n<style>\n\(HTMLStyle.css)</style>\n</head>\n<body>\n"
    page += "<header>\n\(header)</header>\n<main>\n"
    page += functionTable
    page += trainingSection
    page += "</main>\n<footer><p>Made by dnn-conformance (JSON report schema dnn-conformance/1, which carries the same "
    page += "results for machines). Values are printed as NumPy 1.13 prints them, as in the course's notebooks.</p></footer>\n"
    return page + "</body>\n</html>\n"
  }

  /// The page's title: the learner's file, or the run's editions.
  var title: String {
    if let subject = report.subject { return "Grade of \(subject.file) — dnn-conformance" }
    return "Conformance run, edition \(report.edition) — dnn-conformance"
  }

  /// The functions, failures first, then passed, then skipped (each group in run order).
  var orderedFunctions: [FunctionResult] {
    let rank: (CheckStatus) -> Int = { [.failed: 0, .passed: 1, .skipped: 2][$0] ?? 3 }
    return report.functions.enumerated().sorted {
      (rank($0.element.status), $0.offset) < (rank($1.element.status), $1.offset)
    }.map(\.element)
  }

  /// Heading, what was graded, when, and the verdict.
  var header: String {
    let escape = HTMLText.escape
    var html = ""
    var facts: [(String, String)] = []
    var shownNotes = report.notes
    if let subject = report.subject {
      html += "<h1>Grade of <code>\(escape(subject.file))</code></h1>\n"
      facts.append(("File", "<code>\(escape(subject.file))</code>"))
      facts.append(("Assignment", escape(subject.assignment)))
      let summary = (try? Edition.named(subject.edition))?.summary
      facts.append(("Release", "<strong>\(escape(subject.edition))</strong>" + (summary.map { " — " + escape($0) } ?? "")))
      facts.append(("Why this release", escape(subject.reason)))
      shownNotes.removeAll { $0 == "graded \(subject.file) as edition \(subject.edition): \(subject.reason)" }
    } else {
      html += "<h1>Conformance run</h1>\n"
      facts.append(("What was checked", "the course's own solution, NumPy's random streams, the regenerated test cases and the training logs"))
      let editions = report.spansEditions ? report.editions : report.edition.split(separator: ",").map(String.init)
      let words = editions.map { id in
        "<strong>\(escape(id))</strong>" + (((try? Edition.named(id))?.summary).map { " — " + escape($0) } ?? "")
      }
      facts.append((editions.count == 1 ? "Edition" : "Editions", words.joined(separator: "<br>")))
    }
    facts.append(("Generated", escape(generated)))
    html += "<dl class=\"facts\">\n"
    for (term, value) in facts { html += "<dt>\(term)</dt><dd>\(value)</dd>\n" }
    html += "</dl>\n"
    html += verdict
    if !shownNotes.isEmpty {
      html += "<ul class=\"notes\">\n" + shownNotes.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
    }
    return html
  }

  /// The verdict line and the counts.
  var verdict: String {
    let failed = report.count(.failed)
    let passed = report.count(.passed)
    let skipped = report.count(.skipped)
    let plural = { (n: Int) in n == 1 ? "function" : "functions" }
    let headline = failed > 0
      ? "<span aria-hidden=\"true\">✘</span> \(failed) \(plural(failed)) failed"
      : "<span aria-hidden=\"true\">✔</span> everything that was checked passed"
    var html = "<p class=\"verdict \(failed > 0 ? "failed" : "passed")\" role=\"status\"><strong>\(headline)</strong>"
    html += " <span class=\"counts\">\(passed) passed · \(failed) failed · \(skipped) skipped</span></p>\n"
    return html
  }
}
