/// The catalogue's editions by name, for code and tests that mean one of them. Each traps when the
/// tool's catalogue lacks it (a broken build); commands go through `Edition.named`, which throws.
extension Edition {
  static func catalogued(_ id: String) -> Edition {
    do { return try named(id) } catch { fatalError("\(error)") }
  }

  /// The blog copy (the v3/v4 release, testCases_v2), Step by Step and Application.
  public static var blog: Edition { catalogued("blog") }
  /// The v5 release (testCases_v3, blog grads keys).
  public static var v5: Edition { catalogued("v5") }
  /// The v8 release (testCases_v4).
  public static var v8: Edition { catalogued("v8") }
  /// The v8a release (testCases_v4a).
  public static var v8a: Edition { catalogued("v8a") }
  /// The 2021 release (testCases + public_tests).
  public static var edition2021: Edition { catalogued("2021") }
  /// The 2023 release (test_cases + public_tests).
  public static var edition2023: Edition { catalogued("2023") }
  /// The Application of the Coursera notebooks.
  public static var coursera: Edition { catalogued("coursera") }
}

extension TestCaseRecipe {
  /// testCases_v2's recipes (SPEC §3.1): the blog edition's.
  public static var blog: [TestCaseRecipe] { Edition.blog.recipes }
}

extension GradedFunction {
  /// The Step by Step exercises of the blog edition, in the notebook's order.
  public static var stepByStep: [GradedFunction] { Edition.blog.functions }
}
