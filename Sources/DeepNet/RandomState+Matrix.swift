import NumPyRandom

/// `np.random.randn(rows, cols)`: standard normal draws filled in row-major order.
///
/// Kept tiny on purpose: it is `RandomState.randn(rows, cols)` once that lands in NumPyRandom.
func randomNormalMatrix(_ rows: Int, _ cols: Int, using rng: inout RandomState) -> Matrix {
  var values = [Double]()
  values.reserveCapacity(rows * cols)
  for _ in 0..<(rows * cols) { values.append(rng.standardNormal()) }
  return Matrix(rows: rows, cols: cols, data: values)
}
