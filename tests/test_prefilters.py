"""The whole-text scans that try their pattern only where a cheap search finds its opening
(``segment._tried_at``) find what the pattern's own scan finds: each prefilter must be a
superset of the places its pattern can start. So with the first-word check before a lead is
read (``directives.may_lead``)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vnadmindoc import tasks
from vnadmindoc.clean import clean
from vnadmindoc.fields import directives
from vnadmindoc.fields.recipients import BULLET, LUU, match_bullet, match_luu
from vnadmindoc.layout import Layout
from vnadmindoc.segment import (
    _NGAY,
    _OPENS_NGAY,
    _OPENS_NUMBER,
    _OPENS_NUMBER_ODD,
    _OPENS_PARTY,
    _OPENS_STATE,
    _OPENS_TIEU_NGU,
    AUTHORITY,
    DATE_LINE,
    MOTTO_PARTY,
    MOTTO_STATE,
    NUMBER_LINE,
    RULE_LINE,
    RULE_MARKS,
    TIEU_NGU,
    _before_keyword,
    _openings,
    _tried_at,
    match_authority,
)
from vnadmindoc.text import fold

# Pieces of headings as printed, OCR-garbled and in odd cases, and characters whose case or
# fold is unusual (the Kelvin sign, the long s, the dotted İ).
_PIECES = [
    *["CỘNG HÒA", "Cộng hoà", "C.ỘNG HOÀ", "CQNG HOA", "cộng", "XÃ HỘI", "X A HỘI", "CHỦ NGHĨA"],
    *["VIỆT NAM", "ĐẢNG CỘNG SẢN", "Đ.ẢNG", "Đảng", "Độc lập", "ĐỘC LẬP", "Đ ộc", "- Tự do -"],
    *[
        "Hạnh phúc",
        "Số:",
        "SỐ",
        "S:",
        "S6:",
        "$6:",
        "ſo:",
        "số",
        "So 12",
        "12/QĐ-UBND",
        "ngày",
        "NGÀY",
    ],
    *["Hà Nội,", "tháng 5 năm 2021", "İ", "\u212a", "ſ", " ", "  ", "\n", "\t", "|", "*", "-"],
    *[",", ".", "x", "1"],
]
# Whole phrases with a stray mark or space inside a word, as OCR prints them.
_GARBLED = [
    *["C.ỘNG HÒA XÃ HỘI", "CỘ NG HOÀ X.Ã HỘI", "C ỘNG HÒA SA HOE CHỦ NGHĨA", "c,ộng hoà xã hội"],
    *["Đ.ẢNG CỘNG SẢN VIỆT NAM", "Đ ẢNG CỘNG SẢN", "Đ.ộc lập - Tự do", "Đ ộc lập -"],
    *["S ố: 12/QĐ-UB", "S.ố: 12/QĐ-UB", "$ố: 1/TB"],
]
_TEXTS = st.lists(st.sampled_from(_PIECES + _GARBLED), max_size=24).map("".join)
_SCANS = [
    (MOTTO_STATE, _OPENS_STATE),
    (MOTTO_PARTY, _OPENS_PARTY),
    (TIEU_NGU, _OPENS_TIEU_NGU),
    (NUMBER_LINE, _OPENS_NUMBER),
]


def _spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


@given(_TEXTS)
@example("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/QĐ-UBND")
@example("  $6: 12/QĐ-UBND\n  ſo: 3/TB-VP")
@example("  S: 5819/HQHP-TXNK\n  S6: 12/QĐ-UBND")  # a lost "ố", OCR's "6"
@example("C.ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐ.ẢNG CỘNG SẢN VIỆT NAM\nĐ ộc lập - Tự do")
def test_a_scan_tried_at_its_openings_finds_what_the_whole_scan_finds(text: str) -> None:
    layout = Layout.of(clean(text))
    for pattern, opens in _SCANS:
        if opens is _OPENS_NUMBER and ("$" in layout.lowered or "ſ" in layout.lowered):
            opens = _OPENS_NUMBER_ODD  # as find_anchors chooses
        whole = _spans(pattern.finditer(layout.folded))
        assert _spans(_tried_at(pattern, layout, opens)) == whole, pattern.pattern[:40]


@given(_TEXTS)
@example("Hà Nội, ngày 5 tháng 5 năm 2021\n, NGÀY 1 tháng 1 năm 2020")
def test_date_lines_read_at_the_lowered_ngay_are_those_read_at_every_ngay(text: str) -> None:
    layout = Layout.of(clean(text))
    folded = layout.folded
    keys = _openings(layout, _OPENS_NGAY)
    assert keys == [m.start() for m in _NGAY.finditer(folded)]
    assert _spans(_before_keyword(DATE_LINE, folded, 0, len(folded), keys)) == _spans(
        _before_keyword(DATE_LINE, folded, 0, len(folded))
    )


def test_the_number_line_prefilter_needs_its_odd_letters_only_where_they_are() -> None:
    # "$6" and the long s open a number line only through the odd prefilter.
    layout = Layout.of(clean("  $6: 12/QĐ-UBND"))
    whole = _spans(NUMBER_LINE.finditer(layout.folded))
    assert len(whole) == 1
    assert _spans(_tried_at(NUMBER_LINE, layout, _OPENS_NUMBER)) == []
    assert _spans(_tried_at(NUMBER_LINE, layout, _OPENS_NUMBER_ODD)) == whole


# Items' first words: units, offices, hand-overs, topics, groups, verbs, marks and odd spaces.
_LEAD_PIECES = [
    *["Sở Y tế", "UBND tỉnh", "Ủy ban nhân dân", "Công an", "Ban chỉ đạo", "Bộ phận tiếp nhận"],
    *["Giám đốc", "Phó Chủ tịch", "Chánh Văn phòng", "Trưởng", "Thủ trưởng các"],
    *["Giao", "Giao cho", "Đề nghị", "Yêu cầu:", "Ủy quyền cho", "giao nhiệm vụ cho", "đề nghị"],
    *["Về mua sắm:", "Đối với", "Trường hợp", "Các", "Những", "các huyện", "đơn vị"],
    *["chủ trì", "phối hợp", "tổ chức", "có trách nhiệm", "và", "Tài chính", "Kế hoạch"],
    *[",", ";", ":", "(", ")", " ", "  ", "\t", "\x1c", "\x1f", "\u00a0", "\n", "x", "Sởi"],
]
_LEAD_TEXTS = st.lists(st.sampled_from(_LEAD_PIECES), max_size=30).map(" ".join)


@given(_LEAD_TEXTS)
@example("Sở Y tế chủ trì")
@example("\x1cSở Y tế chủ trì")
@example("Giao: Sở Tài chính bố trí kinh phí")
def test_a_lead_is_read_only_where_its_first_word_may_open_one(text: str) -> None:
    assert directives.may_lead(text) or directives.find_lead(text) is None
    first = directives._WORD.search(text)
    if first is not None and first.group() in directives._OPENERS:
        assert directives._first_word(text) == first.group()


@given(_LEAD_TEXTS)
@example("Ủy ban nhân dân tỉnh giao cho Sở Y tế , UBND tỉnh chủ trì")
def test_a_lead_read_ahead_a_few_words_is_the_lead_read_from_the_whole_window(text: str) -> None:
    few = directives._read_lead(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(directives, "_READ_AHEAD", directives._LEAD_WINDOW)
        assert directives._read_lead(text) == few


_MARKER_PIECES = [
    "a)",
    "đ)",
    "1.",
    "12.3.",
    "٣.",
    "²",
    "-",
    "+",
    "•",
    "–",
    " ",
    "\t",
    "x",
    "A)",
    ")",
]


@given(st.lists(st.sampled_from(_MARKER_PIECES), max_size=8).map("".join))
def test_a_line_is_matched_for_a_marker_wherever_one_may_open_it(line: str) -> None:
    assert tasks._may_mark(line) or tasks._MARKER.match(line) is None


# Line openings for the first-character prefilters of the closing's patterns: bullets, specks,
# prefixes, "Lưu" in its cases, rules, and characters that case-fold oddly.
_OPENINGS = [
    *[" ", "\t", "\u00a0", "\x1c", "-", "–", "—", "~", "•", "+", "*", "_", "▪", "●", "○", "◦"],
    *["„", "‚", "`", "“", "”", '"', "'", "}", ".", "·", "=", ":", ",", "/"],
    *["KT", "K.T", "TM", "T/M", "TL", "TUQ", "Q.", "kt", "luu", "Luu", "LUU", "lau", "Lưu"],
    *["İ", "ı", "\u212a", "ſ", "ǈ", "Ł", "l", "L"],
    *[" VT", " ỦY BAN NHÂN DÂN", " BỘ TRƯỞNG", ": VT, TH.", " Như trên;", "x"],
]
_LINES = st.lists(st.sampled_from(_OPENINGS), max_size=8).map("".join)


@given(_LINES)
@example("  - Như trên;")
@example(" „KT. BỘ TRƯỞNG")
@example("luu: VT")
def test_first_character_prefilters_match_as_their_patterns(text: str) -> None:
    folded = fold(text)
    assert _spans([match_bullet(text)] if match_bullet(text) else []) == _spans(
        [m] if (m := BULLET.match(text)) else []
    )
    assert _spans([match_luu(folded)] if match_luu(folded) else []) == _spans(
        [m] if (m := LUU.match(folded)) else []
    )
    assert _spans([match_authority(folded)] if match_authority(folded) else []) == _spans(
        [m] if (m := AUTHORITY.match(folded)) else []
    )
    stripped = text.strip()
    if RULE_LINE.fullmatch(text):
        assert stripped[:1] in RULE_MARKS
