/// A view of an `MT19937` state through a raw pointer, for the bulk draws.
///
/// Bulk paths (`randn`, `rand`, ...) run thousands of draws per call; going through the
/// state's array on every draw costs a bounds check and an exclusivity check each time.
/// The cursor borrows the 624 words once per call and keeps the read position in a local.
/// It produces exactly the same words, in the same order, as `MT19937.next32()`.
struct MTCursor {
  /// The 624 state words (untempered), owned by the `MT19937` value being drawn from.
  let words: UnsafeMutablePointer<UInt32>
  /// The index of the next word to temper; 624 means "twist first".
  var position: Int

  /// The next tempered 32-bit word (`mt19937_next32`).
  @inline(__always)
  mutating func next32() -> UInt32 {
    if position >= MT19937.stateSize {
      MT19937.twist(words)
      position = 0
    }
    let word = words[position]
    position &+= 1
    return MT19937.temper(word)
  }

  /// Two words, high first (`mt19937_next64`).
  @inline(__always)
  mutating func next64() -> UInt64 {
    let high = UInt64(next32())
    return (high << 32) | UInt64(next32())
  }

  /// A double in [0, 1) from two words (`legacy_double` / `mt19937_next_double`).
  @inline(__always)
  mutating func nextDouble() -> Double {
    let a = Double(next32() >> 5)
    let b = Double(next32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }

  /// A value in [0, bound] by masked rejection on 32-bit words (`buffered_bounded_masked_uint32`).
  @inline(__always)
  mutating func bounded32(_ bound: UInt32, mask: UInt32) -> UInt32 {
    var value = next32() & mask
    while value > bound { value = next32() & mask }
    return value
  }

  /// A value in [0, bound] by masked rejection on 64-bit words (`bounded_masked_uint64`).
  @inline(__always)
  mutating func bounded64(_ bound: UInt64, mask: UInt64) -> UInt64 {
    var value = next64() & mask
    while value > bound { value = next64() & mask }
    return value
  }

  /// A value in [0, bound]: NumPy's `random_interval`, as used by `shuffle`.
  ///
  /// The smallest all-ones mask covering `bound`, then rejection; 32-bit words while
  /// `bound` fits in 32 bits, 64-bit words above. `bound == 0` draws nothing.
  @inline(__always)
  mutating func interval(_ bound: UInt64) -> UInt64 {
    if bound == 0 { return 0 }
    let mask = MTCursor.mask(covering: bound)
    if bound <= 0xFFFF_FFFF {
      return UInt64(bounded32(UInt32(truncatingIfNeeded: bound), mask: UInt32(truncatingIfNeeded: mask)))
    }
    return bounded64(bound, mask: mask)
  }

  /// The smallest 2^k - 1 that is >= `value` (NumPy's `gen_mask`).
  @inline(__always)
  static func mask(covering value: UInt64) -> UInt64 {
    value == 0 ? 0 : UInt64.max >> value.leadingZeroBitCount
  }
}

extension MT19937 {
  /// Runs `body` with a cursor over this state; the position is written back afterwards.
  @inline(__always)
  mutating func withCursor<Result>(_ body: (inout MTCursor) throws -> Result) rethrows -> Result {
    var end = position
    let result = try key.withUnsafeMutableBufferPointer { buffer in
      var cursor = MTCursor(words: buffer.baseAddress!, position: end)
      defer { end = cursor.position }
      return try body(&cursor)
    }
    position = end
    return result
  }
}
