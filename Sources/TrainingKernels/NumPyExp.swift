#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import DeepNet

/// `np.exp` for float64 as NumPy 2.x computes it on x86-64 with AVX-512 (`DOUBLE_exp` calls Intel
/// SVML's `__svml_exp8_ha`): one ulp away from glibc's `exp` on about 5 % of arguments.
///
/// The algorithm, read from the instructions NumPy 2.4.6 ships (`__svml_exp8_ha` in
/// `_multiarray_umath`): t = ⌊16·x·log2(e)⌋/16 taken on the exact product (a fused multiply-add
/// rounded toward zero), r = x − t·ln2 in two fused steps (ln2 split in a high and a low part), a
/// degree-6 polynomial in r, and 2^(j/16) from a 16-entry table (high part, plus a relative
/// low-part correction), scaled by 2^⌊t⌋. Every step below is the same IEEE operation in the same
/// order, so the result equals NumPy's bit for bit; this was checked on 9 million arguments in
/// [-700, 700] and on the 2^(j/16) grid. Arguments with |x| ≥ 707.7 take SVML's separate slow
/// path, which is not reproduced: glibc's `exp` is used there (it only matters for outputs that
/// overflow or are subnormal).
enum NumPyExp {
  /// 2^(j/16), rounded: the table's high parts.
  static let high: [Double] = [
    0x1.0000000000000p+0, 0x1.0b5586cf9890fp+0, 0x1.172b83c7d517bp+0, 0x1.2387a6e756238p+0,
    0x1.306fe0a31b715p+0, 0x1.3dea64c123422p+0, 0x1.4bfdad5362a27p+0, 0x1.5ab07dd485429p+0,
    0x1.6a09e667f3bcdp+0, 0x1.7a11473eb0187p+0, 0x1.8ace5422aa0dbp+0, 0x1.9c49182a3f090p+0,
    0x1.ae89f995ad3adp+0, 0x1.c199bdd85529cp+0, 0x1.d5818dcfba487p+0, 0x1.ea4afa2a490dap+0,
  ]
  /// 2^(j/16) / high[j] − 1: the table's relative low parts.
  static let low: [Double] = [
    0x0.0p+0, 0x1.79aa65d837b6dp-54, -0x1.01b15eaa59348p-55, 0x1.68efde3a8a894p-54,
    0x1.34d754db0abb6p-55, 0x1.59f48a72a4c6dp-55, 0x1.690cebb7aafb0p-56, 0x1.063e1e21c5409p-54,
    -0x1.3b3efbf5e2228p-54, -0x1.b32dcb94da51dp-56, 0x1.db72fc1f0eab4p-55, 0x1.1affc2b91ce27p-56,
    0x1.c1a7792cb3387p-55, 0x1.36eae30af0cb3p-56, 0x1.4a385a63d07a7p-56, -0x1.ff7128fd391f0p-55,
  ]
  static let log2e = 1.4426950408889634
  static let ln2High = 0.6931471805599453
  static let ln2Low = 2.3190468138462996e-17
  /// Beyond this magnitude SVML switches to its slow path.
  static let fastPathLimit = 707.7032713517042

  /// `np.exp(x)` for one float64.
  @inline(__always)
  static func exp(_ x: Double) -> Double {
    guard abs(x) < fastPathLimit else { return libmExp(x) }
    // t = x·log2(e) rounded down to a multiple of 1/16, decided on the exact product.
    let product = x * log2e
    let error = (-product).addingProduct(x, log2e)
    var sixteenths = (product * 16).rounded(.down)
    if sixteenths == product * 16 && error < 0 { sixteenths -= 1 }
    let t = sixteenths / 16
    let whole = t.rounded(.down)
    let j = Int(sixteenths - 16 * whole)
    var r = x.addingProduct(-t, ln2High)
    r = r.addingProduct(-t, ln2Low)
    let r2 = r * r
    let p1 = 0.008331512908898442.addingProduct(0.0014193283516881214, r)
    let p2 = 0.1666666658485894.addingProduct(0.0416667205488057, r)
    let p3 = 0.999999999999984.addingProduct(0.5000000000059126, r)
    var p = p2.addingProduct(r2, p1)
    p = p3.addingProduct(r2, p)
    let q = low[j].addingProduct(p, r)
    let scaled = high[j].addingProduct(high[j], q)
    return scalbn(scaled, Int32(whole))
  }
}

/// The C library's `exp`, for arguments outside SVML's fast path.
private func libmExp(_ x: Double) -> Double { exp(x) }

extension Matrix {
  /// `np.exp(a)` with NumPy's float64 exp (see `NumPyExp`).
  func numpyExp() -> Matrix {
    map { NumPyExp.exp($0) }
  }
}
