import DeepNet
import Foundation
import Testing
import CatData

@Suite("Loading small .h5 files written by the tests")
struct LoaderTests {
  @Test("X = images.reshape(m, -1).T / 255 and Y = labels, element for element")
  func smallDataset() throws {
    let directory = try TemporaryDirectory()
    let train = SyntheticSplit("train", m: 3, labels: [1, 0, 1])
    let test = SyntheticSplit("test", m: 2, seed: 5, labels: [0, 1])
    try H5Writer.write(directory.file("train_catvnoncat.h5"), train.datasets)
    try H5Writer.write(directory.file("test_catvnoncat.h5"), test.datasets)

    let data = try CatDataset.load(directory: directory.path)
    #expect(data.trainX.shape == Shape(rows: 12288, cols: 3))
    #expect(data.trainY == Matrix([[1, 0, 1]]))
    #expect(data.testX.shape == Shape(rows: 12288, cols: 2))
    #expect(data.testY == Matrix([[0, 1]]))
    #expect(data.classes == ["non-cat", "cat"])

    for (split, x) in [(train, data.trainX), (test, data.testX)] {
      let raw = split.pixels
      var mismatches = 0
      for i in 0..<split.m {
        for j in 0..<12288 where x[j, i].bitPattern != (Double(raw[i * 12288 + j]) / 255.0).bitPattern {
          mismatches += 1
        }
      }
      #expect(mismatches == 0)
    }
    // Image 1, pixel 0 is 7; image 2, feature 12287 is (14 + 13·12287) % 256 = 1.
    #expect(data.trainX[0, 1] == 7.0 / 255.0)
    #expect(data.trainX[12287, 2] == 1.0 / 255.0)
  }

  @Test("pixel values divide exactly as NumPy's uint8 / 255 (values printed by Python's repr)")
  func numpyDivision() throws {
    let directory = try TemporaryDirectory()
    var pixels = [UInt8](repeating: 0, count: 12288)
    pixels[0] = 17
    pixels[1] = 255
    pixels[2] = 1
    pixels[3] = 128
    try H5Writer.write(directory.file("train_catvnoncat.h5"), [
      .uint8("train_set_x", shape: [1, 64, 64, 3], pixels),
      .int64("train_set_y", shape: [1], [1]),
      .strings("list_classes", width: 7, ["non-cat", "cat"]),
    ])
    try H5Writer.write(directory.file("test_catvnoncat.h5"), SyntheticSplit("test", m: 1).datasets)
    let x = try CatDataset.load(directory: directory.path).trainX
    // python3 -c "import numpy as np; print(repr((np.array([17,255,1,128,0], np.uint8) / 255).tolist()))"
    #expect([x[0, 0], x[1, 0], x[2, 0], x[3, 0], x[4, 0]]
            == [0.06666666666666667, 1.0, 0.00392156862745098, 0.5019607843137255, 0.0])
  }

  @Test("labels of other integer types load; m may differ between files and from the course's")
  func otherLabelTypes() throws {
    let directory = try TemporaryDirectory()
    let train = SyntheticSplit("train", m: 1)
    try H5Writer.write(directory.file("train_catvnoncat.h5"),
                       train.datasets(replacing: "train_set_y", with: .int32("train_set_y", shape: [1], [1])))
    let test = SyntheticSplit("test", m: 4)
    try H5Writer.write(directory.file("test_catvnoncat.h5"), test.datasets(replacing: "test_set_y",
      with: .uint8("test_set_y", shape: [4], [1, 1, 0, 1])))
    let data = try CatDataset.load(directory: directory.path)
    #expect(data.trainY == Matrix([[1]]))
    #expect(data.testY == Matrix([[1, 1, 0, 1]]))
    #expect(data.trainX.cols == 1 && data.testX.cols == 4)
  }

  @Test("explicit file paths, and a trailing slash on the directory")
  func paths() throws {
    let directory = try TemporaryDirectory()
    try H5Writer.write(directory.file("a.h5"), SyntheticSplit("train", m: 2).datasets)
    try H5Writer.write(directory.file("b.h5"), SyntheticSplit("test", m: 1).datasets)
    let data = try CatDataset.load(trainFile: directory.file("a.h5"), testFile: directory.file("b.h5"))
    #expect(data.trainX.cols == 2 && data.testX.cols == 1)

    try FileManager.default.moveItem(atPath: directory.file("a.h5"), toPath: directory.file("train_catvnoncat.h5"))
    try FileManager.default.moveItem(atPath: directory.file("b.h5"), toPath: directory.file("test_catvnoncat.h5"))
    #expect(try CatDataset.load(directory: directory.path + "/").trainY.cols == 2)
  }
}
