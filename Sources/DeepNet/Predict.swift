/// How `predict` turns matches into an accuracy; the editions print different digits.
public enum AccuracyFormula: Sendable, Equatable {
  /// The blog: `float(np.sum(p == y) / m)`, the match count divided once by m (209 of 209 → 1.0).
  case countOverM
  /// The Coursera notebooks: `np.sum((p == y) / m)`, m-ths added in NumPy's pairwise order
  /// (209 of 209 → 0.9999999999999998).
  case sumOfFractions
}

/// `predict(X, y, parameters)`: `L_model_forward`, then p = 1 where `AL > 0.5` else 0, and the
/// fraction of `p == y` computed by `formula`.
public func predict(
  x: Matrix, y: Matrix, parameters: Parameters, formula: AccuracyFormula = .countOverM
) throws -> (predictions: Matrix, accuracy: Double) {
  let m = Double(x.cols)
  let probabilities = try lModelForward(x: x, parameters: parameters).al
  let p = probabilities.map { $0 > 0.5 ? 1 : 0 }
  let matches = try p.broadcasting(y) { $0 == $1 ? 1 : 0 }
  let accuracy: Double
  switch formula {
  case .countOverM:
    let count = matches.data.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
    accuracy = Double(count) / m
  case .sumOfFractions:
    accuracy = (matches / m).sum()
  }
  return (p, accuracy)
}
