import DeepNet
import NumPyRandom

/// Test cases of other shapes than the notebook's, drawn anew for every grading from a seed the
/// report prints: an implementation with hard-coded sizes (W2 of shape (1, n_h)) or outputs
/// (the published cost typed in) passes the notebook's cases but not these.
public enum FreshInputs {
  /// Every case the Step-by-Step exercises read, at other sizes, from `seed`.
  public static func fixtures(seed: UInt32) -> FixtureSet {
    var rng = RandomState(seed: seed)
    func draw(_ name: String, _ rows: Int, _ cols: Int) -> (String, Matrix) {
      var data: [Double] = []
      for _ in 0..<(rows * cols) { data.append(rng.standardNormal()) }
      return (name, Matrix(rows: rows, cols: cols, data: data))
    }
    func probabilities(_ name: String, _ cols: Int) -> (String, Matrix) {
      var data: [Double] = []
      for _ in 0..<cols { data.append(0.05 + 0.9 * rng.randomSample()) }
      return (name, Matrix(rows: 1, cols: cols, data: data))
    }
    func labels(_ name: String, _ cols: Int) -> (String, Matrix) {
      var data: [Double] = []
      for i in 0..<cols { data.append(i < 2 ? Double(i) : (rng.randomSample() < 0.5 ? 0 : 1)) }
      return (name, Matrix(rows: 1, cols: cols, data: data))
    }
    func layers(_ sizes: [Int], m: Int, caches: Bool) -> [(String, Matrix)] {
      var arrays: [(String, Matrix)] = []
      for l in 1..<sizes.count {
        if caches { arrays.append(draw("A\(l)", sizes[l - 1], m)) }
        arrays += [draw("W\(l)", sizes[l], sizes[l - 1]), draw("b\(l)", sizes[l], 1)]
        if caches { arrays.append(draw("Z\(l)", sizes[l], m)) }
      }
      return arrays
    }
    let forward = [draw("X", 5, 3)] + layers([5, 4, 3, 1], m: 3, caches: false)
    let update = layers([5, 4, 2, 1], m: 0, caches: false)
    var grads: [(String, Matrix)] = []
    for (name, value) in update {
      grads.append(draw("d" + name, value.rows, value.cols))
    }
    return FixtureSet(cases: [
      FixtureCase(name: "linear_forward", arrays: [draw("A", 5, 4), draw("W", 3, 5), draw("b", 3, 1)]),
      FixtureCase(name: "linear_activation_forward", arrays: [draw("A_prev", 4, 3), draw("W", 2, 4), draw("b", 2, 1)]),
      FixtureCase(name: "L_model_forward", arrays: forward),
      FixtureCase(name: "L_model_forward_2hidden", arrays: [draw("X", 6, 2)] + layers([6, 5, 4, 3, 1], m: 2, caches: false)),
      FixtureCase(name: "compute_cost", arrays: [labels("Y", 6), probabilities("AL", 6)]),
      FixtureCase(name: "linear_backward", arrays: [draw("dZ", 4, 5), draw("A", 3, 5), draw("W", 4, 3), draw("b", 4, 1)]),
      FixtureCase(name: "linear_activation_backward", arrays: [
        draw("dA", 2, 5), draw("A", 4, 5), draw("W", 2, 4), draw("b", 2, 1), draw("Z", 2, 5),
      ]),
      FixtureCase(name: "L_model_backward", arrays: [probabilities("AL", 4), labels("Y", 4)]
        + layers([5, 3, 2, 1], m: 4, caches: true)),
      FixtureCase(name: "update_parameters", arrays: update + grads),
    ])
  }

  /// The exercise on the fresh cases: the same call, except for the initializers, which are
  /// called with other sizes.
  static func counterpart(of function: GradedFunction) -> GradedFunction? {
    switch function.notebookFunction {
    case "initialize_parameters": .initializeParameters(5, 4, 2, name: function.name)
    case "initialize_parameters_deep": .initializeParametersDeep([6, 4, 3, 2], name: function.name)
    case "two_layer_model", "L_layer_model": nil
    default: function
    }
  }
}
