#!/usr/bin/env python3
"""Grades every test notebook that Tests/ConformanceTests/Notebooks/make_notebooks.py writes (into
a scratch folder) with the built tool (no --edition: the release must be detected) and compares
the verdicts with the expected.json it writes beside them.

    python3 scripts/check-notebooks.py BINARY [--datasets DIR] [--only SUBSTRING]

Grades two notebooks at a time. Prints one line per notebook and '<n> passed, <m> failed'; exit 1
if any notebook's report differs from expected.json (edition detected, each function's verdict,
and an exit status of 1 exactly when a function failed).
"""
import json
import os
import subprocess
import sys
import time

EDITION_OF_RELEASE = {"blog": "blog", "v5": "v5", "v8": "v8", "v8a": "v8a", "2021": "2021", "2023": "2023",
                      "app-v2": "coursera", "app-v3": "coursera", "app-2021": "coursera",
                      "w2-2017": "w2-2017", "w2-v5": "w2-v5", "w2-2021": "w2-2021",
                      "w3-v5": "w3-v5", "w3-2021a": "w3-2021a", "w3-2021": "w3-2021"}


def main(argv):
    binary = argv[0]
    extra = []
    only = None
    rest = argv[1:]
    while rest:
        if rest[0] == "--datasets":
            extra += ["--datasets", rest[1]]
            rest = rest[2:]
        elif rest[0] == "--only":
            only = rest[1]
            rest = rest[2:]
        else:
            raise SystemExit("unknown argument %s" % rest[0])
    import shutil
    import tempfile
    generator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "ConformanceTests", "Notebooks",
                             "make_notebooks.py")
    root = tempfile.mkdtemp(prefix="dnnc-notebooks-")
    try:
        subprocess.run([sys.executable, generator, root], check=True, capture_output=True)
        return grade_all(binary, root, extra, only)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def grade_all(binary, root, extra, only):
    """Two gradings at a time (each is one process on one core); lines in the notebooks' order."""
    from concurrent.futures import ThreadPoolExecutor
    expected = json.load(open(os.path.join(root, "expected.json")))["notebooks"]
    chosen = [(path, want) for path, want in sorted(expected.items()) if not only or only in path]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda item: grade_one(binary, root, extra, *item), chosen))
    for _, line in results:
        print(line)
    failed = sum(1 for ok, _ in results if not ok)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


def grade_one(binary, root, extra, path, want):
    """(ok, the line to print) for one notebook."""
    started = time.monotonic()
    out = subprocess.run([binary, "grade", os.path.join(root, path), "--format", "json"] + extra,
                         capture_output=True, text=True, timeout=600)
    seconds = time.monotonic() - started
    problems = []
    try:
        report = json.loads(out.stdout)
    except ValueError:
        return False, "FAIL %s: no JSON report (exit %d): %s" % (path, out.returncode, out.stderr.strip()[-300:])
    if report.get("edition") != EDITION_OF_RELEASE[want["release"]]:
        problems.append("edition %s, expected %s" % (report.get("edition"), EDITION_OF_RELEASE[want["release"]]))
    statuses = {f["name"]: f for f in report["functions"]}
    for name, verdict in want["functions"].items():
        got = statuses.get(name)
        if got is None:
            problems.append("%s not in the report" % name)
        elif got["status"] not in verdict.split("|"):  # "passed|failed": decided by the fresh inputs
            first = next((c for c in got["checks"] if c["status"] == "failed"), None)
            problems.append("%s %s, expected %s%s" % (name, got["status"], verdict,
                                                      (": " + first["name"] + ": " + first["message"][:200]) if first else ""))
    extra_failed = [n for n, f in statuses.items() if f["status"] == "failed" and n not in want["functions"]]
    if extra_failed:
        problems.append("also failed: %s" % ", ".join(extra_failed))
    failing = any(f["status"] == "failed" for f in statuses.values())
    if out.returncode != (1 if failing else 0):
        problems.append("exit %d with %s function failed" % (out.returncode, "a" if failing else "no"))
    if problems:
        return False, "FAIL %s (%.1f s): %s" % (path, seconds, "; ".join(problems))
    return True, "ok   %s (%.1f s)" % (path, seconds)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
