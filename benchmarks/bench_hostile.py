"""Adversarial inputs at 0.1 and 1 MB: seconds per MB and how the cost grows.

    python benchmarks/bench_hostile.py [--sizes 100000,1000000] [--only NAME,...]

Linear growth shows as a growth factor near 1 (the 1 MB rate over the 0.1 MB rate). The
inputs are the table in ``tests/hostile_inputs.py``, which ``tests/test_hostile.py`` runs at
20 000 and 200 000 characters.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import vnadmindoc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.hostile_inputs import UNITS, repeat
from vnadmindoc import segment

# Cleared between passes where the parser caches line tests (older versions do not).
_clear_caches = getattr(segment.is_noise_line, "cache_clear", lambda: None)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="100000,1000000", help="characters, comma-separated")
    ap.add_argument("--only", default="", help="names of inputs, comma-separated")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [n for n in UNITS if not args.only or n in args.only.split(",")]
    print(f"{'input':<26}" + "".join(f"{s / 1e6:>9.1f} MB" for s in sizes) + "   growth")
    for name in names:
        rates = []
        for size in sizes:
            text = repeat(UNITS[name], size)
            _clear_caches()
            start = time.perf_counter()
            vnadmindoc.parse(text)
            rates.append((time.perf_counter() - start) / (len(text.encode("utf-8")) / 1e6))
        cells = "".join(f"{r:>9.2f} s/MB" for r in rates)
        print(f"{name:<26}{cells}   {rates[-1] / rates[0]:5.2f}x")


if __name__ == "__main__":
    main()
