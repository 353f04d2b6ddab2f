#!/usr/bin/env python3
"""Writes the planted-mistake solutions in Tests/ConformanceTests/Solutions/ from correct.py.

Each file is correct.py with its header line changed to name the mistake and ONE edit (a
replacement that must match exactly once), so the files never drift from correct.py. Re-run after
editing correct.py:  python3 scripts/pyrunner_make_solutions.py
"""
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOLUTIONS = os.path.join(ROOT, "Tests", "ConformanceTests", "Solutions")
HEADER = "# A complete and correct solution (edition \"blog\"), exported from a notebook: the test prints and\n"

RELU_BACKWARD_STRICT = '''def relu_backward(dA, cache):
    """Gradient through the relu: keep dA where Z is positive, zero it elsewhere."""
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z < 0] = 0
    return dZ


def linear_activation_backward('''

SIGMOID_BACKWARD_FED_A = '''def sigmoid_backward(dA, cache):
    """Gradient through the sigmoid: dA * A * (1 - A)."""
    A = cache
    dZ = dA * A * (1 - A)
    return dZ


def linear_activation_backward('''

#: file -> (what the header says, [(old, new), ...]); every old must occur exactly once.
PLANTED = {
    "db_without_mean.py": ("db is summed but not divided by m", [
        ("    db = np.sum(dZ, axis=1, keepdims=True) / m\n", "    db = np.sum(dZ, axis=1, keepdims=True)\n")]),
    "db_without_keepdims.py": ("db loses its column shape (no keepdims)", [
        ("    db = np.sum(dZ, axis=1, keepdims=True) / m\n", "    db = np.sum(dZ, axis=1) / m\n")]),
    "m_from_shape0.py": ("linear_backward takes m from the number of rows", [
        ("    m = A_prev.shape[1]\n", "    m = A_prev.shape[0]\n")]),
    "relu_backward_strict.py": ("an own relu_backward zeroes dZ only where Z < 0 (Z == 0 passes)", [
        ("def linear_activation_backward(", RELU_BACKWARD_STRICT)]),
    "sigmoid_backward_fed_A.py": ("an own sigmoid_backward treats its cache (Z) as A", [
        ("def linear_activation_backward(", SIGMOID_BACKWARD_FED_A)]),
    "dAL_wrong_sign.py": ("dAL without its leading minus", [
        ("    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))\n",
         "    dAL = np.divide(Y, AL) - np.divide(1 - Y, 1 - AL)\n")]),
    "update_plus.py": ("gradient ascent: parameters move along the gradient", [
        ("    for l in range(L):\n"
         "        parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] - learning_rate * grads[\"dW\" + str(l + 1)]\n"
         "        parameters[\"b\" + str(l + 1)] = parameters[\"b\" + str(l + 1)] - learning_rate * grads[\"db\" + str(l + 1)]\n",
         "    for l in range(L):\n"
         "        parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] + learning_rate * grads[\"dW\" + str(l + 1)]\n"
         "        parameters[\"b\" + str(l + 1)] = parameters[\"b\" + str(l + 1)] + learning_rate * grads[\"db\" + str(l + 1)]\n")]),
    "cost_without_minus.py": ("the cost lacks its leading minus", [
        ("    cost = -np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m\n",
         "    cost = np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m\n")]),
    "cost_without_mean.py": ("the cost is summed, not averaged", [
        ("    cost = -np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y)) / m\n",
         "    cost = -np.sum(np.multiply(np.log(AL), Y) + np.multiply(np.log(1 - AL), 1 - Y))\n")]),
    "init_deep_small_scale.py": ("the Application's initializer uses randn * 0.01", [
        ("np.random.randn(layers_dims[l], layers_dims[l - 1]) / np.sqrt(layers_dims[l - 1])\n",
         "np.random.randn(layers_dims[l], layers_dims[l - 1]) * 0.01\n")]),
    "infinite_loop.py": ("update_parameters never advances its loop counter", [
        ("    for l in range(L):\n        parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] - learning_rate",
         "    l = 0\n    while l < L:\n        parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] - learning_rate")]),
    "raises.py": ("L_model_backward reads a gradient it has not stored yet (KeyError)", [
        ("linear_activation_backward(grads[\"dA\" + str(l + 2)], current_cache, \"relu\")",
         "linear_activation_backward(grads[\"dA\" + str(l + 1)], current_cache, \"relu\")")]),
    "missing_function.py": ("linear_activation_backward was never written", [
        (None, "def linear_activation_backward(")]),
    "wrong_shape.py": ("linear_forward returns Z transposed", [
        ("    return Z, cache\n", "    return Z.T, cache\n")]),
    "segfault.py": ("compute_cost crashes the interpreter (reads address 0)", [
        ("    m = Y.shape[1]\n    cost = -np.sum(",
         "    m = Y.shape[1]\n    import ctypes; ctypes.string_at(0)\n    cost = -np.sum(")]),
    "sys_exit.py": ("initialize_parameters calls sys.exit", [
        ("    parameters = {\"W1\": W1, \"b1\": b1, \"W2\": W2, \"b2\": b2}\n    return parameters\n",
         "    parameters = {\"W1\": W1, \"b1\": b1, \"W2\": W2, \"b2\": b2}\n    import sys; sys.exit(\"done\")\n    return parameters\n")]),
    "noisy.py": ("no mistake: functions print to stdout, stderr and file descriptor 1", [
        ("    Z = np.dot(W, A) + b\n",
         "    Z = np.dot(W, A) + b\n    print(\"debug Z\", Z)\n    import os, sys; sys.stderr.write(\"to stderr\\n\"); os.write(1, b\"raw fd 1\\n\")\n")]),
    "syntax_error.py": ("a colon is missing (SyntaxError)", [
        ("def linear_forward(A, W, b):\n", "def linear_forward(A, W, b)\n")]),
}


def remove_function(text, header):
    """Drops the top-level def starting with `header` up to the next top-level line."""
    start = text.index(header)
    lines = text[start:].split("\n")
    end = 1
    while end < len(lines) and (lines[end] == "" or lines[end].startswith(" ")):
        end += 1
    return text[:start] + "\n".join(lines[end:])


def main():
    with open(os.path.join(SOLUTIONS, "correct.py")) as f:
        correct = f.read()
    if correct.count(HEADER) != 1:
        sys.exit("correct.py: header line not found")
    for name, (what, edits) in PLANTED.items():
        text = correct.replace(HEADER, "# Planted mistake (%s): %s.\n# Otherwise identical to correct.py:"
                               " the test prints and\n" % (name[:-3], what))
        for old, new in edits:
            if old is None:
                text = remove_function(text, new)
                continue
            if text.count(old) != 1:
                sys.exit("%s: the text to replace occurs %d times" % (name, text.count(old)))
            text = text.replace(old, new)
        with open(os.path.join(SOLUTIONS, name), "w") as f:
            f.write(text)
    print("wrote %d solutions in %s" % (len(PLANTED), os.path.relpath(SOLUTIONS, ROOT)))


if __name__ == "__main__":
    main()
