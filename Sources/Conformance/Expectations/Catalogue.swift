import DNNJSON
import DeepNet

/// `Fixtures/catalogue.json`: the assignments, their editions, every test case recipe and every
/// graded exercise, as data. `Edition.all` is built from the tool's own copy (the resource bundle);
/// reference/fixtures.py reads the same file, and the Python runner gets its exercises from the
/// grading plan built from it. Each call form is written once here (`GradedFunction.form`) and
/// once in Python (`dnnc_runner/calls.py`).
public struct Catalogue: Sendable {
  /// Every edition, in the catalogue's order.
  public let editions: [Edition]

  /// The catalogue in `path`, or an error naming what is wrong in it.
  public init(contentsOfFile path: String) throws(FixtureError) {
    let json: JSON
    do { json = try JSON.parse(contentsOfFile: path) } catch { throw FixtureError("\(path): \(error)") }
    guard json["schema"]?.stringValue == "dnn-conformance-catalogue/1" else {
      throw FixtureError("\(path): not a catalogue (schema dnn-conformance-catalogue/1)")
    }
    let cases = try Self.recipes(json["cases"]?.objectValue ?? JSON.Object(), path: path)
    var titles: [String: String] = [:]
    for (id, title) in json["assignments"]?.objectValue ?? JSON.Object() { titles[id] = title.stringValue }
    var editions: [Edition] = []
    for entry in json["editions"]?.arrayValue ?? [] {
      editions.append(try Self.edition(entry, cases: cases, titles: titles, path: path))
    }
    guard !editions.isEmpty else { throw FixtureError("\(path): no editions") }
    self.editions = editions
  }

  /// The catalogue bundled with the tool (loaded once; never from the working directory or the
  /// environment: what is graded is the tool's own business).
  public static let bundled: Result<Catalogue, FixtureError> = Result { () throws(FixtureError) -> Catalogue in
    let directory = try FixturesDirectory.locate(explicit: nil, environment: [:])
    return try Catalogue(contentsOfFile: directory + "/catalogue.json")
  }

  /// Every case recipe: `name` or `name@variant` → the recipe (named `name`).
  static func recipes(_ object: JSON.Object, path: String) throws(FixtureError) -> [String: TestCaseRecipe] {
    var recipes: [String: TestCaseRecipe] = [:]
    for (key, value) in object {
      let name = String(key.split(separator: "@").first ?? Substring(key))
      var steps: [TestCaseRecipe.Step] = []
      for step in value.arrayValue ?? [] {
        let parts = step.arrayValue ?? []
        switch parts.first?.stringValue {
        case "seed":
          guard parts.count == 2, let seed = parts[1].intValue, let value = UInt32(exactly: seed) else { throw bad(path, key, step) }
          steps.append(.seed(value))
        case "randn", "positive":
          guard parts.count == 4, let array = parts[1].stringValue, let rows = parts[2].intValue, let cols = parts[3].intValue
          else { throw bad(path, key, step) }
          steps.append(parts[0].stringValue == "randn" ? .draw(array, rows: rows, cols: cols) : .positive(array, rows: rows, cols: cols))
        case "constant":
          let rows = parts.count == 3 ? (parts[2].arrayValue ?? []).map { $0.arrayValue?.compactMap(\.doubleValue) ?? [] } : []
          guard let array = parts.count == 3 ? parts[1].stringValue : nil, let width = rows.first?.count, width > 0,
            rows.allSatisfy({ $0.count == width })
          else { throw bad(path, key, step) }
          steps.append(.constant(array, Matrix(rows)))
        default: throw bad(path, key, step)
        }
      }
      recipes[key] = TestCaseRecipe(name, steps)
    }
    return recipes
  }

  static func bad(_ path: String, _ key: String, _ step: JSON) -> FixtureError {
    FixtureError("\(path): case \(key) has a step that is not [\"seed\", n], [\"randn\", name, rows, cols], [\"positive\", name, rows, cols] or [\"constant\", name, rows]: \(step.serialized())")
  }

  /// One edition entry.
  static func edition(
    _ entry: JSON, cases: [String: TestCaseRecipe], titles: [String: String], path: String
  ) throws(FixtureError) -> Edition {
    guard let id = entry["id"]?.stringValue else { throw FixtureError("\(path): an edition without an id") }
    func field(_ name: String) throws(FixtureError) -> String {
      guard let value = entry[name]?.stringValue else { throw FixtureError("\(path): edition \(id) has no \(name)") }
      return value
    }
    var recipes: [TestCaseRecipe] = []
    for key in entry["cases"]?.arrayValue?.compactMap(\.stringValue) ?? [] {
      guard let recipe = cases[key] else { throw FixtureError("\(path): edition \(id) uses case \(key), which is not in cases") }
      recipes.append(recipe)
    }
    var functions: [GradedFunction] = []
    for exercise in entry["exercises"]?.arrayValue ?? [] {
      functions.append(try GradedFunction.form(exercise, edition: id, path: path))
    }
    let keys: GradientKeyConvention
    switch try field("grads_keys") {
    case "blog": keys = .blog
    case "v3": keys = .v3
    case let other: throw FixtureError("\(path): edition \(id): grads_keys \(other) (blog or v3)")
    }
    let order: CostOrder
    switch try field("cost_order") {
    case "sum_over_m": order = .sumOverM
    case "scaled_sum": order = .scaledSum
    case let other: throw FixtureError("\(path): edition \(id): cost_order \(other) (sum_over_m or scaled_sum)")
    }
    let style: CheckStyle
    switch try field("check_style") {
    case "outputs": style = .outputs
    case "public_tests": style = .publicTests
    case let other: throw FixtureError("\(path): edition \(id): check_style \(other) (outputs or public_tests)")
    }
    var models: [ModelRecipe] = []
    for model in entry["models"]?.arrayValue ?? [] {
      guard let name = model["name"]?.stringValue, let dims = model["dims"]?.arrayValue?.compactMap(\.intValue),
        let seed = model["seed"]?.intValue.flatMap(UInt32.init(exactly:)),
        let scaling = model["init"]?.stringValue.flatMap(InitScaling.named),
        let accuracy = model["accuracy"]?.stringValue.flatMap(AccuracyFormula.named)
      else { throw FixtureError("\(path): edition \(id) has a model without name, dims, seed, init or accuracy") }
      models.append(ModelRecipe(
        name: name, dims: dims, seed: seed, scaling: scaling, accuracy: accuracy,
        learningRate: model["learning_rate"]?.doubleValue ?? 0.0075, iterations: model["iterations"]?.intValue ?? 2500))
    }
    var trainings: [ShallowTraining] = []
    for run in entry["trainings"]?.arrayValue ?? [] {
      guard let name = run["name"]?.stringValue, let model = run["model"]?.stringValue.flatMap(ShallowTraining.Model.init),
        let rate = run["learning_rate"]?.doubleValue, let iterations = run["iterations"]?.intValue, iterations > 0,
        let every = run["print_every"]?.intValue, every > 0
      else { throw FixtureError("\(path): edition \(id) has a training without name, model, learning_rate, iterations or print_every") }
      let drawSeed = run["init_seed"].flatMap { $0 == .null ? 3 : $0.intValue.flatMap(UInt32.init(exactly:)) } ?? 2
      trainings.append(ShallowTraining(
        name: name, model: model, learningRate: rate, iterations: iterations, printEvery: every,
        hidden: run["hidden"]?.intValue ?? 0, drawSeed: drawSeed, printsCosts: run["prints_costs"]?.boolValue ?? true))
    }
    return Edition(
      id: id, summary: try field("summary"), recipes: recipes, functions: functions, models: models, trainings: trainings,
      assignments: (entry["assignments"]?.arrayValue?.compactMap(\.stringValue) ?? []).map { ($0, titles[$0] ?? $0) },
      reference: NotebookFunctions(gradientKeyConvention: keys, costOrder: order), checkStyle: style,
      aliases: entry["aliases"]?.arrayValue?.compactMap(\.stringValue) ?? [])
  }
}

extension InitScaling {
  /// `small` (randn*0.01) or `sqrt` (randn/sqrt(n_prev)), as the catalogue names them.
  static func named(_ name: String) -> InitScaling? {
    switch name {
    case "small": .small
    case "sqrt": .sqrt
    default: nil
    }
  }
}

extension AccuracyFormula {
  /// `count_over_m` or `sum_of_fractions`, as the catalogue names them.
  static func named(_ name: String) -> AccuracyFormula? {
    switch name {
    case "count_over_m": .countOverM
    case "sum_of_fractions": .sumOfFractions
    default: nil
    }
  }
}
