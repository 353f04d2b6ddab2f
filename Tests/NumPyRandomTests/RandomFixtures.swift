import DNNJSON
import NumPyRandom

/// The reference vectors written by `reference/random_vectors.py` (format: Fixtures/README.md),
/// read through the project's JSON type (json-c).
struct RandomFixture {
  let format: String
  let numpy: String
  let seed: Seed
  let streams: [LongStream]
  let calls: [Call]

  /// 10^6 draws of one method from a fresh seed: the first values, checkpoints, and a digest.
  struct LongStream {
    let method: String
    let count: Int
    let head: [String]
    let checkpoints: [Checkpoint]
    let fnv1a64: String
  }

  /// `[index, "bits"]`.
  struct Checkpoint {
    let index: Int
    let bits: String
  }

  /// One call of the interleaved script; which fields are present depends on `op`.
  struct Call {
    let op: String
    let count: Int?
    let rows: Int?
    let cols: Int?
    let low: LowHigh?
    let high: LowHigh?
    let n: Int?
    let size: Int?
    let replace: Bool?
    let loc: String?
    let scale: String?
    let doubles: [String]?
    let last: String?
    let fnv1a64: String?
    let ints: [Int64]?
    let keyHead: [UInt32]?
    let keyFNV1a64: String?
    let pos: Int?
    let hasGauss: Int?
    let gauss: String?

    init(_ json: JSON) throws {
      op = try required(json["op"]?.stringValue, "op")
      count = json["count"]?.intValue
      rows = json["rows"]?.intValue
      cols = json["cols"]?.intValue
      low = json["low"].map(LowHigh.init)
      high = json["high"].map(LowHigh.init)
      n = json["n"]?.intValue
      size = json["size"]?.intValue
      replace = json["replace"]?.boolValue
      loc = json["loc"]?.stringValue
      scale = json["scale"]?.stringValue
      doubles = json["doubles"]?.arrayValue?.compactMap(\.stringValue)
      last = json["last"]?.stringValue
      fnv1a64 = json["fnv1a64"]?.stringValue
      ints = json["ints"]?.arrayValue?.compactMap(\.int64Value)
      keyHead = json["key_head"]?.arrayValue?.compactMap { $0.int64Value.flatMap(UInt32.init(exactly:)) }
      keyFNV1a64 = json["key_fnv1a64"]?.stringValue
      pos = json["pos"]?.intValue
      hasGauss = json["has_gauss"]?.intValue
      gauss = json["gauss"]?.stringValue
    }
  }

  /// `low`/`high`: an integer for `randint`, a double's bit pattern for `uniform`.
  enum LowHigh {
    case integer(Int64)
    case bits(String)

    init(_ json: JSON) {
      if let text = json.stringValue { self = .bits(text) } else { self = .integer(json.int64Value ?? 0) }
    }
  }

  init(_ json: JSON) throws {
    format = try required(json["format"]?.stringValue, "format")
    numpy = try required(json["numpy"]?.stringValue, "numpy")
    if let words = json["seed"]?.arrayValue {
      seed = .array(try words.map { try required($0.int64Value.flatMap(UInt32.init(exactly:)), "seed word") })
    } else {
      seed = .integer(try required(json["seed"]?.int64Value.flatMap(UInt32.init(exactly:)), "seed"))
    }
    streams = try (json["streams"]?.arrayValue ?? []).map { stream in
      LongStream(
        method: try required(stream["method"]?.stringValue, "method"),
        count: try required(stream["count"]?.intValue, "count"),
        head: stream["head"]?.arrayValue?.compactMap(\.stringValue) ?? [],
        checkpoints: try (stream["checkpoints"]?.arrayValue ?? []).map { entry in
          Checkpoint(
            index: try required(entry[0]?.intValue, "checkpoint index"),
            bits: try required(entry[1]?.stringValue, "checkpoint bits"))
        },
        fnv1a64: try required(stream["fnv1a64"]?.stringValue, "fnv1a64"))
    }
    calls = try (json["calls"]?.arrayValue ?? []).map(Call.init)
  }

  /// The fixture files, one per seed; a missing file fails the test that asks for it.
  static let names = [
    "int-0", "int-1", "int-2", "int-3", "int-4294967295", "array-7", "array-1-2-3", "array-700",
  ]

  /// `Fixtures/random/`, found from this file's path.
  static let directory: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(3)  // Tests/NumPyRandomTests/RandomFixtures.swift
    return parts.joined(separator: "/") + "/Fixtures/random"
  }()

  /// Reads and decodes `Fixtures/random/<name>.json`.
  static func load(_ name: String) throws -> RandomFixture {
    try RandomFixture(JSON.parse(contentsOfFile: "\(directory)/\(name).json"))
  }
}

/// The value, or an error naming the missing field.
private func required<T>(_ value: T?, _ field: String) throws -> T {
  guard let value else { throw FixtureFormatError(description: "missing or malformed \(field)") }
  return value
}

/// Errors of the fixture reader itself (not of the code under test).
struct FixtureFormatError: Error, CustomStringConvertible {
  let description: String
}

/// A double from its 16-hex-digit IEEE-754 bit pattern.
func double(bits text: String) throws -> Double {
  guard text.count == 16, let bits = UInt64(text, radix: 16) else {
    throw FixtureFormatError(description: "not a 16-digit bit pattern: \(text)")
  }
  return Double(bitPattern: bits)
}

/// Doubles from bit patterns.
func doubles(bits texts: [String]) throws -> [Double] {
  try texts.map { try double(bits: $0) }
}

/// The 16 hex digits of a double's bit pattern, for readable failure messages.
func bits(_ value: Double) -> String {
  let text = String(value.bitPattern, radix: 16)
  return String(repeating: "0", count: 16 - text.count) + text
}
