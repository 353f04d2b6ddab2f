/// A catalogued mistake named under a failed function, as the report shows it.
public struct NamedMistake: Sendable, Equatable {
  /// The catalogue id (`Fixtures/mistakes.json`), e.g. `db_without_mean`.
  public let id: String
  /// The mistake in a few words: `db is missing the 1/m`.
  public let headline: String
  /// The notebook function where it is written (may be one the graded function calls).
  public let writtenIn: String
  /// The notebook's formula as NumPy code.
  public let expectedCode: String
  /// What a learner with this mistake usually wrote.
  public let mistakenCode: String
  /// Why it is wrong; nil when another function's entry explains it (`explainedUnder`).
  public let explanation: String?
  /// The function under which the explanation is given, when it is not this one.
  public let explainedUnder: String?
  /// The lines of `FunctionResult.notes` that say the same, so a page can show them once.
  public let noteLines: [String]

  /// A named mistake.
  public init(
    id: String, headline: String, writtenIn: String, expectedCode: String, mistakenCode: String,
    explanation: String?, explainedUnder: String?, noteLines: [String]
  ) {
    self.id = id
    self.headline = headline
    self.writtenIn = writtenIn
    self.expectedCode = expectedCode
    self.mistakenCode = mistakenCode
    self.explanation = explanation
    self.explainedUnder = explainedUnder
    self.noteLines = noteLines
  }

  /// The same mistake with `old` written `new` in every text (a graded exercise's key shown
  /// under the learner's function name).
  public func replacing(_ old: String, with new: String) -> NamedMistake {
    NamedMistake(
      id: id, headline: headline, writtenIn: writtenIn.replacing(old, with: new), expectedCode: expectedCode,
      mistakenCode: mistakenCode, explanation: explanation, explainedUnder: explainedUnder?.replacing(old, with: new),
      noteLines: noteLines.map { $0.replacing(old, with: new) })
  }
}
