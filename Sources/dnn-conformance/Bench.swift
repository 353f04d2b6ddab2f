import ArgumentParser

/// `dnn-conformance bench ...`: throughput measurements for `make bench` (hidden from help).
///
/// Every line a benchmark prints is `NAME VALUE UNIT [key=value ...]`, the same format
/// `reference/bench_numpy.py` prints, so `scripts/bench.sh` can put the two side by side.
/// A rate unit ends in `/s` (higher is better); any other unit is a time (lower is better).
/// Add a benchmark as another subcommand here (e.g. `bench train`).
extension DNNConformanceCommand {
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Throughput measurements (used by make bench).",
      shouldDisplay: false,
      subcommands: [RNG.self, Train.self, Shallow.self]
    )
  }
}

/// Times `body` `repeats` times and returns the best wall-clock time in seconds.
func bestSeconds(repeats: Int, _ body: () -> Void) -> Double {
  let clock = ContinuousClock()
  var best = Double.infinity
  for _ in 0..<max(1, repeats) {
    let elapsed = clock.measure(body)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    best = min(best, seconds)
  }
  return best
}

/// One result line: `NAME VALUE UNIT key=value ...`.
func benchLine(_ name: String, _ value: Double, _ unit: String, _ details: [(String, String)]) -> String {
  let rounded = (value * 100).rounded() / 100
  return ([name, "\(rounded)", unit] + details.map { "\($0.0)=\($0.1)" }).joined(separator: " ")
}
