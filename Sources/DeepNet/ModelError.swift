/// A structural problem with parameters, gradients, caches or layer sizes (the notebook would
/// raise a `KeyError`, an unpacking `ValueError` or an assertion).
public enum ModelError: Error, CustomStringConvertible, Equatable, Sendable {
  /// A notebook key such as `"W3"` or `"db1"` is absent.
  case missingKey(String)
  /// A key that is not of the notebook's form (`W1`, `b1`, `dA0`, `dW1`, `db1`, …).
  case invalidKey(String)
  /// There are no layers (empty parameters or caches).
  case noLayers
  /// A model needs a given number of layers and got another.
  case layerCount(expected: Int, got: Int)
  /// Layer sizes that cannot describe a network (fewer than two, or a negative size).
  case invalidLayerDims([Int])

  public var description: String {
    switch self {
    case .missingKey(let key): "missing key '\(key)'"
    case .invalidKey(let key): "'\(key)' is not a parameter or gradient key"
    case .noLayers: "the network has no layers"
    case .layerCount(let expected, let got): "expected \(expected) layers, got \(got)"
    case .invalidLayerDims(let dims): "invalid layer sizes \(dims)"
    }
  }
}

/// Splits a notebook key such as `"W12"` or `"dA0"` into its prefix and layer number.
func splitKey(_ key: String, prefixes: [String]) -> (prefix: String, index: Int)? {
  for prefix in prefixes where key.hasPrefix(prefix) {
    let digits = key.dropFirst(prefix.count)
    guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let index = Int(digits), index >= 0,
          String(index) == digits
    else { return nil }
    return (prefix, index)
  }
  return nil
}
