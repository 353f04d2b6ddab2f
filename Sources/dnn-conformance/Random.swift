import ArgumentParser
import NumPyRandom

extension DNNConformanceCommand {
  /// `dnn-conformance random --seed S SPEC...` (SPEC §6).
  struct Random: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Draw from NumPy's legacy RandomState and print the draws as one JSON array.",
      discussion: """
        All SPECs draw, in order, from one stream seeded as np.random.seed(S). Element i of the \
        output is the flat, row-major list of values for SPEC i. Doubles are printed so that \
        they parse back to the identical double.

        SPEC is one of:
          randn:RxC                 np.random.randn(R, C)   (also randn:N)
          rand:RxC                  np.random.rand(R, C)    (also rand:N)
          randint:LOW:HIGH:N        np.random.randint(LOW, HIGH, N)
          permutation:N             np.random.permutation(N)
          choice:N:SIZE[:noreplace] np.random.choice(N, SIZE, replace=...)

        Example: dnn-conformance random --seed 1 randn:3x2 rand:2
        """
    )

    @Option(
      name: .long, parsing: .unconditional,
      help: ArgumentHelp(
        "An integer in 0 ... 2**32-1 (np.random.seed(7)) or a bracketed list (np.random.seed([1,2,3])).",
        valueName: "seed"),
      transform: { text in try Seed(parsing: text) })
    var seed: Seed

    @Argument(
      help: ArgumentHelp("What to draw, in order (see above).", valueName: "spec"),
      transform: { text in try RandomSpec(parsing: text) })
    var specs: [RandomSpec] = []

    /// Checks every spec, then streams the draws to stdout (never the whole output in memory).
    func run() throws {
      for spec in specs { try spec.checkDrawable() }
      var random = try RandomState(seed: seed)
      var output = JSONArrayOutput.standardOutput()
      try Self.write(specs, from: &random, to: &output)
      output.flush()
    }

    /// `[spec 0's values,spec 1's values,...]` and a newline, drawn in order from `random`,
    /// `chunk` values at a time.
    static func write(
      _ specs: [RandomSpec], from random: inout RandomState, to output: inout JSONArrayOutput,
      chunk: Int = RandomSpec.chunk
    ) throws {
      output.beginArray()
      for spec in specs { try spec.stream(from: &random, into: &output, chunk: chunk) }
      output.endArray()
      output.appendText("\n")
    }
  }
}
