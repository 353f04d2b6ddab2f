/// The summation orders of the OpenBLAS 0.3.31 double-precision kernels NumPy 2.4.6 calls on this
/// kind of machine (scipy-openblas, DYNAMIC_ARCH, SkylakeX kernels, 2 threads), reproduced
/// operation for operation so that every product element equals NumPy's bit for bit.
///
/// Everything is in BLAS's column-major terms: C (M × N) = A (M × K) · B (K × N), with
/// `C[i + j * ldc]`. Three element orders occur (all with fused multiply-adds):
/// - a *chain*: `acc = 0; acc = fma(A[i,p], B[p,j], acc)` for p ascending;
/// - *lanes*: eight chains, lane l taking the p ≡ l (mod 8), then summed by one of two trees;
/// - the gemv kernels' own groupings (see `gemvN` and `gemvT`).
/// Which one an element gets depends on the call (see `NumPyDot`) and on its position.
enum BLASKernels {
  /// ((l0+l1)+(l2+l3))+((l4+l5)+(l6+l7)): the small kernels' four-at-once reduction.
  @inline(__always)
  static func pairTree(_ l: SIMD8<Double>) -> Double {
    ((l[0] + l[1]) + (l[2] + l[3])) + ((l[4] + l[5]) + (l[6] + l[7]))
  }

  /// ((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7)): `_mm512_reduce_add_pd` as GCC compiles it.
  @inline(__always)
  static func halvesTree(_ l: SIMD8<Double>) -> Double {
    ((l[0] + l[4]) + (l[2] + l[6])) + ((l[1] + l[5]) + (l[3] + l[7]))
  }

  /// One chain: Σ A[i,p]·B[p,j] over `ks`, fused, from zero.
  @inline(__always)
  static func chain(_ a: StridedMatrix, _ b: StridedMatrix, _ i: Int, _ j: Int, _ ks: Range<Int>) -> Double {
    var acc = 0.0
    for p in ks { acc = acc.addingProduct(a[i, p], b[p, j]) }
    return acc
  }

  /// Eight lanes over p ≡ l (mod 8), summed by `pairTree` or `halvesTree`.
  @inline(__always)
  static func lanes(_ a: StridedMatrix, _ b: StridedMatrix, _ i: Int, _ j: Int, k: Int, pairs: Bool) -> Double {
    var acc = SIMD8<Double>()
    var p = 0
    if a.colStride == 1 && b.rowStride == 1 {
      let pa = a.base + i * a.rowStride, pb = b.base + j * b.colStride
      while p + 8 <= k {
        let va = UnsafeRawPointer(pa + p).loadUnaligned(as: SIMD8<Double>.self)
        let vb = UnsafeRawPointer(pb + p).loadUnaligned(as: SIMD8<Double>.self)
        acc = acc.addingProduct(va, vb)
        p += 8
      }
    }
    while p < k {
      var va = SIMD8<Double>(), vb = SIMD8<Double>()
      for l in 0..<min(8, k - p) {
        va[l] = a[i, p + l]
        vb[l] = b[p + l, j]
      }
      acc = acc.addingProduct(va, vb)
      p += 8
    }
    return pairs ? pairTree(acc) : halvesTree(acc)
  }

  /// Plain chains for rows `rows` and every column, written as `scale * acc` (`scale` 1 for the
  /// small kernels, which store `alpha * acc`) or added into C (`accumulate`, for K blocks).
  /// Rows of A that are contiguous are taken eight at a time; each lane is the same chain.
  static func chains(
    _ a: StridedMatrix, _ b: StridedMatrix, rows: Range<Int>, n: Int, ks: Range<Int>,
    c: UnsafeMutablePointer<Double>, ldc: Int, accumulate: Bool
  ) {
    var i = rows.lowerBound
    if a.rowStride == 1 {
      while i + 8 <= rows.upperBound {
        var j = 0
        // Four columns at a time: four independent chains keep the FMA unit busy.
        while j + 4 <= n {
          var acc0 = SIMD8<Double>(), acc1 = SIMD8<Double>(), acc2 = SIMD8<Double>(), acc3 = SIMD8<Double>()
          for p in ks {
            let va = UnsafeRawPointer(a.base + i + p * a.colStride).loadUnaligned(as: SIMD8<Double>.self)
            acc0 = acc0.addingProduct(va, SIMD8(repeating: b[p, j]))
            acc1 = acc1.addingProduct(va, SIMD8(repeating: b[p, j + 1]))
            acc2 = acc2.addingProduct(va, SIMD8(repeating: b[p, j + 2]))
            acc3 = acc3.addingProduct(va, SIMD8(repeating: b[p, j + 3]))
          }
          store(acc0, c + i + j * ldc, accumulate)
          store(acc1, c + i + (j + 1) * ldc, accumulate)
          store(acc2, c + i + (j + 2) * ldc, accumulate)
          store(acc3, c + i + (j + 3) * ldc, accumulate)
          j += 4
        }
        while j < n {
          var acc = SIMD8<Double>()
          for p in ks {
            let va = UnsafeRawPointer(a.base + i + p * a.colStride).loadUnaligned(as: SIMD8<Double>.self)
            acc = acc.addingProduct(va, SIMD8(repeating: b[p, j]))
          }
          store(acc, c + i + j * ldc, accumulate)
          j += 1
        }
        i += 8
      }
    }
    while i < rows.upperBound {
      for j in 0..<n {
        let acc = chain(a, b, i, j, ks)
        if accumulate { c[i + j * ldc] = c[i + j * ldc] + acc } else { c[i + j * ldc] = acc }
      }
      i += 1
    }
  }

  /// Writes (or adds, for a later K block) eight results.
  @inline(__always)
  static func store(_ value: SIMD8<Double>, _ out: UnsafeMutablePointer<Double>, _ accumulate: Bool) {
    if accumulate {
      let old = UnsafeRawPointer(out).loadUnaligned(as: SIMD8<Double>.self)
      UnsafeMutableRawPointer(out).storeBytes(of: old + value, as: SIMD8<Double>.self)
    } else {
      UnsafeMutableRawPointer(out).storeBytes(of: value, as: SIMD8<Double>.self)
    }
  }

  /// `dgemm_small_kernel_b0_nn`: chains, except that when 1–4 rows are left over after the
  /// blocks of eight and K ≥ 16 those rows are done in lanes (`pairTree` for the first four
  /// columns groups and for a four-row remainder, `halvesTree` otherwise).
  static func smallNN(
    m: Int, n: Int, k: Int, _ a: StridedMatrix, _ b: StridedMatrix, c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    let m8 = m & ~7, m4 = m & ~3, n4 = n & ~3
    chains(a, b, rows: 0..<m8, n: n, ks: 0..<k, c: c, ldc: ldc, accumulate: false)
    let left = m - m8
    guard left > 0 else { return }
    if left > 4 || k < 16 {
      chains(a, b, rows: m8..<m, n: n, ks: 0..<k, c: c, ldc: ldc, accumulate: false)
      return
    }
    for i in m8..<m {
      for j in 0..<n {
        c[i + j * ldc] = lanes(a, b, i, j, k: k, pairs: i < m4 || j < n4)
      }
    }
  }

  /// `dgemm_small_kernel_b0_tn`: every element in lanes (`pairTree` for rows in blocks of four
  /// and for columns in blocks of four, `halvesTree` for the rest).
  static func smallTN(
    m: Int, n: Int, k: Int, _ a: StridedMatrix, _ b: StridedMatrix, c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    let m4 = m & ~3, n4 = n & ~3
    for j in 0..<n {
      for i in 0..<m {
        c[i + j * ldc] = lanes(a, b, i, j, k: k, pairs: i < m4 || j < n4)
      }
    }
  }

  /// `dgemm_small_kernel_b0_nt`: chains for every element.
  static func smallNT(
    m: Int, n: Int, k: Int, _ a: StridedMatrix, _ b: StridedMatrix, c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    chains(a, b, rows: 0..<m, n: n, ks: 0..<k, c: c, ldc: ldc, accumulate: false)
  }

  /// The K blocks of the level-3 driver: 384 while at least 768 are left, then one or two blocks
  /// (halved as the threaded driver does, or rounded to 16 as the single-thread one does).
  static func kBlocks(_ k: Int, threaded: Bool) -> [Range<Int>] {
    var blocks: [Range<Int>] = []
    var start = 0
    while start < k {
      var size = k - start
      if size >= 768 {
        size = 384
      } else if size > 384 {
        size = threaded ? (size + 1) / 2 : (size / 2 + 15) / 16 * 16
      }
      blocks.append(start..<(start + size))
      start += size
    }
    return blocks
  }

  /// The level-3 path (`dgemm_beta` to zero, then one kernel call per K block adding into C):
  /// per element `c = 0; c = c + chain(block)` block by block. Reproduced for the shapes of the
  /// course's models, whose column tiles never take the kernel's split-K edge variants.
  static func bigGemm(
    m: Int, n: Int, k: Int, _ a: StridedMatrix, _ b: StridedMatrix, c: UnsafeMutablePointer<Double>, ldc: Int,
    threaded: Bool
  ) {
    for j in 0..<n { (c + j * ldc).update(repeating: 0, count: m) }
    for block in kBlocks(k, threaded: threaded) {
      chains(a, b, rows: 0..<m, n: n, ks: block, c: c, ldc: ldc, accumulate: true)
    }
  }

  /// `dgemv_n` (y = A·x, A m × n with `a[i + p * lda]`): rows in blocks of four columns, each
  /// block `t = a1·x1; t = fma(a0,x0,t); fma(a2,x2,·); fma(a3,x3,·); y += t`; a pair of columns
  /// `t = a1·x1; fma(a0,x0,t); y += t`; a single column `y = y + a·x` (no fusion); the last
  /// m mod 4 rows as one chain each.
  static func gemvN(m: Int, n: Int, a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
                    y: UnsafeMutablePointer<Double>) {
    let body = m - (m & 3)
    y.update(repeating: 0, count: m)
    var p = 0
    while p + 4 <= n {
      let a0 = a + p * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda
      for i in 0..<body {
        var t = a1[i] * x[p + 1]
        t = t.addingProduct(a0[i], x[p])
        t = t.addingProduct(a2[i], x[p + 2])
        t = t.addingProduct(a3[i], x[p + 3])
        y[i] = y[i] + t
      }
      p += 4
    }
    if (n - p) & 2 != 0 {
      let a0 = a + p * lda, a1 = a0 + lda
      for i in 0..<body {
        var t = a1[i] * x[p + 1]
        t = t.addingProduct(a0[i], x[p])
        y[i] = y[i] + t
      }
      p += 2
    }
    if (n - p) & 1 != 0 {
      let a0 = a + p * lda
      for i in 0..<body { y[i] = y[i] + a0[i] * x[p] }
    }
    for i in body..<m {
      var t = 0.0
      for q in 0..<n { t = t.addingProduct(a[i + q * lda], x[q]) }
      y[i] = y[i] + t
    }
  }

  /// `dgemv_t` (y = Aᵀ·x, A m × n with `a[r + j * lda]`): over the first m − m mod 4 rows, columns
  /// in fours with four fused lanes (row mod 4) summed (l0+l2)+(l1+l3); a pair of columns with two
  /// unfused lanes (row mod 2) summed; a single column with four unfused lanes summed
  /// (l0+l2)+(l1+l3); then the last rows added in (one row: fused; two or three: as a small sum).
  static func gemvT(m: Int, n: Int, a: UnsafePointer<Double>, lda: Int, x: UnsafePointer<Double>,
                    y: UnsafeMutablePointer<Double>) {
    let rest = m & 3, body = m - rest
    y.update(repeating: 0, count: n)
    var j = 0
    while j + 4 <= n {
      for col in j..<(j + 4) {
        let column = a + col * lda
        var l = SIMD4<Double>()
        for r in 0..<body { l[r & 3] = l[r & 3].addingProduct(column[r], x[r]) }
        y[col] = y[col] + ((l[0] + l[2]) + (l[1] + l[3]))
      }
      j += 4
    }
    if (n - j) & 2 != 0 {
      for col in j..<(j + 2) {
        let column = a + col * lda
        var l = SIMD2<Double>()
        for r in 0..<body { l[r & 1] = l[r & 1] + column[r] * x[r] }
        y[col] = y[col] + (l[0] + l[1])
      }
      j += 2
    }
    if (n - j) & 1 != 0 {
      let column = a + j * lda
      var l = SIMD4<Double>()
      for r in 0..<body { l[r & 3] = l[r & 3] + column[r] * x[r] }
      y[j] = y[j] + ((l[0] + l[2]) + (l[1] + l[3]))
    }
    switch rest {
    case 1:
      for col in 0..<n { y[col] = y[col].addingProduct(a[body + col * lda], x[body]) }
    case 2:
      for col in 0..<n {
        var t = a[body + 1 + col * lda] * x[body + 1]
        t = t.addingProduct(a[body + col * lda], x[body])
        y[col] = y[col] + t
      }
    case 3:
      for col in 0..<n {
        var t = a[body + 1 + col * lda] * x[body + 1]
        t = t.addingProduct(a[body + col * lda], x[body])
        t = t.addingProduct(a[body + 2 + col * lda], x[body + 2])
        y[col] = y[col] + t
      }
    default:
      break
    }
  }
}

/// A read-only view of a column-major operand: element (i, p) at `base[i * rowStride + p * colStride]`.
struct StridedMatrix {
  let base: UnsafePointer<Double>
  let rowStride: Int
  let colStride: Int

  @inline(__always)
  subscript(i: Int, p: Int) -> Double { base[i * rowStride + p * colStride] }
}
