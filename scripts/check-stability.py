#!/usr/bin/env python3
"""`make conformance`'s stability check: what the stability issue promises, read from the report of
`run --edition all` (whose training checks carry the verdicts) and from `BIN stability --json`
itself on the quick editions. Nothing is a mismatch; the planar model's late costs and the
hidden-layer sweep's 20- and 50-unit accuracies are fragile, with evidence; week 2's log and the
2-layer cat log are reproducible.
Usage: python3 scripts/check-stability.py REPORT BIN
Prints one line per claim and `N passed, N failed`; exit 1 if a claim fails."""
import json
import subprocess
import sys


def report_verdicts(path):
    """edition/run/number -> the verdict object, from the training checks of a run report."""
    with open(path) as f:
        report = json.load(f)
    values = {}
    for function in report["functions"]:
        run = function["name"].replace("training: ", "")
        for check in function["checks"]:
            for value in check.get("stability", []):
                values["%s/%s/%s" % (check["edition"], run, value["check"])] = value
    return values


def command_verdicts(binary, edition):
    out = subprocess.run([binary, "stability", "--edition", edition, "--json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        raise SystemExit("stability --edition %s failed (%d):\n%s" % (edition, out.returncode, out.stderr))
    report = json.loads(out.stdout)
    return {v["check"]: v for v in report["values"]}, report.get("skipped", [])


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    results = []

    def claim(text, ok):
        results.append(ok)
        print(("ok   " if ok else "FAIL ") + text)

    values = report_verdicts(argv[0])
    bad = [c for c, v in values.items() if v.get("verdict") not in ("reproducible", "fragile")]
    claim("the run report judges %d published training numbers, none a mismatch" % len(values), values and not bad)
    for c in bad[:5]:
        print("     %s: %s" % (c, json.dumps(values[c])))
    for check in ["w3-v5/nn_model/costs[8000]", "w3-v5/nn_model/costs[9000]",
                  "w3-v5/hidden_20/train_accuracy", "w3-v5/hidden_50/train_accuracy"]:
        v = values.get(check, {})
        claim("%s is fragile, with evidence" % check, v.get("verdict") == "fragile" and len(v.get("evidence", [])) > 0)
    for edition, prefix in [("w2-v5", "w2-v5/model/"), ("blog", "blog/two_layer_model/")]:
        listed, skipped = command_verdicts(argv[1], edition)
        if skipped:
            print("     skipped: " + "; ".join(skipped))
            continue
        group = [v for c, v in listed.items() if c.startswith(prefix)]
        claim("stability --edition %s: %s* reproducible (%d numbers)" % (edition, prefix, len(group)),
              len(group) > 0 and all(v["verdict"] == "reproducible" for v in group))
    failed = results.count(False)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
