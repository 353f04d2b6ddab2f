import DNNJSON
import DeepNet

/// An array as the fixtures store it: a shape (`[]` for a scalar, `[rows, cols]` for a matrix) and
/// the elements in row-major order.
public struct NumericArray: Sendable, Equatable {
  /// NumPy's shape: `[]`, `[n]` or `[rows, cols]`.
  public let shape: [Int]
  /// The elements, row-major.
  public let data: [Double]

  /// An array of `shape` over `data`; the caller guarantees `data.count` fits the shape.
  public init(shape: [Int], data: [Double]) {
    self.shape = shape
    self.data = data
  }

  /// The matrix as a (rows, cols) array.
  public init(_ matrix: Matrix) {
    self.init(shape: [matrix.rows, matrix.cols], data: matrix.data)
  }

  /// A 0-d array (a cost, a count).
  public init(scalar: Double) {
    self.init(shape: [], data: [scalar])
  }

  /// The array as a Matrix when it is 2-d.
  public var matrix: Matrix? {
    guard shape.count == 2 else { return nil }
    return Matrix(rows: shape[0], cols: shape[1], data: data)
  }

  /// The shape as NumPy prints it: `(1, 2)`, `(3,)`, `()`.
  public var shapeDescription: String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }

  /// The position of flat index `i` as `[r, c]` (or `[i]`, or nothing for a scalar).
  func position(_ i: Int) -> String {
    switch shape.count {
    case 0: ""
    case 2: "[\(i / max(shape[1], 1)), \(i % max(shape[1], 1))]"
    default: "[\(i)]"
    }
  }

  /// `{"shape": [...], "data": [...]}`.
  public var json: JSON {
    ["shape": .array(shape.map { .integer(Int64($0)) }), "data": .array(data.map { .number($0) })]
  }

  /// Reads `{"shape": [...], "data": [...]}`; `context` names the value in errors.
  public init(json: JSON, context: String) throws(FixtureError) {
    guard let shapeValues = json["shape"]?.arrayValue, let data = json["data"]?.doubleArrayValue else {
      throw FixtureError("\(context): expected {\"shape\": [...], \"data\": [...]}")
    }
    let shape = shapeValues.compactMap(\.intValue)
    guard shape.count == shapeValues.count, shape.allSatisfy({ $0 >= 0 }),
      shape.reduce(1, *) == data.count
    else {
      throw FixtureError("\(context): shape \(shapeValues.map(\.description)) does not fit \(data.count) values")
    }
    self.init(shape: shape, data: data)
  }
}

/// A bad or missing fixture or expectation file, with one readable line.
public struct FixtureError: Error, CustomStringConvertible, Equatable, Sendable {
  /// What went wrong, naming the file or value.
  public let description: String

  /// An error with `description`.
  public init(_ description: String) { self.description = description }
}
