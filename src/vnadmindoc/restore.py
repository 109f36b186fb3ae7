"""Give back the letters a damaged export lost, for reading; print the fields as the text has them.

Some PDF and Word-to-HTML exports drop every letter outside ASCII: "Quyết định số" comes out
as "Quyt nh s", or with spaces where the letters were, one for each byte of their UTF-8
("C   C THU   " for "CỤC THUẾ"). No pattern of the parser knows such words. When a text has
no letter outside ASCII and the skeletons of the commonest words ("ngy", "thng", "nm" …) are
in it, each word is given back the letters it most likely had, by how often words and pairs of
words occur in administrative text (``vocab/data/syllables.tsv``, a small bigram model
decoded with Viterbi). The text is then parsed as usual, and every field is printed as the
source has it: a restored word is written back in its damaged form.

>>> from vnadmindoc.clean import clean
>>> fixed = restore(clean("Cn c Quyt nh s 12/Q-UBND ngy 5 thng 4 nm 2012 ca UBND tnh"))
>>> fixed.clean.text
'Căn cứ Quyết định số 12/QĐ-UBND ngày 5 tháng 4 năm 2012 của UBND tỉnh'
>>> fixed.printed("UBND tỉnh"), fixed.printed("12/QĐ-UBND")
('UBND tnh', '12/Q-UBND')
>>> restore(clean("Hà Nội, ngày 12 tháng 4 năm 2012")) is None
True
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.clean import CleanText
from vnadmindoc.deadline import check, remaining
from vnadmindoc.fields.recipients import FIXED_PHRASES
from vnadmindoc.text import VIETNAMESE_LETTERS, fold
from vnadmindoc.walk import map_inside

__all__ = ["Restoration", "lost_letters", "restore", "skeleton"]

# The skeletons of the commonest words of any administrative text, as the two kinds of damage
# leave them: the letters dropped ("ngày" → "ngy") or each replaced by a space per byte
# ("ngày" → "ng  y"). Two spaced ones or three dropped ones, and no letter outside ASCII, say
# the text lost its letters.
_DROPPED = regex.compile(
    # Skeletons no plain word has, in English or in Vietnamese typed without its marks.
    r"\b(?:ngy|thng|nm|vit|nhn|quyt|vic|hin|thc)\b",
    regex.IGNORECASE,
)
_SPACED = regex.compile(
    r"\b(?:ng  y|th  ng|n  m|vi   t|c   a|c  c|nh   n|N   i)\b", regex.IGNORECASE
)
_CUES = 2
# The letters of Vietnamese beyond ASCII, the ones an export loses and a restoration gives
# back. Only they show that a text kept its letters: a Word file's binary header read as text
# ("ࡱ> q` `bjbj…", "Ȁ") holds letters of other alphabets, and a document may quote a Chinese or
# Greek word; those are left as printed.
_VIETNAMESE_LETTERS = frozenset(VIETNAMESE_LETTERS)
_LETTER_BEYOND_ASCII = regex.compile(f"[{VIETNAMESE_LETTERS}]")
_CHUNK = regex.compile(r"[A-Za-z]+|[0-9]+")  # a number is a word of its own: "0"
# A letter lost inside a word leaves two or three spaces (its bytes); a word's end before the
# next word, up to four. Merging chunks across more is never right.
_GAP = regex.compile(r" {2,7}")
_MERGE = 3  # chunks one word may be made of: "NG" "  " "Y"; "  I" "   " "U" (Điều)
_ALPHA = 0.1  # weight of a word's own frequency against the pair's (interpolation)
_UNSEEN = 0.3  # the count given to a chunk kept as it is when no text had it
_MERGE_COST = 0.5  # log-odds against reading two chunks as one word


def skeleton(word: str) -> str:
    """``word`` with its letters outside ASCII dropped: what a damaged export keeps of it.

    >>> skeleton("Quyết định")
    'Quyt nh'
    """
    return "".join(ch for ch in word if ch.isascii())


def lost_letters(text: str) -> str | None:
    """How ``text`` lost its letters outside ASCII: ``"dropped"``, ``"spaced"``, or ``None``
    when it did not (it has such letters, or not the commonest words' skeletons)."""
    if not text.isascii() and _LETTER_BEYOND_ASCII.search(text) is not None:
        return None  # (found at once in a text that has them: a heading's first words)
    if len({m.group().lower() for m in _SPACED.finditer(text, timeout=remaining())}) >= _CUES:
        return "spaced"
    if len({m.group().lower() for m in _DROPPED.finditer(text, timeout=remaining())}) > _CUES:
        return "dropped"
    return None


@attrs.frozen
class _Model:
    """Counts by word as the parser reads it and as the damage leaves it: its folded form and
    its skeleton. "công" and "cộng" (both "cong", both "cng") need not be told apart and their
    counts add up; "năm" ("nm") and "Nam" stay two words. Which spelling to write is chosen
    after, by the pairs of spellings."""

    words: dict[str, int]  # key ("skeleton|folded") → count
    pairs: dict[tuple[str, str], int]  # pair of keys → count
    # skeleton → (key, its commonest spelling, count), commonest first
    by_skeleton: dict[str, tuple[tuple[str, str, int], ...]]
    total: int
    forms: dict[str, dict[str, int]]  # key → spellings and their counts
    spelled_pairs: dict[tuple[str, str], int]  # pair of spellings → count


def _key(word: str) -> str:
    return f"{skeleton(word)}|{fold(word)}"


@cache
def _model() -> _Model:
    words: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    spelled_pairs: dict[tuple[str, str], int] = {}
    forms: dict[str, dict[str, int]] = {}
    # A plain path, as the vocabulary's tables are read: importlib.resources costs 7 ms to import.
    data = Path(vocab.__file__).parent / "data" / "syllables.tsv"
    for line in data.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, text, count = line.split("\t")
        n = int(count)
        if kind == "1":
            key = _key(text)
            words[key] = words.get(key, 0) + n
            if not text.isascii():
                forms.setdefault(key, {})[text] = n
        else:
            first, second = text.split(" ")
            spelled_pairs[first, second] = n
            keys = (_key(first), _key(second))
            pairs[keys] = pairs.get(keys, 0) + n
    by_skeleton: dict[str, list[tuple[str, str, int]]] = {}
    for key, spellings in forms.items():
        best = max(spellings, key=lambda w: spellings[w])
        by_skeleton.setdefault(key.split("|")[0], []).append((key, best, words[key]))
    return _Model(
        words,
        pairs,
        {k: tuple(sorted(v, key=lambda c: -c[2])) for k, v in by_skeleton.items()},
        sum(words.values()),
        forms,
        spelled_pairs,
    )


@attrs.frozen
class Restoration:
    """A text given its letters back: ``clean`` maps the restored text to the source, and
    :meth:`printed` writes a restored value back as the source prints it."""

    clean: CleanText
    damaged: dict[str, str] = attrs.field(repr=False)  # restored word → its printed form

    def printed(self, value: str) -> str:
        """``value`` with each restored word in its printed (damaged) form; fixed phrases
        (``"Như trên"``) stay in their official form, as from any other text."""
        if value.isascii() or value in FIXED_PHRASES:
            return value
        return _RESTORED_WORD.sub(lambda m: self._word(m.group()), value)

    def _word(self, word: str) -> str:
        found = self.damaged.get(word)
        return found if found is not None else _ascii_letters(word)

    def document(self, value: Any) -> Any:
        """``value`` (a document, or any model value) with every string :meth:`printed`."""
        return map_inside(value, str, self.printed)


# A word with a Vietnamese letter beyond ASCII: one given back (punctuation such as “ ” – …
# stays, and so do other alphabets' letters).
_RESTORED_WORD = regex.compile(rf"\w*{_LETTER_BEYOND_ASCII.pattern}\w*")


def _ascii_letters(word: str) -> str:
    """``word`` without the Vietnamese letters beyond ASCII given back to it."""
    return "".join(ch for ch in word if ch not in _VIETNAMESE_LETTERS)


def restore(cleaned: CleanText) -> Restoration | None:
    """``cleaned`` with its lost letters given back, or ``None`` when it lost none."""
    kind = lost_letters(cleaned.text)
    if kind is None:
        return None
    text = cleaned.text
    chunks = list(_CHUNK.finditer(text))
    replacements = _decode(text, chunks, merge=kind == "spaced")
    extra = _code_letters(text) if kind == "spaced" else _code_types(text)
    if extra:
        merged: list[tuple[int, int, str]] = []
        for item in sorted(replacements + extra):
            if merged and item[0] < merged[-1][1]:
                continue  # a gap inside a word already given back ("BGD  T" read whole)
            merged.append(item)
        replacements = merged
    if not replacements:
        return None
    damaged: dict[str, str] = {}
    for start, end, word in replacements:
        damaged.setdefault(word, text[start:end])
    return Restoration(_compose(cleaned, replacements), damaged)


# A code that lost its "Đ" keeps the two spaces of its bytes: "56/2013/N  -CP", "12/Q  -UBND",
# "BGD  T", "H  ND". The code has a figure and a slash; the gap stands between capitals, a
# slash or a hyphen.
_SPACED_CODE = regex.compile(
    r"\d[\w/.&-]*/[\w/.&-]*(?:  (?=[A-Z/-])[\w/.&-]+)+|[A-Z]+(?:  [A-Z]+)+(?=[-/])"
)
_CODE_GAP = regex.compile(r"(?<=[A-Z/-])  (?=[A-Z/-])")


def _code_letters(text: str) -> list[tuple[int, int, str]]:
    """The "Đ" each spaced code lost, put back: ``(start, end, "Đ")`` for each gap."""
    return [
        (gap.start(), gap.end(), "Đ")
        for code in _SPACED_CODE.finditer(text)
        for gap in _CODE_GAP.finditer(text, code.start(), code.end())
    ]


# The type in a dropped code, right after its number (and year): "30/2007/Q-UBND", "12-Q/TU".
_DROPPED_TYPE = regex.compile(
    r"(?<![\w/])\d{1,6}(?:/(?:19|20)\d\d)?/(?P<state>[A-Z]{1,3})(?=-)"
    r"|(?<![\w/])\d{1,6}-(?P<party>[A-Z]{1,3})(?=/)"
)


def _types_by_skeleton() -> dict[tuple[str, bool], str]:
    """The type abbreviations a dropped code prints in part ("Q" for "QĐ"), by skeleton and
    family, where only one abbreviation has that skeleton and it is no abbreviation itself."""
    found: dict[tuple[str, bool], set[str]] = {}
    plain = set()
    for t in vocab.DOC_TYPES:
        for code, party in ((t.state_code, False), (t.party_code, True)):
            if not code:
                continue
            if code.isascii():
                plain.add((code, party))
            else:
                found.setdefault((skeleton(code), party), set()).add(code)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and k not in plain}


_TYPES_BY_SKELETON = _types_by_skeleton()


def _code_types(text: str) -> list[tuple[int, int, str]]:
    """The type abbreviations dropped codes lost letters of, put back: "Q" of "30/2007/Q-UBND"
    is "QĐ", so that the code names its type."""
    table = _TYPES_BY_SKELETON
    out = []
    for m in _DROPPED_TYPE.finditer(text, timeout=remaining()):
        group = "state" if m.group("state") else "party"
        found = table.get((m.group(group), group == "party"))
        if found is not None:
            out.append((m.start(group), m.end(group), found))
    return out


def _candidates(token: str, model: _Model) -> list[tuple[str, str, float]]:
    """What ``token`` (lower case) may have been: (key, spelling, count); the token
    itself among them."""
    out = [(k, w, float(n)) for k, w, n in model.by_skeleton.get(token, ())[:_OPTIONS]]
    itself = f"{token}|{token}"
    out.append((itself, token, float(model.words.get(itself, 0)) + _UNSEEN))
    return out


_OPTIONS = 4  # the commonest words a skeleton may be; rarer ones seldom win
_STATES = 4  # the best readings kept at each chunk


def _decode(
    text: str, chunks: list[regex.Match[str]], *, merge: bool
) -> list[tuple[int, int, str]]:
    """The most likely words of ``chunks``: ``(start, end, spelling)`` for each chunk, or run of
    chunks, whose word differs from it."""
    model = _model()
    n = len(chunks)
    if n == 0:
        return []
    # best[i]: the key of the word read last, at chunk i → (score, (chunk, key) before it,
    # chunks it took, its spelling)
    State = tuple[float, tuple[int, str] | None, int, str]
    best: list[dict[str, State]] = [{} for _ in range(n + 1)]
    best[0][""] = (0.0, None, 0, "")
    number = ("0|0", "", float(model.words.get("0|0", 1)))

    for i in range(n):
        if i % 512 == 0:
            check()  # a parse's time limit holds here too
        if not best[i]:
            continue
        linked = i > 0 and _linked(text[chunks[i - 1].end() : chunks[i].start()])
        for k in range(1, _MERGE + 1):
            if i + k > n:
                break
            if k > 1:
                gap = text[chunks[i + k - 2].end() : chunks[i + k - 1].start()]
                if not (merge and _GAP.fullmatch(gap)):
                    break
            parts = chunks[i : i + k]
            if any(c.group()[0].isdigit() for c in parts):
                if k > 1:
                    break
                options = [number]
            elif _code_part(text, parts[0].start(), parts[-1].end()):
                token = parts[0].group().lower()
                options = [] if k > 1 else [(f"{token}|{token}", token, 1.0)]
            else:
                options = _candidates("".join(c.group() for c in parts).lower(), model)
                if k > 1:
                    # Chunks are one word only as a word that lost letters between them.
                    options = [o for o in options if not o[1].isascii()]
            for prev, (score, _, _, _) in best[i].items():
                for key, spelling, count in options:
                    p = count / (model.total + _UNSEEN)
                    if linked and prev:
                        pair = model.pairs.get((prev, key), 0)
                        p = (1 - _ALPHA) * pair / max(1, model.words.get(prev, 1)) + _ALPHA * p
                    total = score + math.log(p) - (k - 1) * _MERGE_COST
                    if total > best[i + k].get(key, (-math.inf, None, 0, ""))[0]:
                        best[i + k][key] = (total, (i, prev), k, spelling)
            if not merge:
                break
        if len(best[i + 1]) > _STATES:
            kept = sorted(best[i + 1].items(), key=lambda kv: -kv[1][0])[:_STATES]
            best[i + 1] = dict(kept)
    # The best reading, from the end back.
    path: list[tuple[int, int, str, str]] = []  # (first chunk, chunks, key, spelling)
    key = max(best[n], key=lambda f: best[n][f][0])
    i = n
    while i > 0:
        _, back, k, spelling = best[i][key]
        assert back is not None
        path.append((i - k, k, key, spelling))
        i, key = back
    path.reverse()
    spellings = _spell(text, chunks, path, model)
    out: list[tuple[int, int, str]] = []
    for (first_chunk, k, _, _), spelling in zip(path, spellings, strict=True):
        first, last = chunks[first_chunk], chunks[first_chunk + k - 1]
        printed = text[first.start() : last.end()]
        if not spelling or spelling == printed.lower():
            continue
        cased = _cased(
            spelling, printed, _capitals_around(text, chunks, first_chunk, first_chunk + k - 1)
        )
        if not spelling[:1].isascii() and _opens_line(text, first.start()):
            # Its dropped first letter was a capital: "iu 1:" is "Điều 1:".
            cased = cased[:1].upper() + cased[1:]
        start, end = first.start(), last.end()
        if merge:
            start, end = _lost_spaces(text, start, end, spelling)
            if out and start <= out[-1][1]:
                # Both words took the spaces between them: one stays, as their separator.
                start = min(first.start(), out[-1][1] + 1)
        out.append((start, end, cased))
    return out


def _linked(gap: str) -> bool:
    """Two words read as a pair: only spaces, one line break, or a mark or two of a date or a
    list ("ngy 0/ thng", "1, 2"), between them."""
    return gap.count("\n") <= 1 and len(gap.strip()) <= 2 and not gap.strip(" \t\n/,-.")


def _spell(
    text: str,
    chunks: list[regex.Match[str]],
    path: list[tuple[int, int, str, str]],
    model: _Model,
) -> list[str]:
    """The spelling of each word read: of the words one folded form and skeleton may be
    ("căn" and "cần" are both "cn", "can"), the one that goes best with its neighbours'."""
    spellings = [spelling for _, _, _, spelling in path]
    for j, (_, _, key, spelling) in enumerate(path):
        if not spelling or spelling.isascii():
            continue
        forms = model.forms.get(key, {})
        if len(forms) < 2:
            continue
        before = after = ""
        if j and _linked(_between(text, chunks, path[j - 1], path[j])):
            before = spellings[j - 1]
        if j + 1 < len(path) and _linked(_between(text, chunks, path[j], path[j + 1])):
            after = path[j + 1][3]
        spellings[j] = max(
            forms,
            key=lambda form: (
                model.spelled_pairs.get((before, form), 0)
                + model.spelled_pairs.get((form, after), 0),
                forms[form],
            ),
        )
    return spellings


def _between(
    text: str,
    chunks: list[regex.Match[str]],
    left: tuple[int, int, str, str],
    right: tuple[int, int, str, str],
) -> str:
    return text[chunks[left[0] + left[1] - 1].end() : chunks[right[0]].start()]


# The signing authorities' prefixes ("KT", "TM" …): ASCII words of their own, kept.
_PREFIXES = frozenset(p.kind for p in vocab.AUTHORITY_PREFIXES)


def _code_part(text: str, start: int, end: int) -> bool:
    """The chunk is part of a number, code or abbreviation ("QĐ-UBND" as "Q-UBND", "12/TB",
    "V/v", "P.QLKH"): left alone. A word in lower case glued to a figure or a slash is a date's
    ("30thng10nm", "ngy/12"), and a rule of dashes before a word ("------H Ni") no code."""
    chunk = text[start:end]
    before = text[max(0, start - 2) : start].rjust(2)
    after = text[end : end + 2].ljust(2)
    if before[1] in "/_@." or (before[1] == "-" and before[0].isalnum()):
        return True
    if after[0] == "." and (after[1].isalpha() or chunk in _PREFIXES):
        return True  # "P.QLKH"; "KT." stays "KT." ("KẾT." shares its skeleton)
    if after[0] == ")" or (
        after[0] in ".-" and _MARKER.fullmatch(chunk) and _opens_line(text, start)
    ):
        return True  # a list's marker: "a)", "I.", "b-" at a line's start
    glued = before[1].isdigit() or after[0].isdigit() or after[0] in "/-_@"
    return glued and not chunk.islower()


_MARKER = regex.compile(r"[IVXLC]{1,6}|[a-z]")


def _opens_line(text: str, pos: int) -> bool:
    """Nothing but spaces and a bullet stands between the line's start and ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    return not text[start:pos].strip(" \t-+*•")


def _capitals_around(text: str, chunks: list[regex.Match[str]], first: int, last: int) -> bool:
    """The nearest chunks of two letters or more around ``first``…``last``, up to three on
    each side and short of a blank line, are in capitals ("B" of "BỘ TÀI CHÍNH" is a word in
    capitals, not "Bộ")."""
    near = []
    for side in (range(first - 1, first - 4, -1), range(last + 1, last + 4)):
        for j in side:
            if not 0 <= j < len(chunks):
                break
            lo, hi = sorted((chunks[j].start(), chunks[first].start()))
            if "\n\n" in text[lo:hi] or "\n\n" in text[chunks[last].end() : chunks[j].start()]:
                break
            if len(chunks[j].group()) > 1 and chunks[j].group().isalpha():
                near.append(chunks[j].group())
                break
    return bool(near) and all(w.isupper() for w in near)


def _lost_spaces(text: str, start: int, end: int, word: str) -> tuple[int, int]:
    """``[start, end)`` widened over the spaces ``word``'s lost first and last letters left
    ("x   " of "xử", "     c" of "Độc"), one space kept between it and a next or last word."""
    if not word[-1:].isascii():
        run = len(text) - len(text[end:].lstrip(" ")) - end
        follows = end + run < len(text) and text[end + run] != "\n"
        end += max(run - 1, 0) if follows else run
    if not word[:1].isascii():
        run = start - len(text[:start].rstrip(" "))
        precedes = start - run > 0 and text[start - run - 1] != "\n"
        start -= max(run - 1, 0) if precedes else run
    return start, end


def _cased(word: str, printed: str, capitals: bool = False) -> str:
    """``word`` in the case of ``printed``: all capitals, a capital first, or lower case; a
    single capital among ``capitals`` words is a word in capitals."""
    letters = [ch for ch in printed if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and (len(letters) > 1 or capitals):
        return word.upper()
    if letters and letters[0].isupper():
        return word[:1].upper() + word[1:]
    return word


def _compose(cleaned: CleanText, replacements: list[tuple[int, int, str]]) -> CleanText:
    """A :class:`CleanText` of ``cleaned.text`` with ``replacements`` made, mapped to the
    source ``cleaned`` maps to."""
    text = cleaned.text
    parts: list[str] = []
    starts: list[int] = []
    sources: list[int] = []
    ends: list[int] = []
    verbatim: list[bool] = []
    length = 0

    def segment(piece: str, src: int, src_end: int, copy: bool) -> None:
        nonlocal length
        if not piece:
            return
        parts.append(piece)
        starts.append(length)
        sources.append(src)
        ends.append(src_end)
        verbatim.append(copy)
        length += len(piece)

    def keep(lo: int, hi: int) -> None:
        """Copy ``text[lo:hi]`` with the segments of ``cleaned`` under it."""
        while lo < hi:
            j = cleaned._segment(lo)
            seg_end = cleaned.starts[j + 1] if j + 1 < len(cleaned.starts) else len(text)
            upto = min(hi, seg_end)
            if cleaned.verbatim[j]:
                src = cleaned.sources[j] + (lo - cleaned.starts[j])
                segment(text[lo:upto], src, src + (upto - lo), True)
            else:
                segment(text[lo:upto], cleaned.sources[j], cleaned.source_ends[j], False)
            lo = upto

    pos = 0
    for start, end, word in replacements:
        keep(pos, start)
        segment(word, cleaned.source_offset(start), cleaned.source_end(end), False)
        pos = end
    keep(pos, len(text))
    return CleanText(
        text="".join(parts),
        source_length=cleaned.source_length,
        starts=tuple(starts),
        sources=tuple(sources),
        source_ends=tuple(ends),
        verbatim=tuple(verbatim),
    )
