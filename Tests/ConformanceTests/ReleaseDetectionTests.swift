import Conformance
import Testing

/// The release a learner's file is graded as, from its imports and definitions alone.
struct ReleaseDetectionTests {
  static let cases: [(String, String)] = [
    ("import numpy as np\nfrom testCases_v2 import *\nfrom dnn_utils_v2 import sigmoid\n", "blog"),
    ("import testCases\nimport lr_utils\ndef linear_forward(A, W, b): pass\ndef two_layer_model(X, Y, d): pass\n", "blog"),
    ("from testCases_v3 import *\n", "v5"),
    ("from testCases_v4 import *\n", "v8"),
    ("from testCases_v4a import *\n", "v8a"),
    ("from testCases import *\nfrom public_tests import *\n", "2021"),
    ("from test_cases import *\nfrom public_tests import *\n", "2023"),
    ("from testCases import *\nfrom public_tests import *\ninitialize_parameters_test_2(initialize_parameters)\n", "2023"),
    ("from testCases import *\nimport dnn_app_utils_v3\ndef linear_forward(A, W, b):\n    return dnn_app_utils_v3.linear_forward(A, W, b)\n", "blog"),
    ("from dnn_app_utils_v2 import *\ndef two_layer_model(X, Y, layers_dims): pass\n", "coursera"),
    ("from dnn_app_utils_v3 import *\nfrom public_tests import *\n", "coursera"),
    ("import numpy as np\ndef L_layer_model(X, Y, layers_dims): pass\n", "coursera"),
    ("import numpy as np\n", "blog"),
    ("    from testCases_v4a import (linear_forward_test_case,\n        compute_cost_test_case)\n", "v8a"),
  ]

  @Test(arguments: cases)
  func detected(_ source: String, _ edition: String) {
    let detection = ReleaseDetection.detect(source)
    #expect(detection.edition == edition, "\(detection.reason)")
    #expect(!detection.reason.isEmpty)
  }

  @Test func everyDetectedEditionExists() throws {
    for (source, _) in Self.cases { _ = try Edition.named(ReleaseDetection.detect(source).edition) }
  }
}
