"""Runs learner code in forked child processes with a time limit.

A child runs one function and writes one result to a pipe; the parent never runs learner code
without such a child having survived it first. faulthandler in the child reports where a
segfault happened, and where a function was looping when its time ran out (SIGUSR1 before
SIGKILL), so messages can name the learner's file and line.
"""
import faulthandler
import json
import os
import re
import select
import signal
import sys
import time
import traceback

import numpy as np

from . import HERE
from .loader import load_statements, new_namespace
from .recipes import BadOutput, LearnerRaised, grade
from .text import clip, one_line_exception

RESULT_MARK = b"\x00DNNC-RESULT\n"


def is_learner_file(filename, solution):
    """The solution itself, or a module of the learner's next to it (never one of ours)."""
    if filename == solution:
        return True
    directory = os.path.dirname(solution)
    return filename.startswith(directory + os.sep) and not filename.startswith(HERE + os.sep)


def learner_frame(exc, solution):
    """'sol.py:12 in linear_forward' for the innermost frame of the learner's code, or None."""
    frames = traceback.extract_tb(exc.__traceback__)
    learner = [f for f in frames if f.filename == solution] or [f for f in frames if is_learner_file(f.filename, solution)]
    if not learner:
        return None, None
    frame = learner[-1]
    return "%s:%d in %s" % (os.path.basename(frame.filename), frame.lineno, frame.name), frame


def describe_exception(exc, solution, context):
    """'TypeError: ... (at sol.py:12 in linear_forward)', one line; asserts also show their source."""
    where, frame = learner_frame(exc, solution)
    text = one_line_exception(exc)
    if where:
        if isinstance(exc, AssertionError) and frame.line:
            where += ": " + frame.line.strip()
        text += " (at %s)" % where
    if context:
        text = context + ": " + text
    return clip(text)


def child_main(name, fn, case, edition, solution, write_fd):
    """Body of a forked child: run one function as the notebook would, write one result."""
    np.random.seed(1)  # the notebook seeds 1 at the top; the initializers rely on it
    try:
        result = {"status": "ok", "outputs": grade(name, fn, case, edition)}
    except LearnerRaised as e:
        if isinstance(e.exc, SystemExit):
            where, _ = learner_frame(e.exc, solution)
            message = "called sys.exit(%r)" % (e.exc.code,) + ((" at " + where) if where else "")
            if e.context:
                message = e.context + ": " + message
            result = {"status": "crashed", "message": clip(message)}
        else:
            result = {"status": "raised", "message": describe_exception(e.exc, solution, e.context)}
    except BadOutput as e:
        result = {"status": "bad_output", "message": clip(str(e))}
    for stream in (sys.stdout, sys.stderr):  # the learner's prints (shown with --show-output)
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a learner may have replaced or closed them
            pass
    payload = memoryview(RESULT_MARK + json.dumps(result, allow_nan=False).encode("utf-8"))
    while payload:
        payload = payload[os.write(write_fd, payload):]


FRAME_LINE = re.compile(r'File "(.*)", line (\d+) in (\S+)')


def learner_location(dump, solution):
    """'file.py:12 in fn' from a faulthandler dump (innermost learner frame), or None."""
    for line in dump.splitlines():
        m = FRAME_LINE.search(line)
        if m and is_learner_file(m.group(1), solution):
            return "%s:%s in %s" % (os.path.basename(m.group(1)), m.group(2), m.group(3))
    return None


def signal_name(number):
    """'SIGSEGV (Segmentation fault)' for a signal number."""
    try:
        return "%s (%s)" % (signal.Signals(number).name, signal.strsignal(number))
    except (ValueError, AttributeError):
        return "signal %d" % number


def spawn(body):
    """Forks a child in its own process group that runs body(write_fd) and then _exits.

    Returns (pid, read_fd). The child's faulthandler writes crash dumps (and, on SIGUSR1, where
    it is) into the same pipe as its result, which is preceded by RESULT_MARK.
    """
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            os.close(read_fd)
            try:
                os.setpgid(0, 0)
            except OSError:
                pass
            faulthandler.enable(file=write_fd, all_threads=False)
            faulthandler.register(signal.SIGUSR1, file=write_fd, all_threads=False, chain=False)
            body(write_fd)
        except BaseException:  # noqa: BLE001 - our own failure: report it as a crash, never hang
            code = 70
        finally:
            os._exit(code)
    os.close(write_fd)
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    return pid, read_fd


def supervise(pid, read_fd, timeout):
    """Collects a child's output until it exits or its time is up; kills its whole group.

    Returns (bytes written to the pipe, wait status or None, timed_out). The child is detected as
    finished by its exit (not by end-of-file), so a grandchild that keeps the pipe open cannot
    make a finished function look like a timeout.
    """
    data = bytearray()
    deadline = time.monotonic() + timeout
    timed_out = False
    reaped = []  # the wait status, where the child had to be reaped to learn that it exited

    def drain(wait):
        while True:
            ready, _, _ = select.select([read_fd], [], [], wait)
            if not ready:
                return
            chunk = os.read(read_fd, 1 << 16)
            if not chunk:
                return
            data.extend(chunk)
            wait = 0

    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            drain(min(remaining, 0.02))
            if has_exited(pid, reaped):
                drain(0)
                break
        if timed_out:
            try:
                os.kill(pid, signal.SIGUSR1)  # ask faulthandler where it is stuck
                drain(0.3)
            except OSError:
                pass
        for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
            try:
                kill()
            except OSError:
                pass
        status = reaped[0] if reaped else os.waitpid(pid, 0)[1]
    finally:
        os.close(read_fd)
    return bytes(data), (None if timed_out else status), timed_out


def has_exited(pid, reaped):
    """Whether the child has exited. Peeks without reaping where the OS allows it (waitid with
    WNOWAIT), so that the child's process group cannot vanish before we kill what is left in it;
    elsewhere (e.g. macOS before Python 3.13) reaps it and keeps the status in `reaped`."""
    if hasattr(os, "waitid") and hasattr(os, "WNOWAIT"):
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    waited, status = os.waitpid(pid, os.WNOHANG)
    if waited:
        reaped.append(status)
    return bool(waited)


def run_in_child(name, fn, case, edition, solution, timeout):
    """Runs one function in a child with a time limit and turns what happened into a result."""
    pid, read_fd = spawn(lambda write_fd: child_main(name, fn, case, edition, solution, write_fd))
    raw, status, timed_out = supervise(pid, read_fd, timeout)
    if not timed_out and RESULT_MARK in raw:
        try:
            return json.loads(raw.split(RESULT_MARK, 1)[1].decode("utf-8"))
        except ValueError:
            pass
    where = learner_location(raw.split(RESULT_MARK, 1)[0].decode("utf-8", "replace"), solution)
    if timed_out:
        message = "did not return within %g s and was stopped" % timeout
        if where:
            message += " (it was running %s)" % where
        return {"status": "timeout", "message": message}
    if os.WIFSIGNALED(status):
        message = "the process died with %s" % signal_name(os.WTERMSIG(status))
    elif os.WIFEXITED(status) and os.WEXITSTATUS(status) != 0:
        message = "the process exited with status %d before returning (os._exit?)" % os.WEXITSTATUS(status)
    else:
        message = "the process ended without a result"
    if where:
        message += " at " + where
    return {"status": "crashed", "message": message}


def probe_load(kept, solution, timeout):
    """Loads the solution once in a throwaway child: None if that went fine, else an error line."""
    def body(write_fd):
        load_statements(kept, solution, new_namespace(solution))
        os.write(write_fd, RESULT_MARK)

    pid, read_fd = spawn(body)
    raw, status, timed_out = supervise(pid, read_fd, timeout)
    if not timed_out and RESULT_MARK in raw and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return None
    name = os.path.basename(solution)
    where = learner_location(raw.decode("utf-8", "replace"), solution)
    suffix = (" (at %s)" % where) if where else ""
    if timed_out:
        return "%s: loading its imports and definitions did not finish within %g s%s" % (name, timeout, suffix)
    if os.WIFSIGNALED(status):
        return "%s: loading its imports and definitions died with %s%s" % (name, signal_name(os.WTERMSIG(status)), suffix)
    return "%s: loading its imports and definitions ended abnormally%s" % (name, suffix)
