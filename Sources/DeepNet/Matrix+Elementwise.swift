#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Element-wise arithmetic with NumPy's broadcasting rules for 2-d arrays: along each axis the
// sizes must be equal or one of them 1 (a column vector `b` (r, 1) spreads over the columns of
// `W·A`; a (1, 1) array acts as a scalar). Every operation is one IEEE operation per element, so
// the results equal NumPy's bit for bit.

extension Matrix {
  /// `f` applied to every element (NumPy's unary ufuncs).
  public func map(_ f: (Double) -> Double) -> Matrix {
    Matrix(rows: rows, cols: cols, data: data.map(f))
  }

  /// `op(self, other)` element by element after broadcasting both to a common shape.
  ///
  /// Throws NumPy's "operands could not be broadcast together" error when the shapes clash.
  @inline(__always)
  public func broadcasting(
    _ other: Matrix, _ op: (Double, Double) -> Double
  ) throws(ShapeError) -> Matrix {
    guard let outRows = Matrix.broadcastAxis(rows, other.rows),
          let outCols = Matrix.broadcastAxis(cols, other.cols)
    else { throw ShapeError(.notBroadcastable, shape, other.shape) }
    let count = outRows * outCols
    if rows == other.rows && cols == other.cols {
      let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
        data.withUnsafeBufferPointer { a in
          other.data.withUnsafeBufferPointer { b in
            for i in 0..<count { buffer[i] = op(a[i], b[i]) }
          }
        }
        initialized = count
      }
      return Matrix(rows: outRows, cols: outCols, data: out)
    }
    // A size-1 axis is read with stride 0, as NumPy's broadcast views do.
    let aRowStride = rows == 1 ? 0 : cols, aColStride = cols == 1 ? 0 : 1
    let bRowStride = other.rows == 1 ? 0 : other.cols, bColStride = other.cols == 1 ? 0 : 1
    let out = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      data.withUnsafeBufferPointer { a in
        other.data.withUnsafeBufferPointer { b in
          for r in 0..<outRows {
            let aRow = r * aRowStride, bRow = r * bRowStride, outRow = r * outCols
            for c in 0..<outCols {
              buffer[outRow + c] = op(a[aRow + c * aColStride], b[bRow + c * bColStride])
            }
          }
        }
      }
      initialized = count
    }
    return Matrix(rows: outRows, cols: outCols, data: out)
  }

  /// The broadcast size of one axis, or nil when NumPy would refuse.
  static func broadcastAxis(_ a: Int, _ b: Int) -> Int? {
    if a == b { return a }
    if a == 1 { return b }
    if b == 1 { return a }
    return nil
  }

  /// Element-wise sum with broadcasting (`a + b`).
  public static func + (lhs: Matrix, rhs: Matrix) throws(ShapeError) -> Matrix {
    try lhs.broadcasting(rhs) { $0 + $1 }
  }

  /// Element-wise difference with broadcasting (`a - b`).
  public static func - (lhs: Matrix, rhs: Matrix) throws(ShapeError) -> Matrix {
    try lhs.broadcasting(rhs) { $0 - $1 }
  }

  /// Element-wise product with broadcasting (`a * b`, `np.multiply`).
  public static func * (lhs: Matrix, rhs: Matrix) throws(ShapeError) -> Matrix {
    try lhs.broadcasting(rhs) { $0 * $1 }
  }

  /// Element-wise quotient with broadcasting (`a / b`, `np.divide`).
  public static func / (lhs: Matrix, rhs: Matrix) throws(ShapeError) -> Matrix {
    try lhs.broadcasting(rhs) { $0 / $1 }
  }

  /// Every element negated (`-a`).
  public static prefix func - (operand: Matrix) -> Matrix {
    operand.map { -$0 }
  }

  /// `a + s`.
  public static func + (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 + rhs } }
  /// `s + a`.
  public static func + (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs + $0 } }
  /// `a - s`.
  public static func - (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 - rhs } }
  /// `s - a` (e.g. the notebook's `1 - AL`).
  public static func - (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs - $0 } }
  /// `a * s`.
  public static func * (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 * rhs } }
  /// `s * a` (e.g. `learning_rate * dW`).
  public static func * (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs * $0 } }
  /// `a / s` (e.g. `/ m`).
  public static func / (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 / rhs } }
  /// `s / a` (e.g. `1 / (1 + np.exp(-Z))`).
  public static func / (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs / $0 } }

  /// `np.exp(a)`, element by element (the platform `exp`).
  public func exp() -> Matrix { map(platformExp) }

  /// `np.log(a)`, element by element (the platform `log`).
  public func log() -> Matrix { map(platformLog) }

  /// `np.maximum(s, a)`: `s` where `s > x`, else `x` — so NaN and `-0.0` pass through
  /// exactly as NumPy returns them for `np.maximum(0, Z)`.
  public func maximum(_ s: Double) -> Matrix {
    map { s > $0 ? s : $0 }
  }
}

/// The C library's `exp`, reachable from inside `Matrix` where `exp()` names the method.
private func platformExp(_ x: Double) -> Double { exp(x) }

/// The C library's `log`, reachable from inside `Matrix` where `log()` names the method.
private func platformLog(_ x: Double) -> Double { log(x) }
