import DeepNet

/// The notebook's per-layer functions with NumPy's own arithmetic: products through `NumPyDot`
/// (OpenBLAS's summation orders), `np.exp` through `NumPyExp` and `np.log` through `NumPyLog`. Every other step (bias
/// broadcast, `np.maximum`, the masks, `np.sum`, the updates) is one IEEE operation per element in
/// DeepNet, identical to NumPy's; so each function below returns NumPy's exact bits.
///
/// The 5-layer model's cost log amplifies a one-ulp difference anywhere by about 10⁴ between
/// iterations 1300 and 2000, past the published 12 digits; this is why the trainer does not use
/// DeepNet's own `dot` (one unfused sequential sum) or the C library's `exp` here.
enum NumPyLayers {
  /// `sigmoid(Z)`: `A = 1/(1+np.exp(-Z))`.
  static func sigmoid(_ z: Matrix) -> Matrix {
    1.0 / (1.0 + (-z).numpyExp())
  }

  /// `sigmoid_backward(dA, Z)`: `s = 1/(1+np.exp(-Z))`, `dZ = dA * s * (1-s)`.
  static func sigmoidBackward(dA: Matrix, z: Matrix) throws -> Matrix {
    let s = sigmoid(z)
    return try (dA * s) * (1.0 - s)
  }

  /// `linear_forward(A, W, b)`: `Z = np.dot(W, A) + b`.
  static func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> Matrix {
    try NumPyDot.product(w, a) + b
  }

  /// The activation of layer `l` of `layers` (relu below the last layer, sigmoid on it).
  static func activate(_ z: Matrix, last: Bool) -> Matrix {
    last ? sigmoid(z) : relu(z).a
  }

  /// `relu_backward` or `sigmoid_backward`, as the layer's activation.
  static func activationBackward(dA: Matrix, z: Matrix, last: Bool) throws -> Matrix {
    last ? try sigmoidBackward(dA: dA, z: z) : try reluBackward(dA: dA, cache: z)
  }

  /// `linear_backward`'s gradients: `dW = np.dot(dZ, A_prev.T) / m`,
  /// `db = np.sum(dZ, axis=1, keepdims=True) / m`, and `dA_prev = np.dot(W.T, dZ)`.
  static func linearBackward(
    dZ: Matrix, aPrev: Matrix, w: Matrix
  ) -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    let m = Double(aPrev.cols)
    let dW = NumPyDot.productTransposedRight(dZ, aPrev) / m
    let db = dZ.rowSums() / m
    let dAPrev = NumPyDot.productTransposedLeft(w, dZ)
    return (dAPrev, dW, db)
  }

  /// `compute_cost(AL, Y)`:
  /// `-np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m`.
  static func cost(al: Matrix, y: Matrix) throws -> Double {
    let m = Double(y.cols)
    let terms = try al.numpyLog() * y + (1.0 - al).numpyLog() * (1.0 - y)
    return -terms.sum() / m
  }

  /// `dAL = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))`.
  static func outputGradient(al: Matrix, y: Matrix) throws -> Matrix {
    try -(y / al - (1.0 - y) / (1.0 - al))
  }
}
