"""Words for a child that ended without a result: stopped at its time limit, flooded its pipe,
died on a signal, hit a resource limit, or left with os._exit."""
import os
import re
import signal

FRAME_LINE = re.compile(r'File "(.*)", line (\d+) in (\S+)')


def learner_location(dump, solution):
    """'solution.py:12 in fn' from a faulthandler dump (innermost frame of the learner's file)."""
    for line in dump.splitlines():
        m = FRAME_LINE.search(line)
        if m and m.group(1) == solution:
            return "%s:%s in %s" % (os.path.basename(m.group(1)), m.group(2), m.group(3))
    return None


def signal_name(number):
    """'SIGSEGV (Segmentation fault)' for a signal number."""
    try:
        return "%s (%s)" % (signal.Signals(number).name, signal.strsignal(number))
    except (ValueError, AttributeError):
        return "signal %d" % number


def death_message(what, status, timeout, dump, solution, limits):
    """One line for the report."""
    where = learner_location(dump.decode("utf-8", "replace"), solution)
    if what == "timeout":
        message = "did not return within %g s and was stopped" % timeout
        return message + (" (it was running %s)" % where if where else "")
    if what == "flood":
        return "sent more output than the grader accepts and was stopped"
    if status is not None and os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        if number == signal.SIGXCPU:
            message = "exceeded the CPU time limit (%s s)" % limits.get("cpu")
        elif number == signal.SIGXFSZ:
            message = "exceeded the file size limit"
        else:
            message = "the process died with %s" % signal_name(number)
    elif status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) != 0:
        message = "the process exited with status %d before returning (os._exit?)" % os.WEXITSTATUS(status)
    else:
        message = "the process ended without a result"
    return message + (" at " + where if where else "")
