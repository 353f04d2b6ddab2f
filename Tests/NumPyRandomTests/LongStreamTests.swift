import NumPyRandom
import Testing

/// 10^6 draws of `randn` and of `rand` per seed, compared bit for bit with NumPy 2.4.6.
@Suite struct LongStreamTests {
  /// Checks `draws` against a stored stream: the first values, every checkpoint, and the digest
  /// of all draws (so a single changed bit anywhere fails).
  static func check(_ draws: [Double], against stream: RandomFixture.LongStream, _ label: String)
    throws
  {
    #expect(draws.count == stream.count, "\(label): count")
    guard draws.count == stream.count else { return }
    let head = try doubles(bits: stream.head)
    #expect(Array(draws.prefix(head.count)) == head, "\(label): first values")
    for checkpoint in stream.checkpoints {
      let expected = try double(bits: checkpoint.bits)
      #expect(
        draws[checkpoint.index] == expected,
        "\(label): draw \(checkpoint.index) is \(bits(draws[checkpoint.index])), NumPy \(checkpoint.bits)")
    }
    #expect(FNV1a64.hex(FNV1a64.digest(draws)) == stream.fnv1a64, "\(label): digest of all draws")
  }

  @Test("randn: 10^6 draws in one call equal NumPy's", arguments: RandomFixture.names)
  func randnOneCall(name: String) throws {
    let fixture = try RandomFixture.load(name)
    let stream = try #require(fixture.streams.first { $0.method == "randn" })
    var random = try RandomState(seed: fixture.seed)
    try Self.check(random.randn(stream.count), against: stream, "\(name) randn")
  }

  @Test("rand: 10^6 draws in one call equal NumPy's", arguments: RandomFixture.names)
  func randOneCall(name: String) throws {
    let fixture = try RandomFixture.load(name)
    let stream = try #require(fixture.streams.first { $0.method == "rand" })
    var random = try RandomState(seed: fixture.seed)
    try Self.check(random.rand(stream.count), against: stream, "\(name) rand")
  }

  /// The same 10^6 gaussians drawn in chunks of odd sizes: the cached gaussian must carry
  /// across every call boundary exactly as NumPy's does within one call.
  @Test("randn: 10^6 draws in odd-sized chunks equal NumPy's", arguments: ["int-1", "array-700"])
  func randnChunked(name: String) throws {
    let fixture = try RandomFixture.load(name)
    let stream = try #require(fixture.streams.first { $0.method == "randn" })
    var random = try RandomState(seed: fixture.seed)
    var draws: [Double] = []
    draws.reserveCapacity(stream.count)
    let sizes = [1, 2, 3, 5, 7, 624, 1, 1249, 4097]
    var turn = 0
    while draws.count < stream.count {
      let size = min(sizes[turn % sizes.count], stream.count - draws.count)
      draws += random.randn(size)
      turn += 1
    }
    try Self.check(draws, against: stream, "\(name) randn in chunks")
  }
}
