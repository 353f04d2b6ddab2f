#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ChildProcess {
  /// Most of stderr kept (the rest is read and counted, not kept).
  static let keptStandardError = 1 << 20

  /// Reads the child's stdout and stderr until both close (or the child is gone and nothing more
  /// comes), the time runs out, or either stream passes `outputLimit` bytes; then `stop`s it when
  /// it must and waits for it. Never blocks on a grandchild that keeps the pipes open.
  static func collect(
    pid: pid_t, out: Int32, err: Int32, timeLimit: Double, outputLimit: Int, stop: (pid_t) -> Void
  ) -> Outcome {
    var output: [UInt8] = []
    var errors: [UInt8] = []
    var errorCount = 0
    var open = [out, err]
    let deadline = now() + timeLimit
    var status: Int32 = 0
    var exited = false
    var timedOut = false
    var flooded = false
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while !open.isEmpty {
      let remaining = deadline - now()
      if remaining <= 0 || flooded {
        timedOut = remaining <= 0 && !flooded
        break
      }
      var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining, exited ? 0.05 : 0.1) * 1000) + 1)
      if ready > 0 {
        for entry in fds where entry.revents != 0 {
          let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
          if count > 0 {
            if entry.fd == out {
              output += buffer[0..<min(count, outputLimit + 1 - output.count)]
              flooded = flooded || output.count > outputLimit
            } else {
              errors += buffer[0..<max(0, min(count, keptStandardError - errors.count))]
              errorCount += count
              flooded = flooded || errorCount > outputLimit
            }
          } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            open.removeAll { $0 == entry.fd }
          }
        }
      } else if exited {
        break  // the child is gone and nothing more came: a lingering grandchild must not hold us
      }
      if !exited, waitpid(pid, &status, WNOHANG) == pid { exited = true }
    }
    close(out)
    close(err)
    if !exited {
      if timedOut || flooded { stop(pid) }
      while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }
    if output.count > outputLimit { output.removeLast(output.count - outputLimit) }
    let termination: Termination
    if timedOut {
      termination = .timedOut
    } else if flooded {
      termination = .outputTooLarge
    } else if status & 0x7f == 0 {
      termination = .exited((status >> 8) & 0xff)
    } else {
      termination = .signalled(status & 0x7f)
    }
    return Outcome(termination: termination, standardOutput: output, standardError: errors)
  }

  /// Seconds on the monotonic clock.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }
}
