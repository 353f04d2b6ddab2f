import NumPyRandom

/// One request of `dnn-conformance random`: `randn:3x2`, `rand:5`, `randint:LOW:HIGH:N`,
/// `permutation:N`, `choice:N:SIZE[:noreplace]` (SPEC §6).
struct RandomSpec: Equatable {
  /// What to draw.
  enum Kind: Equatable {
    case randn(count: Int)
    case rand(count: Int)
    case randint(low: Int64, high: Int64, count: Int)
    case permutation(Int)
    case choice(n: Int, size: Int, replace: Bool)
  }

  /// The request as typed, for messages.
  let text: String
  /// The parsed request.
  let kind: Kind

  /// The most values one spec may ask for (the answer is printed as JSON).
  static let maximumCount = 100_000_000

  /// Parses one SPEC argument. A request whose values (8 bytes each) would not fit in `memory`
  /// bytes is refused with a message naming its size; one of more than `maximumCount` values too.
  init(parsing text: String, memory: Double = MachineMemory.bytes) throws(RandomSpecError) {
    self.text = text
    let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    let usage = "expected randn:RxC, rand:N, randint:LOW:HIGH:N, permutation:N or choice:N:SIZE[:noreplace]"
    switch parts.first {
    case "randn", "rand":
      guard parts.count == 2 else { throw RandomSpecError(text, "expected \(parts[0]):ROWSxCOLS or \(parts[0]):N") }
      let count = try Self.shape(parts[1], in: text, memory: memory)
      kind = parts[0] == "randn" ? .randn(count: count) : .rand(count: count)
    case "randint":
      guard parts.count == 4 else { throw RandomSpecError(text, "expected randint:LOW:HIGH:N") }
      guard let low = Int64(parts[1]) else { throw RandomSpecError(text, "LOW must be a 64-bit integer") }
      guard let high = Int64(parts[2]) else { throw RandomSpecError(text, "HIGH must be a 64-bit integer") }
      let count = try Self.count(parts[3], name: "N", in: text, memory: memory)
      guard low < high else {
        throw RandomSpecError(text, low == 0 ? RandomError.highNotPositive.description : RandomError.lowNotBelowHigh.description)
      }
      kind = .randint(low: low, high: high, count: count)
    case "permutation":
      guard parts.count == 2 else { throw RandomSpecError(text, "expected permutation:N") }
      kind = .permutation(try Self.count(parts[1], name: "N", in: text, memory: memory))
    case "choice":
      guard parts.count == 3 || parts.count == 4 else {
        throw RandomSpecError(text, "expected choice:N:SIZE or choice:N:SIZE:noreplace")
      }
      let n = try Self.count(parts[1], name: "N", in: text, memory: nil)
      let size = try Self.count(parts[2], name: "SIZE", in: text, memory: memory)
      var replace = true
      if parts.count == 4 {
        switch parts[3] {
        case "noreplace": replace = false
        case "replace": replace = true
        default: throw RandomSpecError(text, "the last field must be noreplace")
        }
      }
      if !replace {
        // Without replacement the whole permutation of N is held at once.
        try Self.refuseBeyond(memory, values: Double(n), in: text)
        if n > Self.maximumCount {
          throw RandomSpecError(text, "N is at most \(Self.maximumCount) without replacement")
        }
      }
      kind = .choice(n: n, size: size, replace: replace)
    default:
      throw RandomSpecError(text, usage)
    }
  }

  /// `R` or `RxC`, each a non-negative integer; returns the number of values.
  private static func shape(_ field: String, in text: String, memory: Double) throws(RandomSpecError) -> Int {
    let dims = field.split(separator: "x", omittingEmptySubsequences: false).map(String.init)
    guard dims.count == 1 || dims.count == 2 else {
      throw RandomSpecError(text, "the shape must be ROWSxCOLS or N")
    }
    var values: [Int] = []
    for dim in dims { values.append(try count(dim, name: "a dimension", in: text, memory: nil)) }
    try refuseBeyond(memory, values: values.reduce(1.0) { $0 * Double($1) }, in: text)
    var total = 1
    for value in values {
      let (product, overflow) = total.multipliedReportingOverflow(by: value)
      guard !overflow, product <= maximumCount else {
        throw RandomSpecError(text, "at most \(maximumCount) values per spec")
      }
      total = product
    }
    return total
  }

  /// A non-negative decimal integer; when `memory` is given, one that fits there as doubles and
  /// is at most `maximumCount`.
  private static func count(_ field: String, name: String, in text: String, memory: Double?)
    throws(RandomSpecError) -> Int
  {
    guard !field.isEmpty, field.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(field) else {
      throw RandomSpecError(text, "\(name) must be a non-negative integer, not '\(field)'")
    }
    if let memory {
      try refuseBeyond(memory, values: Double(value), in: text)
      guard value <= maximumCount else {
        throw RandomSpecError(text, "\(name) is at most \(maximumCount)")
      }
    }
    return value
  }

  /// Throws `asks for 7.3 TiB of values; this machine has 23.4 GiB` when `values` 8-byte
  /// values do not fit in `memory` bytes.
  private static func refuseBeyond(_ memory: Double, values: Double, in text: String) throws(RandomSpecError) {
    let bytes = values * Double(MemoryLayout<Double>.stride)
    guard bytes <= memory else {
      throw RandomSpecError(text, MachineMemory.refusal(needing: bytes, of: "values", available: memory))
    }
  }
}

/// A SPEC that cannot be parsed or drawn.
struct RandomSpecError: Error, CustomStringConvertible {
  /// The spec as typed.
  let spec: String
  /// What is wrong with it.
  let reason: String

  init(_ spec: String, _ reason: String) {
    self.spec = spec
    self.reason = reason
  }

  /// The reason alone: ArgumentParser already quotes the value when parsing fails.
  var description: String { reason }

  /// `<spec>: <reason>`, for failures after parsing.
  var withSpec: RandomSpecError { RandomSpecError(spec, "\(spec): \(reason)") }
}
