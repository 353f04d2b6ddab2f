/// An array printed as NumPy prints it (`NumPyPrint`), as HTML, with one element marked.
///
/// The print itself is `NumPyPrint.string`, unchanged; the marked element is found afterwards by
/// counting the numbers in the print: they appear in row-major order of the elements NumPy shows
/// (all of them, or for an array of more than 1000 elements the first and last 3 along each axis,
/// with `...` in between, which is not a number).
enum HighlightedPrint {
  /// The print of `array` escaped for a `<pre>`, the element at flat index `mark` (if shown)
  /// wrapped in `<mark>`.
  static func html(_ array: NumericArray, mark: Int?) -> String {
    let text = NumPyPrint.string(array)
    guard let mark, let ordinal = shownIndices(array).firstIndex(of: mark) else { return HTMLText.escape(text) }
    var result = ""
    var token = ""
    var seen = 0
    func flush() {
      guard !token.isEmpty else { return }
      if token != "..." {
        if seen == ordinal {
          result += "<mark class=\"diff\">" + HTMLText.escape(token) + "</mark>"
          token = ""
          seen += 1
          return
        }
        seen += 1
      }
      result += HTMLText.escape(token)
      token = ""
    }
    for character in text {
      if "[] \n,".contains(character) {
        flush()
        result += HTMLText.escape(String(character))
      } else {
        token.append(character)
      }
    }
    flush()
    return result
  }

  /// The flat indices of the elements the print shows, in the order it shows them.
  static func shownIndices(_ array: NumericArray) -> [Int] {
    guard !array.shape.isEmpty else { return [0] }
    let summarised = array.data.count > 1000
    let kept = array.shape.map { n in summarised && n > 6 ? Array(0..<3) + Array(n - 3..<n) : Array(0..<n) }
    var indices = [0]
    for (axis, keep) in kept.enumerated() {
      let stride = array.shape[(axis + 1)...].reduce(1, *)
      indices = indices.flatMap { base in keep.map { base + $0 * stride } }
    }
    return indices
  }
}
