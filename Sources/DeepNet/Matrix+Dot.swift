/// The matrix product `np.dot(a, b)` for 2-d arrays.
///
/// Each element is accumulated from 0 in ascending `k` without fused multiply-add, so for one
/// inner dimension the rounding is a plain sequential dot product (BLAS may group the terms
/// differently: agreement with NumPy is to a few ulps, not bit for bit). The loop runs i-k-j
/// over raw buffers, in blocks of rows of the result that stay in cache, so a skinny
/// `W1 · X` (7 × 12288 · 12288 × 209) streams `X` once.
///
/// Throws NumPy's "shapes (1,3) and (4,2) not aligned: 3 (dim 1) != 4 (dim 0)" when
/// `a.cols != b.rows`.
public func dot(_ a: Matrix, _ b: Matrix) throws(ShapeError) -> Matrix {
  guard a.cols == b.rows else { throw ShapeError(.notAligned, a.shape, b.shape) }
  let m = a.rows, n = b.cols, inner = a.cols
  var c = [Double](repeating: 0, count: m * n)
  guard m > 0, n > 0, inner > 0 else { return Matrix(rows: m, cols: n, data: c) }
  // About 128 KB of the result per block: the rows being accumulated stay in L2 while every
  // row of `b` is read once per block.
  let blockRows = max(1, 16_384 / n)
  a.data.withUnsafeBufferPointer { pa in
    b.data.withUnsafeBufferPointer { pb in
      c.withUnsafeMutableBufferPointer { pc in
        guard let aBase = pa.baseAddress, let bBase = pb.baseAddress, let cBase = pc.baseAddress
        else { return }
        var first = 0
        while first < m {
          let last = min(m, first + blockRows)
          for k in 0..<inner {
            let bRow = bBase + k * n
            for i in first..<last {
              let aik = aBase[i * inner + k]
              let cRow = cBase + i * n
              for j in 0..<n { cRow[j] += aik * bRow[j] }
            }
          }
          first = last
        }
      }
    }
  }
  return Matrix(rows: m, cols: n, data: c)
}
