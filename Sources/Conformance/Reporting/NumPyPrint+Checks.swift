import DNNJSON

extension CheckResult {
  /// The expected value as an array: a published print (`{"shape", "printed"}`) or a NumPy
  /// reference (`{"shape", "data"}`); nil for checks that compare no array.
  public var expectedArray: NumericArray? {
    if let printed = expected["printed"]?.arrayValue, let shape = expected["shape"]?.arrayValue {
      let values = printed.compactMap { $0.stringValue.flatMap(Double.init) }
      let dims = shape.compactMap(\.intValue)
      guard values.count == printed.count, dims.count == shape.count, dims.reduce(1, *) == values.count else { return nil }
      return NumericArray(shape: dims, data: values)
    }
    return try? NumericArray(json: expected, context: name)
  }

  /// The value produced, as an array (nil when none was produced or it is not an array).
  public var actualArray: NumericArray? { try? NumericArray(json: actual, context: name) }
}

extension FunctionResult {
  /// Expected and actual values of the failed checks, printed as NumPy prints them, one output
  /// each (a published check and its NumPy-reference twin show once), at most `limit` outputs.
  public func valueLines(indent: String, limit: Int = 4) -> [String] {
    var shown: [String] = []
    var lines: [String] = []
    var more = 0
    for check in checks where check.status == .failed {
      guard let expected = check.expectedArray else { continue }
      let output = check.output ?? check.name
      if shown.contains(output) { continue }
      shown.append(output)
      guard shown.count <= limit else {
        more += 1
        continue
      }
      let label = "\(output): "
      lines += Self.block(indent + label + "expected ", NumPyPrint.string(expected))
      let actual = check.actualArray.map { NumPyPrint.string($0) } ?? "(nothing)"
      lines += Self.block(indent + String(repeating: " ", count: label.count) + "actual   ", actual)
    }
    if more > 0 { lines.append(indent + "… and \(more) more output\(more == 1 ? "" : "s") differ") }
    return lines
  }

  /// `head` followed by a (possibly multi-line) print, its continuation lines aligned under it.
  static func block(_ head: String, _ text: String) -> [String] {
    let pad = String(repeating: " ", count: head.count)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { i, line in
      (i == 0 ? head : pad) + line
    }
  }
}

/// `text` broken at spaces into lines of at most `width` characters after `indent`.
func wrapped(_ text: String, indent: String, width: Int = 100) -> [String] {
  let room = max(40, width - indent.count)
  var lines: [String] = []
  var line = ""
  for word in text.split(separator: " ", omittingEmptySubsequences: false) {
    if !line.isEmpty && line.count + 1 + word.count > room {
      lines.append(indent + line)
      line = "  " + word  // continuation lines indented a little more
    } else {
      line += (line.isEmpty ? "" : " ") + word
    }
  }
  if !line.isEmpty { lines.append(indent + line) }
  return lines
}
