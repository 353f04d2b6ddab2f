import DeepNet
import NumPyRandom

/// The 2021 public tests of the Application notebook's two models, graded on any implementation:
/// the initial parameters come from the course's helpers (dnn_app_utils, as in the notebook), and
/// every step of the training loop is the implementation's own (forward, cost, backward, update).
extension GradedFunction {
  /// Iterations and learning rate of both public tests.
  static let modelTestIterations = 2
  static let modelTestLearningRate = 0.0075

  /// `two_layer_model_test`: seed 1, dims (10, 4, 1), 2 iterations at 0.0075 → `costs`, the one
  /// cost logged (iteration 0), as a (1, 1) array.
  public static let twoLayerModelTest = GradedFunction(
    "two_layer_model_test", notebookFunction: "two_layer_model", python: .model(case: "two_layer_model_test", hidden: [4])
  ) {
    impl, fixtures in
    let c = try fixtures.require("two_layer_model_test")
    let x = try c.require("X"), y = try c.require("Y")
    var rng = RandomState(seed: 1)
    let initial = try DeepNet.initializeParameters(layerDims: [x.rows, 4, 1], scaling: .small, rng: &rng)
    let costs = try twoLayerLoop(
      impl, x: x, y: y, parameters: initial, learningRate: modelTestLearningRate, iterations: modelTestIterations
    ).costs
    return [("costs", NumericArray(shape: [1, costs.count], data: costs))]
  }

  /// `L_layer_model_test`: seed 1 (no reseed), dims (10, 5, 6, 1), randn/sqrt(n_prev), 2
  /// iterations at 0.0075 → `costs` as a (1, 1) array.
  public static let lLayerModelTest = GradedFunction(
    "L_layer_model_test", notebookFunction: "L_layer_model", python: .model(case: "L_layer_model_test", hidden: [5, 6])
  ) {
    impl, fixtures in
    let c = try fixtures.require("L_layer_model_test")
    let x = try c.require("X"), y = try c.require("Y")
    var rng = RandomState(seed: 1)
    let initial = try DeepNet.initializeParameters(layerDims: [x.rows, 5, 6, 1], scaling: .sqrt, rng: &rng)
    let costs = try lLayerLoop(
      impl, x: x, y: y, parameters: initial, learningRate: modelTestLearningRate, iterations: modelTestIterations
    ).costs
    return [("costs", NumericArray(shape: [1, costs.count], data: costs))]
  }

  /// The notebook's `two_layer_model` loop over `impl`'s functions; `costs` holds the cost of
  /// every iteration i with i % 100 == 0 (what the notebook appends to `costs`).
  public static func twoLayerLoop(
    _ impl: any CourseFunctions, x: Matrix, y: Matrix, parameters: Parameters, learningRate: Double, iterations: Int
  ) throws -> (parameters: Parameters, costs: [Double]) {
    guard parameters.layerCount == 2 else {
      throw ModelError.layerCount(expected: 2, got: parameters.layerCount)
    }
    var parameters = parameters
    var costs: [Double] = []
    for i in 0..<max(0, iterations) {
      let first = parameters.layers[0], second = parameters.layers[1]
      let (a1, cache1) = try impl.linearActivationForward(aPrev: x, w: first.w, b: first.b, activation: .relu)
      let (a2, cache2) = try impl.linearActivationForward(aPrev: a1, w: second.w, b: second.b, activation: .sigmoid)
      let cost = try impl.computeCost(al: a2, y: y)
      let dA2 = try -(y / a2 - (1.0 - y) / (1.0 - a2))
      let (dA1, dW2, db2) = try impl.linearActivationBackward(dA: dA2, cache: cache2, activation: .sigmoid)
      let (_, dW1, db1) = try impl.linearActivationBackward(dA: dA1, cache: cache1, activation: .relu)
      let grads = Gradients(
        layers: [Gradients.Layer(dAPrev: nil, dW: dW1, db: db1), Gradients.Layer(dAPrev: nil, dW: dW2, db: db2)],
        convention: impl.gradientKeyConvention)
      parameters = try impl.updateParameters(parameters, grads: grads, learningRate: learningRate)
      if i % 100 == 0 { costs.append(cost) }
    }
    return (parameters, costs)
  }

  /// The notebook's `L_layer_model` loop over `impl`'s functions (costs as in `twoLayerLoop`).
  public static func lLayerLoop(
    _ impl: any CourseFunctions, x: Matrix, y: Matrix, parameters: Parameters, learningRate: Double, iterations: Int
  ) throws -> (parameters: Parameters, costs: [Double]) {
    var parameters = parameters
    var costs: [Double] = []
    for i in 0..<max(0, iterations) {
      let (al, caches) = try impl.lModelForward(x: x, parameters: parameters)
      let cost = try impl.computeCost(al: al, y: y)
      let grads = try impl.lModelBackward(al: al, y: y, caches: caches)
      parameters = try impl.updateParameters(parameters, grads: grads, learningRate: learningRate)
      if i % 100 == 0 { costs.append(cost) }
    }
    return (parameters, costs)
  }
}
