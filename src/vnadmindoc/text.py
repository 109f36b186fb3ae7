"""Small text helpers shared by the parser stages.

The central one is :func:`fold`: it removes Vietnamese diacritics **without
changing the length of the string**, so that a match found in the folded
text has the same offsets in the original.  OCR output often loses
diacritics ("Noi nhận", "CONG HOA"), so fixed phrases are matched on folded
text while values are read from the original.

>>> fold("Nơi nhận: Đ/c Chủ tịch")
'Noi nhan: D/c Chu tich'
>>> len(fold("Hỏa tốc")) == len("Hỏa tốc")
True
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterator
from itertools import accumulate, islice
from operator import add

import regex

__all__ = [
    "NON_SPACE",
    "VIETNAMESE_LETTERS",
    "collapse_spaces",
    "fold",
    "fold_twins",
    "has_alnum",
    "has_letter",
    "is_upper_text",
    "letter_ratio",
    "line_offsets",
    "strip_separators",
]

NON_SPACE = regex.compile(r"\S+")
"""A run of characters other than white space: a word as printed, with its punctuation."""


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    # Latin-1 Supplement to Latin Extended Additional covers every Vietnamese letter.
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord("Đ"): "D", ord("đ"): "d", ord("Ð"): "D", ord("ð"): "d"})
    # PDF exports of legacy Vietnamese fonts print "ư" as "ƣ" (oi), a letter Vietnamese never
    # uses: "Lƣu", "Nhƣ trên", "BỘ CÔNG THƢƠNG".
    table.update({ord("Ƣ"): "U", ord("ƣ"): "u"})
    # Cyrillic letters that look Latin, typed or pasted into Vietnamese words ("củа" with a
    # Cyrillic "а"): read as the letters they pass for.
    table.update(
        {
            ord(c): latin
            for c, latin in zip("аеорсухіАВЕКМНОРСТХ", "aeopcyxiABEKMHOPCTX", strict=True)
        }
    )
    # Dashes and odd spaces fold to their ASCII forms so patterns need one spelling.
    for dash in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[ord(dash)] = "-"
    for space in "\u00a0\u2007\u202f":
        table[ord(space)] = " "
    return table


_FOLD = _build_fold_table()
# str.translate looks a list up faster than a dict; code points past its end stay as they are.
_FOLD_LIST = [ord(_FOLD.get(code, chr(code))) for code in range(max(_FOLD) + 1)]


def line_offsets(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each line of ``text`` starts and ends (its line break excluded).

    >>> line_offsets("ab" + chr(10) + chr(10) + "c")
    ((0, 3, 4), (2, 3, 5))
    """
    # Summed from the line lengths in C: a loop over every line costs more.
    lengths = list(map(len, text.split("\n")))
    starts = tuple(accumulate(map((1).__add__, lengths[:-1]), initial=0))
    return starts, tuple(map(add, starts, lengths))


def _vietnamese_letters() -> str:
    """The 134 letters with diacritics of the Vietnamese alphabet, in both cases."""
    vowels = "aăâeêioôơuưy"
    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # huyền sắc hỏi ngã nặng
    lower = [unicodedata.normalize("NFC", v + t) for v in vowels for t in tones] + ["đ"]
    lower = [c for c in lower if not c.isascii()]
    return "".join(lower) + "".join(c.upper() for c in lower)


VIETNAMESE_LETTERS = _vietnamese_letters()
"""The 134 letters with diacritics of the Vietnamese alphabet, in both cases: the letters an
export that keeps only ASCII loses."""

# The characters a charmap codec gives a byte each (see fold): the ASCII a text is written with
# (NUL first: it stands for every other character), the Vietnamese letters and the punctuation
# of word processors. At most 256, and no NUL after the first: CPython then builds its fast
# encoding map instead of a dictionary ("\ufffe" marks unused bytes).
_SLOTS = (
    "\x00\t\n\r"
    + "".join(chr(c) for c in range(0x20, 0x7F))
    + VIETNAMESE_LETTERS
    + "“”‘’–—…•·\u00a0°§«»×±½\u2212\u2010\u2011\u202f\u2007"
)
_FOLD_ERRORS = "vnadmindoc-fold"
_ENCODE_MAP = codecs.charmap_build(_SLOTS.ljust(256, "\ufffe"))
_DECODE_FOLDED = "".join(_FOLD.get(ord(c), c) for c in _SLOTS).ljust(256, "\ufffe")
_DECODE_LOWERED = _DECODE_FOLDED.lower()  # (every slot lowers to one character)
_NUL_RUN = regex.compile("\x00+")


def _placeholder(error: UnicodeError) -> tuple[str, int]:
    """NULs for the characters no slot holds, which fold folds afterwards, and for the next
    64: a text of such characters one in two then costs a call per 64, not per character."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    stop = min(len(error.object), error.end + 64)
    return "\x00" * (stop - error.start), stop


codecs.register_error(_FOLD_ERRORS, _placeholder)


def fold(text: str) -> str:
    """Strip diacritics letter by letter, keeping the length (and so every offset) unchanged."""
    if len(text) < 64:
        return text.translate(_FOLD_LIST)
    return _fold_long(text, lowered=False)[0]


def fold_twins(text: str) -> tuple[str, str]:
    """``fold(text)``, and the same in lower case one character for one (the one letter that
    lowers to two, "İ", lowers to "i"): where a pattern ignoring case may match, ``re`` finds
    a letter in the lowered text many times faster than ``regex`` looks in the folded one."""
    if len(text) < 64:
        folded = text.translate(_FOLD_LIST)
        return folded, _lower(folded)
    folded, lowered = _fold_long(text, lowered=True)
    assert lowered is not None
    return folded, lowered


def _lower(text: str) -> str:
    return (text.replace("İ", "i") if "İ" in text else text).lower()


def _fold_long(text: str, lowered: bool) -> tuple[str, str | None]:
    """``fold(text)``, and if ``lowered`` its lowered twin (see fold_twins), of a long text."""
    # str.translate looks each character up as a Python object (some 20 ns each); a charmap
    # codec does the same in C, six times faster: a byte per character from the slots' table,
    # decoded as their folded forms. What no slot holds comes out as NUL and is folded by run.
    encoded = codecs.charmap_encode(text, _FOLD_ERRORS, _ENCODE_MAP)[0]
    unplaced = encoded.count(0)
    if unplaced > len(text) // 8:
        translated = text.translate(_FOLD_LIST)  # not the text the slots were chosen for
        return translated, _lower(translated) if lowered else None
    folded: str = codecs.charmap_decode(encoded, "strict", _DECODE_FOLDED)[0]
    # (decoding again is some ten times cheaper than lowering the folded text)
    low: str | None = (
        codecs.charmap_decode(encoded, "strict", _DECODE_LOWERED)[0] if lowered else None
    )
    if not unplaced:
        return folded, low
    runs = [run.span() for run in _NUL_RUN.finditer(folded)]
    fills = [text[start:end].translate(_FOLD_LIST) for start, end in runs]
    if low is not None:
        low = _splice(low, runs, list(map(_lower, fills)))
    return _splice(folded, runs, fills), low


def _splice(text: str, runs: list[tuple[int, int]], fills: list[str]) -> str:
    """``text`` with each run replaced by its fill (of the same length)."""
    parts = []
    pos = 0
    for (start, end), fill in zip(runs, fills, strict=True):
        parts += [text[pos:start], fill]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_SPACES = regex.compile(r"\s+")


def collapse_spaces(text: str) -> str:
    """Fold every run of white space (line breaks included) to one space and trim.

    A word wrapped at its hyphen ("Covid-" / "19") is joined back without a space.

    >>> collapse_spaces("chống Covid-" + chr(10) + "19 tỉnh ")
    'chống Covid-19 tỉnh'
    """
    if "-" in text and "\n" in text:
        text = _HYPHEN_WRAP.sub("-", text)
    if not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text):
        # str.split knows the same white space as \s but for the information separators
        # (\x1c-\x1f): one C call.
        return " ".join(text.split())
    return _SPACES.sub(" ", text).strip()


# The hyphen is matched first and the letter before it checked in a lookbehind: a pattern that
# opens with a lookbehind is tried at every position (twenty times slower here).
_HYPHEN_WRAP = regex.compile(r"-(?<=[\p{L}\p{N}]-)[ \t]*\n[ \t]*(?=[\p{L}\p{N}])")


# What `regex` calls white space (\s), and the separators: ``str.strip`` takes them as a set,
# where a pattern anchored at the end backtracks over a long run (" . . . . X").
_SEPARATORS = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000;,.:"
)


def strip_separators(text: str) -> str:
    """Drop list separators (``;`` ``,`` ``.`` ``:``) and spaces at both ends."""
    return text.strip(_SEPARATORS)


def separator_bounds(text: str, *, dashes: bool = False) -> tuple[int, int]:
    """Where :func:`strip_separators` would cut ``text``: ``(start, end)`` of what it keeps.

    With ``dashes``, a dash left at the end goes too (the next bullet's, after a full stop).

    >>> separator_bounds("  Sở Y tế.")
    (2, 9)
    """
    end = len(text.rstrip(_SEPARATORS + "-–—" if dashes else _SEPARATORS))
    return min(len(text) - len(text.lstrip(_SEPARATORS)), end), end


_LETTER = regex.compile(r"\p{L}")
_ALNUM = regex.compile(r"[\p{L}\p{N}]")


def has_letter(text: str) -> bool:
    """True when ``text`` holds at least one letter."""
    return _LETTER.search(text) is not None


def has_alnum(text: str) -> bool:
    """True when ``text`` holds at least one letter or digit."""
    return _ALNUM.search(text) is not None


def letter_ratio(text: str) -> float:
    """Share of letters among the non-space characters (0 for an empty string)."""
    # str.split drops what str.isspace calls space; map and filter run in C, not per character.
    chars = "".join(text.split())
    if not chars:
        return 0.0
    return sum(map(str.isalpha, chars)) / len(chars)


def is_upper_text(text: str, *, min_letters: int = 2) -> bool:
    """True when ``text`` has at least ``min_letters`` letters and none of them is lower case."""
    # Lazily, in C: a line in sentence case is told by its first lower-case letter, not read
    # to its end; a line in capitals is counted only up to the letters it needs.
    if any(map(str.islower, filter(str.isalpha, text))):
        return False
    letters: Iterator[str] = filter(str.isalpha, text)
    return min_letters <= 0 or any(islice(letters, min_letters - 1, None))
