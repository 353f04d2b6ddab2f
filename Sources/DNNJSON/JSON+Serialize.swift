import CJSON

extension JSON {
  /// JSON text for this value, built and printed by json-c.
  ///
  /// Compact output has no spaces (`{"a":[1,2.5]}`); pretty output indents by two spaces with one
  /// member or element per line and `[]` / `{}` for empty containers. No trailing newline.
  /// Keys keep their order; `/` is not escaped; other characters are escaped as JSON requires
  /// (non-ASCII text is written as UTF-8). Integers are written as integers; doubles as the
  /// shortest string that parses back to the same double, character for character what Python's
  /// `repr` prints (`0.1`, `1e-05`, `-0.0`, `1.0`, `1e+16`; see `JSON.shortestText(_:)`).
  /// JSON has no NaN or infinity: a non-finite `.number` is written as `null` (so a report can still be
  /// written when a computation produced NaN; check `isFinite` first where that matters).
  public func serialized(pretty: Bool = false) -> String {
    let object = makeCObject()
    defer { json_object_put(object) }
    var length = 0
    let flags = pretty ? cjson_pretty_flags() : cjson_compact_flags()
    guard let text = json_object_to_json_string_length(object, flags, &length) else { return "null" }
    return String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self)
  }

  /// Writes `serialized(pretty:)` plus a final newline to `path`, replacing any existing file.
  public func write(toFile path: String, pretty: Bool = true) throws(JSONError) {
    try FileBytes.write(serialized(pretty: pretty) + "\n", to: path).get()
  }

  /// A new json-c object for this value, owned by the caller (NULL stands for JSON null).
  private func makeCObject() -> OpaquePointer? {
    switch self {
    case .null:
      return nil
    case .bool(let value):
      return json_object_new_boolean(value ? 1 : 0)
    case .integer(let value):
      return json_object_new_int64(value)
    case .number(let value):
      guard value.isFinite else { return nil }
      return json_object_new_double_s(value, JSON.shortestText(value))
    case .string(var value):
      return value.withUTF8 { bytes in
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return json_object_new_string("") }
        return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          json_object_new_string_len($0, Int32(clamping: bytes.count))
        }
      }
    case .array(let elements):
      let array = json_object_new_array_ext(Int32(clamping: elements.count))
      if elements.isEmpty { _ = cjson_serialize_as_literal(array, "[]") }
      for element in elements {
        _ = json_object_array_add(array, element.makeCObject())
      }
      return array
    case .object(let members):
      let object = json_object_new_object()
      if members.isEmpty { _ = cjson_serialize_as_literal(object, "{}") }
      for (key, value) in members {
        _ = json_object_object_add(object, key, value.makeCObject())
      }
      return object
    }
  }
}

extension JSON {
  /// The shortest text that parses back to `value` (finite), in Python `repr`'s format.
  ///
  /// This is Swift's `description` except between 2^53 and 1e16, where Swift switches to exponent
  /// notation (`9.96139072081717e+15`) but Python does not (`9961390720817170.0`); that band is
  /// rewritten the Python way so files we write match files NumPy scripts write, byte for byte.
  public static func shortestText(_ value: Double) -> String {
    let text = value.description
    guard value.magnitude < 1e16, let e = text.firstIndex(of: "e"),
          let exponent = Int(text[text.index(after: e)...]), exponent >= 0 else { return text }
    let mantissa = text[..<e]
    let sign = mantissa.hasPrefix("-") ? "-" : ""
    let digits = mantissa.filter(\.isNumber)
    let padding = String(repeating: "0", count: max(0, exponent + 1 - digits.count))
    return sign + digits + padding + ".0"
  }
}

extension JSON: CustomStringConvertible {
  /// The compact serialization, `serialized(pretty: false)`.
  public var description: String { serialized(pretty: false) }
}
