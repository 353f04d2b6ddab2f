import Testing
import DNNJSON

@Suite("Parsing through json-c")
struct ParseTests {
  @Test("scalars parse to the right cases")
  func scalars() throws {
    #expect(try JSON.parse("null") == .null)
    #expect(try JSON.parse("true") == .bool(true))
    #expect(try JSON.parse(" false ") == .bool(false))
    #expect(try JSON.parse("42") == .integer(42))
    #expect(try JSON.parse("-7") == .integer(-7))
    #expect(try JSON.parse("42.0") == .number(42))
    #expect(try JSON.parse("1E2") == .number(100))
    #expect(try JSON.parse("\"hi\"") == .string("hi"))
    #expect(try JSON.parse("[]") == .array([]))
    #expect(try JSON.parse("{}") == .object(JSON.Object()))
  }

  @Test("nested structures")
  func nested() throws {
    let value = try JSON.parse(#"{"shape": [3, 2], "data": [1.5, -2, 3e-3], "meta": {"ok": true, "x": null}}"#)
    #expect(value == ["shape": [3, 2], "data": [1.5, -2, 0.003], "meta": ["ok": true, "x": .null]])
    #expect(value["shape"]?.arrayValue?.compactMap(\.intValue) == [3, 2])
    #expect(value["data"]?.doubleArrayValue == [1.5, -2, 0.003])
    #expect(value["meta"]?["ok"]?.boolValue == true)
    #expect(value["meta"]?["x"]?.isNull == true)
  }

  @Test("object keys keep the order of the text")
  func keyOrder() throws {
    let text = #"{"zeta": 1, "alpha": 2, "mid": {"b": 1, "a": 2, "c": 3}, "beta": 4}"#
    let value = try JSON.parse(text)
    #expect(value.objectValue?.keys == ["zeta", "alpha", "mid", "beta"])
    #expect(value["mid"]?.objectValue?.keys == ["b", "a", "c"])
    #expect(value.serialized() == #"{"zeta":1,"alpha":2,"mid":{"b":1,"a":2,"c":3},"beta":4}"#)
  }

  @Test("a repeated key keeps its first position and last value")
  func repeatedKey() throws {
    let value = try JSON.parse(#"{"a": 1, "b": 2, "a": 3}"#)
    #expect(value.objectValue?.keys == ["a", "b"])
    #expect(value["a"] == .integer(3))
  }

  /// Each text must parse to exactly this double (bit pattern); the expected values are Swift
  /// literals or named constants, converted at compile time, not by strtod.
  @Test("doubles parse to the exact nearest double", arguments: [
    ("0.1", 0.1),
    ("1e-300", 1e-300),
    ("5e-324", Double.leastNonzeroMagnitude),
    ("4.9406564584124654e-324", Double.leastNonzeroMagnitude),
    ("1.7976931348623157e308", Double.greatestFiniteMagnitude),
    ("2.2250738585072014e-308", Double.leastNormalMagnitude),
    ("2.2250738585072011e-308", Double(bitPattern: 0x000F_FFFF_FFFF_FFFF)),
    ("0.30000000000000004", 0.30000000000000004),
    ("1.6243453636632417", 1.6243453636632417),
    ("-0.6117564136500754", -0.6117564136500754),
    ("9007199254740993.0", 9007199254740992.0),
    ("123456789012345678901234567890.0", 1.2345678901234568e29),
    ("0.414931599615", 0.414931599615),
  ])
  func exactDoubles(text: String, expected: Double) throws {
    let parsed = try #require(try JSON.parse(text).doubleValue)
    #expect(parsed.bitPattern == expected.bitPattern, "\(text) parsed to \(parsed)")
  }

  @Test("negative zero keeps its sign")
  func negativeZero() throws {
    let parsed = try #require(try JSON.parse("-0.0").doubleValue)
    #expect(parsed == 0 && parsed.sign == .minus)
    #expect(try JSON.parse("[-0.0]").serialized() == "[-0.0]")
  }

  @Test("integers: Int64 range exactly, larger ones as doubles")
  func integers() throws {
    #expect(try JSON.parse("9223372036854775807") == .integer(.max))
    #expect(try JSON.parse("-9223372036854775808") == .integer(.min))
    #expect(try JSON.parse("9007199254740993") == .integer(9_007_199_254_740_993))
    #expect(try JSON.parse("9223372036854775808") == .number(9223372036854775808.0))
  }

  @Test("escapes and Unicode")
  func unicode() throws {
    #expect(try JSON.parse(#""caf\u00e9 \ud83d\ude00 \n\t\"\\\/""#) == .string("café 😀 \n\t\"\\/"))
    #expect(try JSON.parse("\"naïve 猫 😺\"") == .string("naïve 猫 😺"))
    #expect(try JSON.parse(#""a\u0000b""#) == .string("a\u{0}b"))
    #expect(try JSON.parse(#"{"ключ": "значение"}"#)["ключ"] == .string("значение"))
  }
}
