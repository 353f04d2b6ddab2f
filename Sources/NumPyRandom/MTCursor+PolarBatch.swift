#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The bulk gaussian path: NumPy's polar method, evaluated a block of candidates at a time.
///
/// Every polar candidate uses exactly four words (x1 from two, x2 from two) whether it is
/// accepted or not, so the candidates that the words left in the current 624-word block can
/// make are known in advance. They are evaluated together (no branch per candidate), the
/// accepted ones are listed, their logarithms taken in one loop of independent calls, and
/// `sqrt(-2 * log(r2) / r2)` finished eight lanes at a time. Each step is the same
/// IEEE operation on the same operands as `polarPair()` (division and square root are correctly
/// rounded in any width; `log` is the same glibc call; nothing is fused), so the draws are
/// identical. When the request is satisfied part-way through a block, the read position is set
/// just after the last candidate NumPy would have used; candidates that would cross into the
/// next block (and the twist) go through the one-at-a-time `polarPair()`.
extension MTCursor {
  /// Candidates per block at most: 624 words / 4.
  static let candidatesPerBlock = MT19937.stateSize / 4

  /// Writes `pairs` accepted polar pairs to `out` as (first, second, first, second, ...).
  mutating func fillPolarPairs(_ out: UnsafeMutablePointer<Double>, pairs: Int) {
    guard pairs > 0 else { return }
    let capacity = MTCursor.candidatesPerBlock
    withUnsafeTemporaryAllocation(of: Double.self, capacity: 7 * capacity) { scratch in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: capacity) { indices in
        let x1s = scratch.baseAddress!
        let x2s = x1s + capacity
        let r2s = x2s + capacity
        let finishing = r2s + capacity
        let ends = indices.baseAddress!
        var done = 0
        while done < pairs {
          if position >= MT19937.stateSize {
            MT19937.twist(words)
            position = 0
          }
          let candidates = (MT19937.stateSize - position) / 4
          if candidates == 0 {
            // Fewer than four words left: this candidate straddles the twist.
            let pair = polarPair()
            out[2 &* done] = pair.first
            out[2 &* done &+ 1] = pair.second
            done += 1
            continue
          }
          let accepted = evaluateCandidates(
            candidates, x1s: x1s, x2s: x2s, r2s: r2s, ends: ends)
          let used = min(accepted, pairs - done)
          // Words consumed: through the candidate that completed the request, or the whole run.
          position += used < accepted ? 4 * (ends[used - 1] + 1) : 4 * candidates
          finishPairs(
            used, accepted: ends, x1s: x1s, x2s: x2s, r2s: r2s, scratch: finishing,
            out: out + 2 &* done)
          done += used
        }
      }
    }
  }

  /// Evaluates `count` candidates from the words at `position` (without moving it) into `x1s`,
  /// `x2s`, `r2s`, and lists the accepted ones (0 < r2 < 1): `ends[j]` is the candidate index
  /// of accepted pair j. Returns how many were accepted.
  @inline(__always)
  private func evaluateCandidates(
    _ count: Int,
    x1s: UnsafeMutablePointer<Double>, x2s: UnsafeMutablePointer<Double>,
    r2s: UnsafeMutablePointer<Double>, ends: UnsafeMutablePointer<Int>
  ) -> Int {
    let base = words + position
    // Every candidate, element-wise (vectorizes).
    for c in 0..<count {
      let w = base + 4 &* c
      let a1 = Double(MT19937.temper(w[0]) >> 5)
      let b1 = Double(MT19937.temper(w[1]) >> 6)
      let a2 = Double(MT19937.temper(w[2]) >> 5)
      let b2 = Double(MT19937.temper(w[3]) >> 6)
      let x1 = 2.0 * ((a1 * 67_108_864.0 + b1) / 9_007_199_254_740_992.0) - 1.0
      let x2 = 2.0 * ((a2 * 67_108_864.0 + b2) / 9_007_199_254_740_992.0) - 1.0
      x1s[c] = x1
      x2s[c] = x2
      r2s[c] = x1 * x1 + x2 * x2
    }
    // Note the accepted ones, in order, without a branch on the random outcome (a branch
    // would mispredict on about one candidate in five): each slot is written, and kept only
    // if the candidate is accepted. r2 is a sum of squares, never negative, -0.0 or NaN, so
    // `0 < r2 < 1` is `0 < bits < bits(1.0)`; both tests are done with integer arithmetic.
    let below = (1.0).bitPattern &- 1
    var accepted = 0
    for c in 0..<count {
      let bits = r2s[c].bitPattern
      // bits - 1 < bits(1.0) - 1, valid for bits != 0 (both sides are below 2^63) ...
      let belowOne = ((bits &- 1) &- below) >> 63
      // ... and bits != 0.
      let nonZero = (bits | (0 &- bits)) >> 63
      ends[accepted] = c
      accepted &+= Int(truncatingIfNeeded: belowOne & nonZero)
    }
    return accepted
  }

  /// `f = sqrt(-2 * log(r2) / r2)`, then `(f * x2, f * x1)` for the first `count` accepted pairs.
  ///
  /// `scratch` holds room for 4 * `candidatesPerBlock` doubles.
  @inline(__always)
  private func finishPairs(
    _ count: Int, accepted ends: UnsafeMutablePointer<Int>,
    x1s: UnsafeMutablePointer<Double>, x2s: UnsafeMutablePointer<Double>,
    r2s: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>,
    out: UnsafeMutablePointer<Double>
  ) {
    let capacity = MTCursor.candidatesPerBlock
    let logs = scratch
    let r2 = scratch + capacity
    let x1 = r2 + capacity
    let x2 = x1 + capacity
    // The accepted pairs gathered side by side, and their logs, in a loop of independent
    // calls so that the calls' latencies overlap.
    for j in 0..<count {
      let c = ends[j]
      r2[j] = r2s[c]
      x1[j] = x1s[c]
      x2[j] = x2s[c]
      logs[j] = log(r2s[c])
    }
    // Then eight lanes at a time. Lane-wise division, square root and products are the same
    // correctly rounded operations as the scalar ones in `polarPair()`; a scalar loop would
    // not vectorize here, because Swift's scalar square root keeps C's errno check on Linux.
    typealias Lanes = SIMD8<Double>
    let width = Lanes.scalarCount
    var j = 0
    while j &+ width <= count {
      let l = UnsafeRawPointer(logs + j).loadUnaligned(as: Lanes.self)
      let f = (-2.0 * l / UnsafeRawPointer(r2 + j).loadUnaligned(as: Lanes.self)).squareRoot()
      let first = f * UnsafeRawPointer(x2 + j).loadUnaligned(as: Lanes.self)
      let second = f * UnsafeRawPointer(x1 + j).loadUnaligned(as: Lanes.self)
      let o = out + 2 &* j
      for k in 0..<width {
        o[2 &* k] = first[k]
        o[2 &* k &+ 1] = second[k]
      }
      j &+= width
    }
    while j < count {
      let f = (-2.0 * logs[j] / r2[j]).squareRoot()
      out[2 &* j] = f * x2[j]
      out[2 &* j &+ 1] = f * x1[j]
      j &+= 1
    }
  }
}
