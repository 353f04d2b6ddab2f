import Conformance
import DNNJSON
import DeepNet
import Testing

/// What makes one edition's expectations differ from another's, seen from a learner's side.
@Suite("Edition differences")
struct EditionDifferenceTests {
  /// Fits the blog's compute_cost case only: ignores Y, as if every label were 1.
  struct CostIgnoringY: OneMistake {
    func computeCost(al: Matrix, y: Matrix) throws -> Double { -al.log().sum() / Double(al.cols) }
  }

  @Test("a cost that ignores Y passes blog's Y = [[1, 1, 1]] and fails v4a's Y = [[1, 1, 0]]")
  func costIgnoringY() throws {
    let blog = try EditionTests.result("blog", "compute_cost", CostIgnoringY())
    #expect(blog.status == .passed)
    let v4a = try EditionTests.result("v8a", "compute_cost", CostIgnoringY())
    #expect(v4a.status == .failed)
    #expect(v4a.firstFailure?.name == "cost")
    #expect(v4a.firstFailure?.message.contains("0.2797765635793422 was expected") == true)
    #expect(try EditionTests.result("2021", "compute_cost", CostIgnoringY()).status == .failed)
  }

  @Test("the v4a/2021 cost order gives the published last digit; the blog order misses it by one unit")
  func costOrder() throws {
    let (al, y) = (Matrix([[0.8, 0.9, 0.4]]), Matrix([[1, 1, 0]]))
    #expect(try NotebookFunctions(costOrder: .scaledSum).computeCost(al: al, y: y) == 0.2797765635793422)
    #expect(try NotebookFunctions().computeCost(al: al, y: y) == 0.2797765635793423)
    let blogCase = Matrix([[1, 1, 1]])
    #expect(try computeCost(al: al, y: blogCase, order: .sumOverM) == (try computeCost(al: al, y: blogCase)))
  }

  @Test("each edition's reference computes NumPy's cost to the last bit", arguments: ["blog", "v8", "v8a", "2021"])
  func referenceCostExact(_ id: String) throws {
    let grader = try EditionTests.grader(id)
    let c = try grader.fixtures.require("compute_cost")
    let cost = try grader.edition.reference.computeCost(al: try c.require("AL"), y: try c.require("Y"))
    let numpy = try #require(grader.reference.outputs(of: "compute_cost").first { $0.name == "cost" }?.value.data.first)
    #expect(cost == numpy)
    if id == "v8a" || id == "2021" { #expect(cost == 0.2797765635793422) }
  }

  @Test("grads keyed the blog way fail L_model_backward from v3 on")
  func gradientKeys() throws {
    let blogKeys = NotebookFunctions(gradientKeyConvention: .blog)
    #expect(try EditionTests.result("blog", "L_model_backward", blogKeys).status == .passed)
    let v3 = try EditionTests.result("v8", "L_model_backward", blogKeys)
    #expect(v3.status == .failed)
    let v2021 = try EditionTests.result("2021", "L_model_backward", blogKeys)
    let datatype = try #require(v2021.checks.first)
    #expect(datatype.name == "datatype_check")
    #expect(datatype.status == .failed)
    #expect(datatype.message.hasPrefix("Datatype mismatch: no output dA0"))
    #expect(try EditionTests.result("v3", "L_model_backward", NotebookFunctions(gradientKeyConvention: .v3)).status == .passed)
  }

  @Test("a 2023 learner sees the 2023 expected values under the public tests' names")
  func learner2023() throws {
    let learner = NotebookFunctions(gradientKeyConvention: .v3, costOrder: .scaledSum)
    let run = ConformanceRun(editions: [.edition2023], fixturesDirectory: FixturesDirectory.bundled, includeRandom: false)
    let report = try run.run(implementation: { _ in learner })
    #expect(report.passed)
    let json = report.json
    #expect(json["edition"] == "2023")
    let functions = try #require(json["functions"]?.arrayValue)
    func function(_ name: String) throws -> JSON { try #require(functions.first { $0["name"]?.stringValue == name }) }
    func check(_ function: JSON, _ name: String) throws -> JSON {
      try #require(function["checks"]?.arrayValue?.first { $0["name"]?.stringValue == name }, "no check \(name)")
    }
    let cost = try function("compute_cost")
    #expect(cost["edition"] == "2023")
    #expect(cost["checks"]?.arrayValue?.map { $0["name"]?.stringValue ?? "" }.prefix(3)
      == ["datatype_check", "shape_check", "equation_output_check: cost"])
    #expect(try check(cost, "equation_output_check: cost")["expected"]?["printed"] == ["0.2797765635793422"])
    let backward = try function("linear_backward")
    #expect(try check(backward, "equation_output_check: dA_prev")["expected"]?["shape"] == [5, 4])
    #expect(try check(backward, "shape_check")["expected"]?["dW"] == [3, 5])
    let forward = try function("L_model_forward_2hidden")
    #expect(try check(forward, "equation_output_check: AL")["expected"]?["printed"]?[0] == "0.03921668")
    let init432 = try function("initialize_parameters_4_3_2")
    #expect(try check(init432, "equation_output_check: W1")["expected"]?["printed"]?[0] == "0.01624345")
    #expect(try check(init432, "shape_check")["expected"]?["b2"] == [2, 1])
    let deep432 = try function("initialize_parameters_deep_4_3_2")
    #expect(try check(deep432, "equation_output_check: W1")["expected"]?["printed"]?[0] == "0.01788628")
    let lmb = try function("L_model_backward")
    #expect(try check(lmb, "shape_check")["expected"]?["dA0"] == [4, 2])
    #expect(try check(lmb, "shape_check")["expected"]?["dA1"] == [3, 2])
  }

  @Test("the 2021 release grades initialize_parameters on (3, 2, 1) only; the 2023 release adds (4, 3, 2)")
  func initializerCasesOf2021And2023() {
    #expect(!Edition.edition2021.functions.contains { $0.name.hasSuffix("_4_3_2") })
    #expect(Edition.edition2023.functions.filter { $0.name.hasSuffix("_4_3_2") }.count == 2)
  }

  @Test("v5 keys grads the blog's way on the v3 cases; the 3x2 gradient the notebook prints as dA1 is grads[\"dA2\"]")
  func v5KeysAreTheBlogs() throws {
    #expect(try EditionTests.result("v5", "L_model_backward", NotebookFunctions(gradientKeyConvention: .blog)).status == .passed)
    #expect(try EditionTests.result("v5", "L_model_backward", NotebookFunctions(gradientKeyConvention: .v3)).status == .failed)
  }

  @Test("a wrong shape in 2021 fails shape_check with the public tests' words")
  func wrongShape2021() throws {
    let result = try EditionTests.result("2021", "linear_forward", TransposedForward())
    let shape = try #require(result.checks.first { $0.name == "shape_check" })
    #expect(shape.status == .failed)
    #expect(shape.message == "Wrong shape: Z has shape (2, 1) but (1, 2) was expected")
    #expect(result.checks.first { $0.name.hasPrefix("equation_output_check") }?.message.hasPrefix("Wrong output: ") == true)
  }
}
