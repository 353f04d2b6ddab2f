import ConformanceTesting
import DeepNet
import Synchronization
import Testing
@testable import Conformance

/// The course's functions with `L_model_backward` reading one cache past the end: a trap.
struct TrappingBackward: NotebookDelegating {
  let notebook = NotebookFunctions()

  /// The line of the trap, which the report must name.
  static let trapLine = #line + 3

  func lModelBackward(al: Matrix, y: Matrix, caches: [LayerCache]) throws -> Gradients {
    let last = caches[caches.count]  // the trap: one past the end
    return try notebook.lModelBackward(al: al, y: y, caches: [last])
  }
}

/// The course's update with `W + learning_rate * dW` but the right `b - learning_rate * db`.
struct PlusOnWeightsOnly: NotebookDelegating {
  let notebook = NotebookFunctions()

  func updateParameters(_ parameters: Parameters, grads: Gradients, learningRate: Double) throws -> Parameters {
    var updated = parameters
    for l in updated.layers.indices {
      updated.layers[l].w = try updated.layers[l].w + learningRate * grads.layers[l].dW
      updated.layers[l].b = try updated.layers[l].b - learningRate * grads.layers[l].db
    }
    return updated
  }
}

@Suite struct IsolatedGradingTests {
  /// The trap fails L_model_backward alone, with the runtime's message and the line of this file
  /// where it happened; the table still has every other function, passed.
  @Test func aTrapFailsItsFunctionAloneWithItsMessageAndLine() throws {
    try #require(IsolatedGrading.isAvailable)
    let comments = Mutex<[String]>([])
    var report: ConformanceReport?
    withKnownIssue {
      report = expectConformance(TrappingBackward(), fixtures: GradingPaths.fixtures)
    } matching: { issue in
      comments.withLock { $0.append(issue.comments.map(\.rawValue).joined(separator: "\n")) }
      return true
    }
    let graded = try #require(report)
    #expect(graded.functions.filter { $0.status == .failed }.map(\.name) == ["L_model_backward"])
    #expect(graded.count(.passed) == GradedFunction.stepByStep.count - 1)
    let recorded = comments.withLock { $0 }
    #expect(recorded.count == 1)
    let text = try #require(recorded.first)
    #expect(text.hasPrefix("L_model_backward failed: L_model_backward crashed: Index out of range at "))
    #expect(text.contains("IsolatedGradingTests.swift:\(TrappingBackward.trapLine) (in "), "\(text)")
    #expect(graded.functions.allSatisfy { $0.notes.isEmpty })
  }

  /// Isolated and in-process grading give the same verdicts and notes.
  @Test func isolatedGradingAgreesWithInProcessGrading() throws {
    try #require(IsolatedGrading.isAvailable)
    let mistaken = PrimitiveMistake(.dbWithoutMean, .blog)
    var isolated: ConformanceReport?
    withKnownIssue { isolated = expectConformance(mistaken, fixtures: GradingPaths.fixtures) }
    let inProcess = try Conformance.grade(mistaken, fixtures: GradingPaths.fixtures)
    let child = try #require(isolated)
    #expect(child.functions.map(\.name) == inProcess.functions.map(\.name))
    #expect(child.functions.map(\.status) == inProcess.functions.map(\.status))
    #expect(child.functions.map(\.notes) == inProcess.functions.map(\.notes))
    #expect(child.functions.map { $0.checks.map(\.message) } == inProcess.functions.map { $0.checks.map(\.message) })
  }

  @Test func aCrashReportNamesTheFirstFrameWithASourceLine() throws {
    let stderr = """
      Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

      *** Program crashed: Illegal instruction at 0x00007f9b0b56df7f ***
        0      0x00007f9b0b56df7f closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
        2 [ra] 0x00007f9b0bc5ef65 specialized Array.subscript.getter + 84 in libswiftSwiftOnoneSupport.so
        3 [ra] 0x000056016980a081 Mine.lModelBackward(al:y:caches:) + 32 in MyDeepNet at /home/me/Sources/MyDeepNet/Mine.swift:88:17
        4 [ra] 0x0000560169809fc9 closure #1 in grade + 232 in Conformance at /pkg/Sources/Conformance/Grader.swift:4:7
      """
    let crash = try #require(CrashReport(standardError: stderr, termination: .signalled(4)))
    #expect(crash.description == "Index out of range at Mine.swift:88 (in Mine.lModelBackward(al:y:caches:))")
    let killed = try #require(CrashReport(standardError: "", termination: .signalled(11)))
    #expect(killed.message.hasPrefix("signal 11"))
    #expect(CrashReport(standardError: "all fine", termination: .exited(0)) == nil)
  }

  /// relu_backward masking only Z < 0 passes every fixture check; the catalogue's probe fails it
  /// and names the mistake, and no other function fails.
  @Test func theReluProbeNamesTheStrictMask() throws {
    let catalogue = try GradingPaths.catalogue()
    let report = try Conformance.grade(PrimitiveMistake(.reluBackwardStrict, .blog), fixtures: GradingPaths.fixtures)
    let failed = report.functions.filter { $0.status == .failed }
    #expect(failed.map(\.name) == ["relu_backward"])
    let relu = try #require(failed.first)
    #expect(relu.namedMistakes(in: catalogue) == ["relu_backward_strict"])
    #expect(relu.firstFailure?.message == "dZ is [[0, 1, 1]] but [[0, 0, 1]] was expected for dA = [[1, 1, 1]], Z = [[-1, 0, 1]]")
    let correct = try Conformance.grade(NotebookFunctions(), fixtures: GradingPaths.fixtures)
    let probe = correct.functions.first { $0.name == "relu_backward" }?.checks.filter { $0.name.contains("probe") }
    #expect(probe?.count == 1 && probe?.first?.status == .passed)
  }

  /// `+` on W only: update_parameters fails with update_plus named for W1 and W2.
  @Test func anUpdateWrongOnWeightsOnlyIsNamed() throws {
    let report = try Conformance.grade(PlusOnWeightsOnly(), fixtures: GradingPaths.fixtures)
    let failed = report.functions.filter { $0.status == .failed }
    #expect(failed.map(\.name) == ["update_parameters"])
    let note = try #require(failed.first?.notes.first)
    #expect(note.hasPrefix("Looks like the parameters move along the gradient (+) instead of against it (-) (in W1, W2 only) [update_plus]"))
  }
}
