import Conformance
import Testing

/// NumPy 1.13's print, against prints of seeds/000 (whose line breaks the blog turned into spaces)
/// and of NumPy 2.4.6 with `np.set_printoptions(legacy='1.13')`.
@Suite struct NumPyPrintTests {
  /// The blog's print with its lost line breaks: rows are separated by "] [".
  private func blog(_ array: NumericArray) -> String {
    NumPyPrint.string(array).replacingNewlines()
  }

  @Test func rowVectorsAsTheBlogPrintsThem() {
    #expect(NumPyPrint.string(NumericArray(shape: [1, 2], data: [3.262953374654174, -1.2342998686128757])) == "[[ 3.26295337 -1.23429987]]")
    #expect(NumPyPrint.string(NumericArray(shape: [1, 2], data: [3.4389613097, 0])) == "[[ 3.43896131  0.        ]]")
    #expect(NumPyPrint.string(NumericArray(shape: [1, 2], data: [0.1700726476691228, 0.2524271978768134])) == "[[ 0.17007265  0.2524272 ]]")
  }

  @Test func matricesWithZerosAndNegativeZeros() {
    let dA1 = NumericArray(shape: [4, 2], data: [0, 0.52257901, 0, -0.3269206, 0, -0.32070404, 0, -0.74079187])
    #expect(NumPyPrint.string(dA1) == """
      [[ 0.          0.52257901]
       [ 0.         -0.3269206 ]
       [ 0.         -0.32070404]
       [ 0.         -0.74079187]]
      """)
    #expect(blog(dA1) == "[[ 0.          0.52257901] [ 0.         -0.3269206 ] [ 0.         -0.32070404] [ 0.         -0.74079187]]")
    let reluDAPrev = NumericArray(shape: [3, 2], data: [0.44090989, -0.0, 0.37883606, -0.0, -0.2298228, 0])
    #expect(blog(reluDAPrev) == "[[ 0.44090989 -0.        ] [ 0.37883606 -0.        ] [-0.2298228   0.        ]]")
    #expect(blog(NumericArray(shape: [2, 1], data: [0, 0])) == "[[ 0.] [ 0.]]")
    let w1 = NumericArray(shape: [2, 3], data: [0.01624345, -0.00611756, -0.00528172, -0.01072969, 0.00865408, -0.02301539])
    #expect(blog(w1) == "[[ 0.01624345 -0.00611756 -0.00528172] [-0.01072969  0.00865408 -0.02301539]]")
    let updated = NumericArray(shape: [1, 3], data: [-0.55569196, 0.0354055, 1.32964895])
    #expect(blog(updated) == "[[-0.55569196  0.0354055   1.32964895]]")
  }

  @Test func scalarsAsNumPy113Floats() {
    #expect(NumPyPrint.string(NumericArray(scalar: 0.414931599615397)) == "0.414931599615")
    #expect(NumPyPrint.scalar(2) == "2.0")
    #expect(NumPyPrint.scalar(-1.2447947988461908) == "-1.24479479885")
  }

  /// Prints of NumPy 2.4.6 with legacy='1.13': exponent format, 1-d arrays, wrapping, summaries.
  @Test func layoutsNumPyChoosesForOtherArrays() {
    #expect(NumPyPrint.string(NumericArray(shape: [1, 2], data: [1e-5, 1])) == "[[  1.00000000e-05   1.00000000e+00]]")
    #expect(NumPyPrint.string(NumericArray(shape: [2], data: [0.5, 0.25])) == "[ 0.5   0.25]")
    let long = NumericArray(shape: [2000], data: (0..<2000).map { Double($0) / 7 })
    #expect(NumPyPrint.string(long) == """
      [  0.00000000e+00   1.42857143e-01   2.85714286e-01 ...,   2.85285714e+02
         2.85428571e+02   2.85571429e+02]
      """)
    let wide = NumericArray(shape: [1, 7], data: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7])
    #expect(NumPyPrint.string(wide) == "[[ 0.1  0.2  0.3  0.4  0.5  0.6  0.7]]")
    let wrapped = NumericArray(shape: [1, 10], data: [1.5, -2.25, 3.125, 4, 5, 6, 7, 8.0625, 9, 10])
    #expect(NumPyPrint.string(wrapped) == """
      [[  1.5     -2.25     3.125    4.       5.       6.       7.       8.0625
          9.      10.    ]]
      """)
  }

  /// Every published array of the blog reprints with exactly the notebook's characters, from the
  /// printed values and from NumPy's full-precision outputs alike (the sign of a zero aside).
  @Test func everyPublishedPrintIsReproduced() throws {
    let grader = try GradingPaths.blogGrader()
    var compared = 0
    for (function, outputs) in grader.published.functions {
      for (output, published) in outputs where !published.shape.isEmpty {
        let fromPrinted = NumPyPrint.string(NumericArray(shape: published.shape, data: published.values))
        #expect(tokens(fromPrinted) == published.printed, "\(function).\(output)")
        if let reference = grader.reference.outputs(of: function).first(where: { $0.name == output })?.value {
          // NumPy 2.4's BLAS writes +0 where the blog's NumPy had -0 (relu.dA_prev): sign of zero aside.
          #expect(
            tokens(NumPyPrint.string(reference)).map(unsignedZero) == published.printed.map(unsignedZero),
            "\(function).\(output) from NumPy's value")
          compared += 1
        }
      }
    }
    #expect(compared >= 25)
  }

  private func unsignedZero(_ token: String) -> String { token == "-0." ? "0." : token }

  private func tokens(_ print: String) -> [String] {
    print.split(whereSeparator: { $0 == "[" || $0 == "]" || $0 == " " || $0 == "\n" }).map(String.init)
  }
}

extension String {
  fileprivate func replacingNewlines() -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "")
  }
}
