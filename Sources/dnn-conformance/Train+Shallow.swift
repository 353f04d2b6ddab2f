import ArgumentParser
import DNNJSON
import DeepNet
import Training

#if canImport(Glibc)
import Glibc
#endif

extension DNNConformanceCommand.Train {
  /// `train --model logreg`: week 2's `model(...)` on the cat data.
  func runLogisticRegression() throws {
    let trainer = LogisticTrainer(
      learningRate: learningRate ?? 0.005, iterations: iterations ?? 2000, printEvery: printEvery ?? 100)
    let (trainX, trainY) = try Self.split(datasets: datasets, test: false)
    let (testX, testY) = try Self.split(datasets: datasets, test: true)
    let (result, seconds) = try timed { try trainer.train(x: trainX, y: trainY, testX: testX, testY: testY) }
    if json {
      printJSON([
        "model": "logreg", "learning_rate": .number(trainer.learningRate),
        "iterations": .integer(Int64(trainer.iterations)), "costs": Self.costsJSON(result.costs),
        "train_accuracy": .number(result.trainAccuracy), "test_accuracy": .number(result.testAccuracy),
        "seconds": .number(seconds),
      ])
    } else {
      printCosts(result.costs)
      print("train accuracy: \(result.trainAccuracy) %")
      print("test accuracy: \(result.testAccuracy) %")
      print("\(trainer.iterations) iterations in \(Self.rounded(seconds)) s")
    }
  }

  /// `train --model planar`: week 3's `nn_model(X, Y, n_h)` on the flower.
  func runPlanar() throws {
    let trainer = PlanarTrainer(
      hiddenUnits: hidden ?? 4, learningRate: learningRate ?? 1.2, iterations: iterations ?? 10000,
      printEvery: printEvery ?? 1000)
    let (x, y) = PlanarDataset.flower()
    let (result, seconds) = try timed { try trainer.train(x: x, y: y) }
    if json {
      printJSON([
        "model": "planar", "hidden": .integer(Int64(trainer.hiddenUnits)),
        "learning_rate": .number(trainer.learningRate), "iterations": .integer(Int64(trainer.iterations)),
        "costs": Self.costsJSON(result.costs), "train_accuracy": .number(result.accuracy),
        "seconds": .number(seconds),
      ])
    } else {
      printCosts(result.costs)
      print("Accuracy: \(result.accuracy) % (the notebook prints it with %d: \(Int(result.accuracy))%)")
      print("\(trainer.iterations) iterations in \(Self.rounded(seconds)) s")
    }
  }

  private func timed<T>(_ body: () throws -> T) throws -> (T, Double) {
    let clock = ContinuousClock()
    var value: T?
    let elapsed = try clock.measure { value = try body() }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    guard let value else { throw ValidationError("training produced no result") }
    return (value, seconds)
  }

  private func printCosts(_ costs: [LoggedCost]) {
    for logged in costs { print("Cost after iteration \(logged.iteration): \(logged.cost)") }
  }

  private func printJSON(_ object: JSON) {
    print(object.serialized(pretty: false))
  }

  static func costsJSON(_ costs: [LoggedCost]) -> JSON {
    .array(costs.map { [.integer(Int64($0.iteration)), .number($0.cost)] })
  }

  static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }
}
