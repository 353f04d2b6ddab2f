import DeepNet
import NumPyRandom

/// Your implementation of the week-4 "Building your Deep Neural Network: Step by Step" functions.
///
/// Replace each `throw NotImplemented(...)` with your code; `swift test` grades every function
/// against the notebook's expected outputs and names common mistakes. `DeepNet` gives you `Matrix`
/// (rows × cols, row-major `data`), `dot(_:_:)`, element-wise `+ - * /` (with NumPy broadcasting),
/// `exp()`, `log()`, `maximum(_:)`, `sum()`, `rowSums()`, `transposed()`, and the dnn_utils helpers
/// `sigmoid`, `relu`, `sigmoidBackward`, `reluBackward` (kept here as the protocol's defaults).
/// `np.random.seed(1)` then `np.random.randn(n_h, n_x)` is, bit for bit,
/// `var rng = RandomState(seed: 1)` then `Matrix(rows: nH, cols: nX, data: rng.randn(nH, nX))`.
public struct MyCourseFunctions: CourseFunctions {
  /// Your implementation.
  public init() {}

  /// `initialize_parameters(n_x, n_h, n_y)`: seed 1, W = randn * 0.01, zero biases.
  public func initializeParameters(nX: Int, nH: Int, nY: Int) throws -> Parameters {
    throw NotImplemented("initialize_parameters")
  }

  /// `initialize_parameters_deep(layer_dims)`: seed 3, W[l] = randn * 0.01, zero biases.
  public func initializeParametersDeep(_ layerDims: [Int]) throws -> Parameters {
    throw NotImplemented("initialize_parameters_deep")
  }

  /// `linear_forward(A, W, b)`: Z = W·A + b, cache (A, W, b).
  public func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    throw NotImplemented("linear_forward")
  }

  /// `linear_activation_forward(A_prev, W, b, activation)`: linear_forward, then sigmoid or relu.
  public func linearActivationForward(
    aPrev: Matrix, w: Matrix, b: Matrix, activation: Activation
  ) throws -> (a: Matrix, cache: LayerCache) {
    throw NotImplemented("linear_activation_forward")
  }

  /// `L_model_forward(X, parameters)`: [LINEAR → RELU] × (L-1) → LINEAR → SIGMOID.
  public func lModelForward(x: Matrix, parameters: Parameters) throws -> (al: Matrix, caches: [LayerCache]) {
    throw NotImplemented("L_model_forward")
  }

  /// `compute_cost(AL, Y)`: the cross-entropy cost.
  public func computeCost(al: Matrix, y: Matrix) throws -> Double {
    throw NotImplemented("compute_cost")
  }

  /// `linear_backward(dZ, cache)`: dA_prev, dW, db.
  public func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    throw NotImplemented("linear_backward")
  }

  /// `linear_activation_backward(dA, cache, activation)`: relu_backward or sigmoid_backward, then
  /// linear_backward.
  public func linearActivationBackward(
    dA: Matrix, cache: LayerCache, activation: Activation
  ) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    throw NotImplemented("linear_activation_backward")
  }

  /// `L_model_backward(AL, Y, caches)`: grads (blog edition: grads["dA" + l] is layer l's dA_prev).
  public func lModelBackward(al: Matrix, y: Matrix, caches: [LayerCache]) throws -> Gradients {
    throw NotImplemented("L_model_backward")
  }

  /// `update_parameters(parameters, grads, learning_rate)`: one step of gradient descent.
  public func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    throw NotImplemented("update_parameters")
  }
}
