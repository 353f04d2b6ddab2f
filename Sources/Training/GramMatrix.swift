import DeepNet
import Dispatch

/// `G = X.T @ X` (m × m) as NumPy computes it: `matmul` recognises a matrix times its own
/// transpose and calls `dsyrk` (column-major lower triangle, mirrored by NumPy). Every element is a
/// sum over K blocks of 384 rows added in block order; within a block it is a plain fused chain,
/// except where OpenBLAS's threaded syrk driver hands it to a split-K edge tile of the SkylakeX
/// kernel (see `SyrkTiling`): then its K block is summed in two or four interleaved chains.
///
/// The Gram path reproduces the published 5-layer log only with NumPy's exact G: an exactly
/// rounded G moves the cost at iteration 2000 by 28 half-units of the 12th digit, NumPy's
/// `np.dot(X.T, X.copy())` (gemm, no split-K tiles, ~1 ulp different elements) by 3, and the
/// plain chains without the 141 split elements of the last row by 2.
enum GramMatrix {
  /// G for X (n_x × m), computed with `threads` threads.
  static func of(_ x: Matrix, threads: Int) -> Matrix {
    of(StreamedInput(x), threads: threads)
  }

  /// G for X already laid out for streaming (the first layer's copy, so X is not copied twice).
  static func of(_ input: StreamedInput, threads: Int) -> Matrix {
    let m = input.cols, stride = input.stride
    let blocks = BLASKernels.kBlocks(input.rows, threaded: true)
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
    for element in SyrkTiling.splitElements(size: m) {
      g.base[element.row * stride + element.column] = splitSum(
        input, element.row, element.column, blocks: blocks, lanes: element.lanes)
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

  /// One element summed as a split-K tile sums it: per K block, `lanes` chains over the rows
  /// k ≡ l (mod lanes) of the block's first multiple of `lanes` rows, folded ((c0+c1) for two,
  /// (c0+c1)+(c2+c3) for four), then the block's remaining rows chained onto the fold; the blocks
  /// added in order.
  static func splitSum(_ x: StreamedInput, _ i: Int, _ j: Int, blocks: [Range<Int>], lanes: Int) -> Double {
    var total = 0.0
    for block in blocks {
      let folded = block.lowerBound + block.count / lanes * lanes
      var chains = SIMD4<Double>()
      for k in block.lowerBound..<folded {
        let row = x.base + k * x.stride
        chains[(k - block.lowerBound) % lanes] = chains[(k - block.lowerBound) % lanes].addingProduct(row[i], row[j])
      }
      var sum = lanes == 2 ? chains[0] + chains[1] : (chains[0] + chains[1]) + (chains[2] + chains[3])
      for k in folded..<block.upperBound {
        let row = x.base + k * x.stride
        sum = sum.addingProduct(row[i], row[j])
      }
      total = total + sum
    }
    return total
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
