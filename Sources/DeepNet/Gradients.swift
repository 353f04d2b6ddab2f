/// How `L_model_backward` names the activation gradients; the editions differ.
public enum GradientKeyConvention: Sendable, Equatable {
  /// The blog (testCases_v2) edition: `grads["dA" + str(l)]` is the gradient with respect to the
  /// *input* of layer l (the `dA_prev` that layer l returns); keys dA1 … dAL.
  case blog
  /// testCases_v3/v4 and later: `grads["dA" + str(l - 1)]` is the `dA_prev` of layer l;
  /// keys dA0 … dA(L-1).
  case v3
}

/// The gradients of the cost: the notebook's `grads` dictionary (`"dA…"`, `"dW1"`, `"db1"`, …).
public struct Gradients: Sendable, Equatable {
  /// The gradients computed while going back through one layer.
  public struct Layer: Sendable, Equatable {
    /// Gradient with respect to the layer's input `A_prev` (absent when not computed, as in the
    /// `update_parameters` test case).
    public var dAPrev: Matrix?
    /// Gradient with respect to `W`.
    public var dW: Matrix
    /// Gradient with respect to `b`.
    public var db: Matrix

    /// A layer's gradients.
    public init(dAPrev: Matrix?, dW: Matrix, db: Matrix) {
      self.dAPrev = dAPrev
      self.dW = dW
      self.db = db
    }
  }

  /// Layers 1 … L; `layers[l - 1]` holds what going back through layer l produced.
  public var layers: [Layer]
  /// How the `dA` keys are numbered.
  public var convention: GradientKeyConvention

  /// Gradients made of `layers` (layer 1 first), named by `convention`.
  public init(layers: [Layer], convention: GradientKeyConvention = .blog) {
    self.layers = layers
    self.convention = convention
  }

  /// Gradients from the notebook's dictionary: L = the number of `dW` keys; `dW1`…`dWL` and
  /// `db1`…`dbL` are required, `dA` keys are optional.
  public init(
    _ dictionary: [String: Matrix], convention: GradientKeyConvention = .blog
  ) throws(ModelError) {
    let count = dictionary.keys.filter { $0.hasPrefix("dW") }.count
    var layers: [Layer] = []
    for l in stride(from: 1, through: count, by: 1) {
      guard let dW = dictionary["dW\(l)"] else { throw .missingKey("dW\(l)") }
      guard let db = dictionary["db\(l)"] else { throw .missingKey("db\(l)") }
      let dAKey = convention == .blog ? "dA\(l)" : "dA\(l - 1)"
      layers.append(Layer(dAPrev: dictionary[dAKey], dW: dW, db: db))
    }
    self.layers = layers
    self.convention = convention
  }

  /// The notebook's keys present, layer by layer: blog `["dA1", "dW1", "db1", "dA2", …]`,
  /// v3 `["dA0", "dW1", "db1", "dA1", …]`.
  public var keys: [String] {
    layers.indices.flatMap { i -> [String] in
      let l = i + 1
      let dA = layers[i].dAPrev == nil ? [] : [dAKey(layer: l)]
      return dA + ["dW\(l)", "db\(l)"]
    }
  }

  /// The array stored under a notebook key (`grads["dA1"]`), or nil when absent.
  public subscript(key: String) -> Matrix? {
    guard let (prefix, index) = splitKey(key, prefixes: ["dA", "dW", "db"]) else { return nil }
    let layer = prefix == "dA" && convention == .v3 ? index + 1 : index
    guard layer >= 1, layer <= layers.count else { return nil }
    switch prefix {
    case "dA": return layers[layer - 1].dAPrev
    case "dW": return layers[layer - 1].dW
    default: return layers[layer - 1].db
    }
  }

  /// The key under which layer l's `dA_prev` is stored.
  func dAKey(layer l: Int) -> String {
    convention == .blog ? "dA\(l)" : "dA\(l - 1)"
  }
}
