/// What `train` holds at its peak, estimated from what `FastTrainer` allocates, so that a request
/// the machine cannot hold (`--dims 12288,100000,1`) is refused before anything is allocated.
///
/// Counted in doubles, generously (the point is to refuse what cannot fit, not to budget):
/// - X three times: the loaded matrix, the data set it came from, and `StreamedInput`'s padded copy;
/// - every W and b four times: the initial parameters (and the draws they were scaled from), the
///   current ones, a gradient and the updated copy while `W - lr * dW` is formed; `FirstLayer`'s
///   transposed W1 once more;
/// - `FirstLayer`'s per-thread and per-block slabs of n_1 × padded m (one per 384-row block of X);
/// - per layer, Z, A, dZ, dA and two more n_l × m matrices (Z1, Σ dZ1, dZ1ᵀ);
/// - the Gram matrix, m × m.
enum TrainingMemory {
  /// Bytes needed to train `dims` (n_x, n_1, …, 1) on `examples` examples with `threads` threads.
  static func estimate(dims: [Int], examples: Int, threads: Int) -> Double {
    guard dims.count >= 2 else { return 0 }
    let n = dims.map(Double.init), m = Double(examples)
    let paddedM = (m / 8).rounded(.up) * 8 + 8
    var doubles = 3 * n[0] * m
    for l in 1..<n.count {
      doubles += 4 * (n[l] * n[l - 1] + n[l])
      doubles += 6 * n[l] * m
    }
    let blocks = (n[0] / 384).rounded(.up)
    doubles += n[1] * n[0] + (Double(threads) + blocks + 1) * n[1] * paddedM
    doubles += m * m
    return doubles * Double(MemoryLayout<Double>.stride)
  }
}
