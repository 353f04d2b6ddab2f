import Conformance
import DeepNet
import NumPyRandom
import Testing

/// The 2021 public tests of the Application's models (edition coursera), on 10×10 data: fast
/// enough for debug builds.
@Suite("Model public tests (coursera)")
struct ModelPublicTestTests {
  static let fixtures = FixtureSet(recipes: Edition.coursera.recipes)

  @Test("the two-layer loop over the implementation's functions is DeepNet's two_layer_model, bit for bit")
  func twoLayerLoopIsDeepNets() throws {
    let c = try Self.fixtures.require("two_layer_model_test")
    let (x, y) = (try c.require("X"), try c.require("Y"))
    var rng = RandomState(seed: 1)
    let initial = try initializeParameters(layerDims: [10, 4, 1], scaling: .small, rng: &rng)
    let ours = try GradedFunction.twoLayerLoop(
      NotebookFunctions(gradientKeyConvention: .v3), x: x, y: y, parameters: initial, learningRate: 0.0075,
      iterations: 201)
    var logged: [Double] = []
    let deepNet = try twoLayerModel(
      x: x, y: y, layersDims: [10, 4, 1], numIterations: 201, onCost: { i, cost in if i % 100 == 0 { logged.append(cost) } })
    #expect(ours.parameters == deepNet)
    #expect(ours.costs == logged)
    #expect(ours.costs.count == 3)
  }

  @Test("the L-layer loop over the implementation's functions is DeepNet's L_layer_model, bit for bit")
  func lLayerLoopIsDeepNets() throws {
    let c = try Self.fixtures.require("L_layer_model_test")
    let (x, y) = (try c.require("X"), try c.require("Y"))
    var rng = RandomState(seed: 1)
    let initial = try initializeParameters(layerDims: [10, 5, 6, 1], scaling: .sqrt, rng: &rng)
    let ours = try GradedFunction.lLayerLoop(
      NotebookFunctions(), x: x, y: y, parameters: initial, learningRate: 0.0075, iterations: 101)
    var logged: [Double] = []
    let deepNet = try lLayerModel(
      x: x, y: y, layersDims: [10, 5, 6, 1], seed: 1, scaling: .sqrt, numIterations: 101,
      onCost: { i, cost in if i % 100 == 0 { logged.append(cost) } })
    #expect(ours.parameters == deepNet)
    #expect(ours.costs == logged)
  }

  @Test("the public tests print 0.69315968 and 0.70723944")
  func publishedCosts() throws {
    let grader = try EditionTests.grader("coursera")
    let first = Edition.coursera.functions.filter { !$0.name.hasSuffix("_2") }
    let outputs = try first.map { try $0.run(NotebookFunctions(), Self.fixtures) }
    #expect(outputs.map { $0.map(\.0) } == [["W1", "b1", "W2", "b2", "costs"], ["W1", "b1", "W2", "b2", "W3", "b3", "costs"]])
    let costs = outputs.map { $0.last!.1 }
    #expect(costs.map(\.shape) == [[1, 1], [1, 1]])
    #expect(abs(costs[0].data[0] - 0.69315968) < 5e-9)
    #expect(abs(costs[1].data[0] - 0.70723944) < 5e-9)
    #expect(grader.gradeFunctions(NotebookFunctions()).allSatisfy { $0.status == .passed })
  }

  @Test("a learner's wrong cost fails both model tests; a wrong forward pass fails them too")
  func mistakesFail() throws {
    let grader = try EditionTests.grader("coursera")
    for mistake in [CostWithoutMinus() as any CourseFunctions, WrongSigmoid()] {
      let results = grader.gradeFunctions(mistake)
      #expect(results.map(\.status) == [.failed, .failed, .failed, .failed])
      #expect(results.allSatisfy { $0.firstFailure?.message.hasPrefix("Wrong output: costs") == true })
    }
  }
}
