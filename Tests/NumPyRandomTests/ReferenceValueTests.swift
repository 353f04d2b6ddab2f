import NumPyRandom
import Testing

/// The values SPEC §2 quotes, the one-draw paths against the bulk paths, and the global stream.
@Suite struct ReferenceValueTests {
  @Test("seed(1): randn and rand start as NumPy's (SPEC §2)")
  func specValues() {
    var random = RandomState(seed: 1)
    #expect(
      random.randn(4) == [
        1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705,
      ])
    random.seed(1)
    #expect(random.rand(2) == [0.417022004702574, 0.7203244934421581])
  }

  @Test("seeds 2 and 3, used by the course's test cases, start as NumPy's")
  func courseSeeds() {
    var two = RandomState(seed: 2)
    #expect(two.randn(1, 3) == [-0.4167578474054706, -0.056266827226329474, -2.136196095668454])
    var three = RandomState(seed: 3)
    #expect(three.randn(3, 1) == [1.7886284734303186, 0.43650985051198943, 0.09649746807200862])
  }

  @Test("integer draws after seed(1) are NumPy's")
  func integerValues() throws {
    var random = RandomState(seed: 1)
    #expect(try random.randint(low: 0, high: 10, count: 5) == [5, 8, 9, 5, 0])
    #expect(random.permutation(5) == [2, 3, 4, 1, 0])
    #expect(try random.choice(10, size: 3) == [6, 9, 2])
    #expect(try random.choice(10, size: 3, replace: false) == [8, 1, 0])
    random.seed(1)
    #expect(try random.randint(low: 0, high: 1 << 40, count: 3) == [163_196_666_091, 605_300_724_808, 1_095_766_950_793])
  }

  @Test("one draw at a time equals the bulk paths, the cache included")
  func scalarEqualsBulk() {
    var bulk = RandomState(seed: 4)
    var single = RandomState(seed: 4)
    let gaussians = bulk.randn(10_001)
    #expect((0..<10_001).map { _ in single.standardNormal() } == gaussians)
    #expect(single == bulk)
    let uniforms = bulk.rand(1001)
    #expect((0..<1001).map { _ in single.randomSample() } == uniforms)
    #expect(single.getState() == bulk.getState())
  }

  @Test("randn(rows, cols) is randn(rows * cols), row-major; empty for zero sizes")
  func shapes() {
    var a = RandomState(seed: 1)
    var b = RandomState(seed: 1)
    #expect(a.randn(3, 2) == b.randn(6))
    #expect(a.randn(0, 5).isEmpty)
    #expect(a.randn(-1).isEmpty)
    #expect(a.rand(2, 0).isEmpty)
    #expect(a == b)
  }

  @Test("errors carry NumPy's messages")
  func errorMessages() {
    var random = RandomState(seed: 1)
    #expect(throws: RandomError.lowNotBelowHigh) { try random.randint(low: 5, high: 5, count: 3) }
    #expect(throws: RandomError.highNotPositive) { try random.randint(low: 0, high: 0, count: 3) }
    #expect(throws: RandomError.highNotPositive) { try random.randint(low: 0, high: -5, count: 3) }
    #expect(throws: RandomError.negativeDimensions) { try random.randint(low: 0, high: 5, count: -1) }
    #expect(throws: RandomError.sampleLargerThanPopulation) {
      try random.choice(3, size: 5, replace: false)
    }
    #expect(throws: RandomError.emptyPopulation) { try random.choice(0, size: 5) }
    #expect(throws: RandomError.negativeScale) { try random.normal(scale: -0.0, count: 3) }
    #expect(throws: RandomError.rangeExceedsBounds) {
      try random.uniform(low: -1e308, high: 1e308, count: 3)
    }
    #expect(RandomError.lowNotBelowHigh.description == "low >= high")
    #expect(RandomError.highNotPositive.description == "high <= 0")
    #expect(
      RandomError.sampleLargerThanPopulation.description
        == "Cannot take a larger sample than population when 'replace=False'")
    #expect(RandomError.negativeScale.description == "scale < 0")
    #expect(RandomError.rangeExceedsBounds.description == "Range exceeds valid bounds")
    // None of the failed calls drew anything.
    #expect(random == RandomState(seed: 1))
  }

  @Test("empty requests draw nothing, as NumPy")
  func emptyRequests() throws {
    var random = RandomState(seed: 1)
    #expect(try random.randint(low: 5, high: 5, count: 0).isEmpty)
    #expect(try random.randint(low: 5, high: 6, count: 3) == [5, 5, 5])
    #expect(try random.choice(0, size: 0).isEmpty)
    #expect(random.permutation(-1).isEmpty)
    var one = [42]
    random.shuffle(&one)
    #expect(random == RandomState(seed: 1))
  }

  @Test("the global stream reads like np.random")
  func globalStream() throws {
    // The only test that touches NumPy.random, so no other test can interleave with it.
    NumPy.random.seed(1)
    #expect(NumPy.random.randn(2, 2) == [
      1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705,
    ])
    NumPy.random.seed(1)
    #expect(NumPy.random.rand() == 0.417022004702574)
    try NumPy.random.seed([7])
    var local = try RandomState(seed: [7])
    #expect(NumPy.random.randn(3) == local.randn(3))
    #expect(NumPy.random.getState() == local.getState())
    var values = Array(0..<10)
    NumPy.random.shuffle(&values)
    var expected = Array(0..<10)
    local.shuffle(&expected)
    #expect(values == expected)
  }
}

/// The bulk paths work a 624-word block at a time; these compare them with the one-draw paths
/// from every word alignment and with requests that stop part-way through a block.
@Suite struct BlockBoundaryTests {
  @Test("bulk randn and rand equal one draw at a time, from every word alignment", arguments: 0..<4)
  func everyAlignment(offset: Int) throws {
    var bulk = RandomState(seed: 11)
    _ = try bulk.randint(low: 0, high: 1 << 32, count: offset)  // one word per draw
    var single = bulk
    for size in [1, 2, 3, 155, 156, 157, 311, 312, 313, 5000] {
      let gaussians = bulk.randn(size)
      #expect(gaussians == (0..<size).map { _ in single.standardNormal() }, "randn(\(size))")
      #expect(bulk == single)
      let uniforms = bulk.rand(size)
      #expect(uniforms == (0..<size).map { _ in single.randomSample() }, "rand(\(size))")
      #expect(bulk == single)
      // Shift the alignment again by one word.
      _ = try bulk.randint(low: 0, high: 1 << 32, count: 1)
      _ = try single.randint(low: 0, high: 1 << 32, count: 1)
    }
  }
}

/// The shared stream under concurrent use.
@Suite struct GlobalStreamTests {
  @Test("concurrent draws from one shared stream use each draw exactly once")
  func concurrentDraws() async {
    let shared = GlobalRandomState(RandomState(seed: 21))
    let tasks = 8
    let callsPerTask = 200
    let results = await withTaskGroup(of: [Double].self) { group in
      for _ in 0..<tasks {
        group.addTask {
          var mine: [Double] = []
          for _ in 0..<callsPerTask { mine += shared.randn(2) }
          return mine
        }
      }
      var all: [Double] = []
      for await part in group { all += part }
      return all
    }
    // Calls of two draws each, no cache left between calls: the multiset of draws is the
    // sequential stream's, whatever the interleaving, and the final states agree.
    var sequential = RandomState(seed: 21)
    let expected = sequential.randn(2 * tasks * callsPerTask)
    #expect(results.sorted() == expected.sorted())
    #expect(shared.getState() == sequential.getState())
  }
}
