import DNNJSON

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A learner's file as the grader reads it: a notebook (.ipynb) turned into the Python of its
/// code cells, or a .py (an nbconvert export or hand-written) as it is. Only read, never run here.
public struct NotebookSource: Sendable {
  /// The name the report shows (the file's base name).
  public let displayName: String
  /// The Python text: the code cells in order, IPython magics and shell escapes commented out.
  public let python: String
  /// For a notebook, the cell (1-based, counting code cells) and line of each line of `python`.
  public let cellLines: [(cell: Int, line: Int)]?

  /// Largest file accepted (a notebook with its outputs is rarely over a few MB).
  public static let sizeLimit = 32 << 20

  /// Reads `path`, which must be a regular file (a FIFO or a device is refused before it is opened).
  public init(path: String) throws(PythonGradingError) {
    let bytes = try Self.readRegularFile(path)
    displayName = String(path.split(separator: "/").last ?? Substring(path))
    let looksLikeNotebook = path.hasSuffix(".ipynb") || bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: "{")
    if looksLikeNotebook {
      (python, cellLines) = try Self.codeCells(of: bytes, path: path)
    } else {
      python = String(decoding: bytes, as: UTF8.self)
      cellLines = nil
    }
  }

  /// `solution.py:123` in a runner message, as the learner knows the place ("cell 7, line 3").
  public func locate(_ message: String, scriptName: String) -> String {
    guard let cellLines else { return message.replacing(scriptName + ":", with: displayName + ":") }
    // Python's own "… after 'if' statement on line 583" in a syntax error counts script lines too.
    if message.contains("SyntaxError") || message.contains("IndentationError") {
      return locateFileLines(message, scriptName: scriptName, cellLines: cellLines).replacing(
        /on line (\d+)/, with: { match in
          guard let line = Int(match.output.1), line >= 1, line <= cellLines.count else { return String(match.output.0) }
          return "on cell \(cellLines[line - 1].cell) line \(cellLines[line - 1].line)"
        })
    }
    return locateFileLines(message, scriptName: scriptName, cellLines: cellLines)
  }

  /// `message` with each `scriptName:LINE` as the notebook's cell and line.
  private func locateFileLines(_ message: String, scriptName: String, cellLines: [(cell: Int, line: Int)]) -> String {
    var result = ""
    var rest = Substring(message)
    while let range = rest.range(of: scriptName + ":") {
      result += rest[..<range.lowerBound]
      var digits = ""
      var index = range.upperBound
      while index < rest.endIndex, rest[index].isNumber { digits.append(rest[index]); index = rest.index(after: index) }
      if let line = Int(digits), line >= 1, line <= cellLines.count {
        let place = cellLines[line - 1]
        result += "\(displayName) cell \(place.cell) line \(place.line)"
      } else {
        result += displayName + ":" + digits
      }
      rest = rest[index...]
    }
    return result + rest
  }

  static func readRegularFile(_ path: String) throws(PythonGradingError) -> [UInt8] {
    var info = stat()
    guard stat(path, &info) == 0 else { throw .unreadableSolution(path: path, reason: String(cString: strerror(errno))) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      let kind = info.st_mode & S_IFMT == S_IFDIR ? "a directory" : "not a regular file"
      throw .unreadableSolution(path: path, reason: kind)
    }
    guard Int(info.st_size) <= sizeLimit else {
      throw .unreadableSolution(path: path, reason: "\(info.st_size) bytes, more than the \(sizeLimit >> 20) MiB a notebook may have")
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW)
    guard fd >= 0 else { throw .unreadableSolution(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    var check = stat()
    guard fstat(fd, &check) == 0, check.st_mode & S_IFMT == S_IFREG else {
      throw .unreadableSolution(path: path, reason: "not a regular file")
    }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw .unreadableSolution(path: path, reason: String(cString: strerror(errno))) }
      if count == 0 { break }
      bytes += buffer[0..<count]
      guard bytes.count <= sizeLimit else { throw .unreadableSolution(path: path, reason: "larger than \(sizeLimit >> 20) MiB") }
    }
    return bytes
  }

  /// The Python of a notebook's code cells, and where each line came from.
  static func codeCells(of bytes: [UInt8], path: String) throws(PythonGradingError) -> (String, [(cell: Int, line: Int)]) {
    let json: JSON
    do { json = try JSON.parse(String(decoding: bytes, as: UTF8.self)) } catch {
      throw .unreadableSolution(path: path, reason: "not a notebook (.ipynb is JSON): \(error.description)")
    }
    guard let cells = json["cells"]?.arrayValue ?? json["worksheets"]?.arrayValue?.first?["cells"]?.arrayValue else {
      throw .unreadableSolution(path: path, reason: "not a notebook: no \"cells\" list")
    }
    var lines: [String] = []
    var origin: [(cell: Int, line: Int)] = []
    var cellNumber = 0
    for cell in cells where cell["cell_type"]?.stringValue == "code" {
      cellNumber += 1
      let source = cell["source"] ?? cell["input"]
      let text = source?.stringValue ?? (source?.arrayValue?.compactMap(\.stringValue).joined() ?? "")
      lines.append("# In[\(cellNumber)]:")
      origin.append((cellNumber, 0))
      var cellMagic = false
      for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var line = String(raw)
        if line.hasSuffix("\r") { line.removeLast() }
        if i == 0, line.hasPrefix("%%") {
          // A cell magic: %%time / %%capture run the cell as Python; any other (%%bash,
          // %%writefile …) is not Python at all.
          let name = line.dropFirst(2).split(separator: " ").first.map(String.init) ?? ""
          cellMagic = !["time", "timeit", "capture"].contains(name)
          line = "# " + line
        } else if cellMagic {
          line = "# " + line
        } else {
          let trimmed = line.drop { $0 == " " || $0 == "\t" }
          if trimmed.hasPrefix("%") || trimmed.hasPrefix("!") {
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            line = indent + "pass  # " + trimmed
          }
        }
        lines.append(line)
        origin.append((cellNumber, i + 1))
      }
      lines.append("")
      origin.append((cellNumber, 0))
    }
    return (lines.joined(separator: "\n"), origin)
  }
}
