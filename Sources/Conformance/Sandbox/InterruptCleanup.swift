#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What an interrupted grade leaves behind: nothing. On SIGINT, SIGTERM or SIGHUP, every live
/// child (sandboxed or not, with all it started) is killed, every private directory removed, and
/// the process exits with 128 + the signal.
///
/// The signal handler only `write`s the signal number to a pipe (async-signal-safe); a dedicated
/// thread reads it and does the work, so the handler runs on whichever thread the kernel picks and
/// no signal mask has to be set before other threads exist. Installed on first use; a signal that
/// was ignored when we started (say SIGHUP under `nohup`) stays ignored.
enum InterruptCleanup {
  /// The signals that interrupt a grade.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Registers a child that must die with us (its pid; we are its parent).
  static func register(process pid: pid_t) {
    _ = installed
    state.withLock { _ = registry.processes.insert(pid) }
  }

  /// Forgets a child that has been waited for.
  static func unregister(process pid: pid_t) {
    state.withLock { _ = registry.processes.remove(pid) }
  }

  /// Registers a directory to remove if we are interrupted.
  static func register(directory path: String) {
    _ = installed
    state.withLock { _ = registry.directories.insert(path) }
  }

  /// Forgets a directory that has been removed.
  static func unregister(directory path: String) {
    state.withLock { _ = registry.directories.remove(path) }
  }

  /// Parks the calling thread for good once an interrupt is being handled: a thread whose child
  /// was just killed by the clean-up must not go on to report that and exit before the clean-up
  /// is done (the clean-up thread ends the process).
  static func holdIfInterrupted() {
    guard state.withLock({ registry.interrupted }) else { return }
    while true { pause() }
  }

  /// The live children and directories, and whether an interrupt is being handled.
  private struct Registry {
    var processes: Set<pid_t> = []
    var directories: Set<String> = []
    var interrupted = false
  }

  private static let state = SpawnLock()
  nonisolated(unsafe) private static var registry = Registry()

  /// Installs the handlers and starts the thread, once.
  private static let installed: Void = {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    interruptPipe = fds[1]
    var thread = pthread_t()
    let readEnd = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    readEnd.pointee = fds[0]
    guard pthread_create(&thread, nil, { argument in
      let fd = argument!.assumingMemoryBound(to: Int32.self).pointee
      InterruptCleanup.waitForSignal(fd)
      return nil
    }, readEnd) == 0 else { return }
    pthread_detach(thread)
    for signal in signals { installHandler(signal) }
  }()

  private static func installHandler(_ signal: Int32) {
    var previous = sigaction()
    guard sigaction(signal, nil, &previous) == 0 else { return }
    #if canImport(Glibc)
    let old = previous.__sigaction_handler.sa_handler
    #else
    let old = previous.__sigaction_u.__sa_handler
    #endif
    if let old, unsafeBitCast(old, to: Int.self) == 1 { return }  // SIG_IGN: leave it ignored
    var action = sigaction()
    #if canImport(Glibc)
    action.__sigaction_handler.sa_handler = interruptHandler
    #else
    action.__sigaction_u.__sa_handler = interruptHandler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = Int32(SA_RESTART)
    sigaction(signal, &action, nil)
  }

  /// The thread's body: waits for a signal number, cleans up, exits.
  private static func waitForSignal(_ fd: Int32) {
    var byte: UInt8 = 0
    while read(fd, &byte, 1) != 1 {}
    cleanUp()
    _exit(128 + Int32(byte))
  }

  /// Kills every registered child's tree, waits (a few seconds at most) until those processes
  /// are gone, then removes every registered directory. No child starts meanwhile: the spawn lock
  /// is taken and never given back.
  static func cleanUp() {
    ChildProcess.spawnLock.lock()
    let (processes, directories) = state.withLock {
      registry.interrupted = true
      return (registry.processes, registry.directories)
    }
    var doomed: [pid_t] = []
    for pid in processes {
      doomed += ChildProcess.descendants(of: pid) + [pid]
      ChildProcess.killTree(pid)
    }
    let deadline = ChildProcess.now() + 5
    for pid in processes {
      var status: Int32 = 0
      while waitpid(pid, &status, WNOHANG) == 0 && ChildProcess.now() < deadline { usleep(2_000) }
    }
    while doomed.contains(where: ChildProcess.isRunning) && ChildProcess.now() < deadline { usleep(2_000) }
    for directory in directories { _ = TreeRemoval.remove(directory) }
  }
}

/// The write end of the pipe the handler writes to (set once, before any handler is installed).
nonisolated(unsafe) private var interruptPipe: Int32 = -1

/// The signal handler: one `write`, nothing else (async-signal-safe).
private func interruptHandler(_ signal: Int32) {
  var byte = UInt8(truncatingIfNeeded: signal)
  _ = write(interruptPipe, &byte, 1)
}
