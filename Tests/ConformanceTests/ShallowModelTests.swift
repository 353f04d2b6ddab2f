import CatData
import DNNJSON
import DeepNet
import Testing
import Training
@testable import Conformance

/// Weeks 2 and 3: the flower bit for bit, the fast trainers against the notebook's literal
/// arithmetic (our `LogisticRegression` / `OneHiddenLayer`) and against NumPy's own runs.
@Suite struct ShallowModelTests {
  static let planarReference: JSON? = try? JSON.parse(contentsOfFile: GradingPaths.fixtures + "/reference/training-planar.json")
  static let catDirectory: String? = try? DatasetLocator(currentDirectory: GradingPaths.root).locate()

  static func matrix(_ json: JSON?) throws -> Matrix {
    let shapeValues = json?["shape"]?.arrayValue ?? [], dataValues = json?["data"]?.arrayValue ?? []
    let shape = shapeValues.compactMap(\.intValue), data = dataValues.compactMap(\.doubleValue)
    try #require(shape.count == 2 && data.count == shape[0] * shape[1])
    return Matrix(rows: shape[0], cols: shape[1], data: data)
  }

  @Test("load_planar_dataset: X and Y equal NumPy's bit for bit")
  func flowerIsNumPys() throws {
    let (x, y) = PlanarDataset.flower()
    let reference = try #require(Self.planarReference)
    let numpyX = try Self.matrix(reference["X"]), numpyY = try Self.matrix(reference["Y"])
    #expect(x.shape == numpyX.shape && y.shape == numpyY.shape)
    #expect(zip(x.data, numpyX.data).allSatisfy { $0.bitPattern == $1.bitPattern })
    #expect(y.data == numpyY.data)
  }

  @Test("the planar trainer equals the notebook's nn_model step for step (1000 iterations)")
  func planarTrainerIsTheNotebooks() throws {
    let (x, y) = PlanarDataset.flower()
    var literal: [Double] = []
    let parameters = try OneHiddenLayer.nnModel(x: x, y: y, nH: 4, numIterations: 1001) { i, cost in
      if i % 500 == 0 { literal.append(cost) }
    }
    let fast = try PlanarTrainer(iterations: 1001, printEvery: 500).train(x: x, y: y)
    #expect(fast.costs.map(\.iteration) == [0, 500, 1000])
    for (a, b) in zip(fast.costs.map(\.cost), literal) { #expect(abs(a - b) <= 1e-12 * abs(b), "\(a) vs \(b)") }
    for (a, b) in zip(fast.parameters.layers, parameters.layers) {
      for (p, q) in zip(a.w.data + a.b.data, b.w.data + b.b.data) { #expect(abs(p - q) <= 1e-10 * max(1, abs(q))) }
    }
  }

  @Test("NumPy's planar log is reproduced to 12 digits up to iteration 7000, and its accuracy")
  func planarLogIsNumPysWhereStable() throws {
    let reference = try #require(Self.planarReference)
    let numpy = try #require(reference["nn_model"]?["costs"]?.arrayValue)
    let (x, y) = PlanarDataset.flower()
    let run = try PlanarTrainer(iterations: 10000).train(x: x, y: y)
    for entry in numpy {
      let i = try #require(entry[0]?.intValue), theirs = try #require(entry[1]?.doubleValue)
      guard i <= 7000 else { continue }
      let ours = try #require(run.costs.first { $0.iteration == i }?.cost)
      #expect(abs(ours - theirs) <= 1e-12 * theirs, "iteration \(i): \(ours) vs \(theirs)")
    }
    #expect(run.accuracy == reference["nn_model"]?["train_accuracy"]?.doubleValue)
  }

  @Test("the Gram path equals the notebook's propagate/optimize (rtol 1e-12)")
  func logisticGramIsTheNotebooks() throws {
    var draws = Draws(seed: 5)
    let x = draws.normal("X", 30, 12).1, y = draws.labels("Y", 12).1
    let testX = draws.normal("X", 30, 4).1, testY = draws.labels("Y", 4).1
    let literal = try LogisticRegression.optimize(
      w: Matrix(rows: 30, cols: 1), b: 0, x: x, y: y, numIterations: 301, learningRate: 0.01)
    let fast = try LogisticTrainer(learningRate: 0.01, iterations: 301, printEvery: 100).train(x: x, y: y, testX: testX, testY: testY)
    #expect(fast.costs.map(\.iteration) == [0, 100, 200, 300])
    for (a, b) in zip(fast.costs.map(\.cost), literal.costs) { #expect(abs(a - b) <= 1e-12 * abs(b), "\(a) vs \(b)") }
    for (a, b) in zip(fast.w.data, literal.w.data) { #expect(abs(a - b) <= 1e-12 * max(1, abs(b))) }
    #expect(abs(fast.b - literal.b) <= 1e-12 * max(1, abs(literal.b)))
  }

  @Test("week 2 on the cat data: the published log and accuracies", .enabled(if: catDirectory != nil, "cat data not found"))
  func logisticOnTheCatData() throws {
    let data = try CatDataset.load(directory: try #require(Self.catDirectory))
    let run = try LogisticTrainer().train(x: data.trainX, y: data.trainY, testX: data.testX, testY: data.testY)
    #expect(String(format6(run.costs[1].cost)) == "0.584508")
    #expect(String(format6(run.costs[19].cost)) == "0.140872")
    #expect(run.trainAccuracy == 99.04306220095694)
    #expect(run.testAccuracy == 70.0)
  }

  private func format6(_ x: Double) -> String {
    let scaled = (x * 1e6).rounded() / 1e6
    var text = "\(scaled)"
    while text.split(separator: ".").last.map({ $0.count < 6 }) == true { text += "0" }
    return text
  }
}

/// The stability verdicts: digits, and the three words on known cases.
@Suite struct StabilityVerdictTests {
  @Test func stableDigitsCountWhatNoPerturbationMoved() {
    #expect(NumberStability.digits(within: 0, of: 0.5) == 17)
    #expect(NumberStability.digits(within: 4e-5, of: 0.2194) == 4)
    #expect(NumberStability.digits(within: 2e-10, of: 0.5) == 9)
    #expect(NumberStability.digits(within: 0.5, of: 90.5) == 2)
    #expect(PublishedNumberVerdict.significantDigits("0.219454") == 6)
    #expect(PublishedNumberVerdict.significantDigits("0.000218") == 3)
    #expect(PublishedNumberVerdict.significantDigits("90") == 2)
    #expect(PublishedNumberVerdict.significantDigits("1.27373948e-05") == 9)
  }

  @Test("reproducible, fragile and mismatch")
  func verdicts() {
    let steady = NumberStability(reference: 0.5845083636993087, perturbed: [("reversed", 0.5845083636993088)])
    #expect(PublishedNumberVerdict(published: "0.584508", precision: .decimals(6), stability: steady).verdict == .reproducible)
    #expect(PublishedNumberVerdict(published: "0.584518", precision: .decimals(6), stability: steady).verdict == .mismatch)
    // The planar log at 8000: 3 stable digits; the published 0.219454 is one rounding history.
    let late = NumberStability(reference: 0.21940077898550164, perturbed: [("four chains", 0.21954265016379876)])
    let fragile = PublishedNumberVerdict(published: "0.219454", precision: .decimals(6), stability: late)
    #expect(fragile.verdict == .fragile && fragile.stableDigits == 3)
    #expect(fragile.explanation.contains("four chains gives 0.21954265016379876"))
    #expect(PublishedNumberVerdict(published: "0.229454", precision: .decimals(6), stability: late).verdict == .mismatch)
    // An accuracy printed with %d: 90.75 prints as 90.
    let accuracy = NumberStability(reference: 90.75, perturbed: [])
    #expect(PublishedNumberVerdict(published: "90", precision: .exact, truncated: true, stability: accuracy).verdict == .reproducible)
    #expect(PublishedNumberVerdict(published: "91", precision: .exact, truncated: true, stability: accuracy).verdict == .mismatch)
  }
}
