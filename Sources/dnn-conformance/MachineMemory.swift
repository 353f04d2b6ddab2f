#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How much memory this machine has, so that requests that cannot fit (`random`, `train`) are
/// refused up front as bad input instead of dying in the allocator.
enum MachineMemory {
  /// Physical memory in bytes (`sysconf`), or the cgroup's `memory.max` when that is smaller.
  static let bytes: Double = {
    let pages = Double(sysconf(Int32(_SC_PHYS_PAGES)))
    let pageSize = Double(sysconf(Int32(_SC_PAGESIZE)))
    var total = pages > 0 && pageSize > 0 ? pages * pageSize : .infinity
    if let limit = cgroupLimit(), limit < total { total = limit }
    return total
  }()

  /// cgroup v2's `memory.max` of this process's group, when it is a number.
  private static func cgroupLimit() -> Double? {
    guard let file = fopen("/sys/fs/cgroup/memory.max", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 64)
    guard fgets(&line, Int32(line.count), file) != nil else { return nil }
    let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return Double(text.filter { $0.isNumber })
  }

  /// `bytes` in binary units with one decimal: `800.0 MiB`, `7.3 TiB`.
  static func describe(_ bytes: Double) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]
    var value = bytes
    var unit = 0
    while value >= 1024, unit < units.count - 1 {
      value /= 1024
      unit += 1
    }
    if unit == 0 { return "\(Int(value)) bytes" }
    return "\((value * 10).rounded() / 10) \(units[unit])"
  }

  /// `asks for <size> of <what>; this machine has <memory>`, the one-line refusal.
  static func refusal(needing bytes: Double, of what: String, available: Double = MachineMemory.bytes) -> String {
    "asks for \(describe(bytes)) of \(what); this machine has \(describe(available))"
  }
}
