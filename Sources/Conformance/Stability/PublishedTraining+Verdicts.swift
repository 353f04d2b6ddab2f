extension PublishedTraining {
  /// Every number this log publishes (its costs, then the accuracies), as printed, with its
  /// verdict against `study` (nil where our run printed no such number).
  public func verdicts(_ study: some StudiedRun) -> [(number: PrintedNumber, printed: String, verdict: PublishedNumberVerdict?)] {
    var list: [(PrintedNumber, String, PublishedNumberVerdict?)] = costs.map { entry in
      (.cost(entry.iteration), entry.printed, study.stability(of: .cost(entry.iteration)).map {
        PublishedNumberVerdict(published: entry.printed, precision: precision, stability: $0)
      })
    }
    for (number, printed) in [(PrintedNumber.trainAccuracy, trainAccuracy), (.testAccuracy, testAccuracy)] {
      guard let printed else { continue }
      list.append((number, printed, study.stability(of: number).map {
        PublishedNumberVerdict(published: printed, precision: .exact, truncated: accuracyTruncated, stability: $0)
      }))
    }
    return list
  }
}
