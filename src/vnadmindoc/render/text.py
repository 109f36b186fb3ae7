"""The canonical plain-text form: the zones of the page in reading order.

The heading (stamp, issuer, quốc hiệu, số, V/v, place and date, marks), the
title and trích yếu, Kính gửi, the body, the appendix-free closing (Nơi nhận,
Lưu) and the signatures follow each other, a blank line apart.  Reading it
back with :func:`vnadmindoc.parse_document` gives the same document.
"""

from __future__ import annotations

from vnadmindoc.model import Document
from vnadmindoc.render.sheet import Sheet, sheet

__all__ = ["render_text", "sections"]


def sections(s: Sheet) -> list[list[str]]:
    """The blocks of lines of a sheet, in reading order; empty blocks left out."""
    blocks: list[list[str]] = [
        list(s.received),
        [*s.issuer, *(["*"] if s.party and s.issuer else [])],
        list(s.heading),
        [x for x in (s.number, s.vv) if x],
        [s.date_line] if s.date_line else [],
        list(s.marks),
        [x for x in (s.title, s.subject) if x],
        list(s.addressees),
        [s.body] if s.body else [],
        list(s.distribution),
    ]
    for signature in s.signatures:
        blocks.append([*signature.authority, *([signature.position] if signature.position else [])])
        blocks.append([signature.name] if signature.name else [])
    blocks.append([s.appendix] if s.appendix else [])
    return [b for b in blocks if b]


def render_text(document: Document) -> str:
    """``document`` as plain text.

    >>> from vnadmindoc import Document, DocumentCode
    >>> print(render_text(Document(code=DocumentCode(number="12", symbol="UBND-VX"),
    ...                            subject="tăng cường phòng, chống dịch")))
    Số: 12/UBND-VX
    V/v tăng cường phòng, chống dịch
    <BLANKLINE>
    """
    return "\n\n".join("\n".join(block) for block in sections(sheet(document))) + "\n"
