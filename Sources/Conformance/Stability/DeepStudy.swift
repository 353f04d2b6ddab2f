import CatData
import DeepNet
import Training

/// A week-4 Application run (two_layer_model, L_layer_model) with its perturbed re-runs: one ulp
/// up on single initial weights. Both our paths follow NumPy's rounding bit for bit, so the
/// reference is NumPy's own run; the perturbations show how far a one-ulp difference anywhere
/// (another BLAS, another CPU) carries by the time each cost is printed.
public struct DeepStudy: StudiedRun {
  /// The run.
  public let model: ModelRecipe
  /// What our reference run printed, or why it could not run.
  public let reference: Result<PrintedNumbers, ShallowRunError>
  /// What each perturbed run printed.
  public let perturbed: [(label: String, numbers: PrintedNumbers)]

  /// The perturbations: one ulp up on a weight, given as (layer, index into that layer's W; -1 the last).
  static func perturbations(of model: ModelRecipe) -> [(label: String, change: Nudge)] {
    let last = model.dims.count - 1
    return [
      ("W1[0] + 1 ulp", Nudge(layer: 1, index: 0)), ("W1[-1] + 1 ulp", Nudge(layer: 1, index: -1)),
      ("W\(last)[0] + 1 ulp", Nudge(layer: last, index: 0)),
    ]
  }

  /// One weight to nudge.
  struct Nudge: Sendable {
    let layer: Int
    let index: Int
  }

  /// Every distinct model of `models`, with and without its perturbations (Gram path, two at a time).
  public static func run(_ models: [ModelRecipe], data: CatDataset, progress: (String) -> Void = { _ in }) -> [String: DeepStudy] {
    progress("week 4: \(Set(models.map(\.runKey)).count) training runs, each with 3 perturbations")
    let outcomes = Studies.make(models, key: \.runKey, changes: perturbations(of:)) { model, nudge in
      try train(model, nudge: nudge, data: data)
    }
    var studies: [String: DeepStudy] = [:]
    for outcome in outcomes {
      studies[outcome.run.runKey] = DeepStudy(model: outcome.run, reference: outcome.reference, perturbed: outcome.perturbed)
    }
    return studies
  }

  /// One Gram-path run, with one weight nudged.
  static func train(_ model: ModelRecipe, nudge: Nudge?, data: CatDataset) throws -> PrintedNumbers {
    var initial = try model.initialParameters()
    if let nudge {
      let w = initial.layers[nudge.layer - 1].w.data
      let i = nudge.index < 0 ? w.count + nudge.index : nudge.index
      initial.layers[nudge.layer - 1].w.data[i] = w[i].nextUp
    }
    let options = TrainingOptions(learningRate: model.learningRate, iterations: model.iterations, printEvery: 100, arithmetic: .gram, threads: 1)
    let result = try FastTrainer(options: options).train(x: data.trainX, y: data.trainY, initial: initial)
    let train = try predict(x: data.trainX, y: data.trainY, parameters: result.parameters, formula: model.accuracy)
    let test = try predict(x: data.testX, y: data.testY, parameters: result.parameters, formula: model.accuracy)
    return PrintedNumbers(costs: result.costs, trainAccuracy: train.accuracy, testAccuracy: test.accuracy)
  }
}

extension ModelRecipe {
  /// What makes two editions' runs the same run.
  public var runKey: String {
    "\(name) dims=\(dims) seed=\(seed) init=\(scaling) accuracy=\(accuracy) lr=\(learningRate) iterations=\(iterations)"
  }
}
