import DNNJSON
import Training

/// NumPy's own runs of the week-2 and week-3 models (Fixtures/reference/training-logreg.json and
/// training-planar.json, written by reference/shallow_training.py), by run name.
public struct ShallowReference: Sendable {
  /// Run name → what NumPy printed, in full precision.
  public let runs: [String: PrintedNumbers]

  /// Both files in `fixturesDirectory`; a missing file gives no runs.
  public init(fixturesDirectory: String) throws(FixtureError) {
    var runs: [String: PrintedNumbers] = [:]
    for model in ["logreg", "planar"] {
      let path = "\(fixturesDirectory)/reference/training-\(model).json"
      guard FileProbe.isReadableFile(path) else { continue }
      let json: JSON
      do { json = try JSON.parse(contentsOfFile: path) } catch { throw FixtureError("\(path): \(error)") }
      // training-planar.json keeps the runs whose weights come from nn_model's seed 3 (W3A1's
      // initialize_parameters does not reseed) under "without_reseed".
      let groups = [("", json.objectValue ?? JSON.Object()), ("@seed3", json["without_reseed"]?.objectValue ?? JSON.Object())]
      for (suffix, group) in groups {
        for (name, value) in group {
          guard let costs = value["costs"]?.arrayValue else { continue }
          let logged = costs.compactMap { entry -> LoggedCost? in
            guard let i = entry[0]?.intValue, let c = entry[1]?.doubleValue else { return nil }
            return LoggedCost(iteration: i, cost: c)
          }
          runs["\(model)/\(name)\(suffix)"] = PrintedNumbers(
            costs: logged, trainAccuracy: value["train_accuracy"]?.doubleValue, testAccuracy: value["test_accuracy"]?.doubleValue)
        }
      }
    }
    self.runs = runs
  }

  /// NumPy's run of `training`, if we have it.
  public func run(of training: ShallowTraining) -> PrintedNumbers? {
    runs["\(training.model.rawValue)/\(training.referenceName)"]
  }
}
