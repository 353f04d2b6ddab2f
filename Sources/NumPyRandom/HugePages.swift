#if canImport(Glibc)
import Glibc
#endif

/// Asks Linux to back a large, not yet touched buffer with transparent huge pages.
///
/// A 10^7-draw array is 80 MB; filling it fresh from the allocator costs one page fault per
/// 4 KB page, which takes longer than generating the draws. With 2 MB pages there are 512
/// times fewer faults. Only the 2 MB-aligned middle of the buffer is advised; the advice is a
/// hint (ignored where THP is off) and changes no values. Elsewhere this does nothing.
func adviseHugePages(_ start: UnsafeMutableRawPointer, byteCount: Int) {
  #if os(Linux)
  let huge = 2 << 20
  guard byteCount >= 4 * huge else { return }
  let mask = UInt(huge - 1)
  let first = (UInt(bitPattern: start) + mask) & ~mask
  let last = (UInt(bitPattern: start) + UInt(byteCount)) & ~mask
  guard last > first, let aligned = UnsafeMutableRawPointer(bitPattern: first) else { return }
  _ = madvise(aligned, Int(last - first), MADV_HUGEPAGE)
  #endif
}
