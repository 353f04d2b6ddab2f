import DeepNet

/// Trains [LINEAR→RELU]×(L−1) → LINEAR→SIGMOID as the notebook's `two_layer_model` and
/// `L_layer_model` do, with NumPy's own arithmetic (`NumPyLayers`), the first layer's products over
/// X done fast (`FirstLayer`), and optionally Z1 carried through the Gram matrix
/// (`TrainingArithmetic.gram`).
public struct FastTrainer: Sendable {
  /// The run's settings.
  public let options: TrainingOptions
  /// Use the streamed first-layer kernels even where NumPy would take gemv or the small-matrix
  /// kernels (tests exercise them on small data this way; the results then follow the level-3
  /// summation order instead of NumPy's for that size).
  package let forcesFirstLayerKernels: Bool

  /// A trainer with `options`.
  public init(options: TrainingOptions = TrainingOptions()) {
    self.init(options: options, forcesFirstLayerKernels: false)
  }

  /// A trainer that may force the first-layer kernels (see `forcesFirstLayerKernels`).
  package init(options: TrainingOptions, forcesFirstLayerKernels: Bool) {
    self.options = options
    self.forcesFirstLayerKernels = forcesFirstLayerKernels
  }
}
