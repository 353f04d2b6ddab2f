import Testing
@testable import Conformance

#if canImport(Glibc)
import Glibc
#endif

/// The private directory (exact modes, a removal that never follows the links learner code may
/// plant) and the learner's file read into it (no FIFO ever opened for reading, no huge file).
@Suite struct PrivateDirectoryTests {
  @Test func filesGoInWithExactModes() throws {
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    var info = stat()
    #expect(stat(directory.path, &info) == 0 && info.st_mode & 0o7777 == 0o700)
    let path = try directory.write("fixtures.json", bytes: Array("{}".utf8), mode: 0o444)
    #expect(stat(path, &info) == 0 && info.st_mode & 0o7777 == 0o444)
    #expect(try readBytes(path) == Array("{}".utf8))
    #expect(throws: PrivateDirectoryError.self) { try directory.write("../escape", bytes: []) }
    #expect(throws: PrivateDirectoryError.self) { try directory.write("fixtures.json", bytes: []) }
  }

  @Test func aLearnersFileIsReadOnlyWhenRegularAndNotHuge() throws {
    let outside = try temporaryDirectory()
    defer { _ = TreeRemoval.remove(outside) }
    let fifo = "\(outside)/solution.py"
    try #require(mkfifo(fifo, 0o600) == 0)
    #expect(throws: PythonGradingError.unreadableSolution(path: fifo, reason: "not a regular file")) {
      try NotebookSource(path: fifo)
    }
    try writeFile("\(outside)/real.py", "x = 1\n")
    #expect(try NotebookSource(path: "\(outside)/real.py").python == "x = 1\n")
    try writeFile("\(outside)/large.py", String(repeating: "#", count: NotebookSource.sizeLimit + 1))
    #expect(throws: PythonGradingError.self) { try NotebookSource(path: "\(outside)/large.py") }
  }

  @Test func removeNeverFollowsAPlantedLink() throws {
    let outside = try temporaryDirectory()
    defer { _ = TreeRemoval.remove(outside) }
    try writeFile("\(outside)/precious.txt", "keep me\n")
    try #require(mkdir("\(outside)/folder", 0o755) == 0)
    try writeFile("\(outside)/folder/inner.txt", "keep me too\n")
    let directory = try PrivateDirectory.make()
    try #require(symlink("\(outside)/precious.txt", "\(directory.path)/link-to-file") == 0)
    try #require(symlink("\(outside)/folder", "\(directory.path)/link-to-folder") == 0)
    try #require(mkdir("\(directory.path)/nested", 0o000) == 0)
    try #require(symlink(outside, "\(directory.path)/nested/link-up") == 0 || geteuid() != 0)
    var deep = directory.path
    for level in 0..<100 {
      deep += "/d\(level)"
      try #require(mkdir(deep, 0o755) == 0)
    }
    // A name that is not UTF-8 ("f\xffg"), made through its raw bytes.
    let raw: [CChar] = Array(directory.path.utf8CString.dropLast()) + [47, 102, -1, 103, 0]
    let fd = open(raw, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    try #require(fd >= 0)
    close(fd)
    #expect(directory.remove())
    #expect(access(directory.path, F_OK) != 0)
    #expect(String(decoding: try readBytes("\(outside)/precious.txt"), as: UTF8.self) == "keep me\n")
    #expect(String(decoding: try readBytes("\(outside)/folder/inner.txt"), as: UTF8.self) == "keep me too\n")
  }
}
