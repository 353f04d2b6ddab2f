import Testing
import DNNJSON

@Suite("Accessors and the ordered object")
struct AccessorTests {
  @Test("number accessors accept both number cases where lossless")
  func numbers() {
    #expect(JSON.integer(3).doubleValue == 3)
    #expect(JSON.number(2.5).doubleValue == 2.5)
    #expect(JSON.number(3.0).intValue == 3)
    #expect(JSON.number(2.5).intValue == nil)
    #expect(JSON.number(1e30).int64Value == nil)
    #expect(JSON.string("3").doubleValue == nil)
    #expect(JSON.array([1, 2.5]).doubleArrayValue == [1, 2.5])
    #expect(JSON.array([1, "x"]).doubleArrayValue == nil)
  }

  @Test("subscripts return nil for the wrong kind or a missing member")
  func subscripts() {
    let value: JSON = ["a": [10, 20]]
    #expect(value["a"]?[1] == 20)
    #expect(value["a"]?[2] == nil)
    #expect(value["a"]?[-1] == nil)
    #expect(value["b"] == nil)
    #expect(value[0] == nil)
    #expect(JSON.integer(1)["a"] == nil)
    #expect(value.stringValue == nil && value.arrayValue == nil && value.boolValue == nil)
  }

  @Test("setting replaces in place, appends new keys, removes on nil")
  func objectEditing() {
    var object: JSON.Object = ["c": 1, "a": 2, "b": 3]
    object["a"] = "two"
    object["d"] = 4
    object["c"] = nil
    #expect(object.keys == ["a", "b", "d"])
    #expect(object.values == ["two", 3, 4])
    #expect(object["b"] == 3 && object["c"] == nil && object.count == 3)
    object["b"] = nil
    #expect(object["d"] == 4)
    #expect(object.members.map(\.key) == ["a", "d"])
    #expect(Array(object).map(\.value) == ["two", 4])
  }

  @Test("object equality includes key order")
  func orderedEquality() {
    let ab: JSON.Object = ["a": 1, "b": 2]
    let ba: JSON.Object = ["b": 2, "a": 1]
    #expect(ab != ba)
    #expect(ab == JSON.Object([("a", 1), ("b", 2)]))
    #expect(JSON.integer(1) != JSON.number(1))
  }
}
