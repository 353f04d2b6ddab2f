"""Runs one exercise of learner code in a forked child: the runner's own process never executes
a line of the learner's file (not its imports, class bodies, decorators or default arguments).

The child: leads its own process group; gets resource limits (address space, CPU, file size,
no core files) that bind even root; keeps only the write end of its own result pipe (stdin,
stdout and stderr go to /dev/null, every other descriptor is closed, so it can neither write the
runner's report nor another exercise's result); then loads the solution, runs its exercise's
call form on each run's arguments and writes ONE result. The parent reads at most
RESULT_LIMIT bytes and only ever attributes them to that exercise.
"""
import faulthandler
import io
import json
import os
import resource
import select
import signal
import sys
import time
import traceback

import numpy as np

from .calls import FORMS, LearnerRaised
from .encode import BadOutput
from .helpercheck import HelperTripwire, provided_by_course
from .loader import load_statements, new_namespace
from .text import clip, describe_value, one_line_exception

RESULT_MARK = b"\x00DNNC-RESULT\n"
RESULT_LIMIT = 12 << 20  # bytes one child may send (the cat-data models' parameters take ~6 MB)
PRINT_LIMIT = 1 << 20    # characters of the learner's prints kept (for printed cost logs)


class Printed(io.TextIOBase):
    """A bounded capture of what the learner prints (the models' cost lines are read from it)."""

    def __init__(self):
        self.parts, self.size = [], 0

    def writable(self):
        return True

    def write(self, text):
        text = str(text)
        if self.size < PRINT_LIMIT:
            self.parts.append(text[: PRINT_LIMIT - self.size])
            self.size += len(self.parts[-1])
        return len(text)

    def text(self):
        return "".join(self.parts)


def apply_limits(limits):
    """Lowers this process's limits (always allowed, and binding for root too)."""
    pairs = [(resource.RLIMIT_AS, limits.get("memory")), (resource.RLIMIT_CPU, limits.get("cpu")),
             (resource.RLIMIT_FSIZE, limits.get("file_size")), (resource.RLIMIT_CORE, 0)]
    for which, value in pairs:
        if value is None:
            continue
        soft, hard = resource.getrlimit(which)
        value = int(value)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(which, (value, value if which != resource.RLIMIT_CPU else value + 1))
        except (ValueError, OSError):
            pass


def isolate_descriptors(keep):
    """stdin/stdout/stderr to /dev/null and every other descriptor but `keep` closed."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 16)


def is_learner_file(filename, solution):
    return filename == solution


def learner_frame(exc, solution):
    """'solution.py:33 in L_model_backward → solution.py:21 in linear_activation_backward': the
    learner's frames from the graded function down to where it stopped (at most three), and the
    innermost frame."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if is_learner_file(f.filename, solution)]
    if not frames:
        return None, None
    shown = frames if len(frames) <= 3 else [frames[0], frames[-2], frames[-1]]
    where = " → ".join("%s:%d in %s" % (os.path.basename(f.filename), f.lineno, f.name) for f in shown)
    return where, frames[-1]


def top_level_names(solution):
    """Names the file's top-level statements assign (test cells' variables), read as the runner
    reads the file (magics commented out, cells that do not compile left out)."""
    import ast
    from .loader import assigned_names, parse_solution
    try:
        with open(solution, "rb") as f:
            tree, _ = parse_solution(solution, f.read())
    except (OSError, SyntaxError, ValueError):
        return set()
    binding = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For, ast.With)
    return set().union(*(assigned_names(stmt) for stmt in tree.body if isinstance(stmt, binding)))


def describe_exception(exc, solution, context, memory_limit):
    """'TypeError: ... (at solution.py:12 in linear_forward)', one line."""
    if isinstance(exc, MemoryError):
        text = "exceeded the memory limit (%s)" % format_bytes(memory_limit)
    else:
        text = one_line_exception(exc)
        if "NoneType" in text:
            text += " (a `None` placeholder not replaced, or a function without a return?)"
    where, frame = learner_frame(exc, solution)
    if where:
        if isinstance(exc, AssertionError) and frame.line:
            where += ": " + frame.line.strip()
        text += " (at %s)" % where
        if isinstance(exc, NameError) and (frame.line or "").strip().startswith("return"):
            # The template's `return predictions` with nothing above it: an unfinished exercise.
            text += "; not implemented yet? nothing assigns what `%s` returns" % frame.name
        elif isinstance(exc, NameError) and getattr(exc, "name", None) in top_level_names(solution):
            # In the notebook the function read a global a test cell left behind.
            text += ("; `%s` is assigned only by the notebook's top-level code (a test cell?), which grading does "
                     "not run: the function must compute it itself" % exc.name)
    if context:
        text = context + ": " + text
    return clip(text)


def format_bytes(n):
    if not n:
        return "no limit"
    return "%g GiB" % (n / (1 << 30)) if n >= 1 << 30 else "%g MiB" % (n / (1 << 20))


def run_exercise(exercise, kept, solution, limits, course_dir, display):
    """Body of the child: load, run every run of the exercise, return the result dict."""
    namespace = new_namespace(solution)
    notes = load_statements(kept, solution, namespace, course_dir)
    fname = exercise["function"]
    fn = namespace.get(fname)
    result = {"notes": notes}
    if fn is None:
        status = "not_defined" if exercise.get("optional") else "missing"
        return dict(result, status=status, message="%s defines no %s" % (display, fname))
    if not callable(fn):
        return dict(result, status="missing", message="%s in %s is %s, not a function" % (fname, display, describe_value(fn)))
    helper = provided_by_course(fn, course_dir)
    if helper and exercise.get("optional"):
        return dict(result, status="not_defined", message="%s comes from the course's %s" % (fname, helper))
    if helper:
        return dict(result, status="missing",
                    message="%s in %s is the course helper's (%s), not a function of the notebook's own "
                            "(none written, or a later import replaced it)" % (fname, display, helper))
    form = FORMS[exercise["form"]]
    runs = []
    for run in exercise["runs"]:
        runs.append(run_one(form, fn, fname, run, solution, limits, course_dir))
    return dict(result, status="ran", runs=runs)


def run_one(form, fn, fname, run, solution, limits, course_dir):
    """One call of the form on one run's arguments; {"label", "status", "outputs"|"message"}."""
    args = {k: (v.copy() if isinstance(v, np.ndarray) else v) for k, v in run["args"].items()}
    printed = Printed()
    saved = sys.stdout
    sys.stdout = printed
    np.random.seed(int(run.get("seed", 1)))  # the notebook seeds 1 at the top; initializers rely on it
    tripwire = HelperTripwire(fname, course_dir)
    entry = {"label": run.get("label", "")}
    try:
        with tripwire:
            outputs = form(fn, args, printed)
        entry.update(status="ok", outputs=outputs)
    except LearnerRaised as e:
        if isinstance(e.exc, SystemExit):
            where, _ = learner_frame(e.exc, solution)
            message = "called sys.exit(%r)" % (e.exc.code,) + ((" at " + where) if where else "")
            entry.update(status="crashed", message=clip((e.context + ": " if e.context else "") + message))
        else:
            status = "memory" if isinstance(e.exc, MemoryError) else "raised"
            entry.update(status=status, message=describe_exception(e.exc, solution, e.context, limits.get("memory")))
    except BadOutput as e:
        entry.update(status="bad_output", message=clip(str(e)))
    except MemoryError:
        entry.update(status="memory", message="exceeded the memory limit (%s)" % format_bytes(limits.get("memory")))
    finally:
        sys.stdout = saved
    if tripwire.called:
        entry = {"label": entry["label"], "status": "helper_call",
                 "message": "%s calls the course helper %s instead of computing the result itself"
                            % (fname, tripwire.called)}
    return entry


def spawn(exercise, kept, solution, limits, course_dir, display):
    """Forks the child for `exercise`; returns (pid, read end of its result pipe)."""
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(read_fd)
            prctl(PR_SET_PDEATHSIG, signal.SIGKILL)  # the runner gone, this child goes too
            os.setpgid(0, 0)
            isolate_descriptors(write_fd)
            apply_limits(limits)
            faulthandler.enable(file=write_fd, all_threads=False)
            faulthandler.register(signal.SIGUSR1, file=write_fd, all_threads=False, chain=False)
            try:
                result = run_exercise(exercise, kept, solution, limits, course_dir, display)
            except MemoryError:
                result = {"status": "memory", "message": "exceeded the memory limit (%s)" % format_bytes(limits.get("memory"))}
            payload = memoryview(RESULT_MARK + json.dumps(result, allow_nan=False).encode("utf-8"))
            while payload:
                payload = payload[os.write(write_fd, payload):]
        except BaseException:  # noqa: BLE001 - never return into the parent's code
            code = 70
        finally:
            os._exit(code)
    os.close(write_fd)
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    return pid, read_fd


PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36


def prctl(option, value):
    """Linux prctl(2) through ctypes; False where it is not available."""
    try:
        import ctypes
        return ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def reap_orphans():
    """Kills and reaps every process left re-parented to the runner (a subreaper): whatever a
    child started, setsid or double fork included, once that child is gone. Linux only."""
    me = str(os.getpid())
    for _ in range(50):
        found = []
        try:
            names = os.listdir("/proc")
        except OSError:
            return
        for name in names:
            if not name.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % name, "rb") as f:
                    stat = f.read().decode("ascii", "replace")
            except OSError:
                continue
            fields = stat[stat.rfind(")") + 2:].split()
            if len(fields) > 1 and fields[1] == me:
                found.append(int(name))
        if not found:
            return
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        for pid in found:
            try:
                os.waitpid(pid, 0)
            except OSError:
                pass


def supervise(pid, read_fd, timeout):
    """Collects a child's output until it exits, floods or its time is up; kills its group.

    Returns (bytes, wait status or None, what) with what in {"", "timeout", "flood"}."""
    data = bytearray()
    deadline = time.monotonic() + timeout
    what = ""
    status = None
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                what = "timeout"
                break
            ready, _, _ = select.select([read_fd], [], [], min(remaining, 0.05))
            if ready:
                chunk = os.read(read_fd, 1 << 16)
                if chunk:
                    data.extend(chunk)
                    if len(data) > RESULT_LIMIT:
                        what = "flood"
                        break
                    continue
            waited, st = os.waitpid(pid, os.WNOHANG)
            if waited:
                status = st
                while True:  # whatever is still in the pipe
                    ready, _, _ = select.select([read_fd], [], [], 0)
                    chunk = os.read(read_fd, 1 << 16) if ready else b""
                    if not chunk or len(data) > RESULT_LIMIT:
                        break
                    data.extend(chunk)
                break
        if what == "timeout":
            try:
                os.kill(pid, signal.SIGUSR1)  # faulthandler: where is it stuck?
                ready, _, _ = select.select([read_fd], [], [], 0.3)
                if ready:
                    data.extend(os.read(read_fd, 1 << 16))
            except OSError:
                pass
        for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
            try:
                kill()
            except OSError:
                pass
        if status is None:
            status = os.waitpid(pid, 0)[1]
    finally:
        os.close(read_fd)
    return bytes(data), status, what
