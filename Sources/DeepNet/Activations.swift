/// The two activations of the week-4 networks.
public enum Activation: String, Sendable, CaseIterable {
  /// `"sigmoid"`: the output layer.
  case sigmoid
  /// `"relu"`: the hidden layers.
  case relu
}

/// `sigmoid(Z)` of dnn_utils: `A = 1/(1+np.exp(-Z))`; the cache is `Z`.
public func sigmoid(_ z: Matrix) -> (a: Matrix, cache: Matrix) {
  (1.0 / (1.0 + (-z).exp()), z)
}

/// `relu(Z)` of dnn_utils: `A = np.maximum(0, Z)`; the cache is `Z`.
public func relu(_ z: Matrix) -> (a: Matrix, cache: Matrix) {
  (z.maximum(0), z)
}

/// `sigmoid_backward(dA, cache)`: `s = 1/(1+np.exp(-Z))`, `dZ = dA * s * (1-s)`, with `s`
/// recomputed from the cached `Z` and the products taken left to right, as in dnn_utils.
public func sigmoidBackward(dA: Matrix, cache z: Matrix) throws(ShapeError) -> Matrix {
  let s = 1.0 / (1.0 + (-z).exp())
  return try (dA * s) * (1.0 - s)
}

/// `relu_backward(dA, cache)`: a copy of `dA` with `dZ[Z <= 0] = 0` (NaN in `Z` keeps `dA`).
public func reluBackward(dA: Matrix, cache z: Matrix) throws(ShapeError) -> Matrix {
  try dA.zeroed(where: z) { $0 <= 0 }
}
