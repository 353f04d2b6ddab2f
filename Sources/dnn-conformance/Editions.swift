import ArgumentParser
import Conformance

extension DNNConformanceCommand {
  /// `dnn-conformance editions`: the notebook editions this build knows, one per line.
  struct Editions: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the notebook editions accepted by --edition, with a one-line description each.")

    func run() throws {
      let width = (Edition.all.map(\.id.count).max() ?? 0) + 2
      for edition in Edition.all {
        print(edition.id + String(repeating: " ", count: width - edition.id.count) + edition.summary)
      }
    }
  }
}
