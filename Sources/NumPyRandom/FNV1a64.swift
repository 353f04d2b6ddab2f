/// 64-bit FNV-1a, the digest the reference vectors in Fixtures/random use (see reference/random_vectors.py).
///
/// Each byte does `h = (h ^ byte) &* prime`. For a fixed `h` the xor is injective in the byte and
/// the multiplication by an odd prime is a bijection mod 2^64, so inputs that differ in exactly
/// one byte part at that byte and never meet again: one flipped bit in one draw always changes
/// the digest (a guarantee, not a probability).
public struct FNV1a64: Sendable {
  /// An empty digest.
  public init() {}

  /// FNV-1a's 64-bit offset basis.
  public static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
  /// FNV-1a's 64-bit prime.
  public static let prime: UInt64 = 0x0000_0100_0000_01B3

  /// The digest so far.
  public private(set) var value = FNV1a64.offsetBasis

  /// Feeds one byte.
  public mutating func combine(byte: UInt8) {
    value = (value ^ UInt64(byte)) &* Self.prime
  }

  /// Feeds the little-endian bytes of a 64-bit word.
  public mutating func combine(_ word: UInt64) {
    // Unrolled: the test suite hashes 10^7 words in debug builds.
    let p = Self.prime
    var h = value
    h = (h ^ (word & 0xFF)) &* p
    h = (h ^ ((word &>> 8) & 0xFF)) &* p
    h = (h ^ ((word &>> 16) & 0xFF)) &* p
    h = (h ^ ((word &>> 24) & 0xFF)) &* p
    h = (h ^ ((word &>> 32) & 0xFF)) &* p
    h = (h ^ ((word &>> 40) & 0xFF)) &* p
    h = (h ^ ((word &>> 48) & 0xFF)) &* p
    h = (h ^ (word &>> 56)) &* p
    value = h
  }

  /// Feeds the little-endian bytes of a 32-bit word.
  public mutating func combine(_ word: UInt32) {
    var h = value
    var w = word
    for _ in 0..<4 {
      h = (h ^ UInt64(w & 0xFF)) &* Self.prime
      w >>= 8
    }
    value = h
  }

  /// The digest of doubles' bit patterns, in order.
  public static func digest(_ values: [Double]) -> UInt64 {
    var hasher = FNV1a64()
    values.withUnsafeBufferPointer { buffer in
      let base = buffer.baseAddress!
      var i = 0
      while i < buffer.count {
        hasher.combine(base[i].bitPattern)
        i &+= 1
      }
    }
    return hasher.value
  }

  /// The digest of 32-bit words, in order.
  public static func digest(_ words: [UInt32]) -> UInt64 {
    var hasher = FNV1a64()
    for word in words { hasher.combine(word) }
    return hasher.value
  }

  /// A digest as 16 hex digits, the fixtures' spelling.
  public static func hex(_ digest: UInt64) -> String {
    let text = String(digest, radix: 16)
    return String(repeating: "0", count: 16 - text.count) + text
  }
}
