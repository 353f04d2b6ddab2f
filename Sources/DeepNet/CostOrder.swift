/// The order in which an edition's `compute_cost` scales the summed cross-entropy by 1/m. Both are
/// the same formula; they can differ in the last bit of the cost (the v4a test case prints
/// 0.2797765635793422, the blog order gives 0.2797765635793423), so the order belongs to the edition.
public enum CostOrder: Sendable, Equatable {
  /// The blog (testCases_v2/v3): `-np.sum(...) / m` — negate the sum, then divide by m.
  case sumOverM
  /// testCases_v4a and the 2021 notebook: `-1 / m * np.sum(...)` — compute −1/m first, then
  /// multiply the sum by it.
  case scaledSum
}

/// `compute_cost(AL, Y)` with the 1/m applied in `order`; `.sumOverM` is `computeCost(al:y:)`.
/// The summed terms are the same in both editions (`Y·log(AL) + (1 − Y)·log(1 − AL)`, NumPy's
/// pairwise sum), since the products commute exactly.
public func computeCost(al: Matrix, y: Matrix, order: CostOrder) throws(ShapeError) -> Double {
  switch order {
  case .sumOverM:
    return try computeCost(al: al, y: y)
  case .scaledSum:
    let m = Double(y.cols)
    let terms = try y * al.log() + (1.0 - y) * (1.0 - al).log()
    return (-1.0 / m) * terms.sum()
  }
}
