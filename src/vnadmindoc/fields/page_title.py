"""A web page's title line standing in for a document's heading.

Portals publish a document as an article: the heading cells are gone, and the page's title
says what the document is ("Thông báo số 08-TB/BTGTW, ngày 15/5/2007, về việc lấy ý kiến …",
"Giấy mời dự Lễ phát động …"). Read only where the text has no heading at all.

>>> t = read_page_title("Thông báo số 08-TB/BTGTW, ngày 15/5/2007, về việc lấy ý kiến")
>>> t.type_phrase, t.code.code, t.date.isoformat(), t.subject
('Thông báo', '08-TB/BTGTW', '2007-05-15', 'lấy ý kiến')
"""

from __future__ import annotations

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.fields.codes import make_code, match_code
from vnadmindoc.fields.dates import date_at
from vnadmindoc.model import DocumentCode, PartialDate
from vnadmindoc.text import fold, strip_separators

__all__ = ["PageTitle", "read_page_title"]

_TYPE = regex.compile(rf"[ \t]*(?P<type>{vocab.type_phrase_pattern()})(?![\p{{L}}])", regex.I)
_NUMBER = regex.compile(r"[ \t]+(?:so[ \t]*:?[ \t]*)?(?=\d)", regex.I)
_DATE = regex.compile(r"[ \t]*,?[ \t]*ngay\b[ \t]*", regex.I)
_ABOUT = regex.compile(r"[ \t]*,?[ \t]*(?:ve[ \t]+viec|v[ \t]*/[ \t]*v|ve)[ \t]+(?=\S)", regex.I)
# What a page's title opening with a type but no code goes on with: "Giấy mời dự Lễ …",
# "Kế hoạch tổ chức …", "Thông báo về …" (a sentence of the body has a verb next, or a full stop).
_PLAIN_TITLE_END = (".", ";", ":", ",")


@attrs.frozen
class PageTitle:
    """What a page's title line says: the type phrase as printed, and what follows it."""

    type_phrase: str
    type_span: tuple[int, int]
    code: DocumentCode | None = None
    code_span: tuple[int, int] | None = None
    date: PartialDate | None = None
    date_span: tuple[int, int] | None = None
    subject: str | None = None
    subject_span: tuple[int, int] | None = None


def read_page_title(line: str, offset: int = 0) -> PageTitle | None:
    """The page title in ``line`` (spans are ``offset`` + positions in it), if it is one.

    With a code, the title may go on with the date and "về việc …"; without one it must be a
    line of its own kind: no sentence mark at its end.
    """
    folded = fold(line)
    m = _TYPE.match(folded)
    if m is None or not line[m.start("type")].isupper():
        return None
    type_phrase = line[m.start("type") : m.end("type")]
    out = PageTitle(type_phrase, (offset + m.start("type"), offset + m.end("type")))
    number = _NUMBER.match(folded, m.end())
    cm = match_code(line, number.end()) if number else None
    if cm is None or not any(c.isdigit() for c in cm.group("number") or ""):
        stripped = line.rstrip()
        if stripped.endswith(_PLAIN_TITLE_END) or len(stripped.split()) < 3:
            return None
        return out
    code = make_code(cm.group("number"), cm.group("sep"), cm.group("symbol"))
    out = attrs.evolve(out, code=code, code_span=(offset + cm.start(), offset + cm.end()))
    pos = cm.end()
    cue = _DATE.match(folded, pos)
    if cue is not None:
        date, begin, end = date_at(folded, cue.end(), len(folded))
        if date is not None:
            out = attrs.evolve(out, date=date, date_span=(offset + begin, offset + end))
            pos = end
    about = _ABOUT.match(folded, pos)
    if about is not None:
        subject = strip_separators(line[about.end() :])
        if subject:
            start = about.end()
            out = attrs.evolve(
                out,
                subject=subject,
                subject_span=(offset + start, offset + start + len(line[start:].rstrip())),
            )
    elif line[pos:].strip(" \t.,;"):
        return None  # "Quyết định số 12/QĐ-UBND ngày … của UBND tỉnh …": a sentence citing it
    return out
