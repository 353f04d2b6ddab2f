import DeepNet
import Foundation
import Testing
import CatData

/// The real course files, when present: found with `DatasetLocator` from the package root (derived
/// from this file's path), so `../shared/datasets` next to the package is found from any directory.
enum RealData {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
  static let directory: String? = try? DatasetLocator(currentDirectory: packageRoot).locate()
}

@Suite("The real cat data", .enabled(if: RealData.directory != nil, "cat data not found"))
struct RealDataTests {
  /// The original bytes back from X (x · 255 rounds back to the byte exactly).
  func byte(_ x: Matrix, _ feature: Int, _ example: Int) -> Int { Int((x[feature, example] * 255).rounded()) }

  /// Expected values were read from the files by a separate pure-Python HDF5 parser (no libhdf5);
  /// the first five train values, [17 31 56 22 33], are also printed by the course's week-2 notebook
  /// as its "sanity check after reshaping".
  @Test("shapes, labels, classes and pixel values")
  func realData() throws {
    let data = try CatDataset.load(directory: try #require(RealData.directory))
    #expect(data.trainX.shape == Shape(rows: 12288, cols: 209))
    #expect(data.trainY.shape == Shape(rows: 1, cols: 209))
    #expect(data.testX.shape == Shape(rows: 12288, cols: 50))
    #expect(data.testY.shape == Shape(rows: 1, cols: 50))
    #expect(data.classes == ["non-cat", "cat"])

    #expect(data.trainY.data.reduce(0, +) == 72)
    #expect(data.testY.data.reduce(0, +) == 33)
    #expect(Array(data.trainY.data.prefix(10)) == [0, 0, 1, 0, 0, 0, 0, 1, 0, 0])
    #expect(Array(data.testY.data.prefix(10)) == [1, 1, 1, 1, 1, 0, 1, 1, 1, 1])

    #expect((0..<5).map { byte(data.trainX, $0, 0) } == [17, 31, 56, 22, 33])
    #expect(data.trainX[0, 0].bitPattern == (17.0 / 255.0).bitPattern)
    #expect((0..<3).map { byte(data.trainX, $0, 1) } == [196, 192, 190])
    #expect(byte(data.trainX, (10 * 64 + 20) * 3 + 1, 5) == 120)
    #expect((12285..<12288).map { byte(data.trainX, $0, 208) } == [0, 0, 0])
    #expect((0..<3).map { byte(data.testX, $0, 0) } == [158, 104, 83])
    #expect(byte(data.testX, (10 * 64 + 20) * 3 + 1, 5) == 62)
    #expect((12285..<12288).map { byte(data.testX, $0, 49) } == [5, 22, 5])

    #expect((0..<12288).reduce(0) { $0 + byte(data.trainX, $1, 0) } == 838_615)
    #expect(data.trainX.data.reduce(0) { $0 + Int(($1 * 255).rounded()) } == 264_542_077)
    #expect(data.testX.data.reduce(0) { $0 + Int(($1 * 255).rounded()) } == 65_969_547)
  }
}
