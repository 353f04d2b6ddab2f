import DNNJSON

/// `Fixtures/mistakes.json`: the common mistakes of the course functions (weeks 2, 3 and 4), as data (what the
/// learner wrote, the notebook's formula, and why it matters).
public struct MistakeCatalogue: Sendable {
  /// One catalogued mistake.
  public struct Entry: Sendable, Equatable {
    /// The catalogue id, e.g. `db_without_mean`.
    public let id: String
    /// The notebook function where the mistake is written, e.g. `linear_backward`.
    public let function: String
    /// Every graded function whose result changes on the fixtures → the outputs that change
    /// (empty: the function stops with an error instead).
    public let affects: [String: [String]]
    /// Why it is wrong, in plain words.
    public let explanation: String
    /// The notebook's formula in words.
    public let expected: String
    /// The notebook's formula as NumPy code.
    public let expectedCode: String
    /// What the learner wrote.
    public let mistakenCode: String
    /// False when no fixture check can see the mistake (the catalogue says so explicitly).
    public let detectableWithFixtures: Bool
    /// Where the mistake matters when that is not the Step-by-Step exercise (`scope`).
    public let scope: String?
    /// The catalogue's further note, if any.
    public let note: String?
    /// The assignment whose functions it is made in (`step_by_step`, `logistic_regression`, `planar`).
    public let assignment: String
    /// The mistake's own test case, when no notebook fixture can show it (`relu_backward_strict`).
    public internal(set) var probe: MistakeProbe? = nil
  }

  /// The entries in the file's order.
  public let entries: [Entry]

  /// Every probe of the catalogue, in the file's order.
  public var probes: [MistakeProbe] { entries.compactMap(\.probe) }

  /// The entry called `id`.
  public subscript(id: String) -> Entry? { entries.first { $0.id == id } }

  /// Reads `<fixturesDirectory>/mistakes.json`.
  public init(fixturesDirectory: String) throws(FixtureError) {
    try self.init(contentsOfFile: "\(fixturesDirectory)/mistakes.json")
  }

  /// Reads a catalogue file.
  public init(contentsOfFile path: String) throws(FixtureError) {
    let json: JSON
    do { json = try JSON.parse(contentsOfFile: path) } catch { throw FixtureError(error.description) }
    guard let mistakes = json["mistakes"]?.objectValue else { throw FixtureError("\(path): no \"mistakes\" object") }
    var entries: [Entry] = []
    for (id, value) in mistakes {
      func text(_ key: String) throws(FixtureError) -> String {
        guard let string = value[key]?.stringValue else { throw FixtureError("\(path): \(id) has no \"\(key)\"") }
        return string
      }
      guard let affectsObject = value["affects"]?.objectValue else {
        throw FixtureError("\(path): \(id) has no \"affects\" object")
      }
      var affects: [String: [String]] = [:]
      for (function, outputs) in affectsObject {
        affects[function] = outputs.arrayValue?.compactMap(\.stringValue) ?? []
      }
      entries.append(Entry(
        id: id, function: try text("function"), affects: affects, explanation: try text("explanation"),
        expected: try text("expected"), expectedCode: try text("expected_code"), mistakenCode: try text("mistaken_code"),
        detectableWithFixtures: value["detectable_with_fixtures"]?.boolValue ?? true,
        scope: value["scope"]?.stringValue, note: value["note"]?.stringValue,
        assignment: value["assignment"]?.stringValue ?? "step_by_step",
        probe: try value["probe"].map { json throws(FixtureError) in
          try MistakeProbe(mistake: id, json: json, context: "\(path): \(id).probe")
        }))
    }
    self.entries = entries
  }
}
