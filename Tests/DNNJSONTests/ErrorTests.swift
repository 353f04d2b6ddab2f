import Foundation
import Testing
import DNNJSON

@Suite("Errors")
struct ErrorTests {
  /// The JSONError thrown by `body`, or nil.
  func error(_ body: () throws(JSONError) -> JSON) -> JSONError? {
    do {
      _ = try body()
      return nil
    } catch {
      return error
    }
  }

  @Test("syntax errors report line, column and json-c's reason")
  func syntax() throws {
    let failure = try #require(error { () throws(JSONError) in try JSON.parse("{\n  \"a\": 1,\n  \"b\": x\n}") })
    #expect(failure.kind == .invalidJSON)
    #expect(failure.line == 3 && failure.column == 8)
    #expect(failure.description == "invalid JSON at line 3, column 8: unexpected character")
  }

  @Test("invalid texts are rejected", arguments: [
    "", "   ", "[1, 2", "[1 2]", "[1,2,]", "{\"a\" 1}", "'x'", "/* c */ 1", "01", "TRUE", "nul",
    "{\"a\":1} x", "1 2", "\"unterminated", "NaN", "Infinity", "-Infinity", "1e400", "[1, -1e999]",
  ])
  func rejected(text: String) throws {
    let failure = try #require(error { () throws(JSONError) in try JSON.parse(text) })
    #expect(failure.kind == .invalidJSON)
    #expect(!failure.description.contains("\n"))
  }

  @Test("a non-finite number names where it is")
  func nonFinitePath() throws {
    let failure = try #require(error { () throws(JSONError) in try JSON.parse(#"{"a": [1, 2, 1e400]}"#) })
    #expect(failure.description.hasSuffix("at $.a[2]"), "\(failure)")
  }

  @Test("an embedded NUL byte ends the text early and is reported")
  func embeddedNUL() throws {
    let failure = try #require(error { () throws(JSONError) in try JSON.parse("[1]\u{0}[2]") })
    #expect(failure.column == 4)
  }

  @Test("a missing file is named with the system's reason")
  func missingFile() throws {
    let path = "/nonexistent-dir/fixtures.json"
    let failure = try #require(error { () throws(JSONError) in try JSON.parse(contentsOfFile: path) })
    #expect(failure.kind == .unreadableFile)
    #expect(failure.description == "/nonexistent-dir/fixtures.json: cannot read file: No such file or directory")
  }

  @Test("corrupt files are named with the position")
  func corruptFile() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("broken.json")
    try Data("{\n  \"shape\": [3, 2],\n  \"data\": [1.0, 2.0,\n".utf8).write(to: URL(fileURLWithPath: path))
    let failure = try #require(error { () throws(JSONError) in try JSON.parse(contentsOfFile: path) })
    #expect(failure.file == path)
    #expect(failure.description == "\(path): invalid JSON at line 4, column 1: unexpected end of data")

    let latin1 = directory.file("latin1.json")
    try Data([0x22, 0x63, 0x61, 0x66, 0xE9, 0x22]).write(to: URL(fileURLWithPath: latin1))
    let encoding = try #require(error { () throws(JSONError) in try JSON.parse(contentsOfFile: latin1) })
    #expect(encoding.description == "\(latin1): invalid JSON at line 1, column 5: invalid utf-8 string")
  }

  @Test("a directory is not a readable file")
  func directory() throws {
    let directory = try TemporaryDirectory()
    let failure = try #require(error { () throws(JSONError) in try JSON.parse(contentsOfFile: directory.path) })
    #expect(failure.kind == .unreadableFile)
  }

  @Test("files round-trip, with a final newline; a byte order mark is skipped")
  func files() throws {
    let directory = try TemporaryDirectory()
    let path = directory.file("report.json")
    let value: JSON = ["z": 1, "a": [0.1, "é"]]
    try value.write(toFile: path)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == "{\n  \"z\": 1,\n  \"a\": [\n    0.1,\n    \"é\"\n  ]\n}\n")
    #expect(try JSON.parse(contentsOfFile: path) == value)

    let bom = directory.file("bom.json")
    try Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)).write(to: URL(fileURLWithPath: bom))
    #expect(try JSON.parse(contentsOfFile: bom) == [1])
  }

  @Test("writing into a missing directory fails with the path")
  func unwritable() throws {
    do {
      try JSON.null.write(toFile: "/nonexistent-dir/report.json")
      Issue.record("expected an error")
    } catch {
      #expect(error.kind == .unwritableFile)
      #expect(error.description == "/nonexistent-dir/report.json: cannot write file: No such file or directory")
    }
  }
}

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
  let path: String

  init() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("DNNJSONTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    path = url.path
  }

  func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
