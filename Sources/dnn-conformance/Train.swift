import ArgumentParser
import CatData
import Conformance
import DNNJSON
import DeepNet
import NumPyRandom
import Training

#if canImport(Glibc)
import Glibc
#endif

extension DNNConformanceCommand {
  /// `dnn-conformance train`: the Application notebook's training loop on the cat data.
  struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Train one of the course's models on its data and print the cost log.",
      discussion: """
        --model deep (default, week 4): [LINEAR->RELU]x(L-1) -> LINEAR->SIGMOID on the cat data; \
        needs --dims, --init and --seed. np.random.seed(SEED) is applied immediately before \
        initialisation: `--init small` is randn*0.01 (two_layer_model), `--init sqrt` is \
        randn/sqrt(n_prev) (the blog's L_layer_model uses --seed 3). Defaults 0.0075, 2500, 100.
        --model logreg (week 2): logistic regression from w = 0 on the cat data. Defaults 0.005, \
        2000, 100.
        --model planar (week 3): nn_model with --hidden units on the flower data set (seeds 3 and \
        2 as the notebook). Defaults 1.2, 10000, 1000.
        Costs are logged every --print-every iterations and at the last.
        """
    )

    @Option(help: "The model: deep (week 4), logreg (week 2) or planar (week 3).")
    var model: ModelChoice = .deep

    @Option(help: "deep: layer sizes, e.g. 12288,7,1 or 12288,20,7,5,1 (first = 12288 features, last = 1).")
    var dims: String?

    @Option(help: "deep: initialisation, small (randn*0.01) or sqrt (randn/sqrt(n_prev)).")
    var `init`: InitChoice?

    @Option(help: "deep: np.random.seed value applied just before initialisation (0 ... 2**32-1, or [a,b,...]).")
    var seed: String?

    @Option(help: "planar: hidden units n_h (default 4).")
    var hidden: Int?

    @Option(help: "Learning rate (default: the model's notebook value).")
    var learningRate: Double?

    @Option(help: "Number of iterations (default: the model's notebook value).")
    var iterations: Int?

    @Option(help: "Log the cost when iteration % N == 0 (and at the last iteration).")
    var printEvery: Int?

    @Option(help: "deep: first-layer arithmetic, gram (fast, default) or literal (the notebook's products).")
    var arithmetic: TrainingArithmetic = .gram

    @Option(help: "Directory holding train_catvnoncat.h5 and test_catvnoncat.h5 (deep, logreg).")
    var datasets: String?

    @Option(help: "deep: edition whose accuracy formula is printed: blog float(sum(p == y)/m), coursera sum((p == y)/m).")
    var edition: String = "blog"

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    func validate() throws {
      if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive") }
      if let printEvery, printEvery <= 0 { throw ValidationError("--print-every must be positive") }
      if let learningRate, !learningRate.isFinite { throw ValidationError("--learning-rate must be a finite number") }
      switch model {
      case .deep:
        guard dims != nil, `init` != nil, seed != nil else {
          throw ValidationError("--model deep needs --dims, --init and --seed (e.g. --dims 12288,7,1 --init small --seed 1)")
        }
        guard (try? parsedDims()) != nil else {
          throw ValidationError("--dims must be comma-separated positive integers with at least two entries, e.g. 12288,7,1")
        }
        _ = try Seed(parsing: seed ?? "")
        _ = try Edition.named(edition)
        if hidden != nil { throw ValidationError("--hidden is for --model planar") }
      case .logreg, .planar:
        for (given, name) in [(dims != nil, "--dims"), (`init` != nil, "--init"), (seed != nil, "--seed")] where given {
          throw ValidationError("\(name) is for --model deep; --model \(model.rawValue) starts as its notebook does")
        }
        if model == .logreg, hidden != nil { throw ValidationError("--hidden is for --model planar") }
        if let hidden, !(1...10_000).contains(hidden) { throw ValidationError("--hidden must be between 1 and 10000") }
        if model == .planar, datasets != nil { throw ValidationError("--datasets is not used by --model planar (the flower is drawn from seed 1)") }
      }
    }

    func run() throws {
      switch model {
      case .deep: try runDeep()
      case .logreg: try runLogisticRegression()
      case .planar: try runPlanar()
      }
    }

    private func runDeep() throws {
      let layerDims = try parsedDims()
      let learningRate = learningRate ?? 0.0075, iterations = iterations ?? 2500, printEvery = printEvery ?? 100
      let seed = seed ?? "", dims = dims ?? ""
      guard let `init` else { return }
      // The parameters alone may already be too large: refused before the data is read.
      try refuseBeyondMemory(layerDims, examples: 0)
      // Only the training split stays in memory while training (the test split is read again
      // afterwards): the run's peak is X, its streamed copy and the runtime.
      let (trainX, trainY) = try Self.split(datasets: datasets, test: false)
      guard layerDims.first == trainX.rows, layerDims.last == 1 else {
        throw ValidationError(
          "--dims must start with \(trainX.rows) (the cat images' features) and end with 1, got \(dims)")
      }
      try refuseBeyondMemory(layerDims, examples: trainX.cols)
      let options = TrainingOptions(
        learningRate: learningRate, iterations: iterations, printEvery: printEvery, arithmetic: arithmetic)
      var rng = try RandomState(seed: Seed(parsing: seed))
      let initial = try initializeParameters(layerDims: layerDims, scaling: `init`.scaling, rng: &rng)
      warnOfSlowTraining()
      let showProgress = isatty(2) != 0 && !json
      let clock = ContinuousClock()
      var result: TrainingResult?
      let elapsed = try clock.measure {
        result = try FastTrainer(options: options).train(x: trainX, y: trainY, initial: initial) { logged in
          if !json { print("Cost after iteration \(logged.iteration): \(logged.cost)") }
          if showProgress {
            DNNConformanceCommand.writeToStandardError(
              "\rtraining: iteration \(logged.iteration + 1)/\(iterations)")
          }
        }
      }
      if showProgress { DNNConformanceCommand.writeToStandardError("\n") }
      guard let result else { return }
      let formula = try Edition.named(edition).accuracyFormula
      let train = try predict(x: trainX, y: trainY, parameters: result.parameters, formula: formula)
      let (testX, testY) = try Self.split(datasets: datasets, test: true)
      let test = try predict(x: testX, y: testY, parameters: result.parameters, formula: formula)
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
      let notes = stallNotes(result, labels: trainY)
      if json {
        let report: JSON = [
          "dims": .array(layerDims.map { .integer(Int64($0)) }),
          "init": .string(`init`.rawValue),
          "seed": .string(seed),
          "learning_rate": .number(learningRate),
          "iterations": .integer(Int64(iterations)),
          "arithmetic": .string(result.arithmetic.rawValue),
          "edition": .string(edition),
          "costs": .array(result.costs.map { [.integer(Int64($0.iteration)), .number($0.cost)] }),
          "train_accuracy": .number(train.accuracy),
          "test_accuracy": .number(test.accuracy),
          "seconds": .number(seconds),
        ]
        var object = report.objectValue ?? JSON.Object()
        if !notes.isEmpty { object["notes"] = .array(notes.map(JSON.string)) }
        print(JSON.object(object).serialized(pretty: false))
      } else {
        print("Train accuracy: \(train.accuracy)")
        print("Test accuracy: \(test.accuracy)")
        print("Arithmetic: \(result.arithmetic.rawValue), \(iterations) iterations in \((seconds * 1000).rounded() / 1000) s")
        for note in notes { print("Note: \(note)") }
      }
    }

    /// The catalogue's explanation when a `--init small` run stalls at the labels' entropy (the
    /// 5-layer model with randn*0.01, seeds/003's "cost stuck near 0.645"); empty otherwise.
    private func stallNotes(_ result: TrainingResult, labels: Matrix) -> [String] {
      guard self.`init` == .small, labels.cols > 0,
        let directory = try? FixturesDirectory.locate(),
        let catalogue = try? MistakeCatalogue(fixturesDirectory: directory)
      else { return [] }
      let share = labels.data.reduce(0, +) / Double(labels.cols)
      return catalogue.trainingStall(
        costs: result.costs.map { ($0.iteration, $0.cost) }, positiveShare: share) ?? []
    }

    /// Throws `--dims D asks for 52.6 GiB of memory to train; this machine has 23.5 GiB` when the
    /// run's estimated peak (`TrainingMemory`) does not fit in this machine's memory.
    private func refuseBeyondMemory(_ layerDims: [Int], examples: Int) throws {
      let dims = dims ?? ""
      let need = TrainingMemory.estimate(dims: layerDims, examples: examples, threads: TrainingOptions().threads)
      guard need <= MachineMemory.bytes else {
        throw ValidationError("--dims \(dims) " + MachineMemory.refusal(needing: need, of: "memory to train"))
      }
    }

    /// X and Y of the training or test split (the loaded dataset goes out of scope here).
    static func split(datasets: String?, test: Bool) throws -> (x: Matrix, y: Matrix) {
      let data = try CatDataset.locateAndLoad(datasets: datasets)
      return test ? (data.testX, data.testY) : (data.trainX, data.trainY)
    }

    private func parsedDims() throws -> [Int] {
      let parts = (dims ?? "").split(separator: ",", omittingEmptySubsequences: false)
      let values = parts.compactMap { Int($0) }
      guard values.count == parts.count, values.count >= 2, values.allSatisfy({ $0 > 0 }) else {
        throw ValidationError("bad --dims")
      }
      return values
    }
  }
}

/// `--model`: which week's model `train` runs.
enum ModelChoice: String, ExpressibleByArgument, CaseIterable {
  case deep, logreg, planar
}

/// `--init`: the two initialisations of the course.
enum InitChoice: String, ExpressibleByArgument, CaseIterable {
  case small, sqrt

  var scaling: InitScaling { self == .small ? .small : .sqrt }
}

extension TrainingArithmetic: ExpressibleByArgument {}
