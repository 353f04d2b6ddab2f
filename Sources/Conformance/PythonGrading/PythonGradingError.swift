/// Why a Python solution could not be graded at all (bad input or a missing tool; `grade` exits 2).
/// A solution that loads but fails is not an error: it is a report with failed functions.
public enum PythonGradingError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The solution file cannot be read (missing, a directory, no permission).
  case unreadableSolution(path: String, reason: String)
  /// No interpreter of that name could be started.
  case interpreterNotFound(String)
  /// The interpreter runs but has no NumPy (the runner's own message).
  case numpyMissing(String)
  /// The shipped runner (`runner.py`) is not where the build put it.
  case runnerNotFound(searched: [String])
  /// The runner refused its input (its one-line message).
  case runnerRefused(String)
  /// The runner stopped abnormally (exit status or signal, and its last words).
  case runnerFailed(String)
  /// The runner did not finish within the overall time limit and was stopped.
  case timedOut(seconds: Double)
  /// The runner's stdout is not the report it promises.
  case badRunnerOutput(String)
  /// The private directory or a file in it (plan, learner code, data) could not be written.
  case temporaryFile(String)

  public var description: String {
    switch self {
    case .unreadableSolution(let path, let reason): "cannot read solution \(path): \(reason)"
    case .interpreterNotFound(let name):
      "cannot start \(name): grading a Python solution needs Python 3 with NumPy (set DNN_PYTHON to the interpreter)"
    case .numpyMissing(let message):
      "\(message): grading a Python solution needs NumPy (pip install numpy, or set DNN_PYTHON to an interpreter that has it)"
    case .runnerNotFound(let searched):
      "the Python runner (runner.py) was not found (looked in \(searched.joined(separator: ", ")); set DNN_PYTHON_RUNNER to its folder"
    case .runnerRefused(let message): message
    case .runnerFailed(let message): "the Python runner failed: \(message)"
    case .timedOut(let seconds): "the Python runner did not finish within \(Int(seconds.rounded(.up))) s and was stopped"
    case .badRunnerOutput(let message): "the Python runner's output is not a report: \(message)"
    case .temporaryFile(let message): "cannot write the grading files (plan, learner code, data) for the Python runner: \(message)"
    }
  }
}
