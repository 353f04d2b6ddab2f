import DeepNet
import Testing

@Suite("Parameters and Gradients dictionaries")
struct ParametersTests {
  @Test("notebook keys, in order, and lookups")
  func parameterKeys() throws {
    let (_, parameters) = TestCases.lModelForward()
    #expect(parameters.keys == ["W1", "b1", "W2", "b2"])
    #expect(parameters.layerCount == 2)
    #expect(parameters["W1"]?.shape == Shape(rows: 3, cols: 4))
    #expect(parameters["b2"]?.shape == Shape(rows: 1, cols: 1))
    for key in ["W0", "W3", "b", "w1", "W01", "W+1", "dW1"] { #expect(parameters[key] == nil) }
  }

  @Test("from the notebook's dictionary")
  func fromDictionary() throws {
    let (_, parameters) = TestCases.lModelForward()
    var dictionary: [String: Matrix] = [:]
    for key in parameters.keys { dictionary[key] = parameters[key] }
    #expect(try Parameters(dictionary) == parameters)
    dictionary["b2"] = nil
    dictionary["c1"] = Matrix([[0]])
    #expect(throws: ModelError.missingKey("b2")) { try Parameters(dictionary) }
  }

  @Test("gradients from a dictionary, both conventions")
  func gradientsFromDictionary() throws {
    let (_, grads) = TestCases.updateParameters()
    let dictionary = ["dW1": grads.layers[0].dW, "db1": grads.layers[0].db,
                      "dW2": grads.layers[1].dW, "db2": grads.layers[1].db]
    let parsed = try Gradients(dictionary)
    #expect(parsed == grads)
    #expect(parsed.keys == ["dW1", "db1", "dW2", "db2"])
    var withDA = dictionary
    withDA["dA0"] = Matrix([[1]])
    let v3 = try Gradients(withDA, convention: .v3)
    #expect(v3.layers[0].dAPrev == Matrix([[1]]) && v3["dA0"] == Matrix([[1]]))
    #expect(v3.keys == ["dA0", "dW1", "db1", "dW2", "db2"])
    #expect(throws: ModelError.missingKey("db2")) {
      try Gradients(["dW1": Matrix([[1]]), "db1": Matrix([[1]]), "dW2": Matrix([[1]])])
    }
  }

  @Test("errors describe themselves in one line")
  func descriptions() {
    #expect(ModelError.missingKey("W3").description == "missing key 'W3'")
    #expect(ModelError.layerCount(expected: 2, got: 3).description == "expected 2 layers, got 3")
  }
}
