import DeepNet
import Training

/// A week-2 or week-3 training run together with its perturbed re-runs: the evidence behind the
/// stable digits of every number it prints.
public struct ShallowStudy: StudiedRun {
  /// The run.
  public let training: ShallowTraining
  /// What our reference run printed, or why it could not run.
  public let reference: Result<PrintedNumbers, ShallowRunError>
  /// What each faithful re-run printed: the perturbations, and NumPy's own run where we have it.
  public let perturbed: [(label: String, numbers: PrintedNumbers)]

  /// The perturbations of a model: other summation orders for the products, the C library's exp
  /// and log instead of NumPy's, and for the planar model another tanh formula and one ulp on one
  /// initial weight.
  public static func perturbations(of training: ShallowTraining) -> [Rounding] {
    var list: [Rounding] = [Rounding(dot: .reversed), Rounding(dot: .fourChains), Rounding(exp: .libm)]
    // np.log only enters the printed cost (the gradients never use it): a run that prints no
    // cost, only an accuracy (the hidden-layer sweep), cannot be moved by it.
    if training.model == .logreg || training.printsCosts { list.append(Rounding(log: .libm)) }
    if training.model == .planar { list += [Rounding(tanh: .expm1), Rounding(nudgedWeight: 0)] }
    return list
  }

  /// Runs every distinct training of `trainings` with the reference rounding and every
  /// perturbation (two at a time); `numpy` adds NumPy's own run of a training, by its reference
  /// name, as one more piece of evidence.
  public static func run(
    _ trainings: [ShallowTraining], data: ShallowData, numpy: (ShallowTraining) -> PrintedNumbers? = { _ in nil },
    progress: (String) -> Void = { _ in }
  ) -> [String: ShallowStudy] {
    progress("weeks 2 and 3: \(Set(trainings.map(\.runKey)).count) training runs, each with its perturbations")
    let outcomes = Studies.make(
      trainings, key: \.runKey, changes: { training in perturbations(of: training).map { ($0.description, $0) } }
    ) { training, rounding in try ShallowRuns.run(training, rounding: rounding ?? .numpy, data: data) }
    var studies: [String: ShallowStudy] = [:]
    for outcome in outcomes {
      var perturbed = outcome.perturbed
      if let numbers = numpy(outcome.run) { perturbed.append(("NumPy 2.4.6's own run (its tanh, OpenBLAS's sums)", numbers)) }
      studies[outcome.run.runKey] = ShallowStudy(training: outcome.run, reference: outcome.reference, perturbed: perturbed)
    }
    return studies
  }
}

extension ShallowTraining {
  /// What makes two runs the same run (editions share them under the same name).
  public var runKey: String {
    "\(model.rawValue) lr=\(learningRate) iterations=\(iterations) every=\(printEvery) hidden=\(hidden) seed=\(drawSeed)"
  }

  /// Its name in Fixtures/reference/training-logreg.json or training-planar.json.
  public var referenceName: String { drawSeed == 2 || model == .logreg ? name : "\(name)@seed\(drawSeed)" }
}
