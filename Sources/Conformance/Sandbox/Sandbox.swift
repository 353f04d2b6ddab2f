import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs untrusted commands (learner code) isolated from the grader, its files and each other, at
/// the strongest `Isolation` this machine allows (see the README's "Sandbox" section):
/// new PID, mount, network, IPC and UTS namespaces with a read-only view of the file system, fresh
/// /tmp, /var/tmp and /dev/shm, the private directory the only writable place, as a user of its
/// own (`freshSandboxUser`) when we are root; rlimits on every process; everything it starts killed when it ends, times out,
/// floods its output, or when the grader dies or is interrupted.
enum Sandbox {
  /// How isolated a run was.
  enum Isolation: String, Sendable, Comparable, CaseIterable {
    /// A process group, rlimits (where `prlimit` exists) and parent-death SIGKILL (where
    /// `setpriv` exists); the command runs as us, sees and may write all we may.
    case processGroup
    /// The same, started as root and switched to a user of its own (`freshSandboxUser`: no
    /// groups, no capabilities, no_new_privs): no namespaces, but the file system's permissions
    /// and the process limit apply, and it cannot signal us or another sandbox. Used only when
    /// every path it needs is reachable by such a user.
    case processGroupAsNobody
    /// Namespaces through an unprivileged user namespace (`unshare --user --map-root-user`):
    /// read-only view, fresh scratch folders, no network, no view of other processes, no
    /// capabilities; the command still runs as our own uid (files are checked against it).
    case userNamespace
    /// Namespaces entered as root, then a user of its own (`freshSandboxUser`, group nogroup)
    /// with no groups and no capabilities.
    case namespacesAsNobody

    static func < (lhs: Isolation, rhs: Isolation) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// How the command ended (as for `ChildProcess`: exited, signalled, timedOut, outputTooLarge).
  typealias Termination = ChildProcess.Termination

  /// The outcome: how it ended, what it wrote, and how isolated it was.
  struct Outcome {
    let termination: Termination
    let standardOutput: [UInt8]
    let standardError: [UInt8]
    let isolation: Isolation
  }

  /// The group of every sandbox run as root (nogroup).
  static let sandboxGroup: UInt32 = 65534
  /// The lowest uid a sandbox run as root gets (far above any account's).
  static let firstSandboxUID: UInt32 = 1 << 30
  /// Sandboxes started by this process, for `freshSandboxUser`.
  private static let launches = Atomic<UInt32>(0)

  /// The user one sandbox run as root becomes: a uid of its own, 2^30 + (our pid × 256 + the
  /// number of our launches modulo 256), and nogroup. A uid no account and no other sandbox has
  /// gives the run a process limit of its own (RLIMIT_NPROC counts every process of a uid on the
  /// machine: under one shared user, one learner's fork bomb would starve another's grading) and
  /// keeps its files and processes out of every other sandbox's reach.
  static func freshSandboxUser() -> (uid: UInt32, gid: UInt32) {
    let count = launches.add(1, ordering: .relaxed).newValue
    let slot = (UInt32(truncatingIfNeeded: getpid()) & 0x3F_FFFF) << 8 | (count & 0xFF)
    return (firstSandboxUID + slot, sandboxGroup)
  }

  /// Runs `arguments` (the first looked up on PATH, in the sandbox) with stdin from /dev/null, in
  /// `directory` (its working directory, writable), `readable` paths reachable too (the rest of
  /// the file system as the sandboxed user may read it), under `limits`, for at most `timeLimit`
  /// seconds and `outputLimit` bytes on each of stdout and stderr. `environment` adds to or
  /// replaces our variables (TMPDIR is /tmp inside namespaces). `isolation` asks for a level
  /// (the strongest available when nil; never stronger than that). Without namespaces, root
  /// switches to a sandbox user only when such a user can reach the command's paths; else the run
  /// is a plain process group, and the outcome says so.
  static func run(
    _ arguments: [String], directory: PrivateDirectory, readable: [String] = [],
    limits: SandboxLimits = SandboxLimits(), timeLimit: Double, outputLimit: Int = 256 << 20,
    environment: [String: String] = [:], isolation: Isolation? = nil
  ) throws(SandboxError) -> Outcome {
    var level = min(isolation ?? availableIsolation, availableIsolation)
    if level == .processGroupAsNobody, geteuid() != 0 || !([directory.path] + readable).allSatisfy(sandboxUserCanReach) {
      level = .processGroup  // the sandbox user could not start it
    }
    let namespaced = level >= .userNamespace
    var variables = environment
    if namespaced { variables["TMPDIR"] = "/tmp" }
    let command = try launcher(level: level, directory: directory, readable: readable, limits: limits, timeLimit: timeLimit)
    do {
      let outcome = try ChildProcess.run(
        command + arguments, environment: ProcessEnvironment.merged(variables), timeLimit: timeLimit,
        outputLimit: outputLimit, stop: stopper(level))
      return Outcome(
        termination: outcome.termination, standardOutput: outcome.standardOutput,
        standardError: outcome.standardError, isolation: level)
    } catch {
      throw .cannotStart(command: command.first ?? "", code: error.code)
    }
  }

  /// How a run at `level` is stopped: its namespace, or its process tree.
  static func stopper(_ level: Isolation) -> (pid_t) -> Void {
    if level >= .userNamespace { return { stopNamespace($0) } }
    return { ChildProcess.killTree($0) }
  }

  /// Kills a namespace's init (the child of `unshare`), which takes every process in it along;
  /// `unshare` then reaps it and exits, so once it is waited for nothing of the sandbox is left.
  /// Before `unshare` has forked, `unshare` itself (its --kill-child takes a late init).
  static func stopNamespace(_ pid: pid_t) {
    let inits = ChildProcess.children(of: pid)
    for child in inits { kill(child, SIGKILL) }
    if inits.isEmpty { kill(pid, SIGKILL) }
  }
}
