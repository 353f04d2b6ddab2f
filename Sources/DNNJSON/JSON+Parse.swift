import CJSON

extension JSON {
  /// The deepest nesting of arrays and objects the parser accepts.
  public static let maximumDepth = 512

  /// Parses JSON text (RFC 8259, through json-c's strict tokener); numbers parse to the exact
  /// nearest double (glibc `strtod`).
  ///
  /// Rejected: syntax errors (reported with line and column), trailing text after the value, and
  /// non-finite numbers (`NaN`, `Infinity`, or a literal beyond the double range such as `1e400`),
  /// which json-c would otherwise accept. Known json-c leniencies kept: `1.` parses as 1.0; a repeated
  /// key keeps its last value; integers beyond ±2^64 saturate (those beyond Int64 become `.number`);
  /// a `\u0000` inside an object key cuts the key short.
  public static func parse(_ text: String) throws(JSONError) -> JSON {
    var bytes = Array(text.utf8)
    return try parse(terminating: &bytes).get()
  }

  /// Parses the JSON file at `path`; errors name the file (unreadable file, invalid UTF-8, syntax
  /// error with line and column). A leading UTF-8 byte order mark is skipped.
  public static func parse(contentsOfFile path: String) throws(JSONError) -> JSON {
    var bytes = try FileBytes.contents(of: path).get()
    do {
      return try parse(terminating: &bytes).get()
    } catch {
      throw error.inFile(path)
    }
  }

  /// Parses `bytes` (appending the NUL that tells json-c where the text ends).
  private static func parse(terminating bytes: inout [UInt8]) -> Result<JSON, JSONError> {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    let count = bytes.count - start
    guard count < Int(Int32.max) else {
      return .failure(JSONError(.invalidJSON, reason: "text of \(count) bytes is too large for json-c"))
    }
    bytes.append(0)
    guard let tokener = json_tokener_new_ex(Int32(maximumDepth)) else {
      return .failure(JSONError(.invalidJSON, reason: "json-c could not allocate a parser"))
    }
    defer { json_tokener_free(tokener) }
    json_tokener_set_flags(tokener, cjson_tokener_flags())

    return bytes.withUnsafeBufferPointer { buffer in
      let text = UnsafeBufferPointer(rebasing: buffer[start...])
      let parsed = text.withMemoryRebound(to: CChar.self) {
        json_tokener_parse_ex(tokener, $0.baseAddress, Int32(count + 1))
      }
      defer { json_object_put(parsed) }
      let status = json_tokener_get_error(tokener)
      let end = json_tokener_get_parse_end(tokener)
      if status != json_tokener_success {
        let reason = String(cString: json_tokener_error_desc(status))
        // json-c stops after the byte that broke UTF-8 but before any other unexpected character.
        let offset = status == json_tokener_error_parse_utf8_string ? max(end, 1) - 1 : end
        return .failure(syntaxError(reason, at: min(offset, count), in: text))
      }
      if end < count {
        // json-c stops at a NUL byte; anything after the value other than the terminator is an error.
        return .failure(syntaxError("unexpected NUL character", at: end, in: text))
      }
      do throws(NonFiniteNumber) {
        return .success(try JSON(converting: parsed))
      } catch {
        let where_ = "$" + error.path.reversed().joined()
        return .failure(JSONError(.invalidJSON, reason: "non-finite number (NaN, Infinity or beyond "
          + "the double range) at \(where_)"))
      }
    }
  }

  /// A syntax error at byte `offset` of `text`, with its 1-based line and column.
  private static func syntaxError(
    _ reason: String, at offset: Int, in text: UnsafeBufferPointer<UInt8>
  ) -> JSONError {
    let before = text[..<offset]
    let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let column = String(decoding: text[lineStart..<offset], as: UTF8.self).count + 1
    return JSONError(.invalidJSON, line: line, column: column, reason: reason)
  }
}

/// A non-finite number met while converting; `path` is built innermost first as the error unwinds.
private struct NonFiniteNumber: Error {
  var path: [String] = []
}

extension JSON {
  /// Converts a json-c tree (NULL is JSON null) into a `JSON` value.
  fileprivate init(converting object: OpaquePointer?) throws(NonFiniteNumber) {
    guard let object else {
      self = .null
      return
    }
    let type = json_object_get_type(object)
    switch type {
    case json_type_boolean:
      self = .bool(json_object_get_boolean(object) != 0)
    case json_type_int:
      let value = json_object_get_int64(object)
      let unsigned = json_object_get_uint64(object)
      // json-c keeps integers above Int64.max as uint64; get_int64 saturates them.
      self = value == .max && unsigned > UInt64(Int64.max) ? .number(Double(unsigned)) : .integer(value)
    case json_type_double:
      let value = json_object_get_double(object)
      guard value.isFinite else { throw NonFiniteNumber() }
      self = .number(value)
    case json_type_string:
      let length = Int(json_object_get_string_len(object))
      let start = UnsafeRawPointer(json_object_get_string(object))
      let bytes = UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : length)
      self = .string(String(decoding: bytes, as: UTF8.self))
    case json_type_array:
      let count = json_object_array_length(object)
      var elements: [JSON] = []
      elements.reserveCapacity(count)
      for index in 0..<count {
        do {
          elements.append(try JSON(converting: json_object_array_get_idx(object, index)))
        } catch {
          throw NonFiniteNumber(path: error.path + ["[\(index)]"])
        }
      }
      self = .array(elements)
    case json_type_object:
      var members = JSON.Object()
      var iterator = json_object_iter_begin(object)
      var end = json_object_iter_end(object)
      while json_object_iter_equal(&iterator, &end) == 0 {
        let key = String(cString: json_object_iter_peek_name(&iterator))
        do {
          members[key] = try JSON(converting: json_object_iter_peek_value(&iterator))
        } catch {
          throw NonFiniteNumber(path: error.path + [".\(key)"])
        }
        json_object_iter_next(&iterator)
      }
      self = .object(members)
    default:
      self = .null
    }
  }
}
