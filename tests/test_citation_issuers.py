"""Who issued a cited document, where the text does not put "của <body>" right after its code.

A list of one body's documents names the body once, after the last; a request in brackets
names its writer before ("Xét đề nghị của Bộ Y tế (văn bản số …)"); opinions are listed body
by body ("…, Bộ Tư pháp tại văn bản số …"); a rule is "do <body> ban hành theo" a decision; a
bracketed aside or a garbled date may stand between the code and the body; and a whole name
("Bộ Chính trị") is not run on into what the cited document does.
"""

from __future__ import annotations

import pytest

from vnadmindoc import find_references


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.code.code, r.date.isoformat() if r.date else None, r.issuer)
        for r in find_references(text)
    ]


def test_a_list_of_one_bodys_letters_names_it_once_after_the_last() -> None:
    assert _read(
        "Căn cứ Công văn số 260/BGDĐT-GDTC ngày 31/01/2020 và Công văn số 265/BGDĐT-GDTC ngày "
        "01/02/2020 của Bộ Giáo dục và Đào tạo về việc phòng dịch."
    ) == [
        ("260/BGDĐT-GDTC", "2020-01-31", "Bộ Giáo dục và Đào tạo"),
        ("265/BGDĐT-GDTC", "2020-02-01", "Bộ Giáo dục và Đào tạo"),
    ]


def test_submissions_listed_by_their_numbers_share_the_body_after_them() -> None:
    found = _read(
        "Trên cơ sở xem xét các Tờ trình số 82/TTr-CP ngày 05/3/2024, số 125/TTr-CP ngày "
        "02/4/2024, số 128/TTr-CP ngày 04/4/2024 của Chính phủ và Báo cáo thẩm tra số "
        "2734/BC-UBPL15 ngày 12/4/2024;"
    )
    assert [issuer for _, _, issuer in found] == ["Chính phủ", "Chính phủ", "Chính phủ", None]


def test_documents_of_two_bodies_in_a_list_do_not_share_the_last_body() -> None:
    assert _read(
        "Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 và Thông tư số 38/2015/TT-BTC ngày "
        "25/3/2015 của Bộ Tài chính;"
    ) == [
        ("08/2015/NĐ-CP", "2015-01-21", None),
        ("38/2015/TT-BTC", "2015-03-25", "Bộ Tài chính"),
    ]


def test_a_list_split_by_a_semicolon_is_two_sentences() -> None:
    found = _read(
        "Căn cứ Công văn số 12/BYT-KH ngày 1/2/2020; Công văn số 15/BYT-KH ngày 3/2/2020 của "
        "Bộ Y tế;"
    )
    assert [issuer for _, _, issuer in found] == [None, "Bộ Y tế"]


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Căn cứ các Nghị định của Chính phủ: Số 02/2003/NĐ-CP ngày 14 tháng 01 năm 2003 "
            "về phát triển và quản lý chợ;",
            "Chính phủ",
        ),
        (
            "Căn cứ các Quyết định của Thủ tướng\nChính phủ: số 1400/QĐ-TTg ngày 30/9/2008 về "
            "việc phê duyệt Đề án;",
            "Thủ tướng Chính phủ",
        ),
    ],
)
def test_a_colon_after_the_body_heads_a_list_of_its_acts(text: str, issuer: str) -> None:
    assert _read(text)[0][2] == issuer


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Xét đề nghị của Bộ Y tế (văn bản số 564/TTr-BYT ngày 06 tháng 7 năm 2009) về việc "
            "bổ sung bệnh viện hạng I,",
            "Bộ Y tế",
        ),
        (
            "Xét báo cáo của Phòng Thương mại và Công nghiệp Việt Nam (công văn số 1033/PTM-SME "
            "ngày 15 tháng 4 năm 2009), Phó Thủ tướng có ý kiến như sau:",
            "Phòng Thương mại và Công nghiệp Việt Nam",
        ),
        # Only a request, a report or an opinion names who wrote the bracketed document.
        ("Trụ sở của Bộ Y tế (văn bản số 564/TTr-BYT ngày 06/7/2009) được sửa chữa.", None),
    ],
)
def test_a_bracketed_citation_after_a_request_was_written_by_its_body(
    text: str, issuer: str | None
) -> None:
    assert _read(text)[0][2] == issuer


def test_opinions_listed_body_by_body_each_name_their_writer() -> None:
    found = _read(
        "Ý kiến của Bộ Tài chính tại văn bản số 15988/BTC-PC ngày 29 tháng 12 năm 2020, Bộ Tài "
        "nguyên và Môi trường tại văn bản số 7233/BTNMT-BĐKH ngày 22 tháng 12 năm 2020, Bộ Tư "
        "pháp tại văn bản số 4670/BTP-PLDSKT ngày 15 tháng 12 năm 2020 về chủ trương;"
    )
    assert [issuer for _, _, issuer in found] == [
        "Bộ Tài chính",
        "Bộ Tài nguyên và Môi trường",
        "Bộ Tư pháp",
    ]


def test_a_clause_in_lower_case_before_tai_names_no_writer() -> None:
    found = _read("Hồ sơ nộp tại Ủy ban, bộ phận một cửa tại văn bản số 12/UBND-VP ngày 1/2/2020.")
    assert found == [("12/UBND-VP", "2020-02-01", None)]


def test_a_rule_issued_by_a_body_under_a_decision_names_the_decisions_issuer() -> None:
    assert _read(
        "- Căn cứ Quy chế Cán bộ Đoàn TNCS Hồ Chí Minh do Ban Bí thư Trung\nương Đảng ban hành "
        "theo Quyết định số 289-QĐ/TW ngày 08/02/2010;"
    ) == [("289-QĐ/TW", "2010-02-08", "Ban Bí thư Trung ương Đảng")]


def test_do_inside_a_word_is_not_by() -> None:
    # Folded, "Đoàn" opens with "do": no "do" word, no issuer.
    assert _read("Căn cứ Điều lệ Đoàn ban hành theo Quyết định số 289-QĐ/TW ngày 08/02/2010;") == [
        ("289-QĐ/TW", "2010-02-08", None)
    ]


def test_a_bracketed_aside_between_the_code_and_its_date_is_passed_over() -> None:
    assert _read(
        "- Tại Nghị định số 124/2008/NĐ-CP (tiết g khoản 2 Điều 9) ngày\n11/12/2008 của Chính "
        "phủ quy định chi tiết"
    ) == [("124/2008/NĐ-CP", "2008-12-11", "Chính phủ")]


def test_an_aside_followed_by_neither_date_nor_body_ends_the_citation() -> None:
    assert _read("Theo Nghị định số 124/2008/NĐ-CP (đã hết hiệu lực) quy định của Chính phủ.") == [
        ("124/2008/NĐ-CP", None, None)
    ]


@pytest.mark.parametrize("date", ["ngày 08/6/20210", "ngày 3 1/5/2007"])
def test_a_date_with_garbled_figures_does_not_hide_the_body_after_it(date: str) -> None:
    assert _read(f"Căn cứ Nghị định số 63/2010/NĐ-CP {date} của Chính phủ về kiểm soát;") == [
        ("63/2010/NĐ-CP", None, "Chính phủ")
    ]


@pytest.mark.parametrize(
    "name",
    ["Cục Hải quan TP. Hồ Chí Minh", "Bộ Văn hóa, Thể thao, Du lịch"],
)
def test_a_citys_abbreviation_and_a_listed_ministry_go_on_past_their_marks(name: str) -> None:
    assert _read(f"Thực hiện Công văn số 920/HQHCM-TXNK ngày 1/9/2020 của {name} về việc")[0][
        2
    ] == (name)


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        ("Bộ Chính trị\nphân cấp quản lý cán bộ;", "Bộ Chính trị"),
        ("Bộ Tài chính quy\nđịnh chi tiết;", "Bộ Tài chính"),
        # Names whose lower-case words are their own are read whole.
        ("Bộ Nông nghiệp và Phát triển nông thôn;", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Bộ Giao thông vận tải;", "Bộ Giao thông vận tải"),
        ("Ủy ban nhân dân tỉnh Lào Cai;", "Ủy ban nhân dân tỉnh Lào Cai"),
    ],
)
def test_a_whole_name_is_not_run_on_into_what_the_document_does(after: str, issuer: str) -> None:
    assert _read(f"Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của {after}")[0][2] == issuer


def test_a_body_of_up_to_fourteen_words_opens_the_sentence_that_cites() -> None:
    assert _read(
        "Ngày 31 tháng 12 năm 2020, Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo đã ban hành "
        "Công văn số 2085/QLCL-KĐCLGD về việc hướng dẫn tự đánh giá."
    ) == [("2085/QLCL-KĐCLGD", "2020-12-31", "Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo")]
