"""Số và ký hiệu — reading document codes.

Codes come in two families: the state style ``2548/UBND-KGVX``,
``30/2020/NĐ-CP`` (a ``/`` after the number) and the Party style
``274-TB/TU`` (a ``-`` after the number).  Drafts leave the number blank
(``/UBND-VX``, ``-CV/BCSĐ``).  Printed codes carry stray spaces
(``4222 /TCT -PC``), dashes of every width and OCR look-alikes; the
canonical form has none of them.

>>> parse_code("848 /UBND-TH").code
'848/UBND-TH'
>>> c = parse_code("Số: 30/2020/NĐ-CP")
>>> (c.number, c.symbol, c.doc_type, c.year)
('30', '2020/NĐ-CP', 'NĐ', 2020)
>>> parse_code("-CV/BCSĐ")
DocumentCode(number=None, symbol='CV/BCSĐ', party=True, doc_type='CV')
"""

from __future__ import annotations

import regex

from vnadmindoc import vocab
from vnadmindoc.errors import InvalidFormat
from vnadmindoc.model import DocumentCode, Span
from vnadmindoc.text import fold, has_letter

__all__ = ["CODE_PATTERN", "DASHES", "FILE_EXTENSIONS", "make_code", "parse_code"]

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
"""Every dash a printed code may use between its parts."""
_DASHES = DASHES
# A separator may end a line when OCR or a hard wrap splits a code ("89/QD-" / "BTC").
_SEP = rf"[ \t]?[{_DASHES}/](?:[ \t]*\n[ \t]*(?=[\p{{Lu}}\p{{N}}])|[ \t]?)"
# A dot may join two parts of a group ("QĐ.UB", "V.III"), after a stray space too when an
# abbreviation in capitals follows ("27/2010/QĐ .UBND"; ".Nay" starts a sentence).
FILE_EXTENSIONS = r"(?:PDF|DOCX?|XLSX?|JPE?G|PNG|TXT|ODT|ZIP|RAR)\b"
"""A file's extension, which may follow a code in a file's name (" .PDF"), never part of it."""
# A site's copy glues the next word to a code ("156/2013/NĐ-CPngày 11 tháng 11"): "ngày" after
# a capital is no part of the symbol.
_GLUED_DATE = r"(?<=\p{Lu})(?-i:ng[àa]y)(?!\p{L})"
_GROUP = (
    rf"[\p{{L}}\p{{N}}](?:(?!{_GLUED_DATE})[\p{{L}}\p{{N}}&]|\.(?=[\p{{L}}\p{{N}}])"
    # (case-sensitive even inside a pattern that ignores case)
    rf"|[ \t]\.(?!{FILE_EXTENSIONS})(?-i:(?=\p{{Lu}}{{2,}}(?!\p{{Ll}})))"
    # The legislature's number typed apart from "QH": "83/2015/QH 13" (Quốc hội khóa XIII).
    r"|(?<=/QH)[ \t](?=\p{N}{2}(?![\p{N}\p{L}]|[ \t]*[/\-.,]\p{N})))*"
)
# A number may carry a part after a dot, as the numbered series of a year do ("66.2/2025/NQ-CP").
_NUMBER = r"\p{N}{1,4}\.\p{N}{1,2}(?=[ \t]*/)|\p{N}{1,6}[A-Za-z]?|\p{Lu}{1,5}\p{N}{2,6}"

CODE_PATTERN = rf"""
    (?P<number>{_NUMBER})?
    # typed into a draft's blank ("62...../"), or a stray full stop ("Số: 10./QĐ-MN")
    (?:(?<=\p{{N}})[.…_]{{1,12}}(?=[{_DASHES}/]))?
    [ \t]*(?P<sep>[{_DASHES}/])
    # a hard wrap after the number ("số 31-" / "CTr/TW"), when a symbol of two groups follows
    (?:(?<=\p{{N}}[{_DASHES}/])[ \t]*\n[ \t]*(?=\p{{Lu}}[\p{{L}}&]*[{_DASHES}/]\p{{L}})|[ \t]?)
    (?P<symbol>{_GROUP}(?:{_SEP}{_GROUP}){{0,5}})
"""
"""A raw code: optional number, separator, symbol groups (verbose regular expression)."""

_CODE = regex.compile(CODE_PATTERN, regex.VERBOSE)
_FULL = regex.compile(
    rf"\s*(?:s[oốôó]\s*[:.]?\s*)?(?:{CODE_PATTERN})\s*[.,;]?\s*",
    regex.VERBOSE | regex.IGNORECASE,
)
_SPACES = regex.compile(r"\s+")
_GROUP_SEP = regex.compile(r"[-/]")
_LEADING_NUMBER = regex.compile(r"(\d{1,3})/(?=\p{L})")
_DASH = regex.compile(rf"[{_DASHES}]")


def _symbol(raw: str) -> str:
    return _DASH.sub("-", _SPACES.sub("", raw))


def _groups(symbol: str) -> list[str]:
    return [g for g in _GROUP_SEP.split(symbol) if g]


def find_doc_type(symbol: str, *, party: bool) -> str | None:
    """The type abbreviation at the head of a symbol, as printed, if it is one.

    A state symbol without a year names its type only when it has at least
    two groups (``QĐ-UBND``); ``UBND-VX`` is a công văn.
    """
    groups = _groups(symbol)
    if not groups:
        return None
    if party:
        head = symbol.split("/", 1)[0]
        return head if vocab.canonical_abbreviation(head) else None
    if len(groups[0]) == 4 and groups[0].isdecimal() and "/" in symbol:
        groups = groups[1:]
        if len(groups) >= 2:
            return groups[0]
        return None
    if len(groups) >= 2 and vocab.canonical_abbreviation(groups[0]):
        return groups[0]
    return None


def make_code(
    number: str | None,
    sep: str,
    raw_symbol: str,
    *,
    span: Span | None = None,
    doc_type: str | None = "auto",
) -> DocumentCode:
    """Build a :class:`DocumentCode` from the parts of a printed code."""
    symbol = _symbol(raw_symbol)
    party = len(sep) == 1 and sep in _DASHES
    lead = _LEADING_NUMBER.match(symbol)
    if not number and lead and not party:
        # "Số:/ 3 /BTC-CST": debris stood before the number, which opens the symbol.
        number, symbol = lead.group(1), symbol[lead.end() :]
    if doc_type == "auto":
        doc_type = find_doc_type(symbol, party=party)
    return DocumentCode(
        number=number or None, symbol=symbol, party=party, doc_type=doc_type, span=span
    )


def parse_code(text: str) -> DocumentCode:
    """Read a số/ký hiệu such as ``"848 /UBND-TH"``, ``"Số: 30/2020/NĐ-CP"`` or ``"274-TB/TU"``.

    A leading ``Số:`` is accepted.  Raises
    :class:`~vnadmindoc.errors.InvalidFormat` when ``text`` is not a code.
    Spans of the result are offsets into ``text``.
    """
    m = _FULL.fullmatch(fold(text)) if text else None
    if m is None or not has_letter(m.group("symbol") + (m.group("number") or "")):
        raise InvalidFormat(f"not a document number and symbol (số, ký hiệu): {text!r}")
    start = m.start("number") if m.group("number") else m.start("sep")
    return make_code(
        text[m.start("number") : m.end("number")] if m.group("number") else None,
        m.group("sep"),
        text[m.start("symbol") : m.end("symbol")],
        span=Span(start, m.end("symbol")),
    )


def match_code(text: str, pos: int, endpos: int | None = None) -> regex.Match[str] | None:
    """Match a raw code at ``pos`` in ``text`` (original, not folded)."""
    # ``concurrent`` False, by position: `regex` would release the GIL around the match, which
    # costs more than the match does, and reads a keyword argument slowly.
    return _CODE.match(text, pos, len(text) if endpos is None else endpos, False)
