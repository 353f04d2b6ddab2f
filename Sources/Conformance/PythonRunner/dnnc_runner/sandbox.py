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
    """Body of the forked process: run one function, write one result, never return."""
    code = 0
    try:
        os.setpgid(0, 0)
    except OSError:
        pass
    try:
        faulthandler.enable(file=write_fd, all_threads=False)
        faulthandler.register(signal.SIGUSR1, file=write_fd, all_threads=False, chain=False)
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
        payload = RESULT_MARK + json.dumps(result, allow_nan=False).encode("utf-8")
        view = memoryview(payload)
        while view:
            written = os.write(write_fd, view)
            view = view[written:]
    except BaseException:  # noqa: BLE001 - report our own failure as a crash, never hang
        code = 70
    finally:
        os._exit(code)


FRAME_LINE = re.compile(r'File "(.*)", line (\d+) in (\S+)')


def learner_location(dump, solution):
    """'file.py:12 in fn' from a faulthandler dump (innermost learner frame), or None."""
    for line in dump.splitlines():
        m = FRAME_LINE.search(line)
        if m and is_learner_file(m.group(1), solution):
            return "%s:%s in %s" % (os.path.basename(m.group(1)), m.group(2), m.group(3))
    return None


def signal_name(number):
    try:
        return "%s (%s)" % (signal.Signals(number).name, signal.strsignal(number))
    except (ValueError, AttributeError):
        return "signal %d" % number


def run_in_child(name, fn, case, edition, solution, timeout):
    """Forks, runs one function with a time limit, and turns what happened into a result."""
    read_fd, write_fd = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        child_main(name, fn, case, edition, solution, write_fd)
    os.close(write_fd)
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    data = bytearray()
    deadline = time.monotonic() + timeout
    timed_out = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            ready, _, _ = select.select([read_fd], [], [], remaining)
            if ready:
                chunk = os.read(read_fd, 1 << 16)
                if not chunk:
                    break
                data += chunk
        status = None
        if not timed_out:
            while time.monotonic() < deadline:  # pipe closed: the child is exiting
                waited, status = os.waitpid(pid, os.WNOHANG)
                if waited:
                    break
                time.sleep(0.005)
            else:
                timed_out = True
        if timed_out:
            try:
                os.kill(pid, signal.SIGUSR1)  # ask faulthandler where it is stuck
            except OSError:
                pass
            stop = time.monotonic() + 0.5
            while time.monotonic() < stop:
                ready, _, _ = select.select([read_fd], [], [], 0.1)
                if not ready:
                    if data:
                        break
                    continue
                chunk = os.read(read_fd, 1 << 16)
                if not chunk:
                    break
                data += chunk
            for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
                try:
                    kill()
                except OSError:
                    pass
            os.waitpid(pid, 0)
    finally:
        os.close(read_fd)
    raw = bytes(data)
    if not timed_out and RESULT_MARK in raw:
        try:
            return json.loads(raw.split(RESULT_MARK, 1)[1].decode("utf-8"))
        except ValueError:
            pass
    text = raw.split(RESULT_MARK, 1)[0].decode("utf-8", "replace")
    where = learner_location(text, solution)
    if timed_out:
        seconds = ("%g" % timeout)
        message = "did not return within %s s and was stopped" % seconds
        if where:
            message += " (it was running %s)" % where
        return {"status": "timeout", "message": message}
    if status is not None and os.WIFSIGNALED(status):
        message = "the process died with %s" % signal_name(os.WTERMSIG(status))
    elif status is not None and os.WIFEXITED(status):
        message = "the process exited with status %d before returning (os._exit?)" % os.WEXITSTATUS(status)
    else:
        message = "the process ended without a result"
    if where:
        message += " at " + where
    return {"status": "crashed", "message": message}


def probe_load(kept, solution, timeout):
    """Loads the solution once in a throwaway child: None if fine, else an error message."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        code = 0
        try:
            os.setpgid(0, 0)
            faulthandler.enable(file=write_fd, all_threads=False)
            faulthandler.register(signal.SIGUSR1, file=write_fd, all_threads=False, chain=False)
            load_statements(kept, solution, new_namespace(solution))
            os.write(write_fd, RESULT_MARK)
        except BaseException:  # noqa: BLE001
            code = 70
        finally:
            os._exit(code)
    os.close(write_fd)
    name = os.path.basename(solution)
    data = bytearray()
    deadline = time.monotonic() + timeout
    timed_out = True
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
            if ready:
                chunk = os.read(read_fd, 1 << 16)
                if not chunk:
                    timed_out = False
                    break
                data += chunk
        if timed_out:
            try:
                os.kill(pid, signal.SIGUSR1)
                time.sleep(0.2)
                ready, _, _ = select.select([read_fd], [], [], 0.1)
                if ready:
                    data += os.read(read_fd, 1 << 16)
            except OSError:
                pass
            for kill in (lambda: os.killpg(pid, signal.SIGKILL), lambda: os.kill(pid, signal.SIGKILL)):
                try:
                    kill()
                except OSError:
                    pass
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(read_fd)
    raw = bytes(data)
    if not timed_out and RESULT_MARK in raw and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
        return None
    where = learner_location(raw.decode("utf-8", "replace"), solution)
    suffix = (" (at %s)" % where) if where else ""
    if timed_out:
        return "%s: loading its imports and definitions did not finish within %g s%s" % (name, timeout, suffix)
    if os.WIFSIGNALED(status):
        return "%s: loading its imports and definitions died with %s%s" % (name, signal_name(os.WTERMSIG(status)), suffix)
    return "%s: loading its imports and definitions ended abnormally%s" % (name, suffix)
