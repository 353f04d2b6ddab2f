/// Why the cat data could not be found or loaded; its description is one line naming the file and
/// what was expected, e.g. `…/train_catvnoncat.h5: dataset train_set_x has shape (209, 64, 64) but
/// (m, 64, 64, 3) uint8 was expected`.
public struct CatDataError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The kind of failure.
  public enum Kind: Sendable, Equatable {
    /// No directory with both .h5 files was found (see `DatasetLocator`).
    case notFound
    /// The .h5 file does not exist.
    case missingFile
    /// The path exists but cannot be read as a file (a directory, no permission).
    case unreadableFile
    /// The file is not HDF5 at all (no HDF5 signature).
    case notHDF5
    /// HDF5 could not open or read the file: truncated or damaged.
    case corruptFile
    /// A required dataset is absent.
    case missingDataset
    /// A dataset has the wrong element type.
    case wrongType
    /// A dataset has the wrong shape.
    case wrongShape
    /// A dataset holds values the course data cannot have (a label other than 0 or 1, bad class names).
    case badValue
    /// The train and test files disagree (different class names).
    case inconsistent
  }

  /// The kind of failure.
  public let kind: Kind
  /// The file involved, if any.
  public let file: String?
  /// What went wrong and what was expected.
  public let message: String

  /// An error of `kind` about `file` (if any).
  public init(_ kind: Kind, file: String? = nil, _ message: String) {
    self.kind = kind
    self.file = file
    self.message = message
  }

  /// `file: message`, or just the message when no file is involved.
  public var description: String {
    file.map { "\($0): \(message)" } ?? message
  }
}
