#!/usr/bin/env python3
"""Checks the Python runner against the test solutions; writes or verifies expected_verdicts.json.

    python3 scripts/pyrunner_selfcheck.py            # verify (exit 1 on any difference)
    python3 scripts/pyrunner_selfcheck.py --write    # regenerate expected_verdicts.json
    options: --fixtures FILE (e.g. `dnn-conformance fixtures` output; default: built here from the
             testCases recipes), --timeout SECONDS (default 2), --only a.py,b.py, --quiet

What it does:
  1. fixtures: the SPEC 3.1 recipes drawn with NumPy (our course/testCases.py), in the
     `dnn-conformance fixtures` format;
  2. reference outputs: an independent NumPy implementation of the notebook's formulas, itself
     checked against every number the blog prints (to the printed digits);
  3. runs runner.py on correct.py and on every planted-mistake solution built from it with
     Tests/ConformanceTests/Solutions/planted.json, and grades each function:
     "passed" when the runner's status is ok, the output names and shapes are exactly the
     reference's, and every value is within relative 1e-12 (no absolute slack);
  4. compares the verdicts with expected_verdicts.json, and the failing functions of each planted
     mistake with its "affects" entry in Fixtures/mistakes.json;
  5. robustness: misuse exit codes, a clean stdout, skipped top-level code, IPython magics, a
     solution whose loading hangs, learner modules, the time limit, left-behind processes;
  6. our course helper modules against the other editions' published values, and the stubs.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

import numpy as np

sys.dont_write_bytecode = True  # importing course/testCases must not leave __pycache__ in Sources

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER_DIR = os.path.join(ROOT, "Sources", "Conformance", "PythonRunner")
RUNNER = os.path.join(RUNNER_DIR, "runner.py")
SOLUTIONS = os.path.join(ROOT, "Tests", "ConformanceTests", "Solutions")
VERDICTS = os.path.join(SOLUTIONS, "expected_verdicts.json")
PLANTED = os.path.join(SOLUTIONS, "planted.json")
MISTAKES = os.path.join(ROOT, "Fixtures", "mistakes.json")
RTOL = 1e-12

# ----------------------------------------------------------------------------- fixtures


def encode(array):
    array = np.asarray(array, dtype=np.float64)
    return {"shape": list(array.shape), "data": [float(x) for x in array.ravel()]}


def build_fixtures():
    """The `dnn-conformance fixtures` object, drawn by our testCases module (SPEC 3.1 recipes)."""
    sys.path.insert(0, os.path.join(RUNNER_DIR, "course"))
    import testCases as t
    sys.path.pop(0)
    fx = {}
    A, W, b = t.linear_forward_test_case()
    fx["linear_forward"] = {"A": A, "W": W, "b": b}
    A_prev, W, b = t.linear_activation_forward_test_case()
    fx["linear_activation_forward"] = {"A_prev": A_prev, "W": W, "b": b}
    X, parameters = t.L_model_forward_test_case()
    fx["L_model_forward"] = {"X": X, **parameters}
    Y, AL = t.compute_cost_test_case()
    fx["compute_cost"] = {"Y": Y, "AL": AL}
    dZ, (A, W, b) = t.linear_backward_test_case()
    fx["linear_backward"] = {"dZ": dZ, "A": A, "W": W, "b": b}
    dA, ((A, W, b), Z) = t.linear_activation_backward_test_case()
    fx["linear_activation_backward"] = {"dA": dA, "A": A, "W": W, "b": b, "Z": Z}
    AL, Y, caches = t.L_model_backward_test_case()
    case = {"AL": AL, "Y": Y}
    for l, ((A, W, b), Z) in enumerate(caches, start=1):
        case.update({"A%d" % l: A, "W%d" % l: W, "b%d" % l: b, "Z%d" % l: Z})
    fx["L_model_backward"] = case
    parameters, grads = t.update_parameters_test_case()
    fx["update_parameters"] = {**parameters, **grads}
    return {case: {k: encode(v) for k, v in arrays.items()} for case, arrays in fx.items()}


def decode(value):
    return np.array(value["data"], dtype=np.float64).reshape(value["shape"])


# ----------------------------------------------------------------------------- reference


def reference_outputs(fixtures):
    """Every graded output, computed from the fixtures with the notebook's formulas."""
    fx = {case: {k: decode(v) for k, v in arrays.items()} for case, arrays in fixtures.items()}
    sig = lambda Z: 1 / (1 + np.exp(-Z))  # noqa: E731
    out = {}

    np.random.seed(1)
    W1 = np.random.randn(2, 3) * 0.01
    W2 = np.random.randn(1, 2) * 0.01
    out["initialize_parameters"] = {"W1": W1, "b1": np.zeros((2, 1)), "W2": W2, "b2": np.zeros((1, 1))}
    np.random.seed(3)
    W1 = np.random.randn(4, 5) * 0.01
    W2 = np.random.randn(3, 4) * 0.01
    out["initialize_parameters_deep"] = {"W1": W1, "b1": np.zeros((4, 1)), "W2": W2, "b2": np.zeros((3, 1))}

    c = fx["linear_activation_forward"]
    Z = np.dot(c["W"], c["A_prev"]) + c["b"]
    out["sigmoid"] = {"A": sig(Z)}
    out["relu"] = {"A": np.maximum(0, Z)}
    out["linear_activation_forward"] = {"sigmoid.A": sig(Z), "relu.A": np.maximum(0, Z)}
    c = fx["linear_forward"]
    out["linear_forward"] = {"Z": np.dot(c["W"], c["A"]) + c["b"]}

    c = fx["L_model_forward"]
    A = c["X"]
    L = sum(1 for k in c if k.startswith("W"))
    for l in range(1, L):
        A = np.maximum(0, np.dot(c["W%d" % l], A) + c["b%d" % l])
    AL = sig(np.dot(c["W%d" % L], A) + c["b%d" % L])
    out["L_model_forward"] = {"AL": AL, "len(caches)": np.array(L)}

    c = fx["compute_cost"]
    AL, Y = c["AL"], c["Y"]
    m = Y.shape[1]
    out["compute_cost"] = {"cost": np.squeeze(-np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m)}

    def sigmoid_backward(dA, Z):
        s = sig(Z)
        return dA * s * (1 - s)

    def relu_backward(dA, Z):
        dZ = np.array(dA, copy=True)
        dZ[Z <= 0] = 0
        return dZ

    def linear_backward(dZ, A_prev, W):
        m = A_prev.shape[1]
        return np.dot(W.T, dZ), np.dot(dZ, A_prev.T) / m, np.sum(dZ, axis=1, keepdims=True) / m

    c = fx["linear_activation_backward"]
    out["sigmoid_backward"] = {"dZ": sigmoid_backward(c["dA"], c["Z"])}
    out["relu_backward"] = {"dZ": relu_backward(c["dA"], c["Z"])}
    lab = {}
    for name, backward in (("sigmoid", sigmoid_backward), ("relu", relu_backward)):
        for key, value in zip(("dA_prev", "dW", "db"), linear_backward(backward(c["dA"], c["Z"]), c["A"], c["W"])):
            lab[name + "." + key] = value
    out["linear_activation_backward"] = lab
    c = fx["linear_backward"]
    out["linear_backward"] = dict(zip(("dA_prev", "dW", "db"), linear_backward(c["dZ"], c["A"], c["W"])))

    c = fx["L_model_backward"]
    AL, Y = c["AL"], c["Y"].reshape(c["AL"].shape)
    L = sum(1 for k in c if k.startswith("W"))
    grads = {}
    dA = -(np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    for l in range(L, 0, -1):
        backward = sigmoid_backward if l == L else relu_backward
        dA, dW, db = linear_backward(backward(dA, c["Z%d" % l]), c["A%d" % l], c["W%d" % l])
        grads.update({"dA%d" % l: dA, "dW%d" % l: dW, "db%d" % l: db})
    out["L_model_backward"] = grads

    c = fx["update_parameters"]
    out["update_parameters"] = {k: c[k] - 0.1 * c["d" + k] for k in c if not k.startswith("d")}
    return out


#: Every number the blog (seeds/000) prints, as printed: 8 decimals, the cost to 12 significant digits.
PUBLISHED = {
    ("initialize_parameters", "W1"): "0.01624345 -0.00611756 -0.00528172 -0.01072969 0.00865408 -0.02301539",
    ("initialize_parameters", "b1"): "0. 0.",
    ("initialize_parameters", "W2"): "0.01744812 -0.00761207",
    ("initialize_parameters", "b2"): "0.",
    ("initialize_parameters_deep", "W1"): "0.01788628 0.0043651 0.00096497 -0.01863493 -0.00277388 -0.00354759"
    " -0.00082741 -0.00627001 -0.00043818 -0.00477218 -0.01313865 0.00884622 0.00881318 0.01709573 0.00050034"
    " -0.00404677 -0.0054536 -0.01546477 0.00982367 -0.01101068",
    ("initialize_parameters_deep", "b1"): "0. 0. 0. 0.",
    ("initialize_parameters_deep", "W2"): "-0.01185047 -0.0020565 0.01486148 0.00236716 -0.01023785 -0.00712993"
    " 0.00625245 -0.00160513 -0.00768836 -0.00230031 0.00745056 0.01976111",
    ("initialize_parameters_deep", "b2"): "0. 0. 0.",
    ("linear_forward", "Z"): "3.26295337 -1.23429987",
    ("linear_activation_forward", "sigmoid.A"): "0.96890023 0.11013289",
    ("linear_activation_forward", "relu.A"): "3.43896131 0.",
    ("L_model_forward", "AL"): "0.17007265 0.2524272",
    ("L_model_forward", "len(caches)"): "2",
    ("compute_cost", "cost"): "0.414931599615",
    ("linear_backward", "dA_prev"): "0.51822968 -0.19517421 -0.40506361 0.15255393 2.37496825 -0.89445391",
    ("linear_backward", "dW"): "-0.10076895 1.40685096 1.64992505",
    ("linear_backward", "db"): "0.50629448",
    ("linear_activation_backward", "sigmoid.dA_prev"): "0.11017994 0.01105339 0.09466817 0.00949723 -0.05743092 -0.00576154",
    ("linear_activation_backward", "sigmoid.dW"): "0.10266786 0.09778551 -0.01968084",
    ("linear_activation_backward", "sigmoid.db"): "-0.05729622",
    ("linear_activation_backward", "relu.dA_prev"): "0.44090989 -0. 0.37883606 -0. -0.2298228 0.",
    ("linear_activation_backward", "relu.dW"): "0.44513824 0.37371418 -0.10478989",
    ("linear_activation_backward", "relu.db"): "-0.20837892",
    ("L_model_backward", "dW1"): "0.41010002 0.07807203 0.13798444 0.10502167 0. 0. 0. 0. 0.05283652 0.01005865 0.01777766 0.0135308",
    ("L_model_backward", "db1"): "-0.22007063 0. -0.02835349",
    ("L_model_backward", "dA1"): "0. 0.52257901 0. -0.3269206 0. -0.32070404 0. -0.74079187",
    ("update_parameters", "W1"): "-0.59562069 -0.09991781 -2.14584584 1.82662008 -1.76569676 -0.80627147 0.51115557"
    " -1.18258802 -1.0535704 -0.86128581 0.68284052 2.20374577",
    ("update_parameters", "b1"): "-0.04659241 -1.28888275 0.53405496",
    ("update_parameters", "W2"): "-0.55569196 0.0354055 1.32964895",
    ("update_parameters", "b2"): "-0.84610769",
}


def check_published(reference):
    """Problems where the reference does not round to the blog's printed digits (SPEC 5)."""
    problems = []
    for (function, output), printed in PUBLISHED.items():
        values = np.ravel(reference[function][output])
        words = printed.split()
        if len(words) != values.size:
            problems.append("%s %s: %d values printed, %d computed" % (function, output, len(words), values.size))
            continue
        for word, value in zip(words, values):
            if function == "compute_cost":
                half = 0.5e-12  # 12 significant digits of a number in [0.1, 1)
            else:
                half = 0.5 * 10.0 ** -len(word.split(".")[1]) if "." in word and word.split(".")[1] else 0.5e-8
            if word == "2":
                half = 0.0
            if abs(value - float(word)) > half + 1e-15:
                problems.append("%s %s: %r does not round to %s" % (function, output, float(value), word))
    return problems


# ----------------------------------------------------------------------------- verdicts


def compare(outputs, expected):
    """Names of the outputs that differ (missing, extra, other shape, or beyond rtol 1e-12)."""
    wrong = sorted(set(outputs) ^ set(expected))
    for name in expected:
        if name not in outputs:
            continue
        actual = np.array(outputs[name]["data"], dtype=np.float64)
        want = np.asarray(expected[name], dtype=np.float64)
        if list(outputs[name]["shape"]) != list(want.shape) or not np.all(
                np.abs(actual - want.ravel()) <= RTOL * np.abs(want.ravel())):
            wrong.append(name)
    return sorted(set(wrong))


def run_runner(solution, fixtures_path, timeout, extra=()):
    started = time.monotonic()
    proc = subprocess.run([sys.executable, RUNNER, "--solution", solution, "--fixtures", fixtures_path,
                           "--timeout", str(timeout), *extra], capture_output=True, text=True, timeout=600)
    return proc, time.monotonic() - started


def verdicts_for(report, reference, mistake, root, catalogue):
    """Per graded function: {"verdict": "passed"} or {"verdict": "failed", "status", ...}."""
    if "error" in report:
        return {}
    result = {}
    for function, entry in report["functions"].items():
        if entry["status"] == "ok":
            wrong = compare(entry["outputs"], reference[function])
            if not wrong:
                result[function] = {"verdict": "passed"}
                continue
            verdict = {"verdict": "failed", "status": "ok", "outputs_failed": wrong}
        else:
            verdict = {"verdict": "failed", "status": entry["status"], "message": entry["message"]}
        if mistake:
            verdict["mistake"] = mistake
            if root and function != root:
                verdict["cascaded_from"] = root
        result[function] = verdict
    return result


def remove_function(text, header):
    """Drops the top-level def starting with `header` up to the next top-level line."""
    start = text.index(header)
    lines = text[start:].split("\n")
    end = 1
    while end < len(lines) and (lines[end] == "" or lines[end].startswith(" ")):
        end += 1
    return text[:start] + "\n".join(lines[end:])


def build_solutions(directory):
    """Writes correct.py and every planted-mistake solution of planted.json (correct.py with its
    header line replaced and one or two exact edits) into `directory`; returns it."""
    with open(PLANTED) as f:
        spec = json.load(f)
    with open(os.path.join(SOLUTIONS, "correct.py")) as f:
        correct = f.read()
    if correct.count(spec["header"]) != 1:
        sys.exit("correct.py: the header line of planted.json is not in it")
    os.makedirs(directory, exist_ok=True)
    texts = {"correct.py": correct}
    for name, solution in spec["solutions"].items():
        text = correct.replace(spec["header"], spec["replacement_header"] % (name[:-3], solution["what"]))
        for old, new in solution["edits"]:
            if old is None:
                text = remove_function(text, new)
                continue
            if text.count(old) != 1:
                sys.exit("planted.json: %s: the text to replace occurs %d times" % (name, text.count(old)))
            text = text.replace(old, new)
        texts[name] = text
    for name, text in texts.items():
        with open(os.path.join(directory, name), "w") as f:
            f.write(text)
    return directory


def planted_description(directory, filename):
    """The header line naming the planted mistake ('Planted mistake (x): what.'), or None."""
    with open(os.path.join(directory, filename)) as f:
        first_lines = [f.readline() for _ in range(2)]
    for line in first_lines:
        if line.startswith("# Planted mistake"):
            return line[2:].strip()
    return None


def load_catalogue():
    if not os.path.exists(MISTAKES):
        return {}
    with open(MISTAKES) as f:
        return json.load(f)["mistakes"]


def mistake_of(filename, catalogue):
    """(mistake id, function it is written in) for a planted-mistake file, else (None, None)."""
    for mid, entry in catalogue.items():
        if entry.get("solution") == filename:
            return mid, entry.get("function")
    return None, None


# ----------------------------------------------------------------------------- robustness


def robustness_checks(fixtures_path, timeout):
    """Problems found by small ad-hoc solutions and bad invocations (empty when all is well)."""
    problems = []
    correct = os.path.join(SOLUTIONS, "correct.py")

    def expect_misuse(args, what):
        proc = subprocess.run([sys.executable, RUNNER, *args], capture_output=True, text=True, timeout=60)
        lines = proc.stderr.strip().split("\n")
        if proc.returncode != 2 or proc.stdout or len(lines) != 1 or not lines[0]:
            problems.append("%s: expected exit 2 and one stderr line, got %d, stdout %r, stderr %r"
                            % (what, proc.returncode, proc.stdout[:80], proc.stderr[:200]))

    expect_misuse([], "no arguments")
    expect_misuse(["--solution", correct], "no --fixtures")
    expect_misuse(["--solution", "/nonexistent/x.py", "--fixtures", fixtures_path], "unreadable solution")
    expect_misuse(["--solution", SOLUTIONS, "--fixtures", fixtures_path], "solution is a directory")
    expect_misuse(["--solution", correct, "--fixtures", "/nonexistent.json"], "unreadable fixtures")
    expect_misuse(["--solution", correct, "--fixtures", correct], "fixtures not JSON")
    expect_misuse(["--solution", correct, "--fixtures", fixtures_path, "--functions", "nope"], "unknown function")
    expect_misuse(["--solution", correct, "--fixtures", fixtures_path, "--timeout", "-1"], "bad timeout")
    expect_misuse(["--solution", correct, "--fixtures", fixtures_path, "--edition", "v9"], "unknown edition")
    with tempfile.TemporaryDirectory() as tmp:
        partial = os.path.join(tmp, "partial.json")
        with open(fixtures_path) as f:
            document = json.load(f)
        del document["compute_cost"]
        with open(partial, "w") as f:
            json.dump(document, f)
        expect_misuse(["--solution", correct, "--fixtures", partial], "fixtures lacking a case")
        proc, _ = run_runner(correct, partial, timeout, ["--functions", "linear_forward,L_model_backward"])
        report = json.loads(proc.stdout)
        if proc.returncode != 0 or list(report["functions"]) != ["linear_forward", "L_model_backward"]:
            problems.append("--functions subset: unexpected %r" % (list(report.get("functions", {})),))

        def ad_hoc(name, text, modules=None):
            path = os.path.join(tmp, name)
            with open(path, "w") as f:
                f.write(text)
            for module, body in (modules or {}).items():
                with open(os.path.join(tmp, module), "w") as f:
                    f.write(body)
            proc, seconds = run_runner(path, fixtures_path, timeout, ["--functions", "linear_forward,compute_cost"])
            if proc.returncode != 0:
                problems.append("%s: exit %d, stderr %r" % (name, proc.returncode, proc.stderr[:200]))
                return None, seconds
            return json.loads(proc.stdout), seconds

        base = open(correct).read()
        report, _ = ad_hoc("magic.py", "%matplotlib inline\n!pip list\n" + base)
        if not report or report.get("functions", {}).get("linear_forward", {}).get("status") != "ok" \
                or len(report.get("warnings", [])) != 2:
            problems.append("IPython magics: %r" % (report,))
        report, seconds = ad_hoc("hangs.py", "import slow_module\n" + base, {"slow_module.py": "while True:\n    pass\n"})
        if not report or "did not finish" not in report.get("error", "") or seconds > timeout + 5:
            problems.append("loading that hangs: %r after %.1f s" % (report, seconds))
        report, _ = ad_hoc("own_module.py", "from my_dnn import *\n", {"my_dnn.py": base.split("print(")[0] +
                                                                       "def linear_forward(A, W, b):\n    return np.dot(W, A) + b, (A, W, b)\n"})
        if not report or report["functions"]["linear_forward"]["status"] != "ok" \
                or report["functions"]["compute_cost"]["status"] != "missing":
            problems.append("learner module: %r" % (report,))
        report, _ = ad_hoc("bad_import.py", "import no_such_module_here\nfrom dnn_utils import relu\n"
                           "import numpy as np\ndef linear_forward(A, W, b):\n    return [1, 2], None\n"
                           "def compute_cost(AL, Y):\n    return np.array([[np.nan]])\n")
        if not report or len(report["warnings"]) != 1 or "no_such_module_here" not in report["warnings"][0] \
                or report["functions"]["linear_forward"]["status"] != "bad_output" \
                or report["functions"]["compute_cost"]["status"] != "bad_output":
            problems.append("failed import / bad outputs: %r" % (report,))
        report, _ = ad_hoc("os_exit.py", "import os\ndef linear_forward(A, W, b):\n    os._exit(4)\n"
                           "def compute_cost(AL, Y):\n    os.kill(os.getpid(), 9)\n")
        if not report or report["functions"]["linear_forward"]["status"] != "crashed" \
                or report["functions"]["compute_cost"]["status"] != "crashed":
            problems.append("os._exit / SIGKILL: %r" % (report,))
        report, seconds = ad_hoc("forks.py", "import os, time\nimport numpy as np\n"
                                 "def linear_forward(A, W, b):\n    if os.fork() == 0:\n        time.sleep(30)\n"
                                 "        os._exit(0)\n    return np.dot(W, A) + b, (A, W, b)\n")
        if not report or report["functions"]["linear_forward"]["status"] != "ok" or seconds > timeout + 3:
            problems.append("a function leaving a grandchild behind: %r after %.1f s" % (report, seconds))
    return problems


def helper_module_checks():
    """Our course/ modules and stubs/ against the published values of the other editions
    (EDITIONS.md), in a subprocess with the runner's path order."""
    code = r"""
import numpy as np
import testCases_v2, testCases_v3, testCases_v4a, dnn_app_utils_v2 as v2, dnn_app_utils_v3 as v3
from testCases import *
problems = []
def near(name, got, printed, half=0.5e-8):
    want = np.array(printed, dtype=float)
    if np.shape(got) != want.shape or np.any(np.abs(np.asarray(got) - want) > half + 1e-15):
        problems.append("%s: %r" % (name, got))
X, p = testCases_v3.L_model_forward_test_case_2hidden()
AL, caches = v3.L_model_forward(X, p)
near("2hidden AL", AL, [[0.03921668, 0.70498921, 0.19734387, 0.04728177]])
if len(caches) != 3: problems.append("2hidden caches")
Y, aL = testCases_v4a.compute_cost_test_case()
near("v4a cost", -1 / 3 * np.sum(Y * np.log(aL) + (1 - Y) * np.log(1 - aL)), 0.2797765635793422, 1e-16)
dZ, cache = testCases_v4a.linear_backward_test_case()
near("v4a db", v3.linear_backward(dZ, cache)[2], [[-0.14713786], [-0.11313155], [-0.13209101]])
AL, Y, caches = testCases_v2.L_model_backward_test_case()
g2, g3 = v2.L_model_backward(AL, Y, caches), v3.L_model_backward(AL, Y, caches)
near("v3 dA1", g3["dA1"], [[0.12913162, -0.44014127], [-0.14175655, 0.48317296], [0.01663708, -0.05670698]])
near("blog dA1", g2["dA1"], [[0, 0.52257901], [0, -0.3269206], [0, -0.32070404], [0, -0.74079187]])
if sorted(g2) != ["dA1", "dA2", "dW1", "dW2", "db1", "db2"] or sorted(g3) != ["dA0", "dA1", "dW1", "dW2", "db1", "db2"]:
    problems.append("grads keys %s %s" % (sorted(g2), sorted(g3)))
near("v2 init deep seed 1", v2.initialize_parameters_deep([4, 3])["W1"][0, 0], 1.6243453636632417 / 2, 1e-17)
near("predict", v2.L_model_forward(X, p)[0] > 0.5, [[False, True, False, False]])
import matplotlib.pyplot as plt, h5py
plt.plot([1, 2]); plt.rcParams["figure.figsize"] = (5.0, 4.0); plt.show()
try:
    h5py.File("x.h5", "r"); problems.append("h5py placeholder opened a file")
except ImportError:
    pass
print(problems)
"""
    env = dict(os.environ, PYTHONPATH="")
    proc = subprocess.run([sys.executable, "-c", "import sys; sys.path[:0] = [%r]; sys.path.append(%r); exec(%r)"
                           % (os.path.join(RUNNER_DIR, "course"), os.path.join(RUNNER_DIR, "stubs"), code)],
                          capture_output=True, text=True, timeout=120, env=env, cwd=tempfile.gettempdir())
    if proc.returncode != 0 or proc.stdout.strip() != "[]":
        return ["course helpers: %s %s" % (proc.stdout.strip(), proc.stderr.strip()[-300:])]
    return []


# ----------------------------------------------------------------------------- main


def main():
    parser = argparse.ArgumentParser(description="Check the Python runner against the test solutions.")
    parser.add_argument("--write", action="store_true", help="regenerate expected_verdicts.json")
    parser.add_argument("--fixtures", help="fixtures JSON to use (default: built here from the recipes)")
    parser.add_argument("--timeout", type=float, default=2.0, help="per-function time limit given to the runner")
    parser.add_argument("--only", help="comma-separated solution files to run")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    say = (lambda *a: None) if args.quiet else print
    problems = []

    with tempfile.TemporaryDirectory() as tmp:
        fixtures_path = args.fixtures
        if not fixtures_path:
            fixtures_path = os.path.join(tmp, "fixtures.json")
            with open(fixtures_path, "w") as f:
                json.dump(build_fixtures(), f)
        with open(fixtures_path) as f:
            fixtures = json.load(f)
        reference = reference_outputs(fixtures)
        problems += ["reference vs published: " + p for p in check_published(reference)]
        catalogue = load_catalogue()

        solutions = build_solutions(os.path.join(tmp, "solutions"))
        names = sorted(n for n in os.listdir(solutions) if n.endswith(".py"))
        if args.only:
            names = [n for n in names if n in args.only.split(",")]
        observed = {}
        for name in names:
            proc, seconds = run_runner(os.path.join(solutions, name), fixtures_path, args.timeout)
            if proc.returncode != 0:
                problems.append("%s: runner exit %d: %s" % (name, proc.returncode, proc.stderr.strip()))
                continue
            if proc.stderr:
                problems.append("%s: unexpected stderr %r" % (name, proc.stderr[:200]))
            lines = proc.stdout.split("\n")
            if len(lines) != 2 or lines[1] != "":
                problems.append("%s: stdout is not exactly one JSON line" % name)
            report = json.loads(proc.stdout)
            timeouts = sum(1 for e in report.get("functions", {}).values() if e["status"] == "timeout")
            if seconds > 5 + timeouts * (args.timeout + 1):
                problems.append("%s: took %.1f s" % (name, seconds))
            mistake, root = mistake_of(name, catalogue)
            entry = {"planted": planted_description(solutions, name), "mistake": mistake}
            if "error" in report:
                entry["error"] = report["error"]
            else:
                entry["skipped_top_level"] = report["skipped_top_level"]
                entry["not_graded"] = sorted(report["not_graded"])
            entry["functions"] = verdicts_for(report, reference, mistake, root, catalogue)
            observed[name] = entry
            failed = {f: v for f, v in entry["functions"].items() if isinstance(v, dict) and v.get("verdict") == "failed"}
            say("%-28s %5.1f s  %s" % (name, seconds, ", ".join(
                "%s:%s" % (f, v["status"] if v["status"] != "ok" else "/".join(v["outputs_failed"]))
                for f, v in failed.items()) or ("error: " + report["error"] if "error" in report else "all passed")))
            if mistake and mistake in catalogue:
                affects = catalogue[mistake].get("affects", {})
                if set(affects) != set(failed):
                    problems.append("%s: mistakes.json says it affects %s, observed %s" % (name, sorted(affects), sorted(failed)))
                for function, outputs in affects.items():
                    got = failed.get(function, {}).get("outputs_failed")
                    if outputs and got is not None and sorted(outputs) != got:
                        problems.append("%s: %s outputs %s in mistakes.json, observed %s" % (name, function, sorted(outputs), got))

        problems += robustness_checks(fixtures_path, args.timeout)
        problems += helper_module_checks()

    document = {"runner": "dnn-conformance-python/1", "edition": "blog", "rtol": RTOL,
                "how": "scripts/pyrunner_selfcheck.py: runner.py on our fixtures, outputs compared with an independent "
                       "NumPy reference at relative 1e-12; 'passed' needs status ok and exactly the reference's "
                       "output names and shapes",
                "solutions": observed}
    if args.write:
        if args.only or args.fixtures:
            sys.exit("--write needs the full default run (no --only, no --fixtures)")
        with open(VERDICTS, "w") as f:
            f.write(compact_json(document) + "\n")
        say("wrote " + os.path.relpath(VERDICTS, ROOT))
    else:
        with open(VERDICTS) as f:
            expected = json.load(f)["solutions"]
        for name, entry in observed.items():
            if name not in expected:
                problems.append("%s: not in expected_verdicts.json" % name)
            elif strip_messages(entry) != strip_messages(expected[name]):
                problems.append("%s: verdicts differ from expected_verdicts.json:\n  expected %s\n  observed %s"
                                % (name, json.dumps(expected[name]), json.dumps(entry)))
        if not args.only:
            for name in expected:
                if name not in observed:
                    problems.append("%s: expected but not found" % name)
    for p in problems:
        print("PROBLEM: " + p)
    say("%d solutions, %d problems" % (len(observed), len(problems)))
    return 1 if problems else 0


def strip_messages(entry):
    """Verdicts without free-text messages (Python's wording may change; statuses may not)."""
    functions = entry.get("functions", {})
    stripped = {**entry, "functions": {f: {k: v for k, v in d.items() if k != "message"} for f, d in functions.items()}}
    if "error" in entry:
        stripped["error"] = True
    return stripped


def compact_json(document):
    """Indented JSON with every innermost object or list kept on one line."""
    text = json.dumps(document, indent=1)
    return re.sub(r"[{\[][^{}\[\]]*[}\]]", lambda m: re.sub(r"\s*\n\s*", " ", m.group(0)), text)


if __name__ == "__main__":
    sys.exit(main())
