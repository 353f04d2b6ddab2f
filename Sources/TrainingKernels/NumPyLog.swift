#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import DeepNet

/// `np.log` for float64 as NumPy 2.x computes it on x86-64 with AVX-512 (`DOUBLE_log` calls Intel
/// SVML's `__svml_log8_ha`): a few ulp-level differences from glibc's `log` per ten thousand
/// arguments. Only the logged cost uses it (the cost never feeds back into training), so it makes
/// the printed costs equal NumPy's to the last bit.
///
/// The algorithm, read from the instructions NumPy 2.4.6 ships: x = 2^e·m with m in [1, 2);
/// c = 1/m rounded to a multiple of 1/32 (`vrcp14pd` then `vrndscalepd`); r = c·m − 1 (fused);
/// log x = e·ln2 − log c + log(1 + r), with −log c from a 16-entry table (high and low parts, e
/// bumped by one when c < 3/4 so the table covers c in [3/4, 3/2)) and log(1 + r) a degree-9
/// polynomial, summed as SVML sums it. `vrcp14pd`'s exact output is left to the processor; the
/// choice of c only depends on which side of each 1/32 midpoint it falls, and those 16 switching
/// points were measured on the processor this was built for (AMD Zen 4), then checked against
/// NumPy on 6 million arguments from 1e-300 to 1e300. Zero, negative, infinite and NaN arguments
/// take SVML's separate path, which is not reproduced: the C library's `log` is used there.
enum NumPyLog {
  /// −log(c) (c from the index, doubled below 3/4), high parts.
  static let high: [Double] = [
    0x0.0p+0, -0x1.f0a30c0120000p-5, -0x1.e27076e2b0000p-4, -0x1.5ff3070a78000p-3,
    -0x1.c8ff7c79a8000p-3, -0x1.1675cababc000p-2, -0x1.4618bc21c4000p-2, -0x1.739d7f6bbc000p-2,
    0x1.269621134c000p-2, 0x1.f991c6cb38000p-3, 0x1.a93ed3c8b0000p-3, 0x1.5bf406b540000p-3,
    0x1.1178e82280000p-3, 0x1.9335e5d590000p-4, 0x1.08598b59e0000p-4, 0x1.0415d89e80000p-5,
  ]
  /// −log(c), low parts.
  static let low: [Double] = [
    0x0.0p+0, 0x1.3ab33d066d1d2p-42, 0x1.a342c2af0003cp-45, -0x1.3d3c873e20a07p-43,
    -0x1.a21ac25d81ef3p-43, 0x1.9f1fc63382a8fp-42, -0x1.ec27d0b7b37b3p-42, -0x1.0069ce24c53fbp-42,
    0x1.b92783beb7677p-42, 0x1.9bcbecca0cdf3p-42, -0x1.30e486a0ac42dp-42, 0x1.ed8fdc149767ep-42,
    -0x1.b8421cc74be04p-43, 0x1.2622b8757a8fbp-42, 0x1.d034451fecdfbp-43, -0x1.77771fd187145p-42,
  ]
  /// The mantissas at which c steps down from (q+1)/32 to q/32, q = 16…31 (near 64/(2q+1)).
  static let steps: [Double] = [
    0x1.f080000000000p+0, 0x1.d41c000000000p+0, 0x1.bad0000000000p+0, 0x1.a41a000000000p+0,
    0x1.8f9c000000000p+0, 0x1.7d07000000000p+0, 0x1.6c15000000000p+0, 0x1.5c99000000000p+0,
    0x1.4e5f000000000p+0, 0x1.4143000000000p+0, 0x1.3523000000000p+0, 0x1.29e6000000000p+0,
    0x1.1f70000000000p+0, 0x1.15b4000000000p+0, 0x1.0c97000000000p+0, 0x1.040f000000000p+0,
  ]

  /// `np.log(x)` for one float64.
  static func log(_ x: Double) -> Double {
    guard x > 0, x.isFinite else { return libmLog(x) }
    let m = x.significand
    var e = Double(x.exponent)
    // c = (32 − number of steps at or below m) / 32.
    var passed = 0
    for step in steps where m >= step { passed += 1 }
    let c = Double(32 - passed) / 32
    let r = (-1.0).addingProduct(c, m)
    if c < 0.75 { e = e + 1 }
    let index = Int((c.bitPattern >> 48) & 15)
    let p1 = (-0.16666650546695666).addingProduct(r, 0.14285690939597326)
    let p2 = (-0.125220000081181).addingProduct(r, 0.11135561406034511)
    let r2 = r * r
    let p3 = (-0.2500000000437373).addingProduct(r, 0.20000000009280938)
    let q = p1.addingProduct(r2, p2)
    let r4 = r2 * r2
    let p4 = (-0.4999999999999968).addingProduct(r, 0.33333333333332005)
    let s = p4.addingProduct(r2, p3)
    let hi = high[index].addingProduct(e, 0.6931471805582987)
    let poly = s.addingProduct(r4, q)
    let t = hi + r
    let lo = r - (t - hi)
    let a = lo.addingProduct(r2, poly)
    let b = low[index].addingProduct(e, 1.6465949582866463e-12)
    return t + (a + b)
  }
}

/// The C library's `log`, for arguments outside SVML's main path.
private func libmLog(_ x: Double) -> Double { log(x) }

extension Matrix {
  /// `np.log(a)` with NumPy's float64 log (see `NumPyLog`).
  func numpyLog() -> Matrix {
    map { NumPyLog.log($0) }
  }
}
