/// What a learner's grade was about: the file, the assignment and the release it was graded as,
/// and why that release (the header of a grade's page).
public struct ReportSubject: Sendable, Equatable {
  /// The learner's file as named on the command line's last path component (`my_notebook.ipynb`).
  public let file: String
  /// The assignment: the Step-by-Step notebook or the Application.
  public let assignment: String
  /// The edition id graded against.
  public let edition: String
  /// Why that edition: detected from the file's imports, or asked for with `--edition`.
  public let reason: String

  /// A subject.
  public init(file: String, assignment: String, edition: String, reason: String) {
    self.file = file
    self.assignment = assignment
    self.edition = edition
    self.reason = reason
  }
}
