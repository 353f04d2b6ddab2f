import ArgumentParser
import Conformance

extension DNNConformanceCommand {
  /// `dnn-conformance fixtures`: the regenerated testCases as JSON.
  struct Fixtures: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print every regenerated testCases fixture as JSON (case → array → {shape, data}).")

    @Option(help: "Notebook edition whose test cases are regenerated (see `dnn-conformance editions`).")
    var edition: String = "blog"

    func run() throws {
      let edition = try Edition.named(self.edition)
      print(FixtureSet(recipes: edition.recipes).json.serialized(pretty: true))
    }
  }
}
