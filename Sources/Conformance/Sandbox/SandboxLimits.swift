#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The resource limits of every process in a sandbox (rlimits, soft = hard, inherited by all it
/// starts). Core files are always off.
struct SandboxLimits: Sendable, Equatable {
  /// RLIMIT_AS: bytes of address space per process (default 2 GiB).
  var addressSpace = 2 << 30
  /// RLIMIT_CPU: CPU seconds per process; nil for the time limit times the online CPUs, plus one
  /// (a multi-threaded process may use that much before the wall-clock limit ends it).
  var cpuSeconds: Int? = nil
  /// RLIMIT_FSIZE: the largest file a process may write (default 64 MiB); also the size of each
  /// fresh tmpfs (/tmp, /var/tmp, /dev/shm) in the namespaced levels.
  var fileSize = 64 << 20
  /// RLIMIT_NPROC: processes (threads count) of the sandbox's user. Binds only for a non-root
  /// user: as root each sandbox runs as a user of its own so that it does, for it alone.
  var processes = 64
  /// RLIMIT_NOFILE: open files per process.
  var openFiles = 256

  /// The defaults.
  init() {}

  /// The CPU seconds for a run of at most `timeLimit` seconds.
  func cpuSeconds(timeLimit: Double) -> Int {
    if let cpuSeconds { return cpuSeconds }
    let cpus = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    return Int((timeLimit * Double(cpus)).rounded(.up)) + 1
  }

  /// `prlimit` options setting every limit, for a run of at most `timeLimit` seconds.
  func prlimitOptions(timeLimit: Double) -> [String] {
    [
      "--as=\(addressSpace)", "--cpu=\(cpuSeconds(timeLimit: timeLimit))", "--fsize=\(fileSize)",
      "--nproc=\(processes)", "--nofile=\(openFiles)", "--core=0",
    ]
  }
}
