#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `print(array)` as the course's notebooks show it: NumPy 1.13's array printing
/// (`np.set_printoptions(legacy='1.13')`), precision 8, line width 75, arrays of more than 1000
/// elements summarised with 3 items at each edge.
///
/// NumPy 1.13 picks one format for the whole array: fixed-point with as many decimals as the
/// longest element needs (at most 8, trailing zeros then blanked: `-0.3269206 `), a width with room
/// for a sign (`[[ 3.26295337 -1.23429987]]`), or `%.8e` when the non-zero magnitudes span more
/// than a factor 1000 or one is below 1e-4. A 0-d array prints as `str(numpy.float64)` did then,
/// 12 significant digits (`0.414931599615`).
public enum NumPyPrint {
  /// The print of `array` (several lines for a matrix, joined by `\n`).
  public static func string(_ array: NumericArray, precision: Int = 8, lineWidth: Int = 75) -> String {
    guard !array.shape.isEmpty else { return scalar(array.data.first ?? .nan) }
    guard !array.data.isEmpty else { return "[]" }
    let summarised = array.data.count > 1000
    let format = FloatFormat(values: summarised ? edgeValues(array) : array.data, precision: precision)
    let layout = Layout(
      shape: array.shape, data: array.data, format: format, lineWidth: lineWidth, summarised: summarised)
    return layout.format(dimension: 0, offset: 0, indent: " ")
  }

  /// `str(numpy.float64(x))` in NumPy 1.13: `%.12g`, with `.0` added to an integral value.
  public static func scalar(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    let text = cFormat("%.12g", x)
    return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
  }

  /// The elements NumPy looks at to choose the format of a summarised array: the first and last
  /// 3 along every axis.
  static func edgeValues(_ array: NumericArray) -> [Double] {
    let kept = array.shape.map { n in n > 6 ? Array(0..<3) + Array(n - 3..<n) : Array(0..<n) }
    guard kept.count == 2 else { return kept.first?.map { array.data[$0] } ?? [] }
    let cols = array.shape[1]
    return kept[0].flatMap { r in kept[1].map { c in array.data[r * cols + c] } }
  }

  /// `printf`-style formatting of one double.
  static func cFormat(_ format: String, _ x: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    let count = withVaList([x]) { arguments in
      buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, arguments) }
    }
    guard count >= 0 else { return "\(x)" }
    return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}

extension NumPyPrint {
  /// NumPy 1.13's `FloatFormat`: one width and style for every element.
  struct FloatFormat {
    let exponential: Bool
    let largeExponent: Bool
    let decimals: Int
    let width: Int

    init(values: [Double], precision: Int) {
      let finite = values.filter(\.isFinite)
      let special = finite.count != values.count
      let magnitudes = finite.filter { $0 != 0 }.map(abs)
      let maxValue = magnitudes.max() ?? 0
      let minValue = magnitudes.min() ?? 0
      exponential = !magnitudes.isEmpty && (maxValue >= 1e8 || minValue < 1e-4 || maxValue / minValue > 1000)
      if exponential {
        largeExponent = (minValue > 0 && minValue < 1e-99) || maxValue >= 1e100
        decimals = precision
        width = 8 + precision + (largeExponent ? 1 : 0)
      } else {
        largeExponent = false
        // As many decimals as the longest element needs once trailing zeros are dropped.
        let needed = magnitudes.map { value -> Int in
          let text = NumPyPrint.cFormat("%.\(precision)f", value)
          let trailingZeros = text.reversed().prefix { $0 == "0" }.count
          return precision - trailingZeros
        }
        decimals = min(precision, needed.max() ?? 0)
        let integerDigits = NumPyPrint.cFormat("%.0f", maxValue.rounded(.towardZero)).count
        width = max(integerDigits + decimals + 2, special ? 4 : 0)
      }
    }

    /// One element, padded to `width`.
    func callAsFunction(_ x: Double) -> String {
      if x.isNaN { return pad("nan") }
      if x.isInfinite { return pad(x < 0 ? "-inf" : "inf") }
      if exponential {
        var text = NumPyPrint.cFormat("%\(width).\(decimals)e", x)
        if largeExponent {
          // NumPy widens a 2-digit exponent to 3 digits, dropping one leading character.
          let chars = Array(text)
          if chars.count >= 3, chars[chars.count - 3] == "+" || chars[chars.count - 3] == "-" {
            text = String(chars[1..<(chars.count - 2)]) + "0" + String(chars[(chars.count - 2)...])
          }
        }
        return text
      }
      let text = NumPyPrint.cFormat("%#\(width).\(decimals)f", x)
      let zeros = text.reversed().prefix { $0 == "0" }.count
      return String(text.dropLast(zeros)) + String(repeating: " ", count: zeros)
    }

    private func pad(_ text: String) -> String {
      text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }
  }

  /// NumPy 1.13's `_formatArray` (as NumPy's `legacy='1.13'` mode reproduces it): nested
  /// brackets, separator `' '`, an element moved to the next line when it would pass the width,
  /// `...,` in place of the middle of a long axis.
  struct Layout {
    let shape: [Int]
    let data: [Double]
    let format: FloatFormat
    let lineWidth: Int
    let summarised: Bool

    /// The sub-array at `dimension` starting at flat `offset`, its continuation lines indented by
    /// `indent`.
    func format(dimension: Int, offset: Int, indent: String) -> String {
      let n = shape[dimension]
      let stride = shape[(dimension + 1)...].reduce(1, *)
      let (leading, trailing) = summarised && n > 6 ? (3, 3) : (0, n)
      let indices = Array(0..<leading) + Array((n - trailing)..<n)
      var text = ""
      if dimension == shape.count - 1 {
        var line = indent
        for (k, i) in indices.enumerated() {
          if leading > 0 && k == leading {
            extend(&text, &line, "...", indent)
            line += ", "
          }
          extend(&text, &line, format(data[offset + i * stride]), indent)
          if k < indices.count - 1 { line += " " }
        }
        text += line
      } else {
        let separator = String(repeating: "\n", count: shape.count - dimension - 1)
        for (k, i) in indices.enumerated() {
          if leading > 0 && k == leading { text += indent + "..., \n" }
          text += indent + format(dimension: dimension + 1, offset: offset + i * stride, indent: indent + " ")
          if k < indices.count - 1 { text += separator }
        }
      }
      return "[" + text.dropFirst(indent.count) + "]"
    }

    private func extend(_ text: inout String, _ line: inout String, _ word: String, _ indent: String) {
      if line.count + word.count > lineWidth {
        while line.last == " " { line.removeLast() }
        text += line + "\n"
        line = indent
      }
      line += word
    }
  }
}
