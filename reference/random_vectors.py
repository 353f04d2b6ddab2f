#!/usr/bin/env python3
"""Reference vectors for NumPyRandom: NumPy's legacy RandomState, written to Fixtures/random/.

Run from the package root: `python3 reference/random_vectors.py`. The output is deterministic
(same NumPy, same bytes), so the checked-in files can be compared byte for byte.

For each seed the file holds
  * long streams: 10**6 draws of randn and of rand, each from a freshly seeded generator, as a few
    leading values, a checkpoint every 10**5 draws, and a 64-bit FNV-1a digest of all the draws;
  * a script of interleaved calls of every API with odd sizes, so the cached gaussian is carried
    across gaussian calls and across uniform/integer calls, with every result written out in full.

Doubles are written as the 16 hex digits of their IEEE-754 bit pattern (exact, no decimal parsing);
integers as JSON integers. The format is described in Fixtures/README.md ("random/").
"""

import json
import os
import sys

import numpy as np

OUT_DIR = os.path.join("Fixtures", "random")
LONG_COUNT = 10**6
CHECKPOINT_EVERY = 10**5
HEAD = 8

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3
MASK64 = (1 << 64) - 1


def fnv1a64(data: bytes) -> int:
    """64-bit FNV-1a over a byte string.

    Each step is h = (h ^ byte) * prime mod 2**64. For a fixed h, xor with the byte is injective and
    multiplying by the odd prime is a bijection mod 2**64, so two inputs that differ in exactly one
    byte reach different states at that byte and stay different through every later step (each step
    is a bijection of the state). A single flipped bit in any draw therefore always changes the
    digest; it is not merely unlikely to collide.
    """
    h = FNV_OFFSET
    for byte in data:
        h = ((h ^ byte) * FNV_PRIME) & MASK64
    return h


def digest_doubles(values: np.ndarray) -> str:
    """FNV-1a over the little-endian bytes of each double's bit pattern, in draw order."""
    return "%016x" % fnv1a64(np.ascontiguousarray(values, dtype="<f8").tobytes())


def digest_words(words: np.ndarray) -> str:
    """FNV-1a over the little-endian bytes of 32-bit words (the MT19937 key)."""
    return "%016x" % fnv1a64(np.ascontiguousarray(words, dtype="<u4").tobytes())


def hex_double(x) -> str:
    """The 16 hex digits of a double's IEEE-754 bit pattern."""
    return "%016x" % int(np.float64(x).view(np.uint64))


def hex_doubles(values) -> list:
    return [hex_double(v) for v in np.asarray(values, dtype=np.float64).ravel()]


def ints(values) -> list:
    return [int(v) for v in np.asarray(values).ravel()]


def long_stream(seed, method: str) -> dict:
    rs = np.random.RandomState(seed)
    draws = getattr(rs, method)(LONG_COUNT)
    checkpoints = [[i, hex_double(draws[i])] for i in range(0, LONG_COUNT, CHECKPOINT_EVERY)]
    checkpoints.append([LONG_COUNT - 1, hex_double(draws[-1])])
    return {
        "method": method,
        "count": LONG_COUNT,
        "head": hex_doubles(draws[:HEAD]),
        "checkpoints": checkpoints,
        "fnv1a64": digest_doubles(draws),
    }


def state_record(rs) -> dict:
    name, key, pos, has_gauss, gauss = rs.get_state()
    assert name == "MT19937"
    return {
        "op": "get_state",
        "key_head": ints(key[:4]),
        "key_fnv1a64": digest_words(key),
        "pos": int(pos),
        "has_gauss": int(has_gauss),
        "gauss": hex_double(gauss),
    }


def call_script(seed) -> list:
    """One stream, many kinds of calls; every result written out in full."""
    rs = np.random.RandomState(seed)
    calls = []

    def randn(count):
        calls.append({"op": "randn", "count": count, "doubles": hex_doubles(rs.randn(count))})

    def randn2(rows, cols):
        calls.append({"op": "randn", "rows": rows, "cols": cols,
                      "doubles": hex_doubles(rs.randn(rows, cols))})

    def rand(count):
        calls.append({"op": "rand", "count": count, "doubles": hex_doubles(rs.rand(count))})

    def randint(low, high, count):
        out = rs.randint(low, high, size=count)
        assert out.dtype == np.int64
        calls.append({"op": "randint", "low": low, "high": high, "count": count, "ints": ints(out)})

    def shuffle(n):
        arr = np.arange(n)
        rs.shuffle(arr)
        calls.append({"op": "shuffle", "n": n, "ints": ints(arr)})

    def permutation(n):
        calls.append({"op": "permutation", "n": n, "ints": ints(rs.permutation(n))})

    def choice(n, size, replace):
        out = rs.choice(n, size, replace=replace)
        calls.append({"op": "choice", "n": n, "size": size, "replace": replace, "ints": ints(out)})

    def normal(loc, scale, count):
        calls.append({"op": "normal", "loc": hex_double(loc), "scale": hex_double(scale),
                      "count": count, "doubles": hex_doubles(rs.normal(loc, scale, count))})

    def uniform(low, high, count):
        calls.append({"op": "uniform", "low": hex_double(low), "high": hex_double(high),
                      "count": count, "doubles": hex_doubles(rs.uniform(low, high, count))})

    def round_trip(count):
        # get_state, draw, set_state, draw again: both draws must agree (the gauss cache included).
        saved = rs.get_state()
        first = rs.randn(count)
        rs.set_state(saved)
        second = rs.randn(count)
        assert np.array_equal(first, second)
        calls.append({"op": "state_round_trip", "count": count, "doubles": hex_doubles(first)})

    randn(3)                      # leaves a cached gaussian
    calls.append(state_record(rs))
    rand(5)                       # the cache survives uniform draws ...
    randint(0, 10, 7)             # ... and integer draws
    randn(1)                      # returns the cached value
    randn(5)
    shuffle(10)
    permutation(7)
    choice(10, 6, True)
    choice(10, 4, False)
    normal(2.5, 0.75, 3)          # starts with the value cached by randn(5)
    uniform(-3.0, 7.0, 5)
    randint(-(2**40), 2**40, 5)   # range above 0xFFFFFFFF: 64-bit masked path
    randint(0, 2**32, 3)          # range exactly 0xFFFFFFFF: plain 32-bit words
    randint(0, 2**32 + 1, 4)      # range 2**32: 64-bit path, mask 2**33 - 1
    randint(5, 6, 4)              # range 0: no draws at all
    randint(-(2**63), 2**63 - 1, 3)
    randint(-7, 1000003, 9)
    round_trip(3)                 # starts without a cache, ends with one
    round_trip(4)                 # starts with a cache
    calls.append(state_record(rs))
    shuffle(1)
    shuffle(0)
    permutation(0)
    choice(1, 3, True)
    choice(5, 5, False)
    randn2(3, 2)
    uniform(5.0, 1.0, 2)          # low > high is allowed: low + (high - low) * u
    rand(1)
    randn(7)
    choice(100003, 5, True)
    permutation(33)
    randn2(1, 1)
    calls.append(state_record(rs))
    return calls


def render(document: dict) -> str:
    """JSON with one stream or call per line, so a diff points at the call that changed."""
    def compact(value) -> str:
        return json.dumps(value, separators=(",", ":"))

    lines = []
    for key, value in document.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            items = ",\n  ".join(compact(item) for item in value)
            lines.append("%s: [\n  %s]" % (compact(key), items))
        else:
            lines.append("%s: %s" % (compact(key), compact(value)))
    return "{\n " + ",\n ".join(lines) + "}\n"


SEEDS = [
    ("int-0", 0),
    ("int-1", 1),
    ("int-2", 2),
    ("int-3", 3),
    ("int-4294967295", 4294967295),
    ("array-7", [7]),
    ("array-1-2-3", [1, 2, 3]),
    # Longer than the 624-word state, so init_by_array's first loop wraps the key.
    ("array-700", [(i * 0x9E3779B9 + 0x7F4A7C15) % 2**32 for i in range(700)]),
]


def main() -> int:
    os.makedirs(OUT_DIR, exist_ok=True)
    for name, seed in SEEDS:
        document = {
            "format": "dnn-conformance/random-1",
            "numpy": np.__version__,
            "seed": seed,
            "streams": [long_stream(seed, "randn"), long_stream(seed, "rand")],
            "calls": call_script(seed),
        }
        path = os.path.join(OUT_DIR, name + ".json")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(render(document))
        print("wrote", path, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
