import ArgumentParser
import CatData
import Conformance
import DNNJSON
import Training

#if canImport(Glibc)
import Glibc
#endif

extension DNNConformanceCommand {
  /// `dnn-conformance run`: every conformance check, a table on stdout, the report to a file.
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run every conformance check and print a table; exit 0 iff nothing failed.",
      discussion: """
        Checks NumPy's RNG streams, the regenerated testCases fixtures, every course function against \
        the edition's published outputs and NumPy references, and the training logs on the cat data \
        (skipped, with the reason, when the data is not found; but a --datasets DIR without readable \
        cat data is bad input, exit status 2).
        """
    )

    @OptionGroup var common: CommonOptions

    @Option(help: "Directory holding train_catvnoncat.h5 and test_catvnoncat.h5.")
    var datasets: String?

    @OptionGroup var output: ReportOptions

    @Option(help: "Training paths to check: both, gram or literal.")
    var arithmetic: ArithmeticChoice = .both

    func run() throws {
      let editions = try common.editions()
      let fixtures = try common.fixturesDirectory()
      if let datasets {
        // Named explicitly, the data must be there and readable (SPEC §6): a typo or a damaged
        // file is bad input (exit 2), not training checks quietly skipped.
        _ = try CatDataset.locateAndLoad(datasets: datasets)
      }
      if editions.contains(where: { !$0.models.isEmpty }), (try? DatasetLocator(explicit: datasets).locate()) != nil {
        warnOfSlowTraining()
      }
      let progress = ProgressLine()
      let result = try ConformanceRun(
        editions: editions, fixturesDirectory: fixtures, datasets: datasets, arithmetics: arithmetic.paths
      ).run(progress: { progress.show($0) })
      progress.finish()
      try output.deliver(result)
    }
  }
}

/// `--report FILE` and `--format`, shared by `run` and `grade`.
struct ReportOptions: ParsableArguments {
  @Option(help: "Write the report to this file (JSON unless --format says otherwise).")
  var report: String?

  @Option(help: "Report format: text, json, gradescope or html (one self-contained page). Without --report, json, gradescope and html go to stdout.")
  var format: ReportFormat?

  /// Prints the table (or, without --report, the chosen format) and writes the report file;
  /// throws `ExitCode(1)` when a check failed, so the exit status is 0 iff nothing failed.
  func deliver(_ result: ConformanceReport) throws {
    let format = self.format ?? (report == nil ? .text : .json)
    let table = ReportTable(report: result, colour: isatty(1) != 0).text
    if let report {
      try write(format.render(result), to: report)
      print(table, terminator: "")
    } else {
      print(format == .text ? table : format.render(result), terminator: "")
    }
    if !result.passed { throw ExitCode(1) }
  }
}

/// The report formats of `run --format`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, gradescope, html

  /// The report in this format, ending in a newline.
  func render(_ report: ConformanceReport) -> String {
    switch self {
    case .text: ReportTable(report: report, colour: false).text
    case .json: report.json.serialized(pretty: true) + "\n"
    case .gradescope: report.gradescopeJSON.serialized(pretty: true) + "\n"
    case .html: HTMLReport(report: report).html
    }
  }
}

/// `--arithmetic both|gram|literal` of `run`.
enum ArithmeticChoice: String, ExpressibleByArgument, CaseIterable {
  case both, gram, literal

  var paths: [TrainingArithmetic] {
    switch self {
    case .both: [.gram, .literal]
    case .gram: [.gram]
    case .literal: [.literal]
    }
  }
}

/// Options shared by the commands that read expectations.
struct CommonOptions: ParsableArguments {
  @Option(help: "Notebook edition whose expected outputs are used, or all (see `dnn-conformance editions`).")
  var edition: String = "blog"

  @Option(help: "Directory with the published/, reference/ and random/ expectation files.")
  var fixtures: String?

  func editions() throws -> [Edition] {
    try Edition.selection(edition)
  }

  func fixturesDirectory() throws -> String {
    try FixturesDirectory.locate(explicit: fixtures)
  }
}

/// Writes `text` to `path`, or throws a one-line error naming the path.
func write(_ text: String, to path: String) throws {
  guard let file = fopen(path, "w") else {
    throw ValidationError("cannot write \(path): \(String(cString: strerror(errno)))")
  }
  defer { fclose(file) }
  guard fputs(text, file) >= 0 else { throw ValidationError("cannot write \(path)") }
}

/// A one-line progress display on stderr, shown only when stderr is a terminal.
final class ProgressLine: @unchecked Sendable {
  private let enabled = isatty(2) != 0
  private var shown = false

  func show(_ text: String) {
    guard enabled else { return }
    DNNConformanceCommand.writeToStandardError("\r\u{1B}[2K… \(text)")
    shown = true
  }

  func finish() {
    if shown { DNNConformanceCommand.writeToStandardError("\r\u{1B}[2K") }
  }
}
