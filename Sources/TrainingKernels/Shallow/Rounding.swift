#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

import TrainingTypes

/// The arithmetic behind each `Rounding` choice.
extension Rounding {
  @inline(__always)
  func expOf(_ x: Double) -> Double { exp == .numpy ? NumPyExp.exp(x) : cExp(x) }

  @inline(__always)
  func logOf(_ x: Double) -> Double { log == .numpy ? NumPyLog.log(x) : cLog(x) }

  @inline(__always)
  func tanhOf(_ x: Double) -> Double {
    guard tanh == .expm1 else { return cTanh(x) }
    if Swift.abs(x) > 20 { return x > 0 ? 1 : -1 }
    let e = expm1(2 * x)
    return e / (e + 2)
  }

  /// out[j] (+)= Σ_i a[i]·m[i·stride + j] for j < width, i < n, in this rounding's order of i; the
  /// sums start from `out` when `accumulate`, from 0 otherwise. For `.sequential` this is the same
  /// chain per element as `dot`, vectorised across j.
  func combine(_ a: UnsafePointer<Double>, _ n: Int, rows m: UnsafePointer<Double>, stride: Int, width: Int, into out: UnsafeMutablePointer<Double>) {
    switch dot {
    case .sequential, .reversed:
      for j in 0..<width { out[j] = 0 }
      for step in 0..<n {
        let i = dot == .sequential ? step : n - 1 - step
        let ai = a[i], row = m + i * stride
        for j in 0..<width { out[j] = out[j].addingProduct(ai, row[j]) }
      }
    case .fourChains:
      for j in 0..<width { out[j] = dot(a, 1, m + j, stride, n) }
    }
  }

  /// Several contiguous dot products of length `count` in this rounding's order; the sequential
  /// chains advance side by side (each is still its own left-to-right chain, so the result is the
  /// same as one `dot` after the other, only not waiting on one chain at a time).
  func dots(_ pairs: [(UnsafePointer<Double>, UnsafePointer<Double>)], count n: Int) -> [Double] {
    guard dot == .sequential, pairs.count <= 4 else { return pairs.map { dot($0.0, 1, $0.1, 1, n) } }
    let a0 = pairs[0].0, b0 = pairs[0].1
    let a1 = pairs.count > 1 ? pairs[1].0 : a0, b1 = pairs.count > 1 ? pairs[1].1 : b0
    let a2 = pairs.count > 2 ? pairs[2].0 : a0, b2 = pairs.count > 2 ? pairs[2].1 : b0
    let a3 = pairs.count > 3 ? pairs[3].0 : a0, b3 = pairs.count > 3 ? pairs[3].1 : b0
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    for i in 0..<n {
      s0 = s0.addingProduct(a0[i], b0[i])
      s1 = s1.addingProduct(a1[i], b1[i])
      s2 = s2.addingProduct(a2[i], b2[i])
      s3 = s3.addingProduct(a3[i], b3[i])
    }
    return Array([s0, s1, s2, s3].prefix(pairs.count))
  }

  /// Σ a[i·aStride]·b[i·bStride] for i < n in this rounding's order.
  @inline(__always)
  func dot(_ a: UnsafePointer<Double>, _ aStride: Int, _ b: UnsafePointer<Double>, _ bStride: Int, _ n: Int) -> Double {
    switch dot {
    case .sequential:
      var s = 0.0
      for i in 0..<n { s = s.addingProduct(a[i * aStride], b[i * bStride]) }
      return s
    case .reversed:
      var s = 0.0
      for i in stride(from: n - 1, through: 0, by: -1) { s = s.addingProduct(a[i * aStride], b[i * bStride]) }
      return s
    case .fourChains:
      var c0 = 0.0, c1 = 0.0, c2 = 0.0, c3 = 0.0
      var i = 0
      while i + 4 <= n {
        c0 = c0.addingProduct(a[i * aStride], b[i * bStride])
        c1 = c1.addingProduct(a[(i + 1) * aStride], b[(i + 1) * bStride])
        c2 = c2.addingProduct(a[(i + 2) * aStride], b[(i + 2) * bStride])
        c3 = c3.addingProduct(a[(i + 3) * aStride], b[(i + 3) * bStride])
        i += 4
      }
      while i < n {
        c0 = c0.addingProduct(a[i * aStride], b[i * bStride])
        i += 1
      }
      return (c0 + c1) + (c2 + c3)
    }
  }
}

private func cExp(_ x: Double) -> Double { exp(x) }
private func cLog(_ x: Double) -> Double { log(x) }
private func cTanh(_ x: Double) -> Double { tanh(x) }
