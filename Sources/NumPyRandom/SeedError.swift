/// An invalid seed, with NumPy's wording where NumPy has one.
public enum SeedError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An integer seed (or array element) outside 0 ... 2**32-1; carries the offending text.
  case outOfRange(String)
  /// `seed([])`.
  case emptyArray
  /// Text that is neither an integer nor a bracketed list of integers; carries the text.
  case malformed(String)

  /// NumPy's message for out-of-range and empty seeds; a short explanation otherwise.
  public var description: String {
    switch self {
    case .outOfRange: "Seed must be between 0 and 2**32 - 1"
    case .emptyArray: "Seed must be non-empty"
    case .malformed(let text):
      "invalid seed '\(text)': expected an integer such as 7 or a bracketed list such as [1,2,3]"
    }
  }
}
