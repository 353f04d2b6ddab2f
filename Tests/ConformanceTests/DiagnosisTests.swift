import DNNJSON
import DeepNet
import Testing
@testable import Conformance

/// Swift conformers with each catalogued mistake: failed on exactly the functions and outputs the
/// catalogue lists, with that mistake named; undetectable mistakes pass and are never named.
@Suite struct DiagnosisTests {
  /// Mistakes a Swift conformer can make (db_without_keepdims needs a 1-d array: tested below).
  static let conformerMistakes = MistakeVariant.all.filter { $0.reshape == nil }.map(\.id)

  @Test(arguments: conformerMistakes)
  func mistakenConformerFailsWhereTheCatalogueSaysAndIsNamed(_ id: String) throws {
    let catalogue = try GradingPaths.catalogue()
    let entry = try #require(catalogue[id])
    // Each mistake on an edition of its own assignment: week 4's on the blog, weeks 2 and 3 on v5.
    let editions = ["step_by_step": "blog", "logistic_regression": "w2-v5", "planar": "w3-v5"]
    let edition = try Edition.named(try #require(editions[entry.assignment]))
    let grader = try Grader(edition: edition, fixturesDirectory: GradingPaths.fixtures)
    let variant = try #require(MistakeVariant.all.first { $0.id == id })
    let results = grader.gradeDiagnosed(variant.implementation(edition.reference.gradientKeyConvention), catalogue: catalogue)
    let failed = results.filter { $0.status == .failed }
    guard entry.detectableWithFixtures else {
      // Invisible on the fixtures: only the mistake's own probe, if it has one, can fail it.
      let probed = entry.probe.map { [$0.function] } ?? []
      #expect(failed.map(\.name) == probed, "\(id) is not visible on the fixtures, yet failed \(failed.map(\.name))")
      for function in failed { #expect(function.namedMistakes(in: catalogue) == [id], "\(function.notes)") }
      #expect(results.allSatisfy { $0.notes.isEmpty || probed.contains($0.name) })
      return
    }
    #expect(Set(failed.map(\.name)) == Set(entry.affects.keys))
    for function in failed {
      if let outputs = entry.affects[function.name], !outputs.isEmpty {
        #expect(function.failedOutputs == Set(outputs), "\(function.name)")
      }
      #expect(function.namedMistakes(in: catalogue) == [id], "\(function.name): \(function.notes)")
    }
    let origin = try #require(failed.first { $0.name == entry.function })
    #expect(origin.notes.contains(entry.explanation))
    #expect(origin.notes.contains { $0.contains("expected \(entry.expectedCode)") })
  }

  @Test func everyCatalogueEntryIsReproducedOrDeclaredUndetectable() throws {
    let catalogue = try GradingPaths.catalogue()
    let variants = Set(MistakeVariant.all.map(\.id))
    for entry in catalogue.entries {
      #expect(variants.contains(entry.id) || !entry.detectableWithFixtures, "\(entry.id) has no Swift variant")
    }
    for id in variants { #expect(catalogue[id] != nil, "\(id) is not in mistakes.json") }
    // randn * 0.01 is the Step-by-Step initializer's right code: it only shows in training.
    let small = try #require(catalogue["init_deep_small_scale"])
    #expect(!small.detectableWithFixtures && small.affects.isEmpty)
  }

  @Test func oneDimensionalBiasGradientIsNamedFromOutputsOrFromTheAssert() throws {
    let grader = try GradingPaths.blogGrader()
    let diagnosis = Diagnosis(grader: grader, catalogue: try GradingPaths.catalogue())
    let function = GradedFunction.linearBackward
    let correct = try function.run(NotebookFunctions(), grader.fixtures)
    let flattened = MistakeVariant.flattenBiasGradients(correct)
    #expect(flattened.first { $0.0 == "db" }?.1.shape == [1])
    #expect(diagnosis.findings(for: function, evidence: .outputs(flattened)).map(\.mistake) == ["db_without_keepdims"])
    let raised = "AssertionError (at sol.py:142 in linear_backward: assert db.shape == b.shape)"
    #expect(diagnosis.findings(for: .lModelBackward, evidence: .error(raised)).map(\.mistake) == ["db_without_keepdims"])
    #expect(diagnosis.findings(for: function, evidence: .error("KeyError: 'dA1'")).isEmpty)
  }

  @Test func nothingIsNamedForOutputsThatMatchNoMistake() throws {
    let grader = try GradingPaths.blogGrader()
    let diagnosis = Diagnosis(grader: grader, catalogue: try GradingPaths.catalogue())
    // Nearly right relu_backward outputs: the strict-relu variant equals the correct ones here,
    // so it must not be named even though it "matches".
    let correct = try GradedFunction.reluBackward.run(NotebookFunctions(), grader.fixtures)
    let nudged = correct.map { ($0.0, NumericArray(shape: $0.1.shape, data: $0.1.data.map { $0 * (1 + 1e-11) })) }
    #expect(diagnosis.findings(for: .reluBackward, evidence: .outputs(nudged)).isEmpty)
    // Outputs twice the right ones are no catalogued mistake of linear_forward.
    let z = try GradedFunction.linearForward.run(NotebookFunctions(), grader.fixtures)
    let doubled = z.map { ($0.0, NumericArray(shape: $0.1.shape, data: $0.1.data.map { 2 * $0 })) }
    #expect(diagnosis.findings(for: .linearForward, evidence: .outputs(doubled)).isEmpty)
  }

  @Test func aFailureWithoutKnownMistakePointsAtTheFailedCallee() throws {
    let grader = try GradingPaths.blogGrader()
    let diagnosis = Diagnosis(grader: grader, catalogue: try GradingPaths.catalogue())
    let failed = { (name: String) in
      FunctionResult(name: name, checks: [CheckResult(name: "runs", status: .failed, message: "raised", edition: "blog")])
    }
    let results = [failed("linear_activation_backward"), failed("L_model_backward")]
    let annotated = diagnosis.annotate(results, evidence: [
      "linear_activation_backward": .notImplemented, "L_model_backward": .error("NameError: name 'x' is not defined"),
    ])
    #expect(annotated[0].notes.isEmpty)
    #expect(annotated[1].notes == [
      "L_model_backward calls linear_activation_backward, which failed too: fix linear_activation_backward first"
    ])
  }

  /// Where the learner's source is known, a failed function is sent to a failed callee only when
  /// it calls it (directly or through its other functions), and not when the call itself is wrong.
  @Test func aCalleeIsBlamedOnlyWhereTheLearnerCallsIt() throws {
    let grader = try GradingPaths.blogGrader()
    var diagnosis = Diagnosis(grader: grader, catalogue: try GradingPaths.catalogue())
    let failed = { (name: String, message: String) in
      FunctionResult(name: name, checks: [CheckResult(name: "runs", status: .failed, message: message, edition: "blog")])
    }
    let results = [
      failed("linear_backward", "raised"), failed("linear_activation_backward", "raised"),
      failed("L_model_backward", "NameError: name 'AL' is not defined"),
    ]
    let evidence: [String: FunctionEvidence] = [
      "linear_backward": .notImplemented, "linear_activation_backward": .error("raised"), "L_model_backward": .error("raised"),
    ]
    // L_model_backward, unwritten, calls nothing; linear_activation_backward calls linear_backward.
    diagnosis.writtenCalls = ["L_model_backward": ["len"], "linear_activation_backward": ["linear_backward", "relu_backward"]]
    var annotated = diagnosis.annotate(results, evidence: evidence)
    #expect(annotated[1].notes == ["linear_activation_backward calls linear_backward, which failed too: fix linear_backward first"])
    #expect(annotated[2].notes.isEmpty, "\(annotated[2].notes)")
    // Through linear_activation_backward, L_model_backward reaches linear_backward.
    diagnosis.writtenCalls?["L_model_backward"] = ["linear_activation_backward"]
    annotated = diagnosis.annotate(results, evidence: evidence)
    #expect(annotated[2].notes == [
      "L_model_backward calls linear_activation_backward, which failed too: fix linear_activation_backward first"
    ])
    // A call with arguments the callee's definition does not take is the caller's own mistake.
    let wrongCall = [results[0], failed(
      "linear_activation_backward", "TypeError: linear_backward() takes 2 positional arguments but 3 were given (at x)")]
    annotated = diagnosis.annotate(wrongCall, evidence: evidence)
    #expect(annotated[1].notes.isEmpty, "\(annotated[1].notes)")
  }

  /// init_deep_small_scale shows only in training: the catalogue's own stalled log is recognised,
  /// NumPy's correct log and the 2-layer log are not.
  @Test func smallDeepInitializationIsRecognisedInATrainingLog() throws {
    let catalogue = try GradingPaths.catalogue()
    let mistakes = try JSON.parse(contentsOfFile: GradingPaths.fixtures + "/mistakes.json")
    let stalled = try #require(mistakes["mistakes"]?["init_deep_small_scale"]?["training"]?["costs"]?.arrayValue)
    let share = 72.0 / 209.0
    let notes = try #require(catalogue.trainingStall(costs: log(stalled), positiveShare: share))
    #expect(notes[0].hasPrefix("The cost stalls at 0.6440 after 2499 iterations"))
    #expect(notes[1].contains("[init_deep_small_scale]") && notes[2] == catalogue["init_deep_small_scale"]?.explanation)
    let training = try JSON.parse(contentsOfFile: GradingPaths.fixtures + "/reference/training-blog.json")
    for model in ["L_layer_model", "two_layer_model"] {
      let good = try #require(training[model]?["costs"]?.arrayValue)
      #expect(catalogue.trainingStall(costs: log(good), positiveShare: share) == nil, "\(model)")
    }
    #expect(catalogue.trainingStall(costs: Array(log(stalled).prefix(5)), positiveShare: share) == nil)
  }

  private func log(_ entries: [JSON]) -> [(iteration: Int, cost: Double)] {
    entries.compactMap { entry in
      guard let i = entry[0]?.intValue, let cost = entry[1]?.doubleValue else { return nil }
      return (i, cost)
    }
  }
}
