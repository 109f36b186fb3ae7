"""A document laid out as Nghị định 30/2020 places it, before any output format.

:func:`sheet` turns a :class:`~vnadmindoc.model.Document` into a :class:`Sheet`:
the printed lines of each zone (ô) of the page, with the official wording
(``Số:``, ``V/v``, ``Kính gửi:``, ``Nơi nhận:``, ``Lưu:``), date padding and
authority prefixes.  Every renderer — text, Markdown, HTML, Word — places
these lines; none of them decides what the lines say.

>>> from vnadmindoc import Document, DocumentCode, PartialDate
>>> s = sheet(Document(code=DocumentCode(number="5", symbol="UBND-VP"), place="Hà Nội",
...                    date=PartialDate(2021, 2, 1)))
>>> s.number, s.date_line
('Số: 5/UBND-VP', 'Hà Nội, ngày 01 tháng 02 năm 2021')
"""

from __future__ import annotations

import attrs

from vnadmindoc import vocab
from vnadmindoc.errors import RenderError
from vnadmindoc.model import (
    ArchiveNote,
    Authority,
    Document,
    DocumentCode,
    Motto,
    PartialDate,
    Recipient,
    Secrecy,
    Signature,
    Urgency,
)
from vnadmindoc.text import fold

__all__ = ["Sheet", "SignatureBlock", "date_text", "number_line", "sheet"]

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"
URGENCY = {Urgency.KHAN: "KHẨN", Urgency.THUONG_KHAN: "THƯỢNG KHẨN", Urgency.HOA_TOC: "HỎA TỐC"}
SECRECY = {Secrecy.MAT: "MẬT", Secrecy.TOI_MAT: "TỐI MẬT", Secrecy.TUYET_MAT: "TUYỆT MẬT"}
_PREFIX = {p.kind: (p.state, p.party or p.state) for p in vocab.AUTHORITY_PREFIXES}


@attrs.frozen
class SignatureBlock:
    """The lines of one signature: authority lines, position, then the signer's name."""

    authority: tuple[str, ...]
    position: str | None
    name: str | None


@attrs.frozen
class Sheet:
    """The printed lines of a document, zone by zone (ô số of Phụ lục I)."""

    party: bool
    received: tuple[str, ...]
    """The incoming stamp (dấu ĐẾN)."""
    issuer: tuple[str, ...]
    """Ô 2: the parent body, then the issuing body."""
    heading: tuple[str, ...]
    """Ô 1: quốc hiệu and tiêu ngữ, or the Party heading."""
    number: str | None
    """Ô 3: ``Số: 05/BNV-VP`` (``Số 274-TB/TU`` for the Party)."""
    vv: str | None
    """Ô 5b: a công văn's trích yếu, ``V/v …``."""
    date_line: str | None
    """Ô 4: ``Hà Nội, ngày 05 tháng 3 năm 2020``."""
    marks: tuple[str, ...]
    """Ô 10: secrecy and urgency marks."""
    title: str | None
    """Ô 5a: the tên loại."""
    subject: str | None
    """Ô 5a: the trích yếu under the tên loại."""
    addressees: tuple[str, ...]
    """Ô 9a: ``Kính gửi: …`` and its list."""
    body: str
    """Ô 6: the content, as parsed."""
    distribution: tuple[str, ...]
    """Ô 9b: ``Nơi nhận:``, its entries and the ``Lưu`` line."""
    signatures: tuple[SignatureBlock, ...]
    """Ô 7: authority, position and name."""
    appendix: str
    """What follows the signature: annexes, footnotes."""


def date_text(date: PartialDate) -> str:
    """``ngày 05 tháng 3 năm 2020``: days padded, months padded only for 1 and 2.

    >>> date_text(PartialDate(2021, 5))
    'ngày     tháng 5 năm 2021'
    """
    day = f"{date.day:02d}" if date.day is not None else "   "
    if date.month is None:
        month = "   "
    else:
        month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"ngày {day} tháng {month} năm {date.year}"


def number_line(code: DocumentCode) -> str:
    """``Số: 05/BNV-VP``; ``Số 274-TB/TU`` for the Party; a draft keeps its blank.

    The number is printed as the model holds it (:func:`vnadmindoc.doccode.format` pads it).
    """
    number = code.number or "     "
    if code.number and not code.number.isdigit():
        number += " "  # an OCR-garbled number ("454?", "đút") stands apart from its symbol
    if code.party:
        return f"Số {number}-{code.symbol}"
    return f"Số: {number}/{code.symbol}"


def _authority(level: Authority, party: bool) -> str:
    prefix = level.prefix or _PREFIX[level.kind.value][1 if party else 0]
    return f"{prefix} {level.holder}"


def _signature(signature: Signature, party: bool) -> SignatureBlock:
    return SignatureBlock(
        authority=tuple(_authority(a, party) for a in signature.authority),
        position=signature.position,
        name=signature.name,
    )


def _entries(entries: tuple[Recipient, ...], last: str) -> list[str]:
    """``- name;`` lines, the last ending with ``last``; group headings where groups change."""
    lines: list[str] = []
    group: str | None = None
    for i, entry in enumerate(entries):
        if entry.group != group and entry.group is not None:
            lines.append(f"{entry.group}:")
        group = entry.group
        end = last if i == len(entries) - 1 else ";"
        lines.append(f"- {entry.name}{end}")
    return lines


def archive_line(note: ArchiveNote) -> str:
    """``- Lưu: VT, KGVX (3) NNT.``: units, copies in brackets, the drafter's initials.

    Without copies the initials go in brackets: ``- Lưu: VT, KGVX (NNT).``
    """
    text = "- Lưu: " + ", ".join(note.units)
    if note.copies is not None:
        text += f" ({note.copies})"
        if note.drafter:
            text += f" {note.drafter}"
    elif note.drafter:
        text += f" ({note.drafter})"
    return text + "."


def _addressees(doc: Document) -> tuple[str, ...]:
    if not doc.addressees:
        return ()
    if len(doc.addressees) == 1 and doc.addressees[0].group is None:
        return (f"Kính gửi: {doc.addressees[0].name}",)
    return ("Kính gửi:", *_entries(doc.addressees, "."))


def _distribution(doc: Document) -> tuple[str, ...]:
    if not doc.distribution and doc.archive is None:
        return ()
    lines = ["Nơi nhận:"]
    lines += _entries(doc.distribution, ";" if doc.archive is not None else ".")
    if doc.archive is not None:
        lines.append(archive_line(doc.archive))
    return tuple(lines)


def _is_party(doc: Document) -> bool:
    if doc.motto is not None:
        return doc.motto is Motto.PARTY
    return doc.code is not None and doc.code.party


def _has_content(doc: Document) -> bool:
    return any(
        (
            doc.issuer,
            doc.code,
            doc.date,
            doc.place,
            doc.title,
            doc.subject,
            doc.body.strip(),
            doc.addressees,
            doc.distribution,
            doc.archive,
            doc.signatures,
            doc.appendix.strip(),
        )
    )


def sheet(doc: Document) -> Sheet:
    """Lay ``doc`` out; raises :class:`~vnadmindoc.errors.RenderError` if it has no content."""
    if not _has_content(doc):
        raise RenderError("the document has nothing to render: no heading, body or closing")
    party = _is_party(doc)
    heading: tuple[str, ...] = ()
    if doc.motto is Motto.STATE:
        heading = (QUOC_HIEU, TIEU_NGU)
    elif doc.motto is Motto.PARTY:
        heading = (PARTY_HEADING,)
    issuer: tuple[str, ...] = ()
    if doc.issuer is not None:
        issuer = tuple(x for x in (doc.issuer.parent, doc.issuer.name) if x)
    received: tuple[str, ...] = ()
    if doc.received is not None:
        stamp = doc.received
        line = f"Số: {stamp.number}" if stamp.number else ""
        if stamp.date is not None:
            line += (" " if line else "") + f"Ngày: {_numeric(stamp.date)}"
        received = ("VĂN BẢN ĐẾN", line) if line else ("VĂN BẢN ĐẾN",)
    cong_van = doc.title is None and doc.subject is not None
    date_line = None
    if doc.date is not None or doc.place:
        # A place whose date could not be read keeps a blank date, so that it reads as one.
        when = date_text(doc.date) if doc.date is not None else "ngày    tháng    năm"
        date_line = f"{doc.place}, {when}" if doc.place else when
    marks = tuple(
        m
        for m in (
            SECRECY.get(doc.secrecy) if doc.secrecy else None,
            URGENCY.get(doc.urgency) if doc.urgency else None,
        )
        if m
    )
    subject = None if cong_van else doc.subject
    if subject and vocab.BODY_START.match(fold(subject)):
        subject = f"Về việc {subject}"  # "Thực hiện …" alone would open the body
    return Sheet(
        party=party,
        received=received,
        issuer=issuer,
        heading=heading,
        number=number_line(doc.code) if doc.code is not None else None,
        vv=f"V/v {doc.subject}" if cong_van else None,
        date_line=date_line,
        marks=marks,
        title=doc.title,
        subject=subject,
        addressees=_addressees(doc),
        body=doc.body,
        distribution=_distribution(doc),
        signatures=tuple(_signature(s, party) for s in doc.signatures),
        appendix=doc.appendix,
    )


def _numeric(date: PartialDate) -> str:
    if date.day is not None and date.month is not None:
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    if date.month is not None:
        return f"{date.month:02d}/{date.year}"
    return str(date.year)
