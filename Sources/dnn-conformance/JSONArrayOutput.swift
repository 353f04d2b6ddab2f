#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nested JSON arrays of numbers written as they come, through a buffer of about `capacity`
/// bytes handed to `sink` whenever it fills: peak memory is the buffer, whatever the length.
///
/// Doubles are spelled by `Double.description` (the shortest spelling that parses back to the
/// same double), integers in decimal, with `,` between elements and no spaces (SPEC §6).
struct JSONArrayOutput {
  /// Where full buffers go.
  private let sink: ([UInt8]) -> Void
  /// The bytes not yet handed to `sink`.
  private var buffer: [UInt8] = []
  /// How many bytes are gathered before `sink` is called.
  private let capacity: Int
  /// For each open array, whether it has an element yet.
  private var open: [Bool] = []

  /// An output handing every `capacity` bytes or so to `sink`.
  init(capacity: Int = 1 << 16, sink: @escaping ([UInt8]) -> Void) {
    self.capacity = capacity
    self.sink = sink
    buffer.reserveCapacity(capacity + 64)
  }

  /// An output to file descriptor 1 (not through C's `stdout` global, which Swift 6 cannot share).
  static func standardOutput() -> JSONArrayOutput {
    JSONArrayOutput { bytes in
      bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          let written = write(1, raw.baseAddress! + offset, raw.count - offset)
          if written < 0 && errno == EINTR { continue }
          if written <= 0 { return }
          offset += written
        }
      }
    }
  }

  /// Opens an array (an element of the enclosing one, if any).
  mutating func beginArray() {
    separate()
    buffer.append(UInt8(ascii: "["))
    open.append(false)
  }

  /// Closes the innermost array.
  mutating func endArray() {
    open.removeLast()
    buffer.append(UInt8(ascii: "]"))
    spill()
  }

  /// Appends doubles to the innermost array.
  mutating func append(_ values: [Double]) {
    for value in values {
      separate()
      buffer.append(contentsOf: value.description.utf8)
      spill()
    }
  }

  /// Appends integers to the innermost array.
  mutating func append(_ values: [Int64]) {
    for value in values {
      separate()
      buffer.append(contentsOf: value.description.utf8)
      spill()
    }
  }

  /// Appends raw text (a final newline).
  mutating func appendText(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    spill()
  }

  /// Hands whatever is buffered to the sink.
  mutating func flush() {
    guard !buffer.isEmpty else { return }
    sink(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// A `,` before every element of an array but its first.
  private mutating func separate() {
    guard let last = open.indices.last else { return }
    if open[last] { buffer.append(UInt8(ascii: ",")) } else { open[last] = true }
  }

  private mutating func spill() {
    if buffer.count >= capacity { flush() }
  }
}
