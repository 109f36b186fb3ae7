"""Adversarial inputs at 0.1 and 1 MB: seconds per MB and how the cost grows.

    python benchmarks/bench_hostile.py [--sizes 100000,1000000] [--only NAME,...]

Linear growth shows as a growth factor near 1 (the 1 MB rate over the 0.1 MB rate). The
inputs are those of ``tests/test_hostile.py``, which runs them at a fifth of the size.
"""

from __future__ import annotations

import argparse
import time

import vnadmindoc
from vnadmindoc import segment

# Cleared between passes where the parser caches line tests (older versions do not).
_clear_caches = getattr(segment.is_noise_line, "cache_clear", lambda: None)

UNITS = {
    "number lines": "Số: 1/",
    "numbered codes": "Số: 1/QĐ-UBND ",
    "codes in running text": "số 1/QĐ-UBND ",
    "bare codes": "1/QĐ-UBND ",
    "citation chain": "số 1/QĐ-UBND ngày 1/1/2020 của ",
    "citation lines": "số 1/QĐ-UBND ngày 1/1/2020 của UBND\n",
    "dates on one line": "ngày 1 tháng 1 năm 2020 ",
    "date lines with a place": "Hà Nội, ngày 1 tháng 1 năm 2020 ",
    "dash lines": "- \n",
    "blank lines": "a\n\n",
    "digits": "1",
    "digits and slashes": "1/1-",
    "slashes": "/",
    "diacritics": "ệ",
    "combining marks": "e\u0301",
    "stars inside words": "a**b ",
    "underscores inside words": "a_b ",
    "table rows": "| a | b | c |\n",
    "upper-case headings": "ỦY BAN NHÂN DÂN ",
    "articles": "Điều 1. ",
    "closing labels": "Nơi nhận:\nTM. KT. ",
    "type words": "Thông báo số ",
    "one long word": "x",
}


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


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
            text = _repeat(UNITS[name], size)
            _clear_caches()
            start = time.perf_counter()
            vnadmindoc.parse(text)
            rates.append((time.perf_counter() - start) / (len(text.encode("utf-8")) / 1e6))
        cells = "".join(f"{r:>9.2f} s/MB" for r in rates)
        print(f"{name:<26}{cells}   {rates[-1] / rates[0]:5.2f}x")


if __name__ == "__main__":
    main()
