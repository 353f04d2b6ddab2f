import DeepNet
import NumPyRandom
import Testing

import Training
@testable import TrainingKernels

/// `np.random.seed(seed); np.random.randn(rows, cols)`.
func randn(seed: UInt32, _ rows: Int, _ cols: Int) -> Matrix {
  var rng = RandomState(seed: seed)
  return Matrix(rows: rows, cols: cols, data: rng.randn(rows, cols))
}

/// FNV-1a (64-bit) over the little-endian bytes of every double, as `reference` hashes NumPy's
/// arrays (`np.ascontiguousarray(a).tobytes()`): equal hashes mean equal bits.
func bitHash(_ values: [Double]) -> UInt64 {
  var hash: UInt64 = 0xcbf2_9ce4_8422_2325
  for value in values {
    var bits = value.bitPattern
    for _ in 0..<8 {
      hash ^= bits & 0xff
      hash = hash &* 0x0000_0100_0000_01b3
      bits >>= 8
    }
  }
  return hash
}

/// The synthetic data of the trainer tests: X = |randn(900, 23)| / 3 (seed 40) and
/// Y = (randn(1, 23) > 0) (seed 41), which has both classes.
func syntheticData() -> (x: Matrix, y: Matrix) {
  let x = randn(seed: 40, 900, 23).map { abs($0) / 3 }
  let y = randn(seed: 41, 1, 23).map { $0 > 0 ? 1 : 0 }
  return (x, y)
}

/// `np.random.seed(seed)` then, per layer, `randn(n, n_prev)` scaled as `scaling`.
func initialParameters(_ dims: [Int], _ scaling: InitScaling, seed: UInt32) throws -> Parameters {
  var rng = RandomState(seed: seed)
  return try initializeParameters(layerDims: dims, scaling: scaling, rng: &rng)
}

/// Whether |a − b| ≤ rtol·|b| for every pair.
func allClose(_ a: [Double], _ b: [Double], rtol: Double) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= rtol * abs($1) }
}

/// Every parameter of `p`, layer by layer (W then b), row-major.
func flattened(_ p: Parameters) -> [Double] {
  p.layers.flatMap { $0.w.data + $0.b.data }
}

/// The level-3 `dgemm` order, written out plainly: element (i, j) of A·B is
/// `c = 0; c = c + chain(block)` over the K blocks, each chain fused from zero in k order.
func levelThreeReference(_ a: Matrix, _ b: Matrix, blocks: [Range<Int>]) -> Matrix {
  var c = Matrix(rows: a.rows, cols: b.cols)
  for i in 0..<a.rows {
    for j in 0..<b.cols {
      var total = 0.0
      for block in blocks {
        var chain = 0.0
        for k in block { chain = chain.addingProduct(a[i, k], b[k, j]) }
        total = total + chain
      }
      c[i, j] = total
    }
  }
  return c
}

/// How many elements differ in their bits (or the count, when the lengths differ).
func mismatches(_ a: [Double], _ b: [Double]) -> Int {
  guard a.count == b.count else { return max(a.count, b.count) }
  return zip(a, b).filter { $0.bitPattern != $1.bitPattern }.count
}
