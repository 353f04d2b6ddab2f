/// The Mersenne Twister MT19937 generator exactly as NumPy's legacy `RandomState` drives it.
///
/// The state is the 624-word key plus the read position, the same pair NumPy's
/// `get_state()` returns as its second and third elements.
public struct MT19937: Sendable, Equatable {
  /// Number of 32-bit words in the state vector.
  public static let stateSize = 624
  static let shift = 397
  static let matrixA: UInt32 = 0x9908_B0DF
  static let upperMask: UInt32 = 0x8000_0000
  static let lowerMask: UInt32 = 0x7FFF_FFFF

  /// The 624 state words.
  public internal(set) var key: [UInt32]
  /// The index of the next word to temper; 624 means "regenerate before the next draw".
  public internal(set) var position: Int

  /// Seeds with a single 32-bit integer, as `init_genrand` (NumPy's `seed(int)`).
  public init(seed: UInt32) {
    key = [UInt32](repeating: 0, count: Self.stateSize)
    position = Self.stateSize
    initGenrand(seed)
  }

  /// Seeds with a non-empty key array, as MT19937's `init_by_array` (NumPy's `seed([..])`).
  public init(seedArray: [UInt32]) {
    precondition(!seedArray.isEmpty, "init_by_array needs at least one word")
    key = [UInt32](repeating: 0, count: Self.stateSize)
    position = Self.stateSize
    initByArray(seedArray)
  }

  /// Restores a state from its words and position (as NumPy's `set_state`).
  public init(key: [UInt32], position: Int) {
    precondition(key.count == Self.stateSize && (0...Self.stateSize).contains(position))
    self.key = key
    self.position = position
  }

  mutating func initGenrand(_ seed: UInt32) {
    key[0] = seed
    for i in 1..<Self.stateSize {
      let previous = key[i - 1]
      key[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
    }
    position = Self.stateSize
  }

  mutating func initByArray(_ initKey: [UInt32]) {
    let n = Self.stateSize
    initGenrand(19_650_218)
    var i = 1
    var j = 0
    var k = max(n, initKey.count)
    while k > 0 {
      let previous = key[i - 1]
      key[i] = (key[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ initKey[j] &+ UInt32(j)
      i += 1
      j += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
      if j >= initKey.count { j = 0 }
      k -= 1
    }
    k = n - 1
    while k > 0 {
      let previous = key[i - 1]
      key[i] = (key[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
      i += 1
      if i >= n {
        key[0] = key[n - 1]
        i = 1
      }
      k -= 1
    }
    key[0] = 0x8000_0000
    position = n
  }

  /// Regenerates all 624 words (the "twist").
  mutating func generate() {
    key.withUnsafeMutableBufferPointer { words in
      Self.twist(words.baseAddress!)
    }
    position = 0
  }

  /// The MT19937 recurrence over the 624 words at `mt`, in place.
  @inline(__always)
  static func twist(_ mt: UnsafeMutablePointer<UInt32>) {
    let n = stateSize
    let m = shift
    var i = 0
    while i < n - m {
      let y = (mt[i] & upperMask) | (mt[i + 1] & lowerMask)
      mt[i] = mt[i + m] ^ (y >> 1) ^ ((0 &- (y & 1)) & matrixA)
      i += 1
    }
    while i < n - 1 {
      let y = (mt[i] & upperMask) | (mt[i + 1] & lowerMask)
      mt[i] = mt[i + m - n] ^ (y >> 1) ^ ((0 &- (y & 1)) & matrixA)
      i += 1
    }
    let y = (mt[n - 1] & upperMask) | (mt[0] & lowerMask)
    mt[n - 1] = mt[m - 1] ^ (y >> 1) ^ ((0 &- (y & 1)) & matrixA)
  }

  /// MT19937's output transformation of one state word.
  @inline(__always)
  static func temper(_ word: UInt32) -> UInt32 {
    var y = word
    y ^= y >> 11
    y ^= (y << 7) & 0x9D2C_5680
    y ^= (y << 15) & 0xEFC6_0000
    y ^= y >> 18
    return y
  }

  /// The next tempered 32-bit output.
  public mutating func next32() -> UInt32 {
    if position >= Self.stateSize { generate() }
    let word = key[position]
    position += 1
    return Self.temper(word)
  }

  /// The next 64-bit output: two 32-bit words, high word first (NumPy's `next_uint64`).
  public mutating func next64() -> UInt64 {
    let high = UInt64(next32())
    return (high << 32) | UInt64(next32())
  }

  /// A double in [0, 1) with 53 random bits (NumPy's `random_standard_uniform`, legacy).
  public mutating func nextDouble() -> Double {
    let a = Double(next32() >> 5)
    let b = Double(next32() >> 6)
    return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
  }
}
