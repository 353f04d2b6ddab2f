/// What `linear_forward` keeps for the backward pass: the notebook's `cache = (A, W, b)`.
public struct LinearCache: Sendable, Equatable {
  /// The layer's input, `A_prev` (n_prev, m).
  public var a: Matrix
  /// The layer's weights `W` (n, n_prev).
  public var w: Matrix
  /// The layer's bias `b` (n, 1).
  public var b: Matrix

  /// A cache of `A_prev`, `W` and `b`.
  public init(a: Matrix, w: Matrix, b: Matrix) {
    self.a = a
    self.w = w
    self.b = b
  }
}

/// What `linear_activation_forward` keeps: the notebook's `cache = (linear_cache, activation_cache)`,
/// where the activation cache is `Z`.
public struct LayerCache: Sendable, Equatable {
  /// `(A_prev, W, b)` of the layer.
  public var linear: LinearCache
  /// The pre-activation `Z = W·A_prev + b` (the activation cache).
  public var z: Matrix

  /// A layer cache from its linear cache and `Z`.
  public init(linear: LinearCache, z: Matrix) {
    self.linear = linear
    self.z = z
  }
}
