/// The products over X of the first layer, written for one sequential stream over X's rows.
///
/// W1 is held transposed (`wT`, n_x × n_1: row k is W1[:, k]) so that everything a row of X meets
/// is contiguous. Each kernel takes a range of X's rows, so two threads can split X in halves.
/// Rows are taken four at a time: every load of a Z1 or dZ1 vector then feeds four FMAs.
enum FirstLayerKernels {
  /// How the backward pass turns the dot products `d = dZ1[i, :] · X[k, :]` into W1[i, k].
  enum Update: @unchecked Sendable {
    /// The notebook's step: `dW = d / m; W = W - learningRate * dW` (then, if `forward`, the new
    /// row of W1 is multiplied into the next iteration's product W1·X).
    case gradientStep(learningRate: Double, m: Double, forward: Bool)
    /// The Gram path's final rebuild: `W = W0 - (learningRate / m) * d`, reading W0 from `initial`.
    case rebuild(initial: UnsafePointer<Double>, scale: Double)
  }

  @inline(__always)
  static func vector(_ p: UnsafePointer<Double>, _ v: Int) -> SIMD8<Double> {
    UnsafeRawPointer(p + 8 * v).load(as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func store(_ value: SIMD8<Double>, _ p: UnsafeMutablePointer<Double>, _ v: Int) {
    UnsafeMutableRawPointer(p + 8 * v).storeBytes(of: value, as: SIMD8<Double>.self)
  }

  /// `z (n_1 × stride) += W1[:, rows] · X[rows, :]`.
  static func accumulateProduct(
    x: StreamedInput, wT: UnsafePointer<Double>, n1: Int, rows: Range<Int>,
    into z: UnsafeMutablePointer<Double>
  ) {
    let stride = x.stride
    let vectors = stride / 8
    var k = rows.lowerBound
    while k + 4 <= rows.upperBound {
      let x0 = UnsafePointer(x.base + k * stride), x1 = x0 + stride, x2 = x1 + stride, x3 = x2 + stride
      for i in 0..<n1 {
        let w0 = SIMD8(repeating: wT[k * n1 + i]), w1 = SIMD8(repeating: wT[(k + 1) * n1 + i])
        let w2 = SIMD8(repeating: wT[(k + 2) * n1 + i]), w3 = SIMD8(repeating: wT[(k + 3) * n1 + i])
        let zi = z + i * stride
        for v in 0..<vectors {
          var acc = vector(zi, v)
          acc = acc.addingProduct(w0, vector(x0, v))
          acc = acc.addingProduct(w1, vector(x1, v))
          acc = acc.addingProduct(w2, vector(x2, v))
          acc = acc.addingProduct(w3, vector(x3, v))
          store(acc, zi, v)
        }
      }
      k += 4
    }
    while k < rows.upperBound {
      let x0 = UnsafePointer(x.base + k * stride)
      for i in 0..<n1 {
        let w0 = SIMD8(repeating: wT[k * n1 + i])
        let zi = z + i * stride
        for v in 0..<vectors { store(vector(zi, v).addingProduct(w0, vector(x0, v)), zi, v) }
      }
      k += 1
    }
  }

  /// For every row k in `rows`: `d_i = dZ1[i, :] · X[k, :]`, W1[i, k] updated by `update`, and for
  /// `.gradientStep(forward: true)` the updated W1[:, k] accumulated into `z` as in
  /// `accumulateProduct` — one pass over X for the backward product and the next forward one.
  static func backwardPass(
    x: StreamedInput, dZ: UnsafePointer<Double>, wT: UnsafeMutablePointer<Double>, n1: Int,
    rows: Range<Int>, update: Update, into z: UnsafeMutablePointer<Double>
  ) {
    let stride = x.stride
    let vectors = stride / 8
    var forward = false
    if case .gradientStep(_, _, let f) = update { forward = f }
    var k = rows.lowerBound
    while k < rows.upperBound {
      let block = min(4, rows.upperBound - k)
      let x0 = UnsafePointer(x.base + k * stride)
      if block == 4 {
        let x1 = x0 + stride, x2 = x1 + stride, x3 = x2 + stride
        for i in 0..<n1 {
          let dzi = dZ + i * stride
          var a0 = SIMD8<Double>(), a1 = SIMD8<Double>(), a2 = SIMD8<Double>(), a3 = SIMD8<Double>()
          for v in 0..<vectors {
            let d = vector(dzi, v)
            a0 = a0.addingProduct(d, vector(x0, v))
            a1 = a1.addingProduct(d, vector(x1, v))
            a2 = a2.addingProduct(d, vector(x2, v))
            a3 = a3.addingProduct(d, vector(x3, v))
          }
          apply(update, a0.sum(), wT, (k) * n1 + i)
          apply(update, a1.sum(), wT, (k + 1) * n1 + i)
          apply(update, a2.sum(), wT, (k + 2) * n1 + i)
          apply(update, a3.sum(), wT, (k + 3) * n1 + i)
        }
      } else {
        for j in 0..<block {
          let xj = x0 + j * stride
          for i in 0..<n1 {
            let dzi = dZ + i * stride
            var a = SIMD8<Double>()
            for v in 0..<vectors { a = a.addingProduct(vector(dzi, v), vector(xj, v)) }
            apply(update, a.sum(), wT, (k + j) * n1 + i)
          }
        }
      }
      if forward {
        accumulateProduct(x: x, wT: UnsafePointer(wT), n1: n1, rows: k..<(k + block), into: z)
      }
      k += block
    }
  }

  @inline(__always)
  static func apply(_ update: Update, _ d: Double, _ wT: UnsafeMutablePointer<Double>, _ index: Int) {
    switch update {
    case .gradientStep(let learningRate, let m, _):
      let dW = d / m
      wT[index] = wT[index] - learningRate * dW
    case .rebuild(let initial, let scale):
      wT[index] = initial[index] - scale * d
    }
  }

  /// `g (m × stride) += X[rows, :]ᵀ · X[rows, :]`: the Gram matrix XᵀX of the examples, rows m only.
  static func accumulateGram(x: StreamedInput, rows: Range<Int>, into g: UnsafeMutablePointer<Double>) {
    let stride = x.stride
    let vectors = stride / 8
    var k = rows.lowerBound
    while k < rows.upperBound {
      let block = min(4, rows.upperBound - k)
      let x0 = UnsafePointer(x.base + k * stride)
      for a in 0..<x.cols {
        let ga = g + a * stride
        if block == 4 {
          let x1 = x0 + stride, x2 = x1 + stride, x3 = x2 + stride
          let s0 = SIMD8(repeating: x0[a]), s1 = SIMD8(repeating: x1[a])
          let s2 = SIMD8(repeating: x2[a]), s3 = SIMD8(repeating: x3[a])
          for v in 0..<vectors {
            var acc = vector(ga, v)
            acc = acc.addingProduct(s0, vector(x0, v))
            acc = acc.addingProduct(s1, vector(x1, v))
            acc = acc.addingProduct(s2, vector(x2, v))
            acc = acc.addingProduct(s3, vector(x3, v))
            store(acc, ga, v)
          }
        } else {
          for j in 0..<block {
            let xj = x0 + j * stride
            let s = SIMD8(repeating: xj[a])
            for v in 0..<vectors { store(vector(ga, v).addingProduct(s, vector(xj, v)), ga, v) }
          }
        }
      }
      k += block
    }
  }
}
