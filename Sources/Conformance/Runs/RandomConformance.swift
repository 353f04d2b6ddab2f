import DNNJSON
import NumPyRandom

/// The RNG suite of a conformance run: for every file in `Fixtures/random`, 10^6 `randn` and
/// `rand` draws regenerated and compared with NumPy's at every checkpoint and by the FNV-1a digest
/// of all draws (one flipped bit in any draw changes it).
public struct RandomConformance: Sendable {
  /// `Fixtures/random`.
  public let directory: String

  /// The suite over the reference vectors in `directory`.
  public init(directory: String) { self.directory = directory }

  /// One check per stream; a missing or corrupt file is a failed check naming it.
  public func run() -> FunctionResult {
    let files = FileProbe.files(in: directory, suffix: ".json")
    guard !files.isEmpty else {
      return FunctionResult(name: "numpy_random", checks: [
        CheckResult(name: "reference vectors", status: .failed, message: "no reference vectors in \(directory)", edition: "all")
      ])
    }
    var checks: [CheckResult] = []
    for file in files {
      do {
        checks += try check(file: "\(directory)/\(file)")
      } catch {
        checks.append(CheckResult(name: file, status: .failed, message: "\(error)", edition: "all"))
      }
    }
    return FunctionResult(name: "numpy_random", checks: checks)
  }

  func check(file path: String) throws -> [CheckResult] {
    let json = try JSON.parse(contentsOfFile: path)
    let seed = try Seed(parsing: json["seed"].map(seedText) ?? "")
    return try (json["streams"]?.arrayValue ?? []).map { stream in
      guard let method = stream["method"]?.stringValue, let count = stream["count"]?.intValue,
        let digest = stream["fnv1a64"]?.stringValue
      else { throw FixtureError("\(path): a stream needs method, count and fnv1a64") }
      var rng = try RandomState(seed: seed)
      let draws: [Double]
      switch method {
      case "randn": draws = rng.randn(count)
      case "rand": draws = rng.rand(count)
      default: throw FixtureError("\(path): unknown stream method \(method)")
      }
      let name = "seed \(seed) \(method) × \(count)"
      for entry in stream["checkpoints"]?.arrayValue ?? [] {
        guard let index = entry[0]?.intValue, let bits = entry[1]?.stringValue.flatMap({ UInt64($0, radix: 16) }),
          draws.indices.contains(index)
        else { throw FixtureError("\(path): bad checkpoint \(entry)") }
        if draws[index].bitPattern != bits {
          return CheckResult(
            name: name, status: .failed, expected: .string(String(bits, radix: 16)),
            actual: .string(String(draws[index].bitPattern, radix: 16)), tolerance: "exact",
            message: "draw \(index) is \(draws[index]) but NumPy gives \(Double(bitPattern: bits))", edition: "all")
        }
      }
      let actual = FNV1a64.hex(FNV1a64.digest(draws))
      return CheckResult(
        name: name, status: actual == digest ? .passed : .failed, expected: .string(digest), actual: .string(actual),
        tolerance: "exact (FNV-1a of every draw)",
        message: actual == digest ? "" : "the digest of all \(count) draws differs from NumPy's", edition: "all")
    }
  }

  private func seedText(_ json: JSON) -> String {
    if let array = json.arrayValue { return "[" + array.map(\.description).joined(separator: ",") + "]" }
    return json.description
  }
}
