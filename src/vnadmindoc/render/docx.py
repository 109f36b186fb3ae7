"""Word (.docx) in the Nghị định 30/2020 presentation, with python-docx.

An A4 page (margins 20/20/30/15 mm), Times New Roman, the official sizes and
emphasis per zone: the heading as a borderless two-column table (issuing
body left, quốc hiệu right, each with its short rule), the title and trích
yếu centred in bold, the body justified with a 1 cm first-line indent, and
Nơi nhận beside the signature in a second borderless table.

Needs the ``docx`` extra (``pip install "vnadmindoc[docx]"``).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from vnadmindoc._extras import require
from vnadmindoc.model import Document
from vnadmindoc.render.sheet import Sheet, sheet

if TYPE_CHECKING:  # pragma: no cover
    from docx.table import _Cell

__all__ = ["render_docx"]

FONT = "Times New Roman"


def _docx() -> Any:
    return require("docx", needed_by="render_docx", package="python-docx", extra="docx")


class _Writer:
    """Paragraph helpers over a python-docx document or table cell."""

    def __init__(self, docx: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Cm, Pt

        self.docx = docx
        self.Pt = Pt
        self.Cm = Cm
        self.CENTER = WD_ALIGN_PARAGRAPH.CENTER
        self.JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
        self.LEFT = WD_ALIGN_PARAGRAPH.LEFT

    def para(
        self,
        where: Any,
        text: str,
        *,
        size: float = 14,
        bold: bool = False,
        italic: bool = False,
        align: Any = None,
        indent: float | None = None,
        after: float = 0,
    ) -> Any:
        p = where.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before = self.Pt(0)
        fmt.space_after = self.Pt(after)
        if align is not None:
            p.alignment = align
        if indent is not None:
            fmt.first_line_indent = self.Cm(indent)
        if text:
            run = p.add_run(text)
            run.font.size = self.Pt(size)
            run.font.bold = bold
            run.font.italic = italic
            run.font.name = FONT
        return p

    def rule(self, where: Any, width_cm: float, cell_cm: float) -> None:
        """A short centred rule: an empty paragraph with a bottom border."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        p = where.add_paragraph()
        fmt = p.paragraph_format
        side = max(0.0, (cell_cm - width_cm) / 2)
        fmt.left_indent = self.Cm(side)
        fmt.right_indent = self.Cm(side)
        fmt.space_after = self.Pt(6)
        p_pr = p._p.get_or_add_pPr()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (
            ("w:val", "single"),
            ("w:sz", "6"),
            ("w:space", "1"),
            ("w:color", "000000"),
        ):
            bottom.set(qn(key), value)
        borders.append(bottom)
        p_pr.append(borders)


def _widths(w: _Writer, table: Any, widths: tuple[float, ...]) -> None:
    # Word reads the cell widths, LibreOffice the grid: set both.
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = w.Cm(width)
        for cell in column.cells:
            cell.width = w.Cm(width)


def _clear(cell: _Cell) -> _Cell:
    # A new cell holds one empty paragraph; drop it so the cell holds only what we add.
    for p in list(cell.paragraphs):
        p._p.getparent().remove(p._p)
    return cell


def _heading(w: _Writer, document: Any, s: Sheet) -> None:
    left_cm, right_cm = 6.0, 10.5
    table = document.add_table(rows=2, cols=2)
    _widths(w, table, (left_cm, right_cm))
    issuer, motto = (_clear(c) for c in table.rows[0].cells)
    *parents, name = s.issuer or ("",)
    for parent in parents:
        w.para(issuer, parent, size=13, align=w.CENTER)
    if name:
        w.para(issuer, name, size=13, bold=True, align=w.CENTER)
        if s.party:
            w.para(issuer, "*", size=13, align=w.CENTER)
        else:
            w.rule(issuer, left_cm / 3, left_cm)
    if not issuer.paragraphs:
        w.para(issuer, "")
    for k, line in enumerate(s.heading):
        # 12 pt keeps the quốc hiệu on one line across the column (Phụ lục I allows 12–13).
        w.para(motto, line, size=12 if k == 0 else 13, bold=True, align=w.CENTER)
    if s.heading:
        w.rule(motto, 6.0 if not s.party else 6.5, right_cm)
    else:
        w.para(motto, "")
    number, date = (_clear(c) for c in table.rows[1].cells)
    w.para(number, s.number or "", size=13, align=w.CENTER)
    if s.vv:
        w.para(number, s.vv, size=12, align=w.CENTER)
    w.para(date, s.date_line or "", size=14, italic=True, align=w.CENTER)


def _closing(w: _Writer, document: Any, s: Sheet) -> None:
    if not s.distribution and not s.signatures:
        return
    table = document.add_table(rows=1, cols=2)
    _widths(w, table, (7.0, 9.5))
    left, right = (_clear(c) for c in table.rows[0].cells)
    if s.distribution:
        label, *entries = s.distribution
        w.para(left, label, size=12, bold=True, italic=True)
        for entry in entries:
            w.para(left, entry, size=11)
    else:
        w.para(left, "")
    for signature in s.signatures:
        for line in signature.authority:
            w.para(right, line, size=14, bold=True, align=w.CENTER)
        if signature.position:
            w.para(right, signature.position, size=14, bold=True, align=w.CENTER)
        for _ in range(3):
            w.para(right, "", size=14)
        if signature.name:
            w.para(right, signature.name, size=14, bold=True, align=w.CENTER, after=12)
    if not right.paragraphs:
        w.para(right, "")


def render_docx(document: Document) -> bytes:
    """``document`` as the bytes of a .docx file."""
    docx = _docx()
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn

    s = sheet(document)
    w = _Writer(docx)
    out = docx.Document()
    section = out.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = w.Cm(21.0), w.Cm(29.7)
    section.top_margin = section.bottom_margin = w.Cm(2.0)
    section.left_margin, section.right_margin = w.Cm(3.0), w.Cm(1.5)
    normal = out.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = w.Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    # The default document starts with no paragraph; everything is added in reading order.
    for line in s.received:
        w.para(out, line, size=11, bold=line == s.received[0])
    _heading(w, out, s)
    for mark in s.marks:
        w.para(out, mark, size=13, bold=True)
    if s.title:
        w.para(out, "", size=6)
        w.para(out, s.title, size=14, bold=True, align=w.CENTER)
    if s.subject:
        w.para(out, s.subject, size=14, bold=True, align=w.CENTER)
    if s.title or s.subject:
        w.rule(out, 5.5, 16.5)
    for k, line in enumerate(s.addressees):
        p = w.para(out, line, size=14, align=w.LEFT, after=6 if k == len(s.addressees) - 1 else 0)
        p.paragraph_format.left_indent = w.Cm(2.0)
        if k == 0:
            p.paragraph_format.space_before = w.Pt(12)
    for line in s.body.split("\n") if s.body else ():
        w.para(out, line, size=14, align=w.JUSTIFY, indent=1.0, after=6 if line else 0)
    _closing(w, out, s)
    for line in s.appendix.split("\n") if s.appendix else ():
        w.para(out, line, size=14)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()
