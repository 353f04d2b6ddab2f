import DNNJSON

/// How firmly a published training number is reproduced (SPEC §6, `stability`): carried by a
/// check when the stability check has judged it; the HTML page marks it.
public struct StabilityVerdict: Sendable, Equatable {
  /// The verdict's word.
  public enum Kind: String, Sendable, Equatable {
    /// We reproduce every printed digit, and every printed digit is stable.
    case reproducible
    /// Printed digits beyond the stable ones move under perturbation: the published value is one
    /// possible rounding history; we agree with it within the stable digits.
    case fragile
    /// We disagree with it within the stable digits: a real difference, ours or the publication's.
    case mismatch
  }

  /// The verdict.
  public let kind: Kind
  /// The significant digits that stay the same under perturbations of the run, if measured.
  public let stableDigits: Int?

  /// A verdict.
  public init(_ kind: Kind, stableDigits: Int? = nil) {
    self.kind = kind
    self.stableDigits = stableDigits
  }

  /// `{"verdict", "stable_digits"}`.
  public var json: JSON {
    ["verdict": .string(kind.rawValue), "stable_digits": stableDigits.map { .integer(Int64($0)) } ?? .null]
  }
}
