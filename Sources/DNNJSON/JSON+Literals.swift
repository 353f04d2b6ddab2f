extension JSON: ExpressibleByBooleanLiteral {
  /// `true` / `false` as `.bool`.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSON: ExpressibleByIntegerLiteral {
  /// An integer literal as `.integer`.
  public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension JSON: ExpressibleByFloatLiteral {
  /// A floating-point literal as `.number`.
  public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSON: ExpressibleByStringLiteral {
  /// A string literal as `.string`.
  public init(stringLiteral value: String) { self = .string(value) }
}

extension JSON: ExpressibleByArrayLiteral {
  /// An array literal as `.array`.
  public init(arrayLiteral elements: JSON...) { self = .array(elements) }
}

extension JSON: ExpressibleByDictionaryLiteral {
  /// A dictionary literal as an `.object`, keeping the literal's key order.
  public init(dictionaryLiteral elements: (String, JSON)...) { self = .object(JSON.Object(elements)) }
}
