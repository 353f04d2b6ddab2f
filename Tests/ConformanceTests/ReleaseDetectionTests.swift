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
    // Week 2: lr_utils with the week-2 functions; the 2017 release by its integer propagate test.
    ("from lr_utils import load_dataset\ndef propagate(w, b, X, Y): pass\n", "w2-v5"),
    ("from lr_utils import load_dataset\nw, b, X, Y = np.array([[1],[2]]), 2, np.array([[1,2],[3,4]]), np.array([[1,0]])\n", "w2-2017"),
    ("from lr_utils import load_dataset\nfrom public_tests import *\ndef optimize(w, b, X, Y): pass\n", "w2-2021"),
    ("def initialize_with_zeros(dim): pass\n", "w2-v5"),
    // W2A2 without its public_tests import: optimize's defaults are W2A2's; v6a's had none.
    ("from lr_utils import load_dataset\ndef optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):\n    pass\n", "w2-2021"),
    ("from lr_utils import load_dataset\ndef optimize(w, b, X, Y, num_iterations, learning_rate, print_cost = False):\n    pass\n", "w2-v5"),
    // Week 3: planar_utils (its testCases_v2 is not week 4's); W3A1 early by its nn_model_test_case() cell.
    ("from testCases_v2 import *\nfrom planar_utils import plot_decision_boundary, sigmoid, load_planar_dataset\n", "w3-v5"),
    ("from testCases_v2 import *\nfrom public_tests import *\nfrom planar_utils import sigmoid\nt_X, t_Y = nn_model_test_case()\n", "w3-2021a"),
    ("from testCases_v2 import *\nfrom public_tests import *\nfrom planar_utils import sigmoid\nnn_model_test(nn_model)\n", "w3-2021"),
    ("from public_tests import *\nfrom planar_utils import sigmoid\ndef initialize_parameters(n_x, n_h, n_y):\n"
      + "    np.random.seed(2) # we set up a seed so that your output matches ours although the initialization is random.\n", "w3-2021a"),
    ("import numpy as np\ndef nn_model(X, Y, n_h, num_iterations=10000): pass\n", "w3-v5"),
    // W3A1 without its public_tests import: compute_cost(A2, Y) is W3A1's (v6c's took parameters too).
    ("from planar_utils import sigmoid\ndef compute_cost(A2, Y,):\n    pass\n", "w3-2021"),
    ("from planar_utils import sigmoid\ndef compute_cost(A2, Y, parameters):\n    pass\n", "w3-v5"),
    ("from planar_utils import sigmoid\ndef compute_cost(A2, Y):\n    pass\nt_X, t_Y = nn_model_test_case()\n", "w3-2021a"),
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
