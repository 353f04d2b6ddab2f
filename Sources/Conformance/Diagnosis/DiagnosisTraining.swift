#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MistakeCatalogue {
  /// The mistake a training log shows where the Step-by-Step fixtures cannot: the Application's
  /// deep network initialised with `randn * 0.01` (`init_deep_small_scale`) stalls at the entropy
  /// of the labels, because its output no longer depends on the image.
  ///
  /// `costs` is a logged `L_layer_model` run, `positiveShare` the share of label 1 in the training
  /// set (72/209 for the cat data). Returns the catalogue's notes when the last cost, after at least
  /// 1000 iterations, is within 0.005 of the label entropy and fell less than 0.06 from the first;
  /// nil otherwise. In Step by Step `randn * 0.01` is the expected code: no fixture check can show
  /// this mistake, and `Diagnosis` never names it there.
  public func trainingStall(costs: [(iteration: Int, cost: Double)], positiveShare p: Double) -> [String]? {
    guard let entry = self["init_deep_small_scale"], let first = costs.first, let last = costs.last,
      last.iteration >= 1000, p > 0, p < 1
    else { return nil }
    let entropy = -(p * log(p) + (1 - p) * log(1 - p))
    guard abs(last.cost - entropy) < 0.005, first.cost - last.cost < 0.06 else { return nil }
    let four = { (x: Double) in NumPyPrint.cFormat("%.4f", x) }
    return [
      "The cost stalls at \(four(last.cost)) after \(last.iteration) iterations, the entropy of the labels "
        + "(\(four(entropy))): the network only learns the share of positives.",
      "Looks like the deep initializer uses randn * 0.01 [init_deep_small_scale]: expected \(entry.expectedCode)",
      entry.explanation,
    ]
  }
}
