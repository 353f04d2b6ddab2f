import ArgumentParser
import CatData
import DeepNet
import NumPyRandom
import Training

#if canImport(Glibc)
import Glibc
#endif

extension DNNConformanceCommand.Bench {
  /// `dnn-conformance bench train`: both Application models, both arithmetic paths, on the cat data.
  struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "train",
      abstract: "Seconds for the 2-layer and 5-layer training runs (data loading excluded), and the peak memory of the first run (the 5-layer model, literal path)."
    )

    @Option(help: "Iterations per run.")
    var iterations: Int = 2500

    @Option(help: "Directory holding train_catvnoncat.h5 and test_catvnoncat.h5.")
    var datasets: String?

    func validate() throws {
      guard iterations > 0 else { throw ValidationError("--iterations must be positive") }
    }

    func run() throws {
      // Only the training split is kept (as `train` does), so the peak memory is the run's.
      let (x, y) = try { () throws -> (Matrix, Matrix) in
        let data = try CatDataset.locateAndLoad(datasets: datasets)
        return (data.trainX, data.trainY)
      }()
      // The 5-layer literal run first, so that the process's peak memory is that run's (memory
      // freed by one run stays with the allocator and would count towards the next).
      let models: [(String, [Int], UInt32, InitScaling)] = [
        ("L_layer_model", [12288, 20, 7, 5, 1], 3, .sqrt), ("two_layer_model", [12288, 7, 1], 1, .small),
      ]
      var firstPeak: Int?
      for arithmetic in TrainingArithmetic.allCases {
        for (name, dims, seed, scaling) in models {
          var rng = RandomState(seed: seed)
          let initial = try initializeParameters(layerDims: dims, scaling: scaling, rng: &rng)
          let trainer = FastTrainer(options: TrainingOptions(iterations: iterations, arithmetic: arithmetic))
          var last = 0.0
          var failure: Error?
          let seconds = bestSeconds(repeats: arithmetic == .gram ? 3 : 1) {
            do { last = try trainer.train(x: x, y: y, initial: initial).costs.last?.cost ?? .nan } catch {
              failure = error
            }
          }
          if let failure { throw failure }
          if firstPeak == nil { firstPeak = peakResidentKiB() }
          print(benchLine("train.\(name).\(arithmetic.rawValue)", seconds, "s", [
            ("iterations", "\(iterations)"), ("last_cost", "\(last)"),
          ]))
        }
      }
      print(benchLine("train.peak_memory", Double(firstPeak ?? 0) / 1024, "MiB", [
        ("x_MiB", "\(Double(x.data.count * 8) / 1_048_576)"), ("run", "L_layer_model.literal"),
      ]))
    }
  }
}

/// VmHWM (peak resident set) of this process in KiB, from /proc/self/status; 0 where unavailable.
func peakResidentKiB() -> Int {
  guard let file = fopen("/proc/self/status", "r") else { return 0 }
  defer { fclose(file) }
  var line = [CChar](repeating: 0, count: 256)
  while fgets(&line, Int32(line.count), file) != nil {
    let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    if text.hasPrefix("VmHWM:") {
      return Int(text.dropFirst(6).filter(\.isNumber)) ?? 0
    }
  }
  return 0
}
