import NumPyRandom
import Testing

@testable import dnn_conformance

/// `random`'s specs: refusals by size, and streaming that prints what drawing at once printed.
struct RandomSpecTests {
  /// The output of `specs` drawn with `chunk` values at a time, gathered through a small buffer.
  static func streamed(_ specs: [String], seed: UInt32 = 1, chunk: Int, capacity: Int = 16) throws -> String {
    var random = try RandomState(seed: .integer(seed))
    var bytes: [UInt8] = []
    var output = JSONArrayOutput(capacity: capacity) { bytes += $0 }
    let parsed = try specs.map { text in try RandomSpec(parsing: text) }
    for spec in parsed { try spec.checkDrawable() }
    try DNNConformanceCommand.Random.write(parsed, from: &random, to: &output, chunk: chunk)
    output.flush()
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The same draws the way `random` printed them before it streamed: each spec drawn whole,
  /// joined as strings.
  static func whole(_ specs: [String], seed: UInt32 = 1) throws -> String {
    var random = try RandomState(seed: .integer(seed))
    var arrays: [String] = []
    for text in specs {
      let parts = text.split(separator: ":").map(String.init)
      switch parts[0] {
      case "randn", "rand":
        let count = parts[1].split(separator: "x").map { Int($0)! }.reduce(1, *)
        let values = parts[0] == "randn" ? random.randn(count) : random.rand(count)
        arrays.append("[" + values.map(\.description).joined(separator: ",") + "]")
      case "randint":
        let values = try random.randint(low: Int64(parts[1])!, high: Int64(parts[2])!, count: Int(parts[3])!)
        arrays.append("[" + values.map(\.description).joined(separator: ",") + "]")
      case "permutation":
        arrays.append("[" + random.permutation(Int(parts[1])!).map(\.description).joined(separator: ",") + "]")
      default:
        let values = try random.choice(Int(parts[1])!, size: Int(parts[2])!, replace: parts.count < 4)
        arrays.append("[" + values.map(\.description).joined(separator: ",") + "]")
      }
    }
    return "[" + arrays.joined(separator: ",") + "]\n"
  }

  static let mixed = [
    "randn:7x9", "rand:13", "randn:5", "randint:-5:5:17", "randn:3", "permutation:11", "choice:50:23",
    "choice:30:9:noreplace", "randn:0x3", "rand:1", "randint:0:4294967296:9", "randn:1",
  ]

  @Test(arguments: [1, 2, 3, 4, 5, 7, 64, 1 << 16])
  func streamingInChunksPrintsTheSameBytes(chunk: Int) throws {
    #expect(try Self.streamed(Self.mixed, chunk: chunk) == Self.whole(Self.mixed))
  }

  @Test func anOddChunkKeepsTheCachedGaussianBetweenChunks() throws {
    // randn draws in pairs and caches the second value: chunks of 3 split pairs every time.
    #expect(try Self.streamed(["randn:1001", "randn:2"], seed: 7, chunk: 3) == Self.whole(["randn:1001", "randn:2"], seed: 7))
  }

  @Test func theBufferIsHandedOnAsItFills() throws {
    var pieces: [Int] = []
    var output = JSONArrayOutput(capacity: 100) { pieces.append($0.count) }
    output.beginArray()
    output.append([Double](repeating: -0.12345678901234566, count: 1000))
    output.endArray()
    output.flush()
    #expect(pieces.count > 100)
    #expect(pieces.allSatisfy { $0 < 100 + 32 })
    let total = pieces.reduce(0, +)
    #expect(total == 1000 * 21 + 1)  // 20 characters a value, 999 commas, 2 brackets
  }

  @Test func noEmptyArraysLoseTheirBrackets() throws {
    #expect(try Self.streamed(["rand:0", "permutation:0", "choice:0:0"], chunk: 4) == "[[],[],[]]\n")
    #expect(try Self.streamed([], chunk: 4) == "[]\n")
  }

  @Test func requestsBeyondMemoryAreRefusedNamingTheSize() {
    let gib = 1024.0 * 1024 * 1024
    #expect(throws: RandomSpecError.self) { try RandomSpec(parsing: "randn:1000000x1000000", memory: 23.4 * gib) }
    do {
      _ = try RandomSpec(parsing: "randn:1000000x1000000", memory: 23.4 * gib)
    } catch {
      #expect(error.reason == "asks for 7.3 TiB of values; this machine has 23.4 GiB")
    }
    // A small machine refuses what a large one accepts; sizes are 8 bytes a value.
    #expect((try? RandomSpec(parsing: "rand:1000", memory: 8000)) != nil)
    #expect(throws: RandomSpecError.self) { try RandomSpec(parsing: "rand:1001", memory: 8000) }
    #expect(throws: RandomSpecError.self) { try RandomSpec(parsing: "permutation:2000", memory: 8000) }
    #expect(throws: RandomSpecError.self) { try RandomSpec(parsing: "randint:0:5:2000", memory: 8000) }
    #expect(throws: RandomSpecError.self) { try RandomSpec(parsing: "choice:2000:1:noreplace", memory: 8000) }
    // With replacement only SIZE values are drawn, whatever N is.
    #expect((try? RandomSpec(parsing: "choice:99999999999:10", memory: 8000)) != nil)
  }

  @Test func theCountLimitStillHoldsBelowTheMachinesMemory() {
    do {
      _ = try RandomSpec(parsing: "randn:20000x10000", memory: .infinity)
      Issue.record("2e8 values accepted")
    } catch {
      #expect(error.reason == "at most 100000000 values per spec")
    }
    #expect((try? RandomSpec(parsing: "randn:10000x10000", memory: .infinity)) != nil)
  }

  @Test func choiceRefusalsComeBeforeAnythingIsDrawn() throws {
    #expect(throws: RandomSpecError.self) { try RandomSpec(parsing: "choice:3:5:noreplace").checkDrawable() }
    #expect(throws: RandomSpecError.self) { try RandomSpec(parsing: "choice:0:2").checkDrawable() }
    try RandomSpec(parsing: "choice:0:0").checkDrawable()
    try RandomSpec(parsing: "choice:3:3:noreplace").checkDrawable()
  }
}

/// Sizes as the refusals print them.
struct MachineMemoryTests {
  @Test func sizesAreNamedInBinaryUnits() {
    #expect(MachineMemory.describe(512) == "512 bytes")
    #expect(MachineMemory.describe(800_000_000) == "762.9 MiB")
    #expect(MachineMemory.describe(8e12) == "7.3 TiB")
    #expect(MachineMemory.bytes > 0)
  }
}

/// `train`'s memory estimate.
struct TrainingMemoryTests {
  @Test func theCoursesModelsFitAndAHundredThousandUnitsDoNot() {
    let gib = 1024.0 * 1024 * 1024
    let fiveLayer = TrainingMemory.estimate(dims: [12288, 20, 7, 5, 1], examples: 209, threads: 2)
    #expect(fiveLayer > 20e6 && fiveLayer < 200e6)
    let twoLayer = TrainingMemory.estimate(dims: [12288, 7, 1], examples: 209, threads: 2)
    #expect(twoLayer > 20e6 && twoLayer < fiveLayer)
    // W1 alone is 9.2 GiB; with its copies and gradient, far more than 24 GiB.
    #expect(TrainingMemory.estimate(dims: [12288, 100_000, 1], examples: 209, threads: 2) > 32 * gib)
    #expect(TrainingMemory.estimate(dims: [12288, 100_000, 1], examples: 0, threads: 2) > 32 * gib)
    #expect(TrainingMemory.estimate(dims: [12288, Int.max, 1], examples: 209, threads: 2).isFinite)
  }
}
