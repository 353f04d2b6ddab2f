import DeepNet
import Testing

import Training
@testable import TrainingKernels

/// Every build of the kernels this CPU runs (the default target's, and on x86-64 with AVX2 and FMA
/// the second build) gives the same bits: literal and Gram deep runs with the streamed kernels,
/// models trained together, logistic regression's Gram matrix and run, and the planar model.
@Suite struct KernelBuildTests {
  static var engines: [any TrainingEngine.Type] { KernelBuild.runnableEngines }

  @Test(arguments: TrainingArithmetic.allCases)
  func deepRunsAgree(arithmetic: TrainingArithmetic) throws {
    let (x, y) = syntheticData()
    let initials = try [([900, 12, 5, 1], InitScaling.sqrt, UInt32(3)), ([900, 7, 1], .small, 1)].map {
      try initialParameters($0.0, $0.1, seed: $0.2)
    }
    let trainer = FastTrainer(
      options: TrainingOptions(iterations: 6, printEvery: 2, arithmetic: arithmetic), forcesFirstLayerKernels: true)
    let runs = try Self.engines.map { engine in
      try engine.trainTogether(trainer, x: x, y: y, initials: initials) { _, _ in }
        + [try engine.train(trainer, x: x, y: y, initial: initials[0]) { _ in }]
    }
    for run in runs.dropFirst() {
      #expect(run.map(\.costs) == runs[0].map(\.costs))
      #expect(run.map(\.parameters) == runs[0].map(\.parameters))
    }
  }

  @Test func shallowRunsAgree() throws {
    let (x, y) = syntheticData()
    let logistic = LogisticTrainer(learningRate: 0.01, iterations: 30, printEvery: 10)
    let planar = PlanarTrainer(hiddenUnits: 3, iterations: 40, printEvery: 10)
    let small = Matrix(rows: 2, cols: x.cols, data: Array(x.data.prefix(2 * x.cols)))
    let runs = try Self.engines.map { engine in
      let gram = engine.gram(of: x)
      let lr = try engine.train(logistic, x: x, y: y, testX: x, testY: y, gram: nil)
      let flower = try engine.train(planar, x: small, y: y)
      return (gram, lr.costs, lr.w, flower.costs, flower.parameters)
    }
    for run in runs.dropFirst() {
      #expect(run.0 == runs[0].0)
      #expect(run.1 == runs[0].1 && run.2 == runs[0].2)
      #expect(run.3 == runs[0].3 && run.4 == runs[0].4)
    }
  }

  /// On an x86-64 CPU with AVX2 and FMA the fast build is the one that runs, and nothing warns.
  @Test func theFastBuildRunsWhereTheCPUHasIt() {
    #if arch(x86_64)
    if KernelBuild.cpuRunsTheFastBuild {
      #expect(KernelBuild.fusedMultiplyAddCompiledIn)
      #expect(KernelBuild.slowPathWarning == nil)
    }
    #endif
  }
}
