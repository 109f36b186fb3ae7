"""edXML packages (QCVN 102:2016): structure, round trips, safe reading."""

from __future__ import annotations

import warnings
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given

from vnadmindoc import (
    DecodeError,
    Document,
    IncompleteEdxmlWarning,
    Issuer,
    SchemaError,
    parse_file,
    qcvn102,
)
from vnadmindoc.fields.codes import make_code
from vnadmindoc.qcvn102 import NAMESPACE, Organisation, carried, from_edxml, to_edxml
from vnadmindoc.strategies import documents

from .conftest import CORPUS, EXAMPLES, ROUND_TRIPS

SENDER = Organisation("000.00.00.H07", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN")
SAMPLE = CORPUS.parents[1] / "spec" / "edxml-sample.edxml"
W = f"{{{NAMESPACE}}}"


@ROUND_TRIPS
@given(documents(parseable=False))
def test_round_trip_keeps_every_field_edxml_carries(doc: Document) -> None:
    sender = qcvn102.sender_of(doc, "000.00.00.H07")
    assert from_edxml(to_edxml(doc, sender=sender)) == carried(doc, sender)
    with pytest.warns(IncompleteEdxmlWarning):
        assert from_edxml(to_edxml(doc)) == carried(doc)  # the issuer speaks for itself
    assert from_edxml(to_edxml(doc, sender=SENDER)).issuer == Issuer(SENDER.name)


def test_a_sender_without_its_identifier_is_warned_of() -> None:
    (doc,) = parse_file(EXAMPLES / "cong-van-619-UBND-VXNV.txt")
    with pytest.warns(IncompleteEdxmlWarning, match="mã định danh"):
        to_edxml(doc, sender=Organisation("", SENDER.name))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        to_edxml(doc, sender=SENDER)


def test_the_example_document_as_the_sdk_reads_it() -> None:
    (doc,) = parse_file(EXAMPLES / "cong-van-619-UBND-VXNV.txt")
    root = ET.fromstring(to_edxml(doc, sender=SENDER))
    assert root.tag == f"{W}edXML"
    (envelope,) = list(root)
    assert envelope.tag == f"{W}edXMLEnvelope"
    header = envelope.find(f"{W}edXMLHeader/{W}MessageHeader")
    assert header is not None

    def text(path: str) -> str | None:
        node = header.find("/".join(W + p for p in path.split("/")))
        return None if node is None else node.text

    assert text("Code/CodeNumber") == "619"
    assert text("Code/CodeNotation") == "UBND-VXNV"
    assert text("PromulgationInfo/PromulgationDate") == "2021/02/01"
    assert text("DocumentType/TypeName") == "Công văn"
    assert text("SignerInfo/Competence") == "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH"
    assert text("OtherInfo/Priority") == "0"
    assert text("DocumentId") == "000.00.00.H07,2021/02/01,619/UBND-VXNV"
    assert [p.text for p in header.iter(f"{W}Place")][:2] == [
        "Bắc Kạn",
        "Các đơn vị không có TD Office",
    ]


@pytest.mark.skipif(not SAMPLE.exists(), reason="edxml-sample.edxml not beside the checkout")
def test_the_package_the_real_sdk_accepts_reads_back() -> None:
    doc = from_edxml(SAMPLE.read_bytes())
    assert doc.code is not None
    assert doc.code.code == "619/UBND-VXNV"
    assert doc.kind == "cong_van"
    assert (doc.place, str(doc.date and doc.date.isoformat())) == ("Bắc Kạn", "2021-02-01")
    assert doc.subject == "thực hiện Thông báo số 22/TB-VPCP"
    assert doc.signatures[0].position == "PHÓ CHỦ TỊCH"
    assert doc.signatures[0].authority[0].holder == "CHỦ TỊCH"
    assert [r.name for r in doc.distribution] == ["Như trên", "TT Tỉnh ủy (b/c)"]
    assert doc.archive is not None
    assert doc.archive.copies == 1
    # Every element our package writes is one the SDK's sample has, in a compatible order.
    ours = [e.tag for e in ET.fromstring(to_edxml(doc, sender=SENDER)).iter()]
    theirs = {e.tag for e in ET.fromstring(SAMPLE.read_bytes()).iter()}
    assert set(ours) - theirs <= {f"{W}ResponseFor"}


def test_party_and_normative_codes_survive() -> None:
    for code in ("274-TB/TU", "30/2020/NĐ-CP", "-CV/BCSĐ"):
        doc = Document(kind="thong_bao", code=make_code(*_split(code)))
        back = from_edxml(to_edxml(doc, sender=SENDER))
        assert back.code == doc.code


def _split(code: str) -> tuple[str | None, str, str]:
    if "-" in code.split("/")[0]:
        number, _, symbol = code.partition("-")
        return number or None, "-", symbol
    number, _, symbol = code.partition("/")
    return number or None, "/", symbol


@pytest.mark.parametrize(
    "payload",
    [
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>',
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        b"<edXML><unclosed></edXML>",
    ],
    ids=["entity-expansion", "external-entity", "malformed"],
)
def test_hostile_or_broken_xml_is_refused(payload: bytes) -> None:
    with pytest.raises(DecodeError):
        from_edxml(payload)


def test_a_package_without_a_header_is_a_schema_error() -> None:
    with pytest.raises(SchemaError):
        from_edxml(f'<edXML xmlns="{NAMESPACE}"/>'.encode())


def test_organisation_ids_are_checked() -> None:
    assert Organisation("000.00.18.G12", "TỔNG CỤC THUẾ").organ_id == "000.00.18.G12"
    with pytest.raises(ValueError, match="mã định danh"):
        Organisation("G22", "VĂN PHÒNG CHÍNH PHỦ")


def test_module_is_not_named_after_the_unrelated_pypi_project() -> None:
    assert qcvn102.__name__ == "vnadmindoc.qcvn102"
    assert Path(qcvn102.__file__).name == "qcvn102.py"
