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
from vnadmindoc.text import collapse_spaces, fold, strip_separators

__all__ = ["BULLET", "is_bullet", "parse_archive", "split_entries"]

BULLET = regex.compile(r"[ \t]*[-–—~•+*_▪●○◦][ \t]*(?=\S)")
LUU = regex.compile(r"[ \t]*luu\b[ \t]*[:.]?[ \t]*", regex.IGNORECASE)
# Fixed phrases an OCR engine misspells; entries are written in their official form.
_FIXED = {"nhu tren": "Như trên"}


def is_bullet(text: str) -> bool:
    """True for a list line (``- item``, ``+ item``, ``• item`` …)."""
    m = BULLET.match(text)
    return m is not None and not text[m.end() :].startswith(("-", "–", "—"))


def _canonical(name: str) -> str:
    return _FIXED.get(fold(name).lower(), name)


def split_entries(
    text: str, offset: int = 0, *, group: str | None = None
) -> list[Recipient]:
    """Split one list item on ``;`` into recipients; spans are ``offset`` + position in ``text``."""
    out: list[Recipient] = []
    pos = 0
    for k, part in enumerate([*text.split(";")]):
        start = pos
        pos += len(part) + 1
        name = strip_separators(collapse_spaces(part))
        if not name:
            continue
        # Debris after the last separator ("…của Dang; ff") is scanner noise, not a recipient.
        if k > 0 and len(regex.sub(r"\W", "", name)) <= 2:
            continue
        lead = len(part) - len(part.lstrip())
        out.append(
            Recipient(
                name=_canonical(name),
                group=group,
                span=Span(offset + start + lead, offset + start + len(part.rstrip())),
            )
        )
    return out


_PAREN = regex.compile(r"\(([^()]*)\)")
_SIGNED = regex.compile(r"^\s*(?:da\s*ky|ky|dau)\b", regex.IGNORECASE)
_COPIES = regex.compile(r"^\s*(\d{1,4})\s*(?:b|ban)?\s*$", regex.IGNORECASE)


def parse_archive(text: str, offset: int = 0) -> ArchiveNote:
    """Read a ``Lưu: VT, UNIT (3)`` line (with or without the ``Lưu`` label)."""
    m = LUU.match(fold(text))
    body = text[m.end() :] if m else text
    units: list[str] = []
    drafter: str | None = None
    copies: int | None = None
    for token in body.split(","):
        # Parenthesised parts are copies "(3)", drafter's initials "(NNT)" or a "(đã ký)" marker.
        for paren in _PAREN.findall(token):
            folded = fold(paren)
            if _COPIES.match(folded):
                copies = int(_COPIES.match(folded).group(1))  # type: ignore[union-attr]
            elif _SIGNED.match(folded) or not paren.strip():
                continue
            elif drafter is None:
                drafter = strip_separators(paren)
            else:
                units.append(strip_separators(paren))
        outside = _PAREN.split(token)[::2]
        for k, piece in enumerate(outside):
            name = strip_separators(collapse_spaces(piece))
            if not name or not regex.search(r"[\p{L}\p{N}]", name):
                continue
            if k > 0 and len(name) <= 1:
                continue  # debris after a closing bracket
            if k > 0 and drafter is None and copies is not None:
                drafter = name  # "QHĐP (3) Cương": the drafter follows the copies
            else:
                units.append(name)
    return ArchiveNote(
        units=tuple(units),
        drafter=drafter,
        copies=copies,
        span=Span(offset, offset + len(text.rstrip())),
    )
