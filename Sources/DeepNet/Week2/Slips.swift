/// The classic slips of weeks 2 and 3, made on purpose: the course's solution with one of them is
/// what the diagnosis compares a learner's wrong outputs with, to name the mistake.
public struct Slips: OptionSet, Sendable, Hashable {
  public let rawValue: Int

  public init(rawValue: Int) { self.rawValue = rawValue }

  /// `dw = np.dot(X, (A - Y).T)` without the 1/m (week 2).
  public static let dwWithoutMean = Slips(rawValue: 1 << 0)
  /// `db` summed without the 1/m (week 2's db, week 3's db1 and db2).
  public static let dbWithoutMean = Slips(rawValue: 1 << 1)
  /// The cross-entropy without its leading minus.
  public static let costWithoutMinus = Slips(rawValue: 1 << 2)
  /// The parameters move along the gradient: `w + learning_rate * dw`.
  public static let updatePlus = Slips(rawValue: 1 << 3)
  /// predict thresholds `w.T·X + b` at 0.5 instead of its sigmoid (week 2).
  public static let thresholdOnZ = Slips(rawValue: 1 << 4)
  /// dZ1 with `(1 - A1)` instead of `(1 - np.power(A1, 2))` (week 3).
  public static let dZ1WithoutSquare = Slips(rawValue: 1 << 5)
  /// The hidden layer uses relu instead of tanh (week 3).
  public static let reluHidden = Slips(rawValue: 1 << 6)
  /// initialize_parameters without its `np.random.seed(2)` (week 3 until 2021): the weights come
  /// from whatever seed the caller left.
  public static let unseededInitialization = Slips(rawValue: 1 << 7)
}
