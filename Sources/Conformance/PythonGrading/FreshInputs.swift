import DeepNet
import NumPyRandom

/// Test cases of other shapes than the notebook's, drawn anew for every grading from a seed the
/// report prints: an implementation with hard-coded sizes (W2 of shape (1, n_h)) or outputs
/// (the published cost typed in) passes the notebook's cases but not these.
public enum FreshInputs {
  /// Every case the exercises of `assignment` read, at other sizes, from `seed`.
  public static func fixtures(seed: UInt32, assignment: String = "step_by_step") -> FixtureSet {
    var draws = Draws(seed: seed)
    switch assignment {
    case "logistic_regression": return logisticRegression(&draws)
    case "planar": return planar(&draws)
    default: return stepByStep(seed: seed)
    }
  }

  /// Week 2's cases: w and X of 4 features, 5 to 8 examples.
  static func logisticRegression(_ d: inout Draws) -> FixtureSet {
    FixtureSet(cases: [
      FixtureCase(name: "sigmoid", arrays: [d.normal("z", 1, 5)]),
      FixtureCase(name: "propagate", arrays: [
        d.normal("w", 4, 1), d.scaled("b", 1, 1, 0.5), d.normal("X", 4, 5), d.labels("Y", 5),
      ]),
      // b = 0 and a column of zeros: A is exactly 0.5 there, which the notebook predicts as 0 (A > 0.5).
      FixtureCase(
        name: "predict", arrays: [d.normal("w", 3, 1), ("b", Matrix(rows: 1, cols: 1)), d.withZeroColumn(d.normal("X", 3, 6))],
        remark: "X's last column is zeros and b = 0, so A is exactly 0.5 there: the notebook predicts 0 (1 only where A > 0.5)"),
      FixtureCase(name: "model", arrays: [
        d.labels("Y_train", 8), d.normal("X_train", 3, 8), d.normal("X_test", 3, 4), d.labels("Y_test", 4),
      ]),
    ])
  }

  /// Week 3's cases: 3 features, 5 hidden units, 5 or 6 examples.
  static func planar(_ d: inout Draws) -> FixtureSet {
    func parameters() -> [(String, Matrix)] {
      [d.scaled("W1", 5, 3, 0.5), d.scaled("b1", 5, 1, 0.1), d.scaled("W2", 1, 5, 0.5), d.scaled("b2", 1, 1, 0.1)]
    }
    let update = parameters()
    let grads = update.map { name, value in d.scaled("d" + name, value.rows, value.cols, 0.1) }
    return FixtureSet(cases: [
      FixtureCase(name: "layer_sizes", arrays: [d.normal("X", 3, 5), d.normal("Y", 2, 5)]),
      FixtureCase(name: "forward_propagation", arrays: [d.normal("X", 3, 5)] + parameters()),
      FixtureCase(name: "compute_cost", arrays: [d.labels("Y", 6)] + parameters() + [d.probabilities("A2", 6)]),
      FixtureCase(name: "backward_propagation", arrays: [d.normal("X", 3, 5), d.labels("Y", 5)] + parameters() + [
        d.scaled("A1", 5, 5, 0.5), d.probabilities("A2", 5), d.normal("Z1", 5, 5), d.normal("Z2", 1, 5),
      ]),
      FixtureCase(name: "update_parameters", arrays: update + grads),
      FixtureCase(name: "nn_model", arrays: [d.normal("X", 3, 6), d.labels("Y", 6)]),
      // b1 = b2 = 0 and a column of zeros: A2 is exactly 0.5 there, which the notebook predicts as 0.
      FixtureCase(
        name: "predict",
        arrays: [d.withZeroColumn(d.normal("X", 3, 4))] + parameters().map { name, value in
          (name, name.hasPrefix("b") ? Matrix(rows: value.rows, cols: value.cols) : value)
        },
        remark: "X's last column is zeros and b1, b2 are 0, so A2 is exactly 0.5 there: the notebook predicts 0 (predictions = A2 > 0.5)"),
    ])
  }

  /// Every case the Step-by-Step exercises read, at other sizes, from `seed`.
  static func stepByStep(seed: UInt32) -> FixtureSet {
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
  /// called with other sizes (week 3's with its release's seeds, through `GradedFunction.fresh`).
  static func counterpart(of function: GradedFunction, assignment: String = "step_by_step") -> GradedFunction? {
    switch (assignment, function.notebookFunction) {
    case ("logistic_regression", "initialize_with_zeros"): return .initializeWithZeros(dim: 4)
    case ("logistic_regression", _), ("planar", _): return function.fresh?() ?? function
    default: break
    }
    switch function.notebookFunction {
    case "initialize_parameters": return .initializeParameters(5, 4, 2, name: function.name)
    case "initialize_parameters_deep": return .initializeParametersDeep([6, 4, 3, 2], name: function.name)
    case "two_layer_model", "L_layer_model": return nil
    default: return function
    }
  }
}

/// Draws for the fresh cases of weeks 2 and 3.
struct Draws {
  var rng: RandomState

  init(seed: UInt32) { rng = RandomState(seed: seed) }

  /// Standard normal draws.
  mutating func normal(_ name: String, _ rows: Int, _ cols: Int) -> (String, Matrix) {
    scaled(name, rows, cols, 1)
  }

  /// Normal draws times `scale`.
  mutating func scaled(_ name: String, _ rows: Int, _ cols: Int, _ scale: Double) -> (String, Matrix) {
    var data: [Double] = []
    for _ in 0..<(rows * cols) { data.append(rng.standardNormal() * scale) }
    return (name, Matrix(rows: rows, cols: cols, data: data))
  }

  /// Probabilities in (0.05, 0.95).
  mutating func probabilities(_ name: String, _ cols: Int) -> (String, Matrix) {
    var data: [Double] = []
    for _ in 0..<cols { data.append(0.05 + 0.9 * rng.randomSample()) }
    return (name, Matrix(rows: 1, cols: cols, data: data))
  }

  /// `array` with its last column set to zero.
  func withZeroColumn(_ array: (String, Matrix)) -> (String, Matrix) {
    var m = array.1
    for r in 0..<m.rows { m.data[r * m.cols + m.cols - 1] = 0 }
    return (array.0, m)
  }

  /// 0/1 labels, both present.
  mutating func labels(_ name: String, _ cols: Int) -> (String, Matrix) {
    var data: [Double] = []
    for i in 0..<cols { data.append(i < 2 ? Double(i) : (rng.randomSample() < 0.5 ? 0 : 1)) }
    return (name, Matrix(rows: 1, cols: cols, data: data))
  }
}
