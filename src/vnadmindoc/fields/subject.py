"""Trích yếu — the subject line's text, without its "V/v" label.

>>> from vnadmindoc.layout import Piece
>>> subject_text([Piece("V/v triển khai Kế hoạch", 0, 23)])
'triển khai Kế hoạch'
"""

from __future__ import annotations

import regex

from vnadmindoc.layout import Piece
from vnadmindoc.segment import VV
from vnadmindoc.text import collapse_spaces, fold, strip_separators

__all__ = ["subject_text"]

_CLOSING_QUOTE = {'"': '"', "“": "”", "'": "'", "‘": "’", "’": "’", "(": ")"}
# A dash after the last word is the ruler under the trích yếu, read onto its line.
_TRAILING_DASH = regex.compile(r"(?<=\S)[ \t]+[-–—]+[ \t]*$")


def subject_text(parts: list[Piece]) -> str:
    """The trích yếu in ``parts`` (its lines), joined, without "V/v" or "Về việc"."""
    text = collapse_spaces("\n".join(p.text for p in parts))
    label = VV.match(fold(text))
    if label:
        text = text[label.end() :]
        quote = label.group("quote")
        if quote and text.endswith(_CLOSING_QUOTE[quote]):
            text = text[:-1]  # the scan quoted the whole trích yếu: "“V/v …”"
    return strip_separators(_TRAILING_DASH.sub("", text))
