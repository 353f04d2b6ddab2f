extension RandomState {
  /// Writes `count` uniform doubles in [0, 1) to `out`.
  mutating func fillUniform(_ out: UnsafeMutablePointer<Double>, count: Int) {
    guard count > 0 else { return }
    generator.withCursor { cursor in
      for i in 0..<count {
        out[i] = cursor.nextDouble()
      }
    }
  }

  /// `count` uniform doubles in [0, 1) (NumPy's `random_sample(size=count)`).
  ///
  /// A negative or zero count gives an empty array (NumPy raises for negative sizes).
  public mutating func randomSample(count: Int) -> [Double] {
    guard count > 0 else { return [] }
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      fillUniform(buffer.baseAddress!, count: count)
      initialized = count
    }
  }

  /// `count` uniform doubles in [0, 1) (`np.random.rand(count)`).
  public mutating func rand(_ count: Int) -> [Double] {
    randomSample(count: count)
  }

  /// A `rows` x `cols` matrix of uniform doubles in [0, 1), row-major (`np.random.rand(rows, cols)`).
  public mutating func rand(_ rows: Int, _ cols: Int) -> [Double] {
    guard rows > 0, cols > 0 else { return [] }
    return randomSample(count: rows * cols)
  }

  /// `count` draws of `low + (high - low) * u` (`np.random.uniform(low, high, count)`).
  ///
  /// As NumPy, `low > high` is allowed; a non-finite `high - low` throws `Range exceeds valid bounds`.
  public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) throws(RandomError) -> [Double] {
    let range = high - low
    guard range.isFinite else { throw .rangeExceedsBounds }
    guard count >= 0 else { throw .negativeDimensions }
    var values = randomSample(count: count)
    values.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices {
        buffer[i] = low + range * buffer[i]
      }
    }
    return values
  }
}
