#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A child process run to completion with a time limit, its stdout and stderr captured
/// (posix_spawn, no shell). The child leads its own process group; when time runs out it is
/// killed with every process it started (on Linux, found through /proc even when they made groups
/// of their own, as the runner's per-function children do).
struct ChildProcess {
  /// How the child ended.
  enum Termination: Equatable {
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
  struct SpawnError: Error {
    let code: Int32
  }

  /// Runs `arguments` (the first is looked up on PATH), stdin from /dev/null.
  static func run(_ arguments: [String], timeLimit: Double, outputLimit: Int = 256 << 20) throws(SpawnError) -> Outcome {
    spawnLock.lock()
    let started = Result { () throws(SpawnError) -> (pid_t, Int32, Int32) in try start(arguments) }
    spawnLock.unlock()
    let (pid, out, err) = try started.get()
    return collect(pid: pid, out: out, err: err, timeLimit: timeLimit, outputLimit: outputLimit)
  }

  /// Held from creating the pipes until they are close-on-exec and the child has its ends, so
  /// that a child spawned at the same time by another thread of ours never inherits them.
  private static let spawnLock = SpawnLock()

  private static func start(_ arguments: [String]) throws(SpawnError) -> (pid_t, Int32, Int32) {
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
      pid = try spawn(arguments, stdout: outPipe[1], stderr: errPipe[1])
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

  private static func spawn(_ arguments: [String], stdout: Int32, stderr: Int32) throws(SpawnError) -> pid_t {
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
    for signal in [SIGPIPE, SIGINT, SIGTERM, SIGCHLD] { sigaddset(&defaults, signal) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    #if canImport(Darwin)
    let environment = _NSGetEnviron().pointee
    #else
    let environment = environ
    #endif
    let code = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environment)
    guard code == 0 else { throw SpawnError(code: code) }
    return pid
  }

  private static func collect(pid: pid_t, out: Int32, err: Int32, timeLimit: Double, outputLimit: Int) -> Outcome {
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var open = [out, err]
    let deadline = now() + timeLimit
    var status: Int32 = 0
    var exited = false
    var timedOut = false
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while !open.isEmpty {
      let remaining = deadline - now()
      if remaining <= 0 || output.count > outputLimit {
        timedOut = remaining <= 0
        break
      }
      var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining, exited ? 0.05 : 0.1) * 1000) + 1)
      if ready > 0 {
        for entry in fds where entry.revents != 0 {
          let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
          if count > 0 {
            if entry.fd == out { output += buffer[0..<count] } else if errors.count < 1 << 20 { errors += buffer[0..<count] }
          } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            open.removeAll { $0 == entry.fd }
          }
        }
      } else if exited {
        break  // the runner is gone and nothing more came: a lingering grandchild must not hold us
      }
      if !exited, waitpid(pid, &status, WNOHANG) == pid { exited = true }
    }
    close(out)
    close(err)
    if !exited {
      if timedOut || output.count > outputLimit { killTree(pid) }
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
    let termination: Termination
    if timedOut {
      termination = .timedOut
    } else if output.count > outputLimit {
      termination = .outputTooLarge
    } else if status & 0x7f == 0 {
      termination = .exited((status >> 8) & 0xff)
    } else {
      termination = .signalled(status & 0x7f)
    }
    return Outcome(termination: termination, standardOutput: output, standardError: errors)
  }

  /// SIGKILL to `pid`'s process group and to every descendant's (Linux: from /proc).
  static func killTree(_ pid: pid_t) {
    for descendant in descendants(of: pid).reversed() {
      kill(-descendant, SIGKILL)
      kill(descendant, SIGKILL)
    }
    kill(-pid, SIGKILL)
    kill(pid, SIGKILL)
  }

  /// Every process whose parent chain leads to `root` (children first, breadth-first).
  static func descendants(of root: pid_t) -> [pid_t] {
    var parents: [pid_t: [pid_t]] = [:]
    for name in FileProbe.entries(in: "/proc") {
      guard let pid = pid_t(name), let stat = FileProbe.contents(of: "/proc/\(name)/stat"),
        let close = stat.lastIndex(of: ")")
      else { continue }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      if fields.count > 1, let parent = pid_t(fields[1]) { parents[parent, default: []].append(pid) }
    }
    var result: [pid_t] = []
    var queue = [root]
    while !queue.isEmpty {
      let next = queue.removeFirst()
      let children = parents[next] ?? []
      result += children
      queue += children
    }
    return result
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }
}

/// A process-wide mutex (pthread), for the few lines that create and hand over pipes.
final class SpawnLock: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>

  init() {
    mutex = .allocate(capacity: 1)
    pthread_mutex_init(mutex, nil)
  }

  func lock() { pthread_mutex_lock(mutex) }
  func unlock() { pthread_mutex_unlock(mutex) }
}

extension FileProbe {
  /// Every name in `directory` (no `.` or `..`).
  static func entries(in directory: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// A small file's text (at most 64 KiB), or nil.
  static func contents(of path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: 1 << 16)
    let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count >= 0 else { return nil }
    return String(decoding: bytes[0..<count], as: UTF8.self)
  }
}
