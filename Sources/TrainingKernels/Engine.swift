import CHints
import DeepNet
import TrainingTypes

/// This build of the kernels, as `Training` calls it (see `TrainingEngine`).
package enum Engine: TrainingEngine {
  package static var fusedMultiplyAddCompiledIn: Bool { dnn_fma_compiled_in() != 0 }

  package static func train(
    _ trainer: FastTrainer, x: Matrix, y: Matrix, initial: Parameters, onCost: (LoggedCost) -> Void
  ) throws -> TrainingResult {
    try trainer.run(x: x, y: y, initial: initial, onCost: onCost)
  }

  package static func trainTogether(
    _ trainer: FastTrainer, x: Matrix, y: Matrix, initials: [Parameters], onCost: (Int, LoggedCost) -> Void
  ) throws -> [TrainingResult] {
    try trainer.runTogether(x: x, y: y, initials: initials, onCost: onCost)
  }

  package static func train(
    _ trainer: LogisticTrainer, x: Matrix, y: Matrix, testX: Matrix, testY: Matrix, gram: Matrix?
  ) throws -> LogisticTrainer.Result {
    try trainer.run(x: x, y: y, testX: testX, testY: testY, gram: gram)
  }

  package static func gram(of x: Matrix) -> Matrix {
    LogisticTrainer.gramMatrix(of: x)
  }

  package static func train(_ trainer: PlanarTrainer, x: Matrix, y: Matrix) throws -> PlanarTrainer.Result {
    try trainer.run(x: x, y: y)
  }
}
