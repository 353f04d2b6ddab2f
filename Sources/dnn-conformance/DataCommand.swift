import ArgumentParser
import DNNJSON
import DeepNet

extension DNNConformanceCommand {
  /// `dnn-conformance data planar`: the week-3 flower as NumPy draws it.
  struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "data",
      abstract: "Print a course data set that is drawn from a seed (planar: week 3's flower).",
      discussion: """
        planar: planar_utils.load_planar_dataset() after np.random.seed(1), bit for bit: X (2, 400) \
        and Y (1, 400). Text prints one point per line (x1 x2 y); --json prints \
        {"X":{"shape":[2,400],"data":[...]},"Y":{"shape":[1,400],"data":[...]}}, doubles printed so \
        they parse back to the same bits.
        """
    )

    @Argument(help: "The data set: planar.")
    var name: DataSetName

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    func run() throws {
      let (x, y) = PlanarDataset.flower()
      if json {
        let object: JSON = ["X": Self.arrayJSON(x), "Y": Self.arrayJSON(y)]
        print(object.serialized(pretty: false))
      } else {
        print("# x1 x2 y  (X is (2, \(x.cols)), Y is (1, \(y.cols)))")
        for j in 0..<x.cols { print("\(x[0, j]) \(x[1, j]) \(Int(y[0, j]))") }
      }
    }

    static func arrayJSON(_ m: Matrix) -> JSON {
      ["shape": [.integer(Int64(m.rows)), .integer(Int64(m.cols))], "data": .array(m.data.map(JSON.number))]
    }
  }
}

/// The data sets `data` prints.
enum DataSetName: String, ExpressibleByArgument, CaseIterable {
  case planar
}
