#!/usr/bin/env python3
"""`make conformance`'s stability check: runs `BIN stability --json` and checks what the stability
issue promises — nothing is a mismatch; the planar model's late costs and the hidden-layer sweep's
20- and 50-unit accuracies are fragile, with evidence; week 2's log and the 2-layer cat log are
reproducible. Usage: python3 scripts/check-stability.py BIN
Prints one line per claim and `N passed, N failed`; exit 1 if a claim fails."""
import json
import subprocess
import sys


def main(argv):
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = subprocess.run([argv[0], "stability", "--json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        print("stability failed:\n" + out.stderr, file=sys.stderr)
        return 1
    report = json.loads(out.stdout)
    values = {v["check"]: v for v in report["values"]}
    results = []

    def claim(text, ok):
        results.append(ok)
        print(("ok   " if ok else "FAIL ") + text)

    mismatches = [c for c, v in values.items() if v.get("verdict") != "reproducible" and v.get("verdict") != "fragile"]
    claim("no published training number is a mismatch (%d judged)" % len(values), not mismatches and len(values) > 0)
    for c in mismatches[:5]:
        print("     " + c + ": " + json.dumps(values[c]))
    for check in ["w3-v5/nn_model/costs[8000]", "w3-v5/nn_model/costs[9000]",
                  "w3-v5/hidden_20/train_accuracy", "w3-v5/hidden_50/train_accuracy"]:
        v = values.get(check, {})
        claim("%s is fragile, with evidence" % check, v.get("verdict") == "fragile" and len(v.get("evidence", [])) > 0)
    if report.get("skipped"):
        print("     skipped: " + "; ".join(report["skipped"]))
    else:
        for prefix in ["w2-v5/model/", "blog/two_layer_model/"]:
            group = [v for c, v in values.items() if c.startswith(prefix)]
            claim("%s* is reproducible (%d numbers)" % (prefix, len(group)),
                  len(group) > 0 and all(v["verdict"] == "reproducible" for v in group))
    failed = results.count(False)
    print("%d passed, %d failed" % (len(results) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
