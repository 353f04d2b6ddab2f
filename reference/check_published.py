"""Checks every published (printed) number against our full-precision NumPy references.

For each Fixtures/published/<edition>.json:
- "functions" against Fixtures/reference/<edition>.json "outputs",
- "training" against Fixtures/reference/training-<edition>.json, or, for the week-2 and week-3
  editions (whose catalogue entry lists "trainings"), against training-logreg.json /
  training-planar.json (the runs of a release whose initialize_parameters does not reseed,
  init_seed null, are under that file's "without_reseed").
An edition without a published file (or named on the command line without one) is skipped with a
note: its numbers are transcribed separately.

A printed value passes when the reference rounds to it (SPEC section 5):
|reference - printed| <= half a unit in the last printed place + 1e-15, where the place comes from
"decimals" (digits after the point) or "significant" (significant digits) - not from the string,
since NumPy drops trailing zeros. "exact" values and accuracies must be equal. The arithmetic is
done in decimal, exactly. Run from the package root:

    python3 reference/check_published.py [EDITION ...]

Exits 0 when everything matches, 1 listing the mismatches, 2 when a file is missing or malformed.
"""

import json
import os
import sys
from decimal import Decimal, getcontext

getcontext().prec = 60
SLACK = Decimal("1e-15")
PUBLISHED_DIR = os.path.join("Fixtures", "published")
REFERENCE_DIR = os.path.join("Fixtures", "reference")
CATALOGUE = os.path.join("Fixtures", "catalogue.json")


class Malformed(Exception):
    pass


def tolerance(printed, spec):
    """Half a unit in the last printed place, plus the slack."""
    if "decimals" in spec:
        return Decimal(5) * Decimal(10) ** (-int(spec["decimals"]) - 1) + SLACK
    if "significant" in spec:
        value = Decimal(printed)
        if value == 0:
            raise Malformed(f"zero printed with significant digits: {printed!r}")
        unit = Decimal(10) ** (value.adjusted() - int(spec["significant"]) + 1)
        return unit / 2 + SLACK
    raise Malformed(f"no precision (decimals, significant or exact) in {spec}")


def matches(reference, printed, spec):
    if spec.get("exact"):
        return float(printed) == reference
    return abs(Decimal(reference) - Decimal(printed)) <= tolerance(printed, spec)


def load(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as error:
        raise Malformed(f"{path}: {error}") from error


def check_functions(published, reference, label, problems):
    count = 0
    outputs = reference.get("outputs", {})
    for function, values in published.items():
        for name, spec in values.items():
            where = f"{label} {function}.{name}"
            ref = outputs.get(function, {}).get(name)
            if ref is None:
                problems.append(f"{where}: no reference output")
                continue
            if list(ref["shape"]) != list(spec["shape"]):
                problems.append(f"{where}: shape {spec['shape']} printed, reference {ref['shape']}")
                continue
            if len(ref["data"]) != len(spec["printed"]):
                problems.append(f"{where}: {len(spec['printed'])} printed values, {len(ref['data'])} in reference")
                continue
            for index, (r, p) in enumerate(zip(ref["data"], spec["printed"])):
                count += 1
                if not matches(r, p, spec):
                    problems.append(f"{where}[{index}]: printed {p}, reference {r!r}")
    return count


def check_training(published, reference, label, problems):
    count = 0
    for model, spec in published.items():
        where = f"{label} training {model}"
        ref = reference.get(model)
        if ref is None:
            problems.append(f"{where}: no reference run")
            continue
        ref_costs = {int(i): c for i, c in ref["costs"]}
        for iteration, printed in spec["costs"]:
            count += 1
            if iteration not in ref_costs:
                problems.append(f"{where} cost at {iteration}: no reference cost")
            elif not matches(ref_costs[iteration], printed, spec):
                problems.append(f"{where} cost at {iteration}: printed {printed}, reference {ref_costs[iteration]!r}")
        for key in ("train_accuracy", "test_accuracy"):
            if key in spec:
                count += 1
                if float(spec[key]) != ref[key]:
                    problems.append(f"{where} {key}: printed {spec[key]}, reference {ref[key]!r}")
    return count


def catalogue_trainings(edition):
    """The catalogue's "trainings" of an edition (week 2 and week 3), {} for the others."""
    catalogue = load(CATALOGUE)
    for entry in catalogue.get("editions", []):
        if entry.get("id") == edition:
            return {t["name"]: t for t in entry.get("trainings", [])}
    return {}


def training_reference(edition):
    """{run name: reference run} for the edition's published training logs."""
    trainings = catalogue_trainings(edition)
    if not trainings:
        return load(os.path.join(REFERENCE_DIR, f"training-{edition}.json"))
    runs, files = {}, {}
    for name, spec in trainings.items():
        model = spec["model"]
        if model not in files:
            files[model] = load(os.path.join(REFERENCE_DIR, f"training-{model}.json"))
        source = files[model]
        if model == "planar" and spec.get("init_seed", 2) is None:
            source = source.get("without_reseed", {})
        if name in source:
            runs[name] = source[name]
    return runs


def check_edition(edition, problems):
    path = os.path.join(PUBLISHED_DIR, f"{edition}.json")
    if not os.path.exists(path):
        return None
    published = load(path)
    count = 0
    functions = published.get("functions", {})
    if functions:
        reference = load(os.path.join(REFERENCE_DIR, f"{edition}.json"))
        count += check_functions(functions, reference, edition, problems)
    training = published.get("training", {})
    if training:
        count += check_training(training, training_reference(edition), edition, problems)
    return count


def main(argv):
    editions = argv or sorted(name[:-5] for name in os.listdir(PUBLISHED_DIR) if name.endswith(".json"))
    problems = []
    try:
        for edition in editions:
            before = len(problems)
            count = check_edition(edition, problems)
            if count is None:
                print(f"{edition}: skipped (no Fixtures/published/{edition}.json yet)")
                continue
            print(f"{edition}: {count} printed values checked, {len(problems) - before} mismatches")
    except (Malformed, KeyError, TypeError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for problem in problems:
        print(f"MISMATCH {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
