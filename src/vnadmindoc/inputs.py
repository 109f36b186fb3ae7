"""Documents from files as users have them: text, Markdown, Word, PDF, JSON, edXML.

:func:`load` reads a file (or bytes) in any of these formats and returns
its documents together with the text they were parsed from (``None`` for
JSON and edXML, which carry documents rather than text).  The format comes
from the file's extension unless given.

>>> loaded = load("Số: 12/UBND-VX\\nV/v tăng cường phòng, chống dịch\\n".encode(), "text")
>>> loaded.documents[0].code.code, loaded.format
('12/UBND-VX', 'text')
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import attrs

from vnadmindoc.docx_reader import read_docx
from vnadmindoc.errors import DecodeError, UnknownFormatError
from vnadmindoc.jsonio import documents_from_json, from_dict
from vnadmindoc.model import Document
from vnadmindoc.readers import read_text

__all__ = ["FORMATS", "Loaded", "guess_format", "load", "read_any"]

FORMATS = ("text", "docx", "pdf", "json", "edxml")
"""Input formats: ``text`` covers plain text and Markdown."""

_EXTENSIONS = {".docx": "docx", ".pdf": "pdf", ".json": "json", ".edxml": "edxml"}


@attrs.frozen
class Loaded:
    """The documents of one input, and the text they were parsed from."""

    documents: tuple[Document, ...]
    text: str | None
    """The text the documents' spans point into; ``None`` for JSON and edXML."""
    format: str


def guess_format(name: str | os.PathLike[str]) -> str:
    """The format a file name suggests: ``.docx``, ``.pdf``, ``.json``, ``.edxml``, else text."""
    return _EXTENSIONS.get(Path(name).suffix.lower(), "text")


def read_any(source: str | os.PathLike[str] | bytes, format: str) -> str:
    """The text of a text, Word or PDF input."""
    if format == "docx":
        return read_docx(source)
    if format == "pdf":
        from vnadmindoc.pdf_reader import read_pdf

        return read_pdf(source)
    if format == "text":
        return read_text(source if isinstance(source, bytes) else Path(source))
    if format in ("json", "edxml"):
        raise UnknownFormatError(
            f"{format!r} inputs hold documents, not text: read them with vnadmindoc.load()"
        )
    raise UnknownFormatError(f"unknown input format {format!r}; choose from {', '.join(FORMATS)}")


def load(source: str | os.PathLike[str] | bytes, format: str | None = None) -> Loaded:
    """Read ``source`` (a path, or the bytes of a file) as ``format`` (guessed from the path).

    Raises :class:`~vnadmindoc.errors.DecodeError` when the input cannot be
    read as that format, :class:`~vnadmindoc.errors.SchemaError` for JSON
    outside the contract, :class:`OSError` for files that cannot be opened.
    """
    from vnadmindoc.parse import parse

    if format is None:
        format = "text" if isinstance(source, bytes) else guess_format(source)
    if format not in FORMATS:
        raise UnknownFormatError(
            f"unknown input format {format!r}; choose from {', '.join(FORMATS)}"
        )
    if format in ("json", "edxml"):
        data = source if isinstance(source, bytes) else Path(source).read_bytes()
        if format == "edxml":
            from vnadmindoc.qcvn102 import from_edxml

            return Loaded((from_edxml(data),), None, format)
        try:
            parsed = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise DecodeError(f"not JSON: {exc}") from exc
        if isinstance(parsed, dict) and "documents" in parsed:
            return Loaded(tuple(documents_from_json(data)), None, format)
        return Loaded((from_dict(parsed),), None, format)
    text = read_any(source, format)
    return Loaded(tuple(parse(text)), text, format)
