#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ChildProcess {
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
    let parents = parentTable()
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

  /// The direct children of `pid` (Linux: from /proc; empty elsewhere).
  static func children(of pid: pid_t) -> [pid_t] {
    parentTable()[pid] ?? []
  }

  /// Whether `pid` is a process that has not exited (a zombie counts as gone).
  static func isRunning(_ pid: pid_t) -> Bool {
    guard let stat = FileProbe.contents(of: "/proc/\(pid)/stat") else { return kill(pid, 0) == 0 }
    guard let close = stat.lastIndex(of: ")") else { return false }
    let state = stat[stat.index(after: close)...].split(separator: " ").first
    return state != "Z" && state != "X"
  }

  /// Every process's children, by parent pid, from /proc/PID/stat.
  private static func parentTable() -> [pid_t: [pid_t]] {
    var parents: [pid_t: [pid_t]] = [:]
    for name in FileProbe.entries(in: "/proc") {
      guard let pid = pid_t(name), let stat = FileProbe.contents(of: "/proc/\(name)/stat"),
        let close = stat.lastIndex(of: ")")
      else { continue }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      if fields.count > 1, let parent = pid_t(fields[1]) { parents[parent, default: []].append(pid) }
    }
    return parents
  }
}
