"""edXML packages of QCVN 102:2016/BTTTT, the national document-exchange format.

Systems that send documents between state bodies (the trục liên thông văn
bản quốc gia of Văn phòng Chính phủ, e-office products) wrap each document in
an edXML package whose ``MessageHeader`` describes it: sender and recipients
with their mã định danh, số and ký hiệu, place and date, type, trích yếu,
signer, Nơi nhận, priority.  :func:`to_edxml` writes that header from a
:class:`~vnadmindoc.model.Document`; :func:`from_edxml` reads one back.

The module is named after the standard: the PyPI name ``edxml`` belongs to an
unrelated project.  Element names, the namespace and value formats
(``yyyy/MM/dd`` dates, ``DocumentId`` = ``OrganId,yyyy/MM/dd,Number/Notation``)
follow the VNPT EdXML SDK, whose parser accepts these packages; the root
``edXML`` element wraps ``edXML:edXMLEnvelope`` as that parser requires.

Reading uses defusedxml (extra ``edxml``): no entity expansion, no external
entities, no DTD.

>>> from vnadmindoc import Document, DocumentCode, PartialDate, Issuer
>>> doc = Document(kind="cong_van", issuer=Issuer("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
...                code=DocumentCode(number="619", symbol="UBND-VXNV"), place="Bắc Kạn",
...                date=PartialDate(2021, 2, 1), subject="thực hiện Thông báo số 22/TB-VPCP")
>>> package = to_edxml(doc, sender=Organisation("000.00.00.H07", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"))
>>> b"<edXML:DocumentId>000.00.00.H07,2021/02/01,619/UBND-VXNV</edXML:DocumentId>" in package
True
>>> from_edxml(package).code.code
'619/UBND-VXNV'
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from xml.etree import ElementTree as ET

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc._extras import require
from vnadmindoc.errors import DecodeError, IncompleteEdxmlWarning, SchemaError
from vnadmindoc.fields.codes import make_code
from vnadmindoc.model import (
    ArchiveNote,
    Authority,
    AuthorityKind,
    Document,
    DocumentCode,
    Issuer,
    PartialDate,
    Recipient,
    Reference,
    Signature,
    Urgency,
)
from vnadmindoc.segment import AUTHORITY
from vnadmindoc.text import fold

__all__ = [
    "NAMESPACE",
    "Organisation",
    "carried",
    "document_id",
    "from_edxml",
    "sender_of",
    "to_edxml",
]

NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
"""The edXML namespace of QCVN 102:2016."""

_NS = f"{{{NAMESPACE}}}"
ORGAN_ID = regex.compile(r"\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}")
"""A mã định danh: ``000.00.00.G22`` (QCVN 102:2016, structure ``DDD.DD.DD.LDD``)."""

PRIORITY = {None: 0, Urgency.KHAN: 1, Urgency.THUONG_KHAN: 2, Urgency.HOA_TOC: 3}
"""OtherInfo/Priority: 0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc (4 hỏa tốc hẹn giờ)."""
_URGENCY = {v: k for k, v in PRIORITY.items()} | {4: Urgency.HOA_TOC}
# DocumentType/Type codes are not settled in the sources we have (implementations disagree);
# TypeName carries the type. Công văn is 1 as in the clients the SDK accepts.
_TYPE_CONG_VAN = "1"


@attrs.frozen
class Organisation:
    """A body in an edXML header: mã định danh and name (``From``, ``To``)."""

    organ_id: str
    """Mã định danh điện tử, ``000.00.00.G22``; empty when unknown."""
    name: str
    in_charge: str | None = None
    """The superior body (OrganizationInCharge)."""
    address: str | None = None
    email: str | None = None
    telephone: str | None = None
    fax: str | None = None
    website: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.organ_id and not ORGAN_ID.fullmatch(self.organ_id):
            raise ValueError(
                f"{self.organ_id!r} is not a mã định danh (DDD.DD.DD.LDD, e.g. 000.00.00.G22)"
            )


def _date(date: PartialDate | None) -> str:
    if date is None or not date.is_complete:
        return ""
    assert date.month is not None
    assert date.day is not None
    return f"{date.year:04d}/{date.month:02d}/{date.day:02d}"


def _notation(code: DocumentCode) -> tuple[str, str]:
    """(CodeNumber, CodeNotation): ``619``, ``UBND-VXNV``; a Party code keeps its slash."""
    return code.number or "", code.symbol


def document_id(sender: Organisation, doc: Document) -> str:
    """``OrganId,yyyy/MM/dd,CodeNumber/CodeNotation``, the package's DocumentId."""
    number, notation = _notation(doc.code) if doc.code else ("", "")
    return f"{sender.organ_id},{_date(doc.date)},{number}/{notation}"


def _sub(parent: ET.Element, name: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"edXML:{name}")
    element.text = text or ""
    return element


def _organisation(parent: ET.Element, tag: str, org: Organisation, *, full: bool) -> None:
    node = _sub(parent, tag)
    _sub(node, "OrganId", org.organ_id)
    if full:
        _sub(node, "OrganizationInCharge", org.in_charge)
    _sub(node, "OrganName", org.name)
    if full:
        for name, value in (
            ("OrganAdd", org.address),
            ("Email", org.email),
            ("Telephone", org.telephone),
            ("Fax", org.fax),
            ("Website", org.website),
        ):
            _sub(node, name, value)


def _competence(signature: Signature) -> str:
    return ", ".join(f"{a.prefix or a.kind.value + '.'} {a.holder}" for a in signature.authority)


def _type_name(doc: Document) -> str:
    info = vocab.doc_type(doc.kind) if doc.kind else None
    return info.name if info else (doc.title or "").capitalize()


def sender_of(doc: Document, organ_id: str = "") -> Organisation:
    """The sending body as the document names it (its issuer and parent)."""
    if doc.issuer is None:
        return Organisation(organ_id, "")
    return Organisation(organ_id, doc.issuer.name, in_charge=doc.issuer.parent)


def to_edxml(
    doc: Document,
    *,
    sender: Organisation | None = None,
    recipients: Sequence[Organisation] | None = None,
    steering: int = 1,
) -> bytes:
    """The edXML package (UTF-8 bytes) announcing ``doc``.

    ``sender`` is the ``From`` body with its mã định danh; by default the
    document's issuer without one (:func:`sender_of`). A sender without one gives
    an :class:`~vnadmindoc.errors.IncompleteEdxmlWarning`.  ``recipients`` are the
    ``To`` bodies; by default the Kính gửi entries, by name.  ``steering`` is
    SteeringType (1 not a steering document, 2 steering, 3 a report on steering).
    """
    sender = sender if sender is not None else sender_of(doc)
    if not sender.organ_id:
        warnings.warn(
            "edXML without the sender's mã định danh: its OrganId fields stay empty "
            "(pass sender=sender_of(doc, organ_id))",
            IncompleteEdxmlWarning,
            stacklevel=2,
        )
    root = ET.Element("edXML", {"xmlns": NAMESPACE})
    envelope = ET.SubElement(root, "edXML:edXMLEnvelope", {"xmlns:edXML": NAMESPACE})
    header = _sub(_sub(envelope, "edXMLHeader"), "MessageHeader")
    _organisation(header, "From", sender, full=True)
    to = (
        recipients if recipients is not None else [Organisation("", r.name) for r in doc.addressees]
    )
    for org in to:
        _organisation(header, "To", org, full=False)
    code = _sub(header, "Code")
    number, notation = _notation(doc.code) if doc.code else ("", "")
    _sub(code, "CodeNumber", number)
    _sub(code, "CodeNotation", notation)
    info = _sub(header, "PromulgationInfo")
    _sub(info, "Place", doc.place)
    _sub(info, "PromulgationDate", _date(doc.date))
    kind = _sub(header, "DocumentType")
    _sub(kind, "Type", _TYPE_CONG_VAN if doc.kind == "cong_van" else "0")
    _sub(kind, "TypeName", _type_name(doc))
    subject = doc.subject or ""
    _sub(header, "Subject", f"V/v {subject}" if subject and doc.kind == "cong_van" else subject)
    _sub(header, "Content")
    signer = _sub(header, "SignerInfo")
    first = doc.signatures[0] if doc.signatures else None
    _sub(signer, "Competence", _competence(first) if first else "")
    _sub(signer, "Position", first.position if first else "")
    _sub(signer, "FullName", first.name if first else "")
    _sub(header, "DueDate")
    places = _sub(header, "ToPlaces")
    for entry in doc.distribution:
        _sub(places, "Place", entry.name)
    other = _sub(header, "OtherInfo")
    _sub(other, "Priority", str(PRIORITY[doc.urgency]))
    _sub(other, "SphereOfPromulgation")
    archive = doc.archive
    _sub(other, "TyperNotation", archive.drafter if archive else "")
    copies = archive.copies if archive and archive.copies else None
    _sub(other, "PromulgationAmount", str(copies) if copies else "")
    for reference in doc.references:
        response = _sub(header, "ResponseFor")
        _sub(response, "OrganId")
        ref_number, ref_notation = _notation(reference.code)
        _sub(response, "Code", f"{ref_number}/{ref_notation}")
        _sub(response, "PromulgationDate", _date(reference.date))
        _sub(response, "DocumentId")
    _sub(header, "SteeringType", str(steering))
    _sub(header, "DocumentId", document_id(sender, doc))
    manifest = _sub(_sub(envelope, "edXMLBody"), "edXMLManifest")
    manifest.set("version", "1.0")
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode", short_empty_elements=False)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def _safe_parse(data: bytes | str) -> ET.Element:
    require("defusedxml", needed_by="from_edxml", package="defusedxml", extra="edxml")
    from defusedxml import ElementTree as safe
    from defusedxml.common import DefusedXmlException

    try:
        root: ET.Element = safe.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise DecodeError(
            f"edXML refused: {type(exc).__name__} (DTDs and entities are not read)"
        ) from exc
    except ET.ParseError as exc:
        raise DecodeError(f"not well-formed XML: {exc}") from exc
    return root


def _text(node: ET.Element | None, path: str) -> str:
    """The stripped text of the element at ``path`` (names without the namespace) or ""."""
    found = node.find(_path(path)) if node is not None else None
    return (found.text or "").strip() if found is not None else ""


def _path(path: str) -> str:
    return "/".join(f"{_NS}{part}" for part in path.split("/"))


def _parse_date(text: str) -> PartialDate | None:
    m = regex.fullmatch(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:[ T].*)?", text.strip())
    if not m:
        return None
    try:
        return PartialDate(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _code(number: str, notation: str) -> DocumentCode | None:
    if not notation:
        return None
    # A state notation uses dashes ("UBND-VXNV", "2020/NĐ-CP"); a Party one keeps its slash.
    party = "/" in notation and not regex.match(r"\d{4}/", notation)
    return make_code(number or None, "-" if party else "/", notation)


def _authority(competence: str) -> tuple[Authority, ...]:
    levels = []
    for part in (p.strip() for p in competence.split(", ") if p.strip()):
        m = AUTHORITY.match(fold(part))
        if m is None:
            continue
        prefix = part[m.start("prefix") : m.end("prefix")]
        key = regex.sub(r"[\s./]", "", prefix).upper()
        try:
            kind = AuthorityKind(key)
        except ValueError:
            continue
        printed = part[: m.start("holder")].strip()
        levels.append(Authority(kind, part[m.start("holder") :].strip(), prefix=printed))
    return tuple(levels)


def from_edxml(data: bytes | str) -> Document:
    """The document an edXML package announces (the fields edXML carries).

    Raises :class:`~vnadmindoc.errors.DecodeError` for XML that is not
    well-formed or that declares a DTD or entities, and
    :class:`~vnadmindoc.errors.SchemaError` when no ``MessageHeader`` is found.
    """
    root = _safe_parse(data)
    header = root.find(f".//{_NS}MessageHeader")
    if header is None:
        raise SchemaError("no edXML:MessageHeader in the package")
    sender = header.find(f"{_NS}From")
    type_name = _text(header, "DocumentType/TypeName")
    kind = vocab.kind_from_title(type_name) if type_name else None
    if kind is None and _text(header, "DocumentType/Type") == _TYPE_CONG_VAN:
        kind = "cong_van"
    code = _code(_text(header, "Code/CodeNumber"), _text(header, "Code/CodeNotation"))
    if code is not None and kind == "cong_van" and not code.party:
        code = attrs.evolve(code, doc_type=None)
    printed_subject = _text(header, "Subject")
    subject = regex.sub(r"^(?:V/v|Về việc)\s+", "", printed_subject, flags=regex.IGNORECASE) or None
    name = _text(sender, "OrganName")
    issuer = Issuer(name, _text(sender, "OrganizationInCharge") or None) if name else None
    signature = None
    competence, position, full_name = (
        _text(header, f"SignerInfo/{k}") for k in ("Competence", "Position", "FullName")
    )
    if competence or position or full_name:
        signature = Signature(_authority(competence), position or None, full_name or None)
    drafter = _text(header, "OtherInfo/TyperNotation") or None
    amount = _text(header, "OtherInfo/PromulgationAmount")
    copies = int(amount) if amount.isdecimal() and int(amount) > 0 else None
    priority = _text(header, "OtherInfo/Priority")
    references = []
    for response in header.findall(f"{_NS}ResponseFor"):
        number, _, notation = _text(response, "Code").partition("/")
        ref_code = _code(number, notation)
        if ref_code is not None:
            references.append(
                Reference(ref_code, date=_parse_date(_text(response, "PromulgationDate")))
            )
    info = vocab.doc_type(kind) if kind else None
    return Document(
        kind=kind,
        title=info.name.upper() if info and kind != "cong_van" else None,
        issuer=issuer,
        code=code,
        place=_text(header, "PromulgationInfo/Place") or None,
        date=_parse_date(_text(header, "PromulgationInfo/PromulgationDate")),
        subject=subject,
        urgency=_URGENCY.get(int(priority)) if priority.isdecimal() else None,
        addressees=tuple(
            Recipient(_text(to, "OrganName"))
            for to in header.findall(f"{_NS}To")
            if _text(to, "OrganName")
        ),
        references=tuple(references),
        distribution=tuple(
            Recipient((place.text or "").strip())
            for place in header.findall(_path("ToPlaces/Place"))
            if (place.text or "").strip()
        ),
        archive=ArchiveNote(drafter=drafter, copies=copies) if drafter or copies else None,
        signatures=(signature,) if signature else (),
    )


def carried(doc: Document, sender: Organisation | None = None) -> Document:
    """``doc`` reduced to what an edXML header carries, as :func:`from_edxml` returns it.

    ``from_edxml(to_edxml(doc, sender=s)) == carried(doc, s)`` for every document; the
    issuer is the sender's name and superior body.
    """
    sender = sender if sender is not None else sender_of(doc)
    info = vocab.doc_type(doc.kind) if doc.kind else None
    first = doc.signatures[0] if doc.signatures else None
    archive = doc.archive
    drafter = archive.drafter if archive else None
    copies = archive.copies if archive and archive.copies else None
    return Document(
        kind=doc.kind if info else None,
        title=info.name.upper() if info and doc.kind != "cong_van" else None,
        issuer=Issuer(sender.name, sender.in_charge) if sender.name else None,
        code=doc.code,
        place=doc.place,
        date=doc.date if doc.date is not None and doc.date.is_complete else None,
        subject=doc.subject,
        urgency=doc.urgency,
        addressees=tuple(Recipient(r.name) for r in doc.addressees),
        references=tuple(
            Reference(r.code, date=r.date if r.date and r.date.is_complete else None)
            for r in doc.references
        ),
        distribution=tuple(Recipient(r.name) for r in doc.distribution),
        archive=ArchiveNote(drafter=drafter, copies=copies) if drafter or copies else None,
        signatures=(first,) if first else (),
    )
