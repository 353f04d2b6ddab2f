#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process run to completion with a time limit, its stdout and stderr captured
/// (posix_spawn, no shell). The child leads its own process group; when time runs out it is
/// killed with every process it started (on Linux, found through /proc even when they made groups
/// of their own, as the runner's per-function children do). While it runs it is registered with
/// `InterruptCleanup`, so SIGINT/SIGTERM/SIGHUP to us kill it too.
///
/// This is the unsandboxed layer: trusted commands only (`Sandbox` runs learner code on top of it).
struct ChildProcess {
  /// How the child ended.
  enum Termination: Equatable, Sendable {
    case exited(Int32)
    case signalled(Int32)
    case timedOut
    case outputTooLarge
  }

  /// The outcome: how it ended and what it wrote.
  struct Outcome {
    let termination: Termination
    let standardOutput: [UInt8]
    let standardError: [UInt8]
  }

  /// Why the child could not be started (errno of posix_spawn).
  struct SpawnError: Error, CustomStringConvertible {
    let code: Int32
    var description: String { String(cString: strerror(code)) }
  }

  /// Runs `arguments` (the first is looked up on PATH), stdin from /dev/null.
  static func run(_ arguments: [String], timeLimit: Double, outputLimit: Int = 256 << 20) throws(SpawnError) -> Outcome {
    try run(arguments, environment: nil, timeLimit: timeLimit, outputLimit: outputLimit, stop: killTree)
  }

  /// Runs `arguments` with `environment` (`KEY=value` entries; ours when nil). `stop` kills the
  /// child and what it started when time or output runs out; `run` then waits for the child.
  static func run(
    _ arguments: [String], environment: [String]?, timeLimit: Double, outputLimit: Int,
    stop: (pid_t) -> Void
  ) throws(SpawnError) -> Outcome {
    spawnLock.lock()
    let started = Result { () throws(SpawnError) -> (pid_t, Int32, Int32) in try start(arguments, environment: environment) }
    if case .success(let (pid, _, _)) = started { InterruptCleanup.register(process: pid) }
    spawnLock.unlock()
    let (pid, out, err) = try started.get()
    let outcome = collect(pid: pid, out: out, err: err, timeLimit: timeLimit, outputLimit: outputLimit, stop: stop)
    InterruptCleanup.unregister(process: pid)
    InterruptCleanup.holdIfInterrupted()
    return outcome
  }

  /// Held from creating the pipes until they are close-on-exec and the child has its ends, so
  /// that a child spawned at the same time by another thread of ours never inherits them; also
  /// held by `InterruptCleanup` while it kills, so no child starts unregistered meanwhile.
  static let spawnLock = SpawnLock()

  private static func start(_ arguments: [String], environment: [String]?) throws(SpawnError) -> (pid_t, Int32, Int32) {
    var outPipe: [Int32] = [-1, -1]
    var errPipe: [Int32] = [-1, -1]
    guard makePipe(&outPipe) else { throw SpawnError(code: errno) }
    guard makePipe(&errPipe) else {
      let code = errno
      close(outPipe[0]); close(outPipe[1])
      throw SpawnError(code: code)
    }
    let pid: pid_t
    do {
      pid = try spawn(arguments, environment: environment, stdout: outPipe[1], stderr: errPipe[1])
    } catch {
      for fd in outPipe + errPipe { close(fd) }
      throw error
    }
    close(outPipe[1])
    close(errPipe[1])
    return (pid, outPipe[0], errPipe[0])
  }

  private static func makePipe(_ fds: inout [Int32]) -> Bool {
    guard pipe(&fds) == 0 else { return false }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return true
  }

  private static func spawn(_ arguments: [String], environment: [String]?, stdout: Int32, stderr: Int32) throws(SpawnError) -> pid_t {
    #if canImport(Darwin)
    var actions: posix_spawn_file_actions_t? = nil
    var attributes: posix_spawnattr_t? = nil
    #else
    var actions = posix_spawn_file_actions_t()
    var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, stdout, 1)
    posix_spawn_file_actions_adddup2(&actions, stderr, 2)
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let envp: [UnsafeMutablePointer<CChar>?]? = environment.map { $0.map { strdup($0) } + [nil] }
    defer { for pointer in envp ?? [] { free(pointer) } }
    var pid: pid_t = 0
    #if canImport(Darwin)
    let inherited = _NSGetEnviron().pointee
    #else
    let inherited = environ
    #endif
    let code = envp.map { envp in
      envp.withUnsafeBufferPointer { posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, $0.baseAddress) }
    } ?? posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, inherited)
    guard code == 0 else { throw SpawnError(code: code) }
    return pid
  }
}
