from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from vnadmindoc.clean import clean


def test_markdown_markers_are_dropped_and_offsets_point_back() -> None:
    source = "Số: **2548** /UBND-KGVX"
    ct = clean(source)
    assert ct.text == "Số: 2548 /UBND-KGVX"
    start = ct.text.index("2548")
    span = ct.source_span(start, start + 4)
    assert span.slice(source) == "2548"


def test_glued_columns_become_lines() -> None:
    source = "Độc lập - Tự do - Hạnh phúc***Điện Biên, ngày 12 tháng 8 năm 2021***Kính gửi:**"
    assert clean(source).text.split("\n") == [
        "Độc lập - Tự do - Hạnh phúc",
        "Điện Biên, ngày 12 tháng 8 năm 2021",
        "Kính gửi:",
    ]


def test_html_superscript_subscript_and_escapes() -> None:
    assert clean("Lưu: VT, KGVX<sup>(HĐĐ)</sup>.").text == "Lưu: VT, KGVX(HĐĐ)."
    assert clean("Lưu: VT, KGVX^(NNT).").text == "Lưu: VT, KGVX(NNT)."
    assert clean("11\\. Hợp nhất").text == "11. Hợp nhất"
    assert clean('<div align="right">\n**TM. ỦY BAN NHÂN DÂN**  \n</div>').text.strip() == (
        "TM. ỦY BAN NHÂN DÂN"
    )


def test_bullets_and_lone_stars_survive() -> None:
    assert clean("* Nội dung hướng dẫn").text == "* Nội dung hướng dẫn"
    assert clean("_ Tiếp tục nâng cấp").text == "_ Tiếp tục nâng cấp"
    assert clean("a_b").text == "a_b"


def test_lookalikes_and_invisible_characters() -> None:
    assert clean("QÐ-UBND").text == "QĐ-UBND"
    assert clean("Sở\u00a0Y\u200b tế").text == "Sở Y tế"
    assert clean("a\r\nb").text == "a\nb"


def test_nfd_input_is_composed_and_mapped() -> None:
    import unicodedata

    source = unicodedata.normalize("NFD", "Hà Nội, ngày 05")
    ct = clean(source)
    assert ct.text == "Hà Nội, ngày 05"
    start = ct.text.index("ngày")
    assert unicodedata.normalize("NFC", ct.source_span(start, start + 4).slice(source)) == "ngày"


def test_pandoc_column_table_reads_column_by_column() -> None:
    source = (
        "  ------------------ ------------------\n"
        "  **Nơi nhận:**       **TM. BAN**\n"
        "  - Như trên;         BÍ THƯ\n"
        "  ------------------ ------------------\n"
    )
    lines = [line.strip() for line in clean(source).text.split("\n") if line.strip()]
    assert lines == ["Nơi nhận:", "- Như trên;", "TM. BAN", "BÍ THƯ"]


@given(st.text())
def test_offset_map_stays_in_bounds_and_ordered(source: str) -> None:
    ct = clean(source)
    for pos in range(0, len(ct.text) + 1, max(1, len(ct.text) // 50)):
        assert 0 <= ct.source_offset(pos) <= len(source)
    span = ct.source_span(0, len(ct.text))
    assert 0 <= span.start <= span.end <= len(source)


@given(st.text(alphabet=st.characters(blacklist_characters="*_<>^\\|¬&[]!#-=~\r\f"), max_size=200))
@example("12∕UBND 3⁄QĐ 4／TB")
def test_text_without_markup_is_copied_verbatim(source: str) -> None:
    import unicodedata

    ct = clean(source)
    expected = unicodedata.normalize("NFC", source)
    for ch in "\u200b\u200c\u200d\u2060\ufeff\u00ad":
        expected = expected.replace(ch, "")
    for a, b in {
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u3000": " ",
        "Ð": "Đ",
        "ð": "đ",
        # Every look-alike slash, the division and fraction slashes too (hypothesis found "∕").
        "／": "/",
        "⁄": "/",
        "∕": "/",
    }.items():
        expected = expected.replace(a, b)
    assert ct.text == expected


def test_identity_is_known_so_spans_need_no_mapping() -> None:
    assert clean("Số: 12/UBND-VX\nHà Nội, ngày 05 tháng 3 năm 2021").is_identity
    assert not clean("**Số: 12/UBND-VX**").is_identity
    assert not clean("Số:\r\n12").is_identity
