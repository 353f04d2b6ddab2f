#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Our whole environment (`environ`), for the children that inherit it with a few changes.
enum ProcessEnvironment {
  /// Every variable, by name.
  static func current() -> [String: String] {
    #if canImport(Darwin)
    let start: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = _NSGetEnviron().pointee
    #else
    let start: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    #endif
    guard var entry = start else { return [:] }
    var result: [String: String] = [:]
    while let pointer = entry.pointee {
      let text = String(cString: pointer)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      entry += 1
    }
    return result
  }

  /// `current()` with `overrides` applied, as sorted `KEY=value` entries.
  static func merged(_ overrides: [String: String]) -> [String] {
    current().merging(overrides) { $1 }.map { "\($0.key)=\($0.value)" }.sorted()
  }
}
