import DNNJSON
import Training

/// Week 2's and week 3's training checks: every published number of an edition's runs (logged
/// costs, accuracies) against our run, judged with its stability (`NumberStability`), and our run
/// against NumPy's own at the digits that are stable.
public struct ShallowTrainingConformance: Sendable {
  /// The edition whose runs are checked.
  public let edition: Edition
  /// Its published logs.
  public let published: PublishedValues
  /// NumPy's runs.
  public let numpy: ShallowReference

  /// Checks for `edition`.
  public init(edition: Edition, published: PublishedValues, numpy: ShallowReference) {
    self.edition = edition
    self.published = published
    self.numpy = numpy
  }

  /// One function result per training run of the edition, from the studies of its runs.
  public func results(_ studies: [String: ShallowStudy]) -> [FunctionResult] {
    edition.trainings.map { training in
      guard let study = studies[training.runKey] else {
        return FunctionResult(name: Self.name(of: training), checks: [
          CheckResult(name: "run", status: .failed, message: "the run was not made", edition: edition.id)
        ])
      }
      if case .failure(let error) = study.reference {
        let skipped = error.noData
        return FunctionResult(name: Self.name(of: training), checks: [
          CheckResult(
            name: "costs", status: skipped ? .skipped : .failed,
            message: skipped ? "skipped: \(error.description)" : "training failed: \(error.description)", edition: edition.id)
        ])
      }
      var checks: [CheckResult] = []
      if let log = published.training.first(where: { $0.name == training.name })?.log {
        checks += publishedChecks(log, study: study)
      }
      if let run = numpy.run(of: training) { checks += numpyChecks(run, study: study) }
      if checks.isEmpty {
        checks.append(CheckResult(
          name: "expectations", status: .failed, message: "no published or NumPy values for \(training.name)", edition: edition.id))
      }
      return FunctionResult(name: Self.name(of: training), checks: checks)
    }
  }

  /// The run's row in reports: `training: nn_model`, `training: hidden_20` (the catalogue's names).
  public static func name(of training: ShallowTraining) -> String { "training: \(training.name)" }

  /// The printed log and accuracies, each judged with its stability.
  func publishedChecks(_ log: PublishedTraining, study: ShallowStudy) -> [CheckResult] {
    let verdicts = log.verdicts(study)
    var checks: [CheckResult] = []
    let costs = verdicts.compactMap { entry -> (Int, String, PublishedNumberVerdict?)? in
      guard case .cost(let i) = entry.number else { return nil }
      return (i, entry.printed, entry.verdict)
    }
    if !costs.isEmpty { checks.append(logCheck(costs, precision: log.precision)) }
    for entry in verdicts where entry.number == .trainAccuracy || entry.number == .testAccuracy {
      checks.append(numberCheck(entry.number.key, printed: entry.printed, verdict: entry.verdict, truncated: log.accuracyTruncated))
    }
    return checks
  }

  /// One check for a whole printed log: it passes when no logged cost is a mismatch.
  func logCheck(_ verdicts: [(Int, String, PublishedNumberVerdict?)], precision: PrintedPrecision) -> CheckResult {
    let expected = JSON.array(verdicts.map { [.integer(Int64($0.0)), .string($0.1)] })
    let actual = JSON.array(verdicts.map { [.integer(Int64($0.0)), $0.2.map { .number($0.reproduced) } ?? .null] })
    var worst = 0.0
    var problem: String?
    for (iteration, printed, verdict) in verdicts {
      guard let verdict else {
        problem = problem ?? "no cost logged at iteration \(iteration)"
        continue
      }
      worst = max(worst, abs(verdict.reproduced - (Double(printed) ?? .nan)))
      if verdict.verdict == .mismatch, problem == nil {
        problem = "cost after iteration \(iteration) is \(verdict.reproduced) but \(printed) was printed, and its first \(verdict.stableDigits) digits are stable"
      }
    }
    let fragile = verdicts.filter { $0.2?.verdict == .fragile }
    var message = problem ?? ""
    if problem == nil, let first = fragile.first, let verdict = first.2 {
      let detail = verdict.explanation.hasPrefix("fragile: ") ? String(verdict.explanation.dropFirst(9)) : verdict.explanation
      message = "fragile from iteration \(first.0): \(detail)"
    }
    var check = CheckResult(
      name: "costs", status: problem == nil ? .passed : .failed, expected: expected, actual: actual, maxAbsError: worst,
      tolerance: precision.label + (fragile.isEmpty ? "" : ", fragile digits at their stable digits"), message: message,
      edition: edition.id, output: "costs", source: .published)
    check.stability = verdicts.compactMap { entry in entry.2.map { (PrintedNumber.cost(entry.0).key, $0) } }
    return check
  }

  /// An accuracy: printed in full ("99.04306220095694") or with %d ("90").
  func numberCheck(_ name: String, printed: String, verdict: PublishedNumberVerdict?, truncated: Bool) -> CheckResult {
    guard let verdict else {
      return CheckResult(name: name, status: .failed, expected: .string(printed), message: "the run printed no \(name)", edition: edition.id)
    }
    let value = Double(printed) ?? .nan
    let message: String
    switch verdict.verdict {
    case .reproducible: message = ""
    case .fragile: message = verdict.explanation
    case .mismatch: message = "\(name) is \(verdict.reproduced) but \(printed) was printed\(truncated ? " (with %d)" : ""): \(verdict.explanation)"
    }
    var check = CheckResult(
      name: name, status: verdict.verdict == .mismatch ? .failed : .passed, expected: .string(printed),
      actual: .number(verdict.reproduced), maxAbsError: abs(verdict.reproduced - value),
      tolerance: truncated ? "%d (truncated)" : "exact", message: message, edition: edition.id, output: name, source: .published)
    check.stability = [(name, verdict)]
    return check
  }

  /// Our run against NumPy's, number by number: equal within rtol 1e-12, or within the digits
  /// the perturbations leave stable.
  func numpyChecks(_ run: PrintedNumbers, study: ShallowStudy) -> [CheckResult] {
    var numbers = run.costs.map { PrintedNumber.cost($0.iteration) }
    if run.trainAccuracy != nil { numbers.append(.trainAccuracy) }
    if run.testAccuracy != nil { numbers.append(.testAccuracy) }
    var worst = 0.0
    var problem: String?
    var loosest = 17
    for number in numbers {
      guard let theirs = run[number], let stability = study.stability(of: number) else {
        problem = problem ?? "our run printed no \(number)"
        continue
      }
      let ours = stability.reference
      let error = abs(ours - theirs)
      worst = max(worst, error)
      let stable = NumberStability.digits(within: stability.spread, of: ours)
      let allowed = max(1e-12 * abs(theirs), stable >= 17 ? 0 : NumberStability.halfUnit(stable, of: ours))
      loosest = min(loosest, stable)
      if error > allowed, problem == nil {
        problem = "\(number): ours \(ours), NumPy's \(theirs), beyond its \(stable) stable digits"
      }
    }
    return [CheckResult(
      name: "NumPy's run", status: problem == nil ? .passed : .failed, maxAbsError: worst,
      tolerance: loosest >= 12 ? "rtol 1e-12" : "rtol 1e-12 or the stable digits (\(loosest) at the least)",
      message: problem ?? "", edition: edition.id, source: .numpyReference)]
  }
}
