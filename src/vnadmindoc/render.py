"""Rendering documents into output formats.

Only JSON exists so far; the text, Markdown, HTML and Word renderers are
planned (issue #4).  :func:`render` is the single entry point so that code
written against it keeps working as formats are added.

>>> from vnadmindoc import Document
>>> render(Document(kind="thong_bao"), "json")[:20]
'{"kind": "thong_bao"'
"""

from __future__ import annotations

from vnadmindoc.jsonio import to_json
from vnadmindoc.model import Document

__all__ = ["FORMATS", "render"]

FORMATS = ("json",)
"""The formats :func:`render` accepts."""


def render(document: Document, format: str = "json") -> str:
    """Render ``document`` in ``format`` (one of :data:`FORMATS`)."""
    if format == "json":
        return to_json(document)
    raise ValueError(f"unknown format {format!r}; choose from {', '.join(FORMATS)}")
