/// The last-bit choices of a run of the week-2 and week-3 models: what another BLAS, C library or
/// NumPy build may legitimately do differently. `.numpy` is the notebook's run as NumPy does it here
/// as closely as we follow it; the others are the perturbations the stability report measures.
public struct Rounding: Sendable, Hashable, CustomStringConvertible {
  /// The order of the terms of a dot product (a BLAS kernel's choice).
  public enum DotOrder: String, Sendable, Hashable, CaseIterable {
    /// Left to right, one fused multiply-add after the other.
    case sequential
    /// Right to left.
    case reversed
    /// Four interleaved chains added pairwise at the end (a SIMD kernel's order).
    case fourChains = "four-chains"
  }

  /// Whose elementary function is used.
  public enum Library: String, Sendable, Hashable {
    /// NumPy 2.4.6's own float64 routine on this CPU (SVML's exp and log).
    case numpy
    /// The C library's.
    case libm
    /// tanh only: `expm1(2x) / (expm1(2x) + 2)`, another faithful formula.
    case expm1
  }

  /// Dot products' order.
  public var dot: DotOrder
  /// `np.exp` in the sigmoid.
  public var exp: Library
  /// `np.log` in the cost.
  public var log: Library
  /// `np.tanh` (NumPy's own is not reproduced: the C library's is the reference run's).
  public var tanh: Library
  /// One ulp up on one initial weight (flat index into W1), if any.
  public var nudgedWeight: Int?

  /// A rounding.
  public init(dot: DotOrder = .sequential, exp: Library = .numpy, log: Library = .numpy, tanh: Library = .libm, nudgedWeight: Int? = nil) {
    self.dot = dot
    self.exp = exp
    self.log = log
    self.tanh = tanh
    self.nudgedWeight = nudgedWeight
  }

  /// The reference run.
  public static let numpy = Rounding()

  /// What differs from the reference run, e.g. `dot reversed`, `libm exp`, `W1[3] + 1 ulp`.
  public var description: String {
    var parts: [String] = []
    if dot != .sequential { parts.append("dot products \(dot.rawValue)") }
    if exp != .numpy { parts.append("\(exp.rawValue) exp") }
    if log != .numpy { parts.append("\(log.rawValue) log") }
    if tanh != .libm { parts.append("tanh via \(tanh.rawValue)") }
    if let nudgedWeight { parts.append("W1[\(nudgedWeight)] + 1 ulp") }
    return parts.isEmpty ? "reference" : parts.joined(separator: ", ")
  }
}
