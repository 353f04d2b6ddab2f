/// The first layer's products over X in the order OpenBLAS's level-3 driver sums them, written
/// for one sequential pass over X's rows (see `StreamedInput`).
///
/// NumPy computes `np.dot(W1, X)` (12288 × 209, K = n_x) and `np.dot(dZ1, X.T)` (K = m) with
/// `dgemm`, whose every element is a fused chain over each K block of 384 (see
/// `BLASKernels.kBlocks`), the blocks added into C one after the other. So:
/// - forward, element (i, j): `z = 0; z = z + Σ_{k in block} W1[i,k]·X[k,j]` block by block, each
///   block one fused chain in k order. Rows are taken in order, four at a time, and the lanes of
///   a vector are eight examples, so every lane is exactly one such chain.
/// - backward, element (i, k) of dZ1·Xᵀ: one fused chain over the examples j in order (per block
///   of 384 examples). The lanes are eight units; eight rows of X are in flight at once.
enum FirstLayerKernels {
  /// Gradient dot products for 8 rows of X and 8 units (lanes = units).
  @inline(__always)
  static func gradient8x1(
    x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    let x0 = x + 0 * stride
    let x1 = x + 1 * stride
    let x2 = x + 2 * stride
    let x3 = x + 3 * stride
    let x4 = x + 4 * stride
    let x5 = x + 5 * stride
    let x6 = x + 6 * stride
    let x7 = x + 7 * stride
    var a00 = SIMD8<Double>()
    var a10 = SIMD8<Double>()
    var a20 = SIMD8<Double>()
    var a30 = SIMD8<Double>()
    var a40 = SIMD8<Double>()
    var a50 = SIMD8<Double>()
    var a60 = SIMD8<Double>()
    var a70 = SIMD8<Double>()
    for j in js {
      let d = dzT + j * dzStride
      let d0 = UnsafeRawPointer(d + 0).load(as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: x0[j])
      a00 = a00.addingProduct(d0, b0)
      let b1 = SIMD8(repeating: x1[j])
      a10 = a10.addingProduct(d0, b1)
      let b2 = SIMD8(repeating: x2[j])
      a20 = a20.addingProduct(d0, b2)
      let b3 = SIMD8(repeating: x3[j])
      a30 = a30.addingProduct(d0, b3)
      let b4 = SIMD8(repeating: x4[j])
      a40 = a40.addingProduct(d0, b4)
      let b5 = SIMD8(repeating: x5[j])
      a50 = a50.addingProduct(d0, b5)
      let b6 = SIMD8(repeating: x6[j])
      a60 = a60.addingProduct(d0, b6)
      let b7 = SIMD8(repeating: x7[j])
      a70 = a70.addingProduct(d0, b7)
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 0).storeBytes(of: a20, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 0).storeBytes(of: a30, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 4 * outStride + 0).storeBytes(of: a40, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 5 * outStride + 0).storeBytes(of: a50, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 6 * outStride + 0).storeBytes(of: a60, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 7 * outStride + 0).storeBytes(of: a70, as: SIMD8<Double>.self)
  }

  /// Gradient dot products for 8 rows of X and 16 units (lanes = units).
  @inline(__always)
  static func gradient8x2(
    x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    let x0 = x + 0 * stride
    let x1 = x + 1 * stride
    let x2 = x + 2 * stride
    let x3 = x + 3 * stride
    let x4 = x + 4 * stride
    let x5 = x + 5 * stride
    let x6 = x + 6 * stride
    let x7 = x + 7 * stride
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>()
    var a40 = SIMD8<Double>(); var a41 = SIMD8<Double>()
    var a50 = SIMD8<Double>(); var a51 = SIMD8<Double>()
    var a60 = SIMD8<Double>(); var a61 = SIMD8<Double>()
    var a70 = SIMD8<Double>(); var a71 = SIMD8<Double>()
    for j in js {
      let d = dzT + j * dzStride
      let d0 = UnsafeRawPointer(d + 0).load(as: SIMD8<Double>.self)
      let d1 = UnsafeRawPointer(d + 8).load(as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: x0[j])
      a00 = a00.addingProduct(d0, b0)
      a01 = a01.addingProduct(d1, b0)
      let b1 = SIMD8(repeating: x1[j])
      a10 = a10.addingProduct(d0, b1)
      a11 = a11.addingProduct(d1, b1)
      let b2 = SIMD8(repeating: x2[j])
      a20 = a20.addingProduct(d0, b2)
      a21 = a21.addingProduct(d1, b2)
      let b3 = SIMD8(repeating: x3[j])
      a30 = a30.addingProduct(d0, b3)
      a31 = a31.addingProduct(d1, b3)
      let b4 = SIMD8(repeating: x4[j])
      a40 = a40.addingProduct(d0, b4)
      a41 = a41.addingProduct(d1, b4)
      let b5 = SIMD8(repeating: x5[j])
      a50 = a50.addingProduct(d0, b5)
      a51 = a51.addingProduct(d1, b5)
      let b6 = SIMD8(repeating: x6[j])
      a60 = a60.addingProduct(d0, b6)
      a61 = a61.addingProduct(d1, b6)
      let b7 = SIMD8(repeating: x7[j])
      a70 = a70.addingProduct(d0, b7)
      a71 = a71.addingProduct(d1, b7)
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a01, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 8).storeBytes(of: a11, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 0).storeBytes(of: a20, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 8).storeBytes(of: a21, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 0).storeBytes(of: a30, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 8).storeBytes(of: a31, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 4 * outStride + 0).storeBytes(of: a40, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 4 * outStride + 8).storeBytes(of: a41, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 5 * outStride + 0).storeBytes(of: a50, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 5 * outStride + 8).storeBytes(of: a51, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 6 * outStride + 0).storeBytes(of: a60, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 6 * outStride + 8).storeBytes(of: a61, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 7 * outStride + 0).storeBytes(of: a70, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 7 * outStride + 8).storeBytes(of: a71, as: SIMD8<Double>.self)
  }

  /// Gradient dot products for 8 rows of X and 24 units (lanes = units).
  @inline(__always)
  static func gradient8x3(
    x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    let x0 = x + 0 * stride
    let x1 = x + 1 * stride
    let x2 = x + 2 * stride
    let x3 = x + 3 * stride
    let x4 = x + 4 * stride
    let x5 = x + 5 * stride
    let x6 = x + 6 * stride
    let x7 = x + 7 * stride
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>(); var a02 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>(); var a12 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>(); var a22 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>(); var a32 = SIMD8<Double>()
    var a40 = SIMD8<Double>(); var a41 = SIMD8<Double>(); var a42 = SIMD8<Double>()
    var a50 = SIMD8<Double>(); var a51 = SIMD8<Double>(); var a52 = SIMD8<Double>()
    var a60 = SIMD8<Double>(); var a61 = SIMD8<Double>(); var a62 = SIMD8<Double>()
    var a70 = SIMD8<Double>(); var a71 = SIMD8<Double>(); var a72 = SIMD8<Double>()
    for j in js {
      let d = dzT + j * dzStride
      let d0 = UnsafeRawPointer(d + 0).load(as: SIMD8<Double>.self)
      let d1 = UnsafeRawPointer(d + 8).load(as: SIMD8<Double>.self)
      let d2 = UnsafeRawPointer(d + 16).load(as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: x0[j])
      a00 = a00.addingProduct(d0, b0)
      a01 = a01.addingProduct(d1, b0)
      a02 = a02.addingProduct(d2, b0)
      let b1 = SIMD8(repeating: x1[j])
      a10 = a10.addingProduct(d0, b1)
      a11 = a11.addingProduct(d1, b1)
      a12 = a12.addingProduct(d2, b1)
      let b2 = SIMD8(repeating: x2[j])
      a20 = a20.addingProduct(d0, b2)
      a21 = a21.addingProduct(d1, b2)
      a22 = a22.addingProduct(d2, b2)
      let b3 = SIMD8(repeating: x3[j])
      a30 = a30.addingProduct(d0, b3)
      a31 = a31.addingProduct(d1, b3)
      a32 = a32.addingProduct(d2, b3)
      let b4 = SIMD8(repeating: x4[j])
      a40 = a40.addingProduct(d0, b4)
      a41 = a41.addingProduct(d1, b4)
      a42 = a42.addingProduct(d2, b4)
      let b5 = SIMD8(repeating: x5[j])
      a50 = a50.addingProduct(d0, b5)
      a51 = a51.addingProduct(d1, b5)
      a52 = a52.addingProduct(d2, b5)
      let b6 = SIMD8(repeating: x6[j])
      a60 = a60.addingProduct(d0, b6)
      a61 = a61.addingProduct(d1, b6)
      a62 = a62.addingProduct(d2, b6)
      let b7 = SIMD8(repeating: x7[j])
      a70 = a70.addingProduct(d0, b7)
      a71 = a71.addingProduct(d1, b7)
      a72 = a72.addingProduct(d2, b7)
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a01, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 16).storeBytes(of: a02, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 8).storeBytes(of: a11, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 16).storeBytes(of: a12, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 0).storeBytes(of: a20, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 8).storeBytes(of: a21, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 16).storeBytes(of: a22, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 0).storeBytes(of: a30, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 8).storeBytes(of: a31, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 16).storeBytes(of: a32, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 4 * outStride + 0).storeBytes(of: a40, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 4 * outStride + 8).storeBytes(of: a41, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 4 * outStride + 16).storeBytes(of: a42, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 5 * outStride + 0).storeBytes(of: a50, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 5 * outStride + 8).storeBytes(of: a51, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 5 * outStride + 16).storeBytes(of: a52, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 6 * outStride + 0).storeBytes(of: a60, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 6 * outStride + 8).storeBytes(of: a61, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 6 * outStride + 16).storeBytes(of: a62, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 7 * outStride + 0).storeBytes(of: a70, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 7 * outStride + 8).storeBytes(of: a71, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 7 * outStride + 16).storeBytes(of: a72, as: SIMD8<Double>.self)
  }


  /// `z[i, :] += Σ_r W[i, k+r]·X[k+r, :]` for four rows, one fused chain per element in row order;
  /// units four at a time so every loaded vector of X feeds four chains.
  @inline(__always)
  static func forward4(
    x: UnsafePointer<Double>, stride: Int, vectors: Int, w: UnsafePointer<Double>, wStride: Int, units: Int,
    z: UnsafeMutablePointer<Double>
  ) {
    let xr0 = x, xr1 = x + stride, xr2 = x + 2 * stride, xr3 = x + 3 * stride
    var i = 0
    while i + 4 <= units {
      let w00 = SIMD8(repeating: w[0 * wStride + i + 0])
      let w01 = SIMD8(repeating: w[1 * wStride + i + 0])
      let w02 = SIMD8(repeating: w[2 * wStride + i + 0])
      let w03 = SIMD8(repeating: w[3 * wStride + i + 0])
      let w10 = SIMD8(repeating: w[0 * wStride + i + 1])
      let w11 = SIMD8(repeating: w[1 * wStride + i + 1])
      let w12 = SIMD8(repeating: w[2 * wStride + i + 1])
      let w13 = SIMD8(repeating: w[3 * wStride + i + 1])
      let w20 = SIMD8(repeating: w[0 * wStride + i + 2])
      let w21 = SIMD8(repeating: w[1 * wStride + i + 2])
      let w22 = SIMD8(repeating: w[2 * wStride + i + 2])
      let w23 = SIMD8(repeating: w[3 * wStride + i + 2])
      let w30 = SIMD8(repeating: w[0 * wStride + i + 3])
      let w31 = SIMD8(repeating: w[1 * wStride + i + 3])
      let w32 = SIMD8(repeating: w[2 * wStride + i + 3])
      let w33 = SIMD8(repeating: w[3 * wStride + i + 3])
      let z0 = z + (i + 0) * stride
      let z1 = z + (i + 1) * stride
      let z2 = z + (i + 2) * stride
      let z3 = z + (i + 3) * stride
      for v in 0..<vectors {
        let o = 8 * v
        let x0 = UnsafeRawPointer(xr0 + o).load(as: SIMD8<Double>.self)
        let x1 = UnsafeRawPointer(xr1 + o).load(as: SIMD8<Double>.self)
        let x2 = UnsafeRawPointer(xr2 + o).load(as: SIMD8<Double>.self)
        let x3 = UnsafeRawPointer(xr3 + o).load(as: SIMD8<Double>.self)
        var s0 = UnsafeRawPointer(z0 + o).load(as: SIMD8<Double>.self)
        s0 = s0.addingProduct(w00, x0)
        s0 = s0.addingProduct(w01, x1)
        s0 = s0.addingProduct(w02, x2)
        s0 = s0.addingProduct(w03, x3)
        UnsafeMutableRawPointer(z0 + o).storeBytes(of: s0, as: SIMD8<Double>.self)
        var s1 = UnsafeRawPointer(z1 + o).load(as: SIMD8<Double>.self)
        s1 = s1.addingProduct(w10, x0)
        s1 = s1.addingProduct(w11, x1)
        s1 = s1.addingProduct(w12, x2)
        s1 = s1.addingProduct(w13, x3)
        UnsafeMutableRawPointer(z1 + o).storeBytes(of: s1, as: SIMD8<Double>.self)
        var s2 = UnsafeRawPointer(z2 + o).load(as: SIMD8<Double>.self)
        s2 = s2.addingProduct(w20, x0)
        s2 = s2.addingProduct(w21, x1)
        s2 = s2.addingProduct(w22, x2)
        s2 = s2.addingProduct(w23, x3)
        UnsafeMutableRawPointer(z2 + o).storeBytes(of: s2, as: SIMD8<Double>.self)
        var s3 = UnsafeRawPointer(z3 + o).load(as: SIMD8<Double>.self)
        s3 = s3.addingProduct(w30, x0)
        s3 = s3.addingProduct(w31, x1)
        s3 = s3.addingProduct(w32, x2)
        s3 = s3.addingProduct(w33, x3)
        UnsafeMutableRawPointer(z3 + o).storeBytes(of: s3, as: SIMD8<Double>.self)
      }
      i += 4
    }
    while i < units {
      let w0 = SIMD8(repeating: w[0 * wStride + i])
      let w1 = SIMD8(repeating: w[1 * wStride + i])
      let w2 = SIMD8(repeating: w[2 * wStride + i])
      let w3 = SIMD8(repeating: w[3 * wStride + i])
      let zi = z + i * stride
      for v in 0..<vectors {
        let o = 8 * v
        var s = UnsafeRawPointer(zi + o).load(as: SIMD8<Double>.self)
        s = s.addingProduct(w0, UnsafeRawPointer(xr0 + o).load(as: SIMD8<Double>.self))
        s = s.addingProduct(w1, UnsafeRawPointer(xr1 + o).load(as: SIMD8<Double>.self))
        s = s.addingProduct(w2, UnsafeRawPointer(xr2 + o).load(as: SIMD8<Double>.self))
        s = s.addingProduct(w3, UnsafeRawPointer(xr3 + o).load(as: SIMD8<Double>.self))
        UnsafeMutableRawPointer(zi + o).storeBytes(of: s, as: SIMD8<Double>.self)
      }
      i += 1
    }
  }


  /// Gradient dot products for fewer rows or more unit vectors than the unrolled kernels take:
  /// the same chains, one row and one vector of units at a time.
  static func gradientGeneric(
    x: UnsafePointer<Double>, stride: Int, rows: Int, dzT: UnsafePointer<Double>, dzStride: Int,
    vectors: Int, js: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    for r in 0..<rows {
      let xr = x + r * stride
      for v in 0..<vectors {
        var acc = SIMD8<Double>()
        for j in js {
          let d = UnsafeRawPointer(dzT + j * dzStride + 8 * v).load(as: SIMD8<Double>.self)
          acc = acc.addingProduct(d, SIMD8(repeating: xr[j]))
        }
        UnsafeMutableRawPointer(out + r * outStride + 8 * v).storeBytes(of: acc, as: SIMD8<Double>.self)
      }
    }
  }

  /// Gradient dot products for `rows` (≤ 8) rows of X starting at `x`, for every vector of units,
  /// over the examples `js`; `out` holds `rows` rows of `outStride` results.
  static func gradient(
    x: UnsafePointer<Double>, stride: Int, rows: Int, dzT: UnsafePointer<Double>, dzStride: Int,
    vectors: Int, js: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    guard rows == 8 else {
      gradientGeneric(x: x, stride: stride, rows: rows, dzT: dzT, dzStride: dzStride, vectors: vectors,
                      js: js, out: out, outStride: outStride)
      return
    }
    var v = 0
    while v < vectors {
      let group = min(3, vectors - v)
      let d = dzT + 8 * v, o = out + 8 * v
      switch group {
      case 3: gradient8x3(x: x, stride: stride, dzT: d, dzStride: dzStride, js: js, out: o, outStride: outStride)
      case 2: gradient8x2(x: x, stride: stride, dzT: d, dzStride: dzStride, js: js, out: o, outStride: outStride)
      default: gradient8x1(x: x, stride: stride, dzT: d, dzStride: dzStride, js: js, out: o, outStride: outStride)
      }
      v += group
    }
  }

  /// `z[i, :] += W[i, k]·X[k, :]` for one row (a fused step of every chain).
  @inline(__always)
  static func forward1(
    x: UnsafePointer<Double>, vectors: Int, w: UnsafePointer<Double>, units: Int, stride: Int,
    z: UnsafeMutablePointer<Double>
  ) {
    for i in 0..<units {
      let wi = SIMD8(repeating: w[i])
      let zi = z + i * stride
      for v in 0..<vectors {
        let o = 8 * v
        let s = UnsafeRawPointer(zi + o).load(as: SIMD8<Double>.self)
          .addingProduct(wi, UnsafeRawPointer(x + o).load(as: SIMD8<Double>.self))
        UnsafeMutableRawPointer(zi + o).storeBytes(of: s, as: SIMD8<Double>.self)
      }
    }
  }
}
