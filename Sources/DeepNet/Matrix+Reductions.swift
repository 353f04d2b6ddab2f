extension Matrix {
  /// `np.sum(a)`: every element, in NumPy's pairwise order over the row-major data.
  public func sum() -> Double {
    data.withUnsafeBufferPointer { numpySum($0) }
  }

  /// `np.sum(a, axis=1, keepdims=True)`: the (rows, 1) column of row sums, each in NumPy's
  /// pairwise order (as in the notebook's `db = np.sum(dZ, axis=1, keepdims=True) / m`).
  public func rowSums() -> Matrix {
    let sums = data.withUnsafeBufferPointer { all in
      (0..<rows).map { r in
        numpySum(UnsafeBufferPointer(rebasing: all[(r * cols)..<((r + 1) * cols)]))
      }
    }
    return Matrix(rows: rows, cols: 1, data: sums)
  }
}
