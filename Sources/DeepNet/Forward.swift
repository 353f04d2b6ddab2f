/// `linear_forward(A, W, b)`: `Z = np.dot(W, A) + b`; the cache is `(A, W, b)`.
public func linearForward(
  a: Matrix, w: Matrix, b: Matrix
) throws(ShapeError) -> (z: Matrix, cache: LinearCache) {
  let z = try dot(w, a) + b
  return (z, LinearCache(a: a, w: w, b: b))
}

/// `linear_activation_forward(A_prev, W, b, activation)`: `linear_forward`, then `sigmoid` or
/// `relu`; the cache is `(linear_cache, Z)`.
public func linearActivationForward(
  aPrev: Matrix, w: Matrix, b: Matrix, activation: Activation
) throws -> (a: Matrix, cache: LayerCache) {
  try NotebookFunctions().linearActivationForward(aPrev: aPrev, w: w, b: b, activation: activation)
}

/// `L_model_forward(X, parameters)`: [LINEAR → RELU] × (L-1) → LINEAR → SIGMOID, keeping every
/// layer's cache (L of them, layer 1 first).
public func lModelForward(x: Matrix, parameters: Parameters) throws -> (al: Matrix, caches: [LayerCache]) {
  try NotebookFunctions().lModelForward(x: x, parameters: parameters)
}
