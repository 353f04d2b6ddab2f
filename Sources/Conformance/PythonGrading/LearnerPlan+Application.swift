import CatData
import DNNJSON
import DeepNet
import Training

/// The Application's models on the cat data: the learner's model trained for `catIterations`
/// iterations, its logged costs compared with our exact reproduction of the course's run.
extension LearnerPlan {
  /// Iterations of the cat-data check: costs logged at 0, 100 and 200.
  static let catIterations = 201

  /// A model's arguments (the call form `model`): X (unless it goes to a data file), Y,
  /// layers_dims, learning_rate, num_iterations, print_every.
  static func modelArguments(x: NumericArray?, y: NumericArray, dims: [Int], rate: Double, iterations: Int) -> JSON.Object {
    var object = JSON.Object([
      ("Y", y.json), ("layers_dims", .array(dims.map { .integer(Int64($0)) })), ("learning_rate", .number(rate)),
      ("num_iterations", .integer(Int64(iterations))), ("print_every", .integer(100)),
    ])
    if let x { object["X"] = x.json }
    return object
  }

  /// The run of `model` on the cat data: X goes to a data file (written once for both models).
  static func catRun(_ model: ModelRecipe, data: CatDataset) -> LearnerRun {
    let arguments = modelArguments(
      x: nil, y: NumericArray(data.trainY), dims: model.dims, rate: model.learningRate, iterations: catIterations)
    return LearnerRun(
      label: "cat data, \(catIterations) iterations", arguments: arguments, expected: try? catCosts(model, data: data),
      rtol: 1e-9, atol: 0, files: [("X", NumericArray(data.trainX))], logEvery: 100)
  }

  /// The costs the course's run logs at 0, 100, 200 (our exact Gram path).
  static func catCosts(_ model: ModelRecipe, data: CatDataset) throws -> [(String, NumericArray)] {
    let options = TrainingOptions(learningRate: model.learningRate, iterations: catIterations, printEvery: 100, arithmetic: .gram)
    let result = try FastTrainer(options: options).train(x: data.trainX, y: data.trainY, initial: try model.initialParameters())
    let costs = result.costs.filter { $0.iteration % 100 == 0 }.map(\.cost)
    return [("costs", NumericArray(shape: [1, costs.count], data: costs))]
  }
}
