import CatData
import DeepNet
import Dispatch
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

  /// Every (training, rounding) pair run once, two at a time; failures are kept per pair.
  static func runAll(
    _ jobs: [(ShallowTraining, Rounding)], data: ShallowData
  ) -> [Result<PrintedNumbers, ShallowRunError>] {
    let results = ResultsBox<Result<PrintedNumbers, ShallowRunError>>(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
      let (training, rounding) = jobs[index]
      let outcome: Result<PrintedNumbers, ShallowRunError>
      do { outcome = .success(try run(training, rounding: rounding, data: data)) } catch let error as CatDataError {
        outcome = .failure(ShallowRunError(description: error.description, noData: true))
      } catch {
        outcome = .failure(ShallowRunError(description: "\(error)", noData: false))
      }
      results.set(index, outcome)
    }
    return results.values
  }
}

/// Why a run could not be made (no cat data, a shape problem).
public struct ShallowRunError: Error, Sendable, CustomStringConvertible {
  /// One line.
  public let description: String
  /// Whether the run needs data that could not be found (its checks are skipped, not failed).
  public let noData: Bool
}

/// Slots written by concurrent workers, each once.
final class ResultsBox<T: Sendable>: Sendable {
  private let slots: Mutex<[T?]>

  init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

  func set(_ index: Int, _ value: T) { slots.withLock { $0[index] = value } }

  var values: [T] { slots.withLock { $0.map { $0! } } }
}
