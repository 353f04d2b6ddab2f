/// The Gram matrix's register tiles (generated shape by shape): eight rows of G × three vectors of
/// eight columns held in registers while one K block of X's rows streams past (three vectors of a
/// row of X and eight of its elements, broadcast, feed 24 fused multiply-adds).
enum GramTiles {
  /// Rows i…i+`rows`−1 of G (`rows` 8 or 1) against `vectors` (3, 2 or 1) vectors of columns from
  /// `column`, over the K block `ks`: one fused chain per element, added into G (`accumulate`)
  /// or stored (the first block, as `0 + chain`).
  static func tile(
    rows: Int, vectors: Int, x: UnsafePointer<Double>, stride: Int, i: Int, column: Int, ks: Range<Int>,
    g: UnsafeMutablePointer<Double>, accumulate: Bool
  ) {
    switch (rows, vectors) {
    case (8, 3): tile8x3(x: x, stride: stride, i: i, column: column, ks: ks, g: g, accumulate: accumulate)
    case (8, 2): tile8x2(x: x, stride: stride, i: i, column: column, ks: ks, g: g, accumulate: accumulate)
    case (8, 1): tile8x1(x: x, stride: stride, i: i, column: column, ks: ks, g: g, accumulate: accumulate)
    case (1, 3): tile1x3(x: x, stride: stride, i: i, column: column, ks: ks, g: g, accumulate: accumulate)
    case (1, 2): tile1x2(x: x, stride: stride, i: i, column: column, ks: ks, g: g, accumulate: accumulate)
    case (1, 1): tile1x1(x: x, stride: stride, i: i, column: column, ks: ks, g: g, accumulate: accumulate)
    default: break
    }
  }

  /// `g = old + value` (`old` 0 for the first block).
  @inline(__always)
  static func add(_ value: SIMD8<Double>, _ g: UnsafeMutablePointer<Double>, _ accumulate: Bool) {
    let target = UnsafeMutableRawPointer(g)
    let old = accumulate ? target.load(as: SIMD8<Double>.self) : SIMD8<Double>()
    target.storeBytes(of: old + value, as: SIMD8<Double>.self)
  }

  @inline(__always)
  static func tile8x3(
    x: UnsafePointer<Double>, stride: Int, i: Int, column: Int, ks: Range<Int>, g: UnsafeMutablePointer<Double>,
    accumulate: Bool
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>(); var a02 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>(); var a12 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>(); var a22 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>(); var a32 = SIMD8<Double>()
    var a40 = SIMD8<Double>(); var a41 = SIMD8<Double>(); var a42 = SIMD8<Double>()
    var a50 = SIMD8<Double>(); var a51 = SIMD8<Double>(); var a52 = SIMD8<Double>()
    var a60 = SIMD8<Double>(); var a61 = SIMD8<Double>(); var a62 = SIMD8<Double>()
    var a70 = SIMD8<Double>(); var a71 = SIMD8<Double>(); var a72 = SIMD8<Double>()
    var row = x + ks.lowerBound * stride
    for _ in ks {
      let p = UnsafeRawPointer(row + column)
      let x0 = p.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let x1 = p.load(fromByteOffset: 64, as: SIMD8<Double>.self)
      let x2 = p.load(fromByteOffset: 128, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: row[i + 0])
      a00 = a00.addingProduct(b0, x0); a01 = a01.addingProduct(b0, x1); a02 = a02.addingProduct(b0, x2)
      let b1 = SIMD8(repeating: row[i + 1])
      a10 = a10.addingProduct(b1, x0); a11 = a11.addingProduct(b1, x1); a12 = a12.addingProduct(b1, x2)
      let b2 = SIMD8(repeating: row[i + 2])
      a20 = a20.addingProduct(b2, x0); a21 = a21.addingProduct(b2, x1); a22 = a22.addingProduct(b2, x2)
      let b3 = SIMD8(repeating: row[i + 3])
      a30 = a30.addingProduct(b3, x0); a31 = a31.addingProduct(b3, x1); a32 = a32.addingProduct(b3, x2)
      let b4 = SIMD8(repeating: row[i + 4])
      a40 = a40.addingProduct(b4, x0); a41 = a41.addingProduct(b4, x1); a42 = a42.addingProduct(b4, x2)
      let b5 = SIMD8(repeating: row[i + 5])
      a50 = a50.addingProduct(b5, x0); a51 = a51.addingProduct(b5, x1); a52 = a52.addingProduct(b5, x2)
      let b6 = SIMD8(repeating: row[i + 6])
      a60 = a60.addingProduct(b6, x0); a61 = a61.addingProduct(b6, x1); a62 = a62.addingProduct(b6, x2)
      let b7 = SIMD8(repeating: row[i + 7])
      a70 = a70.addingProduct(b7, x0); a71 = a71.addingProduct(b7, x1); a72 = a72.addingProduct(b7, x2)
      row += stride
    }
    add(a00, g + (i + 0) * stride + column + 0, accumulate)
    add(a01, g + (i + 0) * stride + column + 8, accumulate)
    add(a02, g + (i + 0) * stride + column + 16, accumulate)
    add(a10, g + (i + 1) * stride + column + 0, accumulate)
    add(a11, g + (i + 1) * stride + column + 8, accumulate)
    add(a12, g + (i + 1) * stride + column + 16, accumulate)
    add(a20, g + (i + 2) * stride + column + 0, accumulate)
    add(a21, g + (i + 2) * stride + column + 8, accumulate)
    add(a22, g + (i + 2) * stride + column + 16, accumulate)
    add(a30, g + (i + 3) * stride + column + 0, accumulate)
    add(a31, g + (i + 3) * stride + column + 8, accumulate)
    add(a32, g + (i + 3) * stride + column + 16, accumulate)
    add(a40, g + (i + 4) * stride + column + 0, accumulate)
    add(a41, g + (i + 4) * stride + column + 8, accumulate)
    add(a42, g + (i + 4) * stride + column + 16, accumulate)
    add(a50, g + (i + 5) * stride + column + 0, accumulate)
    add(a51, g + (i + 5) * stride + column + 8, accumulate)
    add(a52, g + (i + 5) * stride + column + 16, accumulate)
    add(a60, g + (i + 6) * stride + column + 0, accumulate)
    add(a61, g + (i + 6) * stride + column + 8, accumulate)
    add(a62, g + (i + 6) * stride + column + 16, accumulate)
    add(a70, g + (i + 7) * stride + column + 0, accumulate)
    add(a71, g + (i + 7) * stride + column + 8, accumulate)
    add(a72, g + (i + 7) * stride + column + 16, accumulate)
  }

  @inline(__always)
  static func tile8x2(
    x: UnsafePointer<Double>, stride: Int, i: Int, column: Int, ks: Range<Int>, g: UnsafeMutablePointer<Double>,
    accumulate: Bool
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>()
    var a10 = SIMD8<Double>(); var a11 = SIMD8<Double>()
    var a20 = SIMD8<Double>(); var a21 = SIMD8<Double>()
    var a30 = SIMD8<Double>(); var a31 = SIMD8<Double>()
    var a40 = SIMD8<Double>(); var a41 = SIMD8<Double>()
    var a50 = SIMD8<Double>(); var a51 = SIMD8<Double>()
    var a60 = SIMD8<Double>(); var a61 = SIMD8<Double>()
    var a70 = SIMD8<Double>(); var a71 = SIMD8<Double>()
    var row = x + ks.lowerBound * stride
    for _ in ks {
      let p = UnsafeRawPointer(row + column)
      let x0 = p.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let x1 = p.load(fromByteOffset: 64, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: row[i + 0])
      a00 = a00.addingProduct(b0, x0); a01 = a01.addingProduct(b0, x1)
      let b1 = SIMD8(repeating: row[i + 1])
      a10 = a10.addingProduct(b1, x0); a11 = a11.addingProduct(b1, x1)
      let b2 = SIMD8(repeating: row[i + 2])
      a20 = a20.addingProduct(b2, x0); a21 = a21.addingProduct(b2, x1)
      let b3 = SIMD8(repeating: row[i + 3])
      a30 = a30.addingProduct(b3, x0); a31 = a31.addingProduct(b3, x1)
      let b4 = SIMD8(repeating: row[i + 4])
      a40 = a40.addingProduct(b4, x0); a41 = a41.addingProduct(b4, x1)
      let b5 = SIMD8(repeating: row[i + 5])
      a50 = a50.addingProduct(b5, x0); a51 = a51.addingProduct(b5, x1)
      let b6 = SIMD8(repeating: row[i + 6])
      a60 = a60.addingProduct(b6, x0); a61 = a61.addingProduct(b6, x1)
      let b7 = SIMD8(repeating: row[i + 7])
      a70 = a70.addingProduct(b7, x0); a71 = a71.addingProduct(b7, x1)
      row += stride
    }
    add(a00, g + (i + 0) * stride + column + 0, accumulate)
    add(a01, g + (i + 0) * stride + column + 8, accumulate)
    add(a10, g + (i + 1) * stride + column + 0, accumulate)
    add(a11, g + (i + 1) * stride + column + 8, accumulate)
    add(a20, g + (i + 2) * stride + column + 0, accumulate)
    add(a21, g + (i + 2) * stride + column + 8, accumulate)
    add(a30, g + (i + 3) * stride + column + 0, accumulate)
    add(a31, g + (i + 3) * stride + column + 8, accumulate)
    add(a40, g + (i + 4) * stride + column + 0, accumulate)
    add(a41, g + (i + 4) * stride + column + 8, accumulate)
    add(a50, g + (i + 5) * stride + column + 0, accumulate)
    add(a51, g + (i + 5) * stride + column + 8, accumulate)
    add(a60, g + (i + 6) * stride + column + 0, accumulate)
    add(a61, g + (i + 6) * stride + column + 8, accumulate)
    add(a70, g + (i + 7) * stride + column + 0, accumulate)
    add(a71, g + (i + 7) * stride + column + 8, accumulate)
  }

  @inline(__always)
  static func tile8x1(
    x: UnsafePointer<Double>, stride: Int, i: Int, column: Int, ks: Range<Int>, g: UnsafeMutablePointer<Double>,
    accumulate: Bool
  ) {
    var a00 = SIMD8<Double>()
    var a10 = SIMD8<Double>()
    var a20 = SIMD8<Double>()
    var a30 = SIMD8<Double>()
    var a40 = SIMD8<Double>()
    var a50 = SIMD8<Double>()
    var a60 = SIMD8<Double>()
    var a70 = SIMD8<Double>()
    var row = x + ks.lowerBound * stride
    for _ in ks {
      let p = UnsafeRawPointer(row + column)
      let x0 = p.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: row[i + 0])
      a00 = a00.addingProduct(b0, x0)
      let b1 = SIMD8(repeating: row[i + 1])
      a10 = a10.addingProduct(b1, x0)
      let b2 = SIMD8(repeating: row[i + 2])
      a20 = a20.addingProduct(b2, x0)
      let b3 = SIMD8(repeating: row[i + 3])
      a30 = a30.addingProduct(b3, x0)
      let b4 = SIMD8(repeating: row[i + 4])
      a40 = a40.addingProduct(b4, x0)
      let b5 = SIMD8(repeating: row[i + 5])
      a50 = a50.addingProduct(b5, x0)
      let b6 = SIMD8(repeating: row[i + 6])
      a60 = a60.addingProduct(b6, x0)
      let b7 = SIMD8(repeating: row[i + 7])
      a70 = a70.addingProduct(b7, x0)
      row += stride
    }
    add(a00, g + (i + 0) * stride + column + 0, accumulate)
    add(a10, g + (i + 1) * stride + column + 0, accumulate)
    add(a20, g + (i + 2) * stride + column + 0, accumulate)
    add(a30, g + (i + 3) * stride + column + 0, accumulate)
    add(a40, g + (i + 4) * stride + column + 0, accumulate)
    add(a50, g + (i + 5) * stride + column + 0, accumulate)
    add(a60, g + (i + 6) * stride + column + 0, accumulate)
    add(a70, g + (i + 7) * stride + column + 0, accumulate)
  }

  @inline(__always)
  static func tile1x3(
    x: UnsafePointer<Double>, stride: Int, i: Int, column: Int, ks: Range<Int>, g: UnsafeMutablePointer<Double>,
    accumulate: Bool
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>(); var a02 = SIMD8<Double>()
    var row = x + ks.lowerBound * stride
    for _ in ks {
      let p = UnsafeRawPointer(row + column)
      let x0 = p.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let x1 = p.load(fromByteOffset: 64, as: SIMD8<Double>.self)
      let x2 = p.load(fromByteOffset: 128, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: row[i + 0])
      a00 = a00.addingProduct(b0, x0); a01 = a01.addingProduct(b0, x1); a02 = a02.addingProduct(b0, x2)
      row += stride
    }
    add(a00, g + (i + 0) * stride + column + 0, accumulate)
    add(a01, g + (i + 0) * stride + column + 8, accumulate)
    add(a02, g + (i + 0) * stride + column + 16, accumulate)
  }

  @inline(__always)
  static func tile1x2(
    x: UnsafePointer<Double>, stride: Int, i: Int, column: Int, ks: Range<Int>, g: UnsafeMutablePointer<Double>,
    accumulate: Bool
  ) {
    var a00 = SIMD8<Double>(); var a01 = SIMD8<Double>()
    var row = x + ks.lowerBound * stride
    for _ in ks {
      let p = UnsafeRawPointer(row + column)
      let x0 = p.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let x1 = p.load(fromByteOffset: 64, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: row[i + 0])
      a00 = a00.addingProduct(b0, x0); a01 = a01.addingProduct(b0, x1)
      row += stride
    }
    add(a00, g + (i + 0) * stride + column + 0, accumulate)
    add(a01, g + (i + 0) * stride + column + 8, accumulate)
  }

  @inline(__always)
  static func tile1x1(
    x: UnsafePointer<Double>, stride: Int, i: Int, column: Int, ks: Range<Int>, g: UnsafeMutablePointer<Double>,
    accumulate: Bool
  ) {
    var a00 = SIMD8<Double>()
    var row = x + ks.lowerBound * stride
    for _ in ks {
      let p = UnsafeRawPointer(row + column)
      let x0 = p.load(fromByteOffset: 0, as: SIMD8<Double>.self)
      let b0 = SIMD8(repeating: row[i + 0])
      a00 = a00.addingProduct(b0, x0)
      row += stride
    }
    add(a00, g + (i + 0) * stride + column + 0, accumulate)
  }
}
