import DeepNet
import Testing

import Training
@testable import TrainingKernels

/// The streamed first-layer kernels against plain loops written from the level-3 order, bit for
/// bit, on odd sizes: rows in several K blocks split over threads, examples padded to a multiple
/// of eight, rows left over after the groups of eight, unit counts that take tiles of every
/// height (1…8 units, the four-lane tiles of 17…20 units, more than three eight-lane vectors) and
/// 3, 2 and 1 vectors of examples.
@Suite struct FirstLayerTests {
  static let shapes: [(units: Int, features: Int, examples: Int, threads: Int)] = [
    (5, 900, 23, 2), (12, 900, 23, 2), (20, 900, 23, 3), (7, 900, 23, 1), (3, 100, 400, 2), (18, 100, 61, 2),
    (9, 300, 9, 2), (13, 500, 7, 2), (26, 200, 47, 2), (8, 101, 17, 1),
  ]

  @Test(arguments: shapes)
  func productIsLevelThreeOrder(units: Int, features: Int, examples: Int, threads: Int) {
    let x = randn(seed: 50, features, examples).map { abs($0) }
    let w = randn(seed: 51, units, features).map { $0 / 30 }
    let layer = FirstLayer(x: x, w1: w, threads: threads)
    let expected = levelThreeReference(w, x, blocks: BLASKernels.kBlocks(features, threaded: true))
    #expect(mismatches(layer.product().data, expected.data) == 0)
    #expect(mismatches(layer.weights.data, w.data) == 0)
  }

  @Test(arguments: shapes)
  func gradientStepIsTheNotebookUpdate(units: Int, features: Int, examples: Int, threads: Int) {
    let x = randn(seed: 52, features, examples).map { abs($0) }
    let w = randn(seed: 53, units, features).map { $0 / 30 }
    let dZ = randn(seed: 54, units, examples).map { $0 / 100 }
    let layer = FirstLayer(x: x, w1: w, threads: threads)
    let next = layer.gradientStep(dZ1: dZ, learningRate: 0.0075, forward: true)
    // dW1 = np.dot(dZ1, X.T) / m (level-3 order over the examples), W1 -= lr * dW1.
    let xT = x.transposed()
    let product = levelThreeReference(dZ, xT, blocks: BLASKernels.kBlocks(examples, threaded: true))
    var expected = w
    for e in expected.data.indices {
      let dW = product.data[e] / Double(examples)
      expected.data[e] = w.data[e] - 0.0075 * dW
    }
    #expect(mismatches(layer.weights.data, expected.data) == 0)
    let forward = levelThreeReference(expected, x, blocks: BLASKernels.kBlocks(features, threaded: true))
    #expect(mismatches(next?.data ?? [], forward.data) == 0)
    // The same step without the 1/m is a different W1: the exact comparison above would see it.
    var wrong = w
    for e in wrong.data.indices { wrong.data[e] = w.data[e] - 0.0075 * product.data[e] }
    #expect(mismatches(layer.weights.data, wrong.data) > 0)
  }

  @Test(arguments: shapes)
  func rebuildIsOneProduct(units: Int, features: Int, examples: Int, threads: Int) {
    let x = randn(seed: 55, features, examples).map { abs($0) }
    let w0 = randn(seed: 56, units, features).map { $0 / 30 }
    let sum = randn(seed: 57, units, examples).map { $0 / 10 }
    let layer = FirstLayer(x: x, w1: w0, threads: threads)
    layer.rebuild(sum: sum, scale: 0.0075 / Double(examples))
    let product = levelThreeReference(sum, x.transposed(), blocks: BLASKernels.kBlocks(examples, threaded: true))
    var expected = w0
    for e in expected.data.indices {
      expected.data[e] = w0.data[e] - (0.0075 / Double(examples)) * product.data[e]
    }
    #expect(mismatches(layer.weights.data, expected.data) == 0)
  }

  @Test func usesLevelThreeOnlyWhereNumPyDoes() {
    #expect(FirstLayer.usesLevel3(units: 20, features: 12288, examples: 209))
    #expect(FirstLayer.usesLevel3(units: 7, features: 12288, examples: 209))
    #expect(!FirstLayer.usesLevel3(units: 1, features: 12288, examples: 209))  // gemv
    #expect(!FirstLayer.usesLevel3(units: 12, features: 900, examples: 23))  // small kernels
  }

  @Test func streamedRowsAvoidFourKilobyteStrides() {
    #expect(StreamedInput.paddedWidth(209) == 216)
    #expect(StreamedInput.paddedWidth(512) == 520)
    #expect(StreamedInput.paddedWidth(23) == 24)
  }
}
