import DeepNet

/// One published copy of the notebooks: how its test cases are made, which exercises it grades,
/// which training runs it prints, and the arithmetic conventions of its reference solution.
///
/// Editions are data: each is an entry of `Fixtures/catalogue.json` (its cases, exercises,
/// conventions and training runs), its expectations are `Fixtures/published/<id>.json` and
/// `Fixtures/reference/<id>.json`.
public struct Edition: Sendable {
  /// The id used on the command line (`blog`, `v3`, ...).
  public let id: String
  /// One line for `dnn-conformance editions`.
  public let summary: String
  /// The testCases recipes, in the file's order.
  public let recipes: [TestCaseRecipe]
  /// The graded exercises, in the notebook's order.
  public let functions: [GradedFunction]
  /// The Application notebook's training runs, if this edition prints them.
  public let models: [ModelRecipe]
  /// The week-2 or week-3 training runs this edition prints.
  public let trainings: [ShallowTraining]
  /// The assignments it covers (`step_by_step`, `application`, `logistic_regression`, `planar`).
  public let assignments: [String]
  /// Their titles (catalogue.json's `assignments`), by id.
  public let assignmentTitles: [String: String]
  /// The course's own solution in this edition's conventions.
  public let reference: any CourseFunctions
  /// How each function's checks are named and grouped.
  public let checkStyle: CheckStyle
  /// Other ids accepted for it (its ids before editions were named after the releases).
  public let aliases: [String]

  /// An edition.
  public init(
    id: String, summary: String, recipes: [TestCaseRecipe], functions: [GradedFunction], models: [ModelRecipe],
    trainings: [ShallowTraining] = [], assignments: [(id: String, title: String)] = [], reference: any CourseFunctions,
    checkStyle: CheckStyle = .outputs, aliases: [String] = []
  ) {
    self.trainings = trainings
    self.assignments = assignments.map(\.id)
    assignmentTitles = Dictionary(assignments.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    self.aliases = aliases
    self.id = id
    self.summary = summary
    self.recipes = recipes
    self.functions = functions
    self.models = models
    self.reference = reference
    self.checkStyle = checkStyle
  }

  /// Every edition of the tool's catalogue (`Fixtures/catalogue.json`), in its order; empty when
  /// the catalogue cannot be read (`named` then says why).
  public static var all: [Edition] { (try? Catalogue.bundled.get())?.editions ?? [] }

  /// The edition called `id` (or one of its `aliases`), or an error listing the valid ones.
  public static func named(_ id: String) throws(EditionError) -> Edition {
    if case .failure(let problem) = Catalogue.bundled { throw EditionError(id: id, catalogueProblem: problem.description) }
    guard let edition = all.first(where: { $0.id == id || $0.aliases.contains(id) }) else { throw EditionError(id: id) }
    return edition
  }

  /// `--edition` of `run`: one edition by id, or every edition for `all`.
  public static func selection(_ text: String) throws(EditionError) -> [Edition] {
    if case .failure(let problem) = Catalogue.bundled { throw EditionError(id: text, catalogueProblem: problem.description) }
    if text == "all" { return all }
    guard let edition = try? named(text) else { throw EditionError(id: text, acceptsAll: true) }
    return [edition]
  }

  /// Whether a learner is graded on models trained on the cat data (the Application's, week 2's).
  public var gradesModels: Bool { functions.contains { ["model", "lr_model"].contains($0.python.form) } }

  /// The title of the assignment a learner's file of this edition is graded as: the
  /// Application's when the models are graded, else the first assignment's.
  public var gradedAssignmentTitle: String {
    let id = gradesModels && assignments.contains("application") ? "application" : assignments.first ?? "step_by_step"
    return assignmentTitles[id] ?? id
  }

  /// How this edition's Application prints accuracies (`train --edition`); editions without an
  /// Application notebook use the blog's form.
  public var accuracyFormula: AccuracyFormula { models.first?.accuracy ?? .countOverM }
}

/// How a graded function's checks are reported.
public enum CheckStyle: Sendable, Equatable {
  /// One check per output against the published print, then one per output against NumPy
  /// (named after the output: `dW`, `dW (NumPy reference)`).
  case outputs
  /// The 2021 notebooks' public tests: `datatype_check` (every output produced, of the right
  /// kind), `shape_check`, then `equation_output_check: <output>` per value, with the public
  /// tests' error words ("Datatype mismatch", "Wrong shape", "Wrong output").
  case publicTests
}

/// An unknown `--edition`.
public struct EditionError: Error, CustomStringConvertible, Sendable {
  /// The id asked for.
  public let id: String
  /// Whether `all` would have been accepted (it is listed then).
  public let acceptsAll: Bool
  /// Why no edition is known at all (the catalogue could not be read), if that is the case.
  public let catalogueProblem: String?

  /// The error for `id`.
  public init(id: String, acceptsAll: Bool = false, catalogueProblem: String? = nil) {
    self.id = id
    self.acceptsAll = acceptsAll
    self.catalogueProblem = catalogueProblem
  }

  public var description: String {
    if let catalogueProblem { return "no editions: \(catalogueProblem)" }
    let valid = Edition.all.map(\.id) + (acceptsAll ? ["all"] : [])
    return "unknown edition '\(id)'; valid editions: \(valid.joined(separator: ", "))"
  }
}

/// A training run of the Application notebook: `np.random.seed(seed)` then the initialiser.
public struct ModelRecipe: Sendable {
  /// `two_layer_model` or `L_layer_model`.
  public let name: String
  /// The layer sizes.
  public let dims: [Int]
  /// The seed in force when the initialiser draws (the blog's deep initialiser reseeds 3).
  public let seed: UInt32
  /// randn*0.01 or randn/sqrt(n_prev).
  public let scaling: InitScaling
  /// How the edition prints the accuracy.
  public let accuracy: AccuracyFormula
  /// Learning rate and iterations of the published run.
  public let learningRate: Double
  public let iterations: Int

  /// A training recipe.
  public init(
    name: String, dims: [Int], seed: UInt32, scaling: InitScaling, accuracy: AccuracyFormula,
    learningRate: Double = 0.0075, iterations: Int = 2500
  ) {
    self.name = name
    self.dims = dims
    self.seed = seed
    self.scaling = scaling
    self.accuracy = accuracy
    self.learningRate = learningRate
    self.iterations = iterations
  }
}
