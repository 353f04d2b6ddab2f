/// A JSON value: the one JSON type of the project, for reading fixtures and writing reports.
///
/// Parsing and serialization go through json-c (see `JSON.parse(_:)` and `serialized(pretty:)`).
/// Objects keep their keys in order (`JSON.Object`), so a report or fixture written back out has the
/// same key order it was built or read with.
///
/// Numbers come in two cases, as json-c distinguishes them: `integer` for a literal without fraction
/// or exponent (`3`, `-12`) and `number` for everything else (`3.0`, `1e-5`). Equality is structural and
/// strict: `.integer(1) != .number(1.0)`, and objects compare key order too. Use `doubleValue` to
/// read either kind as a `Double`.
public enum JSON: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number written without fraction or exponent, in Int64 range.
  case integer(Int64)
  /// Any other number. Serialized as the shortest string that parses back to the same double.
  case number(Double)
  /// A string (any Unicode text).
  case string(String)
  /// An array of values.
  case array([JSON])
  /// An object with its keys in order.
  case object(Object)
}
