"""Recipient lists: ``Kính gửi`` entries, ``Nơi nhận`` entries and the ``Lưu`` line.

Entries are split on bullets, line breaks and ``;`` (never on ``,``, which
occurs inside names such as ``UBND các huyện, thị xã, thành phố``); an
entry wrapped over several lines is joined again.

>>> [r.name for r in split_entries("Ủy ban MTTQ tỉnh; các tổ chức chính trị xã hội tỉnh;")]
['Ủy ban MTTQ tỉnh', 'các tổ chức chính trị xã hội tỉnh']
>>> parse_archive("Lưu: VT, KGVX (3)")
ArchiveNote(units=('VT', 'KGVX'), drafter=None, copies=3)
>>> parse_archive("Lưu: VT, KGVX^(NNT).").drafter
'NNT'
"""

from __future__ import annotations

import regex

from vnadmindoc.model import ArchiveNote, Recipient, Span
from vnadmindoc.text import (
    collapse_spaces,
    fold,
    has_alnum,
    has_letter,
    separator_bounds,
    strip_separators,
)

__all__ = [
    "BULLET",
    "is_bullet",
    "match_bullet",
    "match_luu",
    "parse_archive",
    "read_archive",
    "split_entries",
]

BULLET = regex.compile(r"[ \t]*(?:[-–—~•+*_▪●○◦][ \t]*)+(?=\S)")
# What BULLET and LUU can open with after their spaces: a look at the first character rules out
# most lines for a fraction of a regex call's cost.
_BULLET_MARKS = frozenset("-–—~•+*_▪●○◦")
_LUU_FIRST = frozenset("lL")
# "Lưu", and OCR's "Lâu" where nothing else can be meant: alone, or before "VT".
LUU = regex.compile(
    r"[ \t]*(?:luu\b|lau\b(?=[ \t]*[:.]?[ \t]*(?:VT\b|$)))[ \t]*[:.]?[ \t]*", regex.IGNORECASE
)
# Fixed phrases an OCR engine misspells or a PDF spaces out ("Nh ư tr ê n"); entries are
# written in their official form. Keys are folded, without spaces.
_FIXED = {"nhutren": "Như trên"}
_FIXED_LENGTHS = frozenset(map(len, _FIXED))
FIXED_PHRASES = frozenset(_FIXED.values())
"""Entries written in their official form whatever the text printed (``"Như trên"``)."""


def is_bullet(text: str) -> bool:
    """True for a list line (``- item``, ``+ item``, ``• item`` …)."""
    return match_bullet(text) is not None


def match_bullet(text: str) -> regex.Match[str] | None:
    """``BULLET.match(text)``."""
    if text.lstrip(" \t")[:1] not in _BULLET_MARKS:
        return None
    return BULLET.match(text)


def match_luu(folded: str) -> regex.Match[str] | None:
    """``LUU.match(folded)``, on folded text."""
    if folded.lstrip(" \t")[:1] not in _LUU_FIRST:
        return None
    return LUU.match(folded)


def _canonical(name: str) -> str:
    key = "".join(name.split())
    # fold and lower keep a key's length (fold maps "İ" to "I"): most names are ruled out by
    # theirs before they are folded.
    if len(key) not in _FIXED_LENGTHS:
        return name
    return _FIXED.get(fold(key).lower(), name)


def split_entries(text: str, offset: int = 0, *, group: str | None = None) -> list[Recipient]:
    """Split one list item on ``;`` into recipients; spans are ``offset`` + position in ``text``."""
    out: list[Recipient] = []
    pos = 0
    parts = text.split(";")
    for k, part in enumerate(parts):
        start = pos
        pos += len(part) + 1
        if not part.strip():
            continue  # (most often after the entry's closing ";")
        # A list flattened onto one line keeps its bullets: "- Như trên; - Bộ Tài chính;".
        bullet = match_bullet(part) if k else None
        if bullet:
            part = " " * bullet.end() + part[bullet.end() :]
        name = collapse_spaces(part)
        dashed = False
        if name.endswith(("-", "–", "—")):
            undashed = _DASH_AFTER_STOP.sub("", name)
            name, dashed = undashed, undashed != name
        name = strip_separators(name)
        if not has_alnum(name):
            continue  # nothing, or a table's rule ("|---|---|" read as lines)
        # Debris after the last separator ("…của Dang; ff", "Như trên; ZZ h") is scanner
        # noise, not a recipient: short, unterminated, without a real word.
        if k > 0 and k == len(parts) - 1 and not _WORD3.search(name):
            continue
        # The span holds what the name holds: not the full stop or the comma after it.
        lead, end = separator_bounds(part, dashes=dashed)
        out.append(
            Recipient(
                name=_canonical(name),
                group=group,
                span=Span(offset + start + lead, offset + start + end),
            )
        )
    return out


# A next bullet's dash left after the full stop: "Kính gửi: Công ty TNHH Mascot Việt Nam. -".
_DASH_AFTER_STOP = regex.compile(r"(?<=[.;,])[ \t]*[-–—]$")
_PAREN = regex.compile(r"\(([^()]*)\)")
_UNIT_SEP = regex.compile(r"(?<=[,;])")
_INITIALS = regex.compile(r"\p{Lu}\p{L}{1,10}\.?")
# Not after a one-letter word before a unit's abbreviation: "P. KHCN" (Phòng KHCN).
_AFTER_STOP = regex.compile(
    r"(?<![^\p{L}]\p{Lu}(?=\.[ \t]+\p{Lu}{2,}[\p{Lu}&\-]*(?:[ \t,;.]|$)))\)?\.[ \t]+(\S.*?)\s*$"
)
_COPIES_AFTER_STOP = regex.compile(
    r"\([ \t]*\d{1,2}[ \t]*(?:\.?[ \t]*b)?[ \t]*\)[^\p{L}\p{N}]{0,3}"
)
_OUTSIDE = regex.compile(r"[^()]+")
_WORD3 = regex.compile(r"\p{L}{3}")
_SIGNED = regex.compile(r"^\s*(?:da\s*ky|ky|dau)\b", regex.IGNORECASE)
_COPIES = regex.compile(
    r"^\s*(\d{1,4})\s*(?:\.?\s*b|ban)?\s*$", regex.IGNORECASE
)  # "(3)", "(2b)", "(2.b)"


def parse_archive(text: str, offset: int = 0) -> ArchiveNote:
    """Read a ``Lưu: VT, UNIT (3)`` line (with or without the ``Lưu`` label)."""
    return read_archive(text, offset)[0]


def read_archive(text: str, offset: int = 0) -> tuple[ArchiveNote, list[tuple[str, str, Span]]]:
    """:func:`parse_archive`, also returning the parts it set aside as ``(text, reason, span)``.

    Set aside are signing marks such as ``(đã ký)`` and one-letter scanner debris.
    """
    m = match_luu(fold(text))
    units: list[str] = []
    drafter: str | None = None
    copies: int | None = None
    aside: list[tuple[str, str, Span]] = []
    pos = m.end() if m else 0
    body = text
    # The line ends with its full stop; what OCR put after it ("… (Thắng). ACO b") is debris.
    tail = _AFTER_STOP.search(text, pos)
    if (
        tail
        and _COPIES_AFTER_STOP.fullmatch(tail.group(1))
        and "(" not in text[pos : tail.start(1)]
    ):
        tail = None  # the copies after the stop: "Lưu: VT, KK. (3b).£" (not "TTHT(2). (553)")
    if tail:
        body = text[: tail.start(1)]
        if _INITIALS.fullmatch(tail.group(1)):
            drafter = tail.group(1).rstrip(".")  # "Lưu: VT, KGVX. Thg." — the drafter's initials
        else:
            span = Span(offset + tail.start(1), offset + tail.end(1))
            aside.append((tail.group(1), "noise", span))
    for token in _UNIT_SEP.split(body[pos:]):
        start = pos
        pos += len(token) + 1
        # Parenthesised parts are copies "(3)", drafter's initials "(NNT)" or a "(đã ký)" marker.
        for paren in _PAREN.finditer(token):
            inner = paren.group(1)
            folded = fold(inner)
            copies_match = _COPIES.match(folded)
            if copies_match:
                copies = int(copies_match.group(1))
            elif _SIGNED.match(folded):
                span = Span(offset + start + paren.start(), offset + start + paren.end())
                aside.append((paren.group(), "marker", span))
            elif not inner.strip():
                continue
            elif drafter is None:
                drafter = strip_separators(inner)
            else:
                units.append(strip_separators(inner))
        k = 0
        masked = _PAREN.sub(lambda p: "(" * len(p.group()), token)
        for piece in _OUTSIDE.finditer(masked):
            name = strip_separators(collapse_spaces(piece.group()))
            if not name or not has_alnum(name):
                continue
            if k > 0 and len(name) <= 1:
                span = Span(offset + start + piece.start(), offset + start + piece.end())
                aside.append((name, "noise", span))  # debris after a closing bracket
            elif k > 0 and drafter is None and copies is not None and has_letter(name):
                drafter = name  # "QHĐP (3) Cương": the drafter follows the copies
            elif k > 0 and copies is not None and not has_letter(name):
                span = Span(offset + start + piece.start(), offset + start + piece.end())
                aside.append((name, "noise", span))  # "TTHT(2) (635": a figure is no drafter
            else:
                units.append(name)
            k += 1
    note = ArchiveNote(
        units=tuple(units),
        drafter=drafter,
        copies=copies,
        span=Span(offset, offset + len(text.rstrip())),
    )
    return note, aside
