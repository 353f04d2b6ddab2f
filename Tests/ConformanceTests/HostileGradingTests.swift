@testable import Conformance
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Learner files that attack the grader. Each is harmless if the isolation fails: it writes only
/// into a folder this test created, starts at most a few bounded processes (found afterwards by a
/// marker unique to the test and killed if they survived), allocates at most 3 GB once.
@Suite(.enabled(if: PythonAvailability.ready, PythonAvailability.reason), .serialized)
struct HostileGradingTests {
  /// A folder of this test's own and the learner file `name` in it with `body` after the blog imports.
  static func learnerFile(_ body: String) throws -> (folder: String, path: String) {
    let folder = try temporaryDirectory()
    let path = "\(folder)/hostile.py"
    try writeFile(path, "import numpy as np\nimport testCases_v2\nfrom dnn_utils_v2 import sigmoid, relu, sigmoid_backward, relu_backward\n" + body)
    return (folder, path)
  }

  static func grade(_ path: String, timeout: Double = 5) throws -> ConformanceReport {
    let source = try NotebookSource(path: path)
    return try PythonGrading.detecting(source, edition: nil, fixturesDirectory: GradingPaths.fixtures, timeout: timeout).grade(source)
  }

  /// Processes whose command line contains `marker`, killed (the test cleans up after a failure).
  static func survivors(_ marker: String) -> [String] {
    let found = FileProbe.entries(in: "/proc").filter { pid in
      Int32(pid) != nil && (FileProbe.contents(of: "/proc/\(pid)/cmdline")?.contains(marker) ?? false)
    }
    for pid in found { if let number = Int32(pid) { kill(number, SIGKILL) } }
    return found
  }

  @Test func aFileThatImplementsNothingFailsEvenIfItPatchesTheRunner() throws {
    let (folder, path) = try Self.learnerFile("""
      import json, sys
      class Sneaky:
          json.dumps = lambda *a, **k: '{"exercise": "linear_forward", "status": "ran", "runs": [{"status": "ok", "outputs": {}}]}'
          sys.modules.get("dnnc_runner.child", sys).RESULT_MARK = b"forged"
      def linear_forward(A, W, b):
          raise NotImplementedError
      """)
    defer { _ = ChildProcess.removeTree(folder) }
    let report = try Self.grade(path)
    #expect(!report.passed)
    for name in ["initialize_parameters", "linear_forward", "compute_cost", "L_model_backward", "update_parameters"] {
      #expect(report.functions.first { $0.name == name }?.status == .failed, "\(name)")
    }
  }

  @Test func killingTheRunnerFailsOnlyWhatWasNotGradedYet() throws {
    let (folder, path) = try Self.learnerFile("""
      import os, signal
      def initialize_parameters(n_x, n_h, n_y):
          np.random.seed(1)
          return {"W1": np.random.randn(n_h, n_x) * 0.01, "b1": np.zeros((n_h, 1)),
                  "W2": np.random.randn(n_y, n_h) * 0.01, "b2": np.zeros((n_y, 1))}
      def linear_forward(A, W, b):
          os.kill(os.getppid(), signal.SIGKILL)
      """)
    defer { _ = ChildProcess.removeTree(folder) }
    let report = try Self.grade(path)
    #expect(report.functions.first { $0.name == "initialize_parameters" }?.status == .passed)
    let forward = try #require(report.functions.first { $0.name == "linear_forward" })
    #expect(forward.status == .failed)
    #expect(!report.passed)
  }

  @Test func writesOutsideThePrivateFolderDoNotLand() throws {
    let (folder, path) = try Self.learnerFile("")
    defer { _ = ChildProcess.removeTree(folder) }
    let target = "\(folder)/precious.txt"
    try writeFile(target, "untouched\n")
    try writeFile(path, String(decoding: try readBytes(path), as: UTF8.self) + """
      try:
          open(\(pythonString(target)), "w").write("overwritten at import")
      except OSError:
          pass
      def linear_forward(A, W, b):
          open(\(pythonString(target)), "w").write("overwritten by a graded function")
          return np.dot(W, A) + b, (A, W, b)
      """)
    let report = try Self.grade(path)
    #expect(String(decoding: try readBytes(target), as: UTF8.self) == "untouched\n")
    #expect(report.functions.first { $0.name == "linear_forward" }?.status == .failed)
  }

  @Test func detachedGrandchildrenDoNotOutliveGrading() throws {
    let marker = "dnnc-hostile-\(getpid())-sleeper"
    let (folder, path) = try Self.learnerFile("""
      import subprocess
      def linear_forward(A, W, b):
          subprocess.Popen(["/bin/sh", "-c", "exec -a \(marker) sleep 300"], start_new_session=True)
          return np.dot(W, A) + b, (A, W, b)
      """)
    defer { _ = ChildProcess.removeTree(folder) }
    _ = try Self.grade(path)
    usleep(300_000)
    #expect(Self.survivors(marker).isEmpty, "a detached process survived grading")
  }

  @Test func aLargeAllocationFailsItsFunctionWithTheMemoryLimit() throws {
    let (folder, path) = try Self.learnerFile("""
      def compute_cost(AL, Y):
          big = np.ones((3 * 1024, 1024 * 1024 // 8))  # 3 GiB
          return float(big[0, 0])
      def linear_forward(A, W, b):
          return np.dot(W, A) + b, (A, W, b)
      """)
    defer { _ = ChildProcess.removeTree(folder) }
    let report = try Self.grade(path)
    let cost = try #require(report.functions.first { $0.name == "compute_cost" })
    #expect(cost.status == .failed)
    #expect(cost.firstFailure?.message.contains("memory limit") == true, "\(cost.checks.map(\.message))")
    #expect(report.functions.first { $0.name == "linear_forward" }?.status == .passed)
  }

  @Test func floodingTheInheritedPipesFailsNothingElse() throws {
    let (folder, path) = try Self.learnerFile("""
      import os, sys
      def linear_forward(A, W, b):
          for fd in range(0, 64):
              try:
                  os.write(fd, b"{\\"done\\": true}\\n" * 1000)
              except OSError:
                  pass
          print("noise " * 100000)
          return np.dot(W, A) + b, (A, W, b)
      """)
    defer { _ = ChildProcess.removeTree(folder) }
    let report = try Self.grade(path)
    #expect(report.functions.first { $0.name == "linear_forward" }?.status == .passed)
    #expect(report.functions.first { $0.name == "compute_cost" }?.status == .failed)
  }
}

/// `text` as a Python string literal.
func pythonString(_ text: String) -> String {
  "'" + text.replacing("\\", with: "\\\\").replacing("'", with: "\\'") + "'"
}
