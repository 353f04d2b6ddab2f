extension JSON {
  /// A JSON object whose keys keep their order (insertion order, or the order they were read in).
  ///
  /// Setting an existing key replaces its value in place; a new key goes at the end; setting `nil`
  /// removes the key. Two objects are equal when they have the same keys in the same order with equal
  /// values.
  public struct Object: Sendable, Equatable {
    /// The keys, in order.
    public private(set) var keys: [String] = []
    /// The values, in the order of `keys`.
    public private(set) var values: [JSON] = []
    /// Position of each key in `keys`.
    private var positions: [String: Int] = [:]

    /// An empty object.
    public init() {}

    /// An object from key–value pairs in order; a repeated key keeps its first position and its last
    /// value (as json-c does when it reads `{"a": 1, "a": 2}`).
    public init<S: Sequence>(_ members: S) where S.Element == (String, JSON) {
      for (key, value) in members { self[key] = value }
    }

    /// The number of keys.
    public var count: Int { keys.count }

    /// Whether the object has no keys.
    public var isEmpty: Bool { keys.isEmpty }

    /// The members in order, as `(key, value)` pairs.
    public var members: [(key: String, value: JSON)] {
      Array(zip(keys, values)).map { (key: $0.0, value: $0.1) }
    }

    /// The value for `key`, or `nil`. Setting replaces in place, appends a new key, or removes on `nil`.
    public subscript(key: String) -> JSON? {
      get { positions[key].map { values[$0] } }
      set {
        if let position = positions[key] {
          if let newValue {
            values[position] = newValue
          } else {
            keys.remove(at: position)
            values.remove(at: position)
            positions[key] = nil
            for index in position..<keys.count { positions[keys[index]] = index }
          }
        } else if let newValue {
          positions[key] = keys.count
          keys.append(key)
          values.append(newValue)
        }
      }
    }

    /// Same keys in the same order, with equal values.
    public static func == (lhs: Object, rhs: Object) -> Bool {
      lhs.keys == rhs.keys && lhs.values == rhs.values
    }
  }
}

extension JSON.Object: Sequence {
  /// Iterates the members in key order.
  public struct Iterator: IteratorProtocol {
    private let object: JSON.Object
    private var index = 0

    fileprivate init(_ object: JSON.Object) { self.object = object }

    /// The next `(key, value)` pair, or `nil` at the end.
    public mutating func next() -> (key: String, value: JSON)? {
      guard index < object.keys.count else { return nil }
      defer { index += 1 }
      return (key: object.keys[index], value: object.values[index])
    }
  }

  /// An iterator over the members in key order.
  public func makeIterator() -> Iterator { Iterator(self) }
}

extension JSON.Object: ExpressibleByDictionaryLiteral {
  /// An object from a literal, keeping the literal's key order.
  public init(dictionaryLiteral elements: (String, JSON)...) {
    self.init(elements)
  }
}
