"""Build ``vocab/data/syllables.tsv``: how often each Vietnamese word and pair of words occurs
in administrative text, for giving back the letters a text lost (see ``vnadmindoc.restore``).

The counts come from the dev corpus (``../shared/corpus/dev``), the bundled example and the
vocabulary tables; never from the held-out set, on which the restoration is measured.

    python scripts/build_syllables.py [CORPUS]

Lines: ``1<TAB>word<TAB>count`` for a word, ``2<TAB>word word<TAB>count`` for a pair, lower case,
NFC. Only what a restoration can use is kept: words with a letter outside ASCII (the ones a
damaged text lost letters of) and the plain words their skeletons could also be, and pairs with
one such word in them.
"""

from __future__ import annotations

import collections
import sys
import unicodedata
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "vnadmindoc" / "vocab" / "data"
_WORD = regex.compile(r"\p{L}+|\d+")
# What breaks a run of words: a pair is two words (or a word and a number, "0") with only
# spaces, or one line break, between them.
_RUN = regex.compile(r"[\p{L}\d]+(?:[ \t]*\n?[ \t]*[\p{L}\d]+)*")


# The vocabulary tables name bodies, offices and types; the headings are in every document.
_VOCAB_WEIGHT = 3
_HEADINGS_WEIGHT = 20


def skeleton(word: str) -> str:
    """``word`` without its letters outside ASCII: what a damaged export keeps of it."""
    return "".join(ch for ch in word if ch.isascii())


def _texts(corpus: Path) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    for table in sorted(DATA.glob("*.t[sx][vt]")):
        if table.name not in ("syllables.tsv", "headings.txt"):
            texts += [table.read_text(encoding="utf-8")] * _VOCAB_WEIGHT
    texts += [(DATA / "headings.txt").read_text(encoding="utf-8")] * _HEADINGS_WEIGHT
    return [unicodedata.normalize("NFC", t) for t in texts]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus" / "dev"
    words: collections.Counter[str] = collections.Counter()
    pairs: collections.Counter[tuple[str, str]] = collections.Counter()
    for text in _texts(corpus):
        for run in _RUN.finditer(text):
            found = [
                "0" if w[0].isdigit() else w.lower() for w in _WORD.findall(run.group())
            ]
            words.update(found)
            pairs.update(zip(found, found[1:]))
    damaged = {w for w in words if not w.isascii()}
    skeletons = {skeleton(w) for w in damaged}
    kept = damaged | {w for w in words if w.isascii() and w in skeletons} | {"0"}
    lines = [f"1\t{w}\t{n}" for w, n in sorted(words.items()) if w in kept]
    lines += [
        f"2\t{a} {b}\t{n}"
        for (a, b), n in sorted(pairs.items())
        if (a in damaged or b in damaged) and a in kept and b in kept
    ]
    header = (
        "# Word and pair counts for restoring lost letters; made by scripts/build_syllables.py "
        "(do not edit).\n"
    )
    (DATA / "syllables.tsv").write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(1 for x in lines if x[0] == '1')} words, {sum(1 for x in lines if x[0] == '2')} pairs")


if __name__ == "__main__":
    main()
