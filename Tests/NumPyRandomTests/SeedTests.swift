import NumPyRandom
import Testing

/// Seed parsing for the command line, with NumPy's messages.
@Suite struct SeedTests {
  @Test("integers and bracketed lists parse", arguments: [
    ("7", Seed.integer(7)),
    ("0", .integer(0)),
    ("-0", .integer(0)),
    ("+12", .integer(12)),
    (" 4294967295 ", .integer(4_294_967_295)),
    ("0004294967295", .integer(4_294_967_295)),
    ("[7]", .array([7])),
    ("[1,2,3]", .array([1, 2, 3])),
    ("[ 1, 2 ,3 ]", .array([1, 2, 3])),
    ("[0,4294967295]", .array([0, 4_294_967_295])),
  ])
  func parses(text: String, expected: Seed) throws {
    #expect(try Seed(parsing: text) == expected)
  }

  @Test("out-of-range integers give NumPy's message", arguments: [
    "-1", "4294967296", "99999999999999999999999", "[1,-1]", "[4294967296]", "-4294967296",
  ])
  func outOfRange(text: String) {
    #expect {
      try Seed(parsing: text)
    } throws: { error in
      guard let error = error as? SeedError, case .outOfRange = error else { return false }
      return error.description == "Seed must be between 0 and 2**32 - 1"
    }
  }

  @Test("an empty list gives NumPy's message", arguments: ["[]", "[ ]"])
  func empty(text: String) {
    #expect(throws: SeedError.emptyArray) { try Seed(parsing: text) }
    #expect(SeedError.emptyArray.description == "Seed must be non-empty")
  }

  @Test("anything else is malformed", arguments: [
    "abc", "", "1.5", "1e3", "[1,,2]", "[1,2", "1,2", "[[1]]", "[1 2]", "0x10", "--1", "[abc]", "٣",
  ])
  func malformed(text: String) {
    #expect(throws: SeedError.malformed(text)) { try Seed(parsing: text) }
    #expect(SeedError.malformed(text).description.contains("'\(text)'"))
  }

  @Test("seed(7) and seed([7]) are different streams; the same seed is the same stream")
  func integerAndArrayDiffer() throws {
    var integer = try RandomState(seed: Seed(parsing: "7"))
    var array = try RandomState(seed: Seed(parsing: "[7]"))
    var again = RandomState(seed: 7)
    let first = integer.randn(5)
    #expect(first != array.randn(5))
    #expect(first == again.randn(5))
  }

  @Test("RandomState(seed: []) throws instead of trapping")
  func emptyArraySeed() {
    #expect(throws: SeedError.emptyArray) { try RandomState(seed: [UInt32]()) }
    #expect(throws: SeedError.emptyArray) { try RandomState(seed: Seed.array([])) }
  }

  @Test("Seed prints back in a parsable form")
  func description() throws {
    #expect(Seed.integer(7).description == "7")
    #expect(Seed.array([1, 2, 3]).description == "[1, 2, 3]")
    #expect(try Seed(parsing: Seed.array([1, 2, 3]).description) == .array([1, 2, 3]))
  }
}
