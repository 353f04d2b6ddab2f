import Training

/// One number a training run prints: a logged cost or an accuracy.
public enum PrintedNumber: Hashable, Sendable, CustomStringConvertible {
  /// "Cost after iteration i".
  case cost(Int)
  /// The training accuracy.
  case trainAccuracy
  /// The test accuracy.
  case testAccuracy

  /// `cost after iteration 8000`, `train accuracy`, `test accuracy`.
  public var description: String {
    switch self {
    case .cost(let i): "cost after iteration \(i)"
    case .trainAccuracy: "train accuracy"
    case .testAccuracy: "test accuracy"
    }
  }

  /// The name in reports: `costs[8000]`, `train_accuracy`, `test_accuracy`.
  public var key: String {
    switch self {
    case .cost(let i): "costs[\(i)]"
    case .trainAccuracy: "train_accuracy"
    case .testAccuracy: "test_accuracy"
    }
  }
}

/// What one training run printed: its logged costs and accuracies.
public struct PrintedNumbers: Sendable {
  /// The logged costs.
  public var costs: [LoggedCost]
  /// The training accuracy, where the run has one.
  public var trainAccuracy: Double?
  /// The test accuracy, where the run has one.
  public var testAccuracy: Double?

  /// Printed numbers.
  public init(costs: [LoggedCost], trainAccuracy: Double?, testAccuracy: Double?) {
    self.costs = costs
    self.trainAccuracy = trainAccuracy
    self.testAccuracy = testAccuracy
  }

  /// The value printed as `number`, if the run printed it.
  public subscript(number: PrintedNumber) -> Double? {
    switch number {
    case .cost(let i): costs.first { $0.iteration == i }?.cost
    case .trainAccuracy: trainAccuracy
    case .testAccuracy: testAccuracy
    }
  }
}
