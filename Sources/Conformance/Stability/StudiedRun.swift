import CatData
import Dispatch
import Synchronization

/// A training run with its perturbed re-runs.
public protocol StudiedRun: Sendable {
  /// What our reference run printed, or why it could not run.
  var reference: Result<PrintedNumbers, ShallowRunError> { get }
  /// What each faithful re-run printed.
  var perturbed: [(label: String, numbers: PrintedNumbers)] { get }
}

extension StudiedRun {
  /// The stability of `number`, if the reference run printed it.
  public func stability(of number: PrintedNumber) -> NumberStability? {
    guard case .success(let numbers) = reference, let value = numbers[number] else { return nil }
    return NumberStability(
      reference: value, perturbed: perturbed.compactMap { run in run.numbers[number].map { (run.label, $0) } })
  }
}

/// Makes the runs of a stability study: each run as it is and once per change, two at a time.
enum Studies {
  /// One run's outcome: the reference and every change that could be made, by label.
  struct Outcome<Run> {
    let run: Run
    let reference: Result<PrintedNumbers, ShallowRunError>
    let perturbed: [(label: String, numbers: PrintedNumbers)]
  }

  /// Every run of `runs` that differs by `key`, trained as it is (`train(run, nil)`) and with each
  /// of `changes(run)`; a change whose run fails is left out of the evidence.
  static func make<Run: Sendable, Change: Sendable>(
    _ runs: [Run], key: (Run) -> String, changes: (Run) -> [(label: String, change: Change)],
    train: @escaping @Sendable (Run, Change?) throws -> PrintedNumbers
  ) -> [Outcome<Run>] {
    var distinct: [Run] = []
    for run in runs where !distinct.contains(where: { key($0) == key(run) }) { distinct.append(run) }
    var jobs: [(Run, Change?)] = []
    for run in distinct {
      jobs.append((run, nil))
      jobs += changes(run).map { (run, $0.change) }
    }
    let allJobs = jobs
    let results = ResultsBox<Result<PrintedNumbers, ShallowRunError>>(count: jobs.count)
    DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
      let (run, change) = allJobs[index]
      let outcome: Result<PrintedNumbers, ShallowRunError>
      do { outcome = .success(try train(run, change)) } catch let error as CatDataError {
        outcome = .failure(ShallowRunError(description: error.description, noData: true))
      } catch {
        outcome = .failure(ShallowRunError(description: "\(error)", noData: false))
      }
      results.set(index, outcome)
    }
    let values = results.values
    var index = 0
    return distinct.map { run in
      let reference = values[index]
      var perturbed: [(label: String, numbers: PrintedNumbers)] = []
      for (label, _) in changes(run) {
        index += 1
        if case .success(let numbers) = values[index] { perturbed.append((label, numbers)) }
      }
      index += 1
      return Outcome(run: run, reference: reference, perturbed: perturbed)
    }
  }
}

/// Slots written by concurrent workers, each once.
final class ResultsBox<T: Sendable>: Sendable {
  private let slots: Mutex<[T?]>

  init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

  func set(_ index: Int, _ value: T) { slots.withLock { $0[index] = value } }

  var values: [T] { slots.withLock { $0.map { $0! } } }
}
