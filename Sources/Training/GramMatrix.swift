import DeepNet
import Dispatch

/// `G = X.T @ X` (m × m) as NumPy computes it: `matmul` recognises a matrix times its own
/// transpose and calls `dsyrk`, whose elements are fused chains over K blocks of 384 rows added
/// in block order (like `dgemm`'s), computed for one triangle and mirrored.
///
/// The Gram path reproduces the published 5-layer log only with NumPy's exact G: an exactly
/// rounded G moves the cost at iteration 2000 by 28 half-units of the 12th digit, NumPy's
/// `np.dot(X.T, X.copy())` (gemm, same block structure, ~1 ulp different elements) by 3.
enum GramMatrix {
  /// G for X (n_x × m), computed with `threads` threads.
  static func of(_ x: Matrix, threads: Int) -> Matrix {
    let input = StreamedInput(x)
    let m = x.cols, stride = input.stride
    let blocks = BLASKernels.kBlocks(x.rows, threaded: true)
    let g = AlignedBuffer(count: max(1, m * stride))
    let groups = (m + 3) / 4
    let count = max(1, min(threads, groups))
    let out = UnsafeMutablePointerBox(g.base)
    DispatchQueue.concurrentPerform(iterations: count) { t in
      for group in (t * groups / count)..<((t + 1) * groups / count) {
        let i = group * 4
        rows(input, i..<min(m, i + 4), blocks: blocks, into: out.pointer)
      }
    }
    var result = Matrix(rows: m, cols: m)
    for i in 0..<m {
      for j in 0...i {
        let value = g.base[i * stride + j]
        result.data[i * m + j] = value
        result.data[j * m + i] = value
      }
    }
    withExtendedLifetime(input) {}
    return result
  }

  /// Rows `rows` (at most four) of G: for every K block, the chains of those rows against every
  /// column, eight columns per vector, added into G in block order.
  private static func rows(
    _ x: StreamedInput, _ rows: Range<Int>, blocks: [Range<Int>], into g: UnsafeMutablePointer<Double>
  ) {
    let stride = x.stride, vectors = stride / 8
    for (index, block) in blocks.enumerated() {
      for i in rows {
        var v = 0
        while v < vectors {
          let width = min(4, vectors - v)
          var acc = (SIMD8<Double>(), SIMD8<Double>(), SIMD8<Double>(), SIMD8<Double>())
          for k in block {
            let row = x.base + k * stride
            let a = SIMD8(repeating: row[i])
            let p = row + 8 * v
            acc.0 = acc.0.addingProduct(a, UnsafeRawPointer(p).load(as: SIMD8<Double>.self))
            if width > 1 { acc.1 = acc.1.addingProduct(a, UnsafeRawPointer(p + 8).load(as: SIMD8<Double>.self)) }
            if width > 2 { acc.2 = acc.2.addingProduct(a, UnsafeRawPointer(p + 16).load(as: SIMD8<Double>.self)) }
            if width > 3 { acc.3 = acc.3.addingProduct(a, UnsafeRawPointer(p + 24).load(as: SIMD8<Double>.self)) }
          }
          let sums = [acc.0, acc.1, acc.2, acc.3]
          for w in 0..<width {
            let target = g + i * stride + 8 * (v + w)
            let old = index == 0 ? SIMD8<Double>() : UnsafeRawPointer(target).load(as: SIMD8<Double>.self)
            UnsafeMutableRawPointer(target).storeBytes(of: old + sums[w], as: SIMD8<Double>.self)
          }
          v += width
        }
      }
    }
  }
}
