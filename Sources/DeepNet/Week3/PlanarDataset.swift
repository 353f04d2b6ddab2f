#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import NumPyRandom

/// Week 3's flower: `planar_utils.load_planar_dataset()`, drawn from `np.random.seed(1)`.
///
/// Two petals of 200 points each (label 0, then 1): the angle is `np.linspace(j·3.12, (j+1)·3.12,
/// 200)` plus `randn(200)·0.2`, the radius `4·np.sin(4t) + randn(200)·0.2`, and the point
/// `(r·sin t, r·cos t)`. NumPy's float64 sin and cos equal the C library's here (checked on the
/// 400 angles and a million random arguments), and `linspace` rounds `i·step` and then `+ start`,
/// as below, so X equals NumPy's bit for bit.
public enum PlanarDataset {
  /// Points per petal (`N`).
  public static let pointsPerClass = 200
  /// The petals' length (`a`).
  public static let amplitude = 4.0

  /// X (2 × 400) and Y (1 × 400), as `X.T` and `Y.T` of the notebook.
  public static func flower() -> (x: Matrix, y: Matrix) {
    var rng = RandomState(seed: 1)
    let n = pointsPerClass
    var x = Matrix(rows: 2, cols: 2 * n)
    var y = Matrix(rows: 1, cols: 2 * n)
    for j in 0..<2 {
      let angles = linspace(Double(j) * 3.12, Double(j + 1) * 3.12, count: n)
      let angleNoise = rng.randn(n)
      let t = (0..<n).map { angles[$0] + angleNoise[$0] * 0.2 }
      let radiusNoise = rng.randn(n)
      for i in 0..<n {
        let r = amplitude * sin(4 * t[i]) + radiusNoise[i] * 0.2
        x.data[j * n + i] = r * sin(t[i])
        x.data[2 * n + j * n + i] = r * cos(t[i])
        y.data[j * n + i] = Double(j)
      }
    }
    return (x, y)
  }

  /// `np.linspace(start, stop, count)`: `i·step + start` with step = (stop − start)/(count − 1),
  /// each operation rounded, and the last point set to `stop`.
  static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
    guard count > 1 else { return count == 1 ? [start] : [] }
    let step = (stop - start) / Double(count - 1)
    var values = (0..<count).map { Double($0) * step + start }
    values[count - 1] = stop
    return values
  }
}
