"""Reading the text of a Word (.docx) file in reading order.

Offices lay documents out in tables: the heading is a two-column table
(issuing body | quốc hiệu), the closing another (Nơi nhận | signature).
:func:`read_docx` walks the body in document order and reads each table row
by row and each row cell by cell, so that the text comes out as the parser
expects it.  Tracked insertions are kept and deletions dropped (the changes
accepted); text boxes follow the paragraph that anchors them.

It reads the package with the standard library only (no python-docx).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from xml.etree import ElementTree as ET

import regex

from vnadmindoc.errors import DecodeError, LegacyEncodingError

__all__ = ["read_docx"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _T, _TAB, _BR, _CR = (
    f"{_W}{n}" for n in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr")
)
_DEL, _TXBX, _SDT, _SDT_CONTENT = (f"{_W}{n}" for n in ("del", "txbxContent", "sdt", "sdtContent"))
_VMERGE, _TCPR = f"{_W}vMerge", f"{_W}tcPr"
_RFONTS = f"{_W}rFonts"
# Fonts of the 8-bit Vietnamese encodings that predate Unicode: TCVN3 (ABC) ".VnTime",
# ".VnArial", ".VnTimeH" …; VNI "VNI-Times", "VNI-Helve" …; their text reads as Latin-1 noise.
_LEGACY_FONT = regex.compile(r"^(?:\.Vn|VNI[- ]|VK )", regex.IGNORECASE)


def _paragraph(p: ET.Element, boxes: list[ET.Element]) -> str:
    """The text of one paragraph; text boxes inside it are collected into ``boxes``."""
    out: list[str] = []

    def walk(node: ET.Element) -> None:
        for child in node:
            tag = child.tag
            if tag == _DEL:
                continue  # a tracked deletion: the change is accepted
            if tag == _TXBX:
                boxes.append(child)
                continue
            if tag == _T and child.text:
                out.append(child.text)
            elif tag == _TAB:
                out.append("\t")
            elif tag in (_BR, _CR):
                out.append("\n")
            walk(child)

    walk(p)
    return "".join(out)


def _blocks(container: ET.Element) -> Iterator[str]:
    """Lines of the paragraphs and tables directly in ``container``, in order."""
    for child in container:
        if child.tag == _P:
            boxes: list[ET.Element] = []
            yield _paragraph(child, boxes)
            for box in boxes:
                yield from _blocks(box)
        elif child.tag == _TBL:
            yield from _table(child)
        elif child.tag in (_SDT, _SDT_CONTENT):
            yield from _blocks(child)


def _table(table: ET.Element) -> Iterator[str]:
    for row in table.findall(_TR):
        for cell in row.findall(_TC):
            props = cell.find(_TCPR)
            merge = props.find(_VMERGE) if props is not None else None
            if merge is not None and merge.get(f"{_W}val") != "restart":
                continue  # the lower part of a vertically merged cell repeats nothing
            yield from _blocks(cell)
            yield ""  # a cell ends its text as a blank line would


def read_docx(source: str | os.PathLike[str] | bytes | IO[bytes]) -> str:
    """The text of a .docx file (path, bytes or binary file object), in reading order.

    Raises :class:`~vnadmindoc.errors.DecodeError` when ``source`` is not a Word file.
    """
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    elif isinstance(source, (str, os.PathLike)):
        source = Path(source)
    try:
        with zipfile.ZipFile(source) as package:
            data = package.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError) as exc:
        raise DecodeError(f"not a Word (.docx) file: {exc}") from exc
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise DecodeError(f"the Word file's document.xml is not well-formed: {exc}") from exc
    body = root.find(f"{_W}body")
    if body is None:
        return ""
    _refuse_legacy_fonts(body)
    return "\n".join(_blocks(body)) + "\n"


def _refuse_legacy_fonts(body: ET.Element) -> None:
    """Raise when text is set in a TCVN3 or VNI font: without conversion it would read as noise."""
    for run in body.iter(f"{_W}r"):
        fonts = run.find(f"{_W}rPr/{_RFONTS}")
        if fonts is None or not any(t.text and t.text.strip() for t in run.iter(_T)):
            continue
        for value in fonts.attrib.values():
            if _LEGACY_FONT.match(value):
                family = "VNI" if value.upper().startswith("VNI") else "TCVN3 (ABC)"
                raise LegacyEncodingError(
                    f"text is set in the {family} font {value!r}, an 8-bit Vietnamese encoding "
                    "that predates Unicode; convert the file to Unicode first (e.g. UniKey's "
                    "converter, 'Chuyển mã', from " + family.split()[0] + " to Unicode)"
                )
