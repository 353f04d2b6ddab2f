@_exported import TrainingTypes
import DeepNet

extension FastTrainer {
  /// Runs the training loop from `initial` parameters; `onCost` sees every logged cost as it comes.
  public func train(
    x: Matrix, y: Matrix, initial: Parameters, onCost: (LoggedCost) -> Void = { _ in }
  ) throws -> TrainingResult {
    try KernelBuild.engine.train(self, x: x, y: y, initial: initial, onCost: onCost)
  }

  /// Trains several models on the same X and Y at once, each exactly as `train(x:y:initial:)`
  /// would, returning their results in order. With the literal arithmetic, the models whose
  /// products over X take NumPy's level-3 path share one pass over X per iteration (their first
  /// layers stacked: every element is still one chain over its own row, so the bits are those of
  /// each model trained alone).
  public func trainTogether(
    x: Matrix, y: Matrix, initials: [Parameters], onCost: (Int, LoggedCost) -> Void = { _, _ in }
  ) throws -> [TrainingResult] {
    try KernelBuild.engine.trainTogether(self, x: x, y: y, initials: initials, onCost: onCost)
  }
}

extension LogisticTrainer {
  /// Trains on (x, y) and predicts both splits. `gram` may be passed in when several runs share X.
  public func train(x: Matrix, y: Matrix, testX: Matrix, testY: Matrix, gram: Matrix? = nil) throws -> Result {
    try KernelBuild.engine.train(self, x: x, y: y, testX: testX, testY: testY, gram: gram)
  }

  /// G = X.T @ X as NumPy rounds it.
  public static func gram(of x: Matrix) -> Matrix {
    KernelBuild.engine.gram(of: x)
  }
}

extension PlanarTrainer {
  /// Trains on (x, y): x is n_x × m, y 1 × m.
  public func train(x: Matrix, y: Matrix) throws -> Result {
    try KernelBuild.engine.train(self, x: x, y: y)
  }
}
