import DeepNet

/// The first layer's weights W1 together with X in streaming layout, and the multi-threaded passes
/// over X: W1·X, the fused backward step (dW1 = dZ1·Xᵀ/m, the W1 update, the next W1·X) and the
/// Gram path's rebuild of W1 — each element summed as OpenBLAS's level-3 `dgemm` sums it (see
/// `RegisterTiles`), so the results equal NumPy's bit for bit.
///
/// Threads take contiguous runs of the 384-row K blocks of the forward product. Within a block a
/// thread runs every chain itself; the block sums are then added in block order, as the BLAS
/// driver adds them into C: thread 0 keeps the running sum of its own blocks, the others keep each
/// block apart until the end of the pass.
final class FirstLayer: @unchecked Sendable {
  /// X in streaming layout.
  let x: StreamedInput
  /// Number of units n_1.
  let units: Int
  /// Units rounded up to a multiple of eight (the lanes of the backward kernels).
  let unitStride: Int
  /// W1 transposed, n_x rows of n_1 (row k holds W1[:, k]).
  let wT: AlignedBuffer
  /// dZ1 transposed, m rows of `unitStride`.
  private let dzT: AlignedBuffer
  /// The forward product's K blocks (rows of X).
  private let rowBlocks: [Range<Int>]
  /// Units per forward register tile (`RegisterTiles.unitTiles`).
  private let unitTiles: [Int]
  /// The backward product's K blocks (examples).
  private let exampleBlocks: [Range<Int>]
  /// For each thread, the indices of its row blocks.
  private let assignments: [Range<Int>]
  /// For each thread, its blocks cut into slices of at most `sliceRows` rows, in order.
  private let slices: [[(block: Int, rows: Range<Int>)]]
  /// Per-thread scratch.
  private let workspaces: [Workspace]
  /// Block sums of threads other than the first, one `units × stride` slab per row block.
  private let blockSums: AlignedBuffer
  /// The first thread's running sum.
  private let runningSum: AlignedBuffer
  /// The threads of a pass (the caller and spinning helpers).
  private let threads: PassThreads

  /// One thread's scratch: the current block's forward chains and its rows' gradient sums.
  private struct Workspace {
    let chains: AlignedBuffer
    let gradient: AlignedBuffer
    let partial: AlignedBuffer
  }

  /// How a backward pass turns the dot products `d = dZ1[i, :] · X[k, :]` into W1[i, k].
  private enum Update: Sendable {
    /// `dW = d / m; W = W - learningRate * dW` (`update_parameters`).
    case gradientStep(learningRate: Double, m: Double)
    /// `W = W - scale * d` (the Gram path's rebuild, from the initial W1).
    case rebuild(scale: Double)
  }

  /// Whether NumPy computes both products over X with the level-3 driver (otherwise it uses gemv
  /// or the small-matrix kernels, and `NumPyDot` must be used instead of this type).
  static func usesLevel3(units: Int, features: Int, examples: Int) -> Bool {
    units > 1 && features > 1 && examples > 1
      && Double(units) * Double(features) * Double(examples) > 1e6
  }

  /// Lays out X and W1 (n_1 × n_x) for `threads` threads.
  init(x: Matrix, w1: Matrix, threads: Int) {
    self.x = StreamedInput(x)
    units = w1.rows
    unitStride = (w1.rows + 7) / 8 * 8
    unitTiles = RegisterTiles.unitTiles(w1.rows)
    wT = AlignedBuffer(count: max(1, x.rows * w1.rows))
    dzT = AlignedBuffer(count: max(1, x.cols * unitStride))
    rowBlocks = BLASKernels.kBlocks(x.rows, threaded: true)
    exampleBlocks = BLASKernels.kBlocks(x.cols, threaded: true)
    let blockCount = rowBlocks.count, unitStride = self.unitStride
    let count = max(1, min(threads, blockCount))
    assignments = (0..<count).map { t in
      (t * blockCount / count)..<((t + 1) * blockCount / count)
    }
    let blocks = rowBlocks, sliceRows = FirstLayer.sliceRows
    slices = assignments.map { mine in
      mine.flatMap { index in
        Swift.stride(from: blocks[index].lowerBound, to: blocks[index].upperBound, by: sliceRows).map {
          (block: index, rows: $0..<min($0 + sliceRows, blocks[index].upperBound))
        }
      }
    }
    let slab = w1.rows * StreamedInput.paddedWidth(x.cols)
    workspaces = (0..<count).map { _ in
      Workspace(
        chains: AlignedBuffer(count: max(1, slab)),
        gradient: AlignedBuffer(count: Self.sliceRows * unitStride),
        partial: AlignedBuffer(count: Self.sliceRows * unitStride))
    }
    // Slabs only for the blocks of the threads after the first (the first keeps a running sum).
    blockSums = AlignedBuffer(count: max(1, (blockCount - assignments[0].count) * slab))
    runningSum = AlignedBuffer(count: max(1, slab))
    self.threads = PassThreads(count: count)
    setWeights(w1)
  }

  deinit { threads.stop() }

  /// The current W1 (n_1 × n_x).
  var weights: Matrix {
    var w = Matrix(rows: units, cols: x.rows)
    for i in 0..<units {
      for k in 0..<x.rows { w.data[i * x.rows + k] = wT.base[k * units + i] }
    }
    return w
  }

  /// Replaces W1.
  func setWeights(_ w1: Matrix) {
    Self.transpose(w1, into: wT.base, stride: units)
  }

  /// `np.dot(W1, X)` (n_1 × m).
  func product() -> Matrix {
    run(update: nil, forward: true)
    return combinedSums()
  }

  /// `update_parameters` for W1 with `dW1 = np.dot(dZ1, X.T) / m`, in one pass over X that also
  /// returns the next iteration's `np.dot(W1, X)` when `forward` is set (nil otherwise).
  func gradientStep(dZ1: Matrix, learningRate: Double, forward: Bool) -> Matrix? {
    load(dZ1)
    run(update: .gradientStep(learningRate: learningRate, m: Double(x.cols)), forward: forward)
    return forward ? combinedSums() : nil
  }

  /// Sets W1 to `W1 - scale * np.dot(sum, X.T)`, taking the W1 it holds as the starting point
  /// (the Gram path's rebuild: W1 is still the initial one; `sum` is n_1 × m).
  func rebuild(sum: Matrix, scale: Double) {
    load(sum)
    run(update: .rebuild(scale: scale), forward: false)
  }

  /// One pass over X on every thread.
  private func run(update: Update?, forward: Bool) {
    threads.run { t in self.runThread(t, update: update, forward: forward) }
  }

  /// Thread `t`'s share of a pass: its row blocks in order, each in slices of at most
  /// `sliceRows` rows. For each slice, the backward step (if any) for its rows, then the forward
  /// chains of the block continued over the slice's rows (same order: a chain stored and resumed
  /// is the same chain) — while the gradient kernels hint the thread's next slice (after its last,
  /// its first, for the next pass) into L2. Slices keep the current and next rows of X in L2 (1 MB
  /// per core here), where a whole 384-row block (663 KB) and the next would not fit.
  private func runThread(_ t: Int, update: Update?, forward: Bool) {
    let work = workspaces[t]
    let stride = x.stride, vectors = stride / 8, slab = units * stride
    let slices = self.slices[t]
    for (n, slice) in slices.enumerated() {
      let block = rowBlocks[slice.block], rows = slice.rows
      let following = slices[(n + 1) % slices.count].rows
      var ahead = LinePrefetcher(
        start: UnsafeRawPointer(x.base + following.lowerBound * stride),
        byteCount: following.count * stride * MemoryLayout<Double>.size)
      if let update { step(rows: rows, update: update, work: work, ahead: &ahead) }
      guard forward else { continue }
      let target = t == 0 ? work.chains.base : blockSums.base + (slice.block - assignments[0].count) * slab
      var u = 0
      for tileUnits in unitTiles {
        var v = 0
        while v < vectors {
          let tileVectors = min(3, vectors - v)
          RegisterTiles.forward(
            units: tileUnits, vectors: tileVectors, x: UnsafePointer(x.base + 8 * v), stride: stride,
            w: UnsafePointer(wT.base + u), wStride: units, ks: rows,
            out: target + u * stride + 8 * v, outStride: stride, resume: rows.lowerBound != block.lowerBound)
          v += tileVectors
        }
        u += tileUnits
      }
      if t == 0 && rows.upperBound == block.upperBound {
        let sum = runningSum.base, chains = work.chains.base
        if slice.block == assignments[t].lowerBound {
          for e in 0..<slab { sum[e] = 0.0 + chains[e] }
        } else {
          for e in 0..<slab { sum[e] = sum[e] + chains[e] }
        }
      }
    }
  }

  /// Rows of X per slice of a pass (see `runThread`).
  static let sliceRows = 96

  /// The backward step for some rows of X (a slice of a K block): the dot products of each with
  /// every row of dZ1 (`0 + chain` per block of examples, blocks added in order), then the update
  /// of W1[:, rows]. With more than eight units the examples are taken in pieces of 48 for all the
  /// rows before the next piece (each chain resumed where it stopped), so the piece of dZ1ᵀ stays
  /// in L1; for eight units or fewer a whole block of examples fits (at most 384 × 64 bytes).
  private func step(rows: Range<Int>, update: Update, work: Workspace, ahead: inout LinePrefetcher) {
    let stride = x.stride, count = rows.count, piece = unitStride == 8 ? x.cols : 48
    let sums = work.gradient.base, partial = work.partial.base
    for (index, examples) in exampleBlocks.enumerated() {
      let target = index == 0 ? sums : partial
      var start = examples.lowerBound
      while start < examples.upperBound {
        let js = start..<min(examples.upperBound, start + piece)
        RegisterTiles.gradient(
          rows: count, units: units, unitStride: unitStride, x: UnsafePointer(x.base + rows.lowerBound * stride),
          stride: stride, dzT: UnsafePointer(dzT.base), js: js, out: target, resume: start != examples.lowerBound, ahead: &ahead)
        start = js.upperBound
      }
      if index == 0 {
        for e in 0..<(count * unitStride) { sums[e] = 0.0 + sums[e] }
      } else {
        for e in 0..<(count * unitStride) { sums[e] = sums[e] + partial[e] }
      }
    }
    for r in 0..<count {
      let w = wT.base + (rows.lowerBound + r) * units, d = sums + r * unitStride
      switch update {
      case .gradientStep(let learningRate, let m):
        for i in 0..<units {
          let dW = d[i] / m
          w[i] = w[i] - learningRate * dW
        }
      case .rebuild(let scale):
        for i in 0..<units { w[i] = w[i] - scale * d[i] }
      }
    }
  }

  /// The block sums of a forward pass added in block order, as an n_1 × m matrix.
  private func combinedSums() -> Matrix {
    let stride = x.stride, m = x.cols, slab = units * stride
    let later = 0..<(rowBlocks.count - assignments[0].count)
    var out = Matrix(rows: units, cols: m)
    out.data.withUnsafeMutableBufferPointer { buffer in
      guard let o = buffer.baseAddress else { return }
      for i in 0..<units {
        for j in 0..<m {
          var s = runningSum.base[i * stride + j]
          for index in later { s = s + blockSums.base[index * slab + i * stride + j] }
          o[i * m + j] = s
        }
      }
    }
    return out
  }

  /// dZ1 (n_1 × m) into `dzT` (m rows of `unitStride`).
  private func load(_ dZ: Matrix) {
    dzT.zero()
    Self.transpose(dZ, into: dzT.base, stride: unitStride)
  }

  /// `m` (r × c) transposed into c rows of `stride` (columns r… stay as they are).
  private static func transpose(_ m: Matrix, into base: UnsafeMutablePointer<Double>, stride: Int) {
    for i in 0..<m.rows {
      for k in 0..<m.cols { base[k * stride + i] = m.data[i * m.cols + k] }
    }
  }
}

/// A pointer handed to a worker thread; each thread writes only its own buffer.
struct UnsafeMutablePointerBox: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Double>
  init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}

