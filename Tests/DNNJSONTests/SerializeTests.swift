import Testing
import DNNJSON

@Suite("Serializing through json-c")
struct SerializeTests {
  @Test("compact output")
  func compact() {
    let value: JSON = ["b": [true, false, .null, "x"], "a": 1, "c": 0.1, "d": [:], "e": []]
    #expect(value.serialized() == #"{"b":[true,false,null,"x"],"a":1,"c":0.1,"d":{},"e":[]}"#)
    #expect(value.description == value.serialized())
  }

  @Test("pretty output: two spaces, one member per line, compact empty containers")
  func pretty() {
    let value: JSON = ["name": "linear_forward", "shape": [1, 2], "checks": [], "meta": [:],
                       "nested": ["x": 1.5]]
    let expected = """
      {
        "name": "linear_forward",
        "shape": [
          1,
          2
        ],
        "checks": [],
        "meta": {},
        "nested": {
          "x": 1.5
        }
      }
      """
    #expect(value.serialized(pretty: true) == expected)
  }

  @Test("doubles are written as the shortest string that round-trips", arguments: [
    (0.1, "0.1"), (1.0, "1.0"), (-0.0, "-0.0"), (1e-300, "1e-300"),
    (Double.leastNonzeroMagnitude, "5e-324"), (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
    (Double.leastNormalMagnitude, "2.2250738585072014e-308"), (1e16, "1e+16"), (0.00001, "1e-05"),
    (1.6243453636632417, "1.6243453636632417"), (123456.789, "123456.789"),
  ])
  func shortestDoubles(value: Double, text: String) throws {
    #expect(JSON.number(value).serialized() == text)
    let back = try #require(try JSON.parse(text).doubleValue)
    #expect(back.bitPattern == value.bitPattern)
  }

  @Test("non-finite numbers are written as null")
  func nonFinite() {
    let value: JSON = [.number(.nan), .number(.infinity), .number(-.infinity), 1.5]
    #expect(value.serialized() == "[null,null,null,1.5]")
  }

  @Test("integers stay integers")
  func integers() {
    let value: JSON = [.integer(.max), .integer(.min), 0, -3]
    #expect(value.serialized() == "[9223372036854775807,-9223372036854775808,0,-3]")
  }

  @Test("strings are escaped as JSON requires; UTF-8 and / are kept")
  func escaping() {
    let value = JSON.string("é 😀 猫 \u{1} \u{0} \" \\ / \n \t")
    #expect(value.serialized() == #""é 😀 猫 \u0001 \u0000 \" \\ / \n \t""#)
  }
}
