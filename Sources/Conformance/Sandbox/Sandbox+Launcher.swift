#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Sandbox {
  /// The util-linux tools the sandbox drives, by absolute path, looked for in the system folders
  /// only (never through PATH); nil where missing.
  struct Tools: Sendable {
    let unshare: String?
    let setpriv: String?
    let prlimit: String?

    /// The system's.
    static let system = Tools(unshare: find("unshare"), setpriv: find("setpriv"), prlimit: find("prlimit"))

    private static func find(_ name: String) -> String? {
      ["/usr/bin", "/bin", "/usr/sbin", "/sbin"].map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }
  }

  /// The strongest level that works here, found once by starting an empty sandbox at each level
  /// in turn (a kernel, container or policy that refuses a step makes that level fail).
  static let availableIsolation: Isolation = {
    #if os(Linux)
    let tools = Tools.system
    guard tools.setpriv != nil, tools.prlimit != nil else { return .processGroup }
    let root = geteuid() == 0
    let namespaces: [Isolation] = tools.unshare == nil ? [] : root ? [.namespacesAsNobody, .userNamespace] : [.userNamespace]
    for level in namespaces + (root ? [.processGroupAsNobody] : []) where works(level) { return level }
    #endif
    return .processGroup
  }()

  /// Whether an empty sandbox at `level` starts and exits 0.
  private static func works(_ level: Isolation) -> Bool {
    guard let directory = try? PrivateDirectory.make() else { return false }
    defer { directory.remove() }
    guard let command = try? launcher(level: level, directory: directory, readable: [], limits: SandboxLimits(), timeLimit: 30),
      let outcome = try? ChildProcess.run(
        command + ["/bin/sh", "-c", "exit 0"], environment: nil, timeLimit: 30, outputLimit: 1 << 16, stop: stopper(level))
    else { return false }
    return outcome.termination == .exited(0)
  }

  /// The command that starts `arguments` (appended to it) at `level`.
  static func launcher(
    level: Isolation, directory: PrivateDirectory, readable: [String], limits: SandboxLimits, timeLimit: Double
  ) throws(SandboxError) -> [String] {
    let tools = Tools.system
    let asNobody = level == .namespacesAsNobody || level == .processGroupAsNobody
    let sandboxUser = asNobody ? freshSandboxUser() : nil
    do {  // ours again after a run as another user
      try directory.hand(to: sandboxUser?.uid ?? geteuid(), sandboxUser?.gid ?? getegid())
    } catch {
      throw .privateDirectory(error)
    }
    guard level >= .userNamespace, let unshare = tools.unshare, let setpriv = tools.setpriv, let prlimit = tools.prlimit else {
      var command: [String] = []
      if let prlimit = tools.prlimit { command += [prlimit] + limits.prlimitOptions(timeLimit: timeLimit) + ["--"] }
      if let setpriv = tools.setpriv {
        command += [setpriv] + SandboxScript.privilegeOptions(user: sandboxUser, dropCapabilities: asNobody) + ["--"]
      }
      return command + ["/bin/sh", "-c", "cd -- \"$1\" || exit \(SandboxScript.setupFailed); shift; exec \"$@\"", "dnnc-sandbox", directory.path]
    }
    let scratch = ["/tmp", "/var/tmp", "/dev/shm"].compactMap(FileProbe.canonical).filter(FileProbe.isDirectory)
    let plan = try SandboxMountPlan.make(
      writable: directory.path, readable: readable.compactMap(FileProbe.canonical), scratch: scratch,
      hidden: ["/run"].compactMap(FileProbe.canonical).filter(FileProbe.isDirectory), traversable: asNobody ? sandboxUserCanTraverse : { _ in true })
    let script = SandboxScript(
      plan: plan, prlimit: prlimit, setpriv: setpriv, limits: limits.prlimitOptions(timeLimit: timeLimit),
      user: sandboxUser, scratchSize: limits.fileSize)
    return [setpriv, "--pdeathsig", "KILL", "--", unshare] + (asNobody ? [] : ["--user", "--map-root-user"])
      + ["--pid", "--fork", "--kill-child", "--mount", "--net", "--ipc", "--uts", "--propagation", "private", "--mount-proc"]
      + ["--", "/bin/sh", "-c", script.text, "dnnc-sandbox"]
  }

  /// Whether a sandbox user can reach `path`: every folder above it lets that user pass.
  static func sandboxUserCanReach(_ path: String) -> Bool {
    guard let canonical = FileProbe.canonical(path) else { return true }  // missing: nothing to reach
    return SandboxMountPlan.ancestors(of: canonical).allSatisfy(sandboxUserCanTraverse)
  }

  /// Whether a sandbox user (a fresh uid that owns nothing, group nogroup) may pass through the
  /// folder `path` (search permission).
  static func sandboxUserCanTraverse(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    if info.st_gid == sandboxGroup { return info.st_mode & S_IXGRP != 0 }
    return info.st_mode & S_IXOTH != 0
  }
}
