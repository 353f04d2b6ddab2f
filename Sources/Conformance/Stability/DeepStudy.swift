import CatData
import DeepNet
import Dispatch
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

  /// The perturbations: (label, layer, index into that layer's W).
  static func perturbations(of model: ModelRecipe) -> [(String, Int, Int)] {
    let last = model.dims.count - 1
    return [("W1[0] + 1 ulp", 1, 0), ("W1[-1] + 1 ulp", 1, -1), ("W\(last)[0] + 1 ulp", last, 0)]
  }

  /// Every distinct model of `models`, with and without its perturbations (Gram path, two at a time).
  public static func run(_ models: [ModelRecipe], data: CatDataset, progress: (String) -> Void = { _ in }) -> [String: DeepStudy] {
    var distinct: [ModelRecipe] = []
    for model in models where !distinct.contains(where: { $0.runKey == model.runKey }) { distinct.append(model) }
    var jobs: [(ModelRecipe, (String, Int, Int)?)] = []
    for model in distinct {
      jobs.append((model, nil))
      jobs += perturbations(of: model).map { (model, $0) }
    }
    progress("week 4: \(distinct.count) training runs, each with 3 perturbations")
    let allJobs = jobs
    let results = ResultsBox<Result<PrintedNumbers, ShallowRunError>>(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
      let (model, nudge) = allJobs[index]
      results.set(index, Result { () throws(ShallowRunError) -> PrintedNumbers in
        do { return try train(model, nudge: nudge, data: data) } catch {
          throw ShallowRunError(description: "\(error)", noData: false)
        }
      })
    }
    let values = results.values
    var studies: [String: DeepStudy] = [:]
    var index = 0
    for model in distinct {
      let reference = values[index]
      var perturbed: [(String, PrintedNumbers)] = []
      for (label, _, _) in perturbations(of: model) {
        index += 1
        if case .success(let numbers) = values[index] { perturbed.append((label, numbers)) }
      }
      index += 1
      studies[model.runKey] = DeepStudy(model: model, reference: reference, perturbed: perturbed)
    }
    return studies
  }

  /// One Gram-path run, with one weight nudged.
  static func train(_ model: ModelRecipe, nudge: (String, Int, Int)?, data: CatDataset) throws -> PrintedNumbers {
    var initial = try model.initialParameters()
    if let (_, layer, index) = nudge {
      let w = initial.layers[layer - 1].w.data
      let i = index < 0 ? w.count + index : index
      initial.layers[layer - 1].w.data[i] = w[i].nextUp
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
