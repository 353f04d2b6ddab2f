extension RandomState {
  /// `count` integers in [low, high) (`np.random.randint(low, high, size=count)`, default int64).
  ///
  /// NumPy's legacy masked rejection: with `range = high - 1 - low` and `mask` the smallest
  /// 2^k - 1 >= `range`, draw `word & mask` until it is <= `range`, using 32-bit words while
  /// `range` fits in 32 bits and 64-bit words (high word first) above. A range of 0 draws nothing;
  /// a range of exactly 0xFFFFFFFF (or 2^64 - 1) uses whole words without rejection.
  /// Throws NumPy's `high <= 0` (when `low == 0`) or `low >= high`, and
  /// `negative dimensions are not allowed`; like NumPy, a count of 0 returns `[]` before any check.
  public mutating func randint(low: Int64, high: Int64, count: Int) throws(RandomError) -> [Int64] {
    guard count != 0 else { return [] }
    guard low < high else { throw low == 0 ? .highNotPositive : .lowNotBelowHigh }
    guard count > 0 else { throw .negativeDimensions }
    let offset = UInt64(bitPattern: low)
    let range = UInt64(bitPattern: high &- 1 &- low)
    return [Int64](unsafeUninitializedCapacity: count) { buffer, initialized in
      let out = buffer.baseAddress!
      if range == 0 {
        for i in 0..<count { out[i] = low }
      } else {
        let mask = MTCursor.mask(covering: range)
        generator.withCursor { cursor in
          if range <= 0xFFFF_FFFF {
            let bound = UInt32(truncatingIfNeeded: range)
            let mask32 = UInt32(truncatingIfNeeded: mask)
            for i in 0..<count {
              out[i] = Int64(bitPattern: offset &+ UInt64(cursor.bounded32(bound, mask: mask32)))
            }
          } else {
            for i in 0..<count {
              out[i] = Int64(bitPattern: offset &+ cursor.bounded64(range, mask: mask))
            }
          }
        }
      }
      initialized = count
    }
  }

  /// `count` integers in [0, high) (`np.random.randint(high, size=count)`).
  public mutating func randint(_ high: Int64, count: Int) throws(RandomError) -> [Int64] {
    try randint(low: 0, high: high, count: count)
  }

  /// Shuffles in place as NumPy's `shuffle`: Fisher–Yates from the last element down.
  ///
  /// For i = n-1 down to 1, swaps element i with element j, j drawn by NumPy's
  /// `random_interval(i)` (masked rejection). Collections of 0 or 1 elements draw nothing.
  public mutating func shuffle<C: MutableCollection & RandomAccessCollection>(_ collection: inout C) {
    let n = collection.count
    guard n > 1 else { return }
    let start = collection.startIndex
    generator.withCursor { cursor in
      var i = n - 1
      while i >= 1 {
        let j = Int(cursor.interval(UInt64(i)))
        if j != i {
          collection.swapAt(
            collection.index(start, offsetBy: i), collection.index(start, offsetBy: j))
        }
        i -= 1
      }
    }
  }

  /// 0 ..< n in shuffled order (`np.random.permutation(n)`); empty for n <= 0, as NumPy.
  public mutating func permutation(_ n: Int) -> [Int64] {
    guard n > 0 else { return [] }
    var values = [Int64](unsafeUninitializedCapacity: n) { buffer, initialized in
      for i in 0..<n { buffer[i] = Int64(i) }
      initialized = n
    }
    values.withUnsafeMutableBufferPointer { buffer in
      shuffle(&buffer)
    }
    return values
  }

  /// `size` draws from 0 ..< n (`np.random.choice(n, size, replace)`).
  ///
  /// With replacement this is `randint(0, n, size)`; without, `permutation(n)[:size]` (the whole
  /// permutation is drawn, as NumPy's legacy code does). NumPy's errors: `a must be greater than
  /// 0 unless no samples are taken`, `Cannot take a larger sample than population when
  /// 'replace=False'`, and negative sizes.
  public mutating func choice(_ n: Int, size: Int, replace: Bool = true) throws(RandomError) -> [Int64] {
    if n <= 0 && size != 0 { throw .emptyPopulation }
    if replace {
      guard size >= 0 else { throw .negativeDimensions }
      guard size > 0 else { return [] }
      return try randint(low: 0, high: Int64(n), count: size)
    }
    guard size <= n else { throw .sampleLargerThanPopulation }
    guard size >= 0 else { throw .negativeSampleSize }
    return Array(permutation(n).prefix(size))
  }
}
