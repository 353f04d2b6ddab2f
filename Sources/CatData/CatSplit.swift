import CHDF5
import DeepNet

/// One file's worth of the cat data: the raw pixels and labels, checked, before conversion.
struct CatSplit {
  /// The image part of `images`' shape: 64 × 64 pixels × 3 channels (RGB).
  static let imageShape = [64, 64, 3]
  /// Pixels per image, 64 · 64 · 3 = 12288 (the course's n_x).
  static let featureCount = 12288
  /// The most examples one file may hold; guards against absurd shapes in a damaged file.
  static let maximumExamples = 10_000

  /// Number of examples m.
  let count: Int
  /// The images in file order, `count × 12288` bytes (NumPy's `images.reshape(m, -1)`, row-major).
  let pixels: [UInt8]
  /// One label (0 or 1) per image.
  let labels: [Int64]
  /// The class names, index = label.
  let classes: [String]

  /// Reads and checks `images` (uint8, (m, 64, 64, 3)), `labels` (integers, (m,)) and `list_classes`
  /// (two fixed-length byte strings) from the file at `path`.
  static func read(path: String, images: String, labels: String) throws(CatDataError) -> CatSplit {
    try HDF5Lock.withLock { () throws(CatDataError) -> CatSplit in
      let file = try HDF5File.open(path)
      defer { file.close() }
      let (count, pixels) = try readImages(file, images)
      let values = try readLabels(file, labels, count: count, imagesName: images)
      let classes = try readClasses(file)
      return CatSplit(count: count, pixels: pixels, labels: values, classes: classes)
    }
  }

  private static func readImages(_ file: HDF5File, _ name: String) throws(CatDataError) -> (Int, [UInt8]) {
    try file.withDataset(name) { (info, id) throws(CatDataError) -> (Int, [UInt8]) in
      let expected = "(m, 64, 64, 3) uint8 was expected"
      guard info.type == .unsignedInteger(bytes: 1) else {
        throw CatDataError(.wrongType, file: file.path,
                           "dataset \(name) has type \(info.type.numpyName) but \(expected)")
      }
      guard info.shape.count == 4, Array(info.shape[1...]) == imageShape else {
        throw CatDataError(.wrongShape, file: file.path,
                           "dataset \(name) has shape \(info.shapeDescription) but \(expected)")
      }
      let count = info.shape[0]
      guard count > 0 else {
        throw CatDataError(.wrongShape, file: file.path,
                           "dataset \(name) has shape \(info.shapeDescription): no images")
      }
      guard count <= maximumExamples else {
        throw CatDataError(.wrongShape, file: file.path, "dataset \(name) has shape "
          + "\(info.shapeDescription): more than \(maximumExamples) images is not supported")
      }
      var pixels = [UInt8](repeating: 0, count: count * featureCount)
      try file.read(name, id: id, as: chdf5_t_native_uint8(), into: &pixels)
      return (count, pixels)
    }
  }

  private static func readLabels(
    _ file: HDF5File, _ name: String, count: Int, imagesName: String
  ) throws(CatDataError) -> [Int64] {
    try file.withDataset(name) { (info, id) throws(CatDataError) -> [Int64] in
      let expected = "(\(count),) int64 was expected (one label per image of \(imagesName))"
      guard info.type.isInteger else {
        throw CatDataError(.wrongType, file: file.path,
                           "dataset \(name) has type \(info.type.numpyName) but \(expected)")
      }
      guard info.shape == [count] else {
        throw CatDataError(.wrongShape, file: file.path,
                           "dataset \(name) has shape \(info.shapeDescription) but \(expected)")
      }
      var labels = [Int64](repeating: 0, count: count)
      try file.read(name, id: id, as: chdf5_t_native_int64(), into: &labels)
      if let index = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
        throw CatDataError(.badValue, file: file.path,
                           "\(name)[\(index)] is \(labels[index]) but labels must be 0 (non-cat) or 1 (cat)")
      }
      return labels
    }
  }

  private static func readClasses(_ file: HDF5File) throws(CatDataError) -> [String] {
    let name = "list_classes"
    return try file.withDataset(name) { (info, id) throws(CatDataError) -> [String] in
      let expected = "(2,) fixed-length byte strings such as [b'non-cat', b'cat'] were expected"
      guard case .fixedString(let width) = info.type, width > 0 else {
        throw CatDataError(.wrongType, file: file.path,
                           "dataset \(name) has type \(info.type.numpyName) but \(expected)")
      }
      guard info.shape == [2] else {
        throw CatDataError(.wrongShape, file: file.path,
                           "dataset \(name) has shape \(info.shapeDescription) but \(expected)")
      }
      let memoryType = H5Tcopy(chdf5_t_c_s1())
      defer { H5Tclose(memoryType) }
      H5Tset_size(memoryType, width)
      H5Tset_strpad(memoryType, H5T_STR_NULLPAD)
      var bytes = [UInt8](repeating: 0, count: 2 * width)
      try file.read(name, id: id, as: memoryType, into: &bytes)
      let names = (0..<2).map { index in
        let field = bytes[index * width..<(index + 1) * width]
        let end = field.lastIndex { $0 != 0 && $0 != UInt8(ascii: " ") }.map { $0 + 1 } ?? field.startIndex
        return String(decoding: field[field.startIndex..<end], as: UTF8.self)
      }
      if let index = names.firstIndex(where: \.isEmpty) {
        throw CatDataError(.badValue, file: file.path, "\(name)[\(index)] is empty but a class name was expected")
      }
      return names
    }
  }
}

extension CatSplit {
  /// X = images.reshape(m, -1).T / 255 as a (12288 × m) matrix: element [j, i] is
  /// `Double(pixels[i * 12288 + j]) / 255.0`, exactly what NumPy computes (uint8 → float64, then an
  /// IEEE division by 255).
  func features() -> Matrix {
    let n = CatSplit.featureCount
    let m = count
    let scaled = (0..<256).map { Double($0) / 255.0 }
    var data = [Double](repeating: 0, count: n * m)
    let block = 64
    data.withUnsafeMutableBufferPointer { output in
      pixels.withUnsafeBufferPointer { input in
        scaled.withUnsafeBufferPointer { scaled in
          // Transpose in blocks so that both reads and writes stay within a few cache lines.
          for exampleStart in stride(from: 0, to: m, by: block) {
            let exampleEnd = min(exampleStart + block, m)
            for featureStart in stride(from: 0, to: n, by: block) {
              let featureEnd = min(featureStart + block, n)
              for example in exampleStart..<exampleEnd {
                let row = example * n
                for feature in featureStart..<featureEnd {
                  output[feature * m + example] = scaled[Int(input[row + feature])]
                }
              }
            }
          }
        }
      }
    }
    return Matrix(rows: n, cols: m, data: data)
  }

  /// Y as a (1 × m) matrix of 0.0 / 1.0.
  func targets() -> Matrix {
    Matrix(rows: 1, cols: count, data: labels.map(Double.init))
  }
}
