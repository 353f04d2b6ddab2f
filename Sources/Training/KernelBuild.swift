import CHints
import TrainingKernels

#if canImport(TrainingKernelsFMA)
import TrainingKernelsFMA
#endif
#if canImport(TrainingKernelsAVX512)
import TrainingKernelsAVX512
#endif

/// Which build of the training kernels runs here, and what to say when it is the slow one.
///
/// The kernels reproduce OpenBLAS's and NumPy's fused multiply-adds bit for bit. Compiled for
/// the default x86-64 target (a plain `swift build -c release`), each one is a call to libm's
/// `fma` and the SIMD kernels lose their vector width: the same bits, 10 to 60 times slower.
/// Swift has no per-function target attribute, so on x86-64 the package compiles the kernels
/// twice more, for AVX2 and FMA (`TrainingKernelsFMA`) and for AVX-512 (`TrainingKernelsAVX512`),
/// from the same sources, and picks the widest build the CPU runs. arm64 always has fused
/// multiply-add.
public enum KernelBuild {
  /// The kernels that run here: the default build when it already has hardware fused
  /// multiply-add (arm64, or `-target-cpu native` as the Makefile builds), else the widest build
  /// this CPU runs.
  package static let engine: any TrainingEngine.Type =
    TrainingKernels.Engine.fusedMultiplyAddCompiledIn ? TrainingKernels.Engine.self : runnableEngines.last!

  /// Every build of the kernels this CPU can run, narrowest first: the default one, then the
  /// AVX2/FMA and AVX-512 builds where the CPU has their instructions (tests compare them all).
  package static var runnableEngines: [any TrainingEngine.Type] {
    var engines: [any TrainingEngine.Type] = [TrainingKernels.Engine.self]
    #if canImport(TrainingKernelsFMA)
    if dnn_cpu_runs_haswell_code() != 0 { engines.append(TrainingKernelsFMA.Engine.self) }
    #endif
    #if canImport(TrainingKernelsAVX512)
    if dnn_cpu_runs_avx512_code() != 0 { engines.append(TrainingKernelsAVX512.Engine.self) }
    #endif
    return engines
  }

  /// The kernels that run here use hardware fused multiply-add.
  public static var fusedMultiplyAddCompiledIn: Bool { engine.fusedMultiplyAddCompiledIn }

  /// This CPU runs one of the kernels' wider builds (x86-64 with AVX2, FMA and their
  /// generation's other instructions), and the package has it.
  package static var cpuRunsTheFastBuild: Bool { runnableEngines.count > 1 }

  /// This CPU has fused multiply-add instructions.
  public static var cpuHasFusedMultiplyAdd: Bool { dnn_cpu_has_fma() != 0 }

  /// One line for stderr when training takes the slow path, nil when it does not: that this CPU
  /// has no fused multiply-add, or (a CPU with FMA but without the rest of AVX2's generation, or a
  /// build without the second kernel build) how to build for this CPU.
  public static var slowPathWarning: String? {
    if fusedMultiplyAddCompiledIn { return nil }
    if cpuHasFusedMultiplyAdd {
      return "warning: this CPU has fused multiply-add but this dnn-conformance's kernels do not use it, so "
        + "training is 10 to 60 times slower (same results); build for this CPU with "
        + "`swift build -c release -Xswiftc -target-cpu -Xswiftc native` (what `make build` does)"
    }
    return "warning: this CPU has no fused multiply-add instructions: training emulates them exactly in "
      + "software, 10 to 60 times slower than on a CPU with FMA (same results)"
  }
}
