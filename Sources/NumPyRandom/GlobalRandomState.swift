import Synchronization

/// A `RandomState` shared by the whole process, behind a lock: NumPy's global `np.random` stream.
///
/// Each call takes the lock once, so one bulk draw (`randn(1000, 1000)`) is never interleaved
/// with another thread's draws. Sequences of calls from several threads interleave in whatever
/// order the threads reach the lock, as in NumPy. Before any `seed` call the stream is seeded
/// from system entropy, as `np.random` is at import.
public final class GlobalRandomState: Sendable {
  private let state: Mutex<RandomState>

  /// A stream seeded from system entropy.
  public init() {
    var system = SystemRandomNumberGenerator()
    let key = (0..<8).map { _ in UInt32.random(in: .min ... .max, using: &system) }
    // A non-empty key cannot fail to seed.
    let initial = (try? RandomState(seed: key)) ?? RandomState(seed: 0)
    state = Mutex(initial)
  }

  /// A stream with the given state.
  public init(_ initial: RandomState) {
    state = Mutex(initial)
  }

  /// Runs `body` on the stream under the lock, for several draws that must stay together.
  public func withState<Result: Sendable, Failure: Error>(
    _ body: (inout RandomState) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    try state.withLock { (value: inout RandomState) throws(Failure) -> Result in
      try body(&value)
    }
  }

  /// `np.random.seed(n)`.
  public func seed(_ seed: UInt32) {
    withState { $0.seed(seed) }
  }

  /// `np.random.seed([k0, k1, ...])`.
  public func seed(_ key: [UInt32]) throws(SeedError) {
    try withState { (value: inout RandomState) throws(SeedError) in try value.seed(key) }
  }

  /// `np.random.seed(...)` with a parsed seed.
  public func seed(_ seed: Seed) throws(SeedError) {
    try withState { (value: inout RandomState) throws(SeedError) in try value.seed(seed) }
  }

  /// `np.random.randn(count)`.
  public func randn(_ count: Int) -> [Double] {
    withState { $0.randn(count) }
  }

  /// `np.random.randn(rows, cols)`, row-major.
  public func randn(_ rows: Int, _ cols: Int) -> [Double] {
    withState { $0.randn(rows, cols) }
  }

  /// One `np.random.randn()` draw.
  public func randn() -> Double {
    withState { $0.standardNormal() }
  }

  /// `np.random.standard_normal(count)`.
  public func standardNormal(count: Int) -> [Double] {
    withState { $0.standardNormal(count: count) }
  }

  /// `np.random.rand(count)`.
  public func rand(_ count: Int) -> [Double] {
    withState { $0.rand(count) }
  }

  /// `np.random.rand(rows, cols)`, row-major.
  public func rand(_ rows: Int, _ cols: Int) -> [Double] {
    withState { $0.rand(rows, cols) }
  }

  /// One `np.random.rand()` draw.
  public func rand() -> Double {
    withState { $0.randomSample() }
  }

  /// `np.random.random_sample(count)`.
  public func randomSample(count: Int) -> [Double] {
    withState { $0.randomSample(count: count) }
  }

  /// `np.random.normal(loc, scale, count)`.
  public func normal(loc: Double = 0, scale: Double = 1, count: Int) throws(RandomError) -> [Double] {
    try withState { (value: inout RandomState) throws(RandomError) in
      try value.normal(loc: loc, scale: scale, count: count)
    }
  }

  /// `np.random.uniform(low, high, count)`.
  public func uniform(low: Double = 0, high: Double = 1, count: Int) throws(RandomError) -> [Double] {
    try withState { (value: inout RandomState) throws(RandomError) in
      try value.uniform(low: low, high: high, count: count)
    }
  }

  /// `np.random.randint(low, high, count)`.
  public func randint(low: Int64, high: Int64, count: Int) throws(RandomError) -> [Int64] {
    try withState { (value: inout RandomState) throws(RandomError) in
      try value.randint(low: low, high: high, count: count)
    }
  }

  /// `np.random.shuffle(array)`.
  public func shuffle<Element>(_ array: inout [Element]) {
    withState { $0.shuffle(&array) }
  }

  /// `np.random.permutation(n)`.
  public func permutation(_ n: Int) -> [Int64] {
    withState { $0.permutation(n) }
  }

  /// `np.random.choice(n, size, replace)`.
  public func choice(_ n: Int, size: Int, replace: Bool = true) throws(RandomError) -> [Int64] {
    try withState { (value: inout RandomState) throws(RandomError) in
      try value.choice(n, size: size, replace: replace)
    }
  }

  /// `np.random.get_state()`.
  public func getState() -> RandomState.State {
    withState { $0.getState() }
  }

  /// `np.random.set_state(state)`.
  public func setState(_ newState: RandomState.State) throws(RandomError) {
    try withState { (value: inout RandomState) throws(RandomError) in try value.setState(newState) }
  }
}
