import DNNJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How one printed number of a training run behaves under the perturbations: the reference
/// run's value, what each perturbed run printed instead, and how many significant digits none of
/// them changed.
public struct NumberStability: Sendable {
  /// One perturbed run that printed another value.
  public struct Evidence: Sendable, Equatable {
    /// What was perturbed (`dot products reversed`, `W1[0] + 1 ulp`, `NumPy 2.4.6's own run`).
    public let perturbation: String
    /// The value it printed.
    public let value: Double
  }

  /// The reference run's value.
  public let reference: Double
  /// The perturbed runs whose value differs from the reference, largest difference first.
  public let evidence: [Evidence]

  /// The stability of `reference` given every perturbed run's value.
  public init(reference: Double, perturbed: [(String, Double)]) {
    self.reference = reference
    evidence = perturbed.filter { $0.1 != reference }
      .map { Evidence(perturbation: $0.0, value: $0.1) }
      .sorted { abs($0.value - reference) > abs($1.value - reference) }
  }

  /// The largest |perturbed − reference|.
  public var spread: Double { evidence.first.map { abs($0.value - reference) } ?? 0 }

  /// The significant digits no perturbation moved: the most digits s such that every perturbed
  /// value lies within half a unit of the s-th significant digit of the reference (17 when none
  /// moved at all).
  public var stableDigits: Int { Self.digits(within: spread, of: reference) }

  /// The significant digits of `value` that a difference of `spread` leaves intact.
  public static func digits(within spread: Double, of value: Double) -> Int {
    guard spread > 0 else { return 17 }
    guard value != 0, spread.isFinite else { return 0 }
    let exponent = log10(abs(value)).rounded(.down)
    return max(0, min(17, Int((exponent + 1 - log10(2 * spread)).rounded(.down))))
  }

  /// Half a unit of the `digits`-th significant digit of `value`.
  public static func halfUnit(_ digits: Int, of value: Double) -> Double {
    guard value != 0 else { return 0.5 * pow(10, Double(-digits)) }
    let exponent = log10(abs(value)).rounded(.down)
    return 0.5 * pow(10, exponent - Double(digits) + 1)
  }
}

/// A published number judged against our run and its stability.
public struct PublishedNumberVerdict: Sendable {
  /// As printed.
  public let published: String
  /// What our reference run printed.
  public let reproduced: Double
  /// Significant digits printed.
  public let printedDigits: Int
  /// Significant digits stable under perturbation.
  public let stableDigits: Int
  /// Whether our value rounds to the printed digits.
  public let reproducesPrint: Bool
  /// The verdict.
  public let verdict: StabilityVerdict.Kind
  /// The perturbed runs that moved the value.
  public let evidence: [NumberStability.Evidence]

  /// Judges `published` (printed with `precision`, or truncated by `%d`) against `stability`.
  public init(published: String, precision: PrintedPrecision, truncated: Bool = false, stability: NumberStability) {
    let value = Double(published) ?? .nan
    let ours = stability.reference
    self.published = published
    reproduced = ours
    printedDigits = Self.significantDigits(published)
    stableDigits = stability.stableDigits
    evidence = stability.evidence
    if truncated {
      // "%d" prints the integer part: it is reproduced when ours truncates to it.
      reproducesPrint = ours.rounded(.towardZero) == value
    } else {
      reproducesPrint = abs(ours - value) <= precision.tolerance(for: value)
    }
    if reproducesPrint && printedDigits <= stableDigits {
      verdict = .reproducible
    } else {
      let half = stableDigits >= 17 ? 0 : NumberStability.halfUnit(stableDigits, of: ours)
      // Within the stable digits: some value no farther from ours than the unstable digits allow
      // prints as published (for %d: truncates to it).
      let within = truncated
        ? ours + half >= value && ours - half < value + 1
        : abs(ours - value) <= half + precision.tolerance(for: value)
      verdict = reproducesPrint || within ? .fragile : .mismatch
    }
  }

  /// Significant digits of a printed number (`0.219454` → 6, `0.000218` → 3, `90.0` → 3, `90` → 2).
  public static func significantDigits(_ printed: String) -> Int {
    let mantissa = printed.lowercased().split(separator: "e").first.map(String.init) ?? printed
    let digits = mantissa.filter(\.isNumber).drop { $0 == "0" }
    return max(1, digits.count)
  }

  /// One line for a check: what is fragile and what moved it.
  public var explanation: String {
    switch verdict {
    case .reproducible: return "reproducible: all \(printedDigits) printed digits are stable"
    case .fragile:
      let moved = evidence.first.map { "\($0.perturbation) gives \($0.value)" } ?? ""
      return "fragile: only \(stableDigits) of the \(printedDigits) printed digits are stable (\(moved)); compared at \(stableDigits) digits"
    case .mismatch:
      return "mismatch: \(reproduced) disagrees with \(published) within its \(stableDigits) stable digits"
    }
  }
}

extension PublishedNumberVerdict {
  /// SPEC §6's value object: {"check", "published", "reproduced", "stable_digits", "verdict",
  /// "printed_digits", "evidence": [{"perturbation", "value"}]}.
  public func json(check: String) -> JSON {
    [
      "check": .string(check), "published": .string(published), "reproduced": .number(reproduced),
      "stable_digits": .integer(Int64(stableDigits)), "printed_digits": .integer(Int64(printedDigits)),
      "verdict": .string(verdict.rawValue),
      "evidence": .array(evidence.map { ["perturbation": .string($0.perturbation), "value": .number($0.value)] }),
    ]
  }
}
