import DNNJSON

extension PythonGrading {
  /// The report for the runner's lines: one function per exercise of `plan`, in order, each run's
  /// outputs checked (the notebook's case against the published prints, NumPy's references and
  /// the course's solution; the other runs against the course's solution), then diagnosed.
  public func report(runnerLines lines: [JSON], plan: LearnerPlan, source: NotebookSource) -> ConformanceReport {
    let edition = grader.edition.id
    var notes = ["graded \(source.displayName) as edition \(edition): \(editionReason)"]
    if plan.exercises.contains(where: { $0.runs.contains { $0.label == "fresh inputs" } }) {
      notes.append("fresh inputs drawn with seed \(plan.freshSeed) (each function is also run on inputs of other shapes)")
    }
    if grader.edition.gradesModels, !plan.exercises.contains(where: { $0.runs.contains { !$0.files.isEmpty } }) {
      let search = datasetsSearch.map { " (\($0))" } ?? ""
      notes.append("the cat data (train_catvnoncat.h5) was not found\(search): the models were checked on their small test cases only")
    }
    let header = lines.first ?? .null
    if let error = header["error"]?.stringValue {
      let check = CheckResult(
        name: "loads", status: .failed,
        message: source.locate(error, scriptName: Self.scriptName) + " (nothing in the file can be graded until it parses)",
        edition: edition)
      var report = ConformanceReport(edition: edition, functions: [FunctionResult(name: source.displayName, checks: [check])], notes: notes)
      report.subject = subject(source)
      return report
    }
    let skippedParts = Self.skippedParts(header)
    var byName: [String: JSON] = [:]
    for line in lines.dropFirst() { if let name = line["exercise"]?.stringValue, byName[name] == nil { byName[name] = line } }
    let interrupted = lines.last?["interrupted"]?.stringValue
    var loadNotes: [String] = []
    var results: [FunctionResult] = []
    var evidence: [String: FunctionEvidence] = [:]
    var runInputs: [String: [String]] = [:]
    for exercise in plan.exercises {
      guard let line = byName[exercise.name] else {
        let why = interrupted ?? "the runner did not report it"
        results.append(FunctionResult(name: exercise.key, checks: [failure("runs", why)]))
        continue
      }
      if loadNotes.isEmpty { loadNotes = line["notes"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
      let (result, seen, inputs) = convert(exercise, line, source: source, skippedParts: skippedParts)
      results.append(result)
      evidence[exercise.key] = seen
      runInputs[exercise.key] = inputs
    }
    // Diagnosed under the graded exercises' names, shown under the learner's function names.
    if let catalogue = try? MistakeCatalogue(fixturesDirectory: fixturesDirectory) {
      var diagnosis = Diagnosis(grader: grader, catalogue: catalogue)
      diagnosis.writtenCalls = PythonDefinitions(source.python).definitions.mapValues(\.calls)
      results = diagnosis.annotate(results, evidence: evidence)
    }
    results = results.map { result in
      var result = result
      result.notes += runInputs[result.name] ?? []
      return result
    }
    results = Self.sparingHelpers(results, optional: Set(plan.exercises.filter(\.optional).map(\.key)))
    let shown = Dictionary(plan.exercises.map { ($0.key, $0.name) }, uniquingKeysWith: { a, _ in a })
    results = results.map { result in
      guard let name = shown[result.name], name != result.name else { return result }
      var notes = result.notes
      for (key, display) in shown where key != display { notes = notes.map { $0.replacing(key, with: display) } }
      var renamed = FunctionResult(name: name, checks: result.checks, notes: notes)
      renamed.mistakes = result.mistakes.map { mistake in
        shown.reduce(mistake) { $1.key == $1.value ? $0 : $0.replacing($1.key, with: $1.value) }
      }
      return renamed
    }
    let skippedCells = header["magics"]?.arrayValue?.compactMap(\.stringValue).filter { $0.contains("SyntaxError") } ?? []
    notes += (skippedCells + loadNotes).map { "warning: " + source.locate($0, scriptName: Self.scriptName) }
    if let level = lines.lazy.compactMap({ $0["isolation"]?.stringValue }).first, let words = Self.isolationWords[level] {
      notes.append("the learner's code ran \(words)")
    }
    if let skipped = header["skipped_top_level"]?.intValue, skipped > 0 {
      notes.append("\(skipped) top-level statements (test prints, training runs, plots) were not run")
    }
    let placed = "\(source.displayName) cell "
    if source.cellLines != nil,
      notes.contains(where: { $0.contains(placed) })
        || results.contains(where: { $0.checks.contains { $0.message.contains(placed) } })
    {
      notes.append("\"cell N line M\" is line M of the Nth code cell from the top (not Jupyter's In [n] number)")
    }
    var report = ConformanceReport(edition: edition, functions: results, notes: notes)
    report.subject = subject(source)
    return report
  }

  /// How each isolation level of `Sandbox` is said in the report.
  static let isolationWords = [
    "namespacesAsNobody": "in a sandbox as a user of its own (own PID, mount and network namespaces, read-only view)",
    "userNamespace": "in a sandbox (user namespace: read-only view, no network, own PIDs) as the grader's own user",
    "processGroupAsNobody": "as a user of its own without namespaces (file permissions and limits only)",
    "processGroup": "WITHOUT isolation (no namespaces here): only time and resource limits apply",
  ]

  /// The dnn_utils activations are the course's, not an exercise: one the learner wrote anyway is
  /// graded, but its failure counts only while a graded function fails too (it may be the cause);
  /// when every graded function passes it is a note, not a failure.
  static func sparingHelpers(_ results: [FunctionResult], optional: Set<String>) -> [FunctionResult] {
    let requiredFailed = results.contains { !optional.contains($0.name) && $0.status == .failed }
    guard !requiredFailed else { return results }
    return results.map { result in
      guard optional.contains(result.name), result.status == .failed, let first = result.firstFailure else { return result }
      let check = CheckResult(
        name: "graded", status: .skipped,
        message: "written in the notebook but not an exercise of this release (the course provides it); as written it differs from the course's: \(first.name): \(first.message)",
        edition: first.edition)
      return FunctionResult(name: result.name, checks: [check], notes: result.notes)
    }
  }

  /// A run's arguments in a few words: `A (5, 4), W (3, 5), b (3, 1)`, `n_x=5, n_h=4, n_y=2`.
  static func describe(_ arguments: JSON.Object) -> String {
    arguments.map { key, value -> String in
      if let shape = value["shape"]?.arrayValue?.compactMap(\.intValue) {
        return "\(key) (" + shape.map(String.init).joined(separator: ", ") + ")"
      }
      return "\(key)=\(value.serialized())"
    }.joined(separator: ", ")
  }

  func failure(_ check: String, _ text: String) -> CheckResult {
    CheckResult(name: check, status: .failed, message: text, edition: grader.edition.id)
  }

  /// "fresh inputs were: X (3, 6), … (its remark)": what a failed run after the first was given.
  static func inputsLine(_ run: LearnerRun) -> String {
    "\(run.label) were: " + describe(run.arguments) + (run.remark.map { " (\($0))" } ?? "")
  }

  /// For a function right on the notebook's own case and wrong on the fresh inputs (which have
  /// other shapes and, for the models, more layers): where to look. Not where the fresh inputs
  /// carry their own remark (a planted boundary says more).
  static func shapeOnlyHint(_ exercise: LearnerExercise, _ checks: [CheckResult]) -> String? {
    guard let fresh = exercise.runs.first(where: { $0.label == "fresh inputs" }), fresh.remark == nil,
      let first = exercise.runs.first, first.label.isEmpty
    else { return nil }
    let failed = checks.filter { $0.status == .failed }
    guard !failed.isEmpty, failed.allSatisfy({ $0.name.hasSuffix("(fresh inputs)") }),
      !failed.contains(where: { $0.message.contains("hard-coded") }),
      checks.contains(where: { $0.status == .passed && !$0.name.contains("(fresh inputs)") })
    else { return nil }
    return "right on the notebook's test case, wrong on fresh inputs of other shapes: look for a size, a number of layers or an index that fits only the notebook's case"
  }

  /// The parts of the file the runner skipped because they do not compile: the script line of
  /// each syntax error and the runner's note about it.
  static func skippedParts(_ header: JSON) -> [(line: Int, note: String)] {
    (header["magics"]?.arrayValue ?? []).compactMap { value -> (line: Int, note: String)? in
      guard let note = value.stringValue, note.hasPrefix(scriptName + ":"), note.contains("SyntaxError") else { return nil }
      let digits = note.dropFirst(scriptName.count + 1).prefix { $0.isNumber }
      guard let line = Int(digits) else { return nil }
      return (line, note.replacing(" (this part was skipped; the rest is graded)", with: ""))
    }
  }

  /// The syntax error that made the runner skip the `def` of `function`, when `python` has one
  /// and a skipped part's error lies between it and the next top-level definition.
  static func brokenDefinition(of function: String, in python: String, skippedParts: [(line: Int, note: String)]) -> String? {
    guard !skippedParts.isEmpty else { return nil }
    let lines = python.split(separator: "\n", omittingEmptySubsequences: false)
    let defines = { (line: Substring) -> Bool in
      let text = line.drop { $0 == " " || $0 == "\t" }
      guard text.hasPrefix("def ") else { return false }
      return text.dropFirst(4).drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "_" } == function
    }
    for start in lines.indices where defines(lines[start]) {
      // 1-based script lines of this definition: from its def to the next top-level def/class.
      var end = start + 1
      while end < lines.count, !(lines[end].hasPrefix("def ") || lines[end].hasPrefix("class ")) { end += 1 }
      if let part = skippedParts.first(where: { $0.line >= start + 1 && $0.line <= end }) { return part.note }
    }
    return nil
  }

  /// One exercise's line as a function result, and what it did on the notebook's case.
  /// The third part: what the runs after the first were given, for those that failed (shown after
  /// the diagnosis).
  func convert(
    _ exercise: LearnerExercise, _ line: JSON, source: NotebookSource, skippedParts: [(line: Int, note: String)] = []
  ) -> (FunctionResult, FunctionEvidence, [String]) {
    let status = line["status"]?.stringValue ?? "?"
    let message = source.locate(line["message"]?.stringValue ?? "", scriptName: Self.scriptName)
    if status == "missing" || status == "not_defined",
      let broken = Self.brokenDefinition(of: exercise.function, in: source.python, skippedParts: skippedParts)
    {
      let why = "\(exercise.function) is written in code that does not compile, so it was skipped: "
        + source.locate(broken, scriptName: Self.scriptName)
      return (FunctionResult(name: exercise.key, checks: [failure("defined", why)]), .error(why), [])
    }
    switch status {
    case "ran": break
    case "not_defined":
      let check = CheckResult(
        name: "defined", status: .skipped,
        message: "\(message): not graded (the course provides it)", edition: grader.edition.id)
      return (FunctionResult(name: exercise.key, checks: [check]), .notImplemented, [])
    case "missing": return (FunctionResult(name: exercise.key, checks: [failure("defined", message)]), .notImplemented, [])
    case "timeout": return (FunctionResult(name: exercise.key, checks: [failure("time limit", message)]), .error(message), [])
    case "memory": return (FunctionResult(name: exercise.key, checks: [failure("memory limit", message)]), .error(message), [])
    default: return (FunctionResult(name: exercise.key, checks: [failure("runs", message)]), .error(message), [])
    }
    var checks: [CheckResult] = []
    var notes: [String] = []
    var inputs: [String] = []
    var seen = FunctionEvidence.error("no run")
    let runs = line["runs"]?.arrayValue ?? []
    for (index, run) in exercise.runs.enumerated() {
      let suffix = run.label.isEmpty ? "" : " (\(run.label))"
      guard index < runs.count else {
        checks.append(failure("runs\(suffix)", "no result"))
        continue
      }
      let entry = runs[index]
      let runMessage = source.locate(entry["message"]?.stringValue ?? "", scriptName: Self.scriptName)
      guard entry["status"]?.stringValue == "ok" else {
        let name = entry["status"]?.stringValue == "helper_call" ? "implemented" : "runs"
        let failed = failure(name + suffix, runMessage)
        checks += run.logEvery == nil ? [failed] : plotted([failed], run: run, exercise: exercise, learner: [])
        if index == 0 { seen = .error(runMessage) } else { inputs.append(Self.inputsLine(run)) }
        continue
      }
      var outputs: [(String, NumericArray)] = []
      for (output, value) in entry["outputs"]?.objectValue ?? JSON.Object() {
        guard let array = try? NumericArray(json: value, context: "\(exercise.name).\(output)") else {
          checks.append(failure("output\(suffix)", "\(output) is not an array of numbers"))
          continue
        }
        outputs.append((output, array))
      }
      let (normalised, normaliseNotes) = LearnerChecks.normalise(outputs, expected: run.expected)
      notes += normaliseNotes
      if index == 0 { seen = .outputs(normalised) }
      let runChecks = LearnerChecks.checks(normalised, run: run, grader: grader, suffix: suffix)
      if index > 0, runChecks.contains(where: { $0.status == .failed }) {
        inputs.append(Self.inputsLine(run))
      }
      checks += run.logEvery == nil ? runChecks : plotted(runChecks, run: run, exercise: exercise, learner: normalised)
    }
    if let hint = Self.shapeOnlyHint(exercise, checks) { notes.append(hint) }
    let result = FunctionResult(name: exercise.key, checks: checks, notes: Array(Set(notes)).sorted())
    return (result, seen, inputs)
  }
}
