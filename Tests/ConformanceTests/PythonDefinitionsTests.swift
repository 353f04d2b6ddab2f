import Testing

@testable import Conformance

/// What the grader reads from a learner's own definitions: parameters, defaults and the names
/// each function calls, with comments, strings and docstrings left out.
struct PythonDefinitionsTests {
  static let source = """
    import numpy as np

    def optimize(w, b, X, Y,
                 num_iterations=100, learning_rate=0.009, *, print_cost=False):
        \"\"\"
        Use propagate() to get the gradients: propagate(w, b, X, Y).
        \"\"\"
        # grads, cost = propagate(w, b, X, Y)
        grads, cost = None
        label = "propagate(w)" + 'sigmoid(z)'
        if (cost is None):
            return helper (w), np.dot(w.T, X)

    def model(X, Y, d: tuple = (1, max(2, 3))):
        def inner(z):
            return sigmoid(z)
        return optimize(X, Y), inner(X)
    def one_line(x): return predict(x)

    print(model(1, 2))
    """

  @Test func parametersAndDefaults() {
    let definitions = PythonDefinitions(Self.source).definitions
    #expect(definitions["optimize"]?.parameters == ["w", "b", "X", "Y", "num_iterations", "learning_rate", "print_cost"])
    #expect(definitions["optimize"]?.defaults == ["num_iterations": "100", "learning_rate": "0.009", "print_cost": "False"])
    #expect(definitions["model"]?.parameters == ["X", "Y", "d"])
    #expect(definitions["model"]?.defaults["d"] == "(1, max(2, 3))")
  }

  @Test func callsLeaveOutCommentsStringsAndDocstrings() {
    let definitions = PythonDefinitions(Self.source).definitions
    #expect(definitions["optimize"]?.calls == ["helper", "dot"])
    #expect(definitions["model"]?.calls == ["sigmoid", "optimize", "inner"])
    #expect(definitions["inner"]?.calls == ["sigmoid"])
    #expect(definitions["one_line"]?.calls == ["predict"])
    #expect(definitions["print"] == nil)
  }
}
