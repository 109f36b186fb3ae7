r"""Turning files and bytes into text.

Administrative documents arrive as UTF-8 (with or without a byte-order
mark), UTF-16 from Windows tools, or the legacy Windows code page 1258.
:func:`read_text` recognises these and raises
:class:`~vnadmindoc.errors.DecodeError` for binary data.

>>> read_text("Số: 01/UBND-VP".encode("utf-16"))
'Số: 01/UBND-VP'
>>> read_text(b"H\xe0 N\xf4\xf2i")  # Windows-1258 writes the tone mark as a combining byte
'Hà Nội'
"""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

from vnadmindoc.errors import DecodeError

__all__ = ["decode", "read_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# The signature of the compound files Word 97–2003 (.doc), Excel .xls and the like are.
_OLE2 = bytes.fromhex("d0cf11e0a1b11ae1")


def decode(data: bytes) -> str:
    """Decode bytes holding a document; see the module documentation for the encodings tried."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} text: {exc.reason}") from exc
    text = _utf16_without_bom(data)
    if text is not None:
        return text
    if data.startswith(_OLE2):
        raise DecodeError(
            "a Word 97–2003 (.doc) or other OLE2 file, not text: save it as .docx to read it"
        )
    if b"\x00" in data:
        raise DecodeError("binary data, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # cp1258 writes tone marks as combining characters; compose them.
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError as exc:
        raise DecodeError("not UTF-8, UTF-16 or Windows-1258 text") from exc


def read_text(source: str | os.PathLike[str] | bytes) -> str:
    """Read a document as text.

    ``source`` is a path (``str`` or :class:`os.PathLike`) or the raw bytes.
    Raises :class:`~vnadmindoc.errors.DecodeError` when the bytes are not
    text, and :class:`OSError` (e.g. :class:`IsADirectoryError`) when the
    file cannot be read.
    """
    if isinstance(source, bytes):
        return decode(source)
    return decode(Path(source).read_bytes())
