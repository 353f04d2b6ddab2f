import DeepNet

/// The input X (n_x × m) laid out once for streaming: each row padded with zeros to a multiple of
/// eight doubles (and off a multiple of 4 KB, so rows read together do not share cache sets), 64-byte
/// aligned, so every product over X reads it front to back in SIMD8 steps.
///
/// The cat data's X is 12288 × 209 (20.5 MB): each iteration of training streams it from memory,
/// which is why it is read in exactly one sequential pass per product.
final class StreamedInput: @unchecked Sendable {
  /// Number of rows of X (n_x, the features).
  let rows: Int
  /// Number of real columns of X (m, the examples).
  let cols: Int
  /// Doubles per stored row (cols rounded up to a multiple of 8; padding is zero).
  let stride: Int
  /// The stored rows.
  let base: UnsafeMutablePointer<Double>

  /// Copies `x` into the padded layout.
  init(_ x: Matrix) {
    rows = x.rows
    cols = x.cols
    stride = StreamedInput.paddedWidth(x.cols)
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: max(1, rows * stride) * MemoryLayout<Double>.size, alignment: 64)
    base = raw.bindMemory(to: Double.self, capacity: max(1, rows * stride))
    base.initialize(repeating: 0, count: rows * stride)
    x.data.withUnsafeBufferPointer { source in
      for r in 0..<rows {
        (base + r * stride).update(from: source.baseAddress! + r * cols, count: cols)
      }
    }
  }

  deinit { base.deallocate() }

  /// `width` rounded up to a multiple of eight, and by eight more if that is a multiple of 512.
  static func paddedWidth(_ width: Int) -> Int {
    let padded = (width + 7) / 8 * 8
    return padded % 512 == 0 ? padded + 8 : padded
  }
}

/// A zero-initialised, 64-byte aligned buffer of doubles owned by the trainer.
final class AlignedBuffer: @unchecked Sendable {
  /// Number of doubles.
  let count: Int
  /// The storage.
  let base: UnsafeMutablePointer<Double>

  /// A buffer of `count` zeros.
  init(count: Int) {
    self.count = count
    let raw = UnsafeMutableRawPointer.allocate(
      byteCount: max(1, count) * MemoryLayout<Double>.size, alignment: 64)
    base = raw.bindMemory(to: Double.self, capacity: max(1, count))
    base.initialize(repeating: 0, count: count)
  }

  deinit { base.deallocate() }

  /// Sets every element to zero.
  func zero() { base.update(repeating: 0, count: count) }
}
