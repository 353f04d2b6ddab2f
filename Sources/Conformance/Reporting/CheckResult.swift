import DNNJSON

/// The outcome of one check, one function, or a whole run.
public enum CheckStatus: String, Sendable, Equatable {
  case passed, failed, skipped
}

/// One comparison: an output against a published print, a NumPy reference, or a fixture.
public struct CheckResult: Sendable {
  /// What is checked, e.g. `Z`, `dW (NumPy reference)`, `costs (gram)`.
  public let name: String
  /// The verdict.
  public let status: CheckStatus
  /// The expected value as the report shows it.
  public let expected: JSON
  /// The value the implementation produced (`null` when it produced none).
  public let actual: JSON
  /// The largest |actual − expected| over the elements compared, if any were.
  public let maxAbsError: Double?
  /// The tolerance in words: `8 decimals (±5e-09)`, `rtol 1e-12`, `exact`.
  public let tolerance: String
  /// One line a learner can act on: empty when passed, the first difference or the reason otherwise.
  public let message: String
  /// The edition whose expectation this is.
  public let edition: String
  /// The output compared (`dW`, `sigmoid.cache.Z`), when the check compares one; its name may
  /// say more (`dW (NumPy reference)`, `equation_output_check: dW (fresh inputs)`).
  public let output: String?
  /// What the output is compared with, when it is compared with something.
  public let source: CheckSource?
  /// The flat (row-major) index of the first element out of tolerance, when values were compared.
  public var firstDifference: Int?
  /// The cost logs to plot, when the check carries more than its expected/actual (a learner's
  /// log with our reproduction and the published points); see `costCurve`.
  public var curve: CostCurve?
  /// For published training numbers: each one's verdict with the evidence, by number
  /// (`costs[8000]`, `train_accuracy`).
  public var stability: [(number: String, verdict: PublishedNumberVerdict)] = []

  /// The check's stability in one word: its least stable number's verdict (a mismatch before a
  /// fragile digit before a reproducible one) and the fewest stable digits; nil when unjudged.
  public var verdict: StabilityVerdict? {
    guard !stability.isEmpty else { return nil }
    let order: [StabilityVerdict.Kind] = [.mismatch, .fragile, .reproducible]
    let kind = order.first { kind in stability.contains { $0.verdict.verdict == kind } } ?? .reproducible
    let digits = stability.filter { $0.verdict.verdict == kind }.map(\.verdict.stableDigits).min()
    return StabilityVerdict(kind, stableDigits: digits)
  }

  /// A check result.
  public init(
    name: String, status: CheckStatus, expected: JSON = .null, actual: JSON = .null, maxAbsError: Double? = nil,
    tolerance: String = "", message: String = "", edition: String, output: String? = nil, source: CheckSource? = nil
  ) {
    self.name = name
    self.status = status
    self.expected = expected
    self.actual = actual
    self.maxAbsError = maxAbsError
    self.tolerance = tolerance
    self.message = message
    self.edition = edition
    self.output = output
    self.source = source
  }

  /// This check under another name (the public tests' words, a run's label), all else kept.
  public func renamed(_ name: String, message: String? = nil) -> CheckResult {
    var renamed = CheckResult(
      name: name, status: status, expected: expected, actual: actual, maxAbsError: maxAbsError, tolerance: tolerance,
      message: message ?? self.message, edition: edition, output: output, source: source)
    renamed.firstDifference = firstDifference
    renamed.curve = curve
    renamed.stability = stability
    return renamed
  }

  /// SPEC §7's check object (with `verdict` and `stability` only when the check carries them).
  public var json: JSON {
    var object: JSON.Object = [
      "name": .string(name), "status": .string(status.rawValue), "edition": .string(edition),
      "expected": expected, "actual": actual,
      "max_abs_error": maxAbsError.map(JSON.number) ?? .null,
      "tolerance": .string(tolerance), "message": .string(message),
      "output": output.map(JSON.string) ?? .null, "source": source.map { .string($0.rawValue) } ?? .null,
    ]
    if let verdict {
      object["verdict"] = verdict.json
      object["stability"] = .array(stability.map { $0.verdict.json(check: $0.number) })
    }
    return .object(object)
  }
}

/// What an output is compared with.
public enum CheckSource: String, Sendable {
  /// The notebook's printed "Expected output", to its printed digits.
  case published
  /// NumPy's full-precision run of the course's solution (Fixtures/reference).
  case numpyReference = "numpy_reference"
  /// The course's solution run by us on the same inputs (caches, fresh inputs, the models).
  case courseSolution = "course_solution"
  /// Regenerated bit for bit (fixtures, RNG streams).
  case identical
}

/// Every check of one graded function (or suite, such as the fixtures or the RNG).
public struct FunctionResult: Sendable {
  /// The notebook name, e.g. `linear_backward`.
  public let name: String
  /// The checks, in order.
  public let checks: [CheckResult]
  /// Extra explanation shown under a failed function (a diagnosed mistake, for instance).
  public var notes: [String]
  /// The catalogued mistakes named in this function (their words are in `notes` too).
  public var mistakes: [NamedMistake] = []

  /// A function's result.
  public init(name: String, checks: [CheckResult], notes: [String] = []) {
    self.name = name
    self.checks = checks
    self.notes = notes
  }

  /// Failed if any check failed; skipped if every check was skipped; passed otherwise.
  public var status: CheckStatus {
    if checks.contains(where: { $0.status == .failed }) { return .failed }
    if !checks.isEmpty && checks.allSatisfy({ $0.status == .skipped }) { return .skipped }
    return checks.isEmpty ? .skipped : .passed
  }

  /// The first failed check, if any.
  public var firstFailure: CheckResult? { checks.first { $0.status == .failed } }

  /// SPEC §7's function object.
  public var json: JSON {
    var object: JSON.Object = [
      "name": .string(name), "status": .string(status.rawValue), "edition": .string(edition),
      "checks": .array(checks.map(\.json)),
    ]
    if !notes.isEmpty { object["notes"] = .array(notes.map(JSON.string)) }
    return .object(object)
  }
}
