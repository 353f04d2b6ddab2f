import DNNJSON
import DeepNet

extension GradedFunction {
  /// The graded exercise a catalogue entry describes: `{"name", "function"?, "form", "case"?,
  /// "args"?}`. The call forms are the constructors of this type, one per form; a form that reads
  /// a fixed test case checks that the entry names that case.
  static func form(_ entry: JSON, edition: String, path: String) throws(FixtureError) -> GradedFunction {
    let made = try callForm(entry, edition: edition, path: path)
    // What the release's own tests demand of a value's Python type goes to the runner as is.
    guard let types = entry["args"]?["python_types"] else { return made }
    return made.passing("python_types", types)
  }

  /// This exercise with one more argument for the Python runner (all else kept).
  func passing(_ key: String, _ value: JSON) -> GradedFunction {
    let call = python
    let extended = PythonCall(form: call.form, seed: call.seed) { fixtures in
      var arguments = try call.arguments(fixtures)
      arguments[key] = value
      return arguments
    }
    var copy = GradedFunction(name, notebookFunction: notebookFunction, python: extended, run: run)
    if let fresh = self.fresh {
      copy.fresh = { @Sendable in fresh().passing(key, value) }
    }
    return copy
  }

  /// The exercise of the entry's call form.
  static func callForm(_ entry: JSON, edition: String, path: String) throws(FixtureError) -> GradedFunction {
    guard let name = entry["name"]?.stringValue, let form = entry["form"]?.stringValue else {
      throw FixtureError("\(path): edition \(edition) has an exercise without name or form: \(entry.serialized())")
    }
    let function = entry["function"]?.stringValue ?? name
    let caseName = entry["case"]?.stringValue
    let args = entry["args"] ?? .object(JSON.Object())
    func problem(_ text: String) -> FixtureError { FixtureError("\(path): edition \(edition), exercise \(name): \(text)") }
    func int(_ key: String) throws(FixtureError) -> Int {
      guard let value = args[key]?.intValue else { throw problem("args.\(key) must be an integer") }
      return value
    }
    /// Week 3's `init_seed`: 2 where initialize_parameters reseeds, null where the weights come
    /// from the seed nn_model (3) or the caller set.
    func drawSeed() throws(FixtureError) -> UInt32 {
      if args["init_seed"] == .null { return UInt32(try int("seed")) }
      guard let seed = args["init_seed"]?.intValue.flatMap(UInt32.init(exactly:)) else {
        throw problem("args.init_seed must be a seed or null")
      }
      return seed
    }
    func fixedCase(_ expected: String, _ made: GradedFunction) throws(FixtureError) -> GradedFunction {
      guard caseName == expected else { throw problem("form \(form) reads the case \(expected), not \(caseName ?? "none")") }
      guard made.name == name else { throw problem("form \(form) grades \(made.name) under that name, not \(name)") }
      return made
    }
    switch form {
    case "initialize_parameters":
      return .initializeParameters(try int("n_x"), try int("n_h"), try int("n_y"), name: name)
    case "initialize_parameters_deep":
      guard let dims = args["layer_dims"]?.arrayValue?.compactMap(\.intValue), dims.count >= 2 else {
        throw problem("args.layer_dims must be a list of at least two sizes")
      }
      return .initializeParametersDeep(dims, name: name)
    case "activation" where function == "sigmoid": return try fixedCase("linear_activation_forward", .sigmoid)
    case "activation" where function == "relu": return try fixedCase("linear_activation_forward", .relu)
    case "activation_backward" where function == "sigmoid_backward":
      return try fixedCase("linear_activation_backward", .sigmoidBackward)
    case "activation_backward" where function == "relu_backward":
      return try fixedCase("linear_activation_backward", .reluBackward)
    case "linear_forward": return try fixedCase("linear_forward", .linearForward)
    case "linear_activation_forward": return try fixedCase("linear_activation_forward", .linearActivationForward)
    case "L_model_forward":
      guard let caseName else { throw problem("form L_model_forward needs a case") }
      return .lModelForward(name: name, case: caseName)
    case "compute_cost": return try fixedCase("compute_cost", .computeCost)
    case "linear_backward": return try fixedCase("linear_backward", .linearBackward)
    case "linear_activation_backward": return try fixedCase("linear_activation_backward", .linearActivationBackward)
    case "L_model_backward": return try fixedCase("L_model_backward", .lModelBackward)
    case "update_parameters":
      guard let rate = args["learning_rate"]?.doubleValue else { throw problem("args.learning_rate must be a number") }
      guard caseName == "update_parameters" else { throw problem("form update_parameters reads the case update_parameters") }
      return .updateParameters(learningRate: rate)
    case "model":
      guard let caseName, let hidden = args["hidden"]?.arrayValue?.compactMap(\.intValue), !hidden.isEmpty,
        let scaling = args["init"]?.stringValue.flatMap(InitScaling.named), let rate = args["learning_rate"]?.doubleValue
      else { throw problem("form model needs a case and args hidden, init, learning_rate, num_iterations") }
      return .modelTest(
        name: name, function: function, case: caseName, hidden: hidden, scaling: scaling, learningRate: rate,
        iterations: try int("num_iterations"))
    case "lr_sigmoid": return try fixedCase("sigmoid", .lrSigmoid)
    case "initialize_with_zeros": return .initializeWithZeros(dim: try int("dim"))
    case "propagate": return try fixedCase("propagate", .propagate)
    case "optimize":
      guard let rate = args["learning_rate"]?.doubleValue else { throw problem("args.learning_rate must be a number") }
      return try fixedCase("propagate", .optimize(iterations: try int("num_iterations"), learningRate: rate))
    case "lr_predict": return try fixedCase("predict", .lrPredict)
    case "lr_model":
      guard let rate = args["learning_rate"]?.doubleValue else { throw problem("args.learning_rate must be a number") }
      return try fixedCase("model", .lrModel(iterations: try int("num_iterations"), learningRate: rate))
    case "layer_sizes": return try fixedCase("layer_sizes", .layerSizes)
    case "planar_initialize_parameters":
      return .planarInitializeParameters(
        try int("n_x"), try int("n_h"), try int("n_y"), seed: try int("seed"), drawSeed: try drawSeed())
    case "forward_propagation": return try fixedCase("forward_propagation", .forwardPropagation)
    case "planar_compute_cost": return try fixedCase("compute_cost", .planarComputeCost)
    case "backward_propagation": return try fixedCase("backward_propagation", .backwardPropagation)
    case "planar_update_parameters":
      guard let rate = args["learning_rate"]?.doubleValue else { throw problem("args.learning_rate must be a number") }
      return try fixedCase("update_parameters", .planarUpdateParameters(learningRate: rate))
    case "nn_model":
      return try fixedCase("nn_model", .nnModel(
        hidden: try int("n_h"), iterations: try int("num_iterations"), seed: try int("seed"), drawSeed: try drawSeed()))
    case "planar_predict": return try fixedCase("predict", .planarPredict)
    default:
      throw problem("unknown call form \(form) for \(function) (the forms: Fixtures/catalogue.json call_forms)")
    }
  }
}
