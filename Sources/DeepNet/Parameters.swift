/// The network's weights and biases: the notebook's `parameters` dictionary
/// (`"W1"`, `"b1"`, …, `"WL"`, `"bL"`), one entry per layer, in layer order.
public struct Parameters: Sendable, Equatable {
  /// One layer's `W` (n, n_prev) and `b` (n, 1).
  public struct Layer: Sendable, Equatable {
    /// Weights `W` of the layer.
    public var w: Matrix
    /// Bias `b` of the layer.
    public var b: Matrix

    /// A layer with weights `w` and bias `b`.
    public init(w: Matrix, b: Matrix) {
      self.w = w
      self.b = b
    }
  }

  /// Layers 1 … L; `layers[l - 1]` holds `W<l>` and `b<l>`.
  public var layers: [Layer]

  /// Parameters made of `layers` (layer 1 first).
  public init(layers: [Layer]) {
    self.layers = layers
  }

  /// Parameters from the notebook's dictionary; as the notebook, L = `len(parameters) // 2`
  /// and every `W1`…`WL`, `b1`…`bL` must be present.
  public init(_ dictionary: [String: Matrix]) throws(ModelError) {
    let count = dictionary.count / 2
    var layers: [Layer] = []
    for l in stride(from: 1, through: count, by: 1) {
      guard let w = dictionary["W\(l)"] else { throw .missingKey("W\(l)") }
      guard let b = dictionary["b\(l)"] else { throw .missingKey("b\(l)") }
      layers.append(Layer(w: w, b: b))
    }
    self.layers = layers
  }

  /// The number of layers L (the notebook's `len(parameters) // 2`).
  public var layerCount: Int { layers.count }

  /// The notebook's keys in order: `["W1", "b1", "W2", "b2", …]`.
  public var keys: [String] {
    layers.indices.flatMap { ["W\($0 + 1)", "b\($0 + 1)"] }
  }

  /// The array stored under a notebook key (`parameters["W2"]`), or nil when absent.
  public subscript(key: String) -> Matrix? {
    guard let (prefix, l) = splitKey(key, prefixes: ["W", "b"]), l >= 1, l <= layers.count
    else { return nil }
    return prefix == "W" ? layers[l - 1].w : layers[l - 1].b
  }
}
