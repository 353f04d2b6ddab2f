import CatData
import DNNJSON
import DeepNet
import NumPyRandom
import Training

/// The Application notebook's headline checks: both training logs on the real cat data, with both
/// arithmetic paths, every logged cost to the published digits, the accuracies, and agreement of
/// the two paths (1e-10 relative at every logged iteration).
public struct TrainingConformance: Sendable {
  /// The edition whose runs are checked.
  public let edition: Edition
  /// Its published logs.
  public let published: PublishedValues
  /// Paths to run; both by default.
  public let arithmetics: [TrainingArithmetic]

  /// Checks for `edition`'s models.
  public init(edition: Edition, published: PublishedValues, arithmetics: [TrainingArithmetic] = [.gram, .literal]) {
    self.edition = edition
    self.published = published
    self.arithmetics = arithmetics
  }

  /// Runs every model of the edition on `data`; when the data could not be loaded, every model is
  /// reported as skipped with `dataProblem` as the reason.
  /// `studies` (by `ModelRecipe.runKey`) add each published cost's stability to the costs checks.
  public func run(
    data: Result<CatDataset, CatDataError>, runs: TrainingRuns = TrainingRuns(), studies: [String: DeepStudy] = [:],
    progress: @escaping (String) -> Void = { _ in }
  ) -> [FunctionResult] {
    edition.models.map { model in
      guard let log = published.training.first(where: { $0.name == model.name })?.log else {
        return FunctionResult(name: model.name, checks: [
          CheckResult(name: "costs", status: .failed, message: "edition \(edition.id) publishes no log for \(model.name)", edition: edition.id)
        ])
      }
      switch data {
      case .failure(let error):
        return FunctionResult(name: model.name, checks: [
          CheckResult(name: "costs", status: .skipped, message: "skipped: \(error.description)", edition: edition.id)
        ])
      case .success(let data):
        return check(model, log: log, data: data, runs: runs, study: studies[model.runKey], progress: progress)
      }
    }
  }

  func check(
    _ model: ModelRecipe, log: PublishedTraining, data: CatDataset, runs trained: TrainingRuns, study: DeepStudy? = nil,
    progress: (String) -> Void
  ) -> FunctionResult {
    // Each published number's stability, for the checks that compare it.
    let verdicts = study.map { log.verdicts($0) } ?? []
    func judged(_ check: CheckResult, _ numbers: (PrintedNumber) -> Bool) -> CheckResult {
      var judged = check
      judged.stability = verdicts.compactMap { entry in numbers(entry.number) ? entry.verdict.map { (entry.number.key, $0) } : nil }
      return judged
    }
    var checks: [CheckResult] = []
    var runs: [(TrainingArithmetic, TrainingResult, Double, Double)] = []
    for arithmetic in arithmetics {
      progress("\(model.name) (\(arithmetic.rawValue))")
      do {
        let run = try trained.result(of: model, arithmetic: arithmetic) {
          try FastTrainer(options: model.trainingOptions(arithmetic))
            .train(x: data.trainX, y: data.trainY, initial: model.initialParameters())
        }
        let result = run.result
        let train = try predict(x: data.trainX, y: data.trainY, parameters: result.parameters, formula: model.accuracy)
        let test = try predict(x: data.testX, y: data.testY, parameters: result.parameters, formula: model.accuracy)
        checks.append(judged(costCheck(result, log: log, run: run)) { if case .cost = $0 { true } else { false } })
        checks.append(judged(accuracyCheck("train_accuracy (\(arithmetic.rawValue))", train.accuracy, log.trainAccuracy)) {
          $0 == .trainAccuracy
        })
        checks.append(judged(accuracyCheck("test_accuracy (\(arithmetic.rawValue))", test.accuracy, log.testAccuracy)) {
          $0 == .testAccuracy
        })
        runs.append((arithmetic, result, train.accuracy, test.accuracy))
      } catch {
        checks.append(CheckResult(
          name: "costs (\(arithmetic.rawValue))", status: .failed, message: "training failed: \(error)", edition: edition.id))
      }
    }
    if runs.count == 2 { checks.append(agreement(runs[0], runs[1])) }
    return FunctionResult(name: model.name, checks: checks)
  }

  func costCheck(_ result: TrainingResult, log: PublishedTraining, run: TrainingRuns.Run) -> CheckResult {
    let name = "costs (\(result.arithmetic.rawValue))"
    let actual: [Double?] = log.costs.map { entry in result.costs.first { $0.iteration == entry.iteration }?.cost }
    let expectedJSON = JSON.array(log.costs.map { [.integer(Int64($0.iteration)), .string($0.printed)] })
    let actualJSON = JSON.array(result.costs.map { [.integer(Int64($0.iteration)), .number($0.cost)] })
    var maxError = 0.0
    var firstBad: String?
    for (entry, value) in zip(log.costs, actual) {
      let printed = Double(entry.printed) ?? .nan
      guard let value else {
        firstBad = firstBad ?? "no cost logged at iteration \(entry.iteration)"
        continue
      }
      let error = abs(value - printed)
      maxError = max(maxError, error)
      if !(error <= log.precision.tolerance(for: printed)) && firstBad == nil {
        firstBad = "cost at iteration \(entry.iteration) is \(value) but \(entry.printed) was printed"
      }
    }
    let together = run.companions == 0 ? "" : " (together with \(run.companions) other model\(run.companions == 1 ? "" : "s"))"
    let timing = "\(log.costs.count) logged costs; \(result.costs.last.map { $0.iteration + 1 } ?? 0) iterations in \(rounded(run.seconds)) s\(together)"
    return CheckResult(
      name: name, status: firstBad == nil ? .passed : .failed, expected: expectedJSON, actual: actualJSON,
      maxAbsError: maxError, tolerance: log.precision.label, message: firstBad ?? timing, edition: edition.id)
  }

  func accuracyCheck(_ name: String, _ value: Double, _ printed: String?) -> CheckResult {
    guard let printed, let expected = Double(printed) else {
      return CheckResult(name: name, status: .skipped, actual: .number(value), message: "not printed in this edition", edition: edition.id)
    }
    return CheckResult(
      name: name, status: value == expected ? .passed : .failed, expected: .string(printed), actual: .number(value),
      maxAbsError: abs(value - expected), tolerance: "exact",
      message: value == expected ? "" : "accuracy is \(value) but \(printed) was printed", edition: edition.id)
  }

  func agreement(
    _ a: (TrainingArithmetic, TrainingResult, Double, Double), _ b: (TrainingArithmetic, TrainingResult, Double, Double)
  ) -> CheckResult {
    var worst = 0.0
    for (x, y) in zip(a.1.costs, b.1.costs) where x.iteration == y.iteration {
      worst = max(worst, abs(x.cost - y.cost) / abs(y.cost))
    }
    let sameCount = a.1.costs.count == b.1.costs.count
    let sameAccuracy = a.2 == b.2 && a.3 == b.3
    let ok = sameCount && worst <= 1e-10 && sameAccuracy
    let message = ok ? "max relative difference \(worst)"
      : !sameAccuracy ? "accuracies differ: \(a.0.rawValue) \(a.2)/\(a.3), \(b.0.rawValue) \(b.2)/\(b.3)"
      : "costs differ by \(worst) relative (more than 1e-10)"
    return CheckResult(
      name: "\(a.0.rawValue) vs \(b.0.rawValue)", status: ok ? .passed : .failed, maxAbsError: nil,
      tolerance: "rtol 1e-10", message: message, edition: edition.id)
  }


  private func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}

/// Training runs already done in this conformance run, so an edition that prints the same run
/// (coursera's 2-layer log is the blog's) checks it without training again; `trainTogether`
/// trains the literal runs of several models in one go beforehand.
public final class TrainingRuns: @unchecked Sendable {
  /// A finished run: its result, the seconds it took, and how many other models trained with it.
  struct Run {
    let result: TrainingResult
    let seconds: Double
    let companions: Int
  }

  private var done: [String: Run] = [:]

  /// An empty cache.
  public init() {}

  /// The run of `model` on `arithmetic`, trained by `train` unless it is done already.
  func result(
    of model: ModelRecipe, arithmetic: TrainingArithmetic, train: () throws -> TrainingResult
  ) throws -> Run {
    if let found = done[Self.key(model, arithmetic)] { return found }
    var result: TrainingResult?
    let seconds = try Self.seconds(of: { result = try train() })
    guard let result else { throw TrainingError.badOptions("no result") }
    let run = Run(result: result, seconds: seconds, companions: 0)
    done[Self.key(model, arithmetic)] = run
    return run
  }

  /// Trains the literal runs of `models` not done yet all at once (`FastTrainer.trainTogether`:
  /// one pass over X per iteration serves them all; each result is its own run's, bit for bit),
  /// one group per learning rate and iteration count. A group that fails is left undone, so that
  /// its models train alone and report the failure in their checks.
  func trainTogether(_ models: [ModelRecipe], data: CatDataset, progress: (String) -> Void) {
    var seen: Set<String> = []
    let pending = models.filter { done[Self.key($0, .literal)] == nil && seen.insert(Self.key($0, .literal)).inserted }
    let groups = Dictionary(grouping: pending) { "\($0.learningRate) \($0.iterations)" }
    for group in groups.keys.sorted() {
      guard let members = groups[group], members.count > 1 else { continue }
      let title = "literal runs, trained together: " + members.map { "\($0.name) (seed \($0.seed))" }.joined(separator: ", ")
      progress(title)
      let options = members[0].trainingOptions(.literal)
      var results: [TrainingResult] = []
      guard let initials = try? members.map({ try $0.initialParameters() }),
        let seconds = try? Self.seconds(of: {
          results = try FastTrainer(options: options).trainTogether(x: data.trainX, y: data.trainY, initials: initials) {
            if $0 == 0 { progress("\(title) — iteration \($1.iteration + 1)/\(options.iterations)") }
          }
        })
      else { continue }
      for (model, result) in zip(members, results) {
        done[Self.key(model, .literal)] = Run(result: result, seconds: seconds, companions: members.count - 1)
      }
    }
  }

  private static func key(_ model: ModelRecipe, _ arithmetic: TrainingArithmetic) -> String {
    "\(model.dims) \(model.seed) \(model.scaling) \(model.learningRate) \(model.iterations) \(arithmetic)"
  }

  private static func seconds(of body: () throws -> Void) throws -> Double {
    let elapsed = try ContinuousClock().measure(body)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  }
}

extension ModelRecipe {
  /// The notebook's options for this run (costs logged every 100 iterations) on `arithmetic`.
  func trainingOptions(_ arithmetic: TrainingArithmetic) -> TrainingOptions {
    TrainingOptions(learningRate: learningRate, iterations: iterations, printEvery: 100, arithmetic: arithmetic)
  }

  /// `np.random.seed(seed)` then the edition's initialiser.
  func initialParameters() throws -> Parameters {
    var rng = RandomState(seed: seed)
    return try initializeParameters(layerDims: dims, scaling: scaling, rng: &rng)
  }
}
