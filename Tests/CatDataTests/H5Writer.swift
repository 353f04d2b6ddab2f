import CHDF5
import CatData
import Foundation

/// One dataset to write into a test .h5 file.
enum TestDataset {
  case uint8(String, shape: [Int], [UInt8])
  case int64(String, shape: [Int], [Int64])
  case int32(String, shape: [Int], [Int32])
  case float64(String, shape: [Int], [Double])
  /// Fixed-length, null-padded byte strings, as h5py stores NumPy's `S7`.
  case strings(String, width: Int, [String])
}

struct H5WriteError: Error, CustomStringConvertible {
  let description: String
}

/// Writes small .h5 files through libhdf5, under CatData's process-wide HDF5 lock.
enum H5Writer {
  static func write(_ path: String, _ datasets: [TestDataset]) throws {
    try HDF5Lock.withLock { () throws(H5WriteError) in
      let file = H5Fcreate(path, chdf5_f_acc_trunc(), chdf5_p_default(), chdf5_p_default())
      guard file >= 0 else { throw H5WriteError(description: "cannot create \(path)") }
      defer { H5Fclose(file) }
      for dataset in datasets {
        switch dataset {
        case .uint8(let name, let shape, var values):
          try add(file, name, shape, chdf5_t_std_u8le(), chdf5_t_native_uint8(), &values)
        case .int64(let name, let shape, var values):
          try add(file, name, shape, chdf5_t_std_i64le(), chdf5_t_native_int64(), &values)
        case .int32(let name, let shape, var values):
          try add(file, name, shape, chdf5_t_std_i32le(), chdf5_t_native_int32(), &values)
        case .float64(let name, let shape, var values):
          try add(file, name, shape, chdf5_t_ieee_f64le(), chdf5_t_native_double(), &values)
        case .strings(let name, let width, let values):
          let type = H5Tcopy(chdf5_t_c_s1())
          defer { H5Tclose(type) }
          H5Tset_size(type, width)
          H5Tset_strpad(type, H5T_STR_NULLPAD)
          var bytes = values.flatMap { Array($0.utf8.prefix(width)) + Array(repeating: 0, count: max(0, width - $0.utf8.count)) }
          try add(file, name, [values.count], type, type, &bytes)
        }
      }
    }
  }

  private static func add<T>(
    _ file: hid_t, _ name: String, _ shape: [Int], _ fileType: hid_t, _ memoryType: hid_t,
    _ values: inout [T]
  ) throws(H5WriteError) {
    let dims = shape.map { hsize_t($0) }
    let space = H5Screate_simple(Int32(dims.count), dims, nil)
    guard space >= 0 else { throw H5WriteError(description: "dataspace for \(name)") }
    defer { H5Sclose(space) }
    let dataset = H5Dcreate2(file, name, fileType, space, chdf5_p_default(), chdf5_p_default(),
                             chdf5_p_default())
    guard dataset >= 0 else { throw H5WriteError(description: "create \(name)") }
    defer { H5Dclose(dataset) }
    let status = values.withUnsafeBytes {
      H5Dwrite(dataset, memoryType, chdf5_s_all(), chdf5_s_all(), chdf5_p_default(), $0.baseAddress)
    }
    guard status >= 0 else { throw H5WriteError(description: "write \(name)") }
  }
}

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("CatDataTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  func file(_ name: String) -> String { path + "/" + name }

  /// A new subdirectory `name`.
  func directory(_ name: String) throws -> String {
    try FileManager.default.createDirectory(atPath: file(name), withIntermediateDirectories: true)
    return file(name)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Small synthetic cat data: `m` images whose pixel `j` of image `i` is `(7i + 13j + seed) % 256`.
struct SyntheticSplit {
  let prefix: String
  let m: Int
  let seed: Int
  var labels: [Int64]

  init(_ prefix: String, m: Int, seed: Int = 0, labels: [Int64]? = nil) {
    self.prefix = prefix
    self.m = m
    self.seed = seed
    self.labels = labels ?? (0..<m).map { Int64($0 % 2) }
  }

  var pixels: [UInt8] {
    (0..<m * 12288).map { index in UInt8((7 * (index / 12288) + 13 * (index % 12288) + seed) % 256) }
  }

  /// The three datasets of a well-formed file.
  var datasets: [TestDataset] {
    [.uint8("\(prefix)_set_x", shape: [m, 64, 64, 3], pixels),
     .int64("\(prefix)_set_y", shape: [m], labels),
     .strings("list_classes", width: 7, ["non-cat", "cat"])]
  }

  /// The well-formed datasets with `name` replaced by `replacement` (or dropped when nil).
  func datasets(replacing name: String, with replacement: TestDataset?) -> [TestDataset] {
    datasets.compactMap { dataset in
      dataset.name == name ? replacement : dataset
    }
  }
}

extension TestDataset {
  var name: String {
    switch self {
    case .uint8(let name, _, _), .int64(let name, _, _), .int32(let name, _, _),
         .float64(let name, _, _), .strings(let name, _, _):
      name
    }
  }
}
