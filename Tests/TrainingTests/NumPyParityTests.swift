import DeepNet
import Testing

import Training
@testable import TrainingKernels

/// `NumPyDot`, `NumPyExp` and `GramMatrix` against NumPy 2.4.6 + OpenBLAS 0.3.31 on this kind of
/// machine, bit for bit: each expected value is the FNV-1a hash of NumPy's result bytes for the
/// same seeded inputs (computed by a small NumPy script; the inputs are `np.random.randn` draws,
/// which NumPyRandom reproduces exactly).
@Suite struct NumPyParityTests {
  let w7x20 = randn(seed: 11, 7, 20)
  let a20 = randn(seed: 12, 20, 209).map { max(0, $0) }
  let dZ7 = randn(seed: 13, 7, 209)

  @Test func smallKernelsMatchNumPy() {
    // np.dot(W, A): small NN kernel, last example row in lanes (both reduction trees).
    #expect(bitHash(NumPyDot.product(w7x20, a20).data) == 0x1b27_e9c6_7473_b05b)
    // np.dot(dZ, A.T): small TN kernel, every element in lanes.
    #expect(bitHash(NumPyDot.productTransposedRight(dZ7, a20).data) == 0x3269_9de1_5592_cb95)
    // np.dot(W.T, dZ): small NT kernel, plain chains.
    #expect(bitHash(NumPyDot.productTransposedLeft(w7x20, dZ7).data) == 0xb95e_ba5f_780c_c6ff)
  }

  @Test func gemvMatchesNumPy() {
    let w5 = randn(seed: 14, 1, 5), a5 = randn(seed: 15, 5, 209).map { max(0, $0) }
    let w7 = randn(seed: 16, 1, 7), a7 = randn(seed: 17, 7, 209).map { max(0, $0) }
    let dz = randn(seed: 18, 1, 209)
    #expect(bitHash(NumPyDot.product(w5, a5).data) == 0x3240_d7d4_7ba7_9496)
    #expect(bitHash(NumPyDot.product(w7, a7).data) == 0xc22f_b13a_336f_4d6d)
    #expect(bitHash(NumPyDot.productTransposedRight(dz, a5).data) == 0x20a6_3b2d_4d1e_ab40)
    #expect(bitHash(NumPyDot.productTransposedRight(dz, a7).data) == 0x0d34_d298_d8d9_0b37)
  }

  @Test func levelThreeMatchesNumPy() {
    // M·N·K > 10⁶: the threaded level-3 driver, K = 900 in blocks 384, 258, 258.
    let w = randn(seed: 19, 20, 900).map { $0 / 30 }
    let x = randn(seed: 20, 900, 60).map { abs($0) }
    let dZ = randn(seed: 21, 20, 60)
    #expect(BLASKernels.kBlocks(900, threaded: true) == [0..<384, 384..<642, 642..<900])
    #expect(bitHash(NumPyDot.product(w, x).data) == 0x93f8_9831_d360_b377)
    #expect(bitHash(NumPyDot.productTransposedRight(dZ, x).data) == 0x8e20_a4cd_3fdc_50c4)
  }

  @Test func expMatchesNumPy() {
    // np.exp(np.linspace(-30, 30, 2001)); glibc's exp differs from it on 82 of these.
    let xs = (0...2000).map { -30 + Double($0) * (60.0 / 2000) }
    #expect(bitHash(xs.map(NumPyExp.exp)) == 0xe758_24d5_6010_cd61)
  }

  /// `np.linspace(start, stop, count)`: `arange(count) * step + start`, the last set to `stop`.
  static func linspace(_ start: Double, _ stop: Double, _ count: Int) -> [Double] {
    let step = (stop - start) / Double(count - 1)
    return (0..<count).map { $0 == count - 1 ? stop : Double($0) * step + start }
  }

  @Test func logMatchesNumPy() {
    // np.log(np.linspace(0.0005, 0.9995, 2001)); glibc's log differs from it on 10 of these.
    #expect(bitHash(Self.linspace(0.0005, 0.9995, 2001).map(NumPyLog.log)) == 0xbd09_bbb4_f0ca_91d8)
    // np.log(np.exp(np.linspace(-700, 700, 4001))): every exponent from 2^-1010 to 2^1009.
    let wide = Self.linspace(-700, 700, 4001).map(NumPyExp.exp)
    #expect(bitHash(wide.map(NumPyLog.log)) == 0x6dfe_cb2d_1db2_91b9)
  }

  @Test func gramMatrixMatchesNumPy() {
    // X.T @ X for X = |randn(12288, 23)| (seed 30): threaded dsyrk, 84 split-K elements.
    let x = randn(seed: 30, 12288, 23).map { abs($0) }
    #expect(SyrkTiling.splitElements(size: 23).count == 84)
    #expect(bitHash(GramMatrix.of(x, threads: 2).data) == 0xd329_0daa_9cc0_10f7)
  }

  @Test func catDataSplitElements() {
    // n = 209: the last row, in the 12-wide kernel tiles, summed in four chains (192 elements);
    // the columns 156…159, 184…191 and 204…208 fall in narrower tiles.
    let split = SyrkTiling.splitElements(size: 209)
    #expect(split.count == 192)
    #expect(split.allSatisfy { $0.row == 208 && $0.lanes == 4 })
    let columns = Set(split.map(\.column))
    #expect(columns == Set(0..<156).union(160..<184).union(192..<204))
  }

  @Test func trainingMatchesNumPy() throws {
    // The notebook's L_model loop in NumPy on the synthetic data, 30 iterations: the final
    // parameters and the logged costs bit for bit.
    let (x, y) = syntheticData()
    #expect(y.data.map(Int.init) == [0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0])
    let cases: [([Int], InitScaling, UInt32, UInt64, [Double])] = [
      ([900, 12, 5, 1], .sqrt, 3, 0xd1a2_d820_a523_b815,
       [0x1.65f0d98bd5ac6p-1, 0x1.63f86b9baca9ep-1, 0x1.62744ad4b14ddp-1, 0x1.6103c6bb87c36p-1]),
      ([900, 7, 1], .small, 1, 0xb64d_0e22_7fe0_1991,
       [0x1.63167c954e7b6p-1, 0x1.622ac9bf7f342p-1, 0x1.6149ab3fa5434p-1, 0x1.608760616bbdfp-1]),
    ]
    for (dims, scaling, seed, parameterHash, costs) in cases {
      let initial = try initialParameters(dims, scaling, seed: seed)
      let options = TrainingOptions(iterations: 30, printEvery: 10, arithmetic: .literal)
      let result = try FastTrainer(options: options).train(x: x, y: y, initial: initial)
      #expect(bitHash(flattened(result.parameters)) == parameterHash, "dims \(dims)")
      #expect(mismatches(result.costs.map(\.cost), costs) == 0, "dims \(dims)")
    }
  }
}
