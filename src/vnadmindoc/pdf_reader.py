"""Reading the text layer of a PDF in reading order.

Needs the ``pdf`` extra (pdfminer.six).  Characters are read with their
positions and put back together line by line: characters on one baseline
form a line, ordered left to right, with a space where the gap between two
characters is wider than a space.  Where a gap as wide as two characters cuts
lines into columns — the two-column heading (issuing body | quốc hiệu) and
the closing (Nơi nhận | signature) — the left column comes out before the
right one, as a reader reads them.  Vietnamese letters that PDF producers draw
as separate glyphs (LibreOffice's ``Ộ``, ``ắ``) fall into place by position.

A PDF without a text layer (a scan) raises
:class:`~vnadmindoc.errors.NoTextLayerError`, which says OCR is needed.
"""

from __future__ import annotations

import io
import os
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from vnadmindoc._extras import require
from vnadmindoc.errors import DecodeError, MissingExtraError, NoTextLayerError

__all__ = ["read_pdf"]


def _pdfminer() -> Any:
    needs = {"needed_by": "read_pdf", "package": "pdfminer.six", "extra": "pdf"}
    return require("pdfminer.high_level", **needs), require("pdfminer.layout", **needs)


def _chars(node: Any, char_type: type) -> Iterator[Any]:
    if isinstance(node, char_type):
        yield node
        return
    if isinstance(node, Iterable) and not isinstance(node, (str, bytes)):
        for child in node:
            yield from _chars(child, char_type)


def _lines(chars: list[Any]) -> list[list[Any]]:
    """Characters grouped by baseline, top of the page first."""
    rows: list[tuple[float, float, list[Any]]] = []  # (baseline, height, chars)
    for ch in sorted(chars, key=lambda c: -c.y0):
        height = max(ch.height, 1.0)
        for k, (base, row_height, row) in enumerate(rows):
            if abs(base - ch.y0) <= 0.4 * max(row_height, height):
                row.append(ch)
                rows[k] = (base, max(row_height, height), row)
                break
        else:
            rows.append((ch.y0, height, [ch]))
    rows.sort(key=lambda r: -r[0])
    return [sorted(row, key=lambda c: (c.x0, c.x1)) for _, _, row in rows]


@attrs.frozen
class _Segment:
    x0: float
    x1: float
    text: str


@attrs.frozen
class _Line:
    page: int
    top: float
    bottom: float
    segments: tuple[_Segment, ...]


def _line(row: list[Any], page: int) -> _Line:
    """A row of characters cut into segments at column gaps (wider than two characters)."""
    segments: list[_Segment] = []
    out: list[str] = []
    start = row[0].x0
    previous = None
    for ch in row:
        text = ch.get_text()
        if previous is not None:
            gap = ch.x0 - previous.x1
            size = max(previous.size, ch.size, 1.0)
            if gap > 2.0 * size:
                segments.append(_Segment(start, previous.x1, _clean("".join(out))))
                out, start = [], ch.x0
            elif gap > 0.2 * size and not text.isspace() and not out[-1].endswith(" "):
                out.append(" ")  # a word gap the PDF drew without a space glyph
        out.append(text)
        previous = ch
    assert previous is not None
    segments.append(_Segment(start, previous.x1, _clean("".join(out))))
    return _Line(
        page=page,
        top=max(c.y1 for c in row),
        bottom=min(c.y0 for c in row),
        segments=tuple(s for s in segments if s.text),
    )


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _columns(lines: list[_Line]) -> Iterator[str]:
    """Lines in reading order: a run of two-column lines comes out left column first.

    A run starts at a line cut in two by a column gap; lines of one segment that lie on one
    side of the gap and follow closely (no paragraph spacing) belong to it.  The heading
    (issuing body | quốc hiệu) and the closing (Nơi nhận | signature) are such runs.
    """
    k = 0
    while k < len(lines):
        line = lines[k]
        if len(line.segments) < 2:
            yield line.segments[0].text if line.segments else ""
            k += 1
            continue
        # The columns: the left one ends by left_max, the right one starts from right_min.
        left_max, right_min = line.segments[0].x1, line.segments[1].x0
        left: list[str] = []
        right: list[str] = []
        previous = line
        j = k
        while j < len(lines):
            current = lines[j]
            segs = current.segments
            height = max(previous.top - previous.bottom, 1.0)
            # A page break does not end the columns: the closing often runs over two pages.
            close = current.page != previous.page or previous.bottom - current.top <= 0.9 * height
            if len(segs) >= 2 and segs[0].x1 < right_min and segs[1].x0 > left_max:
                left.append(segs[0].text)
                right.append("   ".join(s.text for s in segs[1:]))
                left_max, right_min = max(left_max, segs[0].x1), min(right_min, segs[1].x0)
            elif len(segs) == 1 and close and segs[0].x1 < right_min:
                left.append(segs[0].text)
                left_max = max(left_max, segs[0].x1)
            elif len(segs) == 1 and close and segs[0].x0 > left_max:
                right.append(segs[0].text)
                right_min = min(right_min, segs[0].x0)
            else:
                break
            previous = current
            j += 1
        yield from left
        yield ""
        yield from right
        yield ""
        k = j


def read_pdf(source: str | os.PathLike[str] | bytes | IO[bytes]) -> str:
    """The text of a PDF's text layer (path, bytes or binary file), page after page.

    Raises :class:`~vnadmindoc.errors.NoTextLayerError` for a scan without
    text and :class:`~vnadmindoc.errors.DecodeError` for data that is not a PDF.
    """
    high_level, layout = _pdfminer()
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    elif isinstance(source, (str, os.PathLike)):
        source = Path(source).open("rb")  # noqa: SIM115 - closed below
    lines: list[_Line] = []
    try:
        for number, page in enumerate(high_level.extract_pages(source, laparams=layout.LAParams())):
            chars = list(_chars(page, layout.LTChar))
            lines += [
                _line(row, number)
                for row in _lines(chars)
                if any(not c.get_text().isspace() for c in row)
            ]
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        if isinstance(exc, MissingExtraError):
            raise
        raise DecodeError(f"not a readable PDF: {type(exc).__name__}: {exc}") from exc
    finally:
        if isinstance(source, io.BufferedReader):
            source.close()
    text = "\n".join(_columns(lines)).strip("\n")
    if not text.strip():
        raise NoTextLayerError(
            "the PDF has no text layer (a scanned image): run OCR on it first, "
            "e.g. ocrmypdf --language vie in.pdf out.pdf"
        )
    return text + "\n"
