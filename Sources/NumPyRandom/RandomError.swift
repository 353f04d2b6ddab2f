/// An invalid argument to a draw, with NumPy's wording (NumPy raises `ValueError`/`OverflowError`).
public enum RandomError: Error, Equatable, Sendable, CustomStringConvertible {
  /// `randint(0, high)` with `high <= 0`.
  case highNotPositive
  /// `randint(low, high)` with `low >= high` and `low != 0`.
  case lowNotBelowHigh
  /// A negative number of draws.
  case negativeDimensions
  /// `choice(n, size, replace: false)` with a negative size.
  case negativeSampleSize
  /// `normal` with a negative scale.
  case negativeScale
  /// `uniform` whose `high - low` is not finite.
  case rangeExceedsBounds
  /// `choice` from a population of n <= 0 with a non-zero size.
  case emptyPopulation
  /// `choice(n, size, replace: false)` with `size > n`.
  case sampleLargerThanPopulation
  /// `setState` with a key that is not 624 words or a position outside 0 ... 624.
  case invalidState(String)

  /// NumPy's message for the same mistake.
  public var description: String {
    switch self {
    case .highNotPositive: "high <= 0"
    case .lowNotBelowHigh: "low >= high"
    case .negativeDimensions: "negative dimensions are not allowed"
    case .negativeSampleSize: "Negative dimensions are not allowed"
    case .negativeScale: "scale < 0"
    case .rangeExceedsBounds: "Range exceeds valid bounds"
    case .emptyPopulation: "a must be greater than 0 unless no samples are taken"
    case .sampleLargerThanPopulation:
      "Cannot take a larger sample than population when 'replace=False'"
    case .invalidState(let reason): "invalid state: \(reason)"
    }
  }
}
