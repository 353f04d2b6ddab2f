import DeepNet

/// What a learner's function did on its test case: the material a diagnosis works from.
public enum FunctionEvidence: Sendable {
  /// It returned these named outputs (the names of `GradedFunction`).
  case outputs([(String, NumericArray)])
  /// It stopped with this error (a Python exception, crash or time-out; a Swift error).
  case error(String)
  /// It is not written yet (a `NotImplemented` stub, or absent from a Python file).
  case notImplemented
}

/// A catalogued mistake recognised in one graded function.
public struct MistakeFinding: Sendable, Equatable {
  /// How the mistake was recognised.
  public enum Evidence: Sendable, Equatable {
    /// A Swift variant with the mistake gives the learner's outputs (all of them, rtol 1e-9).
    case sameOutputs
    /// The learner's error is the one the mistake produces (e.g. the notebook's shape assert).
    case errorMessage
    /// Some outputs are the variant's and the rest the notebook's (a mistake made on `W` but not
    /// on `b`): the outputs that show it.
    case someOutputs([String])
    /// The mistake's own probe (`Fixtures/mistakes.json`) gave the mistake's output.
    case probe
  }

  /// The catalogue id.
  public let mistake: String
  /// The graded function where it shows.
  public let function: String
  /// The notebook function where the mistake is written (may differ from `function` when a
  /// composite inherits it).
  public let writtenIn: String
  /// How it was recognised.
  public let evidence: Evidence
}

/// Names catalogued mistakes (`Fixtures/mistakes.json`) in a learner's failed functions, for
/// Swift conformers and Python solutions alike.
///
/// For a failed function, every catalogued mistake is made on purpose in Swift (a variant of the
/// course's functions with one primitive changed) and run through the same `GradedFunction` on
/// the same fixtures; when the variant's outputs equal the learner's (relative 1e-9, every output),
/// that mistake is named. A variant whose outputs equal the correct ones on this test case proves
/// nothing and is never named. A function that failed by stopping is named after the mistake whose
/// error it shows, else after the function it calls that failed (fix that one first).
public struct Diagnosis: Sendable {
  /// The catalogue: explanations and formulas.
  public let catalogue: MistakeCatalogue
  /// The test cases the learner's functions ran on.
  public let fixtures: FixtureSet
  /// The edition's graded exercises.
  public let functions: [GradedFunction]
  /// How the edition names grads' `dA` entries.
  public let convention: GradientKeyConvention
  /// Two doubles agree when |a − b| <= rtol · max(|a|, |b|).
  public let rtol: Double
  /// The assignments of the edition: only their mistakes are tried.
  public let assignments: Set<String>
  /// Where the learner's source is known (Python): the names each of the learner's functions
  /// calls, by notebook name. A failed function is then said to fail because of a callee only
  /// when it calls it; without it (Swift), the notebook's structure (`callees`) is assumed.
  public var writtenCalls: [String: Set<String>]?

  /// A diagnosis on `grader`'s fixtures and exercises.
  public init(grader: Grader, catalogue: MistakeCatalogue, rtol: Double = 1e-9) {
    self.catalogue = catalogue
    fixtures = grader.fixtures
    functions = grader.edition.functions
    convention = grader.edition.reference.gradientKeyConvention
    assignments = Set(grader.edition.assignments.isEmpty ? ["step_by_step"] : grader.edition.assignments)
    self.rtol = rtol
  }

  /// The catalogued mistakes that explain `evidence` of `function` directly.
  public func findings(for function: GradedFunction, evidence: FunctionEvidence) -> [MistakeFinding] {
    let variants = MistakeVariant.all.filter { variant in
      guard let entry = catalogue[variant.id] else { return false }
      return entry.detectableWithFixtures && assignments.contains(entry.assignment)
    }
    switch evidence {
    case .notImplemented:
      return []
    case .error(let message):
      return variants.filter { variant in
        variant.errorMarkers.contains { message.contains($0) } && affects(variant.id, function.name)
      }.map { finding($0, function, .errorMessage) }
    case .outputs(let outputs):
      guard let correct = try? function.run(NotebookFunctions(gradientKeyConvention: convention), fixtures) else {
        return []
      }
      return variants.compactMap { variant in
        guard var mistaken = try? function.run(variant.implementation(convention), fixtures) else { return nil }
        if let reshape = variant.reshape { mistaken = reshape(mistaken) }
        guard !agree(mistaken, correct) else { return nil }
        if agree(mistaken, outputs) { return finding(variant, function, .sameOutputs) }
        guard variant.partial, let shown = partlyShown(mistaken, correct: correct, outputs) else { return nil }
        return finding(variant, function, .someOutputs(shown))
      }
    }
  }

  /// `results` with notes under every failed function: the mistakes recognised in it, or the
  /// failed function it calls. `evidence` is keyed by the graded function's name.
  public func annotate(_ results: [FunctionResult], evidence: [String: FunctionEvidence]) -> [FunctionResult] {
    let failed = Set(results.filter { $0.status == .failed }.map(\.name))
    var found: [String: [MistakeFinding]] = [:]
    var notImplemented: Set<String> = []
    for result in results where failed.contains(result.name) {
      guard let function = functions.first(where: { $0.name == result.name }), let seen = evidence[result.name] else {
        continue
      }
      if case .notImplemented = seen { notImplemented.insert(result.name) }
      found[result.name] = findings(for: function, evidence: seen)
    }
    return annotate(results, found: found, notImplemented: notImplemented)
  }

  /// `results` with notes under every failed function that has an entry in `found` (the
  /// mistakes already recognised in it, keyed by the graded function's name), except those in
  /// `notImplemented`.
  public func annotate(
    _ results: [FunctionResult], found: [String: [MistakeFinding]], notImplemented: Set<String>
  ) -> [FunctionResult] {
    let failed = Set(results.filter { $0.status == .failed }.map(\.name))
    return results.map { result in
      guard failed.contains(result.name), found[result.name] != nil, !notImplemented.contains(result.name) else {
        return result
      }
      var annotated = result
      let own = found[result.name] ?? []
      if own.isEmpty {
        annotated.notes += cascadeNotes(result, failed: failed, found: found)
      } else {
        for finding in own {
          let elsewhere = found[finding.writtenIn]?.contains { $0.mistake == finding.mistake } == true
            && finding.writtenIn != result.name
          let lines = notes(for: finding, explained: elsewhere)
          annotated.notes += lines
          if let named = named(finding, explainedElsewhere: elsewhere, noteLines: lines) { annotated.mistakes.append(named) }
        }
      }
      return annotated
    }
  }

  /// "Looks like …: expected …", then the catalogue's explanation (unless another row has it).
  func notes(for finding: MistakeFinding, explained elsewhere: Bool) -> [String] {
    guard let entry = catalogue[finding.mistake],
      let variant = MistakeVariant.all.first(where: { $0.id == finding.mistake })
    else { return [] }
    var place = finding.writtenIn == finding.function ? "" : " in \(finding.writtenIn), which \(finding.function) calls"
    if case .someOutputs(let shown) = finding.evidence {
      place += " (in \(shown.joined(separator: ", ")) only)"
    }
    var notes = ["Looks like \(variant.headline)\(place) [\(entry.id)]: expected \(entry.expectedCode)"]
    notes.append(elsewhere ? "(explained under \(finding.writtenIn))" : entry.explanation)
    return notes
  }

  /// The typed form of `notes(for:explained:)`, for pages that lay the mistake out.
  func named(_ finding: MistakeFinding, explainedElsewhere: Bool, noteLines: [String]) -> NamedMistake? {
    guard let entry = catalogue[finding.mistake],
      let variant = MistakeVariant.all.first(where: { $0.id == finding.mistake })
    else { return nil }
    return NamedMistake(
      id: entry.id, headline: variant.headline, writtenIn: finding.writtenIn, expectedCode: entry.expectedCode,
      mistakenCode: entry.mistakenCode, explanation: explainedElsewhere ? nil : entry.explanation,
      explainedUnder: explainedElsewhere ? finding.writtenIn : nil, noteLines: noteLines)
  }

  /// For a function with no mistake of its own: the failed function it calls, preferring one
  /// whose mistake is known. Not a callee the learner's function does not call (where the source
  /// is known), nor one it calls with arguments its definition does not take (the TypeError says
  /// so, and fixing the callee's body would not help).
  func cascadeNotes(_ result: FunctionResult, failed: Set<String>, found: [String: [MistakeFinding]]) -> [String] {
    let name = result.name
    let notebookName = functions.first { $0.name == name }?.notebookFunction ?? name
    let called = reachable(from: notebookName)
    let messages = result.checks.filter { $0.status == .failed }.map(\.message)
    let callees = (Self.callees[notebookName] ?? []).filter { callee in
      (called?.contains(callee) ?? true)
        && !messages.contains { message in
          ["() takes ", "() missing ", "() got "].contains { message.contains("TypeError: \(callee)\($0)") }
        }
    }
    let failedCallees = callees.compactMap { callee in
      functions.first { $0.notebookFunction == callee && failed.contains($0.name) }?.name
    }
    if let known = failedCallees.first(where: { !(found[$0] ?? []).isEmpty }), let finding = found[known]?.first,
      let variant = MistakeVariant.all.first(where: { $0.id == finding.mistake })
    {
      return ["\(name) calls \(known), which looks wrong (\(variant.headline) [\(finding.mistake)]): fix \(known) first"]
    }
    if let callee = failedCallees.first {
      return ["\(name) calls \(callee), which failed too: fix \(callee) first"]
    }
    return []
  }

  /// Every name the learner's `name` calls, directly or through the learner's other functions;
  /// nil where the source is not known.
  func reachable(from name: String) -> Set<String>? {
    guard let writtenCalls else { return nil }
    var seen: Set<String> = []
    var pending = Array(writtenCalls[name] ?? [])
    while let next = pending.popLast() {
      if seen.insert(next).inserted { pending += writtenCalls[next] ?? [] }
    }
    return seen
  }

  /// Which notebook functions each composite calls, nearest first (the notebook's structure).
  static let callees: [String: [String]] = [
    "linear_activation_forward": ["linear_forward", "sigmoid", "relu"],
    "L_model_forward": ["linear_activation_forward", "linear_forward", "sigmoid", "relu"],
    "linear_activation_backward": ["linear_backward", "sigmoid_backward", "relu_backward"],
    "L_model_backward": ["linear_activation_backward", "linear_backward", "sigmoid_backward", "relu_backward"],
    // Weeks 2 and 3.
    "optimize": ["propagate"],
    "model": ["optimize", "propagate", "predict", "initialize_with_zeros", "sigmoid"],
    "nn_model": [
      "backward_propagation", "forward_propagation", "compute_cost", "update_parameters", "initialize_parameters",
      "layer_sizes",
    ],
    "predict": ["forward_propagation"],
  ]

  func finding(_ variant: MistakeVariant, _ function: GradedFunction, _ evidence: MistakeFinding.Evidence)
    -> MistakeFinding
  {
    MistakeFinding(
      mistake: variant.id, function: function.name, writtenIn: catalogue[variant.id]?.function ?? function.name,
      evidence: evidence)
  }

  /// Whether the mistake can show in `function` (its own function, or one that calls it).
  private func affects(_ id: String, _ function: String) -> Bool {
    guard let entry = catalogue[id] else { return false }
    let notebookName = functions.first { $0.name == function }?.notebookFunction ?? function
    return entry.function == notebookName || (Self.callees[notebookName] ?? []).contains(entry.function)
  }

  /// The outputs where `outputs` shows the mistake, when every output is either the mistaken or
  /// the correct one and at least one shows the mistake; nil otherwise.
  func partlyShown(
    _ mistaken: [(String, NumericArray)], correct: [(String, NumericArray)], _ outputs: [(String, NumericArray)]
  ) -> [String]? {
    let given = Dictionary(outputs, uniquingKeysWith: { first, _ in first })
    let right = Dictionary(correct, uniquingKeysWith: { first, _ in first })
    var shown: [String] = []
    for (name, wrong) in mistaken {
      guard let actual = given[name] else { return nil }
      let one = [(name, actual)]
      if agree([(name, wrong)], one), let good = right[name], !agree([(name, good)], [(name, wrong)]) {
        shown.append(name)
      } else if let good = right[name], agree([(name, good)], one) {
        continue
      } else {
        return nil
      }
    }
    return shown.isEmpty ? nil : shown.sorted()
  }

  /// Every output of `reference` is in `outputs` with its shape and values (rtol).
  func agree(_ reference: [(String, NumericArray)], _ outputs: [(String, NumericArray)]) -> Bool {
    let given = Dictionary(outputs, uniquingKeysWith: { first, _ in first })
    return reference.allSatisfy { name, expected in
      guard let actual = given[name], actual.shape == expected.shape else { return false }
      return zip(actual.data, expected.data).allSatisfy { a, b in
        a == b || abs(a - b) <= rtol * max(abs(a), abs(b))
      }
    }
  }
}
