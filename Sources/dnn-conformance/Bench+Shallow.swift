import ArgumentParser
import CatData
import DeepNet
import Training

extension DNNConformanceCommand.Bench {
  /// `dnn-conformance bench shallow`: week 2's 2000-iteration logistic regression on the cat data
  /// and week 3's 10000-iteration planar model (data loading excluded; the Gram matrix included).
  struct Shallow: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "shallow",
      abstract: "Seconds for week 2's model (2000 iterations) and week 3's nn_model (10000 iterations)."
    )

    @Option(help: "Repetitions; the best is kept.")
    var repeats: Int = 3

    @Option(help: "Directory holding train_catvnoncat.h5 and test_catvnoncat.h5.")
    var datasets: String?

    func run() throws {
      let data = try CatDataset.locateAndLoad(datasets: datasets)
      var failure: Error?
      let logreg = bestSeconds(repeats: repeats) {
        do { _ = try LogisticTrainer().train(x: data.trainX, y: data.trainY, testX: data.testX, testY: data.testY) } catch {
          failure = error
        }
      }
      let (x, y) = PlanarDataset.flower()
      let planar = bestSeconds(repeats: repeats) {
        do { _ = try PlanarTrainer().train(x: x, y: y) } catch { failure = error }
      }
      if let failure { throw failure }
      print(benchLine("shallow.logreg_model", logreg, "s", [("iterations", "2000"), ("path", "gram")]))
      print(benchLine("shallow.planar_nn_model", planar, "s", [("iterations", "10000"), ("hidden", "4")]))
    }
  }
}
