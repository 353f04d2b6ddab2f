/// A shape mismatch, worded as NumPy words the matching `ValueError`.
///
/// Every matrix operation and course function reports bad shapes with this error instead of
/// trapping, so a learner's wrong shapes become one readable line.
public struct ShapeError: Error, CustomStringConvertible, Equatable, Sendable {
  /// Which NumPy check failed.
  public enum Reason: Equatable, Sendable {
    /// `np.dot(a, b)` with `a.shape[1] != b.shape[0]`.
    case notAligned
    /// An element-wise operation whose operands do not broadcast.
    case notBroadcastable
    /// `a.reshape(shape)` with a different element count.
    case cannotReshape
    /// A boolean mask (`dZ[Z <= 0] = 0`) whose shape differs from the array it indexes.
    case maskMismatch
  }

  /// Which check failed.
  public let reason: Reason
  /// The left operand's shape (the reshaped array, the masked array).
  public let lhs: Shape
  /// The right operand's shape (the target shape, the mask).
  public let rhs: Shape

  /// An error for `reason` between shapes `lhs` and `rhs`.
  public init(_ reason: Reason, _ lhs: Shape, _ rhs: Shape) {
    self.reason = reason
    self.lhs = lhs
    self.rhs = rhs
  }

  /// NumPy's message for the same failure, e.g.
  /// `shapes (1,3) and (4,2) not aligned: 3 (dim 1) != 4 (dim 0)`.
  public var description: String {
    switch reason {
    case .notAligned:
      return "shapes \(lhs.numpyTuple) and \(rhs.numpyTuple) not aligned: "
        + "\(lhs.cols) (dim 1) != \(rhs.rows) (dim 0)"
    case .notBroadcastable:
      // NumPy ends this message with a space after the last shape.
      return "operands could not be broadcast together with shapes \(lhs.numpyTuple) \(rhs.numpyTuple) "
    case .cannotReshape:
      return "cannot reshape array of size \(lhs.rows * lhs.cols) into shape \(rhs.numpyTuple)"
    case .maskMismatch:
      let axis = lhs.rows != rhs.rows ? 0 : 1
      let size = axis == 0 ? lhs.rows : lhs.cols
      let maskSize = axis == 0 ? rhs.rows : rhs.cols
      return "boolean index did not match indexed array along axis \(axis); "
        + "size of axis is \(size) but size of corresponding boolean axis is \(maskSize)"
    }
  }
}

extension Shape {
  /// The shape as NumPy writes it inside error messages: `(3,2)`, no space.
  var numpyTuple: String { "(\(rows),\(cols))" }
}
