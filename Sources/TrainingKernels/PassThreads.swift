import CHints
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Threads that stay up between the passes over X of one training run and spin while they wait.
///
/// A training iteration is one pass over X on every thread (1–3 ms) and a short single-threaded
/// rest (~0.1 ms). Handing each pass to a thread pool that has gone to sleep cost ~0.14 ms an
/// iteration here: on this VM a sleeping virtual CPU takes that long to wake. These helpers spin
/// (with `pause`) for up to `spinSeconds` after a pass, then poll every 50 µs, and stop when the
/// owner goes away.
final class PassThreads: @unchecked Sendable {
  /// Threads taking part in a pass, the caller included.
  let count: Int
  /// Passes started so far; a helper runs pass n when it sees the counter reach n.
  private let started = Atomic<Int>(0)
  /// Helpers still working on the current pass.
  private let pending = Atomic<Int>(0)
  private let stopping = Atomic<Bool>(false)
  /// The current pass's work, set before `started` is raised (release) and read after (acquire).
  private var work: ((Int) -> Void)?
  private var helpers: [pthread_t] = []

  /// How long a helper spins after a pass before it starts to poll.
  static let spinSeconds = 0.002

  /// `count` participants: the caller and `count - 1` helper threads.
  init(count: Int) {
    self.count = max(1, count)
    for index in 1..<self.count {
      let context = Unmanaged.passRetained(HelperContext(threads: self, index: index)).toOpaque()
      var thread = pthread_t()
      guard pthread_create(&thread, nil, { raw in
        let context = Unmanaged<HelperContext>.fromOpaque(raw!).takeRetainedValue()
        context.threads.serve(context.index)
        return nil
      }, context) == 0 else {
        // The caller takes over the shares of helpers that could not be started.
        Unmanaged<HelperContext>.fromOpaque(context).release()
        break
      }
      helpers.append(thread)
    }
  }

  /// Stops and joins the helpers (call before the owner lets go; `deinit` cannot run while
  /// helpers hold a reference).
  func stop() {
    stopping.store(true, ordering: .releasing)
    for thread in helpers { pthread_join(thread, nil) }
    helpers = []
  }

  /// Runs `body(t)` for t in 0..<count: 0 on the calling thread, the others on the helpers (or
  /// on the caller too, for helpers that could not be started), and returns when all are done.
  func run(_ body: @escaping (Int) -> Void) {
    work = body
    pending.store(helpers.count, ordering: .relaxed)
    started.wrappingAdd(1, ordering: .releasing)
    body(0)
    for t in (1 + helpers.count)..<max(1 + helpers.count, count) { body(t) }
    while pending.load(ordering: .acquiring) > 0 { dnn_spin_pause() }
    work = nil
  }

  /// A helper's loop: wait for the next pass, run its share, report, until stopped.
  private func serve(_ index: Int) {
    var seen = 0
    while true {
      var clock = timespec()
      clock_gettime(CLOCK_MONOTONIC, &clock)
      let spinUntil = Double(clock.tv_sec) + Double(clock.tv_nsec) * 1e-9 + Self.spinSeconds
      var spins = 0
      while started.load(ordering: .acquiring) == seen {
        if stopping.load(ordering: .acquiring) { return }
        spins += 1
        if spins & 1023 == 0 {
          clock_gettime(CLOCK_MONOTONIC, &clock)
          if Double(clock.tv_sec) + Double(clock.tv_nsec) * 1e-9 > spinUntil { usleep(50) }
        }
        dnn_spin_pause()
      }
      seen += 1
      work?(index)
      pending.subtract(1, ordering: .releasing)
    }
  }

  /// What a helper thread is started with.
  private final class HelperContext {
    let threads: PassThreads
    let index: Int
    init(threads: PassThreads, index: Int) {
      self.threads = threads
      self.index = index
    }
  }
}
