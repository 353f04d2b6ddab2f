extension Matrix {
  /// `a.T`: rows and columns swapped (a copy, row-major like every `Matrix`).
  public func transposed() -> Matrix {
    var out = [Double](repeating: 0, count: rows * cols)
    let block = 32
    data.withUnsafeBufferPointer { src in
      out.withUnsafeMutableBufferPointer { dst in
        var r0 = 0
        while r0 < rows {
          let r1 = min(rows, r0 + block)
          var c0 = 0
          while c0 < cols {
            let c1 = min(cols, c0 + block)
            for r in r0..<r1 {
              for c in c0..<c1 { dst[c * rows + r] = src[r * cols + c] }
            }
            c0 = c1
          }
          r0 = r1
        }
      }
    }
    return Matrix(rows: cols, cols: rows, data: out)
  }

  /// `a.reshape(shape)`: the same row-major elements under a new shape.
  ///
  /// Throws NumPy's "cannot reshape array of size 3 into shape (1,2)" when the counts differ.
  public func reshaped(_ shape: Shape) throws(ShapeError) -> Matrix {
    guard shape.rows >= 0, shape.cols >= 0, shape.rows * shape.cols == data.count else {
      throw ShapeError(.cannotReshape, self.shape, shape)
    }
    return Matrix(rows: shape.rows, cols: shape.cols, data: data)
  }

  /// `a[condition(mask)] = 0` on a copy: zero wherever `condition` holds for the element of
  /// `mask` at the same place (the notebook's `dZ[Z <= 0] = 0`).
  ///
  /// The mask must have exactly this shape (NumPy does not broadcast boolean indices).
  public func zeroed(
    where mask: Matrix, _ condition: (Double) -> Bool
  ) throws(ShapeError) -> Matrix {
    guard mask.rows == rows, mask.cols == cols else {
      throw ShapeError(.maskMismatch, shape, mask.shape)
    }
    var out = data
    mask.data.withUnsafeBufferPointer { m in
      out.withUnsafeMutableBufferPointer { o in
        for i in 0..<o.count where condition(m[i]) { o[i] = 0 }
      }
    }
    return Matrix(rows: rows, cols: cols, data: out)
  }
}
