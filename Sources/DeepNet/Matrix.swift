/// A dense matrix of doubles, row-major, with NumPy's shape convention (rows, cols).
///
/// In the course a column is one example: `X` is (n_x, m), `W1` is (n_h, n_x).
public struct Matrix: Sendable, Equatable {
  /// Number of rows (NumPy's `shape[0]`).
  public let rows: Int
  /// Number of columns (NumPy's `shape[1]`).
  public let cols: Int
  /// The elements in row-major (C) order; `data.count == rows * cols`.
  public var data: [Double]

  /// A matrix over row-major `data`; the count must equal `rows * cols`.
  public init(rows: Int, cols: Int, data: [Double]) {
    precondition(rows >= 0 && cols >= 0 && data.count == rows * cols,
                 "Matrix(\(rows)x\(cols)) needs \(rows * cols) elements, got \(data.count)")
    self.rows = rows
    self.cols = cols
    self.data = data
  }

  /// A matrix with every element equal to `value`.
  public init(rows: Int, cols: Int, repeating value: Double = 0) {
    self.init(rows: rows, cols: cols, data: [Double](repeating: value, count: rows * cols))
  }

  /// A matrix from nested rows, as `np.array([[...], [...]])`; all rows must have one length.
  public init(_ nested: [[Double]]) {
    let cols = nested.first?.count ?? 0
    precondition(nested.allSatisfy { $0.count == cols }, "ragged rows")
    self.init(rows: nested.count, cols: cols, data: nested.flatMap { $0 })
  }

  /// The shape as NumPy prints it: (rows, cols).
  public var shape: Shape { Shape(rows: rows, cols: cols) }

  /// Element at row `r`, column `c`.
  public subscript(r: Int, c: Int) -> Double {
    get { data[r * cols + c] }
    set { data[r * cols + c] = newValue }
  }
}

/// A 2-d shape; prints as NumPy does, `(3, 2)`.
public struct Shape: Sendable, Hashable, CustomStringConvertible {
  /// Number of rows.
  public let rows: Int
  /// Number of columns.
  public let cols: Int

  /// A shape of `rows` × `cols`.
  public init(rows: Int, cols: Int) {
    self.rows = rows
    self.cols = cols
  }

  public var description: String { "(\(rows), \(cols))" }
}
