import DNNJSON
import DeepNet

/// A catalogued mistake's own test case (`"probe"` in `Fixtures/mistakes.json`): inputs chosen so
/// that the mistake changes the output where no notebook fixture can (a `Z` that is exactly 0 for
/// `relu_backward`), with the notebook's output and the mistake's output on them.
///
/// The Swift grader runs every probe on a learner's function: the notebook's output passes, the
/// mistake's output fails with the mistake named, anything else fails as a wrong value.
public struct MistakeProbe: Sendable, Equatable {
  /// The catalogue id of the mistake the probe is for.
  public let mistake: String
  /// The notebook function probed (`relu_backward`).
  public let function: String
  /// The inputs by the notebook's argument names (`dA`, `Z`), in the file's order.
  public let inputs: [(String, NumericArray)]
  /// The notebook's outputs on them (`dZ`).
  public let expected: [(String, NumericArray)]
  /// The mistake's outputs on them.
  public let mistaken: [(String, NumericArray)]

  /// The notebook functions whose probes the Swift grader knows how to call.
  public static let callable: Set<String> = ["relu_backward", "sigmoid_backward", "relu", "sigmoid"]

  /// Reads the probe object of entry `mistake`: every `expected_X` / `mistaken_X` pair is an
  /// output `X`, every other array an input.
  init(mistake: String, json: JSON, context: String) throws(FixtureError) {
    guard let object = json.objectValue, let function = json["function"]?.stringValue else {
      throw FixtureError("\(context): a probe needs a \"function\"")
    }
    var inputs: [(String, NumericArray)] = []
    var expected: [(String, NumericArray)] = []
    var mistaken: [(String, NumericArray)] = []
    for (key, value) in object where key != "function" {
      let array = try NumericArray(json: value, context: "\(context).\(key)")
      if key.hasPrefix("expected_") {
        expected.append((String(key.dropFirst("expected_".count)), array))
      } else if key.hasPrefix("mistaken_") {
        mistaken.append((String(key.dropFirst("mistaken_".count)), array))
      } else {
        inputs.append((key, array))
      }
    }
    guard !expected.isEmpty, Set(expected.map(\.0)) == Set(mistaken.map(\.0)) else {
      throw FixtureError("\(context): a probe needs expected_X and mistaken_X for the same outputs X")
    }
    self.mistake = mistake
    self.function = function
    self.inputs = inputs
    self.expected = expected
    self.mistaken = mistaken
  }

  public static func == (lhs: MistakeProbe, rhs: MistakeProbe) -> Bool {
    lhs.mistake == rhs.mistake && lhs.function == rhs.function
      && lhs.inputs.elementsEqual(rhs.inputs, by: ==) && lhs.expected.elementsEqual(rhs.expected, by: ==)
      && lhs.mistaken.elementsEqual(rhs.mistaken, by: ==)
  }

  /// The input called `name` as a matrix.
  private func input(_ name: String) throws(FixtureError) -> Matrix {
    guard let matrix = inputs.first(where: { $0.0 == name })?.1.matrix else {
      throw FixtureError("the \(mistake) probe has no 2-d input \(name)")
    }
    return matrix
  }

  /// Calls `implementation`'s version of the probed function on the inputs; nil when the Swift
  /// grader has no call for that function.
  public func run(_ implementation: any CourseFunctions) throws -> [(String, NumericArray)]? {
    switch function {
    case "relu_backward":
      return [("dZ", NumericArray(try implementation.reluBackward(dA: try input("dA"), cache: try input("Z"))))]
    case "sigmoid_backward":
      return [("dZ", NumericArray(try implementation.sigmoidBackward(dA: try input("dA"), cache: try input("Z"))))]
    case "relu":
      return [("A", NumericArray(try implementation.relu(try input("Z"))))]
    case "sigmoid":
      return [("A", NumericArray(try implementation.sigmoid(try input("Z"))))]
    default:
      return nil
    }
  }

  /// The inputs in words for a message: `dA = [[1, 1, 1]], Z = [[-1, 0, 1]]`.
  var inputDescription: String {
    inputs.map { "\($0.0) = \(Self.describe($0.1))" }.joined(separator: ", ")
  }

  /// A small array as nested lists of its shortest round-tripping values.
  static func describe(_ array: NumericArray) -> String {
    let values = array.data.map { value in
      value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
    guard array.shape.count == 2 else { return "[" + values.joined(separator: ", ") + "]" }
    let cols = max(array.shape[1], 1)
    let rows = stride(from: 0, to: values.count, by: cols).map {
      "[" + values[$0..<min($0 + cols, values.count)].joined(separator: ", ") + "]"
    }
    return "[" + rows.joined(separator: ", ") + "]"
  }
}
