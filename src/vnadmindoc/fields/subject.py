"""Trích yếu — the subject line's text, without its "V/v" label.

>>> from vnadmindoc.layout import Piece
>>> subject_text([Piece("V/v triển khai Kế hoạch", 0, 23)])
'triển khai Kế hoạch'
"""

from __future__ import annotations

import regex

from vnadmindoc.layout import Piece
from vnadmindoc.text import collapse_spaces, fold, strip_separators

__all__ = ["subject_text", "unquoted"]

_SUBJECT_LABEL = regex.compile(
    # Looser than segment.VV, which finds the line: here the line is known to be the trích yếu.
    # Scanner debris may stand before the label ("._ V/v …"). Read on the folded text, so that
    # any tone mark passes: "Về việc", "Vế việc", "Vê viẹc"; a lost "v" too ("V/ trả lời …");
    # OCR's "V%"; "Về:" with its colon.
    r"^[\s.,;:_]*(?P<quote>[\"“'‘’(]?)\s*"
    r"(?:(?:V\s*(?:[/.|il1]\s*)?v|V\s*w|Ve\s*viec)\b|V[ \t]*/(?=[ \t]+\p{Ll})|V[ \t]*%"
    r"|Ve(?=[ \t]*:))\s*[:.]?\s*",
    regex.IGNORECASE,
)
_CLOSING_QUOTE = {'"': '"', "“": "”", "'": "'", "‘": "’", "’": "’", "(": ")"}
# A dash after the last word is the ruler under the trích yếu, read onto its line.
_TRAILING_DASH = regex.compile(r"(?<=\S)[ \t]+[-–—]+[ \t]*$")


def subject_text(parts: list[Piece]) -> str:
    """The trích yếu in ``parts`` (its lines), joined, without "V/v" or "Về việc"."""
    text = collapse_spaces("\n".join(p.text for p in parts))
    label = _SUBJECT_LABEL.match(fold(text))
    if label:
        text = text[label.end() :]
        quote = label.group("quote")
        if quote and text.endswith(_CLOSING_QUOTE[quote]):
            text = text[:-1]  # the scan quoted the whole trích yếu: "“V/v …”"
    else:
        text = unquoted(text)
    return strip_separators(_TRAILING_DASH.sub("", text))


def unquoted(text: str) -> str:
    """``text`` without the quotes around the whole of it (a trích yếu printed in quotes under
    its title: "“Tổ chức lớp cảm tình Đoàn”"); quotes inside it stay.

    >>> unquoted("“Tổ chức lớp đối tượng Đoàn”"), unquoted("“A” và “B”"), unquoted('"A” và “B"')
    ('Tổ chức lớp đối tượng Đoàn', '“A” và “B”', '"A” và “B"')
    """
    stripped = text.strip()
    close = _WHOLE_QUOTES.get(stripped[:1])
    inside = stripped[1:-1]
    if close and len(stripped) > 2 and stripped.endswith(close) and not _QUOTES.search(inside):
        return inside.strip()
    return text


_QUOTES = regex.compile(r"[\"“”‘’«»]")


_WHOLE_QUOTES = {q: _CLOSING_QUOTE[q] for q in '"“‘'}
