import DeepNet

/// One build of the training kernels. The package compiles the same kernel sources three times on
/// x86-64 — for the default target, for CPUs with AVX2 and FMA (`TrainingKernelsFMA`) and for
/// AVX-512 (`TrainingKernelsAVX512`) — and `Training` calls the widest one this CPU runs. Both compute the same bits: the kernels
/// spell every fused multiply-add out, and the compiler contracts nothing on its own.
package protocol TrainingEngine: SendableMetatype {
  /// Whether this build turns `addingProduct` into a hardware fused multiply-add (otherwise each
  /// one is a call to libm's `fma`, the same bits 10 to 60 times slower).
  static var fusedMultiplyAddCompiledIn: Bool { get }

  /// `FastTrainer.train(x:y:initial:onCost:)`.
  static func train(
    _ trainer: FastTrainer, x: Matrix, y: Matrix, initial: Parameters, onCost: (LoggedCost) -> Void
  ) throws -> TrainingResult

  /// `FastTrainer.trainTogether(x:y:initials:onCost:)`.
  static func trainTogether(
    _ trainer: FastTrainer, x: Matrix, y: Matrix, initials: [Parameters], onCost: (Int, LoggedCost) -> Void
  ) throws -> [TrainingResult]

  /// `LogisticTrainer.train(x:y:testX:testY:gram:)`.
  static func train(
    _ trainer: LogisticTrainer, x: Matrix, y: Matrix, testX: Matrix, testY: Matrix, gram: Matrix?
  ) throws -> LogisticTrainer.Result

  /// `LogisticTrainer.gram(of:)`.
  static func gram(of x: Matrix) -> Matrix

  /// `PlanarTrainer.train(x:y:)`.
  static func train(_ trainer: PlanarTrainer, x: Matrix, y: Matrix) throws -> PlanarTrainer.Result
}
