import DNNJSON

/// Cost logs of one training run, to be plotted: the published points, our reproduction and, in a
/// learner's grade, the learner's own log.
public struct CostCurve: Sendable, Equatable {
  /// Whose log a series is.
  public enum Role: String, Sendable, Equatable {
    /// The notebook's printed log.
    case published
    /// Our run of the course's solution.
    case reproduced
    /// The learner's run.
    case learner
  }

  /// One logged cost.
  public struct Point: Sendable, Equatable {
    /// The iteration it was logged at.
    public let iteration: Int
    /// The cost.
    public let cost: Double
    /// The cost as the notebook printed it, for published points.
    public let printed: String?

    /// A point.
    public init(iteration: Int, cost: Double, printed: String? = nil) {
      self.iteration = iteration
      self.cost = cost
      self.printed = printed
    }
  }

  /// One log.
  public struct Series: Sendable, Equatable {
    /// Whose log it is.
    public let role: Role
    /// Its points, in iteration order.
    public let points: [Point]

    /// A series.
    public init(role: Role, points: [Point]) {
      self.role = role
      self.points = points
    }
  }

  /// The logs, in the order they are drawn.
  public var series: [Series]

  /// A curve of `series`.
  public init(series: [Series]) {
    self.series = series
  }

  /// A training check's own log: `expected` the published `[[iteration, printed], …]` and `actual`
  /// the reproduced `[[iteration, cost], …]` (how `TrainingConformance` reports a run); nil when
  /// either is not such a log.
  public init?(expectedLog expected: JSON, actualLog actual: JSON) {
    guard let published = Self.points(expected), let reproduced = Self.points(actual) else { return nil }
    series = [Series(role: .published, points: published), Series(role: .reproduced, points: reproduced)]
  }

  /// `[[iteration, cost], …]` with costs as numbers or printed strings; nil for anything else.
  static func points(_ log: JSON) -> [Point]? {
    guard let entries = log.arrayValue, !entries.isEmpty else { return nil }
    var points: [Point] = []
    for entry in entries {
      guard let pair = entry.arrayValue, pair.count == 2, let iteration = pair[0].intValue else { return nil }
      if let printed = pair[1].stringValue, let cost = Double(printed) {
        points.append(Point(iteration: iteration, cost: cost, printed: printed))
      } else if let cost = pair[1].doubleValue {
        points.append(Point(iteration: iteration, cost: cost))
      } else {
        return nil
      }
    }
    return points
  }
}

extension CheckResult {
  /// What to plot for this check: the curve it carries, else its expected/actual when both are
  /// `[[iteration, cost], …]` logs (any training run's cost check), else nil.
  public var costCurve: CostCurve? {
    curve ?? CostCurve(expectedLog: expected, actualLog: actual)
  }
}
