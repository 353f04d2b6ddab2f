/// A seed as `np.random.seed` accepts it: one integer, or a 1-d array of integers.
///
/// The two are different streams: `seed(7)` uses MT19937 `init_genrand(7)`, while `seed([7])`
/// goes through `init_by_array`.
public enum Seed: Sendable, Equatable, CustomStringConvertible {
  /// `np.random.seed(n)`.
  case integer(UInt32)
  /// `np.random.seed([k0, k1, ...])`.
  case array([UInt32])

  /// Parses `7` or `[1,2,3]` (whitespace allowed around numbers and brackets).
  ///
  /// Integers must lie in 0 ... 2**32-1 (NumPy: "Seed must be between 0 and 2**32 - 1", which
  /// also covers `-1` and `4294967296`); `[]` is NumPy's "Seed must be non-empty"; anything
  /// else (`abc`, `[1,,2]`, `1.5`) is `SeedError.malformed`.
  public init(parsing text: String) throws(SeedError) {
    let trimmed = Seed.trimmed(Substring(text))
    if trimmed.first == "[" {
      guard trimmed.last == "]", trimmed.count >= 2 else { throw .malformed(text) }
      let inner = Seed.trimmed(trimmed.dropFirst().dropLast())
      guard !inner.isEmpty else { throw .emptyArray }
      var words: [UInt32] = []
      for element in inner.split(separator: ",", omittingEmptySubsequences: false) {
        words.append(try Seed.word(Seed.trimmed(element), in: text))
      }
      self = .array(words)
    } else {
      self = .integer(try Seed.word(trimmed, in: text))
    }
  }

  /// `7` or `[1, 2, 3]`.
  public var description: String {
    switch self {
    case .integer(let value): "\(value)"
    case .array(let words): "[" + words.map(String.init).joined(separator: ", ") + "]"
    }
  }

  /// One decimal integer with an optional sign, checked against 0 ... 2**32-1.
  private static func word(_ digits: Substring, in text: String) throws(SeedError) -> UInt32 {
    var body = digits
    var negative = false
    if let sign = body.first, sign == "+" || sign == "-" {
      negative = sign == "-"
      body = body.dropFirst()
    }
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw .malformed(text)
    }
    let significant = body.drop(while: { $0 == "0" })
    if significant.isEmpty { return 0 }  // "0", "-0", "000"
    guard !negative, significant.count <= 10, let value = UInt32(significant) else {
      throw .outOfRange(String(digits))
    }
    return value
  }

  private static func trimmed(_ text: Substring) -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let first = text.firstIndex(where: { !isSpace($0) }),
      let last = text.lastIndex(where: { !isSpace($0) })
    else { return text[text.endIndex...] }
    return text[first...last]
  }
}

extension RandomState {
  /// A stream seeded as `np.random.seed(seed)` for either form of seed.
  public init(seed: Seed) throws(SeedError) {
    switch seed {
    case .integer(let value): self.init(seed: value)
    case .array(let words): try self.init(seed: words)
    }
  }

  /// Reseeds as `np.random.seed(seed)`; clears the cached gaussian.
  public mutating func seed(_ seed: Seed) throws(SeedError) {
    self = try RandomState(seed: seed)
  }
}
