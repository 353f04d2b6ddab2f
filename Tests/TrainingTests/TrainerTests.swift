import DeepNet
import Testing

import Training
@testable import TrainingKernels

/// The fast trainer against DeepNet's straightforward `lLayerModel` / `twoLayerModel` (one
/// unfused sum per product, glibc's exp) on the synthetic data: both arithmetics, with and without
/// the streamed first-layer kernels, agree to 1e-12 in every cost and 1e-10 in every parameter.
@Suite struct TrainerTests {
  static let iterations = 40

  /// DeepNet's model on the synthetic data; `learningRate` scaled by `gradientScale` to play a
  /// broken gradient (e.g. one that forgot the 1/m).
  static func reference(
    _ dims: [Int], _ scaling: InitScaling, seed: UInt32, gradientScale: Double = 1
  ) throws -> (costs: [Double], parameters: Parameters) {
    let (x, y) = syntheticData()
    let initial = try initialParameters(dims, scaling, seed: seed)
    var costs: [Double] = []
    let rate = 0.0075 * gradientScale
    let parameters = dims.count == 3
      ? try twoLayerModel(x: x, y: y, parameters: initial, learningRate: rate, numIterations: iterations,
                          printEvery: 1) { _, cost in costs.append(cost) }
      : try lLayerModel(x: x, y: y, parameters: initial, learningRate: rate, numIterations: iterations,
                        printEvery: 1) { _, cost in costs.append(cost) }
    return (costs, parameters)
  }

  static func fast(
    _ dims: [Int], _ scaling: InitScaling, seed: UInt32, arithmetic: TrainingArithmetic, forced: Bool
  ) throws -> TrainingResult {
    let (x, y) = syntheticData()
    let initial = try initialParameters(dims, scaling, seed: seed)
    let options = TrainingOptions(iterations: iterations, printEvery: 1, arithmetic: arithmetic)
    return try FastTrainer(options: options, forcesFirstLayerKernels: forced).train(x: x, y: y, initial: initial)
  }

  static let models: [([Int], InitScaling, UInt32)] = [([900, 12, 5, 1], .sqrt, 3), ([900, 7, 1], .small, 1)]

  @Test(arguments: TrainingArithmetic.allCases, [false, true])
  func agreesWithDeepNet(arithmetic: TrainingArithmetic, forced: Bool) throws {
    let (x, y) = syntheticData()
    for (dims, scaling, seed) in Self.models {
      let expected = try Self.reference(dims, scaling, seed: seed)
      let result = try Self.fast(dims, scaling, seed: seed, arithmetic: arithmetic, forced: forced)
      #expect(result.costs.map(\.iteration) == Array(0..<Self.iterations))
      #expect(allClose(result.costs.map(\.cost), expected.costs, rtol: 1e-12), "dims \(dims)")
      let ours = flattened(result.parameters), theirs = flattened(expected.parameters)
      let scale = theirs.map(abs).max() ?? 1
      #expect(zip(ours, theirs).allSatisfy { abs($0 - $1) <= 1e-10 * scale }, "dims \(dims)")
      let accuracy = try predict(x: x, y: y, parameters: result.parameters).accuracy
      #expect(accuracy == (try predict(x: x, y: y, parameters: expected.parameters).accuracy))
    }
  }

  @Test func brokenGradientIsDetected() throws {
    // A gradient without its 1/m (m = 23) moves the costs far beyond the 1e-12 tolerance.
    let (dims, scaling, seed) = Self.models[0]
    let broken = try Self.reference(dims, scaling, seed: seed, gradientScale: 23)
    let result = try Self.fast(dims, scaling, seed: seed, arithmetic: .literal, forced: false)
    #expect(!allClose(result.costs.map(\.cost), broken.costs, rtol: 1e-12))
    #expect(result.costs[0].cost == broken.costs[0])  // the first cost precedes any update
  }

  @Test func literalAndGramAgree() throws {
    let (dims, scaling, seed) = Self.models[0]
    let literal = try Self.fast(dims, scaling, seed: seed, arithmetic: .literal, forced: true)
    let gram = try Self.fast(dims, scaling, seed: seed, arithmetic: .gram, forced: true)
    #expect(allClose(gram.costs.map(\.cost), literal.costs.map(\.cost), rtol: 1e-12))
  }

  @Test func logsEveryPrintEveryAndTheLastIteration() throws {
    let (x, y) = syntheticData()
    let initial = try initialParameters([900, 7, 1], .small, seed: 1)
    let options = TrainingOptions(iterations: 25, printEvery: 10)
    var seen: [Int] = []
    let result = try FastTrainer(options: options).train(x: x, y: y, initial: initial) { seen.append($0.iteration) }
    #expect(seen == [0, 10, 20, 24])
    #expect(result.costs.map(\.iteration) == seen)
  }

  @Test func rejectsBadInput() throws {
    let (x, y) = syntheticData()
    let initial = try initialParameters([900, 7, 1], .small, seed: 1)
    #expect(throws: TrainingError.self) {
      try FastTrainer(options: TrainingOptions(iterations: 0)).train(x: x, y: y, initial: initial)
    }
    let wrongY = Matrix(rows: 1, cols: 22)
    #expect(throws: TrainingError.self) {
      try FastTrainer().train(x: x, y: wrongY, initial: initial)
    }
  }
}

/// The slow-path warning appears exactly when the kernels were built without hardware FMA, and
/// says how to build them with it when the CPU has it.
@Test func theSlowPathWarningMatchesTheBuild() {
  #expect((KernelBuild.slowPathWarning == nil) == KernelBuild.fusedMultiplyAddCompiledIn)
  if let warning = KernelBuild.slowPathWarning, KernelBuild.cpuHasFusedMultiplyAdd {
    #expect(warning.contains("-Xswiftc -target-cpu -Xswiftc native") && warning.contains("make build"))
  }
}
