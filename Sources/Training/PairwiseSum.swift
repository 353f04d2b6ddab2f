/// Sums `count` doubles in NumPy's order (`pairwise_sum` in numpy/_core/src/umath/loops_utils.h).
///
/// NumPy reduces a contiguous run with eight interleaved accumulators in blocks of at most 128
/// elements and splits longer runs in two halves (the first a multiple of 8 long). Reproducing that
/// order makes `compute_cost` and `db` round exactly as `np.sum` does.
func numpyPairwiseSum(_ p: UnsafePointer<Double>, _ count: Int, stride: Int = 1) -> Double {
  if count < 8 {
    var result = -0.0
    for i in 0..<count { result += p[i * stride] }
    return result
  }
  if count <= 128 {
    // Eight lanes are NumPy's eight accumulators r[0] ... r[7].
    var r = SIMD8<Double>()
    for lane in 0..<8 { r[lane] = p[lane * stride] }
    var i = 8
    while i < count - (count % 8) {
      var next = SIMD8<Double>()
      for lane in 0..<8 { next[lane] = p[(i + lane) * stride] }
      r += next
      i += 8
    }
    var result = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
    while i < count {
      result += p[i * stride]
      i += 1
    }
    return result
  }
  var half = count / 2
  half -= half % 8
  return numpyPairwiseSum(p, half, stride: stride)
    + numpyPairwiseSum(p + half * stride, count - half, stride: stride)
}
