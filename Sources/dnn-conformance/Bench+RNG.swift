import ArgumentParser
import NumPyRandom

extension DNNConformanceCommand.Bench {
  /// `dnn-conformance bench rng`: randn and rand throughput of the public bulk API.
  struct RNG: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "rng",
      abstract: "Draws per second of randn and rand (best of several runs, one thread)."
    )

    @Option(help: "Draws per run.")
    var draws: Int = 10_000_000

    @Option(help: "Runs per method; the best is reported.")
    var repeats: Int = 5

    func validate() throws {
      guard draws > 0, draws <= 1_000_000_000 else { throw ValidationError("--draws must be in 1 ... 10^9") }
      guard repeats > 0, repeats <= 1000 else { throw ValidationError("--repeats must be in 1 ... 1000") }
      // Each run holds its draws at once.
      let bytes = Double(draws) * Double(MemoryLayout<Double>.stride)
      guard bytes <= MachineMemory.bytes else {
        throw ValidationError("--draws \(draws) " + MachineMemory.refusal(needing: bytes, of: "values"))
      }
    }

    func run() {
      var random = RandomState(seed: 1)
      // The checksum keeps the draws observable, so the optimizer cannot drop them.
      var checksum = 0.0
      let count = draws
      let randn = bestSeconds(repeats: repeats) {
        let values = random.randn(count)
        checksum += values[count / 2]
      }
      let rand = bestSeconds(repeats: repeats) {
        let values = random.rand(count)
        checksum += values[count / 2]
      }
      let details = [("draws", "\(count)"), ("best_of", "\(repeats)"), ("checksum", "\(checksum)")]
      print(benchLine("rng.randn", Double(count) / randn / 1e6, "Mdraws/s", details))
      print(benchLine("rng.rand", Double(count) / rand / 1e6, "Mdraws/s", details))
    }
  }
}
