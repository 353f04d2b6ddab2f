import Foundation
import Testing
import CatData

@Suite("DatasetLocator: --datasets, $DNN_DATASETS, ./datasets, ../shared/datasets")
struct LocatorTests {
  /// A work tree: `root/project` (the current directory) and `root/shared`, with the cat files
  /// (empty placeholders: the locator only checks that they exist) where asked.
  struct Tree {
    let temporary: TemporaryDirectory
    var root: String { temporary.path }
    var project: String { temporary.file("project") }

    init() throws {
      temporary = try TemporaryDirectory()
      _ = try temporary.directory("project")
    }

    func addData(_ relative: String, files: [String] = ["train_catvnoncat.h5", "test_catvnoncat.h5"]) throws {
      let directory = root + "/" + relative
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      for file in files {
        _ = FileManager.default.createFile(atPath: directory + "/" + file, contents: Data())
      }
    }

    func locator(explicit: String? = nil, environment: [String: String] = [:]) -> DatasetLocator {
      DatasetLocator(explicit: explicit, environment: environment, currentDirectory: project)
    }
  }

  func failure(_ locator: DatasetLocator) -> CatDataError? {
    do {
      _ = try locator.locate()
      return nil
    } catch {
      return error
    }
  }

  @Test("nothing anywhere: the error lists every place in order, with the reason")
  func nothingFound() throws {
    let tree = try Tree()
    try tree.addData("shared/datasets", files: ["train_catvnoncat.h5"])
    let error = try #require(failure(tree.locator()))
    #expect(error.kind == .notFound)
    #expect(error.description == "cat data not found (need train_catvnoncat.h5 and test_catvnoncat.h5); "
      + "looked at $DNN_DATASETS: not set; ./datasets (\(tree.project)/datasets): does not exist; "
      + "../shared/datasets (\(tree.root)/shared/datasets): has no test_catvnoncat.h5")
  }

  @Test("the defaults, in order: ./datasets before ../shared/datasets")
  func defaults() throws {
    let tree = try Tree()
    try tree.addData("shared/datasets")
    #expect(try tree.locator().locate() == tree.root + "/shared/datasets")
    try tree.addData("project/datasets")
    #expect(try tree.locator().locate() == tree.project + "/datasets")
    #expect(tree.locator().attempts().map(\.source) == ["$DNN_DATASETS", "./datasets"])
  }

  @Test("fallbacks (grade: datasets/ beside the notebook) come after the defaults, in order")
  func fallbacks() throws {
    let tree = try Tree()
    try tree.addData("notebooks/datasets")
    let beside = [(source: "datasets/ beside the notebook", path: tree.root + "/notebooks/datasets")]
    let locator = DatasetLocator(environment: [:], currentDirectory: tree.project, fallbacks: beside)
    #expect(try locator.locate() == tree.root + "/notebooks/datasets")
    #expect(locator.attempts().map(\.source) == ["$DNN_DATASETS", "./datasets", "../shared/datasets", "datasets/ beside the notebook"])
    try tree.addData("shared/datasets")
    #expect(try locator.locate() == tree.root + "/shared/datasets")
    #expect(try DatasetLocator(explicit: tree.project, environment: [:], currentDirectory: tree.project, fallbacks: beside)
      .attempts().map(\.source) == ["--datasets"])
  }

  @Test("$DNN_DATASETS comes first; a bad or empty value falls through to the defaults")
  func environment() throws {
    let tree = try Tree()
    try tree.addData("env")
    try tree.addData("project/datasets")
    #expect(try tree.locator(environment: ["DNN_DATASETS": tree.root + "/env"]).locate() == tree.root + "/env")
    #expect(try tree.locator(environment: ["DNN_DATASETS": "../env"]).locate() == tree.root + "/env")

    let stale = tree.locator(environment: ["DNN_DATASETS": tree.root + "/gone"])
    #expect(try stale.locate() == tree.project + "/datasets")
    #expect(stale.attempts().first?.description == "$DNN_DATASETS (\(tree.root)/gone): does not exist")
    #expect(tree.locator(environment: ["DNN_DATASETS": ""]).attempts().first?.problem == "set but empty")
  }

  @Test("--datasets is final: used when good, the only place reported when bad")
  func explicit() throws {
    let tree = try Tree()
    try tree.addData("mine")
    try tree.addData("project/datasets")
    #expect(try tree.locator(explicit: "../mine", environment: ["DNN_DATASETS": tree.project + "/datasets"])
      .locate() == tree.root + "/mine")

    _ = FileManager.default.createFile(atPath: tree.root + "/file", contents: Data())
    let error = try #require(failure(tree.locator(explicit: tree.root + "/file")))
    #expect(error.description.hasSuffix("looked at --datasets (\(tree.root)/file): is not a directory"))

    try tree.addData("half", files: [])
    let empty = try #require(failure(tree.locator(explicit: tree.root + "/half")))
    #expect(empty.description.hasSuffix("has no train_catvnoncat.h5 or test_catvnoncat.h5"))
  }
}
