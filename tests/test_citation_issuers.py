"""Who issued a cited document, where the text does not put "của <body>" right after its code.

A list of one body's documents names the body once, after the last; a request in brackets
names its writer before ("Xét đề nghị của Bộ Y tế (văn bản số …)"); opinions are listed body
by body ("…, Bộ Tư pháp tại văn bản số …"); a rule is "do <body> ban hành kèm theo" a
decision; a bracketed aside or a garbled date may stand between the code and the body; and a
whole name ("Bộ Chính trị") is not run on into what the cited document does.

The guards are inputs that a review (review 26) wrote to make these rules misfire.
"""

from __future__ import annotations

import pytest

from vnadmindoc import find_references


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (r.code.code, r.date.isoformat() if r.date else None, r.issuer)
        for r in find_references(text)
    ]


def _issuers(text: str) -> list[str | None]:
    return [issuer for _, _, issuer in _read(text)]


def test_a_list_of_one_bodys_letters_names_it_once_after_the_last() -> None:
    assert _read(
        "Căn cứ Công văn số 260/BGDĐT-GDTC ngày 31/01/2020 và Công văn số 265/BGDĐT-GDTC ngày "
        "01/02/2020 của Bộ Giáo dục và Đào tạo về việc phòng dịch."
    ) == [
        ("260/BGDĐT-GDTC", "2020-01-31", "Bộ Giáo dục và Đào tạo"),
        ("265/BGDĐT-GDTC", "2020-02-01", "Bộ Giáo dục và Đào tạo"),
    ]


def test_submissions_listed_by_their_numbers_share_the_body_after_them() -> None:
    assert _issuers(
        "Trên cơ sở xem xét các Tờ trình số 82/TTr-CP ngày 05/3/2024, số 125/TTr-CP ngày "
        "02/4/2024, số 128/TTr-CP ngày 04/4/2024 của Chính phủ và Báo cáo thẩm tra số "
        "2734/BC-UBPL15 ngày 12/4/2024;"
    ) == ["Chính phủ", "Chính phủ", "Chính phủ", None]


@pytest.mark.parametrize(
    ("text", "issuers"),
    [
        # Documents of two bodies: the symbols tell them apart.
        (
            "Căn cứ Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 và Thông tư số 38/2015/TT-BTC "
            "ngày 25/3/2015 của Bộ Tài chính;",
            [None, "Bộ Tài chính"],
        ),
        # A semicolon ends the first citation's sentence.
        (
            "Căn cứ Công văn số 12/BYT-KH ngày 1/2/2020; Công văn số 15/BYT-KH ngày 3/2/2020 "
            "của Bộ Y tế;",
            [None, "Bộ Y tế"],
        ),
        # The body the text names for the code elsewhere wins over the list's.
        (
            "Ngày 05/6/2020, UBND tỉnh đã ban hành Quyết định số 1500/QĐ-UBND về việc giao chỉ "
            "tiêu. Thực hiện Quyết định số 1500/QĐ-UBND ngày 05/6/2020 và Quyết định số "
            "20/QĐ-UBND ngày 10/6/2020 của UBND xã An Bình, Ban chỉ đạo đã triển khai.",
            ["UBND tỉnh", "UBND xã An Bình"],
        ),
        (
            "Thực hiện Công văn số 2150/UBND-VX ngày 10/3/2021 và Công văn số 85/UBND-VX ngày "
            "15/3/2021 của UBND huyện Tân Phú về việc triển khai Công văn số 2150/UBND-VX của "
            "UBND tỉnh, Trường đã tổ chức tuyên truyền.",
            ["UBND tỉnh", "UBND huyện Tân Phú"],
        ),
        # A joint act's symbol names more bodies than the list's last.
        (
            "Thực hiện Thông tư liên tịch số 01/2014/TTLT-BYT-BTC ngày 1/2/2014 và Thông tư số "
            "02/2015/TT-BYT ngày 3/2/2015 của Bộ Y tế;",
            [None, "Bộ Y tế"],
        ),
    ],
)
def test_a_lists_body_is_not_shared_past_what_tells_it_apart(
    text: str, issuers: list[str | None]
) -> None:
    assert _issuers(text) == issuers


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
        # Two bodies and two types before the colon: the code's type is not the last one's.
        (
            "Căn cứ các Nghị định của Chính phủ và Thông tư của Bộ Tài chính: số "
            "01/2020/NĐ-CP ngày 1/1/2020, số 02/2020/TT-BTC ngày 2/1/2020;",
            None,
        ),
    ],
)
def test_a_colon_after_the_body_heads_a_list_of_its_acts(text: str, issuer: str | None) -> None:
    assert _issuers(text)[0] == issuer


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
        (
            "Xét đề nghị của Chủ tịch UBND tỉnh Quảng Ninh (Tờ trình số 1134/TTr-BTC ngày "
            "25/3/2008),",
            "Chủ tịch UBND tỉnh Quảng Ninh",
        ),
        # Only a request, a report or an opinion names who wrote the bracketed document ...
        ("Trụ sở của Bộ Y tế (văn bản số 564/TTr-BYT ngày 06/7/2009) được sửa chữa.", None),
        (
            "Thực hiện Chương trình của UBND tỉnh (Báo cáo số 12/BC-HĐND ngày 5/6/2021) về "
            "phát triển du lịch,",
            None,
        ),
        # ... only a letter, a submission or a report: a decision in brackets is another's ...
        (
            "Xét báo cáo của Đoàn kiểm tra (Quyết định số 15/QĐ-SYT ngày 2/3/2021) về kết quả "
            "kiểm tra,",
            None,
        ),
        # ... and only a body or its head: voters write no report.
        (
            "Tổng hợp ý kiến của cử tri (Báo cáo số 12/BC-UBND ngày 5/5/2021) về dự thảo Nghị "
            "quyết,",
            None,
        ),
    ],
)
def test_a_bracketed_letter_after_a_request_was_written_by_the_asker(
    text: str, issuer: str | None
) -> None:
    assert _issuers(text) == [issuer]


def test_opinions_listed_body_by_body_each_name_their_writer() -> None:
    assert _issuers(
        "Ý kiến của Bộ Tài chính tại văn bản số 15988/BTC-PC ngày 29 tháng 12 năm 2020, Bộ Tài "
        "nguyên và Môi trường tại văn bản số 7233/BTNMT-BĐKH ngày 22 tháng 12 năm 2020, Bộ Tư "
        "pháp tại văn bản số 4670/BTP-PLDSKT ngày 15 tháng 12 năm 2020 về chủ trương;"
    ) == ["Bộ Tài chính", "Bộ Tài nguyên và Môi trường", "Bộ Tư pháp"]


@pytest.mark.parametrize(
    "text",
    [
        "Hồ sơ nộp tại Ủy ban, bộ phận một cửa tại văn bản số 12/UBND-VP ngày 1/2/2020.",
        # No list of opinions began the sentence: the bodies are given tasks by the plan.
        "Nhiệm vụ của Sở Y tế, Sở Tài chính tại văn bản số 12/UBND-VP ngày 1/2/2020 chưa được "
        "triển khai.",
        "Năm 2021, Thanh tra Sở đã thực hiện 05 cuộc thanh tra, Thanh tra toàn diện Trường THPT "
        "Nguyễn Huệ tại văn bản số 12/UBND-VP ngày 1/2/2020;",
    ],
)
def test_a_clause_that_lists_no_opinions_names_no_writer(text: str) -> None:
    assert _read(text) == [("12/UBND-VP", "2020-02-01", None)]


def test_a_rule_issued_with_a_decision_names_the_decisions_issuer() -> None:
    assert _read(
        "- Căn cứ Quy chế do Ủy ban nhân dân\ntỉnh ban hành kèm theo Quyết định số 12/QĐ-UBND "
        "ngày 08/02/2010;"
    ) == [("12/QĐ-UBND", "2010-02-08", "Ủy ban nhân dân tỉnh")]


@pytest.mark.parametrize(
    "text",
    [
        # "ban hành theo" is often "pursuant to".
        "Căn cứ Bảng giá đất do UBND tỉnh ban hành theo Nghị định số 44/2014/NĐ-CP ngày 15/5/2014;",
        # Folded, "độ" opens with "do": only "do" as printed is "by".
        "Áp dụng Chế độ Kế toán hành chính ban hành kèm theo Thông tư số 107/2017/TT-BTC ngày "
        "10/10/2017;",
        # Two bodies: the one that issued it is not the name read from "do".
        "Căn cứ Quy chế do Sở Tài chính thẩm định và UBND tỉnh ban hành kèm theo Quyết định "
        "số 12/QĐ-UBND ngày 1/2/2020;",
    ],
)
def test_what_was_issued_pursuant_to_or_by_two_bodies_names_no_issuer(text: str) -> None:
    assert _issuers(text) == [None]


def test_a_bracketed_aside_between_the_code_and_its_date_is_passed_over() -> None:
    assert _read(
        "- Tại Nghị định số 124/2008/NĐ-CP (tiết g khoản 2 Điều 9) ngày\n11/12/2008 của Chính "
        "phủ quy định chi tiết"
    ) == [("124/2008/NĐ-CP", "2008-12-11", "Chính phủ")]


@pytest.mark.parametrize(
    "text",
    [
        "Theo Nghị định số 124/2008/NĐ-CP (đã hết hiệu lực) quy định của Chính phủ.",
        # A date after a full stop opens the next sentence.
        "Thực hiện Nghị định số 124/2008/NĐ-CP (giai đoạn 2021-2025). Ngày 15/3/2022, Sở Y tế "
        "đã tổ chức hội nghị.",
        # A copy's holder, not its issuer.
        "Kiểm tra Nghị định số 124/2008/NĐ-CP (bản sao) của Công ty TNHH An Phát.",
    ],
)
def test_an_aside_followed_by_neither_date_nor_issuer_ends_the_citation(text: str) -> None:
    assert _read(text) == [("124/2008/NĐ-CP", None, None)]


@pytest.mark.parametrize("date", ["ngày 08/6/20210", "ngày 3 1/5/2007"])
def test_a_date_with_garbled_figures_does_not_hide_the_body_after_it(date: str) -> None:
    assert _read(f"Căn cứ Nghị định số 63/2010/NĐ-CP {date} của Chính phủ về kiểm soát;") == [
        ("63/2010/NĐ-CP", None, "Chính phủ")
    ]


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        ("Cục Hải quan TP. Hồ Chí Minh về việc", "Cục Hải quan TP. Hồ Chí Minh"),
        ("Công an TP. Huế về việc", "Công an TP. Huế"),
        ("Công an TP. Các đơn vị nghiêm túc thực hiện.", "Công an TP"),
        ("UBND TP. Đề nghị các đơn vị thực hiện.", "UBND TP"),
    ],
)
def test_a_city_goes_on_after_its_abbreviation(after: str, issuer: str) -> None:
    assert _issuers(f"Thực hiện Công văn số 920/HQHCM-TXNK ngày 1/9/2020 của {after}") == [issuer]


@pytest.mark.parametrize(
    ("after", "issuer"),
    [
        ("Bộ Chính trị\nphân cấp quản lý cán bộ;", "Bộ Chính trị"),
        ("Bộ Tài chính quy\nđịnh chi tiết;", "Bộ Tài chính"),
        # Names whose lower-case words are their own are read whole ...
        ("Bộ Nông nghiệp và Phát triển nông thôn;", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Bộ Giao thông vận tải;", "Bộ Giao thông vận tải"),
        ("Ủy ban nhân dân tỉnh Lào Cai;", "Ủy ban nhân dân tỉnh Lào Cai"),
        # ... and so are a body's branches, regions and the youth union's secretariat.
        (
            "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Nghệ An về tín dụng;",
            "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Nghệ An",
        ),
        ("Kiểm toán Nhà nước khu vực IV về kết quả;", "Kiểm toán Nhà nước khu vực IV"),
        ("Ban Bí thư trung ương Đoàn về công tác;", "Ban Bí thư trung ương Đoàn"),
        ("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam;", None),
    ],
)
def test_a_whole_name_is_not_run_on_into_what_the_document_does(
    after: str, issuer: str | None
) -> None:
    found = _issuers(f"Căn cứ Quy định số 80-QĐ/TW ngày 18/8/2022 của {after}")
    if issuer is None:  # read whole, whatever it is
        assert found[0] is not None
        assert found[0].endswith("Việt Nam")
    else:
        assert found == [issuer]


def test_a_comma_before_du_lich_ends_any_name_but_the_ministrys() -> None:
    assert _issuers(
        "Thực hiện Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị, Du lịch đã trở "
        "thành ngành kinh tế mũi nhọn."
    ) == ["Bộ Chính trị"]


def test_a_body_of_up_to_fourteen_words_opens_the_sentence_that_cites() -> None:
    assert _read(
        "Ngày 31 tháng 12 năm 2020, Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo đã ban hành "
        "Công văn số 2085/QLCL-KĐCLGD về việc hướng dẫn tự đánh giá."
    ) == [("2085/QLCL-KĐCLGD", "2020-12-31", "Cục Quản lý chất lượng - Bộ Giáo dục và Đào tạo")]


def test_a_long_subject_that_is_no_name_names_no_issuer() -> None:
    assert _issuers(
        "Trên cơ sở đó, Ủy ban nhân dân huyện căn cứ đề nghị của Phòng Nội vụ đã ban hành "
        "Quyết định số 12/QĐ-UBND ngày 3/4/2021."
    ) == [None]


def test_tai_typed_twice_before_the_citation() -> None:
    text = (
        "Về đề nghị của Bộ Tài nguyên và Môi trường tại tại Tờ trình số 87/TTr-BTNMT ngày 26 "
        "tháng 11 năm 2021; Xét đề nghị của Bộ Giao thông vận tải tại văn bản số 2628/BGTVT-VT "
        "ngày 11/12/2007."
    )
    assert [r.issuer for r in find_references(text)] == [
        "Bộ Tài nguyên và Môi trường",
        "Bộ Giao thông vận tải",
    ]


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "Xét công văn số 43/CV-TĐKT ngày 12/4/2010 của Ban Thi đua Khen thưởng, Sở Nội vụ "
            "về việc trao tặng danh hiệu.",
            "Ban Thi đua Khen thưởng, Sở Nội vụ",
        ),
        (
            "Báo cáo thẩm tra số 50/BC-HĐND ngày 07/7/2017 của Ban Văn hóa -\nXã hội, Hội đồng "
            "nhân dân tỉnh và ý kiến của đại biểu.",
            "Ban Văn hóa - Xã hội, Hội đồng nhân dân tỉnh",
        ),
    ],
)
def test_a_unit_named_with_its_parent_after_a_comma(sentence: str, issuer: str) -> None:
    assert _issuers(sentence) == [issuer]


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # a body, then another of the list: no member's head before the comma
        (
            "Căn cứ Công văn số 12/STC-NS ngày 1/2/2020 của Sở Tài chính, Sở Nội vụ có ý kiến.",
            "Sở Tài chính",
        ),
        # a unit, then a word that only looks like a body
        (
            "Căn cứ Công văn số 12/BQL-KH ngày 1/2/2020 của Ban Quản lý dự án, Sở hữu trí tuệ "
            "được bảo hộ.",
            "Ban Quản lý dự án",
        ),
    ],
)
def test_a_comma_before_a_body_that_is_no_parent(sentence: str, issuer: str) -> None:
    assert _issuers(sentence) == [issuer]


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "Căn cứ Thông báo số 05-TB/BCĐTW, ngày 04/7/2025 của Ban Chỉ đạo Trung ương về phát "
            "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về kết luận của đồng chí "
            "Tổng Bí thư.",
            "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
            "đổi số",
        ),
        # as OCR prints it, without diacritics, and wrapped
        (
            "theo Công văn số 425/CV-BCĐ ngày 3/5/2021 của Ban Chi dao Quốc gia phòng,\nchống "
            "dịch COVID-19 về việc cách ly.",
            "Ban Chi dao Quốc gia phòng, chống dịch COVID-19",
        ),
        (
            "công văn số 980/UBTCNS15 ngày 08/02/2023 của Ủy ban Tài chính, Ngân sách về việc "
            "đôn đốc triển khai.",
            "Ủy ban Tài chính, Ngân sách",
        ),
        # the same heads with another end: read as before
        (
            "Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 4/7/2025 của Ban Chỉ đạo Trung ương về việc tổ "
            "chức hội nghị.",
            "Ban Chỉ đạo Trung ương",
        ),
        (
            "Căn cứ Công văn số 12/UBTC ngày 4/7/2025 của Ủy ban Tài chính, ngân sách nhà nước "
            "được giao.",
            "Ủy ban Tài chính",
        ),
    ],
)
def test_names_that_run_on_over_commas_or_ve(sentence: str, issuer: str) -> None:
    assert _issuers(sentence) == [issuer]


def test_a_page_typing_every_line_a_blank_line_apart() -> None:
    assert _issuers(
        "Thực hiện công văn số 365/BGDĐT-GDTC ngày 01/02/2020\n\ncủa Bộ Giáo dục và Đào tạo về "
        "việc chỉ đạo phòng chống dịch;"
    ) == ["Bộ Giáo dục và Đào tạo"]


def test_a_paragraph_opening_with_cua_after_a_blank_line_names_no_issuer() -> None:
    assert _issuers(
        "Thực hiện công văn số 365/BGDĐT-GDTC ngày 01/02/2020\n\nCủa Bộ Giáo dục và Đào tạo, "
        "các trường nhận được tài liệu."
    ) == [None]


# Review 34's inputs: a body after the comma that opens the next clause, not the unit's parent;
# a name read whole and then on; "của" after a blank line opening a sentence's rest.
@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        (
            "Theo Kết luận số 15/KL-TTr ngày 12/3/2021 của Thanh tra tỉnh, Sở Tư pháp đã chỉ đạo "
            "các phòng chuyên môn khắc phục.",
            "Thanh tra tỉnh",
        ),
        (
            "Thực hiện Thông báo số 45-TB/TU ngày 10/6/2021 của Ban Thường vụ Tỉnh ủy, Hội đồng "
            "nhân dân tỉnh đã tổ chức kỳ họp chuyên đề.",
            "Ban Thường vụ Tỉnh ủy",
        ),
        (
            "Căn cứ Kết luận số 12-KL/TU ngày 01/3/2022 của Thường trực Tỉnh ủy, HĐND tỉnh thống "
            "nhất điều chỉnh dự toán.",
            "Thường trực Tỉnh ủy",
        ),
        (
            "Thực hiện Công văn số 56/CCTY ngày 9/9/2019 của Chi cục Chăn nuôi và Thú y, Sở Nông "
            "nghiệp và PTNT đã chỉ đạo tiêm phòng.",
            "Chi cục Chăn nuôi và Thú y",
        ),
        (
            "Theo Công văn số 20/UBKHCNMT15 ngày 1/1/2023 của Ủy ban Khoa học, Công nghệ và Môi "
            "trường của Quốc hội đề nghị Bộ.",
            "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội",
        ),
        (
            "Căn cứ Báo cáo số 25/BC-HĐND ngày 5/12/2022 của Ban Kinh tế - Ngân sách, HĐND tỉnh "
            "về kết quả thẩm tra.",
            "Ban Kinh tế - Ngân sách, HĐND tỉnh",
        ),
        ("Quyết định số 12/QĐ-UBND ngày 05/01/2021\n\ncủa các đơn vị trực thuộc chưa nộp.", None),
        ("Văn bản số 45/SYT-NVY\n\ncủa đơn vị nào chưa báo cáo thì đề nghị báo cáo.", None),
    ],
)
def test_review_34_issuers(sentence: str, issuer: str | None) -> None:
    assert _issuers(sentence) == [issuer]
