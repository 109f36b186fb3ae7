"""Cleaned text cut into lines, with a diacritic-folded twin for matching.

The parser's stages all look at the same :class:`Layout`: the cleaned text,
its folded copy (same length, see :func:`vnadmindoc.text.fold`), that copy in
lower case (see :func:`vnadmindoc.text.fold_twins`) and the offsets of every
line.  Offsets here are offsets into the *cleaned* text;
:class:`vnadmindoc.clean.CleanText` maps them back to the source.
"""

from __future__ import annotations

import bisect

import attrs

from vnadmindoc.clean import CleanText
from vnadmindoc.text import fold_twins, line_offsets

__all__ = ["Layout", "Piece"]


@attrs.frozen
class Piece:
    """A stretch of cleaned text: ``text`` is ``layout.text[start:end]``."""

    text: str
    start: int
    end: int


@attrs.frozen
class Layout:
    """The cleaned text of an input, its folded twin and its lines."""

    clean: CleanText
    folded: str = attrs.field(repr=False)
    lowered: str = attrs.field(repr=False)
    starts: tuple[int, ...] = attrs.field(repr=False)
    ends: tuple[int, ...] = attrs.field(repr=False)

    @classmethod
    def of(cls, clean: CleanText) -> Layout:
        starts, ends = line_offsets(clean.text)
        folded, lowered = fold_twins(clean.text)
        return cls(clean=clean, folded=folded, lowered=lowered, starts=starts, ends=ends)

    @property
    def text(self) -> str:
        return self.clean.text

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, i: int) -> str:
        return self.clean.text[self.starts[i] : self.ends[i]]

    def folded_line(self, i: int) -> str:
        return self.folded[self.starts[i] : self.ends[i]]

    def piece(self, start: int, end: int) -> Piece:
        return Piece(self.clean.text[start:end], start, end)

    def line_piece(self, i: int) -> Piece:
        """Line ``i`` without the spaces around it."""
        start, end = self.starts[i], self.ends[i]
        return self.trim(start, end)

    def trim(self, start: int, end: int) -> Piece:
        """The piece ``[start, end)`` with surrounding white space removed."""
        if start >= end:
            return Piece("", start, end)
        piece = self.clean.text[start:end]
        # str.strip knows the same white space as str.isspace: two C calls, no loop.
        stripped = piece.strip()
        if not stripped:
            return Piece("", end, end)
        lead = len(piece) - len(piece.lstrip())
        return Piece(stripped, start + lead, start + lead + len(stripped))

    def is_blank(self, i: int) -> bool:
        return not self.line(i).strip()

    def next_with_text(self, i: int, stop: int) -> int:
        """The first line of ``[i, stop)`` with text, or ``stop`` when all are blank."""
        while i < stop and self.is_blank(i):
            i += 1
        return i

    def line_of(self, offset: int) -> int:
        """Index of the line holding the cleaned offset ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)
