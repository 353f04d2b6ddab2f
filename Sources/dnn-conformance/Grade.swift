import ArgumentParser
import Conformance

#if canImport(Glibc)
import Glibc
#endif

extension DNNConformanceCommand {
  /// `dnn-conformance grade --python FILE`: a learner's own Python functions, graded and diagnosed.
  struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Grade a learner's Python implementation of the week-4 functions; exit 0 iff nothing failed.",
      discussion: """
        Runs every function of FILE on the regenerated test cases (with python3 and NumPy; the file is \
        only read, its top-level test code is not run), checks the outputs against the edition's \
        published values and NumPy references, and names known mistakes under failed functions. \
        Swift implementations are graded from their own tests with `Conformance.grade(_:edition:)`.
        """
    )

    @Option(name: .customLong("python"), help: ArgumentHelp("The learner's .py file.", valueName: "file"))
    var solution: String

    @OptionGroup var common: CommonOptions

    @OptionGroup var output: ReportOptions

    @Option(help: "Seconds each function may run before it is stopped.")
    var timeout: Double = 10

    func validate() throws {
      guard timeout > 0, timeout < 1e6 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
      let editions = try common.editions()
      guard editions.count == 1, let edition = editions.first else {
        throw ValidationError("grade takes one edition, not '\(common.edition)'")
      }
      let grading = try PythonGrading(edition: edition, fixturesDirectory: try common.fixturesDirectory(), timeout: timeout)
      let result = try grading.grade(solution: solution)
      try output.deliver(result)
    }
  }
}
