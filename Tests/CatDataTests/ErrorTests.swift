import CHDF5
import Foundation
import Testing
import CatData

@Suite("Every bad file gives one clear CatDataError")
struct LoadErrorTests {
  /// A directory with a well-formed test file and a train file made of `trainDatasets`.
  func directory(train trainDatasets: [TestDataset]) throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try H5Writer.write(directory.file("train_catvnoncat.h5"), trainDatasets)
    try H5Writer.write(directory.file("test_catvnoncat.h5"), SyntheticSplit("test", m: 2).datasets)
    return directory
  }

  /// The error loading `directory` throws (nil if it loads).
  func loadError(_ directory: TemporaryDirectory) -> CatDataError? {
    do {
      _ = try CatDataset.load(directory: directory.path)
      return nil
    } catch {
      return error
    }
  }

  let train = SyntheticSplit("train", m: 3)

  @Test("a missing file")
  func missingFile() throws {
    let directory = try TemporaryDirectory()
    try H5Writer.write(directory.file("train_catvnoncat.h5"), train.datasets)
    let error = try #require(loadError(directory))
    #expect(error.kind == .missingFile)
    #expect(error.description == "\(directory.path)/test_catvnoncat.h5: file not found")
  }

  @Test("a directory where the file should be")
  func directoryInPlace() throws {
    let directory = try TemporaryDirectory()
    _ = try directory.directory("train_catvnoncat.h5")
    let error = try #require(loadError(directory))
    #expect(error.kind == .unreadableFile)
    #expect(error.description.hasSuffix("train_catvnoncat.h5: is a directory, not an .h5 file"))
  }

  @Test("a text file renamed .h5, and an empty file")
  func notHDF5() throws {
    for content in ["train_set_x,train_set_y\n1,2,3\n", ""] {
      let directory = try TemporaryDirectory()
      try Data(content.utf8).write(to: URL(fileURLWithPath: directory.file("train_catvnoncat.h5")))
      try H5Writer.write(directory.file("test_catvnoncat.h5"), SyntheticSplit("test", m: 2).datasets)
      let error = try #require(loadError(directory))
      #expect(error.kind == .notHDF5)
      #expect(error.description == "\(directory.path)/train_catvnoncat.h5: not an HDF5 file (no HDF5 signature found)")
    }
  }

  @Test("a truncated copy of a valid file", arguments: [0.5, 0.99, 0.02])
  func truncated(fraction: Double) throws {
    let directory = try self.directory(train: train.datasets)
    let path = directory.file("train_catvnoncat.h5")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    try bytes.prefix(Int(Double(bytes.count) * fraction)).write(to: URL(fileURLWithPath: path))
    let error = try #require(loadError(directory))
    #expect(error.kind == .corruptFile)
    #expect(error.description.hasPrefix("\(path): HDF5 cannot open the file: truncated or damaged (truncated file"),
            "\(error)")
    #expect(!error.description.contains("\n"))
  }

  @Test("wrong element types")
  func wrongTypes() throws {
    let images = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_x",
      with: .float64("train_set_x", shape: [3, 64, 64, 3], Array(repeating: 0.5, count: 3 * 12288))))))
    #expect(images.kind == .wrongType)
    #expect(images.message == "dataset train_set_x has type float64 but (m, 64, 64, 3) uint8 was expected")

    let labels = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_y",
      with: .float64("train_set_y", shape: [3], [1, 0, 1])))))
    #expect(labels.kind == .wrongType)
    #expect(labels.message
            == "dataset train_set_y has type float64 but (3,) int64 was expected (one label per image of train_set_x)")

    let classes = try #require(loadError(try directory(train: train.datasets(replacing: "list_classes",
      with: .int64("list_classes", shape: [2], [0, 1])))))
    #expect(classes.kind == .wrongType)
    #expect(classes.message.hasPrefix("dataset list_classes has type int64 but (2,) fixed-length byte strings"))
  }

  @Test("wrong shapes")
  func wrongShapes() throws {
    let rank3 = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_x",
      with: .uint8("train_set_x", shape: [3, 64, 64], Array(repeating: 1, count: 3 * 4096))))))
    #expect(rank3.kind == .wrongShape)
    #expect(rank3.file?.hasSuffix("/train_catvnoncat.h5") == true)
    #expect(rank3.message == "dataset train_set_x has shape (3, 64, 64) but (m, 64, 64, 3) uint8 was expected")

    let grey = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_x",
      with: .uint8("train_set_x", shape: [3, 32, 32, 12], Array(repeating: 1, count: 3 * 12288))))))
    #expect(grey.message == "dataset train_set_x has shape (3, 32, 32, 12) but (m, 64, 64, 3) uint8 was expected")

    let empty = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_x",
      with: .uint8("train_set_x", shape: [0, 64, 64, 3], [])))))
    #expect(empty.kind == .wrongShape)
    #expect(empty.message == "dataset train_set_x has shape (0, 64, 64, 3): no images")

    let row = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_y",
      with: .int64("train_set_y", shape: [1, 3], [1, 0, 1])))))
    #expect(row.message
            == "dataset train_set_y has shape (1, 3) but (3,) int64 was expected (one label per image of train_set_x)")

    let short = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_y",
      with: .int64("train_set_y", shape: [2], [1, 0])))))
    #expect(short.kind == .wrongShape)
    #expect(short.message.hasPrefix("dataset train_set_y has shape (2,) but (3,) int64 was expected"))

    let classes = try #require(loadError(try directory(train: train.datasets(replacing: "list_classes",
      with: .strings("list_classes", width: 7, ["non-cat", "cat", "dog"])))))
    #expect(classes.kind == .wrongShape)
  }

  @Test("missing datasets", arguments: ["train_set_x", "train_set_y", "list_classes"])
  func missingDataset(name: String) throws {
    let error = try #require(loadError(try directory(train: train.datasets(replacing: name, with: nil))))
    #expect(error.kind == .missingDataset)
    #expect(error.description == "\(error.file ?? "?"): has no dataset \(name)")
    #expect(error.file?.hasSuffix("/train_catvnoncat.h5") == true)
  }

  @Test("labels other than 0 and 1, empty class names, classes that differ between files")
  func badValues() throws {
    let label = try #require(loadError(try directory(train: train.datasets(replacing: "train_set_y",
      with: .int64("train_set_y", shape: [3], [1, 2, 0])))))
    #expect(label.kind == .badValue)
    #expect(label.message == "train_set_y[1] is 2 but labels must be 0 (non-cat) or 1 (cat)")

    let blank = try #require(loadError(try directory(train: train.datasets(replacing: "list_classes",
      with: .strings("list_classes", width: 7, ["non-cat", ""])))))
    #expect(blank.kind == .badValue)

    let other = try #require(loadError(try directory(train: train.datasets(replacing: "list_classes",
      with: .strings("list_classes", width: 3, ["dog", "cat"])))))
    #expect(other.kind == .inconsistent)
    #expect(other.message == #"list_classes is ["non-cat", "cat"] but the training file has ["dog", "cat"]"#)
  }

  @Test("HDF5 prints nothing to stderr when a load fails")
  func silentErrors() throws {
    let directory = try TemporaryDirectory()
    try H5Writer.write(directory.file("valid.h5"), train.datasets)
    let valid = try Data(contentsOf: URL(fileURLWithPath: directory.file("valid.h5")))
    try valid.prefix(valid.count / 2).write(to: URL(fileURLWithPath: directory.file("train_catvnoncat.h5")))
    try Data("not hdf5".utf8).write(to: URL(fileURLWithPath: directory.file("test_catvnoncat.h5")))
    try H5Writer.write(directory.file("nolabels.h5"), train.datasets(replacing: "train_set_y", with: nil))

    let captured = try StandardErrorCapture.run {
      _ = try? CatDataset.load(directory: directory.path)
      _ = try? CatDataset.load(trainFile: directory.file("test_catvnoncat.h5"), testFile: directory.file("valid.h5"))
      _ = try? CatDataset.load(trainFile: directory.file("nolabels.h5"), testFile: directory.file("valid.h5"))
    }
    #expect(!captured.contains("HDF5-DIAG"), "HDF5 wrote to stderr: \(captured)")
  }

  @Test("every HDF5 handle is closed after loads that succeed and loads that fail")
  func handlesClosed() throws {
    let directory = try TemporaryDirectory()
    try H5Writer.write(directory.file("valid.h5"), train.datasets)
    try H5Writer.write(directory.file("test.h5"), SyntheticSplit("test", m: 2).datasets)
    try H5Writer.write(directory.file("nolabels.h5"), train.datasets(replacing: "train_set_y", with: nil))
    try H5Writer.write(directory.file("badshape.h5"), train.datasets(replacing: "train_set_y",
      with: .int64("train_set_y", shape: [2], [0, 1])))
    try H5Writer.write(directory.file("badclasses.h5"), train.datasets(replacing: "list_classes",
      with: .strings("list_classes", width: 4, ["a", ""])))
    let valid = try Data(contentsOf: URL(fileURLWithPath: directory.file("valid.h5")))
    try valid.prefix(valid.count / 2).write(to: URL(fileURLWithPath: directory.file("half.h5")))

    _ = try CatDataset.load(trainFile: directory.file("valid.h5"), testFile: directory.file("test.h5"))
    for name in ["nolabels.h5", "badshape.h5", "badclasses.h5", "half.h5"] {
      #expect(throws: CatDataError.self) {
        try CatDataset.load(trainFile: directory.file(name), testFile: directory.file("test.h5"))
      }
    }
    // Every HDF5 call happens under the lock, so no other test can hold a handle at this moment.
    #expect(HDF5Lock.withLock { chdf5_open_object_count() } == 0)
  }
}

/// Runs a closure with file descriptor 2 redirected to a temporary file; returns what was written
/// there and re-emits it on the real stderr (so output from concurrently running tests is not lost).
enum StandardErrorCapture {
  static func run(_ body: () -> Void) throws -> String {
    let directory = try TemporaryDirectory()
    let path = directory.file("stderr.txt")
    fflush(nil)
    let saved = dup(2)
    let capture = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    dup2(capture, 2)
    close(capture)
    body()
    fflush(nil)
    dup2(saved, 2)
    close(saved)
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    FileHandle.standardError.write(Data(text.utf8))
    return text
  }
}
