/// Which elements of `dsyrk`'s result OpenBLAS 0.3.31 sums with split K chains (SkylakeX kernels,
/// 2 threads, lower triangle of an n × n result, as NumPy's `X.T @ X` asks for).
///
/// The threaded driver (`level3_syrk_threaded.c`, lower) gives thread t the rows
/// [range[t], range[t+1]) with range[1] = ⌊(√(n²/2) + 31) / 32⌋·32 (GEMM_UNROLL_MN = 32); each
/// thread multiplies its rows by column panels (its own, then the other threads'), and
/// `syrk_kernel` cuts every panel into the rectangle below the diagonal and 32-wide diagonal
/// blocks. The SkylakeX `dgemm_kernel` covers a call's columns with 12-wide tiles first; inside
/// those, a 4-row tile sums each K block in two interleaved chains (even and odd k) and a 2- or
/// 1-row tile in four; every other tile sums one plain chain. This was measured on the kernel
/// itself (called directly, tile by tile) and the whole rule checked bit for bit against NumPy's
/// `X.T @ X` for the cat data and random 12288 × n matrices, n from 23 to 250.
enum SyrkTiling {
  /// One element of the lower triangle (row ≥ column) summed in `lanes` interleaved chains.
  struct Element: Equatable {
    let row: Int
    let column: Int
    let lanes: Int
  }

  static let unroll = 32
  static let threads = 2

  /// The split-K elements of an n × n syrk result.
  static func splitElements(size n: Int) -> [Element] {
    var calls: [(rows: Range<Int>, columns: Range<Int>)] = []
    let ranges = threadRanges(n)
    for me in 0..<(ranges.count - 1) {
      let first = ranges[me], last = ranges[me + 1]
      let own = panelWidth(last - first)
      // Its own columns, in panels of at most `unroll` columns.
      var x = first
      while x < last {
        var j = x
        while j < min(last, x + own) {
          let width = min(min(last, x + own) - j, unroll)
          diagonalCall(rows: first..<last, columns: j..<(j + width), into: &calls)
          j += width
        }
        x += own
      }
      // The panels of the threads before it (all below the diagonal).
      var current = me - 1
      while current >= 0 {
        let width = panelWidth(ranges[current + 1] - ranges[current])
        var c = ranges[current]
        while c < ranges[current + 1] {
          diagonalCall(rows: first..<last, columns: c..<min(ranges[current + 1], c + width), into: &calls)
          c += width
        }
        current -= 1
      }
    }
    var elements: [Element] = []
    for call in calls {
      elements += kernelSplits(rows: call.rows, columns: call.columns)
    }
    return elements.filter { $0.row >= $0.column }
  }

  /// The driver's row ranges per thread.
  static func threadRanges(_ n: Int) -> [Int] {
    var ranges = [0]
    var i = 0, assigned = 0
    let share = Double(n) * Double(n) / Double(threads)
    let mask = unroll - 1
    while i < n {
      var width: Int
      if threads - assigned > 1 {
        let di = Double(i)
        width = Int((share + di * di).squareRoot() - di + Double(mask)) / (mask + 1) * (mask + 1)
        if width > n - i || width < mask { width = n - i }
      } else {
        width = n - i
      }
      ranges.append(ranges[ranges.count - 1] + width)
      assigned += 1
      i += width
    }
    return ranges
  }

  /// `div_n`: half a thread's range, rounded up to the unroll.
  static func panelWidth(_ size: Int) -> Int {
    ((size + 1) / 2 + unroll - 1) / unroll * unroll
  }

  /// `syrk_kernel` (lower) for `rows` × `columns`: the parts of the call that reach the kernel.
  static func diagonalCall(rows: Range<Int>, columns: Range<Int>, into calls: inout [(rows: Range<Int>, columns: Range<Int>)]) {
    var row0 = rows.lowerBound, m = rows.count, col0 = columns.lowerBound, n = columns.count
    var offset = row0 - col0
    func kernel(_ r: Int, _ rowCount: Int, _ c: Int, _ colCount: Int) {
      if rowCount > 0 && colCount > 0 { calls.append((r..<(r + rowCount), c..<(c + colCount))) }
    }
    if m + offset < 0 { return }
    if n < offset { kernel(row0, m, col0, n); return }
    if offset > 0 {
      kernel(row0, m, col0, offset)
      col0 += offset
      n -= offset
      offset = 0
      if n <= 0 { return }
    }
    if n > m + offset {
      n = m + offset
      if n <= 0 { return }
    }
    if offset < 0 {
      row0 -= offset
      m += offset
      offset = 0
      if m <= 0 { return }
    }
    if m > n - offset {
      kernel(row0 + n - offset, m - n + offset, col0, n)
      m = n + offset
      if m <= 0 { return }
    }
    var loop = 0
    while loop < n {
      let mm = loop & ~(unroll - 1), nn = min(unroll, n - loop)
      kernel(row0 + loop, nn, col0 + loop, nn)
      kernel(row0 + mm + nn, m - mm - nn, col0 + loop, nn)
      loop += unroll
    }
  }

  /// The split-K elements of one `dgemm_kernel` call: 12-wide column tiles, row tiles of 16, 8,
  /// 4, 2 and 1; a 4-row tile splits in two, 2- and 1-row tiles in four.
  static func kernelSplits(rows: Range<Int>, columns: Range<Int>) -> [Element] {
    let wide = columns.count / 12 * 12
    guard wide > 0 else { return [] }
    var elements: [Element] = []
    var i = 0, m = rows.count
    for height in [16, 8, 4, 2, 1] {
      let repeats = height == 16 ? m / 16 : (m >= height ? 1 : 0)
      for _ in 0..<repeats {
        if height <= 4 {
          for r in i..<(i + height) {
            for c in 0..<wide {
              elements.append(Element(row: rows.lowerBound + r, column: columns.lowerBound + c, lanes: height == 4 ? 2 : 4))
            }
          }
        }
        i += height
        m -= height
      }
    }
    return elements
  }
}
