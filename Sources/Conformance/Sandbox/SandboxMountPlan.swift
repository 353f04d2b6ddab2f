/// Where the namespaced levels put their mounts, worked out before anything runs (pure, so it is
/// tested on its own).
///
/// Covers are fresh tmpfs mounts: the scratch folders (/tmp, /var/tmp, /dev/shm: empty and
/// writable), the hidden ones (/run, where services keep their Unix sockets: empty and read-only) and every folder the sandboxed user cannot traverse that lies above a path it must
/// reach (say /root, mode 0700, above a pyenv interpreter: empty and read-only, the real one is
/// untouched), and the folder holding the private directory unless a scratch cover already hides it
/// (other private directories beside it, owned by other sandbox users, stay out of sight). A path that ends
/// up under a cover is bound back at the same absolute path from a
/// descriptor opened before covering (`rebinds`).
struct SandboxMountPlan: Equatable {
  /// One fresh tmpfs.
  struct Cover: Equatable {
    /// Where it is mounted.
    let path: String
    /// Its root's mode (octal, as `mount -o mode=` takes it).
    let mode: String
    /// Whether it stays writable (the scratch folders) or is made read-only with the rest.
    let writable: Bool
  }

  /// A path bound back in place: a folder, or a single file (say an interpreter's wrapper script
  /// in a folder the sandboxed user may not read).
  struct Rebind: Equatable {
    let path: String
    let isDirectory: Bool
  }

  /// The most paths that can be bound back (descriptors 3 to 9 of the setup script).
  static let maxRebinds = 7

  /// Fresh tmpfs mounts, shallowest first.
  let covers: [Cover]
  /// Paths hidden by a cover and bound back in place, shallowest first.
  let rebinds: [Rebind]
  /// The private directory, bound read-write once everything else is read-only.
  let writable: String

  /// The plan for `writable` and `readable` (canonical absolute paths) given the `scratch`
  /// folders that exist, the folders to show empty (`hidden`), which folders the sandboxed user can `traverse`, and which paths are
  /// folders (the others are bound back as single files).
  static func make(
    writable: String, readable: [String], scratch: [String], hidden: [String] = [], traversable: (String) -> Bool,
    isDirectory: (String) -> Bool = FileProbe.isDirectory
  ) throws(SandboxError) -> SandboxMountPlan {
    let keeps = [writable] + readable
    for path in keeps + scratch where !path.hasPrefix("/") || path.contains("\0") {
      throw .badLayout("\(path) is not an absolute path")
    }
    var covers = scratch.map { Cover(path: $0, mode: "1777", writable: true) }
    for path in hidden where !covers.contains(where: { $0.path == path }) {
      covers.append(Cover(path: path, mode: "0755", writable: false))
    }
    for path in keeps {
      guard let hidden = ancestors(of: path).first(where: { !traversable($0) }) else { continue }
      if !covers.contains(where: { $0.path == hidden }) { covers.append(Cover(path: hidden, mode: "0755", writable: false)) }
    }
    let folder = ancestors(of: writable).last ?? "/"
    if folder != "/", !covers.contains(where: { $0.path == folder || isInside(folder, $0.path) }) {
      covers.append(Cover(path: folder, mode: "0755", writable: false))  // hides other sandboxes' directories
    }
    covers.sort { depth($0.path) < depth($1.path) }
    let underCover = keeps.filter { keep in covers.contains { isInside(keep, $0.path) } }
    let rebinds = underCover.filter { keep in !underCover.contains { $0 != keep && isInside(keep, $0) } }
    guard rebinds.count <= maxRebinds else {
      throw .badLayout("more than \(maxRebinds) paths to bind back: \(rebinds.joined(separator: ", "))")
    }
    return SandboxMountPlan(
      covers: covers,
      rebinds: rebinds.sorted { depth($0) < depth($1) }.map { Rebind(path: $0, isDirectory: $0 == writable || isDirectory($0)) },
      writable: writable)
  }

  /// "/a", "/a/b" for "/a/b/c" (not "/", not the path itself).
  static func ancestors(of path: String) -> [String] {
    let parts = path.split(separator: "/")
    return parts.indices.dropLast().map { "/" + parts[...$0].joined(separator: "/") }
  }

  /// Whether `path` lies strictly inside `folder`.
  static func isInside(_ path: String, _ folder: String) -> Bool {
    folder == "/" ? path != "/" : path.hasPrefix(folder + "/")
  }

  private static func depth(_ path: String) -> Int { path.split(separator: "/").count }
}
