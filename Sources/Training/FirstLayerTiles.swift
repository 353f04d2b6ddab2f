/// The forward product's register tiles (generated shape by shape): up to eight units × three
/// vectors of eight examples held in registers while the rows of one K block stream past (three
/// vectors of X and eight broadcast weights feed 24 fused multiply-adds per row), so each lane is
/// one fused chain over the block's rows in order and C is written once per block.
enum FirstLayerTiles {
  /// A forward tile of `units` (8, 4, 2 or 1) × `vectors` (3, 2 or 1): each lane one fused chain
  /// over the block's rows `ks` in order, written to `out` (rows `outStride` apart).
  static func tile(
    units: Int, vectors: Int, x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int,
    ks: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    switch (units, vectors) {
    case (8, 3): tile8x3(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (8, 2): tile8x2(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (8, 1): tile8x1(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (4, 3): tile4x3(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (4, 2): tile4x2(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (4, 1): tile4x1(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (2, 3): tile2x3(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (2, 2): tile2x2(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (2, 1): tile2x1(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (1, 3): tile1x3(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (1, 2): tile1x2(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    case (1, 1): tile1x1(x: x, stride: stride, w: w, wStride: wStride, ks: ks, out: out, outStride: outStride)
    default: break
    }
  }

  @inline(__always)
  static func tile8x3(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>(); var a02 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>(); var a12 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>(); var a22 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>(); var a32 = SIMD8<Double>()
    var a40 = SIMD8<Double>(); var a41 = SIMD8<Double>(); var a42 = SIMD8<Double>()
    var a50 = SIMD8<Double>(); var a51 = SIMD8<Double>(); var a52 = SIMD8<Double>()
    var a60 = SIMD8<Double>(); var a61 = SIMD8<Double>(); var a62 = SIMD8<Double>()
    var a70 = SIMD8<Double>(); var a71 = SIMD8<Double>(); var a72 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let x2 = UnsafeRawPointer(xk + 16).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1); a02 = a02.addingProduct(w0, x2)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0); a11 = a11.addingProduct(w1, x1); a12 = a12.addingProduct(w1, x2)
      let w2 = SIMD8(repeating: wk[2])
      a20 = a20.addingProduct(w2, x0); a21 = a21.addingProduct(w2, x1); a22 = a22.addingProduct(w2, x2)
      let w3 = SIMD8(repeating: wk[3])
      a30 = a30.addingProduct(w3, x0); a31 = a31.addingProduct(w3, x1); a32 = a32.addingProduct(w3, x2)
      let w4 = SIMD8(repeating: wk[4])
      a40 = a40.addingProduct(w4, x0); a41 = a41.addingProduct(w4, x1); a42 = a42.addingProduct(w4, x2)
      let w5 = SIMD8(repeating: wk[5])
      a50 = a50.addingProduct(w5, x0); a51 = a51.addingProduct(w5, x1); a52 = a52.addingProduct(w5, x2)
      let w6 = SIMD8(repeating: wk[6])
      a60 = a60.addingProduct(w6, x0); a61 = a61.addingProduct(w6, x1); a62 = a62.addingProduct(w6, x2)
      let w7 = SIMD8(repeating: wk[7])
      a70 = a70.addingProduct(w7, x0); a71 = a71.addingProduct(w7, x1); a72 = a72.addingProduct(w7, x2)
      xk += stride
      wk += wStride
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
  static func tile8x2(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>()
    var a40 = SIMD8<Double>(); var a41 = SIMD8<Double>()
    var a50 = SIMD8<Double>(); var a51 = SIMD8<Double>()
    var a60 = SIMD8<Double>(); var a61 = SIMD8<Double>()
    var a70 = SIMD8<Double>(); var a71 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0); a11 = a11.addingProduct(w1, x1)
      let w2 = SIMD8(repeating: wk[2])
      a20 = a20.addingProduct(w2, x0); a21 = a21.addingProduct(w2, x1)
      let w3 = SIMD8(repeating: wk[3])
      a30 = a30.addingProduct(w3, x0); a31 = a31.addingProduct(w3, x1)
      let w4 = SIMD8(repeating: wk[4])
      a40 = a40.addingProduct(w4, x0); a41 = a41.addingProduct(w4, x1)
      let w5 = SIMD8(repeating: wk[5])
      a50 = a50.addingProduct(w5, x0); a51 = a51.addingProduct(w5, x1)
      let w6 = SIMD8(repeating: wk[6])
      a60 = a60.addingProduct(w6, x0); a61 = a61.addingProduct(w6, x1)
      let w7 = SIMD8(repeating: wk[7])
      a70 = a70.addingProduct(w7, x0); a71 = a71.addingProduct(w7, x1)
      xk += stride
      wk += wStride
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
  static func tile8x1(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>()
    var a10 = SIMD8<Double>()
    var a20 = SIMD8<Double>()
    var a30 = SIMD8<Double>()
    var a40 = SIMD8<Double>()
    var a50 = SIMD8<Double>()
    var a60 = SIMD8<Double>()
    var a70 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0)
      let w2 = SIMD8(repeating: wk[2])
      a20 = a20.addingProduct(w2, x0)
      let w3 = SIMD8(repeating: wk[3])
      a30 = a30.addingProduct(w3, x0)
      let w4 = SIMD8(repeating: wk[4])
      a40 = a40.addingProduct(w4, x0)
      let w5 = SIMD8(repeating: wk[5])
      a50 = a50.addingProduct(w5, x0)
      let w6 = SIMD8(repeating: wk[6])
      a60 = a60.addingProduct(w6, x0)
      let w7 = SIMD8(repeating: wk[7])
      a70 = a70.addingProduct(w7, x0)
      xk += stride
      wk += wStride
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

  @inline(__always)
  static func tile4x3(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>(); var a02 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>(); var a12 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>(); var a22 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>(); var a32 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let x2 = UnsafeRawPointer(xk + 16).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1); a02 = a02.addingProduct(w0, x2)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0); a11 = a11.addingProduct(w1, x1); a12 = a12.addingProduct(w1, x2)
      let w2 = SIMD8(repeating: wk[2])
      a20 = a20.addingProduct(w2, x0); a21 = a21.addingProduct(w2, x1); a22 = a22.addingProduct(w2, x2)
      let w3 = SIMD8(repeating: wk[3])
      a30 = a30.addingProduct(w3, x0); a31 = a31.addingProduct(w3, x1); a32 = a32.addingProduct(w3, x2)
      xk += stride
      wk += wStride
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
  }

  @inline(__always)
  static func tile4x2(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0); a11 = a11.addingProduct(w1, x1)
      let w2 = SIMD8(repeating: wk[2])
      a20 = a20.addingProduct(w2, x0); a21 = a21.addingProduct(w2, x1)
      let w3 = SIMD8(repeating: wk[3])
      a30 = a30.addingProduct(w3, x0); a31 = a31.addingProduct(w3, x1)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a01, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 8).storeBytes(of: a11, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 0).storeBytes(of: a20, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 8).storeBytes(of: a21, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 0).storeBytes(of: a30, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 8).storeBytes(of: a31, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile4x1(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>()
    var a10 = SIMD8<Double>()
    var a20 = SIMD8<Double>()
    var a30 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0)
      let w2 = SIMD8(repeating: wk[2])
      a20 = a20.addingProduct(w2, x0)
      let w3 = SIMD8(repeating: wk[3])
      a30 = a30.addingProduct(w3, x0)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 2 * outStride + 0).storeBytes(of: a20, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 3 * outStride + 0).storeBytes(of: a30, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile2x3(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>(); var a02 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>(); var a12 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let x2 = UnsafeRawPointer(xk + 16).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1); a02 = a02.addingProduct(w0, x2)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0); a11 = a11.addingProduct(w1, x1); a12 = a12.addingProduct(w1, x2)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a01, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 16).storeBytes(of: a02, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 8).storeBytes(of: a11, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 16).storeBytes(of: a12, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile2x2(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0); a11 = a11.addingProduct(w1, x1)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a01, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 8).storeBytes(of: a11, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile2x1(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>()
    var a10 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0)
      let w1 = SIMD8(repeating: wk[1])
      a10 = a10.addingProduct(w1, x0)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 1 * outStride + 0).storeBytes(of: a10, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile1x3(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>(); var a02 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let x2 = UnsafeRawPointer(xk + 16).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1); a02 = a02.addingProduct(w0, x2)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a01, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 16).storeBytes(of: a02, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile1x2(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let x1 = UnsafeRawPointer(xk + 8).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0); a01 = a01.addingProduct(w0, x1)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
    UnsafeMutableRawPointer(out + 0 * outStride + 8).storeBytes(of: a01, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile1x1(
    x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>,
    out: UnsafeMutablePointer<Double>, outStride: Int
  ) {
    var a00 = SIMD8<Double>()
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      let x0 = UnsafeRawPointer(xk + 0).load(as: SIMD8<Double>.self)
      let w0 = SIMD8(repeating: wk[0])
      a00 = a00.addingProduct(w0, x0)
      xk += stride
      wk += wStride
    }
    UnsafeMutableRawPointer(out + 0 * outStride + 0).storeBytes(of: a00, as: SIMD8<Double>.self)
  }
}
