/// Where the shipped Python runner is: `Sources/Conformance/PythonRunner`, which the build copies
/// next to the executable as a resource (`DNNConformance_Conformance.resources/PythonRunner`).
///
/// `$DNN_PYTHON_RUNNER` when set (explicit and final: set by whoever runs the tool), else the resource folder
/// next to the running executable (the built or installed `dnn-conformance`, or the test bundle
/// under `swift test`; see `ResourceBundle`). Never the working directory, never the source tree.
public enum PythonRunnerLocation {
  /// The folder that holds `runner.py`, or an error listing every place tried.
  public static func locate(environment: [String: String]) throws(PythonGradingError) -> String {
    let candidates = self.candidates(environment: environment)
    if let found = candidates.first(where: { FileProbe.isReadableFile("\($0)/runner.py") }) { return found }
    throw .runnerNotFound(searched: candidates)
  }

  /// The folders tried, in order: only `$DNN_PYTHON_RUNNER` when it is set, else the bundled places.
  static func candidates(environment: [String: String]) -> [String] {
    if let explicit = environment["DNN_PYTHON_RUNNER"], !explicit.isEmpty {
      return [explicit.hasSuffix("/runner.py") ? String(explicit.dropLast("/runner.py".count)) : explicit]
    }
    return ResourceBundle.candidates("PythonRunner")
  }
}
