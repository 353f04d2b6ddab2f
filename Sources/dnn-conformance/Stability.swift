import ArgumentParser
import CatData
import Conformance

extension DNNConformanceCommand {
  /// `dnn-conformance stability`: which published training digits a faithful re-run can reproduce.
  struct Stability: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Judge every published training number: reproducible, fragile or mismatch.",
      discussion: """
        Every training run an edition publishes (week 2's logistic regression, week 3's planar \
        model and hidden-layer sweep, week 4's two models) is made again under small, legitimate \
        changes of its last bits: other summation orders, the C library's exp and log, another \
        tanh, one ulp on single initial weights (and NumPy's own run, where we have it). A number's \
        stable digits are those no such change moves.
        reproducible: we print every published digit and all of them are stable.
        fragile: some printed digits are not stable, so the published value is one rounding \
        history among others; it is compared at its stable digits.
        mismatch: we disagree within the stable digits. Exit 0 iff nothing is a mismatch.
        """
    )

    @Option(help: "Directory holding train_catvnoncat.h5 and test_catvnoncat.h5.")
    var datasets: String?

    @Option(help: "Edition id, or all (default).")
    var edition: String = "all"

    @Option(help: "Expectation files (default: the tool's own).")
    var fixtures: String?

    @Flag(help: "Print the JSON report instead of the table.")
    var json = false

    func run() throws {
      if let datasets { _ = try DatasetLocator(explicit: datasets).locate() }
      let report = try StabilityReport.make(
        editions: try Edition.selection(edition), fixturesDirectory: try FixturesDirectory.locate(explicit: fixtures),
        datasets: datasets
      ) { DNNConformanceCommand.writeToStandardError("stability: \($0)\n") }
      print(json ? report.json.serialized(pretty: true) : report.text)
      if report.hasMismatch { throw ExitCode(1) }
    }
  }
}
