import CHints

/// Whether the training kernels run at full speed here, and what to do when they do not.
///
/// The kernels reproduce OpenBLAS's and NumPy's fused multiply-adds bit for bit. Built for a CPU
/// with FMA instructions, each one is a single instruction; built for the default x86-64 target
/// (plain `swift build -c release`), each one is a call to libm's `fma` and the SIMD kernels lose
/// their vector width: the same bits, 10 to 60 times slower. Swift has
/// no per-function target attribute, so the package cannot carry both builds itself; the
/// Makefile's release build passes `-target-cpu native`.
public enum KernelBuild {
  /// The kernels were compiled with hardware fused multiply-add.
  public static var fusedMultiplyAddCompiledIn: Bool { dnn_fma_compiled_in() != 0 }

  /// This CPU has fused multiply-add instructions.
  public static var cpuHasFusedMultiplyAdd: Bool { dnn_cpu_has_fma() != 0 }

  /// One line for stderr when training takes the slow path, nil when it does not: how to build
  /// the fast one, or that this CPU has none.
  public static var slowPathWarning: String? {
    if fusedMultiplyAddCompiledIn { return nil }
    if cpuHasFusedMultiplyAdd {
      return "warning: this dnn-conformance was built without FMA instructions, so training is 10 to 60 times slower "
        + "(same results); build it with `make build` or "
        + "`swift build -c release -Xswiftc -target-cpu -Xswiftc native` for the fast kernels"
    }
    return "warning: this CPU has no fused multiply-add instructions: training emulates them exactly in "
      + "software, 10 to 60 times slower than on a CPU with FMA (same results)"
  }
}
