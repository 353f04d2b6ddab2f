/// NumPy's legacy `numpy.random.RandomState`: MT19937 plus the cached polar gaussian.
///
/// Every draw reproduces NumPy bit for bit: `RandomState(seed: 1).randn(1, 3)` equals
/// `np.random.seed(1); np.random.randn(1, 3)` element for element under `==`.
public struct RandomState: Sendable, Equatable {
  /// The underlying generator.
  public internal(set) var generator: MT19937
  /// The second value of the last polar pair, returned by the next gaussian draw (NumPy's `has_gauss`/`gauss`).
  public internal(set) var cachedGaussian: Double?

  /// A stream seeded as `np.random.seed(seed)`.
  public init(seed: UInt32) {
    generator = MT19937(seed: seed)
    cachedGaussian = nil
  }

  /// A stream seeded as `np.random.seed([k0, k1, ...])` (MT19937 `init_by_array`).
  public init(seed key: [UInt32]) throws(SeedError) {
    guard !key.isEmpty else { throw SeedError.emptyArray }
    generator = MT19937(seedArray: key)
    cachedGaussian = nil
  }

  /// Reseeds as `np.random.seed(seed)`; clears the cached gaussian.
  public mutating func seed(_ seed: UInt32) {
    self = RandomState(seed: seed)
  }

  /// Reseeds as `np.random.seed([k0, k1, ...])`; clears the cached gaussian.
  public mutating func seed(_ key: [UInt32]) throws(SeedError) {
    self = try RandomState(seed: key)
  }

  /// One uniform double in [0, 1) (`random_sample`).
  public mutating func randomSample() -> Double {
    generator.nextDouble()
  }

  /// One standard normal draw: NumPy's `legacy_gauss` (Marsaglia polar method).
  ///
  /// The polar method makes two normals per accepted pair; NumPy returns `f*x2` and keeps
  /// `f*x1` for the next call, across every other kind of draw, until the next `seed`.
  /// The arithmetic lives in `MTCursor.polarPair()`, shared with the bulk paths.
  public mutating func standardNormal() -> Double {
    if let cached = cachedGaussian {
      cachedGaussian = nil
      return cached
    }
    let pair = generator.withCursor { $0.polarPair() }
    cachedGaussian = pair.second
    return pair.first
  }
}
