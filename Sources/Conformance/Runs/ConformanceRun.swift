import CatData
import DeepNet
import Training

/// A whole conformance run (`dnn-conformance run`, `make conformance`): the RNG suite, then for each
/// edition the regenerated test cases, every graded function and the training logs.
public struct ConformanceRun: Sendable {
  /// The editions to run, in order.
  public let editions: [Edition]
  /// Where the expectation files are.
  public let fixturesDirectory: String
  /// `--datasets DIR`, if given.
  public let datasets: String?
  /// The training paths to check.
  public let arithmetics: [TrainingArithmetic]
  /// Whether to run the RNG suite (10^6 draws per stream).
  public let includeRandom: Bool

  /// A run over `editions`.
  public init(
    editions: [Edition], fixturesDirectory: String, datasets: String? = nil,
    arithmetics: [TrainingArithmetic] = [.gram, .literal], includeRandom: Bool = true
  ) {
    self.editions = editions
    self.fixturesDirectory = fixturesDirectory
    self.datasets = datasets
    self.arithmetics = arithmetics
    self.includeRandom = includeRandom
  }

  /// Runs everything on the course's own implementation (each edition's reference), or on
  /// `implementation` when given; `progress` hears what is running.
  public func run(
    implementation: (@Sendable (Edition) -> any CourseFunctions)? = nil,
    progress: @escaping (String) -> Void = { _ in }
  ) throws(FixtureError) -> ConformanceReport {
    var results: [FunctionResult] = []
    if includeRandom {
      progress("numpy_random")
      results.append(RandomConformance(directory: "\(fixturesDirectory)/random").run())
    }
    let trained = TrainingRuns()
    let trainings = editions.flatMap(\.trainings)
    let needsCatData = editions.contains { !$0.models.isEmpty } || trainings.contains { $0.model == .logreg }
    var data: Result<CatDataset, CatDataError>?
    if needsCatData {
      progress("loading the cat data")
      data = Result { () throws(CatDataError) -> CatDataset in try CatDataset.locateAndLoad(datasets: datasets) }
      if case .success(let loaded) = data, arithmetics.contains(.literal), editions.contains(where: { !$0.models.isEmpty }) {
        // Every edition's literal runs at once: one pass over X per iteration serves them all.
        trained.trainTogether(editions.flatMap(\.models), data: loaded, progress: progress)
      }
    }
    var deepStudies: [String: DeepStudy] = [:]
    if case .success(let loaded) = data, editions.contains(where: { !$0.models.isEmpty }) {
      deepStudies = DeepStudy.run(editions.flatMap(\.models), data: loaded, progress: progress)
    }
    let numpy = try ShallowReference(fixturesDirectory: fixturesDirectory)
    var studies: [String: ShallowStudy] = [:]
    if !trainings.isEmpty {
      let shallow = ShallowData(cat: data ?? .failure(CatDataError(.notFound, "the cat data was not looked for")))
      studies = ShallowStudy.run(trainings, data: shallow, numpy: numpy.run(of:), progress: progress)
    }
    for edition in editions {
      let grader = try Grader(edition: edition, fixturesDirectory: fixturesDirectory)
      progress("\(edition.id): test cases and functions")
      results.append(grader.fixtureChecks())
      results += grader.gradeFunctions(implementation?(edition) ?? edition.reference)
      if !edition.trainings.isEmpty {
        results += ShallowTrainingConformance(edition: edition, published: grader.published, numpy: numpy).results(studies)
      }
      if let data, !edition.models.isEmpty {
        let training = TrainingConformance(edition: edition, published: grader.published, arithmetics: arithmetics)
        results += training.run(data: data, runs: trained, studies: deepStudies, progress: progress)
      }
    }
    return ConformanceReport(edition: editions.map(\.id).joined(separator: ","), functions: results)
  }
}
