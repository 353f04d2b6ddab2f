import CatData
import DNNJSON
import DeepNet

/// One call of a learner's function in a grading: its arguments for the Python runner and what
/// the course's own solution returns on them.
public struct LearnerRun: Sendable {
  /// Shown in check names: "" for the notebook's own test case, "fresh inputs", "public test 2" …
  public let label: String
  /// The call form's arguments (PythonCall).
  public let arguments: JSON.Object
  /// What the course's solution (the edition's reference) returns on them; nil when there is
  /// nothing to compare with.
  public let expected: [(String, NumericArray)]?
  /// Whether published and NumPy-reference values apply (the notebook's cases), and under
  /// which graded exercise they are stored (`initialize_parameters_4_3_2`).
  public let published: Bool
  public let key: String
  /// Relative and absolute tolerance against `expected` (a learner's formula may round
  /// differently from the course's in the last digits).
  public let rtol: Double
  public let atol: Double
  /// `np.random.seed` in force when the call starts.
  public let seed: Int
  /// Data written next to the plan instead of inline (name → array), e.g. the cat images.
  public let files: [(String, NumericArray)]
  /// For a training run: every how many iterations its costs are logged (its report plots them).
  public let logEvery: Int?
  /// Said with the inputs when the run fails (`FixtureCase.remark`).
  public let remark: String?

  /// A run.
  public init(
    label: String, arguments: JSON.Object, expected: [(String, NumericArray)]?, published: Bool = false,
    key: String = "", rtol: Double = 1e-7, atol: Double = 1e-10, seed: Int = 1, files: [(String, NumericArray)] = [],
    logEvery: Int? = nil, remark: String? = nil
  ) {
    self.logEvery = logEvery
    self.remark = remark
    self.label = label
    self.arguments = arguments
    self.expected = expected
    self.published = published
    self.key = key
    self.rtol = rtol
    self.atol = atol
    self.seed = seed
    self.files = files
  }
}

/// One function a learner is graded on: its Python call form and runs (the notebook's cases,
/// fresh inputs, the models' trainings).
public struct LearnerExercise: Sendable {
  /// The name in the report: the learner's function (`L_model_forward`, `two_layer_model`).
  public let name: String
  /// The graded exercise whose test case comes first (`L_model_forward_2hidden`): the catalogue
  /// of mistakes is matched under this name.
  public let key: String
  /// The learner's function that is called.
  public let function: String
  /// The call form (`dnnc_runner/calls.py`).
  public let form: String
  /// Graded only when the learner defines it (the dnn_utils activations).
  public let optional: Bool
  /// Seconds the runner allows the whole exercise.
  public let timeout: Double
  /// The calls, the notebook's test case first.
  public let runs: [LearnerRun]
}

/// The exercises of one grading, and the plan file the Python runner reads.
public struct LearnerPlan: Sendable {
  /// What is graded, in the report's order.
  public let exercises: [LearnerExercise]
  /// The seed of the fresh inputs (printed in the report).
  public let freshSeed: UInt32
  /// The assignment (catalogue.json's id): the runner gives the notebook that assignment's
  /// course modules.
  public let assignment: String

  /// The activations the notebooks import from dnn_utils: graded only where the learner wrote them.
  static let optionalFunctions: Set<String> = ["sigmoid", "relu", "sigmoid_backward", "relu_backward"]

  /// The plan for the edition's exercises: one exercise per notebook function, in the notebook's
  /// order, run on each of its test cases (published values and NumPy references apply: the
  /// 2023 (4, 3, 2) cases, the models' second public test are further runs) and on fresh inputs
  /// drawn from `freshSeed`; the Application's models also on the cat data in `datasets`, if given.
  public static func make(_ grader: Grader, freshSeed: UInt32, datasets: String?, timeout: Double) -> LearnerPlan {
    let reference = grader.edition.reference
    let assignment = grader.edition.assignments.first ?? "step_by_step"
    let fresh = FreshInputs.fixtures(seed: freshSeed, assignment: assignment)
    let cat = datasets.flatMap { try? CatDataset.load(directory: $0) }
    var order: [String] = []
    var groups: [String: [GradedFunction]] = [:]
    for function in grader.edition.functions {
      if groups[function.notebookFunction] == nil { order.append(function.notebookFunction) }
      groups[function.notebookFunction, default: []].append(function)
    }
    let exercises = order.compactMap { notebookFunction -> LearnerExercise? in
      guard let group = groups[notebookFunction], let first = group.first else { return nil }
      var runs = group.map { function in
        LearnerRun(
          label: function.name == first.name ? "" : function.name, arguments: (try? function.python.arguments(grader.fixtures)) ?? JSON.Object(),
          expected: try? function.run(reference, grader.fixtures), published: true, key: function.name,
          seed: function.python.seed)
      }
      if let other = FreshInputs.counterpart(of: first, assignment: assignment), let arguments = try? other.python.arguments(fresh) {
        runs.append(LearnerRun(
          label: "fresh inputs", arguments: arguments, expected: try? other.run(reference, fresh), key: first.name,
          seed: other.python.seed, remark: fresh.cases.first { $0.name == notebookFunction }?.remark))
      }
      if let cat, let model = grader.edition.models.first(where: { $0.name == notebookFunction }) {
        runs.append(catRun(model, data: cat))
      }
      if let run = shallowRun(first, edition: grader.edition, cat: cat) { runs.append(run) }
      let seconds = runs.contains { !$0.files.isEmpty } ? max(timeout, 120) : timeout
      return LearnerExercise(
        name: notebookFunction, key: first.name, function: notebookFunction, form: first.python.form,
        optional: optionalFunctions.contains(notebookFunction), timeout: seconds, runs: runs)
    }
    return LearnerPlan(exercises: exercises, freshSeed: freshSeed, assignment: assignment)
  }

  /// The data file of a large argument: the same data (the cat images of both models) is written once.
  static func fileName(_ name: String, _ array: NumericArray) -> String {
    "\(name)-" + array.shape.map(String.init).joined(separator: "x") + ".f64"
  }

  /// The plan as the runner reads it (`dnnc_runner/plan.py`); large arrays go to `files`.
  func json(solution: String, display: String, timeout: Double, limits: SandboxLimits, cpuSeconds: Int) -> JSON {
    let exercises: [JSON] = self.exercises.map { exercise in
      let runs: [JSON] = exercise.runs.map { run in
        var arguments = run.arguments
        for (name, array) in run.files {
          arguments[name] = [
            "shape": .array(array.shape.map { .integer(Int64($0)) }), "file": .string(Self.fileName(name, array)),
          ]
        }
        return ["label": .string(run.label), "seed": .integer(Int64(run.seed)), "args": .object(arguments)]
      }
      return [
        "name": .string(exercise.name), "function": .string(exercise.function), "form": .string(exercise.form),
        "optional": .bool(exercise.optional), "timeout": .number(exercise.timeout), "runs": .array(runs),
      ]
    }
    return [
      "solution": .string(solution), "display": .string(display), "assignment": .string(assignment),
      "timeout": .number(timeout),
      "limits": [
        "memory": .integer(Int64(limits.addressSpace)), "cpu": .integer(Int64(cpuSeconds)),
        "file_size": .integer(Int64(limits.fileSize)),
      ],
      "exercises": .array(exercises),
    ]
  }
}
