"""Parse text into documents: :func:`parse`, :func:`parse_document`, :func:`parse_file`.

>>> doc = parse_document('''UBND TỈNH BẮC KẠN
... Số: 619/UBND-VXNV
... V/v thực hiện Thông báo số 22/TB-VPCP
...
... Bắc Kạn, ngày 01 tháng 02 năm 2021
... Kính gửi: Sở Y tế''')
>>> doc.kind, doc.code.code, doc.date.isoformat(), doc.addressees[0].name
('cong_van', '619/UBND-VXNV', '2021-02-01', 'Sở Y tế')

The stages themselves are in :mod:`vnadmindoc.pipeline`, loaded on the first
parse rather than by ``import vnadmindoc``: compiling their few hundred
patterns is most of what loading the parser costs, and a program that only
reads JSON, renders or validates documents need not pay it.  A parse's time
limit never counts the loading; :func:`load_stages` loads them at a time of
the caller's choosing.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from vnadmindoc.deadline import time_limit
from vnadmindoc.errors import EmptyInputError
from vnadmindoc.model import Document

__all__ = ["load_stages", "parse", "parse_document", "parse_file"]


def load_stages() -> None:
    """Load the parser's stages (:mod:`vnadmindoc.pipeline`) now, not at the first parse.

    The first parse loads them anyway, in a few tenths of a second (most of it compiling
    their patterns). Call this where that first parse must not pay for it: at a server's
    start-up, before forking worker processes (they inherit the loaded stages), or before
    setting a time limit of your own around a parse. Loading twice costs nothing.

    >>> load_stages()
    """
    importlib.import_module("vnadmindoc.pipeline")


def parse(text: str, *, timeout: float | None = None) -> list[Document]:
    """Parse every document in ``text``.

    Returns an empty list when ``text`` holds nothing but white space.
    Spans in the result are offsets into ``text``.  ``timeout`` (seconds) is a
    last guard for unattended batches: past it,
    :class:`~vnadmindoc.errors.ParseTimeoutError` is raised.

    >>> [d.code.code for d in parse("Số: 12/UBND-VX\\nHà Nội, ngày 05 tháng 3 năm 2021")]
    ['12/UBND-VX']
    >>> parse("  \\n")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}; see read_text()")
    if not text.strip():
        return []
    from vnadmindoc import pipeline

    with time_limit(timeout):
        return pipeline.read_all(text)


def parse_document(text: str) -> Document:
    """Parse ``text`` as exactly one document (no splitting into several).

    Raises :class:`~vnadmindoc.errors.EmptyInputError` when ``text`` is blank.
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_document() takes a str, not {type(text).__name__}")
    if not text.strip():
        raise EmptyInputError("no text to parse")
    from vnadmindoc import pipeline

    return pipeline.read_one(text)


def parse_file(path: str | os.PathLike[str], format: str | None = None) -> list[Document]:
    """Read a text, Markdown, HTML, Word (.docx) or PDF file and parse it.

    The format comes from the extension unless ``format`` (``"text"``,
    ``"docx"``, ``"pdf"``) says; text may be in any common encoding (see
    :func:`read_text`), PDF needs the ``pdf`` extra.  JSON and edXML hold
    documents already: :func:`~vnadmindoc.inputs.load` reads them.

    Spans index the text the file was read as, not its bytes: keep
    ``load(path).text`` (or ``read_text(path)`` for a text file) to show
    where a field is.
    """
    from vnadmindoc.inputs import guess_format, read_any

    return parse(read_any(Path(path), format or guess_format(path)))
