import CJSON

extension JSON {
  /// JSON text for this value, built and printed by json-c.
  ///
  /// Compact output has no spaces (`{"a":[1,2.5]}`); pretty output indents by two spaces with one
  /// member or element per line and `[]` / `{}` for empty containers. No trailing newline.
  /// Keys keep their order; `/` is not escaped; other characters are escaped as JSON requires
  /// (non-ASCII text is written as UTF-8). Integers are written as integers; doubles as the
  /// shortest string that parses back to the same double (Swift's `description`, e.g. `0.1`, `1e-05`,
  /// `-0.0`, `1.0`), which is also what Python's `repr` prints for most values.
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
      return json_object_new_double_s(value, value.description)
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

extension JSON: CustomStringConvertible {
  /// The compact serialization, `serialized(pretty: false)`.
  public var description: String { serialized(pretty: false) }
}
