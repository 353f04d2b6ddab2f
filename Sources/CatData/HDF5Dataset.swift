import CHDF5

/// What a dataset in an .h5 file holds: element type and shape, read without reading the data.
struct HDF5Dataset {
  /// The HDF5 element type, reduced to what the loader checks.
  enum ElementType: Equatable {
    case unsignedInteger(bytes: Int)
    case signedInteger(bytes: Int)
    case float(bytes: Int)
    case fixedString(bytes: Int)
    case variableString
    case other(String)

    /// NumPy's name for the type (`uint8`, `int64`, `float64`, `S7`).
    var numpyName: String {
      switch self {
      case .unsignedInteger(let bytes): "uint\(bytes * 8)"
      case .signedInteger(let bytes): "int\(bytes * 8)"
      case .float(let bytes): "float\(bytes * 8)"
      case .fixedString(let bytes): "S\(bytes) (fixed-length bytes)"
      case .variableString: "variable-length string"
      case .other(let name): name
      }
    }

    var isInteger: Bool {
      switch self {
      case .unsignedInteger, .signedInteger: true
      default: false
      }
    }
  }

  let name: String
  let type: ElementType
  let shape: [Int]

  /// The shape as NumPy prints it: `(209, 64, 64, 3)`, `(209,)`, `()`.
  var shapeDescription: String { HDF5Dataset.describe(shape) }

  /// NumPy's tuple notation for `shape`.
  static func describe(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
  }
}

/// An open HDF5 file, read-only. Use only inside `HDF5Lock.withLock`; `close()` before leaving it.
struct HDF5File {
  let path: String
  private let id: hid_t

  /// Opens `path`, telling a missing file, a non-HDF5 file and a damaged one apart.
  static func open(_ path: String) throws(CatDataError) -> HDF5File {
    if let problem = FileCheck.problem(path) { throw problem }
    let isHDF5 = chdf5_is_hdf5(path)
    if isHDF5 == 0 {
      throw CatDataError(.notHDF5, file: path, "not an HDF5 file (no HDF5 signature found)")
    }
    if isHDF5 < 0 {
      throw CatDataError(.corruptFile, file: path, "HDF5 cannot read the file" + innermostError())
    }
    let id = H5Fopen(path, chdf5_f_acc_rdonly(), chdf5_p_default())
    guard id >= 0 else {
      throw CatDataError(.corruptFile, file: path,
                         "HDF5 cannot open the file: truncated or damaged" + innermostError())
    }
    return HDF5File(path: path, id: id)
  }

  private init(path: String, id: hid_t) {
    self.path = path
    self.id = id
  }

  /// Closes the file.
  func close() {
    H5Fclose(id)
  }

  /// `(the innermost HDF5 error message)`, or "" when HDF5 left none.
  static func innermostError() -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    chdf5_innermost_error(&buffer)
    let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return text.isEmpty ? "" : " (\(text))"
  }

  /// A failure reading dataset `name`, with HDF5's innermost message.
  private func readFailure(_ name: String, _ what: String) -> CatDataError {
    CatDataError(.corruptFile, file: path,
                 "cannot \(what) dataset \(name): file truncated or damaged" + HDF5File.innermostError())
  }

  /// Runs `body` with dataset `name` open and described; the dataset, its type and space are closed after.
  func withDataset<T>(
    _ name: String, _ body: (HDF5Dataset, hid_t) throws(CatDataError) -> T
  ) throws(CatDataError) -> T {
    let exists = H5Lexists(id, name, chdf5_p_default())
    if exists == 0 { throw CatDataError(.missingDataset, file: path, "has no dataset \(name)") }
    if exists < 0 { throw readFailure(name, "look up") }
    let dataset = H5Dopen2(id, name, chdf5_p_default())
    guard dataset >= 0 else { throw readFailure(name, "open") }
    defer { H5Dclose(dataset) }

    let type = H5Dget_type(dataset)
    guard type >= 0 else { throw readFailure(name, "read the type of") }
    defer { H5Tclose(type) }
    let space = H5Dget_space(dataset)
    guard space >= 0 else { throw readFailure(name, "read the shape of") }
    defer { H5Sclose(space) }

    let rank = H5Sget_simple_extent_ndims(space)
    guard rank >= 0 else { throw readFailure(name, "read the shape of") }
    var dims = [hsize_t](repeating: 0, count: Int(rank))
    if rank > 0, H5Sget_simple_extent_dims(space, &dims, nil) < 0 { throw readFailure(name, "read the shape of") }
    let shape = dims.map { Int(clamping: $0) }
    let info = HDF5Dataset(name: name, type: HDF5File.elementType(type), shape: shape)
    return try body(info, dataset)
  }

  /// Reads the whole dataset `id` (named `name`), converted to `memoryType`, into `elements`, which
  /// must already have the dataset's element count.
  func read<Element>(
    _ name: String, id dataset: hid_t, as memoryType: hid_t, into elements: inout [Element]
  ) throws(CatDataError) {
    let status = elements.withUnsafeMutableBytes { buffer in
      H5Dread(dataset, memoryType, chdf5_s_all(), chdf5_s_all(), chdf5_p_default(), buffer.baseAddress)
    }
    if status < 0 { throw readFailure(name, "read") }
  }

  /// Classifies an HDF5 datatype.
  private static func elementType(_ type: hid_t) -> HDF5Dataset.ElementType {
    let size = H5Tget_size(type)
    let bytes = Int(size)
    switch H5Tget_class(type) {
    case H5T_INTEGER:
      return H5Tget_sign(type) == H5T_SGN_NONE ? .unsignedInteger(bytes: bytes) : .signedInteger(bytes: bytes)
    case H5T_FLOAT:
      return .float(bytes: bytes)
    case H5T_STRING:
      return H5Tis_variable_str(type) > 0 ? .variableString : .fixedString(bytes: bytes)
    case H5T_COMPOUND: return .other("compound")
    case H5T_ENUM: return .other("enum")
    case H5T_ARRAY: return .other("array")
    case H5T_VLEN: return .other("variable-length sequence")
    case H5T_OPAQUE: return .other("opaque")
    case H5T_REFERENCE: return .other("reference")
    case H5T_BITFIELD: return .other("bitfield")
    default: return .other("unknown type")
    }
  }
}
