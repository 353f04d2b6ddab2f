import Foundation
import NumPyRandom

/// The reference vectors written by `reference/random_vectors.py` (format: Fixtures/README.md).
struct RandomFixture: Decodable {
  let format: String
  let numpy: String
  let seed: Seed
  let streams: [LongStream]
  let calls: [Call]

  /// 10^6 draws of one method from a fresh seed: the first values, checkpoints, and a digest.
  struct LongStream: Decodable {
    let method: String
    let count: Int
    let head: [String]
    let checkpoints: [Checkpoint]
    let fnv1a64: String
  }

  /// `[index, "bits"]`.
  struct Checkpoint: Decodable {
    let index: Int
    let bits: String

    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      index = try container.decode(Int.self)
      bits = try container.decode(String.self)
    }
  }

  /// One call of the interleaved script; which fields are present depends on `op`.
  struct Call: Decodable {
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
    let ints: [Int64]?
    let keyHead: [UInt32]?
    let keyFNV1a64: String?
    let pos: Int?
    let hasGauss: Int?
    let gauss: String?

    enum CodingKeys: String, CodingKey {
      case op, count, rows, cols, low, high, n, size, replace, loc, scale, doubles, ints, pos, gauss
      case keyHead = "key_head"
      case keyFNV1a64 = "key_fnv1a64"
      case hasGauss = "has_gauss"
    }
  }

  /// `low`/`high`: an integer for `randint`, a double's bit pattern for `uniform`.
  enum LowHigh: Decodable {
    case integer(Int64)
    case bits(String)

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let text = try? container.decode(String.self) {
        self = .bits(text)
      } else {
        self = .integer(try container.decode(Int64.self))
      }
    }
  }

  enum CodingKeys: String, CodingKey {
    case format, numpy, seed, streams, calls
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decode(String.self, forKey: .format)
    numpy = try container.decode(String.self, forKey: .numpy)
    if let words = try? container.decode([UInt32].self, forKey: .seed) {
      seed = .array(words)
    } else {
      seed = .integer(try container.decode(UInt32.self, forKey: .seed))
    }
    streams = try container.decode([LongStream].self, forKey: .streams)
    calls = try container.decode([Call].self, forKey: .calls)
  }

  /// The fixture files, one per seed; a missing file fails the test that asks for it.
  static let names = [
    "int-0", "int-1", "int-2", "int-3", "int-4294967295", "array-7", "array-1-2-3", "array-700",
  ]

  /// `Fixtures/random/`, found from this file's path.
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // NumPyRandomTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("Fixtures/random")

  /// Reads and decodes `Fixtures/random/<name>.json`.
  static func load(_ name: String) throws -> RandomFixture {
    let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    return try JSONDecoder().decode(RandomFixture.self, from: data)
  }
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
