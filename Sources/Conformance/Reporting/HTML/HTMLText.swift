/// Text made safe for HTML: the five characters that could end an element or an attribute
/// (`& < > " '`) written as character references. Everything the page shows from a report (names,
/// messages, a learner's file name) passes through here.
enum HTMLText {
  /// `text` escaped for element content and for a double- or single-quoted attribute value.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// A number for an SVG coordinate: two decimals, no exponent, no trailing zeros.
  static func coordinate(_ x: Double) -> String {
    guard x.isFinite else { return "0" }
    var text = NumPyPrint.cFormat("%.2f", x)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text == "-0" ? "0" : text
  }

  /// A number for people: `%.4g` (`0.0486`, `1.2e-05`).
  static func short(_ x: Double) -> String {
    x.isFinite ? NumPyPrint.cFormat("%.4g", x) : (x.isNaN ? "nan" : (x < 0 ? "-inf" : "inf"))
  }
}

extension CheckStatus {
  /// The status as a symbol and a word, so that colour is never the only sign: `✔ passed`.
  var symbol: String {
    switch self {
    case .passed: "✔"
    case .failed: "✘"
    case .skipped: "–"
    }
  }

  /// A status badge: the symbol (hidden from screen readers, which read the word) and the word.
  var badge: String {
    "<span class=\"status \(rawValue)\"><span aria-hidden=\"true\">\(symbol)</span> \(rawValue)</span>"
  }
}
