import Testing
@testable import Conformance

#if canImport(Glibc)
import Glibc
#endif

/// The private directory: exact modes, no FIFO ever opened for reading, and a removal that never
/// follows the links learner code may plant.
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

  @Test func copyRefusesAFIFOWithoutBlockingAndAHugeFile() throws {
    let outside = try temporaryDirectory()
    defer { _ = TreeRemoval.remove(outside) }
    let fifo = "\(outside)/solution.py"
    try #require(mkfifo(fifo, 0o600) == 0)
    let directory = try PrivateDirectory.make()
    defer { directory.remove() }
    #expect(throws: PrivateDirectoryError(path: fifo, action: "copy", reason: "not a regular file")) {
      try directory.copy(fifo, as: "solution.py")
    }
    try writeFile("\(outside)/real.py", "x = 1\n")
    let copy = try directory.copy("\(outside)/real.py", as: "real.py")
    #expect(try readBytes(copy) == Array("x = 1\n".utf8))
    try writeFile("\(outside)/large.py", String(repeating: "#", count: 3 << 20))
    #expect(throws: PrivateDirectoryError(path: "\(outside)/large.py", action: "copy", reason: "larger than 2 MiB")) {
      try directory.copy("\(outside)/large.py", as: "large.py", maxBytes: 2 << 20)
    }
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
