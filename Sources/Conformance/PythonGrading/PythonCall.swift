import DNNJSON
import DeepNet

/// How the Python runner calls one graded exercise: a call form of `dnnc_runner/calls.py` (each
/// form is written once there) and its arguments, built from a set of test cases. The Swift call
/// of the same exercise is `GradedFunction.run`; both read the same `FixtureSet`.
public struct PythonCall: Sendable {
  /// The form's name in `calls.FORMS`.
  public let form: String
  /// The arguments on `fixtures`: arrays as `{"shape", "data"}`, numbers, lists of numbers.
  public let arguments: @Sendable (FixtureSet) throws -> JSON.Object
  /// `np.random.seed` in force when the call starts (the notebooks seed 1 at the top; week 3's
  /// tests seed 2 before initialize_parameters and 3 before nn_model).
  public let seed: Int

  /// A call form with its arguments.
  public init(form: String, seed: Int = 1, arguments: @escaping @Sendable (FixtureSet) throws -> JSON.Object) {
    self.form = form
    self.seed = seed
    self.arguments = arguments
  }

  /// Every array of the test case `caseName`, under its Python name.
  static func caseArrays(_ form: String, case caseName: String, seed: Int = 1, extra: JSON.Object = JSON.Object()) -> PythonCall {
    PythonCall(form: form, seed: seed) { fixtures in
      let c = try fixtures.require(caseName)
      var object = JSON.Object(c.arrays.map { ($0.0, NumericArray($0.1).json) })
      for (key, value) in extra { object[key] = value }
      return object
    }
  }

  static func initializeParameters(_ nX: Int, _ nH: Int, _ nY: Int) -> PythonCall {
    PythonCall(form: "initialize_parameters") { _ in
      JSON.Object([("n_x", .integer(Int64(nX))), ("n_h", .integer(Int64(nH))), ("n_y", .integer(Int64(nY)))])
    }
  }

  static func initializeParametersDeep(_ dims: [Int]) -> PythonCall {
    PythonCall(form: "initialize_parameters_deep") { _ in
      JSON.Object([("layer_dims", .array(dims.map { .integer(Int64($0)) }))])
    }
  }

  /// sigmoid / relu on Z = W·A_prev + b of the linear_activation_forward case.
  static let activation = PythonCall(form: "activation") { fixtures in
    JSON.Object([("Z", NumericArray(try GradedFunction.activationInput(fixtures)).json)])
  }

  static let activationBackward = PythonCall(form: "activation_backward") { fixtures in
    let c = try fixtures.require("linear_activation_backward")
    return JSON.Object([("dA", NumericArray(try c.require("dA")).json), ("Z", NumericArray(try c.require("Z")).json)])
  }

  static let linearForward = caseArrays("linear_forward", case: "linear_forward")
  static let linearActivationForward = caseArrays("linear_activation_forward", case: "linear_activation_forward")
  static func lModelForward(case name: String) -> PythonCall { caseArrays("L_model_forward", case: name) }
  static let computeCost = caseArrays("compute_cost", case: "compute_cost")
  static let linearBackward = caseArrays("linear_backward", case: "linear_backward")
  static let linearActivationBackward = caseArrays("linear_activation_backward", case: "linear_activation_backward")
  static let lModelBackward = caseArrays("L_model_backward", case: "L_model_backward")
  static func updateParameters(learningRate: Double) -> PythonCall {
    caseArrays("update_parameters", case: "update_parameters", extra: JSON.Object([("learning_rate", .number(learningRate))]))
  }
}

extension PythonCall {
  /// A model of the Application on a public test's case.
  static func model(case caseName: String, hidden: [Int], learningRate: Double, iterations: Int) -> PythonCall {
    PythonCall(form: "model") { fixtures in
      let c = try fixtures.require(caseName)
      let x = try c.require("X")
      return LearnerPlan.modelArguments(
        x: NumericArray(x), y: NumericArray(try c.require("Y")), dims: [x.rows] + hidden + [1],
        rate: learningRate, iterations: iterations)
    }
  }
}
