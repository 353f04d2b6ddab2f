#!/usr/bin/env python3
"""Runs a learner's Python implementation of the week-4 functions on our fixtures; prints JSON.

    python3 runner.py --solution FILE --fixtures FIXTURES.json [--edition blog]
                      [--timeout SECONDS] [--functions a,b,...] [--show-output]

FIXTURES.json is what `dnn-conformance fixtures` prints (case -> array -> {"shape", "data"}).
The learner's file is never run as a script and never modified: it is parsed, and only its
imports, function and class definitions and assignments of constants are executed; every other
top-level statement (test prints, training runs, plots) is skipped and counted. The course's
helper modules (dnn_utils, testCases*, dnn_app_utils_v2/v3, lr_utils) are our own equivalents in
course/; placeholders for matplotlib, h5py, scipy and PIL in stubs/ are used only when the real
package is missing. Each graded function runs in its own forked process with a time limit, so
a loop, an exception, sys.exit or a segfault in one function never stops the grading.

Output (stdout, one JSON object):
  {"runner": "dnn-conformance-python/1", "edition": "blog", "solution": FILE,
   "skipped_top_level": n, "warnings": [...], "not_graded": {name: reason},
   "functions": {name: {"status": "ok", "outputs": {output: {"shape": [...], "data": [...]}}}
                      | {"status": "missing|raised|timeout|bad_output|crashed", "message": "..."}}}
or, when the file cannot be compiled or loaded, {"runner": ..., "error": "FILE:LINE: ..."}.
Exit status 0 whenever grading ran (whatever the verdicts); 2 for misuse (one line on stderr).
"""
import os
import sys

sys.dont_write_bytecode = True  # never leave __pycache__ in our folder or the learner's
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # no BLAS worker threads: forking stays safe and results stable

# Our own package sits next to this file; say so explicitly (python3 -P or -I would not add it).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import json  # noqa: E402
import traceback  # noqa: E402
import warnings  # noqa: E402

from dnnc_runner import COURSE_DIR, HERE, RUNNER_ID, STUB_DIR, Misuse  # noqa: E402
from dnnc_runner.text import clip, describe_value, one_line_exception  # noqa: E402

#: Graded functions in notebook order. The four activation helpers are graded only when the
#: learner defines them (otherwise the course's dnn_utils versions are in use).
GRADED = [
    "initialize_parameters", "initialize_parameters_deep",
    "sigmoid", "relu",
    "linear_forward", "linear_activation_forward", "L_model_forward", "compute_cost",
    "sigmoid_backward", "relu_backward",
    "linear_backward", "linear_activation_backward", "L_model_backward", "update_parameters",
]
HELPERS = {"sigmoid", "relu", "sigmoid_backward", "relu_backward"}
EDITION_NAMES = ["blog", "v3", "v4a", "2021"]


class _Parser(argparse.ArgumentParser):
    """argparse that raises Misuse (one line, exit 2) instead of printing usage and exiting."""

    def error(self, message):
        raise Misuse(message)


def parse_arguments(argv):
    """The command line as a namespace; Misuse for anything invalid."""
    parser = _Parser(prog="runner.py", description="Grade a learner's week-4 Python functions on our fixtures.")
    parser.add_argument("--solution", required=True, help="the learner's .py file (never modified)")
    parser.add_argument("--fixtures", required=True, help="JSON printed by `dnn-conformance fixtures`")
    parser.add_argument("--edition", default="blog", help="notebook edition: " + ", ".join(EDITION_NAMES))
    parser.add_argument("--timeout", default="10", help="seconds allowed per function (default 10)")
    parser.add_argument("--functions", default=None, help="comma-separated subset of: " + ",".join(GRADED))
    parser.add_argument("--show-output", action="store_true",
                        help="send the learner's prints to stderr instead of discarding them")
    args = parser.parse_args(argv)
    if args.edition not in EDITION_NAMES:
        raise Misuse("unknown edition %r (known: %s)" % (args.edition, ", ".join(EDITION_NAMES)))
    try:
        args.timeout = float(args.timeout)
    except ValueError:
        raise Misuse("--timeout must be a number of seconds, not %r" % args.timeout) from None
    if not (args.timeout > 0 and args.timeout < 1e6):
        raise Misuse("--timeout must be a positive number of seconds")
    from dnnc_runner.exercises import EXTRA_EXERCISES
    exercises = GRADED + list(EXTRA_EXERCISES[args.edition])  # the edition's extra exercises too
    if args.functions is None:
        args.functions = exercises
    else:
        names = [n.strip() for n in args.functions.split(",") if n.strip()]
        unknown = [n for n in names if n not in exercises]
        if unknown or not names:
            raise Misuse("--functions: unknown function %s (known: %s)"
                         % (", ".join(repr(n) for n in unknown) or "list is empty", ",".join(exercises)))
        args.functions = [n for n in exercises if n in names]
    return args


def defined_by_learner(obj):
    """False for our course helpers (course/); True for anything else the solution binds."""
    code = getattr(obj, "__code__", None)
    if code is None:
        return True
    return not os.path.abspath(code.co_filename).startswith(COURSE_DIR + os.sep)


def grade_solution(args):
    """Reads and checks every input (Misuse on failure), then loads and grades the solution."""
    from dnnc_runner.fixtures import CASE_OF, read_fixtures
    from dnnc_runner.loader import load_statements, new_namespace, parse_solution, split_top_level
    from dnnc_runner.sandbox import probe_load, run_in_child

    solution = os.path.abspath(args.solution)
    if os.path.isdir(solution):
        raise Misuse("cannot read solution %s: it is a directory" % args.solution)
    try:
        with open(solution, "rb") as f:
            source = f.read()
    except OSError as e:
        raise Misuse("cannot read solution %s: %s" % (args.solution, e.strerror or e)) from None
    cases = read_fixtures(args.fixtures, args.functions)
    name = os.path.basename(solution)
    report = {"runner": RUNNER_ID, "edition": args.edition, "solution": args.solution}

    try:
        tree, notes = parse_solution(solution, source)
    except SyntaxError as e:
        line = ("%d:" % e.lineno) if e.lineno else ""
        report["error"] = clip("%s:%s SyntaxError: %s" % (name, line, e.msg))
        return report
    except ValueError as e:
        report["error"] = clip("%s: SyntaxError: %s" % (name, e))
        return report
    kept, skipped = split_top_level(tree)
    skipped += len(notes)  # each note so far is an ignored IPython magic line

    # Our course helpers first (the notebook's folder), then the learner's folder (their own
    # modules), then the usual path; the placeholders last so that real packages always win.
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != HERE]  # hide our own modules
    sys.path[:0] = [COURSE_DIR, os.path.dirname(solution)]
    sys.path.append(STUB_DIR)
    os.chdir(os.path.dirname(solution))  # relative paths (datasets/...) resolve as in the notebook

    problem = probe_load(kept, solution, args.timeout)
    if problem:
        report["error"] = clip(problem)
        return report
    namespace = new_namespace(solution)
    notes += load_statements(kept, solution, namespace)

    report["skipped_top_level"] = skipped
    report["warnings"] = notes
    not_graded = {}
    functions = {}
    from dnnc_runner.exercises import function_of
    for exercise in args.functions:
        fname = function_of(exercise, args.edition)  # the notebook function the exercise calls
        fn = namespace.get(fname)
        if fname in HELPERS:
            if fn is None:
                not_graded[exercise] = "not defined in %s" % name
                continue
            if callable(fn) and not defined_by_learner(fn):
                not_graded[exercise] = "provided by %s (the course helper), not defined in %s" % (
                    getattr(fn, "__module__", "a helper"), name)
                continue
        if fn is None:
            functions[exercise] = {"status": "missing", "message": "%s defines no %s" % (name, fname)}
        elif not callable(fn):
            functions[exercise] = {"status": "missing",
                                   "message": "%s in %s is %s, not a function" % (fname, name, describe_value(fn))}
        elif not defined_by_learner(fn):
            functions[exercise] = {"status": "missing", "message": "%s does not define %s; the name comes from the course helper %s"
                                   % (name, fname, getattr(fn, "__module__", "module"))}
        else:
            case = cases.get(CASE_OF[exercise][0]) if CASE_OF[exercise][0] else None
            functions[exercise] = run_in_child(exercise, fn, case, args.edition, solution, args.timeout)
    report["not_graded"] = not_graded
    report["functions"] = functions
    return report


def main(argv):
    """Parses arguments, grades, writes the JSON report to the original stdout; returns the exit status."""
    result_fd = os.dup(1)  # the JSON report goes here and nowhere else
    error_fd = os.dup(2)   # our own one-line errors go here
    try:
        args = parse_arguments(argv)
        try:
            import numpy  # noqa: F401
        except ImportError:
            raise Misuse("numpy is not installed for %s" % sys.executable) from None
        # From here on, whatever the learner's code prints is discarded (or, with --show-output,
        # sent to stderr): it must never mix with the report.
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(2 if args.show_output else null, 1)
        if not args.show_output:
            os.dup2(null, 2)
        warnings.simplefilter("ignore")  # e.g. NumPy's "divide by zero in log" from a learner's cost
        report = grade_solution(args)
    except Misuse as e:
        os.write(error_fd, ("runner.py: error: %s\n" % clip(e, 1000)).encode("utf-8", "replace"))
        return 2
    except Exception as e:  # noqa: BLE001 - a bug of ours: say so in one line
        frame = traceback.extract_tb(e.__traceback__)[-1]
        where = "%s:%d" % (os.path.basename(frame.filename), frame.lineno)
        os.write(error_fd, ("runner.py: internal error: %s (%s)\n" % (one_line_exception(e), where)).encode())
        return 3
    payload = memoryview((json.dumps(report, allow_nan=False) + "\n").encode("utf-8"))
    while payload:
        payload = payload[os.write(result_fd, payload):]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
