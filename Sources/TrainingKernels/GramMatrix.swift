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
  /// The upper triangle is computed in register tiles (eight rows of G at a time, rows handed
  /// out to the threads in turn; `RegisterTiles.forward` with X's own columns as the weights),
  /// the split elements apart, and the result mirrored.
  static func of(_ input: StreamedInput, threads: Int) -> Matrix {
    let m = input.cols, stride = input.stride, vectors = stride / 8
    let blocks = BLASKernels.kBlocks(input.rows, threaded: true)
    let g = AlignedBuffer(count: max(1, m * stride))
    let groups = (m + 7) / 8
    let count = max(1, min(threads, groups))
    let out = UnsafeMutablePointerBox(g.base)
    DispatchQueue.concurrentPerform(iterations: count) { t in
      let base = UnsafePointer(input.base)
      let chains = AlignedBuffer(count: 8 * 24)
      for group in Swift.stride(from: t, to: groups, by: count) {
        let first = group * 8, rows = min(8, m - first)
        for (index, block) in blocks.enumerated() {
          for i in (rows == 8 ? [first] : Array(first..<(first + rows))) {
            var v = first / 8
            while v < vectors {
              let width = min(3, vectors - v)
              // Rows i… of G are X's columns i…, broadcast as the weights of a forward tile.
              RegisterTiles.forward(
                units: rows == 8 ? 8 : 1, vectors: width, x: base + 8 * v, stride: stride, w: base + i,
                wStride: stride, ks: block, out: chains.base, outStride: 24, resume: false)
              add(chains.base, rows: rows == 8 ? 8 : 1, width: 8 * width, into: out.pointer + i * stride + 8 * v,
                  stride: stride, first: index == 0)
              v += width
            }
          }
        }
      }
    }
    for element in SyrkTiling.splitElements(size: m) {
      g.base[element.column * stride + element.row] = splitSum(
        input, element.row, element.column, blocks: blocks, lanes: element.lanes)
    }
    var result = Matrix(rows: m, cols: m)
    for i in 0..<m {
      for j in i..<m {
        let value = g.base[i * stride + j]
        result.data[i * m + j] = value
        result.data[j * m + i] = value
      }
    }
    return result
  }

  /// A block's chains (`rows` × `width`, rows 24 apart) added into G: `g = g + chain`, or
  /// `g = 0 + chain` for the first block.
  private static func add(
    _ chains: UnsafePointer<Double>, rows: Int, width: Int, into g: UnsafeMutablePointer<Double>, stride: Int,
    first: Bool
  ) {
    for r in 0..<rows {
      for c in 0..<width {
        g[r * stride + c] = (first ? 0.0 : g[r * stride + c]) + chains[r * 24 + c]
      }
    }
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
}
