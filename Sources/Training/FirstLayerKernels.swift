/// The backward product of the first layer, `np.dot(dZ1, X.T)`, in the order OpenBLAS's level-3
/// driver sums it: element (i, k) is one fused chain over the examples j in order (per K block of
/// 384 examples, see `BLASKernels.kBlocks`). The lanes of a vector are eight units; eight rows of
/// X are in flight at once, each broadcast example by example. (The forward product is in
/// `FirstLayerTiles`.)
enum FirstLayerKernels {
  /// Gradient chains for 8 rows of X and 8·V units (lanes = units) over the examples `js`,
  /// continuing from the values in `out` when `resume` is set.
  @inline(__always)
  static func gradient8x3(
    x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
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
    if resume {
      a00 = UnsafeRawPointer(out + 0 * outStride + 0).load(as: SIMD8<Double>.self); a01 = UnsafeRawPointer(out + 0 * outStride + 8).load(as: SIMD8<Double>.self); a02 = UnsafeRawPointer(out + 0 * outStride + 16).load(as: SIMD8<Double>.self)
      a10 = UnsafeRawPointer(out + 1 * outStride + 0).load(as: SIMD8<Double>.self); a11 = UnsafeRawPointer(out + 1 * outStride + 8).load(as: SIMD8<Double>.self); a12 = UnsafeRawPointer(out + 1 * outStride + 16).load(as: SIMD8<Double>.self)
      a20 = UnsafeRawPointer(out + 2 * outStride + 0).load(as: SIMD8<Double>.self); a21 = UnsafeRawPointer(out + 2 * outStride + 8).load(as: SIMD8<Double>.self); a22 = UnsafeRawPointer(out + 2 * outStride + 16).load(as: SIMD8<Double>.self)
      a30 = UnsafeRawPointer(out + 3 * outStride + 0).load(as: SIMD8<Double>.self); a31 = UnsafeRawPointer(out + 3 * outStride + 8).load(as: SIMD8<Double>.self); a32 = UnsafeRawPointer(out + 3 * outStride + 16).load(as: SIMD8<Double>.self)
      a40 = UnsafeRawPointer(out + 4 * outStride + 0).load(as: SIMD8<Double>.self); a41 = UnsafeRawPointer(out + 4 * outStride + 8).load(as: SIMD8<Double>.self); a42 = UnsafeRawPointer(out + 4 * outStride + 16).load(as: SIMD8<Double>.self)
      a50 = UnsafeRawPointer(out + 5 * outStride + 0).load(as: SIMD8<Double>.self); a51 = UnsafeRawPointer(out + 5 * outStride + 8).load(as: SIMD8<Double>.self); a52 = UnsafeRawPointer(out + 5 * outStride + 16).load(as: SIMD8<Double>.self)
      a60 = UnsafeRawPointer(out + 6 * outStride + 0).load(as: SIMD8<Double>.self); a61 = UnsafeRawPointer(out + 6 * outStride + 8).load(as: SIMD8<Double>.self); a62 = UnsafeRawPointer(out + 6 * outStride + 16).load(as: SIMD8<Double>.self)
      a70 = UnsafeRawPointer(out + 7 * outStride + 0).load(as: SIMD8<Double>.self); a71 = UnsafeRawPointer(out + 7 * outStride + 8).load(as: SIMD8<Double>.self); a72 = UnsafeRawPointer(out + 7 * outStride + 16).load(as: SIMD8<Double>.self)
    }
    for j in js {
      let d = UnsafeRawPointer(dzT + j * dzStride)
      let d0 = d.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let d1 = d.load(fromByteOffset: 64, as: SIMD8<Double>.self)
      let d2 = d.load(fromByteOffset: 128, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: x0[j])
      a00 = a00.addingProduct(d0, b0); a01 = a01.addingProduct(d1, b0); a02 = a02.addingProduct(d2, b0)
      let b1 = SIMD8(repeating: x1[j])
      a10 = a10.addingProduct(d0, b1); a11 = a11.addingProduct(d1, b1); a12 = a12.addingProduct(d2, b1)
      let b2 = SIMD8(repeating: x2[j])
      a20 = a20.addingProduct(d0, b2); a21 = a21.addingProduct(d1, b2); a22 = a22.addingProduct(d2, b2)
      let b3 = SIMD8(repeating: x3[j])
      a30 = a30.addingProduct(d0, b3); a31 = a31.addingProduct(d1, b3); a32 = a32.addingProduct(d2, b3)
      let b4 = SIMD8(repeating: x4[j])
      a40 = a40.addingProduct(d0, b4); a41 = a41.addingProduct(d1, b4); a42 = a42.addingProduct(d2, b4)
      let b5 = SIMD8(repeating: x5[j])
      a50 = a50.addingProduct(d0, b5); a51 = a51.addingProduct(d1, b5); a52 = a52.addingProduct(d2, b5)
      let b6 = SIMD8(repeating: x6[j])
      a60 = a60.addingProduct(d0, b6); a61 = a61.addingProduct(d1, b6); a62 = a62.addingProduct(d2, b6)
      let b7 = SIMD8(repeating: x7[j])
      a70 = a70.addingProduct(d0, b7); a71 = a71.addingProduct(d1, b7); a72 = a72.addingProduct(d2, b7)
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

  @inline(__always)
  static func gradient8x2(
    x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
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
    if resume {
      a00 = UnsafeRawPointer(out + 0 * outStride + 0).load(as: SIMD8<Double>.self); a01 = UnsafeRawPointer(out + 0 * outStride + 8).load(as: SIMD8<Double>.self)
      a10 = UnsafeRawPointer(out + 1 * outStride + 0).load(as: SIMD8<Double>.self); a11 = UnsafeRawPointer(out + 1 * outStride + 8).load(as: SIMD8<Double>.self)
      a20 = UnsafeRawPointer(out + 2 * outStride + 0).load(as: SIMD8<Double>.self); a21 = UnsafeRawPointer(out + 2 * outStride + 8).load(as: SIMD8<Double>.self)
      a30 = UnsafeRawPointer(out + 3 * outStride + 0).load(as: SIMD8<Double>.self); a31 = UnsafeRawPointer(out + 3 * outStride + 8).load(as: SIMD8<Double>.self)
      a40 = UnsafeRawPointer(out + 4 * outStride + 0).load(as: SIMD8<Double>.self); a41 = UnsafeRawPointer(out + 4 * outStride + 8).load(as: SIMD8<Double>.self)
      a50 = UnsafeRawPointer(out + 5 * outStride + 0).load(as: SIMD8<Double>.self); a51 = UnsafeRawPointer(out + 5 * outStride + 8).load(as: SIMD8<Double>.self)
      a60 = UnsafeRawPointer(out + 6 * outStride + 0).load(as: SIMD8<Double>.self); a61 = UnsafeRawPointer(out + 6 * outStride + 8).load(as: SIMD8<Double>.self)
      a70 = UnsafeRawPointer(out + 7 * outStride + 0).load(as: SIMD8<Double>.self); a71 = UnsafeRawPointer(out + 7 * outStride + 8).load(as: SIMD8<Double>.self)
    }
    for j in js {
      let d = UnsafeRawPointer(dzT + j * dzStride)
      let d0 = d.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let d1 = d.load(fromByteOffset: 64, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: x0[j])
      a00 = a00.addingProduct(d0, b0); a01 = a01.addingProduct(d1, b0)
      let b1 = SIMD8(repeating: x1[j])
      a10 = a10.addingProduct(d0, b1); a11 = a11.addingProduct(d1, b1)
      let b2 = SIMD8(repeating: x2[j])
      a20 = a20.addingProduct(d0, b2); a21 = a21.addingProduct(d1, b2)
      let b3 = SIMD8(repeating: x3[j])
      a30 = a30.addingProduct(d0, b3); a31 = a31.addingProduct(d1, b3)
      let b4 = SIMD8(repeating: x4[j])
      a40 = a40.addingProduct(d0, b4); a41 = a41.addingProduct(d1, b4)
      let b5 = SIMD8(repeating: x5[j])
      a50 = a50.addingProduct(d0, b5); a51 = a51.addingProduct(d1, b5)
      let b6 = SIMD8(repeating: x6[j])
      a60 = a60.addingProduct(d0, b6); a61 = a61.addingProduct(d1, b6)
      let b7 = SIMD8(repeating: x7[j])
      a70 = a70.addingProduct(d0, b7); a71 = a71.addingProduct(d1, b7)
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

  @inline(__always)
  static func gradient8x1(
    x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
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
    if resume {
      a00 = UnsafeRawPointer(out + 0 * outStride + 0).load(as: SIMD8<Double>.self)
      a10 = UnsafeRawPointer(out + 1 * outStride + 0).load(as: SIMD8<Double>.self)
      a20 = UnsafeRawPointer(out + 2 * outStride + 0).load(as: SIMD8<Double>.self)
      a30 = UnsafeRawPointer(out + 3 * outStride + 0).load(as: SIMD8<Double>.self)
      a40 = UnsafeRawPointer(out + 4 * outStride + 0).load(as: SIMD8<Double>.self)
      a50 = UnsafeRawPointer(out + 5 * outStride + 0).load(as: SIMD8<Double>.self)
      a60 = UnsafeRawPointer(out + 6 * outStride + 0).load(as: SIMD8<Double>.self)
      a70 = UnsafeRawPointer(out + 7 * outStride + 0).load(as: SIMD8<Double>.self)
    }
    for j in js {
      let d = UnsafeRawPointer(dzT + j * dzStride)
      let d0 = d.load(fromByteOffset: 0, as: SIMD8<Double>.self)
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


  /// Gradient dot products for fewer rows or more unit vectors than the unrolled kernels take:
  /// the same chains, one row and one vector of units at a time.
  static func gradientGeneric(
    x: UnsafePointer<Double>, stride: Int, rows: Int, dzT: UnsafePointer<Double>, dzStride: Int,
    vectors: Int, js: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
  ) {
    for r in 0..<rows {
      let xr = x + r * stride
      for v in 0..<vectors {
        var acc = resume ? UnsafeRawPointer(out + r * outStride + 8 * v).load(as: SIMD8<Double>.self) : SIMD8<Double>()
        for j in js {
          let d = UnsafeRawPointer(dzT + j * dzStride + 8 * v).load(as: SIMD8<Double>.self)
          acc = acc.addingProduct(d, SIMD8(repeating: xr[j]))
        }
        UnsafeMutableRawPointer(out + r * outStride + 8 * v).storeBytes(of: acc, as: SIMD8<Double>.self)
      }
    }
  }

  /// Gradient chains for `rows` (≤ 8) rows of X starting at `x`, for every vector of units, over
  /// the examples `js`; `out` holds `rows` rows of `outStride` chains (continued if `resume`).
  static func gradient(
    x: UnsafePointer<Double>, stride: Int, rows: Int, dzT: UnsafePointer<Double>, dzStride: Int,
    vectors: Int, js: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
  ) {
    guard rows == 8 else {
      gradientGeneric(x: x, stride: stride, rows: rows, dzT: dzT, dzStride: dzStride, vectors: vectors,
                      js: js, out: out, outStride: outStride, resume: resume)
      return
    }
    var v = 0
    while v < vectors {
      let group = min(3, vectors - v)
      let d = dzT + 8 * v, o = out + 8 * v
      switch group {
      case 3: gradient8x3(x: x, stride: stride, dzT: d, dzStride: dzStride, js: js, out: o, outStride: outStride, resume: resume)
      case 2: gradient8x2(x: x, stride: stride, dzT: d, dzStride: dzStride, js: js, out: o, outStride: outStride, resume: resume)
      default: gradient8x1(x: x, stride: stride, dzT: d, dzStride: dzStride, js: js, out: o, outStride: outStride, resume: resume)
      }
      v += group
    }
  }

  /// Gradient chains for 20 units in five four-lane vectors (no empty lanes, where three eight-lane
  /// vectors would leave four of 24 empty): `rows` (≤ 8) rows of X, continued if `resume`.
  static func gradient20(
    x: UnsafePointer<Double>, stride: Int, rows: Int, dzT: UnsafePointer<Double>, dzStride: Int,
    js: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
  ) {
    var r = 0
    while r + 4 <= rows {
      narrowGradient4x5(
        x: x + r * stride, stride: stride, dzT: dzT, dzStride: dzStride, js: js,
        out: out + r * outStride, outStride: outStride, resume: resume)
      r += 4
    }
    if r < rows {
      gradientGeneric(
        x: x + r * stride, stride: stride, rows: rows - r, dzT: dzT, dzStride: dzStride, vectors: 3,
        js: js, out: out + r * outStride, outStride: outStride, resume: resume)
    }
  }

  @inline(__always)
  static func narrowGradient4x5(
    x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
  ) {
    let x0 = x + 0 * stride
    let x1 = x + 1 * stride
    let x2 = x + 2 * stride
    let x3 = x + 3 * stride
    var a00 = SIMD4<Double>(); var a01 = SIMD4<Double>(); var a02 = SIMD4<Double>(); var a03 = SIMD4<Double>(); var a04 = SIMD4<Double>()
    var a10 = SIMD4<Double>(); var a11 = SIMD4<Double>(); var a12 = SIMD4<Double>(); var a13 = SIMD4<Double>(); var a14 = SIMD4<Double>()
    var a20 = SIMD4<Double>(); var a21 = SIMD4<Double>(); var a22 = SIMD4<Double>(); var a23 = SIMD4<Double>(); var a24 = SIMD4<Double>()
    var a30 = SIMD4<Double>(); var a31 = SIMD4<Double>(); var a32 = SIMD4<Double>(); var a33 = SIMD4<Double>(); var a34 = SIMD4<Double>()
    if resume {
      a00 = UnsafeRawPointer(out + 0 * outStride + 0).load(as: SIMD4<Double>.self); a01 = UnsafeRawPointer(out + 0 * outStride + 4).load(as: SIMD4<Double>.self); a02 = UnsafeRawPointer(out + 0 * outStride + 8).load(as: SIMD4<Double>.self); a03 = UnsafeRawPointer(out + 0 * outStride + 12).load(as: SIMD4<Double>.self); a04 = UnsafeRawPointer(out + 0 * outStride + 16).load(as: SIMD4<Double>.self)
      a10 = UnsafeRawPointer(out + 1 * outStride + 0).load(as: SIMD4<Double>.self); a11 = UnsafeRawPointer(out + 1 * outStride + 4).load(as: SIMD4<Double>.self); a12 = UnsafeRawPointer(out + 1 * outStride + 8).load(as: SIMD4<Double>.self); a13 = UnsafeRawPointer(out + 1 * outStride + 12).load(as: SIMD4<Double>.self); a14 = UnsafeRawPointer(out + 1 * outStride + 16).load(as: SIMD4<Double>.self)
      a20 = UnsafeRawPointer(out + 2 * outStride + 0).load(as: SIMD4<Double>.self); a21 = UnsafeRawPointer(out + 2 * outStride + 4).load(as: SIMD4<Double>.self); a22 = UnsafeRawPointer(out + 2 * outStride + 8).load(as: SIMD4<Double>.self); a23 = UnsafeRawPointer(out + 2 * outStride + 12).load(as: SIMD4<Double>.self); a24 = UnsafeRawPointer(out + 2 * outStride + 16).load(as: SIMD4<Double>.self)
      a30 = UnsafeRawPointer(out + 3 * outStride + 0).load(as: SIMD4<Double>.self); a31 = UnsafeRawPointer(out + 3 * outStride + 4).load(as: SIMD4<Double>.self); a32 = UnsafeRawPointer(out + 3 * outStride + 8).load(as: SIMD4<Double>.self); a33 = UnsafeRawPointer(out + 3 * outStride + 12).load(as: SIMD4<Double>.self); a34 = UnsafeRawPointer(out + 3 * outStride + 16).load(as: SIMD4<Double>.self)
    }
    for j in js {
      let d = UnsafeRawPointer(dzT + j * dzStride)
      let d0 = d.load(fromByteOffset: 0, as: SIMD4<Double>.self)
      let d1 = d.load(fromByteOffset: 32, as: SIMD4<Double>.self)
      let d2 = d.load(fromByteOffset: 64, as: SIMD4<Double>.self)
      let d3 = d.load(fromByteOffset: 96, as: SIMD4<Double>.self)
      let d4 = d.load(fromByteOffset: 128, as: SIMD4<Double>.self)
      let b0 = SIMD4(repeating: x0[j])
      a00 = a00.addingProduct(d0, b0); a01 = a01.addingProduct(d1, b0); a02 = a02.addingProduct(d2, b0); a03 = a03.addingProduct(d3, b0); a04 = a04.addingProduct(d4, b0)
      let b1 = SIMD4(repeating: x1[j])
      a10 = a10.addingProduct(d0, b1); a11 = a11.addingProduct(d1, b1); a12 = a12.addingProduct(d2, b1); a13 = a13.addingProduct(d3, b1); a14 = a14.addingProduct(d4, b1)
      let b2 = SIMD4(repeating: x2[j])
      a20 = a20.addingProduct(d0, b2); a21 = a21.addingProduct(d1, b2); a22 = a22.addingProduct(d2, b2); a23 = a23.addingProduct(d3, b2); a24 = a24.addingProduct(d4, b2)
      let b3 = SIMD4(repeating: x3[j])
      a30 = a30.addingProduct(d0, b3); a31 = a31.addingProduct(d1, b3); a32 = a32.addingProduct(d2, b3); a33 = a33.addingProduct(d3, b3); a34 = a34.addingProduct(d4, b3)
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 4).storeBytes(of: a01, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a02, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 12).storeBytes(of: a03, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 16).storeBytes(of: a04, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 4).storeBytes(of: a11, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 8).storeBytes(of: a12, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 12).storeBytes(of: a13, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 16).storeBytes(of: a14, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 0).storeBytes(of: a20, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 4).storeBytes(of: a21, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 8).storeBytes(of: a22, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 12).storeBytes(of: a23, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 16).storeBytes(of: a24, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 0).storeBytes(of: a30, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 4).storeBytes(of: a31, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 8).storeBytes(of: a32, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 12).storeBytes(of: a33, as: SIMD4<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 16).storeBytes(of: a34, as: SIMD4<Double>.self)
  }

}
