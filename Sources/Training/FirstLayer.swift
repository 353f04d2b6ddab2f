import Dispatch
import DeepNet

/// The first layer's weights W1 together with X in streaming layout, and the two-thread drivers of
/// the products over X: W1·X, the fused backward step (dW1 = dZ1·Xᵀ/m, W1 update, next W1·X), the
/// Gram matrix XᵀX and the rebuild of W1 from an accumulated Σ dZ1.
final class FirstLayer: @unchecked Sendable {
  let x: StreamedInput
  /// Number of units n_1.
  let units: Int
  /// W1 transposed, n_x × n_1.
  let wT: AlignedBuffer
  /// One (n_1 × stride) partial product per thread; summed after each parallel pass.
  private let partials: [AlignedBuffer]
  /// dZ1 padded to the stream's stride.
  private let dZ: AlignedBuffer
  /// Row ranges of X, one per thread, split at multiples of four.
  private let chunks: [Range<Int>]

  /// Lays out X and W1 (n_1 × n_x) for `threads` threads.
  init(x: Matrix, w1: Matrix, threads: Int) {
    self.x = StreamedInput(x)
    units = w1.rows
    wT = Self.transposed(w1)
    let count = max(1, min(threads, x.rows / 4))
    partials = (0..<count).map { _ in AlignedBuffer(count: w1.rows * StreamedInput.paddedWidth(x.cols)) }
    dZ = AlignedBuffer(count: w1.rows * StreamedInput.paddedWidth(x.cols))
    var bounds = (0...count).map { ($0 * (x.rows / 4) / count) * 4 }
    bounds[count] = x.rows
    chunks = (0..<count).map { bounds[$0]..<bounds[$0 + 1] }
  }

  /// The current W1 (n_1 × n_x).
  var weights: Matrix {
    var w = Matrix(rows: units, cols: x.rows)
    for i in 0..<units {
      for k in 0..<x.rows { w.data[i * x.rows + k] = wT.base[k * units + i] }
    }
    return w
  }

  /// W1·X (n_1 × m), without the bias.
  func product() -> Matrix {
    parallel { chunk, z in
      FirstLayerKernels.accumulateProduct(
        x: self.x, wT: UnsafePointer(self.wT.base), n1: self.units, rows: chunk, into: z)
    }
    return summedPartials(rows: units)
  }

  /// The notebook's update of W1 with dW1 = dZ1·Xᵀ/m, in one pass over X that also returns the
  /// next iteration's W1·X when `forward` is set (nil otherwise).
  func gradientStep(dZ1: Matrix, learningRate: Double, forward: Bool) -> Matrix? {
    load(dZ1)
    let update = FirstLayerKernels.Update.gradientStep(
      learningRate: learningRate, m: Double(x.cols), forward: forward)
    parallel { chunk, z in
      FirstLayerKernels.backwardPass(
        x: self.x, dZ: UnsafePointer(self.dZ.base), wT: self.wT.base, n1: self.units,
        rows: chunk, update: update, into: z)
    }
    return forward ? summedPartials(rows: units) : nil
  }

  /// Replaces W1 by `initial − scale · S·Xᵀ` (the Gram path's rebuild; S is n_1 × m).
  func rebuild(initial: Matrix, sum: Matrix, scale: Double) {
    load(sum)
    let start = Self.transposed(initial)
    defer { withExtendedLifetime(start) {} }
    let update = FirstLayerKernels.Update.rebuild(initial: UnsafePointer(start.base), scale: scale)
    parallel { chunk, z in
      FirstLayerKernels.backwardPass(
        x: self.x, dZ: UnsafePointer(self.dZ.base), wT: self.wT.base, n1: self.units,
        rows: chunk, update: update, into: z)
    }
  }

  /// The Gram matrix G = XᵀX (m × m).
  func gram() -> Matrix {
    let m = x.cols
    let stride = x.stride
    let parts = (0..<chunks.count).map { _ in AlignedBuffer(count: m * stride) }
    let work = parts.map { UnsafeMutablePointerBox($0.base) }
    DispatchQueue.concurrentPerform(iterations: chunks.count) { t in
      FirstLayerKernels.accumulateGram(x: self.x, rows: self.chunks[t], into: work[t].pointer)
    }
    var g = Matrix(rows: m, cols: m)
    for a in 0..<m {
      for b in 0..<m {
        var s = 0.0
        for part in parts { s += part.base[a * stride + b] }
        g.data[a * m + b] = s
      }
    }
    return g
  }

  private static func transposed(_ w: Matrix) -> AlignedBuffer {
    let t = AlignedBuffer(count: w.rows * w.cols)
    for i in 0..<w.rows {
      for k in 0..<w.cols { t.base[k * w.rows + i] = w.data[i * w.cols + k] }
    }
    return t
  }

  private func load(_ m: Matrix) {
    let stride = x.stride
    dZ.zero()
    for i in 0..<units {
      for j in 0..<x.cols { dZ.base[i * stride + j] = m.data[i * x.cols + j] }
    }
  }

  private func parallel(_ body: @escaping @Sendable (Range<Int>, UnsafeMutablePointer<Double>) -> Void) {
    for part in partials { part.zero() }
    let work = partials.map { UnsafeMutablePointerBox($0.base) }
    let chunks = self.chunks
    DispatchQueue.concurrentPerform(iterations: chunks.count) { t in body(chunks[t], work[t].pointer) }
  }

  private func summedPartials(rows: Int) -> Matrix {
    let stride = x.stride
    var result = Matrix(rows: rows, cols: x.cols)
    for i in 0..<rows {
      for j in 0..<x.cols {
        var s = 0.0
        for part in partials { s += part.base[i * stride + j] }
        result.data[i * x.cols + j] = s
      }
    }
    return result
  }
}

/// A pointer handed to a worker thread; each thread writes only its own buffer.
struct UnsafeMutablePointerBox: @unchecked Sendable {
  let pointer: UnsafeMutablePointer<Double>
  init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}
