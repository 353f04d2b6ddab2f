import CHints

/// The shape of a register tile, as type parameters so that each shape is compiled on its own:
/// `rows` × `vectors` accumulators, each a SIMD vector, held in registers for a whole chain.
enum TileShape<let rows: Int, let vectors: Int> {}

/// The first layer's register tiles, generic over their shape: the compiler unrolls each shape
/// into straight-line fused multiply-adds on registers (each shape is its own `@inline(never)`
/// function: inlined into the dispatch, the larger shapes spilled accumulators to the stack).
/// Every lane is one fused chain, summed in the order OpenBLAS's level-3 kernels sum it, so the
/// results equal NumPy's bit for bit. In cache they run at the FMA peak of this machine; what is
/// left of a training iteration's time is waiting for X.
enum RegisterTiles {
  /// Forward tile of `np.dot(W1, X)`: `units` × `vectors` SIMD8 accumulators (units of W1 by
  /// groups of eight examples) while the rows `ks` of X stream past; each lane is one chain over
  /// `ks` in order, written to `out` (unit rows `outStride` apart), continuing from the values in
  /// `out` when `resume` is set.
  @inline(never)
  static func forward<let units: Int, let vectors: Int>(
    _ shape: TileShape<units, vectors>.Type, x: UnsafePointer<Double>, stride: Int,
    w: UnsafePointer<Double>, wStride: Int, ks: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int,
    resume: Bool
  ) {
    var sums = InlineArray<units, InlineArray<vectors, SIMD8<Double>>>(repeating: .init(repeating: .zero))
    if resume {
      for u in 0..<units {
        for v in 0..<vectors {
          sums[u][v] = UnsafeRawPointer(out + u &* outStride + 8 &* v).load(as: SIMD8<Double>.self)
        }
      }
    }
    var xk = x + ks.lowerBound * stride, wk = w + ks.lowerBound * wStride
    for _ in ks {
      var row = InlineArray<vectors, SIMD8<Double>>(repeating: .zero)
      for v in 0..<vectors { row[v] = UnsafeRawPointer(xk + 8 * v).load(as: SIMD8<Double>.self) }
      for u in 0..<units {
        let weight = SIMD8(repeating: wk[u])
        for v in 0..<vectors { sums[u][v] = sums[u][v].addingProduct(weight, row[v]) }
      }
      xk += stride
      wk += wStride
    }
    for u in 0..<units {
      for v in 0..<vectors {
        UnsafeMutableRawPointer(out + u * outStride + 8 * v).storeBytes(of: sums[u][v], as: SIMD8<Double>.self)
      }
    }
  }

  /// Backward tile of `np.dot(dZ1, X.T)`: `rows` rows of X × `vectors` vectors of `Lanes` units;
  /// each lane (row k, unit i) is one chain over the examples `js` in order, continuing from the
  /// values in `out` when `resume` is set.
  @inline(never)
  static func gradient<let rows: Int, let vectors: Int, Lanes: SIMD>(
    _ shape: TileShape<rows, vectors>.Type, lanes: Lanes.Type, x: UnsafePointer<Double>, stride: Int,
    dzT: UnsafePointer<Double>, dzStride: Int, js: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int,
    resume: Bool, ahead: inout LinePrefetcher
  ) where Lanes.Scalar == Double {
    let width = Lanes.scalarCount
    var sums = InlineArray<rows, InlineArray<vectors, Lanes>>(repeating: .init(repeating: .zero))
    if resume {
      for r in 0..<rows {
        for v in 0..<vectors {
          sums[r][v] = UnsafeRawPointer(out + r &* outStride + width &* v).load(as: Lanes.self)
        }
      }
    }
    var xj = InlineArray<rows, UnsafePointer<Double>>(repeating: x + js.lowerBound)
    for r in 0..<rows { xj[r] = x + (r &* stride &+ js.lowerBound) }
    var d = UnsafeRawPointer(dzT + js.lowerBound &* dzStride)
    let dzBytes = dzStride &* MemoryLayout<Double>.size
    for _ in js {
      ahead.step()
      var dz = InlineArray<vectors, Lanes>(repeating: .zero)
      for v in 0..<vectors { dz[v] = d.load(fromByteOffset: 8 &* width &* v, as: Lanes.self) }
      for r in 0..<rows {
        let xr = Lanes(repeating: xj[r].pointee)
        for v in 0..<vectors { sums[r][v] = sums[r][v].addingProduct(dz[v], xr) }
        xj[r] += 1
      }
      d += dzBytes
    }
    for r in 0..<rows {
      for v in 0..<vectors {
        UnsafeMutableRawPointer(out + r &* outStride + width &* v).storeBytes(of: sums[r][v], as: Lanes.self)
      }
    }
  }
}

extension RegisterTiles {
  /// Units per forward tile: eights, then what is left (7 → [7], 20 → [8, 8, 4]). Measured on
  /// the course's models against even splits ([7, 7, 6] for 20): fewer, fuller tiles won.
  static func unitTiles(_ units: Int) -> [Int] {
    Array(repeating: 8, count: units / 8) + (units % 8 == 0 ? [] : [units % 8])
  }

  /// The forward tile of `units` (1…8) × `vectors` (1…3).
  static func forward(
    units: Int, vectors: Int, x: UnsafePointer<Double>, stride: Int, w: UnsafePointer<Double>, wStride: Int,
    ks: Range<Int>, out: UnsafeMutablePointer<Double>, outStride: Int, resume: Bool
  ) {
    forwardKernels[vectors - 1][units - 1](x, stride, w, wStride, ks, out, outStride, resume)
  }

  /// A forward tile of one shape, called as `forward(units:vectors:…)` is minus the shape.
  typealias ForwardKernel = @Sendable (
    UnsafePointer<Double>, Int, UnsafePointer<Double>, Int, Range<Int>, UnsafeMutablePointer<Double>, Int, Bool
  ) -> Void

  private static func kernel<let units: Int, let vectors: Int>(_ shape: TileShape<units, vectors>.Type) -> ForwardKernel {
    { forward(shape, x: $0, stride: $1, w: $2, wStride: $3, ks: $4, out: $5, outStride: $6, resume: $7) }
  }

  /// Every forward shape, by vectors (1…3), then units (1…8).
  private static let forwardKernels: [[ForwardKernel]] = [
    [kernel(TileShape<1, 1>.self), kernel(TileShape<2, 1>.self), kernel(TileShape<3, 1>.self), kernel(TileShape<4, 1>.self),
     kernel(TileShape<5, 1>.self), kernel(TileShape<6, 1>.self), kernel(TileShape<7, 1>.self), kernel(TileShape<8, 1>.self)],
    [kernel(TileShape<1, 2>.self), kernel(TileShape<2, 2>.self), kernel(TileShape<3, 2>.self), kernel(TileShape<4, 2>.self),
     kernel(TileShape<5, 2>.self), kernel(TileShape<6, 2>.self), kernel(TileShape<7, 2>.self), kernel(TileShape<8, 2>.self)],
    [kernel(TileShape<1, 3>.self), kernel(TileShape<2, 3>.self), kernel(TileShape<3, 3>.self), kernel(TileShape<4, 3>.self),
     kernel(TileShape<5, 3>.self), kernel(TileShape<6, 3>.self), kernel(TileShape<7, 3>.self), kernel(TileShape<8, 3>.self)],
  ]

  /// Gradient chains for `rows` rows of X (eight at a time, then one at a time) and `unitStride`
  /// units (in tiles of up to three eight-lane vectors; 17…20 units as five four-lane vectors,
  /// which leaves no lane empty), over the examples `js`, continued from `out` if `resume`.
  static func gradient(
    rows: Int, units: Int, unitStride: Int, x: UnsafePointer<Double>, stride: Int, dzT: UnsafePointer<Double>,
    js: Range<Int>, out: UnsafeMutablePointer<Double>, resume: Bool, ahead: inout LinePrefetcher
  ) {
    var r = 0
    while r < rows {
      let tall = rows - r >= 8
      if (17...20).contains(units) {
        // Eight rows are two tiles of four rows × five four-lane vectors.
        for top in Swift.stride(from: r, to: r + (tall ? 8 : 1), by: 4) {
          (tall ? fourRowsOfFive : oneRowOfFive)(
            x + top * stride, stride, dzT, unitStride, js, out + top * unitStride, unitStride, resume, &ahead)
        }
      } else {
        var v = 0
        while v < unitStride / 8 {
          let count = min(3, unitStride / 8 - v)
          (tall ? eightRows : oneRow)[count - 1](
            x + r * stride, stride, dzT + 8 * v, unitStride, js, out + r * unitStride + 8 * v, unitStride, resume,
            &ahead)
          v += count
        }
      }
      r += tall ? 8 : 1
    }
  }

  /// A gradient tile of one shape, called as `gradient(_:lanes:…)` is minus the shape.
  typealias GradientKernel = @Sendable (
    UnsafePointer<Double>, Int, UnsafePointer<Double>, Int, Range<Int>, UnsafeMutablePointer<Double>, Int, Bool,
    inout LinePrefetcher
  ) -> Void

  private static func kernel<let rows: Int, let vectors: Int, Lanes: SIMD>(
    _ shape: TileShape<rows, vectors>.Type, _ lanes: Lanes.Type
  ) -> GradientKernel where Lanes.Scalar == Double, Lanes: SendableMetatype {
    {
      gradient(shape, lanes: lanes, x: $0, stride: $1, dzT: $2, dzStride: $3, js: $4, out: $5, outStride: $6,
               resume: $7, ahead: &$8)
    }
  }

  /// Eight rows × 1…3 eight-lane vectors.
  private static let eightRows = [
    kernel(TileShape<8, 1>.self, SIMD8<Double>.self), kernel(TileShape<8, 2>.self, SIMD8<Double>.self),
    kernel(TileShape<8, 3>.self, SIMD8<Double>.self),
  ]
  /// One row × 1…3 eight-lane vectors.
  private static let oneRow = [
    kernel(TileShape<1, 1>.self, SIMD8<Double>.self), kernel(TileShape<1, 2>.self, SIMD8<Double>.self),
    kernel(TileShape<1, 3>.self, SIMD8<Double>.self),
  ]
  private static let fourRowsOfFive = kernel(TileShape<4, 5>.self, SIMD4<Double>.self)
  private static let oneRowOfFive = kernel(TileShape<1, 5>.self, SIMD4<Double>.self)
}

/// Hints the lines of a range of memory into L2 one per `step()`, so that the next slice of X is
/// on its way while the kernels work on the current one (a separate pass to pull it in would
/// stall on it instead).
struct LinePrefetcher {
  private var next: UnsafeRawPointer
  private let end: UnsafeRawPointer

  /// Walks `byteCount` bytes from `start`.
  init(start: UnsafeRawPointer, byteCount: Int) {
    next = start
    end = start + byteCount
  }

  /// Hints the next line, if any is left.
  @inline(__always)
  mutating func step() {
    if next < end {
      dnn_prefetch_l2(next)
      next += 64
    }
  }
}
