import DNNJSON

/// `Fixtures/reference/<edition>.json`: NumPy's regenerated fixtures and every function's outputs
/// at full precision, from `reference/fixtures.py`.
public struct ReferenceValues: Sendable {
  /// case → arrays, in draw order.
  public let fixtures: [(name: String, arrays: [(name: String, value: NumericArray)])]
  /// function → outputs.
  public let outputs: [(name: String, arrays: [(name: String, value: NumericArray)])]

  /// The reference outputs of `function` (empty if none).
  public func outputs(of function: String) -> [(name: String, value: NumericArray)] {
    outputs.first { $0.name == function }?.arrays ?? []
  }

  /// Reads a reference file.
  public init(contentsOfFile path: String) throws(FixtureError) {
    let json: JSON
    do { json = try JSON.parse(contentsOfFile: path) } catch { throw FixtureError(error.description) }
    fixtures = try Self.groups(json["fixtures"], context: "\(path): fixtures")
    outputs = try Self.groups(json["outputs"], context: "\(path): outputs")
  }

  static func groups(
    _ json: JSON?, context: String
  ) throws(FixtureError) -> [(name: String, arrays: [(name: String, value: NumericArray)])] {
    guard let object = json?.objectValue else { throw FixtureError("\(context) is missing") }
    var result: [(name: String, arrays: [(name: String, value: NumericArray)])] = []
    for (group, arraysJSON) in object {
      guard let arrays = arraysJSON.objectValue else { throw FixtureError("\(context).\(group) is not an object") }
      var values: [(name: String, value: NumericArray)] = []
      for (name, value) in arrays {
        values.append((name, try NumericArray(json: value, context: "\(context).\(group).\(name)")))
      }
      result.append((group, values))
    }
    return result
  }
}

/// `Fixtures/reference/training-<edition>.json`: NumPy's full-precision logs on the cat data.
public struct ReferenceTraining: Sendable {
  /// model → (costs, train accuracy, test accuracy).
  public let models: [(name: String, costs: [(iteration: Int, cost: Double)], train: Double?, test: Double?)]

  /// Reads a training reference file.
  public init(contentsOfFile path: String) throws(FixtureError) {
    let json: JSON
    do { json = try JSON.parse(contentsOfFile: path) } catch { throw FixtureError(error.description) }
    guard let object = json.objectValue else { throw FixtureError("\(path): not an object") }
    var models: [(String, [(Int, Double)], Double?, Double?)] = []
    for (model, value) in object {
      let costs = (value["costs"]?.arrayValue ?? []).compactMap { entry -> (Int, Double)? in
        guard let i = entry[0]?.intValue, let c = entry[1]?.doubleValue else { return nil }
        return (i, c)
      }
      models.append((model, costs, value["train_accuracy"]?.doubleValue, value["test_accuracy"]?.doubleValue))
    }
    self.models = models
  }
}
