/// NumPy's module-level names, for code that reads like the course's Python.
///
/// `NumPy.random.seed(1); let w = NumPy.random.randn(3, 2)` is
/// `np.random.seed(1); w = np.random.randn(3, 2)`.
public enum NumPy {
  /// The global stream behind `np.random.seed`, `np.random.randn`, ... (NumPy's hidden `_rand`).
  public static let random = GlobalRandomState()
}
