import DeepNet
import NumPyRandom

/// The 2021 public tests of the Application notebook's two models, graded on any implementation:
/// the initial parameters come from the course's helpers (dnn_app_utils, as in the notebook), and
/// every step of the training loop is the implementation's own (forward, cost, backward, update).
extension GradedFunction {
  /// A public test of one of the Application's models (2021 public_tests.py): `np.random.seed(1)`,
  /// the course helper's initialisation of dims (X's rows, `hidden`, 1) with `scaling`, then
  /// `iterations` of the notebook's loop over the implementation's own functions at
  /// `learningRate` → the parameters after them (W1 b1 …) and `costs`, the costs logged (every
  /// 100th iteration), as a (1, n) array.
  public static func modelTest(
    name: String, function: String, case caseName: String, hidden: [Int], scaling: InitScaling, learningRate: Double,
    iterations: Int
  ) -> GradedFunction {
    let python = PythonCall.model(case: caseName, hidden: hidden, learningRate: learningRate, iterations: iterations)
    return GradedFunction(name, notebookFunction: function, python: python) { impl, fixtures in
      let c = try fixtures.require(caseName)
      let x = try c.require("X"), y = try c.require("Y")
      var rng = RandomState(seed: 1)
      let initial = try DeepNet.initializeParameters(layerDims: [x.rows] + hidden + [1], scaling: scaling, rng: &rng)
      let loop = hidden.count == 1 ? twoLayerLoop : lLayerLoop
      let (parameters, costs) = try loop(impl, x, y, initial, learningRate, iterations)
      return parameterOutputs(parameters) + [("costs", NumericArray(shape: [1, costs.count], data: costs))]
    }
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
