import DeepNet
import Foundation
import NumPyRandom
import Testing

/// `np.random.randn(rows, cols)` on `rng` (row-major), for regenerating the testCases inputs.
func randn(_ rows: Int, _ cols: Int, _ rng: inout RandomState) -> Matrix {
  var data: [Double] = []
  for _ in 0..<(rows * cols) { data.append(rng.standardNormal()) }
  return Matrix(rows: rows, cols: cols, data: data)
}

/// Relative agreement with a full-precision NumPy value (SPEC §5): |a − e| <= rtol·|e|;
/// an expected zero needs an actual zero.
func isClose(_ actual: Double, _ expected: Double, rtol: Double = 1e-12) -> Bool {
  abs(actual - expected) <= rtol * abs(expected)
}

/// Same shape, and every element close to NumPy's at relative `rtol`.
func expectClose(
  _ actual: Matrix, _ expected: Matrix, rtol: Double = 1e-12,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.shape == expected.shape, sourceLocation: sourceLocation)
  guard actual.shape == expected.shape else { return }
  for i in actual.data.indices where !isClose(actual.data[i], expected.data[i], rtol: rtol) {
    Issue.record(
      "element \(i): \(actual.data[i]) vs NumPy \(expected.data[i])", sourceLocation: sourceLocation)
  }
}

/// Whether `actual` rounds to the printed decimal string (SPEC §5): within half a unit in the
/// last printed place, plus 1e-15. The print used `decimals` places after the point.
func roundsTo(_ actual: Double, _ printed: String, decimals: Int) -> Bool {
  guard let value = Double(printed) else { return false }
  return abs(actual - value) <= pow(10, Double(-decimals)) / 2 + 1e-15
}

/// Whether `actual` rounds to a print of `significant` significant digits (e.g. the cost
/// `0.414931599615`, 12 digits).
func roundsTo(_ actual: Double, _ printed: String, significant: Int) -> Bool {
  guard let value = Double(printed), value != 0 else { return false }
  let unit = pow(10, floor(log10(abs(value))) - Double(significant - 1))
  return abs(actual - value) <= unit / 2 + 1e-15
}

/// Every element rounds to the published 8-decimal print (row-major strings as printed).
func expectPrinted(
  _ actual: Matrix, _ printed: [String], rows: Int, cols: Int, decimals: Int = 8,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.shape == Shape(rows: rows, cols: cols), sourceLocation: sourceLocation)
  #expect(printed.count == rows * cols, sourceLocation: sourceLocation)
  guard actual.data.count == printed.count else { return }
  for i in printed.indices where !roundsTo(actual.data[i], printed[i], decimals: decimals) {
    Issue.record(
      "element \(i): \(actual.data[i]) does not print as \(printed[i])",
      sourceLocation: sourceLocation)
  }
}

/// The testCases recipes of SPEC §3.1, regenerated with RandomState.
enum TestCases {
  /// linear_forward_test_case: seed 1, A(3,2) W(1,3) b(1,1).
  static func linearForward() -> (a: Matrix, w: Matrix, b: Matrix) {
    var rng = RandomState(seed: 1)
    let a = randn(3, 2, &rng), w = randn(1, 3, &rng), b = randn(1, 1, &rng)
    return (a, w, b)
  }

  /// linear_activation_forward_test_case: seed 2, A_prev(3,2) W(1,3) b(1,1).
  static func linearActivationForward() -> (aPrev: Matrix, w: Matrix, b: Matrix) {
    var rng = RandomState(seed: 2)
    let a = randn(3, 2, &rng), w = randn(1, 3, &rng), b = randn(1, 1, &rng)
    return (a, w, b)
  }

  /// L_model_forward_test_case: seed 1, X(4,2) W1(3,4) b1(3,1) W2(1,3) b2(1,1).
  static func lModelForward() -> (x: Matrix, parameters: Parameters) {
    var rng = RandomState(seed: 1)
    let x = randn(4, 2, &rng)
    let w1 = randn(3, 4, &rng), b1 = randn(3, 1, &rng)
    let w2 = randn(1, 3, &rng), b2 = randn(1, 1, &rng)
    return (x, Parameters(layers: [.init(w: w1, b: b1), .init(w: w2, b: b2)]))
  }

  /// compute_cost_test_case: Y = [[1, 1, 1]], aL = [[.8, .9, .4]].
  static func computeCost() -> (y: Matrix, al: Matrix) {
    (Matrix([[1, 1, 1]]), Matrix([[0.8, 0.9, 0.4]]))
  }

  /// linear_backward_test_case: seed 1, dZ(1,2) A(3,2) W(1,3) b(1,1).
  static func linearBackward() -> (dZ: Matrix, cache: LinearCache) {
    var rng = RandomState(seed: 1)
    let dZ = randn(1, 2, &rng)
    let a = randn(3, 2, &rng), w = randn(1, 3, &rng), b = randn(1, 1, &rng)
    return (dZ, LinearCache(a: a, w: w, b: b))
  }

  /// linear_activation_backward_test_case: seed 2, dA(1,2) A(3,2) W(1,3) b(1,1) Z(1,2).
  static func linearActivationBackward() -> (dA: Matrix, cache: LayerCache) {
    var rng = RandomState(seed: 2)
    let dA = randn(1, 2, &rng)
    let a = randn(3, 2, &rng), w = randn(1, 3, &rng), b = randn(1, 1, &rng)
    let z = randn(1, 2, &rng)
    return (dA, LayerCache(linear: LinearCache(a: a, w: w, b: b), z: z))
  }

  /// L_model_backward_test_case: seed 3, AL(1,2), Y = [[1, 0]], then both layers' caches.
  static func lModelBackward() -> (al: Matrix, y: Matrix, caches: [LayerCache]) {
    var rng = RandomState(seed: 3)
    let al = randn(1, 2, &rng)
    let y = Matrix([[1, 0]])
    let a1 = randn(4, 2, &rng), w1 = randn(3, 4, &rng), b1 = randn(3, 1, &rng)
    let z1 = randn(3, 2, &rng)
    let a2 = randn(3, 2, &rng), w2 = randn(1, 3, &rng), b2 = randn(1, 1, &rng)
    let z2 = randn(1, 2, &rng)
    return (al, y, [
      LayerCache(linear: LinearCache(a: a1, w: w1, b: b1), z: z1),
      LayerCache(linear: LinearCache(a: a2, w: w2, b: b2), z: z2),
    ])
  }

  /// update_parameters_test_case: seed 2 for W1 b1 W2 b2, reseed 3 for dW1 db1 dW2 db2.
  static func updateParameters() -> (parameters: Parameters, grads: Gradients) {
    var rng = RandomState(seed: 2)
    let w1 = randn(3, 4, &rng), b1 = randn(3, 1, &rng)
    let w2 = randn(1, 3, &rng), b2 = randn(1, 1, &rng)
    rng.seed(3)
    let dW1 = randn(3, 4, &rng), db1 = randn(3, 1, &rng)
    let dW2 = randn(1, 3, &rng), db2 = randn(1, 1, &rng)
    return (
      Parameters(layers: [.init(w: w1, b: b1), .init(w: w2, b: b2)]),
      Gradients(layers: [.init(dAPrev: nil, dW: dW1, db: db1), .init(dAPrev: nil, dW: dW2, db: db2)])
    )
  }
}
