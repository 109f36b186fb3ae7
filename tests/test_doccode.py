"""The python-stdnum-shaped số/ký hiệu module."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmindoc import doccode, vocab
from vnadmindoc.errors import (
    InconsistentComponent,
    InvalidCode,
    InvalidComponent,
    InvalidFormat,
    VnAdminDocError,
)

STATE_EXAMPLES = [
    (t.slug, t.state_code, t.state_example) for t in vocab.DOC_TYPES if t.state_example
]
PARTY_EXAMPLES = [
    (t.slug, t.party_code, t.party_example) for t in vocab.DOC_TYPES if t.party_example
]


def test_every_type_in_the_tables_has_an_example() -> None:
    for t in vocab.DOC_TYPES:
        if t.state_code:
            assert t.state_example, t.slug
        if t.party_code:
            assert t.party_example, t.slug


@pytest.mark.parametrize(("slug", "abbreviation", "example"), STATE_EXAMPLES)
def test_state_examples_validate_and_split(
    slug: str, abbreviation: str | None, example: str
) -> None:
    assert doccode.validate(example) == example
    parts = doccode.split(example)
    assert not parts.party
    assert parts.doc_type == abbreviation
    # The example's type agrees with its slug; codes without a type are công văn or laws.
    if abbreviation:
        assert doccode.is_valid(example, kind=slug)


@pytest.mark.parametrize(("slug", "abbreviation", "example"), PARTY_EXAMPLES)
def test_party_examples_validate_and_split(slug: str, abbreviation: str, example: str) -> None:
    assert doccode.validate(example) == example
    parts = doccode.split(example)
    assert parts.party
    assert parts.doc_type == abbreviation
    assert doccode.is_valid(example, kind=slug)


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("Số: 2548 /UBND-KGVX", "2548/UBND-KGVX"),
        ("Số:   /QĐ-UBND", "/QĐ-UBND"),
        ("-CV/BCSĐ", "-CV/BCSĐ"),
        ("Số 36-HD/VPTW", "36-HD/VPTW"),
        ("15/QÐ-BNV", "15/QĐ-BNV"),  # U+00D0
        ("15\u2013QĐ/TU", "15-QĐ/TU"),  # en dash
        ("15\uff0fQĐ-BNV", "15/QĐ-BNV"),  # full-width slash
        ("15/QĐ-\u00a0BNV", "15/QĐ-BNV"),  # no-break space
        (unicodedata.normalize("NFD", "15/QĐ-BNV"), "15/QĐ-BNV"),
        ("12/TTr-UBND", "12/TTr-UBND"),  # mixed case stays
        ("20/2020/QĐ-TTg", "20/2020/QĐ-TTg"),
        ("01/2015/TTLT-BNV-VPCP", "01/2015/TTLT-BNV-VPCP"),
    ],
)
def test_validate_returns_the_canonical_form(printed: str, canonical: str) -> None:
    assert doccode.validate(printed) == canonical


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("", InvalidFormat),
        ("hello", InvalidFormat),
        ("15/UBND", InvalidFormat),  # one group: neither TYPE-BODY nor BODY-UNIT
        ("00/QĐ-BNV", InvalidFormat),
        ("15/QĐ/BNV", InvalidFormat),
        ("274-XYZ/TU", InvalidComponent),  # not a Party type
        ("30/2020/XX-CP", InvalidComponent),  # year without a normative type
        ("15/2024/GM-UBND", InconsistentComponent),  # a Giấy mời is never normative
    ],
)
def test_validate_raises_the_right_error(code: str, error: type[InvalidCode]) -> None:
    with pytest.raises(error):
        doccode.validate(code)
    assert not doccode.is_valid(code)


def test_errors_form_one_tree_with_default_messages() -> None:
    for error in (InvalidFormat, InvalidComponent, InconsistentComponent):
        assert issubclass(error, InvalidCode)
        assert issubclass(error, ValueError)
        assert issubclass(error, VnAdminDocError)
        assert str(error())  # a default message
    assert str(InvalidComponent()) != str(InconsistentComponent())


def test_consistency_with_the_title_and_the_date() -> None:
    assert doccode.is_valid("15/QĐ-BNV", kind="quyet_dinh")
    with pytest.raises(InconsistentComponent):
        doccode.validate("15/QĐ-BNV", kind="quy_dinh")
    with pytest.raises(InconsistentComponent):
        doccode.validate("05/BNV-VP", kind="quyet_dinh")
    assert doccode.is_valid("05/BNV-VP", kind="cong_van")
    assert doccode.is_valid("30/2020/NĐ-CP", year=2020)
    with pytest.raises(InconsistentComponent, match="2021"):
        doccode.validate("30/2021/NĐ-CP", year=2020)


def test_lookalikes_are_reported() -> None:
    found = doccode.lookalikes("15\u2013QÐ/TU")
    assert [(f.found, f.expected) for f in found] == [("\u2013", "-"), ("\u00d0", "Đ")]
    assert doccode.lookalikes("15/QĐ-BNV") == []
    spaced = doccode.lookalikes("15/QĐ-\u00a0BNV")
    assert [(f.position, f.expected) for f in spaced] == [(6, " ")]
    decomposed = doccode.lookalikes(unicodedata.normalize("NFD", "12/TTr-SỞ"))
    assert [(f.position, len(f.found), f.expected) for f in decomposed] == [(8, 3, "Ở")]


def test_format_pads_small_numbers_and_labels_by_family() -> None:
    assert doccode.format("5/BNV-VP") == "05/BNV-VP"
    assert doccode.format("5/BNV-VP", label=True) == "Số: 05/BNV-VP"
    assert doccode.format("274-TB/TU", label=True) == "Số 274-TB/TU"
    assert doccode.format("/UBND-VX", label=True) == "Số: /UBND-VX"
    assert doccode.format("Số: 2548 /UBND-KGVX") == "2548/UBND-KGVX"


def test_parse_gives_the_model() -> None:
    code = doccode.parse("Số: 30/2020/NĐ-CP")
    assert (code.number, code.symbol, code.doc_type, code.year) == ("30", "2020/NĐ-CP", "NĐ", 2020)
    assert doccode.parse("-CV/BCSĐ").party


@given(st.text(max_size=40))
def test_is_valid_never_raises_and_compact_is_idempotent(text: str) -> None:
    assert isinstance(doccode.is_valid(text), bool)
    once = doccode.compact(text)
    assert doccode.compact(once) == once


_BODIES = st.sampled_from(["UBND", "BNV", "SYT", "VPCP", "BCSĐ", "TU", "HU", "UBKTTU", "CP", "TTg"])
_UNITS = st.sampled_from(["VP", "KGVX", "TTĐT", "TCCB", "VX"])
_NUMBERS = st.one_of(st.just(""), st.integers(1, 99999).map(str))
_NORMATIVE = sorted(c for t in vocab.DOC_TYPES if t.normative and (c := t.state_code))


@st.composite
def codes(draw: st.DrawFn) -> str:
    """Valid codes of every style: typed, công văn, normative, law, copy, Party, drafts."""
    number = draw(_NUMBERS)
    body, unit = draw(_BODIES), draw(_UNITS)
    style = draw(st.sampled_from(["typed", "cong_van", "normative", "law", "copy", "party"]))
    year = draw(st.integers(1990, 2030))
    if style == "typed":
        return f"{number}/{draw(st.sampled_from(sorted(vocab.STATE_CODES)))}-{body}"
    if style == "cong_van":
        return f"{number}/{body}-{unit}"
    if style == "normative":
        return f"{number}/{year}/{draw(st.sampled_from(_NORMATIVE))}-{body}"
    if style == "law":
        legislature = draw(st.sampled_from(["QH", "UBTVQH"]))
        return f"{number}/{year}/{legislature}{draw(st.integers(1, 16))}"
    if style == "copy":
        return f"{number}/{draw(st.sampled_from(['SY', 'TrS', 'SL']))}-{body}"
    return f"{number}-{draw(st.sampled_from(sorted(vocab.PARTY_CODES)))}/{body}"


@given(codes(), st.booleans())
def test_validate_of_format_is_format(code: str, spaced: bool) -> None:
    printed = code.replace("/", " / ") if spaced else code
    formatted = doccode.format(printed)
    assert doccode.validate(formatted) == formatted
    assert doccode.is_valid(doccode.format(printed, label=True))
    assert doccode.split(formatted).issuer in code
