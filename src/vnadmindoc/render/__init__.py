"""Rendering documents: text, Markdown, HTML, Word (.docx) and JSON.

:func:`render` is the single entry point; each format also has its own
function.  Every renderer lays the document out as Nghị định 30/2020 places
it (see :mod:`vnadmindoc.render.sheet`) and renders what is there: a document
with missing parts renders without them, one with no content at all raises
:class:`~vnadmindoc.errors.RenderError`.

>>> from vnadmindoc import Document
>>> render(Document(kind="thong_bao", title="THÔNG BÁO"), "text")
'THÔNG BÁO\\n'
>>> render(Document(kind="thong_bao"), "json")[:20]
'{"kind": "thong_bao"'
"""

from __future__ import annotations

from typing import Literal, overload

from vnadmindoc.errors import UnknownFormatError
from vnadmindoc.jsonio import to_json
from vnadmindoc.model import Document
from vnadmindoc.render.html import render_html
from vnadmindoc.render.markdown import render_markdown
from vnadmindoc.render.text import render_text

__all__ = [
    "FORMATS",
    "render",
    "render_docx",
    "render_html",
    "render_json",
    "render_markdown",
    "render_text",
]

Format = Literal["text", "markdown", "html", "docx", "json"]
FORMATS: tuple[str, ...] = ("text", "markdown", "html", "docx", "json")
"""The formats :func:`render` accepts."""


def render_json(document: Document) -> str:
    """``document`` in the ``vnadmindoc/1`` JSON contract (see :func:`vnadmindoc.to_json`)."""
    return to_json(document)


def render_docx(document: Document) -> bytes:
    """``document`` as a Word file in the Nghị định 30/2020 layout (needs the ``docx`` extra)."""
    from vnadmindoc.render.docx import render_docx as _render_docx

    return _render_docx(document)


@overload
def render(document: Document, format: Literal["docx"]) -> bytes: ...
@overload
def render(
    document: Document, format: Literal["text", "markdown", "html", "json"] = "text"
) -> str: ...
@overload
def render(document: Document, format: str) -> str | bytes: ...
def render(document: Document, format: str = "text") -> str | bytes:
    """Render ``document`` in ``format`` (one of :data:`FORMATS`); .docx gives bytes."""
    if format == "text":
        return render_text(document)
    if format == "markdown":
        return render_markdown(document)
    if format == "html":
        return render_html(document)
    if format == "docx":
        return render_docx(document)
    if format == "json":
        return render_json(document)
    raise UnknownFormatError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
