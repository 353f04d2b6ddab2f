extension MTCursor {
  /// Writes `count` doubles in [0, 1) to `out`, exactly as `count` calls of `nextDouble()`.
  ///
  /// Works through the words left in the current 624-word block in one element-wise loop
  /// (which vectorizes); a double whose two words straddle a twist goes through `nextDouble()`.
  mutating func fillDoubles(_ out: UnsafeMutablePointer<Double>, count: Int) {
    var done = 0
    while done < count {
      if position >= MT19937.stateSize {
        MT19937.twist(words)
        position = 0
      }
      let available = (MT19937.stateSize &- position) / 2
      if available == 0 {
        out[done] = nextDouble()
        done &+= 1
        continue
      }
      let n = min(available, count &- done)
      let base = words + position
      let o = out + done
      for i in 0..<n {
        let a = Double(MT19937.temper(base[2 &* i]) >> 5)
        let b = Double(MT19937.temper(base[2 &* i &+ 1]) >> 6)
        o[i] = (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
      }
      position &+= 2 &* n
      done &+= n
    }
  }
}
