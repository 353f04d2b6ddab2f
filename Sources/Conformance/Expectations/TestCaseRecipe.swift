import DNNJSON
import DeepNet
import NumPyRandom

/// How a testCases function builds its arrays: seeds and `np.random.randn` draws in order (also
/// thresholded, `randn(1, 3) > 0`), and constants (`Y = np.array([[1, 0]])`).
public struct TestCaseRecipe: Sendable {
  /// One step of a recipe.
  public enum Step: Sendable {
    /// `np.random.seed(n)`.
    case seed(UInt32)
    /// `NAME = np.random.randn(rows, cols)`.
    case draw(String, rows: Int, cols: Int)
    /// `NAME = np.array(...)`.
    case constant(String, Matrix)
    /// `NAME = (np.random.randn(rows, cols) > 0)`: week 3's boolean labels, as 0 and 1.
    case positive(String, rows: Int, cols: Int)
  }

  /// The case name: the testCases function without `_test_case`.
  public let name: String
  /// The steps in the notebook's order.
  public let steps: [Step]

  /// A recipe named `name`.
  public init(_ name: String, _ steps: [Step]) {
    self.name = name
    self.steps = steps
  }

  /// Runs the recipe on a fresh legacy RandomState, as the notebook does after `import testCases`.
  public func regenerate() -> FixtureCase {
    var rng = RandomState(seed: 0)
    var arrays: [(String, Matrix)] = []
    for step in steps {
      switch step {
      case .seed(let seed): rng.seed(seed)
      case .draw(let name, let rows, let cols):
        arrays.append((name, Matrix(rows: rows, cols: cols, data: rng.randn(rows, cols))))
      case .constant(let name, let value): arrays.append((name, value))
      case .positive(let name, let rows, let cols):
        arrays.append((name, Matrix(rows: rows, cols: cols, data: rng.randn(rows, cols).map { $0 > 0 ? 1 : 0 })))
      }
    }
    return FixtureCase(name: name, arrays: arrays)
  }
}

/// One regenerated test case: its arrays in draw order.
public struct FixtureCase: Sendable, Equatable {
  /// The case name.
  public let name: String
  /// The arrays, in the order the testCases function makes them.
  public let arrays: [(String, Matrix)]
  /// What a reader should know about these inputs when a result on them is wrong (a boundary
  /// planted on purpose), said under the failed function; nil for the notebook's own cases.
  public var remark: String? = nil

  /// The array called `key`.
  public subscript(key: String) -> Matrix? { arrays.first { $0.0 == key }?.1 }

  /// The array called `key`, or an error naming the case and the array.
  public func require(_ key: String) throws(FixtureError) -> Matrix {
    guard let value = self[key] else { throw FixtureError("test case \(name) has no array \(key)") }
    return value
  }

  public static func == (lhs: FixtureCase, rhs: FixtureCase) -> Bool {
    lhs.name == rhs.name && lhs.arrays.map(\.0) == rhs.arrays.map(\.0)
      && lhs.arrays.map(\.1) == rhs.arrays.map(\.1)
  }
}

/// Every test case of an edition, regenerated.
public struct FixtureSet: Sendable {
  /// The cases in the edition's order.
  public let cases: [FixtureCase]

  /// Regenerates every recipe.
  public init(recipes: [TestCaseRecipe]) {
    cases = recipes.map { $0.regenerate() }
  }

  /// A set of cases made some other way (fresh inputs, a model's data).
  public init(cases: [FixtureCase]) {
    self.cases = cases
  }

  /// The case called `name`, or an error.
  public func require(_ name: String) throws(FixtureError) -> FixtureCase {
    guard let found = cases.first(where: { $0.name == name }) else {
      throw FixtureError("no test case \(name)")
    }
    return found
  }

  /// The object `dnn-conformance fixtures` prints: case → array → {"shape", "data"}.
  public var json: JSON {
    .object(JSON.Object(cases.map { c in
      (c.name, .object(JSON.Object(c.arrays.map { ($0.0, NumericArray($0.1).json) })))
    }))
  }
}
