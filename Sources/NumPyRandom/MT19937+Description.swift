extension MT19937: CustomStringConvertible {
  /// A short summary (the position and the first key words), not all 624 words.
  public var description: String {
    let head = key.prefix(3).map(String.init).joined(separator: ", ")
    return "MT19937(position: \(position), key: [\(head), …])"
  }
}

extension RandomState: CustomStringConvertible {
  /// A short summary: the generator and the cached gaussian, if any.
  public var description: String {
    let cache = cachedGaussian.map { "\($0)" } ?? "none"
    return "RandomState(\(generator), cachedGaussian: \(cache))"
  }
}

extension RandomState.State: CustomStringConvertible {
  /// A short summary, as NumPy's tuple with the key abbreviated.
  public var description: String {
    let head = key.prefix(3).map(String.init).joined(separator: ", ")
    return "('MT19937', [\(head), …] (\(key.count) words), \(position), \(hasGauss ? 1 : 0), \(cachedGaussian))"
  }
}
