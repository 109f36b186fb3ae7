"""Texts that lost every letter outside ASCII: read with the letters given back, printed as
they are. The two kinds of damage are made here from real documents (the dev corpus and the
bundled example), as the held-out files ``ar-a-0*`` (letters spaced out) and ``t-a-03``
(letters dropped) have them."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnadmindoc
from vnadmindoc import parse, to_dict
from vnadmindoc.clean import clean
from vnadmindoc.restore import lost_letters, restore, skeleton

from .conftest import EXAMPLES, corpus_files

EXAMPLE = EXAMPLES / "cong-van-619-UBND-VXNV.txt"


def dropped(text: str) -> str:
    """``text`` as an export that drops every letter outside ASCII prints it."""
    return "".join(ch for ch in text if ch.isascii() or not ch.isalpha())


def spaced(text: str) -> str:
    """``text`` as an export that writes a space for each byte of such a letter prints it."""
    return "".join(
        ch if ch.isascii() or not ch.isalpha() else " " * len(ch.encode()) for ch in text
    )


def _text(path: Path) -> str:
    return unicodedata.normalize("NFC", vnadmindoc.read_text(path))


def test_only_a_text_that_lost_its_letters_is_restored() -> None:
    text = _text(EXAMPLE)
    assert lost_letters(text) is None
    assert lost_letters(dropped(text)) == "dropped"
    assert lost_letters(spaced(text)) == "spaced"
    # Vietnamese typed without diacritics keeps its vowels: nothing was lost.
    plain = "Ha Noi, ngay 12 thang 4 nam 2012\nCong hoa xa hoi chu nghia Viet Nam"
    assert lost_letters(plain) is None
    assert lost_letters("The quick brown fox, in English, is left alone.") is None
    assert restore(clean(text)) is None


@pytest.mark.parametrize("damage", [dropped, spaced], ids=["dropped", "spaced"])
def test_the_example_reads_as_before_and_prints_as_damaged(damage: Callable[[str], str]) -> None:
    text = _text(EXAMPLE)
    (doc,) = parse(text)
    (again,) = parse(damage(text))
    # What the parser reads: the same document, its values printed without the letters.
    assert again.kind == doc.kind == "cong_van"
    assert again.date == doc.date
    assert again.code is not None
    assert doc.code is not None
    assert again.code.code == damage(doc.code.code)
    assert again.motto == doc.motto
    assert again.issuer is not None
    assert doc.issuer is not None
    assert " ".join(again.issuer.name.split()) == " ".join(damage(doc.issuer.name).split())
    assert [r.code.code for r in again.references] == [damage(r.code.code) for r in doc.references]
    assert [d.label for d in again.directives] == [d.label for d in doc.directives]
    assert [len(s.authority) for s in again.signatures] == [
        len(s.authority) for s in doc.signatures
    ]
    # Every span points at the damaged text's own characters.
    damaged = damage(text)
    for name, span in again.spans.items():
        if name == "place":
            assert " ".join(span.slice(damaged).split()) == " ".join(again.place.split())


def test_printed_values_are_the_texts_own() -> None:
    text = dropped(_text(EXAMPLE))
    (doc,) = parse(text)
    values: list[str] = []

    def strings(value: object) -> None:
        if isinstance(value, str):
            values.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                strings(v)
        elif isinstance(value, list):
            for v in value:
                strings(v)

    strings(to_dict(doc))

    # No letter the text does not have, but the fixed phrase "Như trên"; its punctuation stays.
    def foreign(value: str) -> bool:
        return any(ch.isalpha() and not ch.isascii() for ch in value)

    assert not [v for v in values if foreign(v) and v != "Như trên"]
    assert any(not v.isascii() for v in values)  # "–", "…" as printed


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_damaged_real_documents_keep_their_codes_and_dates(path: Path) -> None:
    text = _text(path)
    docs = parse(text)
    again = parse(dropped(text))
    assert len(again) == len(docs)
    # Codes as printed: "64/2024/Q-UBND" is what the damaged text has of "64/2024/QĐ-UBND".
    assert [d.code.code if d.code else None for d in again] == [
        dropped(d.code.code) if d.code else None for d in docs
    ]
    assert [d.date for d in again] == [d.date for d in docs]


@settings(max_examples=50, deadline=None)  # the fuzz target (fuzz/) goes further
@given(st.data())
def test_damaged_texts_never_crash(data: st.DataObject) -> None:
    text = _text(EXAMPLE)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    letters = "ABCDEGHIKLMNOPQRSTUVXYabcdeghiklmnopqrstuvxy"
    noise = data.draw(st.text(alphabet=" \n\t.-/:0123456789" + letters))
    damage = data.draw(st.sampled_from([dropped, spaced]))
    sample = damage(text[:lo]) + noise + damage(text[hi:])
    for doc in parse(sample):
        if doc.span is not None:
            assert 0 <= doc.span.start <= doc.span.end <= len(sample)


def test_skeletons() -> None:
    assert skeleton("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == "CNG HA X HI CH NGHA VIT NAM"
    assert dropped("Độc lập") == "c lp"
    assert spaced("Độc lập") == "     c l   p"


def test_a_word_files_binary_header_does_not_hide_lost_letters() -> None:
    # A .doc read as text: its header's bytes decode to letters of other scripts ("ࡱ"), and
    # the document after it lost its own letters outside ASCII.
    text = "ࡱ> q` `bjbjqPqP 8::%DDD8VDdD|^nBFBF\n" + dropped(_text(EXAMPLE))
    assert lost_letters(text) == "dropped"
    (doc,) = parse(text)
    (clean_doc,) = parse(_text(EXAMPLE))
    assert (doc.kind, doc.date) == (clean_doc.kind, clean_doc.date)


def test_a_text_with_vietnamese_letters_and_other_scripts_is_not_restored() -> None:
    text = _text(EXAMPLE) + "\nPhụ lục: 中文 ࡱ"
    assert lost_letters(text) is None


def test_a_binary_header_with_latin_letters_does_not_hide_lost_letters() -> None:
    # "Ȁ" (U+0200) is a Latin letter, but no Vietnamese one: the letters were still lost.
    text = "ࡱ> Ȁ q` `bjbj\n" + dropped(_text(EXAMPLE))
    assert lost_letters(text) == "dropped"


def test_other_alphabets_letters_stay_in_a_restored_text() -> None:
    text = (
        "UBND TNH NGH AN\nS: 12/Q-UBND\nNgh An, ngy 5 thng 4 nm 2020\nQUYT NH\n"
        "V vic cp php cho Cng ty 中国建设 hot ng\nCn c Lut;\n"
    )
    (doc,) = parse(text)
    assert doc.kind == "quyet_dinh"
    assert doc.subject is not None
    assert "中国建设" in doc.subject
