#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension MTCursor {
  /// One accepted polar pair: `(f*x2, f*x1)`, the value returned first and the one NumPy caches.
  ///
  /// The arithmetic is `legacy_gauss` term for term: `log` is the platform's (glibc) function,
  /// `sqrt` is correctly rounded, and Swift never fuses `x1*x1 + x2*x2` into an FMA.
  @inline(__always)
  mutating func polarPair() -> (first: Double, second: Double) {
    var x1 = 0.0
    var x2 = 0.0
    var r2 = 0.0
    repeat {
      x1 = 2.0 * nextDouble() - 1.0
      x2 = 2.0 * nextDouble() - 1.0
      r2 = x1 * x1 + x2 * x2
    } while r2 >= 1.0 || r2 == 0.0
    let f = sqrt(-2.0 * log(r2) / r2)
    return (f * x2, f * x1)
  }
}

extension RandomState {
  /// Writes `count` standard normal draws to `out`, exactly as `count` calls of `standardNormal()`.
  mutating func fillStandardNormal(_ out: UnsafeMutablePointer<Double>, count: Int) {
    guard count > 0 else { return }
    var i = 0
    if let cached = cachedGaussian {
      out[0] = cached
      cachedGaussian = nil
      i = 1
    }
    guard i < count else { return }
    let leftover: Double? = generator.withCursor { cursor in
      while i &+ 1 < count {
        let pair = cursor.polarPair()
        out[i] = pair.first
        out[i &+ 1] = pair.second
        i &+= 2
      }
      guard i < count else { return nil }
      let pair = cursor.polarPair()
      out[i] = pair.first
      return pair.second
    }
    cachedGaussian = leftover
  }

  /// `count` standard normal draws (NumPy's `standard_normal(size=count)`).
  ///
  /// A negative or zero count gives an empty array (NumPy raises for negative sizes).
  public mutating func standardNormal(count: Int) -> [Double] {
    guard count > 0 else { return [] }
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      fillStandardNormal(buffer.baseAddress!, count: count)
      initialized = count
    }
  }

  /// `count` standard normal draws (`np.random.randn(count)`).
  public mutating func randn(_ count: Int) -> [Double] {
    standardNormal(count: count)
  }

  /// A `rows` x `cols` standard normal matrix, row-major (`np.random.randn(rows, cols)`).
  ///
  /// NumPy fills in C order, so element (r, c) is draw number `r * cols + c`.
  /// Non-positive dimensions give an empty array.
  public mutating func randn(_ rows: Int, _ cols: Int) -> [Double] {
    guard rows > 0, cols > 0 else { return [] }
    return standardNormal(count: rows * cols)
  }

  /// `count` draws of `loc + scale * gauss` (`np.random.normal(loc, scale, count)`).
  ///
  /// Throws NumPy's errors: `scale < 0` when `scale` has its sign bit set (-0.0 included, NaN
  /// allowed, as NumPy's `signbit` check), and `negative dimensions are not allowed`.
  public mutating func normal(loc: Double = 0, scale: Double = 1, count: Int) throws(RandomError) -> [Double] {
    guard scale.sign == .plus else { throw .negativeScale }
    guard count >= 0 else { throw .negativeDimensions }
    var values = standardNormal(count: count)
    values.withUnsafeMutableBufferPointer { buffer in
      for i in buffer.indices {
        buffer[i] = loc + scale * buffer[i]
      }
    }
    return values
  }
}
