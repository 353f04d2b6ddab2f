import DNNJSON
import DeepNet

/// Week 2's exercises (logistic regression): the course's solution is `LogisticRegression`; the
/// implementation under test is the Python learner's (through `python`), so `run` ignores the
/// week-4 `CourseFunctions` it is handed.
extension GradedFunction {
  /// `sigmoid(z)` on the case's z.
  static let lrSigmoid = GradedFunction("sigmoid", python: .caseArrays("lr_sigmoid", case: "sigmoid")) { impl, fixtures in
    [("s", NumericArray(LogisticRegression.sigmoid(try fixtures.require("sigmoid").require("z"))))]
  }

  /// `initialize_with_zeros(dim)`.
  static func initializeWithZeros(dim: Int) -> GradedFunction {
    let python = PythonCall(form: "initialize_with_zeros") { _ in JSON.Object([("dim", .integer(Int64(dim)))]) }
    return GradedFunction("initialize_with_zeros", python: python) { _, _ in
      let (w, b) = LogisticRegression.initializeWithZeros(dim: dim)
      return [("w", NumericArray(w)), ("b", NumericArray(scalar: b))]
    }
  }

  /// `propagate(w, b, X, Y)` on the propagate case.
  static let propagate = GradedFunction("propagate", python: .caseArrays("propagate", case: "propagate")) { impl, fixtures in
    let c = try fixtures.require("propagate")
    let (grads, cost) = try LogisticRegression.propagate(
      w: try c.require("w"), b: try scalar(c, "b"), x: try c.require("X"), y: try c.require("Y"), slips: slips(of: impl))
    return [("dw", NumericArray(grads.dw)), ("db", NumericArray(scalar: grads.db)), ("cost", NumericArray(scalar: cost))]
  }

  /// `optimize(w, b, X, Y, num_iterations, learning_rate)` on the propagate case.
  static func optimize(iterations: Int, learningRate: Double) -> GradedFunction {
    let python = PythonCall.caseArrays(
      "optimize", case: "propagate",
      extra: JSON.Object([("num_iterations", .integer(Int64(iterations))), ("learning_rate", .number(learningRate))]))
    return GradedFunction("optimize", python: python) { impl, fixtures in
      let c = try fixtures.require("propagate")
      let run = try LogisticRegression.optimize(
        w: try c.require("w"), b: try scalar(c, "b"), x: try c.require("X"), y: try c.require("Y"),
        numIterations: iterations, learningRate: learningRate, slips: slips(of: impl))
      return [
        ("w", NumericArray(run.w)), ("b", NumericArray(scalar: run.b)), ("dw", NumericArray(run.grads.dw)),
        ("db", NumericArray(scalar: run.grads.db)), ("costs", NumericArray(shape: [1, run.costs.count], data: run.costs)),
      ]
    }
  }

  /// `predict(w, b, X)` on the predict case.
  static let lrPredict = GradedFunction("predict", python: .caseArrays("lr_predict", case: "predict")) { impl, fixtures in
    let c = try fixtures.require("predict")
    let prediction = try LogisticRegression.predict(
      w: try c.require("w"), b: try scalar(c, "b"), x: try c.require("X"), slips: slips(of: impl))
    return [("Y_prediction", NumericArray(prediction))]
  }

  /// `model(X_train, Y_train, X_test, Y_test, num_iterations, learning_rate)` on the model case.
  static func lrModel(iterations: Int, learningRate: Double) -> GradedFunction {
    let python = PythonCall.caseArrays(
      "lr_model", case: "model",
      extra: JSON.Object([("num_iterations", .integer(Int64(iterations))), ("learning_rate", .number(learningRate))]))
    return GradedFunction("model", python: python) { impl, fixtures in
      let c = try fixtures.require("model")
      let x = try c.require("X_train")
      let slips = slips(of: impl)
      let (w, b) = LogisticRegression.initializeWithZeros(dim: x.rows)
      let run = try LogisticRegression.optimize(
        w: w, b: b, x: x, y: try c.require("Y_train"), numIterations: iterations, learningRate: learningRate, slips: slips)
      let test = try LogisticRegression.predict(w: run.w, b: run.b, x: try c.require("X_test"), slips: slips)
      return [
        ("costs", NumericArray(shape: [1, run.costs.count], data: run.costs)),
        ("Y_prediction_test", NumericArray(test)),
        ("Y_prediction_train", NumericArray(try LogisticRegression.predict(w: run.w, b: run.b, x: x, slips: slips))),
        ("w", NumericArray(run.w)), ("b", NumericArray(scalar: run.b)),
      ]
    }
  }

  /// The slips of a diagnosis variant (none for the course's own solution).
  static func slips(of implementation: any CourseFunctions) -> Slips {
    (implementation as? PrimitiveMistake)?.slips ?? []
  }

  /// A (1, 1) constant of a case as the scalar the notebook passes (`b = 2.`).
  static func scalar(_ c: FixtureCase, _ name: String) throws -> Double {
    let value = try c.require(name)
    guard value.rows == 1, value.cols == 1 else { throw FixtureError("test case \(c.name): \(name) is not a scalar") }
    return value.data[0]
  }
}
