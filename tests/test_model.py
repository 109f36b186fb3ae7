from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from vnadmindoc import (
    Document,
    DocumentCode,
    Issuer,
    PartialDate,
    Recipient,
    Span,
    SpanMap,
)


def test_partial_date_precision_and_iso() -> None:
    assert PartialDate(2021, 9, 17).isoformat() == "2021-09-17"
    assert PartialDate(2021, 5).isoformat() == "2021-05"
    assert PartialDate(2025).isoformat() == "2025"
    assert PartialDate.fromisoformat("2021-05") == PartialDate(2021, 5)
    assert PartialDate(2021, 9, 17).to_date() == dt.date(2021, 9, 17)
    assert not PartialDate(2021, 5).is_complete


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((2021, 2, 30), "day 30"),
        ((2021, 13), "month 13"),
        ((2021, None, 3), "a day needs a month"),
        ((0,), "year 0"),
    ],
)
def test_partial_date_rejects_impossible_dates(args: tuple[int, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PartialDate(*args)


def test_partial_date_to_date_needs_a_full_date() -> None:
    with pytest.raises(ValueError, match="partial"):
        PartialDate(2021, 5).to_date()


def test_code_parts_state_party_and_normative() -> None:
    state = DocumentCode(number="2548", symbol="UBND-KGVX")
    assert (state.code, state.issuer, state.units, state.year) == (
        "2548/UBND-KGVX",
        "UBND",
        ("KGVX",),
        None,
    )
    law = DocumentCode(number="30", symbol="2020/NĐ-CP", doc_type="NĐ")
    assert (law.code, law.year, law.issuer) == ("30/2020/NĐ-CP", 2020, "CP")
    party = DocumentCode(number="274", symbol="TB/TU", party=True, doc_type="TB")
    assert (party.code, party.issuer) == ("274-TB/TU", "TU")
    draft = DocumentCode(number=None, symbol="CV/BCSĐ", party=True, doc_type="CV")
    assert draft.code == "-CV/BCSĐ"


def test_spans_are_not_part_of_equality() -> None:
    a = Recipient("Sở Y tế", span=Span(0, 7))
    b = Recipient("Sở Y tế", span=Span(10, 17))
    assert a == b
    assert Recipient("Sở Y tế") != Recipient("Sở Tài chính")


def test_model_is_immutable_and_picklable() -> None:
    doc = Document(
        kind="cong_van",
        issuer=Issuer("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"),
        addressees=[Recipient("Sở Y tế")],
        spans=SpanMap((("place", Span(1, 3)),)),
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.kind = "x"  # type: ignore[misc]
    assert isinstance(doc.addressees, tuple)
    clone = pickle.loads(pickle.dumps(doc))
    assert clone == doc
    assert clone.spans["place"] == Span(1, 3)
    assert hash(clone) == hash(doc)


def test_span_map_is_a_mapping() -> None:
    spans = SpanMap((("place", Span(1, 3)), ("date", Span(5, 9))))
    assert dict(spans) == {"place": Span(1, 3), "date": Span(5, 9)}
    assert spans.get("subject") is None
    with pytest.raises(KeyError):
        spans["subject"]


def test_span_validation_and_slice() -> None:
    assert Span(4, 9).slice("Số: 2548/UBND") == "2548/"
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 2)
