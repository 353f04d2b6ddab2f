/// `update_parameters(parameters, grads, learning_rate)`: for every layer
/// `W = W - learning_rate * dW` and `b = b - learning_rate * db` (NumPy broadcasting applies,
/// as in the notebook).
public func updateParameters(
  _ parameters: Parameters, grads: Gradients, learningRate: Double
) throws -> Parameters {
  var updated = parameters
  for l in updated.layers.indices {
    guard l < grads.layers.count else { throw ModelError.missingKey("dW\(l + 1)") }
    updated.layers[l].w = try updated.layers[l].w - learningRate * grads.layers[l].dW
    updated.layers[l].b = try updated.layers[l].b - learningRate * grads.layers[l].db
  }
  return updated
}
