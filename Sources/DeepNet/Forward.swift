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
) throws(ShapeError) -> (a: Matrix, cache: LayerCache) {
  let (z, linearCache) = try linearForward(a: aPrev, w: w, b: b)
  let a: Matrix
  switch activation {
  case .sigmoid: a = sigmoid(z).a
  case .relu: a = relu(z).a
  }
  return (a, LayerCache(linear: linearCache, z: z))
}

/// `L_model_forward(X, parameters)`: [LINEAR → RELU] × (L-1) → LINEAR → SIGMOID, keeping every
/// layer's cache (L of them, layer 1 first).
public func lModelForward(
  x: Matrix, parameters: Parameters
) throws -> (al: Matrix, caches: [LayerCache]) {
  let layers = parameters.layers
  guard let last = layers.last else { throw ModelError.noLayers }
  var caches: [LayerCache] = []
  caches.reserveCapacity(layers.count)
  var a = x
  for layer in layers.dropLast() {
    let (next, cache) = try linearActivationForward(aPrev: a, w: layer.w, b: layer.b, activation: .relu)
    caches.append(cache)
    a = next
  }
  let (al, cache) = try linearActivationForward(aPrev: a, w: last.w, b: last.b, activation: .sigmoid)
  caches.append(cache)
  return (al, caches)
}
