"""Parse speed against a floor, and how it grows with input size.

    python benchmarks/bench_parse.py [--corpus DIR] [--repeat N] [--scaling]

Measures, in one run on the same input:

- documents per second and MB/s of ``vnadmindoc.parse`` over the dev corpus, repeated until
  the run lasts long enough to be stable;
- the floor: reading the same texts and running one compiled ``regex`` scan over them (every
  line start), and the ratio parse / floor;
- with ``--scaling``: 0.1, 1 and 10 MB inputs, built by concatenating the corpus documents and
  by growing one document's body, with seconds per MB for each (linear growth keeps it flat);
- with ``--imports``: ``import vnadmindoc`` in a fresh interpreter, and the same import followed
  by a first parse of a short letter (which loads the parsing engine), best of 15 each.

Figures are for one core: the benchmark runs in this process only.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import regex

import vnadmindoc
from vnadmindoc import segment

# Cleared between passes where the parser caches line tests (older versions do not).
_clear_caches = getattr(segment.is_noise_line, "cache_clear", lambda: None)

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
LINE_STARTS = regex.compile(r"^", regex.MULTILINE)


def _best(func: object, rounds: int) -> float:
    """The best of ``rounds`` timings of ``func()`` (seconds)."""
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def corpus_texts(corpus: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]


def throughput(texts: list[str], repeat: int, paths: list[Path]) -> dict[str, float]:
    size = sum(len(t.encode("utf-8")) for t in texts)
    documents = sum(len(vnadmindoc.parse(t)) for t in texts)  # also warms caches

    def run_parse() -> None:
        for _ in range(repeat):
            # Repeating the corpus must not turn into a cache benchmark: each pass starts cold.
            _clear_caches()
            for text in texts:
                vnadmindoc.parse(text)

    def run_floor() -> None:
        for _ in range(repeat):
            for path in paths:
                for _match in LINE_STARTS.finditer(path.read_bytes().decode("utf-8")):
                    pass

    parse_s = _best(run_parse, 3)
    floor_s = _best(run_floor, 5)
    return {
        "files": len(texts) * repeat,
        "documents": documents * repeat,
        "MB": size * repeat / 1e6,
        "parse_s": parse_s,
        "floor_s": floor_s,
        "documents_per_s": documents * repeat / parse_s,
        "files_per_s": len(texts) * repeat / parse_s,
        "MB_per_s": size * repeat / 1e6 / parse_s,
        "ms_per_10KB": parse_s / (size * repeat / 10_000) * 1000,
        "ratio": parse_s / floor_s,
    }


def scaling(texts: list[str]) -> list[tuple[str, float, float]]:
    """(shape, MB, seconds per MB) for concatenated documents and one growing body."""
    out = []
    joined = "\n\n".join(texts)
    base = max(texts, key=len)
    head, _, tail = base.partition("\n\n")
    paragraph = (
        "Các sở, ban, ngành, địa phương tiếp tục triển khai thực hiện nghiêm túc các biện pháp "
        "phòng, chống dịch theo Công văn số 2548/UBND-KGVX ngày 12/8/2021 của UBND tỉnh.\n"
    )
    for mb in (0.1, 1.0, 10.0):
        target = int(mb * 1e6)
        many = (joined + "\n\n") * max(1, target // len(joined.encode("utf-8")))
        body = paragraph * max(1, target // len(paragraph.encode("utf-8")))
        huge = head + "\n\n" + body + tail
        for shape, text in (("documents", many), ("one body", huge)):
            size = len(text.encode("utf-8")) / 1e6
            seconds = _best(lambda text=text: vnadmindoc.parse(text), 1 if mb >= 10 else 2)
            out.append((shape, size, seconds / size))
    return out


_FIRST_PARSE = (
    "import vnadmindoc; vnadmindoc.parse('UBND TỈNH BẮC KẠN\\nSố: 619/UBND-VXNV\\n"
    "Bắc Kạn, ngày 01 tháng 02 năm 2021\\nKính gửi: Sở Y tế\\n\\nĐề nghị Sở Y tế báo cáo.')"
)


def import_times(rounds: int = 15) -> dict[str, float]:
    """Best wall-clock seconds of a fresh interpreter that imports vnadmindoc (and parses once),
    and of the same interpreter doing nothing."""
    env = dict(os.environ)
    if "PYTHONPATH" not in env:  # run the sources this benchmark sits beside
        env["PYTHONPATH"] = str(ROOT / "src")

    def best(code: str) -> float:
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            times.append(time.perf_counter() - start)
        return min(times)

    return {
        "bare_s": best("pass"),
        "import_s": best("import vnadmindoc"),
        "first_parse_s": best(_FIRST_PARSE),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=20, help="passes over the corpus per timing")
    ap.add_argument("--scaling", action="store_true", help="also time 0.1, 1 and 10 MB inputs")
    ap.add_argument("--imports", action="store_true", help="also time the import and a first parse")
    args = ap.parse_args()
    paths = sorted(args.corpus.glob("*.txt"))
    texts = corpus_texts(args.corpus)
    r = throughput(texts, args.repeat, paths)
    print(
        f"corpus: {len(texts)} files, {r['documents'] / args.repeat:.0f} documents, "
        f"{r['MB'] / args.repeat * 1000:.0f} KB"
    )
    print(
        f"parse:  {r['documents_per_s']:.0f} documents/s, {r['files_per_s']:.0f} files/s, "
        f"{r['MB_per_s']:.2f} MB/s, {r['ms_per_10KB']:.2f} ms per 10 KB"
    )
    print(
        f"floor:  {r['floor_s'] * 1000:.1f} ms (read + one regex scan), "
        f"parse: {r['parse_s'] * 1000:.1f} ms"
    )
    print(f"ratio parse/floor: {r['ratio']:.1f}x")
    if args.scaling:
        print("scaling (seconds per MB; flat is linear):")
        rows = scaling(texts)
        for shape, size, per_mb in rows:
            print(f"  {shape:<10} {size:6.2f} MB  {per_mb:6.3f} s/MB")
        for shape in ("documents", "one body"):
            per = [p for s, _, p in rows if s == shape]
            print(
                f"  {shape}: 10 MB costs {per[-1] / per[0]:.2f}x the 0.1 MB rate per MB "
                f"(median {statistics.median(per):.3f} s/MB)"
            )

    if args.imports:
        t = import_times()
        print(
            f"python -c 'import vnadmindoc': {t['import_s'] * 1000:.0f} ms; with a first parse: "
            f"{t['first_parse_s'] * 1000:.0f} ms; python -c pass: {t['bare_s'] * 1000:.0f} ms "
            "(best of 15 each)"
        )


if __name__ == "__main__":
    main()
