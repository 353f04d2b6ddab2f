import DeepNet
import NumPyRandom
import Testing

@Suite("Matrix operations")
struct MatrixTests {
  @Test("dot multiplies and rejects unaligned shapes with NumPy's message")
  func dotProduct() throws {
    let a = Matrix([[1, 2, 3], [4, 5, 6]])
    let b = Matrix([[7, 8], [9, 10], [11, 12]])
    #expect(try dot(a, b) == Matrix([[58, 64], [139, 154]]))
    #expect(try dot(Matrix(rows: 2, cols: 0), Matrix(rows: 0, cols: 3))
      == Matrix(rows: 2, cols: 3, repeating: 0))
    let error = try #require(throws: ShapeError.self) {
      try dot(Matrix(rows: 1, cols: 3, repeating: 1), Matrix(rows: 4, cols: 2, repeating: 1))
    }
    #expect(error == ShapeError(.notAligned, Shape(rows: 1, cols: 3), Shape(rows: 4, cols: 2)))
    #expect(error.description == "shapes (1,3) and (4,2) not aligned: 3 (dim 1) != 4 (dim 0)")
  }

  @Test("dot accumulates each element in ascending k, across row blocks")
  func dotOrder() throws {
    // A wide result (70 × 300) spans several row blocks of the product loop.
    var rng = RandomState(seed: 11)
    let a = randn(70, 9, &rng), b = randn(9, 300, &rng)
    let c = try dot(a, b)
    for (i, j) in [(0, 0), (33, 150), (69, 299)] {
      var sum = 0.0
      for k in 0..<9 { sum += a[i, k] * b[k, j] }
      #expect(c[i, j] == sum)
    }
  }

  @Test("broadcasting: column vectors, row vectors and 1×1 arrays")
  func broadcasting() throws {
    let m = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(try m + Matrix([[10], [20]]) == Matrix([[11, 12, 13], [24, 25, 26]]))
    #expect(try Matrix([[10], [20]]) - m == Matrix([[9, 8, 7], [16, 15, 14]]))
    #expect(try m * Matrix([[2]]) == Matrix([[2, 4, 6], [8, 10, 12]]))
    #expect(try m / Matrix([[1, 2, 3]]) == Matrix([[1, 1, 1], [4, 2.5, 2]]))
    #expect(try Matrix([[1], [2]]) * Matrix([[1, 10]]) == Matrix([[1, 10], [2, 20]]))
    let error = try #require(throws: ShapeError.self) {
      try Matrix(rows: 3, cols: 2, repeating: 0) + Matrix(rows: 4, cols: 2, repeating: 0)
    }
    #expect(error.description
      == "operands could not be broadcast together with shapes (3,2) (4,2) ")
  }

  @Test("scalar arithmetic, exp, log and maximum(0, ·) as NumPy")
  func elementwise() {
    let m = Matrix([[-0.0, 0.0, -1.5, 2.0]])
    #expect((1.0 - m) == Matrix([[1, 1, 2.5, -1]]))
    #expect((0.5 * m).data == [-0.0, 0.0, -0.75, 1.0])
    #expect((m / 2.0 + 1.0).data == [1.0, 1.0, 0.25, 2.0])
    #expect((-m).data == [0.0, -0.0, 1.5, -2.0])
    #expect(Matrix([[0, 1]]).exp().data == [1, 2.718281828459045])
    #expect(Matrix([[1]]).log().data == [0])
    // np.maximum(0, Z) keeps -0.0 and NaN from Z.
    let r = Matrix([[-0.0, -3, .nan, 4]]).maximum(0)
    #expect(r.data[0] == 0 && r.data[0].sign == .minus)
    #expect(r.data[1] == 0 && r.data[1].sign == .plus)
    #expect(r.data[2].isNaN && r.data[3] == 4)
  }

  @Test("np.sum and np.sum(axis=1, keepdims=True) in NumPy's pairwise order")
  func pairwiseSums() {
    // The same data NumPy summed: seed 0, A = randn(3, 1000), B = randn(3, 1000),
    // S = A * ((B * B) * 1000) (exact element-wise, so both sides sum identical inputs).
    var rng = RandomState(seed: 0)
    let a = randn(3, 1000, &rng), b = randn(3, 1000, &rng)
    let s = Matrix(rows: 3, cols: 1000, data: zip(a.data, b.data).map { $0 * (($1 * $1) * 1000) })
    #expect(s.sum() == NumPyReference.sumTotal)
    #expect(s.rowSums() == NumPyReference.sumRows)
    // 209 times 1/209: 0.9999999999999998 with NumPy's pairwise sum (left to right gives 1.0 -
    // a different double), the Coursera accuracy print.
    let fractions = Matrix(rows: 1, cols: 209, repeating: 1.0 / 209.0)
    #expect(fractions.sum() == 0.9999999999999998)
    #expect(Matrix(rows: 1, cols: 5, repeating: -0.0).sum().sign == .plus)
    #expect(Matrix(rows: 2, cols: 0).rowSums() == Matrix(rows: 2, cols: 1, repeating: 0))
  }

  @Test("transpose, reshape and masks")
  func shapes() throws {
    let m = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(m.transposed() == Matrix([[1, 4], [2, 5], [3, 6]]))
    var rng = RandomState(seed: 5)
    let big = randn(70, 45, &rng)
    #expect(big.transposed().transposed() == big)
    #expect(big.transposed()[44, 69] == big[69, 44])
    #expect(try m.reshaped(Shape(rows: 3, cols: 2)) == Matrix([[1, 2], [3, 4], [5, 6]]))
    let reshape = try #require(throws: ShapeError.self) { try m.reshaped(Shape(rows: 4, cols: 2)) }
    #expect(reshape.description == "cannot reshape array of size 6 into shape (4,2)")
    let masked = try m.zeroed(where: Matrix([[0, -1, 2], [.nan, 3, -0.0]])) { $0 <= 0 }
    #expect(masked == Matrix([[0, 0, 3], [4, 5, 0]]))
    let mask = try #require(throws: ShapeError.self) {
      try m.zeroed(where: Matrix(rows: 2, cols: 4, repeating: 0)) { $0 <= 0 }
    }
    #expect(mask.description == "boolean index did not match indexed array along axis 1; "
      + "size of axis is 3 but size of corresponding boolean axis is 4")
  }
}
