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
