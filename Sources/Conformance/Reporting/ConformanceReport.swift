import DNNJSON

/// The result of a conformance run: SPEC §7's report.
public struct ConformanceReport: Sendable {
  /// The edition (or editions, comma-separated) graded.
  public let edition: String
  /// Every function or suite, in run order.
  public let functions: [FunctionResult]
  /// What the report is about, in sentences (what was graded as which edition and why, the
  /// seed of the fresh inputs, warnings from loading a learner's file).
  public var notes: [String]
  /// For a learner's grade: the file, assignment and release graded (nil for `run`).
  public var subject: ReportSubject?

  /// A report.
  public init(edition: String, functions: [FunctionResult], notes: [String] = []) {
    self.edition = edition
    self.functions = functions
    self.notes = notes
  }

  /// Number of functions with each status.
  public func count(_ status: CheckStatus) -> Int { functions.filter { $0.status == status }.count }

  /// True when no function failed (the CLI's exit status 0).
  public var passed: Bool { count(.failed) == 0 }

  /// `{"schema": "dnn-conformance/1", "edition", "summary", "functions"}`.
  public var json: JSON {
    [
      "schema": "dnn-conformance/1",
      "edition": .string(edition),
      "summary": [
        "passed": .integer(Int64(count(.passed))), "failed": .integer(Int64(count(.failed))),
        "skipped": .integer(Int64(count(.skipped))),
      ],
      "functions": .array(functions.map(\.json)),
      "notes": .array(notes.map(JSON.string)),
    ]
  }

  /// Gradescope's results.json: one test per function, score 1 when it passed; a skipped function
  /// scores 0 of 0 and says why.
  public var gradescopeJSON: JSON {
    let tests: [JSON] = functions.map { function in
      let status = function.status
      var lines = function.checks.filter { $0.status != .passed }.map { "\($0.name): \($0.status.rawValue)\($0.message.isEmpty ? "" : " — \($0.message)")" }
      lines += function.notes
      if status == .passed { lines.insert("all \(function.checks.count) checks passed", at: 0) }
      return [
        "name": .string(displayName(function)),
        "status": .string(status == .failed ? "failed" : "passed"),
        "score": .number(status == .passed ? 1 : 0),
        "max_score": .number(status == .skipped ? 0 : 1),
        "output": .string(lines.joined(separator: "\n")),
      ]
    }
    let score = functions.filter { $0.status == .passed }.count
    return ["score": .number(Double(score)), "tests": .array(tests)]
  }
}
