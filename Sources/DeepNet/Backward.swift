/// `linear_backward(dZ, cache)`: with m = `A_prev.shape[1]`,
/// `dW = np.dot(dZ, A_prev.T) / m`, `db = np.sum(dZ, axis=1, keepdims=True) / m`,
/// `dA_prev = np.dot(W.T, dZ)`.
public func linearBackward(
  dZ: Matrix, cache: LinearCache
) throws(ShapeError) -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
  let m = Double(cache.a.cols)
  let dW = try dot(dZ, cache.a.transposed()) / m
  let db = dZ.rowSums() / m
  let dAPrev = try dot(cache.w.transposed(), dZ)
  return (dAPrev, dW, db)
}

/// `linear_activation_backward(dA, cache, activation)`: `relu_backward` or `sigmoid_backward`
/// on the cached `Z`, then `linear_backward`.
public func linearActivationBackward(
  dA: Matrix, cache: LayerCache, activation: Activation
) throws(ShapeError) -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
  let dZ: Matrix
  switch activation {
  case .relu: dZ = try reluBackward(dA: dA, cache: cache.z)
  case .sigmoid: dZ = try sigmoidBackward(dA: dA, cache: cache.z)
  }
  return try linearBackward(dZ: dZ, cache: cache.linear)
}

/// `L_model_backward(AL, Y, caches)`: `Y` reshaped to `AL`'s shape,
/// `dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))`, the sigmoid layer, then the relu
/// layers from L-1 down to 1. `convention` only names the `dA` entries (see
/// `GradientKeyConvention`); the numbers are the same.
public func lModelBackward(
  al: Matrix, y: Matrix, caches: [LayerCache], convention: GradientKeyConvention = .blog
) throws -> Gradients {
  guard let lastCache = caches.last else { throw ModelError.noLayers }
  let y = try y.reshaped(al.shape)
  let dAL = try -(y / al - (1.0 - y) / (1.0 - al))
  var layers: [Gradients.Layer] = []
  layers.reserveCapacity(caches.count)
  var grad = try linearActivationBackward(dA: dAL, cache: lastCache, activation: .sigmoid)
  layers.append(Gradients.Layer(dAPrev: grad.dAPrev, dW: grad.dW, db: grad.db))
  for cache in caches.dropLast().reversed() {
    grad = try linearActivationBackward(dA: grad.dAPrev, cache: cache, activation: .relu)
    layers.append(Gradients.Layer(dAPrev: grad.dAPrev, dW: grad.dW, db: grad.db))
  }
  return Gradients(layers: layers.reversed(), convention: convention)
}
