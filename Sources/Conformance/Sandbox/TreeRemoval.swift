#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `rm -rf` that never follows a symbolic link: every name is examined with `fstatat`
/// (`AT_SYMLINK_NOFOLLOW`) and directories are opened relative to their parent with `O_NOFOLLOW`,
/// so a link planted inside (to a file or a folder outside) is removed, never its target.
/// Directories nested deeper than `maxDepth` are moved up to the top and emptied on a later pass,
/// so a very deep tree neither runs out of file descriptors nor of stack.
enum TreeRemoval {
  /// How deep the walk goes before moving a directory up to the top.
  static let maxDepth = 64

  /// Removes `path` and everything under it; true when it is gone.
  static func remove(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return errno == ENOENT }
    guard info.st_mode & S_IFMT == S_IFDIR else { return unlink(path) == 0 }
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return false }
    _ = fchmod(fd, 0o700)
    var walk = Walk(root: fd)
    for _ in 0..<10_000 {
      walk.moved = 0
      walk.empty(fd, depth: 0)
      if walk.moved == 0 { break }
    }
    close(fd)
    return rmdir(path) == 0 || errno == ENOENT
  }

  /// One removal: the top directory's descriptor and the directories moved up to it.
  private struct Walk {
    let root: Int32
    var moved = 0
    var counter = 0

    mutating func empty(_ fd: Int32, depth: Int) {
      for name in names(in: fd) {  // raw bytes: a name need not be UTF-8
        var info = stat()
        guard fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
        guard info.st_mode & S_IFMT == S_IFDIR else {
          unlinkat(fd, name, 0)
          continue
        }
        if depth >= maxDepth {
          counter += 1
          if renameat(fd, name, root, ".dnnc-deep-\(counter)") == 0 {
            moved += 1
            continue
          }
        }
        var child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if child < 0 && errno == EACCES {
          _ = fchmodat(fd, name, 0o700, 0)  // nothing runs in the tree any more: no race to fear
          child = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        }
        guard child >= 0 else { continue }
        _ = fchmod(child, 0o700)
        empty(child, depth: depth + 1)
        close(child)
        unlinkat(fd, name, AT_REMOVEDIR)
      }
    }

    /// The names in the directory open as `fd` (from its start), as NUL-terminated bytes.
    private func names(in fd: Int32) -> [[CChar]] {
      let copy = dup(fd)
      guard copy >= 0, let dir = fdopendir(copy) else { return [] }
      defer { closedir(dir) }
      rewinddir(dir)
      var names: [[CChar]] = []
      while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
          raw.prefix { $0 != 0 }.map { CChar(bitPattern: $0) } + [0]
        }
        if name != [46, 0] && name != [46, 46, 0] { names.append(name) }
      }
      return names
    }
  }
}
