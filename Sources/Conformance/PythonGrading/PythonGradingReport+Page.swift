import DNNJSON

extension PythonGrading {
  /// The assignment, release and reason of this grading, for a report's header.
  func subject(_ source: NotebookSource) -> ReportSubject {
    ReportSubject(
      file: source.displayName,
      assignment: grader.edition.gradedAssignmentTitle,
      edition: grader.edition.id, reason: editionReason)
  }

  /// A training run's checks (the cat data, the flower) with the cost curve attached to the first of them that concerns the
  /// costs (or the run's failure): the learner's log (costs logged every 100 iterations, as the
  /// notebook appends them), our reproduction, and the published points over the same iterations.
  func plotted(
    _ checks: [CheckResult], run: LearnerRun, exercise: LearnerExercise, learner: [(String, NumericArray)]
  ) -> [CheckResult] {
    let every = run.logEvery ?? 100
    func series(_ role: CostCurve.Role, _ costs: [(String, NumericArray)]?) -> CostCurve.Series? {
      guard let log = costs?.first(where: { $0.0 == "costs" })?.1, !log.data.isEmpty else { return nil }
      return CostCurve.Series(role: role, points: log.data.enumerated().map {
        CostCurve.Point(iteration: $0.offset * every, cost: $0.element)
      })
    }
    let reproduced = series(.reproduced, run.expected)
    let last = reproduced?.points.last?.iteration ?? 0
    let published = grader.published.training.first { $0.name == exercise.function }.map { model in
      CostCurve.Series(role: .published, points: model.log.costs.filter { $0.iteration <= last }.compactMap { entry in
        Double(entry.printed).map { CostCurve.Point(iteration: entry.iteration, cost: $0, printed: entry.printed) }
      })
    }
    let all = [published, reproduced, series(.learner, learner)].compactMap { $0 }.filter { !$0.points.isEmpty }
    guard !all.isEmpty, let index = checks.firstIndex(where: { $0.output == "costs" || $0.status == .failed })
      ?? checks.indices.first
    else { return checks }
    var result = checks
    result[index].curve = CostCurve(series: all)
    return result
  }
}
