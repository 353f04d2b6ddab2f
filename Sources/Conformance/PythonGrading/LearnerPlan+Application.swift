import CatData
import DNNJSON
import DeepNet
import NumPyRandom
import Training

/// The Application notebook's plan: the learner writes `two_layer_model` and `L_layer_model`
/// (every other function comes from dnn_app_utils and is not theirs). Each model is trained on the
/// public tests' small cases (the costs and the parameters after a few iterations, at two learning
/// rates) and, when the cat data is found, on the cat data for `catIterations` iterations, its
/// logged costs compared with our exact reproduction of the course's run.
extension LearnerPlan {
  /// Iterations of the cat-data check: costs logged at 0, 100 and 200.
  static let catIterations = 201

  /// One model of the Application.
  struct ModelSpec {
    let name: String
    let testCase: String
    let hidden: [Int]
    let scaling: InitScaling
    let secondLearningRate: Double
  }

  static let applicationModels = [
    ModelSpec(name: "two_layer_model", testCase: "two_layer_model_test", hidden: [4], scaling: .small, secondLearningRate: 0.1),
    ModelSpec(name: "L_layer_model", testCase: "L_layer_model_test", hidden: [5, 6], scaling: .sqrt, secondLearningRate: 0.02),
  ]

  /// The plan of an Application notebook; `datasets` is the folder with the cat data, if found.
  public static func application(_ grader: Grader, datasets: String?, timeout: Double) -> LearnerPlan {
    let reference = grader.edition.reference
    let cat = datasets.flatMap { try? CatDataset.load(directory: $0) }
    let exercises = applicationModels.map { spec -> LearnerExercise in
      var runs: [LearnerRun] = []
      if let c = try? grader.fixtures.require(spec.testCase), let x = c["X"], let y = c["Y"] {
        let dims = [x.rows] + spec.hidden + [1]
        for (label, rate, iterations) in [("public test", 0.0075, 2), ("public test, learning rate \(spec.secondLearningRate)", spec.secondLearningRate, 3)] {
          runs.append(LearnerRun(
            label: label, arguments: modelArguments(x: NumericArray(x), y: NumericArray(y), dims: dims, rate: rate, iterations: iterations),
            expected: try? smallRun(spec, reference, x: x, y: y, dims: dims, rate: rate, iterations: iterations)))
        }
      }
      if let cat, let model = grader.edition.models.first(where: { $0.name == spec.name }) {
        let arguments = modelArguments(x: nil, y: NumericArray(cat.trainY), dims: model.dims, rate: model.learningRate, iterations: catIterations)
        runs.append(LearnerRun(
          label: "cat data, \(catIterations) iterations", arguments: arguments,
          expected: try? catRun(model, data: cat), rtol: 1e-9, atol: 0, files: [("X", NumericArray(cat.trainX))]))
      }
      let seconds = cat == nil ? timeout : max(timeout, 120)
      return LearnerExercise(name: spec.name, key: spec.name, function: spec.name, form: "model", optional: false, timeout: seconds, runs: runs)
    }
    return LearnerPlan(exercises: exercises, freshSeed: 0)
  }

  static func modelArguments(x: NumericArray?, y: NumericArray, dims: [Int], rate: Double, iterations: Int) -> JSON.Object {
    var object = JSON.Object([
      ("Y", y.json), ("layers_dims", .array(dims.map { .integer(Int64($0)) })), ("learning_rate", .number(rate)),
      ("num_iterations", .integer(Int64(iterations))), ("print_every", .integer(100)),
    ])
    if let x { object["X"] = x.json }
    return object
  }

  /// The course's loop on a public test's case: parameters after the iterations and the costs.
  static func smallRun(
    _ spec: ModelSpec, _ reference: any CourseFunctions, x: Matrix, y: Matrix, dims: [Int], rate: Double, iterations: Int
  ) throws -> [(String, NumericArray)] {
    var rng = RandomState(seed: 1)
    let initial = try DeepNet.initializeParameters(layerDims: dims, scaling: spec.scaling, rng: &rng)
    let loop = spec.hidden.count == 1 ? GradedFunction.twoLayerLoop : GradedFunction.lLayerLoop
    let (parameters, costs) = try loop(reference, x, y, initial, rate, iterations)
    return GradedFunction.parameterOutputs(parameters) + [("costs", NumericArray(shape: [1, costs.count], data: costs))]
  }

  /// Our exact reproduction of the course's run on the cat data, for `catIterations` iterations.
  static func catRun(_ model: ModelRecipe, data: CatDataset) throws -> [(String, NumericArray)] {
    let options = TrainingOptions(learningRate: model.learningRate, iterations: catIterations, printEvery: 100, arithmetic: .gram)
    let result = try FastTrainer(options: options).train(x: data.trainX, y: data.trainY, initial: try model.initialParameters())
    let costs = result.costs.filter { $0.iteration % 100 == 0 }.map(\.cost)
    return [("costs", NumericArray(shape: [1, costs.count], data: costs))]
  }
}
