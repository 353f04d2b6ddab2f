import CatData
import DNNJSON

/// `dnn-conformance stability`: every published training number of every assignment and edition
/// (logged costs, accuracies) judged against our run and its perturbed re-runs.
public struct StabilityReport: Sendable {
  /// One published number.
  public struct Value: Sendable {
    /// The edition that publishes it.
    public let edition: String
    /// Its run (`two_layer_model`, `model`, `nn_model`, `hidden_20`).
    public let run: String
    /// Which number of the run.
    public let number: PrintedNumber
    /// As printed, with its verdict; nil when our run could not be made (no cat data).
    public let verdict: PublishedNumberVerdict?
    /// `w3-v5/nn_model/costs[8000]`.
    public var check: String { "\(edition)/\(run)/\(number.key)" }
  }

  /// Every published number, edition by edition, run by run.
  public let values: [Value]
  /// Runs that could not be made, and why.
  public let skipped: [String]

  /// Runs every published training of `editions` with its perturbations (`ShallowStudy`,
  /// `DeepStudy`) and judges each published number.
  public static func make(
    editions: [Edition], fixturesDirectory: String, datasets: String?, progress: (String) -> Void = { _ in }
  ) throws(FixtureError) -> StabilityReport {
    let needsCat = editions.contains { !$0.models.isEmpty || $0.trainings.contains { $0.model == .logreg } }
    let cat: Result<CatDataset, CatDataError> = needsCat
      ? Result { () throws(CatDataError) -> CatDataset in try CatDataset.locateAndLoad(datasets: datasets) }
      : .failure(CatDataError(.notFound, "the cat data was not looked for"))
    let numpy = try ShallowReference(fixturesDirectory: fixturesDirectory)
    let shallow = ShallowStudy.run(
      editions.flatMap(\.trainings), data: ShallowData(cat: cat), numpy: numpy.run(of:), progress: progress)
    var deep: [String: DeepStudy] = [:]
    var skipped: [String] = []
    let models = editions.flatMap(\.models)
    switch cat {
    case .success(let data): if !models.isEmpty { deep = DeepStudy.run(models, data: data, progress: progress) }
    case .failure(let error):
      if !models.isEmpty { skipped.append("week 4's models: \(error.description)") }
    }
    var values: [Value] = []
    for edition in editions {
      let published = try PublishedValues(contentsOfFile: "\(fixturesDirectory)/published/\(edition.id).json")
      func add(_ run: String, _ study: (some StudiedRun)?) {
        guard let log = published.training.first(where: { $0.name == run })?.log else { return }
        guard let study else { return }
        if case .failure(let error) = study.reference {
          skipped.append("\(edition.id)/\(run): \(error.description)")
          return
        }
        for entry in log.verdicts(study) {
          values.append(Value(edition: edition.id, run: run, number: entry.number, verdict: entry.verdict))
        }
      }
      for model in edition.models { add(model.name, deep[model.runKey]) }
      for training in edition.trainings { add(training.name, shallow[training.runKey]) }
    }
    return StabilityReport(values: values, skipped: skipped)
  }

  /// SPEC §6: {"values": [{"check", "published", "reproduced", "stable_digits", "verdict", …}],
  /// "skipped": [...]}.
  public var json: JSON {
    [
      "values": .array(values.map { value in
        value.verdict?.json(check: value.check)
          ?? ["check": .string(value.check), "verdict": .null, "message": "our run printed no such number"]
      }),
      "skipped": .array(skipped.map(JSON.string)),
    ]
  }

  /// Whether any published number is a mismatch (or could not be judged).
  public var hasMismatch: Bool { values.contains { $0.verdict?.verdict != .reproducible && $0.verdict?.verdict != .fragile } }

  /// A short table per log: how many numbers of each verdict, and from which iteration the
  /// stable digits fall below the printed ones; then the fragile and mismatched numbers with
  /// their evidence.
  public var text: String {
    var lines = ["edition    run                 numbers  verdicts                               stable digits fall below the print"]
    var runs: [(String, String)] = []
    for value in values where !runs.contains(where: { $0 == (value.edition, value.run) }) { runs.append((value.edition, value.run)) }
    for (edition, run) in runs {
      let group = values.filter { $0.edition == edition && $0.run == run }
      let counts = [StabilityVerdict.Kind.reproducible, .fragile, .mismatch].compactMap { kind -> String? in
        let n = group.filter { $0.verdict?.verdict == kind }.count
        return n == 0 ? nil : "\(n) \(kind.rawValue)"
      }
      let first = group.first { ($0.verdict?.stableDigits ?? 0) < ($0.verdict?.printedDigits ?? 0) }
      let below = first.map { value -> String in
        let where_ = if case .cost(let i) = value.number { "iteration \(i)" } else { value.number.description }
        return "at \(where_) (\(value.verdict?.stableDigits ?? 0) of \(value.verdict?.printedDigits ?? 0) digits)"
      } ?? "never"
      lines.append(
        pad(edition, 10) + " " + pad(run, 19) + " " + pad("\(group.count)", 8) + " " + pad(counts.joined(separator: ", "), 38) + " " + below)
    }
    let notable = values.filter { $0.verdict?.verdict != .reproducible }
    if !notable.isEmpty { lines.append("") }
    for value in notable {
      guard let verdict = value.verdict else {
        lines.append("\(value.check): our run printed no such number")
        continue
      }
      lines.append("\(value.check): \(verdict.verdict.rawValue) — printed \(verdict.published), ours \(verdict.reproduced), \(verdict.stableDigits) of \(verdict.printedDigits) digits stable")
      for evidence in verdict.evidence.prefix(3) {
        lines.append("    \(evidence.perturbation): \(evidence.value)")
      }
    }
    for reason in skipped { lines.append("skipped \(reason)") }
    return lines.joined(separator: "\n")
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }
}
