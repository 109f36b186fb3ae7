"""Markdown: the plain-text layout with the emphasis the official layout gives.

Bold for the issuing body, the quốc hiệu, the tên loại, the trích yếu, the
``Nơi nhận:`` label and the signature; italic for the place and date.
Lines of one zone end with a hard break (two spaces).
"""

from __future__ import annotations

from vnadmindoc.model import Document
from vnadmindoc.render.sheet import sheet

__all__ = ["render_markdown"]


def _bold(text: str) -> str:
    return f"**{text}**"


def _lines(lines: list[str]) -> str:
    return "  \n".join(lines)


def render_markdown(document: Document) -> str:
    """``document`` as Markdown.

    >>> from vnadmindoc import Document, Issuer
    >>> render_markdown(Document(issuer=Issuer("SỞ Y TẾ", parent="UBND TỈNH BẮC KẠN"))).splitlines()
    ['UBND TỈNH BẮC KẠN  ', '**SỞ Y TẾ**']
    """
    s = sheet(document)
    blocks: list[str] = []
    if s.received:
        blocks.append(_lines([_bold(s.received[0]), *s.received[1:]]))
    if s.issuer:
        *parents, name = s.issuer
        blocks.append(_lines([*parents, _bold(name), *(["\\*"] if s.party else [])]))
    if s.heading:
        blocks.append(_lines([_bold(x) for x in s.heading]))
    number = [x for x in (s.number, s.vv) if x]
    if number:
        blocks.append(_lines(number))
    if s.date_line:
        blocks.append(f"*{s.date_line}*")
    if s.marks:
        blocks.append(_lines([_bold(m) for m in s.marks]))
    title = [_bold(x) for x in (s.title, s.subject) if x]
    if title:
        blocks.append(_lines(title))
    if s.addressees:
        blocks.append("\n".join(s.addressees))
    if s.body:
        blocks.append(s.body)
    if s.distribution:
        blocks.append("\n".join([_bold(s.distribution[0]), *s.distribution[1:]]))
    for signature in s.signatures:
        heads = [*signature.authority, *([signature.position] if signature.position else [])]
        if heads:
            blocks.append(_lines([_bold(x) for x in heads]))
        if signature.name:
            blocks.append(_bold(signature.name))
    if s.appendix:
        blocks.append(s.appendix)
    return "\n\n".join(blocks) + "\n"
