"""Nothing of the input is lost.

Every word lands in a field, the body, the appendix or `unplaced`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from vnadmindoc import Document, parse, to_dict
from vnadmindoc.clean import clean
from vnadmindoc.text import fold

from .conftest import corpus_files

# Words of the fixed labels the model represents by structure rather than text, compared
# without diacritics because they are recognised that way (OCR drops them); with the
# misreadings read as labels: "Vw" (V/v), "Kink", "inh" (Kính), "nhậm", "nhật", "niệm" (nhận).
LABELS = set(
    fold(
        """số ngày tháng năm kính gửi nơi nhận lưu v về việc độc lập tự do hạnh phúc
        cộng hòa xã hội chủ nghĩa việt nam đảng sản tm kt tl tuq q t m k l uq
        vw kink inh nhậm nhật niệm"""
    ).split()
)


# OCR glues label words together ("ngàyháng"), and "(2b)" is read as copies=2.
_LABEL_WORDS = sorted(LABELS | {"hang"}, key=len, reverse=True)
_GLUED = regex.compile(r"(?:\d+|" + "|".join(_LABEL_WORDS) + r")+")
_COPIES = regex.compile(r"\d+(?:b|ban)")


def _is_label(word: str) -> bool:
    folded = fold(word)
    return bool(_GLUED.fullmatch(folded) or _COPIES.fullmatch(folded))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _words(text: str) -> set[str]:
    # Compared without diacritics: fixed phrases are written in their official form ("Nhu
    # trên" → "Như trên"), which restores diacritics but drops no word.
    return {fold(w).casefold() for w in regex.findall(r"[\p{L}\p{N}]+", text)}


def assert_nothing_lost(source: str, documents: list[Document]) -> None:
    placed: set[str] = set()
    for doc in documents:
        placed |= _words(" ".join(_strings(to_dict(doc))))
    missing = {w for w in _words(clean(source).text) - placed if not _is_label(w)}
    assert not missing, sorted(missing)[:20]


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.stem)
def test_corpus_documents_lose_no_word(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert_nothing_lost(source, parse(source))


def test_unplaced_text_is_kept_with_its_reason() -> None:
    source = (
        "Số: 01/UBND-VP\nHà Nội, ngày 05 tháng 3 năm 2020\n\nNội dung.\n\n93\n\n"
        "Nơi nhận:\n- Như trên;"
    )
    (doc,) = parse(source)
    assert [(f.text, f.reason) for f in doc.unplaced] == [("93", "noise")]
    assert doc.unplaced[0].span is not None
    assert doc.unplaced[0].span.slice(source) == "93"


def test_heading_lines_above_the_parent_body_are_kept() -> None:
    # Found by the shuffled-lines property below: three levels of bodies in the heading.
    source = "TỈNH ĐIỆN BIÊN\nỦY BAN NHÂN DÂN\nSỞ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    (doc,) = parse(source)
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("ỦY BAN NHÂN DÂN", "SỞ Y TẾ")
    assert [f.text for f in doc.unplaced] == ["TỈNH ĐIỆN BIÊN"]
    assert_nothing_lost(source, [doc])


@pytest.mark.parametrize(
    "source",
    [
        "TỈNH ĐIỆN BIÊN\nỦY BAN NHÂN DÂN\nỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "| Nơi nhận: | TM. ỦY BAN |\nAAa:",  # a group heading with nothing under it
        "KHẨN\nHOA TOC",  # a second urgency mark
        "VW/",  # OCR's "V/v" as the label of an empty trích yếu
        "Kink gửi: Sở Y tế",  # OCR's labels, read as labels
        "Nội dung ./.\nNơi niệm g BỘ TRƯỞNG\n- A;\n- B;\n- C;\n- D;\n- Lưu: VT, TCT.",
    ],
)
def test_cases_the_shuffled_lines_property_found(source: str) -> None:
    assert_nothing_lost(source, parse(source))


lines = st.sampled_from(
    [
        "ỦY BAN NHÂN DÂN",
        "TỈNH ĐIỆN BIÊN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 2548 /UBND-KGVX",
        "V/v triển khai Thông báo 274-TB/TU",
        "Điện Biên, ngày 12 tháng 8 năm 2021",
        "Hà Nội, ngày    tháng    năm",
        "Lai Châu, ngày tháng 5 năm 2021",
        "*Hà",
        "Nội, ngày 21 tháng 11 năm 2025*",
        "+----------+----------+",
        "| Nơi nhận: | TM. ỦY BAN |",
        "**TH****Ủ",
        "Xét đề nghị của Sở Nội vụ tại Tờ trình số357/TTr-SNV;",
        "- VPCP: BTCN, các Vụ: KTTH,",
        "TH;",
        "KT. BỘ TRƯỞNG,",
        "CHỦ NHIỆM",
        "Kính gửi:",
        "- Các sở, ban, ngành tỉnh;",
        "1. Giao Sở Y tế chủ trì;",
        "Nơi nhận:",
        "- Lưu: VT, KGVX (3).",
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Vù A Bằng",
        "QUYẾT ĐỊNH",
        "KHẨN",
        "93",
        "",
    ]
)


@given(st.lists(st.one_of(lines, st.text(max_size=40)), max_size=40))
def test_shuffled_document_lines_lose_no_word(parts: list[str]) -> None:
    source = "\n".join(parts)
    assert_nothing_lost(source, parse(source))
