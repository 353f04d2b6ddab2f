import CatData
import DNNJSON
import DeepNet
import Training

/// Weeks 2 and 3: the learner's model trained on the course's data, its log compared with ours.
extension LearnerPlan {
  /// Week 2's cat-data run: `model(...)` for 201 iterations (costs recorded at 0, 100, 200).
  static let logregIterations = 201
  /// Week 3's flower run: `nn_model(X, Y, 4, 5000)`, printed every 1000. Up to here every printed
  /// digit is stable (the stability report: the log turns fragile after 7000).
  static let planarIterations = 5000

  /// The training run of `function` in `edition`, if it is a week-2 or week-3 model; week 2's
  /// needs the cat data.
  static func shallowRun(_ function: GradedFunction, edition: Edition, cat: CatDataset?) -> LearnerRun? {
    switch function.python.form {
    case "lr_model":
      guard let cat else { return nil }
      return logregRun(cat)
    case "nn_model":
      let drawSeed = edition.trainings.first { $0.model == .planar }?.drawSeed ?? 2
      return planarRun(drawSeed: drawSeed)
    default:
      return nil
    }
  }

  /// `model(X_train, Y_train, X_test, Y_test, 201, 0.005, print_cost=True)` on the cat data.
  static func logregRun(_ cat: CatDataset) -> LearnerRun {
    let arguments = JSON.Object([
      ("Y_train", NumericArray(cat.trainY).json), ("Y_test", NumericArray(cat.testY).json),
      ("num_iterations", .integer(Int64(logregIterations))), ("learning_rate", .number(0.005)),
      ("print_cost", .bool(true)), ("print_every", .integer(100)),
    ])
    let expected = try? LogisticTrainer(learningRate: 0.005, iterations: logregIterations, printEvery: 100)
      .train(x: cat.trainX, y: cat.trainY, testX: cat.testX, testY: cat.testY)
    return LearnerRun(
      label: "cat data, \(logregIterations) iterations", arguments: arguments,
      expected: expected.map { run in
        let costs = run.costs.filter { $0.iteration % 100 == 0 }.map(\.cost)
        return [
          ("costs", NumericArray(shape: [1, costs.count], data: costs)),
          ("Y_prediction_train", NumericArray(run.trainPrediction)), ("Y_prediction_test", NumericArray(run.testPrediction)),
          ("b", NumericArray(scalar: run.b)),
        ]
      },
      rtol: 1e-9, atol: 1e-12, files: [("X_train", NumericArray(cat.trainX)), ("X_test", NumericArray(cat.testX))],
      logEvery: 100)
  }

  /// `nn_model(X, Y, 4, 5000, print_cost=True)` on the flower, with np.random.seed(3) in force.
  static func planarRun(drawSeed: UInt32) -> LearnerRun {
    let (x, y) = PlanarDataset.flower()
    let arguments = JSON.Object([
      ("X", NumericArray(x).json), ("Y", NumericArray(y).json), ("n_h", .integer(4)),
      ("num_iterations", .integer(Int64(planarIterations))), ("print_cost", .bool(true)), ("print_every", .integer(1000)),
    ])
    let expected = try? PlanarTrainer(hiddenUnits: 4, iterations: planarIterations, printEvery: 1000, drawSeed: drawSeed)
      .train(x: x, y: y)
    return LearnerRun(
      label: "the flower, \(planarIterations) iterations", arguments: arguments,
      expected: expected.map { run in
        let costs = run.costs.filter { $0.iteration % 1000 == 0 }.map(\.cost)
        return [("costs", NumericArray(shape: [1, costs.count], data: costs))] + GradedFunction.parameterOutputs(run.parameters)
      },
      rtol: 1e-7, atol: 1e-10, seed: 3, logEvery: 1000)
  }
}
