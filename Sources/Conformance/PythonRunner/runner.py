#!/usr/bin/env python3
"""Runs a learner's Python functions as a grading plan says; prints JSON lines.

    python3 runner.py --plan PLAN.json

PLAN.json is written by `dnn-conformance grade` (format: dnnc_runner/plan.py): the solution
file, the exercises with their call forms and arguments, time and resource limits. This process
never executes the learner's code: it parses the file with `ast` (imports, definitions and
constant assignments are kept; test prints, training runs and plots at the top level are
skipped) and, for every exercise, forks a child that loads the kept statements and runs that one
exercise (dnnc_runner/child.py). Each child can only ever report its own exercise.

Output (stdout), one JSON object per line:
  {"runner": "dnn-conformance-python/2", "solution": DISPLAY, "skipped_top_level": n,
   "magics": [...]}                                  (or with "error": "FILE:LINE: ..." and nothing more)
  {"exercise": NAME, "status": "ran"|"missing"|"not_defined"|"timeout"|"crashed"|"memory"|...,
   "message": "...", "notes": [...], "runs": [{"label", "status", "outputs"|"message"}]}
  {"done": true}
Exit status 0 whenever grading ran (whatever the verdicts); 2 for misuse (one line on stderr).
"""
import os
import sys

sys.dont_write_bytecode = True  # never leave __pycache__ anywhere
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # no BLAS worker threads: forking stays safe

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import argparse  # noqa: E402
import json  # noqa: E402
import signal  # noqa: E402
import traceback  # noqa: E402
import warnings  # noqa: E402

from dnnc_runner import COURSE_DIR, HERE, RUNNER_ID, STUB_DIR, Misuse, course_path  # noqa: E402
from dnnc_runner.text import clip, one_line_exception  # noqa: E402

#: Library modules a notebook may import that are safe for this (trusted) process to import
#: before forking, so that every child starts with them loaded.
PRELOAD = ("numpy", "matplotlib", "matplotlib.pyplot", "h5py", "scipy", "PIL")


class _Parser(argparse.ArgumentParser):
    def error(self, message):
        raise Misuse(message)


def protect_runner():
    """No process of the same user (a child running learner code) may ptrace this one or open
    its /proc entries (its descriptors, its memory); and whatever a child leaves behind is
    re-parented to this process (a subreaper), which kills it. Linux only; elsewhere a no-op."""
    from dnnc_runner.child import PR_SET_CHILD_SUBREAPER, PR_SET_DUMPABLE, prctl
    prctl(PR_SET_DUMPABLE, 0)
    prctl(PR_SET_CHILD_SUBREAPER, 1)


def preload(kept, folders):
    """Imports our course modules (those in `folders`, the assignment's) and the libraries named
    by the kept import statements."""
    import ast
    import importlib
    names = set()
    for stmt in kept:
        if isinstance(stmt, ast.Import):
            names.update(alias.name for alias in stmt.names)
        elif isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
            names.add(stmt.module)
    course = set()
    for folder in folders:
        course |= {f[:-3] for f in os.listdir(folder) if f.endswith(".py")}
        course |= {d for d in os.listdir(folder)
                   if os.path.isfile(os.path.join(folder, d, "__init__.py"))}
    for name in sorted(names):
        top = name.split(".")[0]
        if top in course or name in PRELOAD:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - a child will report the failure
                pass


def check_result(raw):
    """The child's result, re-built from allowed keys only; None when it is not one."""
    from dnnc_runner.child import RESULT_MARK
    if RESULT_MARK not in raw:
        return None, raw
    head, body = raw.split(RESULT_MARK, 1)
    try:
        result = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None, head
    if not isinstance(result, dict) or not isinstance(result.get("status"), str):
        return None, head
    clean = {"status": clip(result["status"], 20), "message": clip(result.get("message", ""), 600),
             "notes": [clip(n, 400) for n in result.get("notes", []) if isinstance(n, str)][:50]}
    runs = []
    for run in result.get("runs", []) if isinstance(result.get("runs"), list) else []:
        if not isinstance(run, dict):
            continue
        entry = {"label": clip(run.get("label", ""), 40), "status": clip(run.get("status", "?"), 20),
                 "message": clip(run.get("message", ""), 600)}
        outputs = run.get("outputs")
        if isinstance(outputs, dict):
            entry["outputs"] = {clip(k, 80): v for k, v in outputs.items() if isinstance(v, dict)}
        runs.append(entry)
    if runs:
        clean["runs"] = runs
    return clean, head


def grade(args):
    from dnnc_runner.child import reap_orphans, spawn, supervise
    from dnnc_runner.loader import parse_solution, split_top_level
    from dnnc_runner.plan import read_plan
    from dnnc_runner.sandboxtext import death_message

    plan = read_plan(args.plan)
    solution = os.path.abspath(plan["solution"])
    display = plan.get("display") or os.path.basename(solution)
    try:
        with open(solution, "rb") as f:
            source = f.read()
    except OSError as e:
        raise Misuse("cannot read solution %s: %s" % (solution, e.strerror or e)) from None
    header = {"runner": RUNNER_ID, "solution": display}
    try:
        tree, notes = parse_solution(solution, source)
    except SyntaxError as e:
        line = ("%d:" % e.lineno) if e.lineno else ""
        header["error"] = clip("%s:%s SyntaxError: %s" % (os.path.basename(solution), line, e.msg))
        emit(header)
        return
    except ValueError as e:
        header["error"] = clip("%s: SyntaxError: %s" % (os.path.basename(solution), e))
        emit(header)
        return
    kept, skipped = split_top_level(tree)
    header["skipped_top_level"] = skipped + len(notes)
    header["magics"] = notes
    emit(header)

    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != HERE]
    folders = course_path(plan["assignment"])
    sys.path[:0] = folders
    sys.path.append(STUB_DIR)
    os.chdir(os.path.dirname(solution))
    preload(kept, folders)
    limits = plan.get("limits", {})
    default_timeout = float(plan.get("timeout", 10))
    for exercise in plan["exercises"]:
        timeout = float(exercise.get("timeout", default_timeout))
        pid, read_fd = spawn(exercise, kept, solution, limits, COURSE_DIR, display)
        raw, status, what = supervise(pid, read_fd, timeout)
        reap_orphans()
        result, dump = check_result(raw) if not what else (None, raw.split(b"\x00", 1)[0])
        if result is None:
            result = {"status": "timeout" if what == "timeout" else "crashed",
                      "message": death_message(what, status, timeout, dump, solution, limits)}
        result["exercise"] = exercise["name"]
        emit(result)
    emit({"done": True})


def emit(obj):
    """One JSON line on the report descriptor."""
    payload = memoryview((json.dumps(obj, allow_nan=False) + "\n").encode("utf-8"))
    while payload:
        payload = payload[os.write(RESULT_FD, payload):]


RESULT_FD = 1


def main(argv):
    global RESULT_FD
    RESULT_FD = os.dup(1)
    error_fd = os.dup(2)
    for fd in (RESULT_FD, error_fd):
        os.set_inheritable(fd, False)
    try:
        parser = _Parser(prog="runner.py", description="Run a learner's Python functions as a grading plan says.")
        parser.add_argument("--plan", required=True, help="the plan written by dnn-conformance grade")
        args = parser.parse_args(argv)
        try:
            import numpy  # noqa: F401
        except ImportError:
            raise Misuse("numpy is not installed for %s" % sys.executable) from None
        protect_runner()
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(null, fd)
        warnings.simplefilter("ignore")
        grade(args)
    except Misuse as e:
        os.write(error_fd, ("runner.py: error: %s\n" % clip(e, 1000)).encode("utf-8", "replace"))
        return 2
    except Exception as e:  # noqa: BLE001 - a bug of ours: say so in one line
        frame = traceback.extract_tb(e.__traceback__)[-1]
        where = "%s:%d" % (os.path.basename(frame.filename), frame.lineno)
        os.write(error_fd, ("runner.py: internal error: %s (%s)\n" % (one_line_exception(e), where)).encode())
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
