import Conformance
import DeepNet
import Testing

/// Deliberately wrong implementations: each breaks one formula, and exactly the functions that use
/// it must be reported failed — the checks can fail, and they fail in the right place.
@Suite("The checks can fail")
struct CanFailTests {
  static let grader = GradingSuiteTests.grader

  func failedFunctions(_ implementation: some CourseFunctions) -> Set<String> {
    Set(Self.grader.gradeFunctions(implementation).filter { $0.status == .failed }.map(\.name))
  }

  @Test("db without the 1/m breaks linear_backward and what calls it")
  func dbWithoutMean() {
    #expect(failedFunctions(DbWithoutMean()) == ["linear_backward", "linear_activation_backward", "L_model_backward"])
  }

  @Test("update with + instead of − breaks update_parameters only")
  func updatePlus() {
    #expect(failedFunctions(UpdatePlus()) == ["update_parameters"])
  }

  @Test("a cost without the minus breaks compute_cost only")
  func costWithoutMinus() {
    #expect(failedFunctions(CostWithoutMinus()) == ["compute_cost"])
  }

  @Test("a wrong sigmoid breaks sigmoid and the forward functions that use it")
  func wrongSigmoid() {
    #expect(failedFunctions(WrongSigmoid()) == ["sigmoid", "linear_activation_forward", "L_model_forward"])
  }

  @Test("Aᵀ·Wᵀ + b instead of W·A + b fails on shape, naming both shapes")
  func transposedForward() throws {
    let result = try #require(Self.grader.gradeFunctions(TransposedForward()).first { $0.name == "linear_forward" })
    #expect(result.status == .failed)
    #expect(result.firstFailure?.message == "Z has shape (2, 1) but (1, 2) was expected")
  }

  @Test("the first differing element is named in the message")
  func messageNamesElement() throws {
    let result = try #require(Self.grader.gradeFunctions(DbWithoutMean()).first { $0.name == "linear_backward" })
    let failure = try #require(result.firstFailure)
    #expect(failure.name == "db")
    #expect(failure.message.hasPrefix("db[0, 0] is "))
    #expect(failure.message.contains("0.50629448"))
  }

  @Test("a regenerated fixture that differs in one draw fails the fixture check")
  func fixtureCanFail() throws {
    var recipes = TestCaseRecipe.blog
    recipes[0] = TestCaseRecipe("linear_forward", [.seed(1), .draw("A", rows: 3, cols: 2), .draw("b", rows: 1, cols: 1), .draw("W", rows: 1, cols: 3)])
    let edition = Edition(
      id: "blog", summary: "", recipes: recipes, functions: [], models: [], reference: NotebookFunctions())
    let grader = try Grader(edition: edition, fixturesDirectory: FixturesDirectory.bundled)
    #expect(grader.fixtureChecks().status == .failed)
  }
}

/// The course's solution with one formula changed; everything else delegates.
protocol OneMistake: CourseFunctions {}

extension OneMistake {
  func initializeParameters(nX: Int, nH: Int, nY: Int) throws -> Parameters {
    try NotebookFunctions().initializeParameters(nX: nX, nH: nH, nY: nY)
  }
  func initializeParametersDeep(_ layerDims: [Int]) throws -> Parameters {
    try NotebookFunctions().initializeParametersDeep(layerDims)
  }
  func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    try NotebookFunctions().linearForward(a: a, w: w, b: b)
  }
  func computeCost(al: Matrix, y: Matrix) throws -> Double { try NotebookFunctions().computeCost(al: al, y: y) }
  func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    try NotebookFunctions().linearBackward(dZ: dZ, cache: cache)
  }
  func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    try NotebookFunctions().updateParameters(parameters, grads: grads, learningRate: learningRate)
  }
}

struct DbWithoutMean: OneMistake {
  func linearBackward(dZ: Matrix, cache: LinearCache) throws -> (dAPrev: Matrix, dW: Matrix, db: Matrix) {
    let right = try NotebookFunctions().linearBackward(dZ: dZ, cache: cache)
    return (right.dAPrev, right.dW, dZ.rowSums())
  }
}

struct UpdatePlus: OneMistake {
  func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    try NotebookFunctions().updateParameters(parameters, grads: grads, learningRate: -learningRate)
  }
}

struct CostWithoutMinus: OneMistake {
  func computeCost(al: Matrix, y: Matrix) throws -> Double { -(try NotebookFunctions().computeCost(al: al, y: y)) }
}

struct WrongSigmoid: OneMistake {
  func sigmoid(_ z: Matrix) throws -> Matrix { 1.0 / (1.0 + z.exp()) }
}

struct TransposedForward: OneMistake {
  func linearForward(a: Matrix, w: Matrix, b: Matrix) throws -> (z: Matrix, cache: LinearCache) {
    (try dot(a.transposed(), w.transposed()) + b, LinearCache(a: a, w: w, b: b))
  }
}
