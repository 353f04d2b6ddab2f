import ArgumentParser
import CatData
import Conformance

#if canImport(Glibc)
import Glibc
#endif

extension DNNConformanceCommand {
  /// `dnn-conformance grade FILE`: a learner's notebook (or .py), graded and diagnosed.
  struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Grade a learner's notebook (.ipynb) or Python script; exit 0 iff every function they wrote passed.",
      discussion: """
        FILE is the notebook as downloaded, or a .py (a `jupyter nbconvert --to script` export or \
        hand-written). The assignment (week 2's logistic regression, week 3's planar model, week \
        4's Step by Step or Application) and its release are worked out from the file's imports \
        (lr_utils, planar_utils, testCases_v2 … test_cases, dnn_app_utils_v2/v3, public_tests) and \
        the functions it writes, and the report says which and why; --edition overrides it. Each \
        function the learner wrote runs in a child process of its own with time and memory limits, \
        on the notebook's test case and on fresh inputs of other shapes (drawn from a seed the \
        report prints; --fresh-seed repeats a grading); the models are trained on their small test \
        cases and on the course's data (the cat data when found: --datasets, $DNN_DATASETS, \
        ./datasets, ../shared/datasets, then datasets/ beside the notebook). Needs python3 with NumPy.
        """
    )

    @Argument(help: ArgumentHelp("The learner's .ipynb or .py file.", valueName: "file"))
    var file: String?

    @Option(name: .customLong("python"), help: ArgumentHelp("The same as FILE (kept for older scripts).", valueName: "file"))
    var python: String?

    @Option(help: ArgumentHelp(
      "Grade as this edition instead of the detected one: \(Edition.all.map(\.id).joined(separator: ", ")).",
      valueName: "edition"))
    var edition: String?

    @Option(help: "Directory with the published/, reference/ and random/ expectation files (for course authors).")
    var fixtures: String?

    @Option(help: "Directory holding train_catvnoncat.h5 and test_catvnoncat.h5 (Application notebooks).")
    var datasets: String?

    @OptionGroup var output: ReportOptions

    @Option(help: "Seconds each function may run before it is stopped.")
    var timeout: Double = 10

    @Option(help: "Seed of the fresh inputs (default: a new one each time, printed in the report).")
    var freshSeed: UInt32?

    func validate() throws {
      guard timeout > 0, timeout < 1e6 else { throw ValidationError("--timeout must be a positive number of seconds") }
      guard (file == nil) != (python == nil) else {
        throw ValidationError(file == nil ? "name the learner's file: grade FILE" : "give the learner's file once (FILE or --python FILE)")
      }
      if let edition { _ = try Edition.named(edition) }
    }

    func run() throws {
      let path = file ?? python ?? ""
      let source = try NotebookSource(path: path)
      if let report = output.report, FileIdentity(report) != nil, FileIdentity(report) == FileIdentity(path) {
        throw ValidationError("--report \(report) is the learner's file itself; write the report elsewhere")
      }
      // An explicit --datasets without readable cat data is bad input, whatever the assignment.
      let explicitData = try datasets.map { try DatasetLocator(explicit: $0).locate() }
      var grading = try PythonGrading.detecting(
        source, edition: edition, fixturesDirectory: try FixturesDirectory.locate(explicit: fixtures), timeout: timeout)
      if let freshSeed { grading.freshSeed = freshSeed }
      if grading.grader.edition.gradesModels {
        // Besides the usual places: datasets/ beside the notebook, where the course keeps it.
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let locator = DatasetLocator(fallbacks: [("datasets/ beside the notebook", folder + "/datasets")])
        do { grading.datasets = try explicitData ?? locator.locate() } catch {
          grading.datasetsSearch = locator.attempts().map(\.description).joined(separator: "; ")
        }
      }
      try output.deliver(try grading.grade(source))
    }
  }
}

/// A file's device and inode, to tell whether two paths name the same file.
struct FileIdentity: Equatable {
  let device: UInt64
  let inode: UInt64

  init?(_ path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
  }
}
