import DeepNet

/// One published copy of the notebooks: how its test cases are made, which exercises it grades,
/// which training runs it prints, and the arithmetic conventions of its reference solution.
///
/// Editions are data: the expectations live in `Fixtures/published/<id>.json` and
/// `Fixtures/reference/<id>.json`; this value holds only what code needs (recipes and hooks).
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
  /// The course's own solution in this edition's conventions.
  public let reference: any CourseFunctions

  /// An edition.
  public init(
    id: String, summary: String, recipes: [TestCaseRecipe], functions: [GradedFunction], models: [ModelRecipe],
    reference: any CourseFunctions
  ) {
    self.id = id
    self.summary = summary
    self.recipes = recipes
    self.functions = functions
    self.models = models
    self.reference = reference
  }

  /// Every edition this build knows, in the order `editions` lists them.
  public static let all: [Edition] = [.blog]

  /// The edition called `id`, or an error listing the valid ones.
  public static func named(_ id: String) throws(EditionError) -> Edition {
    guard let edition = all.first(where: { $0.id == id }) else { throw EditionError(id: id) }
    return edition
  }
}

/// An unknown `--edition`.
public struct EditionError: Error, CustomStringConvertible, Sendable {
  /// The id asked for.
  public let id: String

  public var description: String {
    "unknown edition '\(id)'; valid editions: \(Edition.all.map(\.id).joined(separator: ", "))"
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
