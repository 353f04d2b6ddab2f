extension RandomState {
  /// A snapshot of a stream: NumPy's legacy `get_state()` tuple
  /// `('MT19937', key, pos, has_gauss, cached_gaussian)` without the name.
  public struct State: Sendable, Equatable {
    /// The 624 untempered MT19937 words.
    public var key: [UInt32]
    /// The index of the next word to use, 0 ... 624 (624: twist before the next draw).
    public var position: Int
    /// Whether a polar gaussian is waiting to be returned by the next gaussian draw.
    public var hasGauss: Bool
    /// The waiting gaussian; 0.0 when `hasGauss` is false, as NumPy reports it.
    public var cachedGaussian: Double

    /// A state from its parts, as they appear in NumPy's tuple.
    public init(key: [UInt32], position: Int, hasGauss: Bool, cachedGaussian: Double) {
      self.key = key
      self.position = position
      self.hasGauss = hasGauss
      self.cachedGaussian = cachedGaussian
    }
  }

  /// The current state (`np.random.get_state()`).
  public func getState() -> State {
    State(
      key: generator.key, position: generator.position,
      hasGauss: cachedGaussian != nil, cachedGaussian: cachedGaussian ?? 0.0)
  }

  /// Restores a state taken by `getState()` (`np.random.set_state(state)`).
  ///
  /// Throws `RandomError.invalidState` for a key that is not 624 words or a position outside
  /// 0 ... 624 (NumPy would index out of bounds or read past the key).
  public mutating func setState(_ state: State) throws(RandomError) {
    guard state.key.count == MT19937.stateSize else {
      throw .invalidState("the key has \(state.key.count) words, not \(MT19937.stateSize)")
    }
    guard (0...MT19937.stateSize).contains(state.position) else {
      throw .invalidState("position \(state.position) is outside 0 ... \(MT19937.stateSize)")
    }
    generator = MT19937(key: state.key, position: state.position)
    cachedGaussian = state.hasGauss ? state.cachedGaussian : nil
  }

  /// A stream that continues from `state`.
  public init(state: State) throws(RandomError) {
    self.init(seed: 0)
    try setState(state)
  }
}
