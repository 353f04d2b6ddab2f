import DeepNet

/// `np.dot` of two float64 matrices as NumPy 2.4.6 computes it here: the same BLAS call NumPy
/// makes (gemv for a row vector, gemm otherwise; row-major arguments become column-major ones
/// with the operands swapped) and, inside OpenBLAS, the same kernel (`BLASKernels`): the small
/// matrix kernels when M·N·K ≤ 10⁶ (for a transposed left operand only when M·N < 1201 and
/// K ≥ 32), else the level-3 driver, threaded above 262 144 multiply-adds.
///
/// The three forms are the three the course's functions use: `np.dot(W, A)`,
/// `np.dot(dZ, A_prev.T)` and `np.dot(W.T, dZ)` (a transposed view passes a transpose flag).
enum NumPyDot {
  /// `np.dot(a, b)`, a (r × k), b (k × c).
  static func product(_ a: Matrix, _ b: Matrix) -> Matrix {
    let r = a.rows, k = a.cols, c = b.cols
    precondition(b.rows == k, "np.dot shapes")
    return compute(a, b, rows: r, cols: c) { pa, pb, out in
      if r == 1 && k > 1 && c > 1 {
        BLASKernels.gemvN(m: c, n: k, a: pb, lda: c, x: pa, y: out)
      } else if c == 1 && r > 1 && k > 1 {
        BLASKernels.gemvT(m: k, n: r, a: pa, lda: k, x: pb, y: out)
      } else {
        // Column-major C (c × r) = B (c × k) · A (k × r).
        let left = StridedMatrix(base: pb, rowStride: 1, colStride: c)
        let right = StridedMatrix(base: pa, rowStride: 1, colStride: k)
        gemm(m: c, n: r, k: k, left, right, out, kind: .nn)
      }
    }
  }

  /// `np.dot(a, b.T)`, a (r × k), b (c × k).
  static func productTransposedRight(_ a: Matrix, _ b: Matrix) -> Matrix {
    let r = a.rows, k = a.cols, c = b.rows
    precondition(b.cols == k, "np.dot shapes")
    return compute(a, b, rows: r, cols: c) { pa, pb, out in
      if r == 1 && k > 1 && c > 1 {
        BLASKernels.gemvT(m: k, n: c, a: pb, lda: k, x: pa, y: out)
      } else if c == 1 && r > 1 && k > 1 {
        BLASKernels.gemvT(m: k, n: r, a: pa, lda: k, x: pb, y: out)
      } else {
        // Column-major C (c × r) = op(B) (c × k) · A (k × r), op(B)(i, p) = b[i, p].
        let left = StridedMatrix(base: pb, rowStride: k, colStride: 1)
        let right = StridedMatrix(base: pa, rowStride: 1, colStride: k)
        gemm(m: c, n: r, k: k, left, right, out, kind: .tn)
      }
    }
  }

  /// `np.dot(a.T, b)`, a (k × r), b (k × c).
  static func productTransposedLeft(_ a: Matrix, _ b: Matrix) -> Matrix {
    let k = a.rows, r = a.cols, c = b.cols
    precondition(b.rows == k, "np.dot shapes")
    return compute(a, b, rows: r, cols: c) { pa, pb, out in
      if r == 1 && k > 1 && c > 1 {
        BLASKernels.gemvN(m: c, n: k, a: pb, lda: c, x: pa, y: out)
      } else {
        // Column-major C (c × r) = B (c × k) · op(A) (k × r), op(A)(p, j) = a[p, j].
        let left = StridedMatrix(base: pb, rowStride: 1, colStride: c)
        let right = StridedMatrix(base: pa, rowStride: r, colStride: 1)
        gemm(m: c, n: r, k: k, left, right, out, kind: .nt)
      }
    }
  }

  /// Which operand of the column-major gemm is transposed (`tn`: A, `nt`: B).
  enum Kind { case nn, tn, nt }

  /// OpenBLAS's choice between the small-matrix kernels and the level-3 driver.
  static func gemm(
    m: Int, n: Int, k: Int, _ a: StridedMatrix, _ b: StridedMatrix, _ c: UnsafeMutablePointer<Double>,
    kind: Kind
  ) {
    let work = Double(m) * Double(n) * Double(k)
    let small = work <= 1e6 && (kind != .tn || (m * n < 1201 && k >= 32))
    if k == 0 {
      c.update(repeating: 0, count: m * n)
    } else if small {
      switch kind {
      case .nn: BLASKernels.smallNN(m: m, n: n, k: k, a, b, c: c, ldc: m)
      case .tn: BLASKernels.smallTN(m: m, n: n, k: k, a, b, c: c, ldc: m)
      case .nt: BLASKernels.smallNT(m: m, n: n, k: k, a, b, c: c, ldc: m)
      }
    } else {
      BLASKernels.bigGemm(m: m, n: n, k: k, a, b, c: c, ldc: m, threaded: work > 262_144)
    }
  }

  /// A (rows × cols) matrix filled by `body` from the storage of `a` and `b` through a pointer to
  /// its own row-major storage.
  private static func compute(
    _ a: Matrix, _ b: Matrix, rows: Int, cols: Int,
    _ body: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void
  ) -> Matrix {
    let count = rows * cols
    let data = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      a.data.withUnsafeBufferPointer { pa in
        b.data.withUnsafeBufferPointer { pb in
          if let base = buffer.baseAddress, count > 0 { body(pa.baseAddress!, pb.baseAddress!, base) }
        }
      }
      initialized = count
    }
    return Matrix(rows: rows, cols: cols, data: data)
  }
}
