import NumPyRandom
import Testing

/// The long-stream checks rest on the digest: these tests show it catches one flipped bit.
@Suite struct DigestTests {
  @Test("FNV-1a 64 matches the reference test vectors")
  func knownVectors() {
    func digest(_ text: String) -> UInt64 {
      var hasher = FNV1a64()
      for byte in text.utf8 { hasher.combine(byte: byte) }
      return hasher.value
    }
    #expect(digest("") == 0xCBF2_9CE4_8422_2325)
    #expect(digest("a") == 0xAF63_DC4C_8601_EC8C)
    #expect(digest("foobar") == 0x8594_4171_F739_67E8)
  }

  @Test("word-at-a-time hashing is byte-at-a-time over little-endian bytes")
  func wordsAreLittleEndianBytes() {
    var words = FNV1a64()
    words.combine(UInt64(0x0807_0605_0403_0201))
    words.combine(UInt32(0x0C0B_0A09))
    var bytes = FNV1a64()
    for byte in UInt8(1)...12 { bytes.combine(byte: byte) }
    #expect(words.value == bytes.value)
  }

  @Test("flipping any one bit of one draw changes the digest of 10^6 draws")
  func flippedBitIsDetected() throws {
    let fixture = try RandomFixture.load("int-1")
    let stream = try #require(fixture.streams.first { $0.method == "randn" })
    var random = RandomState(seed: 1)
    var draws = random.randn(stream.count)
    #expect(FNV1a64.hex(FNV1a64.digest(draws)) == stream.fnv1a64)
    // Draws away from the head and the checkpoints, so only the digest can notice.
    for (index, bit) in [(123_457, 0), (543_211, 31), (999_998, 52), (1, 63)] {
      let original = draws[index]
      draws[index] = Double(bitPattern: original.bitPattern ^ (1 << UInt64(bit)))
      #expect(
        FNV1a64.hex(FNV1a64.digest(draws)) != stream.fnv1a64,
        "bit \(bit) of draw \(index) flipped, digest unchanged")
      draws[index] = original
    }
    #expect(FNV1a64.hex(FNV1a64.digest(draws)) == stream.fnv1a64)
  }

  @Test("a draw moved by one place changes the digest")
  func swappedDrawsAreDetected() throws {
    var random = RandomState(seed: 2)
    var draws = random.randn(1001)
    let digest = FNV1a64.digest(draws)
    draws.swapAt(500, 501)
    #expect(FNV1a64.digest(draws) != digest)
  }
}
