/// `compute_cost(AL, Y)`: the cross-entropy
/// `-np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m`, m = `Y.shape[1]`,
/// summed in NumPy's pairwise order.
public func computeCost(al: Matrix, y: Matrix) throws(ShapeError) -> Double {
  let m = Double(y.cols)
  let terms = try al.log() * y + (1.0 - al).log() * (1.0 - y)
  return -terms.sum() / m
}
