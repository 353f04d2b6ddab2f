import DeepNet

/// What a training run produced.
public struct TrainingResult: Sendable {
  /// The logged costs, in order.
  public let costs: [LoggedCost]
  /// The trained parameters.
  public let parameters: Parameters
  /// The arithmetic that ran.
  public let arithmetic: TrainingArithmetic

  /// A result.
  package init(costs: [LoggedCost], parameters: Parameters, arithmetic: TrainingArithmetic) {
    self.costs = costs
    self.parameters = parameters
    self.arithmetic = arithmetic
  }
}

/// A training run that cannot start.
public enum TrainingError: Error, CustomStringConvertible {
  /// Options out of range.
  case badOptions(String)
  /// X, Y and the parameters do not fit together.
  case badShapes(String)

  public var description: String {
    switch self {
    case .badOptions(let why), .badShapes(let why): why
    }
  }
}
