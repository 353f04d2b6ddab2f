import DeepNet

/// The course's cat vs non-cat data (`lr_utils.load_dataset()` then the notebook's reshaping), read
/// from `train_catvnoncat.h5` and `test_catvnoncat.h5` through libhdf5.
///
/// `trainX` is `train_set_x.reshape(m, -1).T / 255` (12288 × 209 for the course's file) and `trainY`
/// the labels as a (1 × m) matrix; likewise for the test set (12288 × 50).
///
/// What a file must hold (checked, with a one-line `CatDataError` otherwise): `<split>_set_x` uint8 of
/// shape (m, 64, 64, 3) — the image part is fixed because the course's models take n_x = 12288 inputs,
/// while m may be any count from 1 to 10,000, so a learner's smaller file loads too; `<split>_set_y`
/// of any integer type (the course's is int64) and shape (m,), each label 0 or 1; `list_classes`, two
/// fixed-length byte strings (`[b'non-cat', b'cat']`), the same in both files.
public struct CatDataset: Sendable {
  /// The training file's name.
  public static let trainFileName = "train_catvnoncat.h5"
  /// The test file's name.
  public static let testFileName = "test_catvnoncat.h5"
  /// Inputs per example, 64 · 64 · 3 (the course's `n_x`).
  public static let featureCount = CatSplit.featureCount

  /// Training inputs, (12288 × m_train), pixel values / 255 (the notebook's `train_x`).
  public let trainX: Matrix
  /// Training labels, (1 × m_train), 1.0 = cat (the notebook's `train_y`).
  public let trainY: Matrix
  /// Test inputs, (12288 × m_test) (the notebook's `test_x`).
  public let testX: Matrix
  /// Test labels, (1 × m_test) (the notebook's `test_y`).
  public let testY: Matrix
  /// Class names by label, from `list_classes`: `["non-cat", "cat"]`.
  public let classes: [String]

  /// Loads both files from `directory` (e.g. what `DatasetLocator.locate()` returned).
  public static func load(directory: String) throws(CatDataError) -> CatDataset {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    return try load(trainFile: base + trainFileName, testFile: base + testFileName)
  }

  /// Loads the training and test files at the given paths.
  public static func load(trainFile: String, testFile: String) throws(CatDataError) -> CatDataset {
    let train = try CatSplit.read(path: trainFile, images: "train_set_x", labels: "train_set_y")
    let test = try CatSplit.read(path: testFile, images: "test_set_x", labels: "test_set_y")
    guard train.classes == test.classes else {
      throw CatDataError(.inconsistent, file: testFile,
                         "list_classes is \(test.classes) but the training file has \(train.classes)")
    }
    return CatDataset(trainX: train.features(), trainY: train.targets(),
                      testX: test.features(), testY: test.targets(), classes: train.classes)
  }

  /// Finds the data as `DatasetLocator` does (`--datasets`, `$DNN_DATASETS`, `./datasets`,
  /// `../shared/datasets`) and loads it.
  public static func locateAndLoad(datasets explicit: String? = nil) throws(CatDataError) -> CatDataset {
    try load(directory: DatasetLocator(explicit: explicit).locate())
  }
}
