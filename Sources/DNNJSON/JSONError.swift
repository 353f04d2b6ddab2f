/// Why JSON text could not be read or written; its description is one line naming the file (when
/// there is one) and what went wrong, with the line and column of a syntax error.
public struct JSONError: Error, CustomStringConvertible, Equatable, Sendable {
  /// The kind of failure.
  public enum Kind: Sendable, Equatable {
    /// The file could not be opened or read.
    case unreadableFile
    /// The file could not be created or written.
    case unwritableFile
    /// The text is not valid JSON (syntax, encoding, nesting depth, or a non-finite number).
    case invalidJSON
  }

  /// The kind of failure.
  public let kind: Kind
  /// The file involved, if any.
  public let file: String?
  /// 1-based line of a syntax error.
  public let line: Int?
  /// 1-based column (in characters) of a syntax error.
  public let column: Int?
  /// What went wrong, e.g. `unexpected character` or `No such file or directory`.
  public let reason: String

  /// An error of `kind` with `reason`, optionally for `file` and at `line`:`column`.
  public init(_ kind: Kind, file: String? = nil, line: Int? = nil, column: Int? = nil, reason: String) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// One line, e.g. `fixtures.json: invalid JSON at line 3, column 7: unexpected character`.
  public var description: String {
    let prefix = file.map { "\($0): " } ?? ""
    switch kind {
    case .unreadableFile:
      return "\(prefix)cannot read file: \(reason)"
    case .unwritableFile:
      return "\(prefix)cannot write file: \(reason)"
    case .invalidJSON:
      if let line, let column {
        return "\(prefix)invalid JSON at line \(line), column \(column): \(reason)"
      }
      return "\(prefix)invalid JSON: \(reason)"
    }
  }

  /// The same error, attributed to `file`.
  func inFile(_ file: String) -> JSONError {
    JSONError(kind, file: file, line: line, column: column, reason: reason)
  }
}
