import ArgumentParser
@main struct DNNConformanceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "dnn-conformance")
}
