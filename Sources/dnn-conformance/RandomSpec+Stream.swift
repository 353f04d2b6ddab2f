import NumPyRandom

extension RandomSpec {
  /// The values drawn and printed at a time: the output of a spec is never held whole, except for
  /// `permutation:N` and `choice:N:SIZE:noreplace`, whose N values NumPy shuffles at once.
  static let chunk = 1 << 16

  /// Throws, before anything is drawn or printed, the errors drawing would throw (NumPy's
  /// `choice` refusals), so that a bad spec prints one line on stderr and nothing on stdout.
  func checkDrawable() throws(RandomSpecError) {
    guard case .choice(let n, let size, let replace) = kind else { return }
    if n <= 0 && size != 0 { throw RandomSpecError(text, RandomError.emptyPopulation.description).withSpec }
    if !replace && size > n { throw RandomSpecError(text, RandomError.sampleLargerThanPopulation.description).withSpec }
  }

  /// Draws the request from `random` and writes its values to `output` as one JSON array, `chunk`
  /// values at a time; the draws and the bytes are those of drawing the whole request at once.
  func stream(from random: inout RandomState, into output: inout JSONArrayOutput, chunk: Int = RandomSpec.chunk)
    throws(RandomSpecError)
  {
    output.beginArray()
    do {
      switch kind {
      case .randn(let count):
        for size in Self.chunks(of: count, by: chunk) { output.append(random.randn(size)) }
      case .rand(let count):
        for size in Self.chunks(of: count, by: chunk) { output.append(random.rand(size)) }
      case .randint(let low, let high, let count):
        for size in Self.chunks(of: count, by: chunk) { output.append(try random.randint(low: low, high: high, count: size)) }
      case .permutation(let n):
        output.append(random.permutation(n))
      case .choice(let n, let size, true):
        // With replacement NumPy's choice is randint(0, n, size): drawn in pieces, the same stream.
        for piece in Self.chunks(of: size, by: chunk) { output.append(try random.choice(n, size: piece, replace: true)) }
      case .choice(let n, let size, false):
        output.append(try random.choice(n, size: size, replace: false))
      }
    } catch {
      throw RandomSpecError(text, error.description).withSpec
    }
    output.endArray()
  }

  /// `count` split into pieces of at most `chunk` (none when `count` is 0).
  static func chunks(of count: Int, by chunk: Int) -> [Int] {
    stride(from: 0, to: count, by: chunk).map { min(chunk, count - $0) }
  }
}
