extension JSON {
  /// The member `key` of an object; `nil` when this is not an object or has no such key.
  public subscript(key: String) -> JSON? {
    if case .object(let object) = self { return object[key] }
    return nil
  }

  /// The element at `index` of an array; `nil` when this is not an array or the index is out of range.
  public subscript(index: Int) -> JSON? {
    if case .array(let elements) = self, elements.indices.contains(index) { return elements[index] }
    return nil
  }

  /// Whether this is `null`.
  public var isNull: Bool { self == .null }

  /// The value of a `.bool`.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// A number as a double: `.number` as is, `.integer` converted (exact up to 2^53).
  public var doubleValue: Double? {
    switch self {
    case .number(let value): value
    case .integer(let value): Double(value)
    default: nil
    }
  }

  /// An integer as Int64: `.integer` as is, or a `.number` that holds an integer exactly (`3.0`).
  public var int64Value: Int64? {
    switch self {
    case .integer(let value): value
    case .number(let value): Int64(exactly: value)
    default: nil
    }
  }

  /// An integer as Int: `.integer`, or a `.number` that holds an integer exactly (`3.0`).
  public var intValue: Int? { int64Value.flatMap { Int(exactly: $0) } }

  /// The value of a `.string`.
  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The elements of an `.array`.
  public var arrayValue: [JSON]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The ordered object of an `.object`.
  public var objectValue: Object? {
    if case .object(let object) = self { return object }
    return nil
  }

  /// An array whose elements are all numbers, as doubles (`doubleValue` of each); `nil` otherwise.
  public var doubleArrayValue: [Double]? {
    guard case .array(let elements) = self else { return nil }
    var result: [Double] = []
    result.reserveCapacity(elements.count)
    for element in elements {
      guard let value = element.doubleValue else { return nil }
      result.append(value)
    }
    return result
  }
}
