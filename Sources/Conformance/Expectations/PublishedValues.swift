import DNNJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a published number was printed, which fixes how closely a result must match it (SPEC §5).
public enum PrintedPrecision: Sendable, Equatable {
  /// NumPy's array print with this many decimals (trailing zeros dropped: `-0.3269206` is 8).
  case decimals(Int)
  /// Python's `str(float)` with this many significant digits (`0.414931599615` is 12).
  case significant(Int)
  /// An exact value (`len(caches) = 2`, an accuracy printed with `repr`).
  case exact

  /// Half a unit in the last printed place of `printed`, plus 1e-15 slack; 0 for `.exact`.
  public func tolerance(for printed: Double) -> Double {
    switch self {
    case .decimals(let d): return 0.5 * pow(10, Double(-d)) + 1e-15
    case .significant(let s):
      guard printed != 0 else { return 0.5 * pow(10, Double(-s)) + 1e-15 }
      let exponent = log10(abs(printed)).rounded(.down)
      return 0.5 * pow(10, exponent - Double(s) + 1) + 1e-15
    case .exact: return 0
    }
  }

  /// A short description for reports: `8 decimals`, `12 significant digits`, `exact`.
  public var label: String {
    switch self {
    case .decimals(let d): "\(d) decimals"
    case .significant(let s): "\(s) significant digits"
    case .exact: "exact"
    }
  }
}

/// One published output: its shape and the numbers exactly as printed.
public struct PublishedArray: Sendable, Equatable {
  /// The shape the notebook printed.
  public let shape: [Int]
  /// The printed characters of every element, row-major.
  public let printed: [String]
  /// The printed numbers.
  public let values: [Double]
  /// How they were printed.
  public let precision: PrintedPrecision
}

/// A published training log and the accuracies printed after it.
public struct PublishedTraining: Sendable, Equatable {
  /// (iteration, printed cost) in order.
  public let costs: [(iteration: Int, printed: String)]
  /// The costs' print precision.
  public let precision: PrintedPrecision
  /// The printed train accuracy, if the edition prints one.
  public let trainAccuracy: String?
  /// The printed test accuracy, if the edition prints one.
  public let testAccuracy: String?
  /// Whether the accuracy is printed with `%d` (week 3's "Accuracy: 90%"): compared truncated.
  public let accuracyTruncated: Bool

  /// A published log.
  public init(
    costs: [(iteration: Int, printed: String)], precision: PrintedPrecision, trainAccuracy: String?,
    testAccuracy: String?, accuracyTruncated: Bool = false
  ) {
    self.costs = costs
    self.precision = precision
    self.trainAccuracy = trainAccuracy
    self.testAccuracy = testAccuracy
    self.accuracyTruncated = accuracyTruncated
  }

  public static func == (lhs: PublishedTraining, rhs: PublishedTraining) -> Bool {
    lhs.costs.map(\.iteration) == rhs.costs.map(\.iteration) && lhs.costs.map(\.printed) == rhs.costs.map(\.printed)
      && lhs.precision == rhs.precision && lhs.trainAccuracy == rhs.trainAccuracy
      && lhs.testAccuracy == rhs.testAccuracy && lhs.accuracyTruncated == rhs.accuracyTruncated
  }
}

/// `Fixtures/published/<edition>.json`: every "Expected output" the notebook prints.
public struct PublishedValues: Sendable {
  /// function → [(output, value)] in the file's order.
  public let functions: [(name: String, outputs: [(name: String, value: PublishedArray)])]
  /// model → published log.
  public let training: [(name: String, log: PublishedTraining)]

  /// The published outputs of `function` (empty when the notebook prints none).
  public func outputs(of function: String) -> [(name: String, value: PublishedArray)] {
    functions.first { $0.name == function }?.outputs ?? []
  }

  /// Reads and validates a published file.
  public init(contentsOfFile path: String) throws(FixtureError) {
    let json: JSON
    do { json = try JSON.parse(contentsOfFile: path) } catch { throw FixtureError(error.description) }
    try self.init(json: json, file: path)
  }

  /// Reads the published values from parsed JSON (`file` names it in errors).
  public init(json: JSON, file: String) throws(FixtureError) {
    guard let functionsObject = json["functions"]?.objectValue else {
      throw FixtureError("\(file): no \"functions\" object")
    }
    var functions: [(String, [(String, PublishedArray)])] = []
    for (function, outputsJSON) in functionsObject {
      guard let outputsObject = outputsJSON.objectValue else {
        throw FixtureError("\(file): functions.\(function) is not an object")
      }
      var outputs: [(String, PublishedArray)] = []
      for (output, value) in outputsObject {
        outputs.append((output, try Self.array(value, context: "\(file): \(function).\(output)")))
      }
      functions.append((function, outputs))
    }
    self.functions = functions
    var training: [(String, PublishedTraining)] = []
    for (model, value) in json["training"]?.objectValue ?? JSON.Object() {
      let context = "\(file): training.\(model)"
      let costsJSON = value["costs"]?.arrayValue ?? []
      guard !costsJSON.isEmpty || value["train_accuracy"] != nil else { throw FixtureError("\(context): no costs and no accuracy") }
      var costs: [(Int, String)] = []
      for entry in costsJSON {
        guard let i = entry[0]?.intValue, let printed = entry[1]?.stringValue, Double(printed) != nil else {
          throw FixtureError("\(context): each cost must be [iteration, \"printed\"]")
        }
        costs.append((i, printed))
      }
      training.append((model, PublishedTraining(
        costs: costs, precision: costs.isEmpty ? .exact : try Self.precision(value, context: context),
        trainAccuracy: value["train_accuracy"]?.stringValue, testAccuracy: value["test_accuracy"]?.stringValue,
        accuracyTruncated: value["accuracy_format"]?.stringValue == "%d")))
    }
    self.training = training
  }

  static func precision(_ json: JSON, context: String) throws(FixtureError) -> PrintedPrecision {
    if let d = json["decimals"]?.intValue { return .decimals(d) }
    if let s = json["significant"]?.intValue { return .significant(s) }
    if json["exact"]?.boolValue == true { return .exact }
    throw FixtureError("\(context): needs \"decimals\", \"significant\" or \"exact\"")
  }

  static func array(_ json: JSON, context: String) throws(FixtureError) -> PublishedArray {
    guard let shapeJSON = json["shape"]?.arrayValue, let printedJSON = json["printed"]?.arrayValue else {
      throw FixtureError("\(context): expected {\"shape\", \"printed\", precision}")
    }
    let shape = shapeJSON.compactMap(\.intValue)
    let printed = printedJSON.compactMap(\.stringValue)
    let values = printed.compactMap(Double.init)
    guard shape.count == shapeJSON.count, printed.count == printedJSON.count, values.count == printed.count,
      shape.reduce(1, *) == printed.count
    else { throw FixtureError("\(context): shape and printed values do not fit together") }
    return PublishedArray(shape: shape, printed: printed, values: values, precision: try precision(json, context: context))
  }
}
