import DeepNet
import Testing

import Training
@testable import TrainingKernels

/// Models trained together share one pass over X per iteration but not a single bit of their
/// numbers: each result equals the model's own run exactly, costs and parameters.
@Suite struct LockstepTests {
  static let models: [([Int], InitScaling, UInt32)] = [
    ([900, 12, 5, 1], .sqrt, 3), ([900, 7, 1], .small, 1), ([900, 20, 7, 5, 1], .sqrt, 1), ([900, 1, 1], .small, 2),
  ]

  @Test(arguments: TrainingArithmetic.allCases, [false, true])
  func togetherIsAlone(arithmetic: TrainingArithmetic, forced: Bool) throws {
    let (x, y) = syntheticData()
    let initials = try Self.models.map { try initialParameters($0.0, $0.1, seed: $0.2) }
    let options = TrainingOptions(iterations: 25, printEvery: 4, arithmetic: arithmetic)
    let trainer = FastTrainer(options: options, forcesFirstLayerKernels: forced)
    var heard: [Int: [LoggedCost]] = [:]
    let together = try trainer.trainTogether(x: x, y: y, initials: initials) { heard[$0, default: []].append($1) }
    for (index, initial) in initials.enumerated() {
      let alone = try trainer.train(x: x, y: y, initial: initial)
      #expect(together[index].costs == alone.costs, "model \(index)")
      #expect(together[index].parameters == alone.parameters, "model \(index)")
      #expect(heard[index] == alone.costs, "model \(index)")
    }
  }

  @Test func badModelIsRefusedBeforeAnyWork() throws {
    let (x, y) = syntheticData()
    let good = try initialParameters([900, 7, 1], .small, seed: 1)
    let bad = try initialParameters([800, 7, 1], .small, seed: 1)
    #expect(throws: TrainingError.self) {
      try FastTrainer(options: TrainingOptions(iterations: 3, arithmetic: .literal))
        .trainTogether(x: x, y: y, initials: [good, bad])
    }
  }
}
