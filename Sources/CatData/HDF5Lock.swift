import CHDF5
import Synchronization

/// The one lock around libhdf5: the Debian build is not thread-safe, so every HDF5 call in the
/// process, from any module (tests that write .h5 files included), must run inside `withLock`.
///
/// Each acquisition also turns off HDF5's automatic error printing, so nothing raw reaches stderr;
/// failures are read from the error stack instead (see `CatDataError`).
public enum HDF5Lock {
  private static let lock = Mutex(())

  /// Runs `body` while holding the process-wide HDF5 lock (not reentrant: never nest calls).
  public static func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    try lock.withLock { _ throws(E) -> T in
      _ = chdf5_silence_errors()
      return try body()
    }
  }
}
