/// `linear_backward(dZ, cache)`: with m = `A_prev.shape[1]`,
/// `dW = np.dot(dZ, A_prev.T) / m`, `db = np.sum(dZ, axis=1, keepdims=True) / m`,
/// `dA_prev = np.dot(W.T, dZ)`.
public func linearBackward(
  dZ: Matrix, cache: LinearCache
) throws(ShapeError) -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
  let m = Double(cache.a.cols)
  let dW = try dot(dZ, transposing: cache.a) / m
  let db = dZ.rowSums() / m
  let dAPrev = try dot(cache.w.transposed(), dZ)
  return (dAPrev, dW, db)
}

/// `linear_activation_backward(dA, cache, activation)`: `relu_backward` or `sigmoid_backward`
/// on the cached `Z`, then `linear_backward`.
public func linearActivationBackward(
  dA: Matrix, cache: LayerCache, activation: Activation
) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
  try NotebookFunctions().linearActivationBackward(dA: dA, cache: cache, activation: activation)
}

/// `L_model_backward(AL, Y, caches)`: `Y` reshaped to `AL`'s shape,
/// `dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))`, the sigmoid layer, then the relu
/// layers from L-1 down to 1. `convention` only names the `dA` entries (see
/// `GradientKeyConvention`); the numbers are the same.
public func lModelBackward(
  al: Matrix, y: Matrix, caches: [LayerCache], convention: GradientKeyConvention = .blog
) throws -> Gradients {
  try NotebookFunctions(gradientKeyConvention: convention).lModelBackward(al: al, y: y, caches: caches)
}
