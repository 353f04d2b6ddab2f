import CatData
import DeepNet
import Synchronization
import Training

/// The data week 2's and week 3's runs train on: the cat data (with its Gram matrix, computed once)
/// and the flower.
public final class ShallowData: Sendable {
  /// The cat data, or why it could not be loaded.
  public let cat: Result<CatDataset, CatDataError>
  /// The flower (2 × 400) and its labels.
  public let flower: (x: Matrix, y: Matrix)
  private let gram = Mutex<Matrix?>(nil)

  /// The data of one conformance run.
  public init(cat: Result<CatDataset, CatDataError>) {
    self.cat = cat
    flower = PlanarDataset.flower()
  }

  /// G = X.T @ X of the cat training images.
  func gramMatrix(_ data: CatDataset) -> Matrix {
    gram.withLock { cached in
      if let cached { return cached }
      let g = LogisticTrainer.gram(of: data.trainX)
      cached = g
      return g
    }
  }
}

/// Runs a week-2 or week-3 training under a given rounding.
public enum ShallowRuns {
  /// What `training` prints when run with `rounding` on `data`.
  public static func run(_ training: ShallowTraining, rounding: Rounding, data: ShallowData) throws -> PrintedNumbers {
    switch training.model {
    case .logreg:
      let cat = try data.cat.get()
      let trainer = LogisticTrainer(
        learningRate: training.learningRate, iterations: training.iterations, printEvery: training.printEvery,
        rounding: rounding)
      let result = try trainer.train(
        x: cat.trainX, y: cat.trainY, testX: cat.testX, testY: cat.testY, gram: data.gramMatrix(cat))
      return PrintedNumbers(costs: result.costs, trainAccuracy: result.trainAccuracy, testAccuracy: result.testAccuracy)
    case .planar:
      let trainer = PlanarTrainer(
        hiddenUnits: training.hidden, learningRate: training.learningRate, iterations: training.iterations,
        printEvery: training.printEvery, rounding: rounding, drawSeed: training.drawSeed)
      let result = try trainer.train(x: data.flower.x, y: data.flower.y)
      return PrintedNumbers(costs: result.costs, trainAccuracy: result.accuracy, testAccuracy: nil)
    }
  }
}

/// Why a run could not be made (no cat data, a shape problem).
public struct ShallowRunError: Error, Sendable, CustomStringConvertible {
  /// One line.
  public let description: String
  /// Whether the run needs data that could not be found (its checks are skipped, not failed).
  public let noData: Bool
}
