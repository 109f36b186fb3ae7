"""Field parsers used on their own."""

from __future__ import annotations

import pytest

from vnadmindoc import (
    DocumentCode,
    InvalidFormat,
    ParseError,
    PartialDate,
    find_references,
    parse_code,
    parse_date,
    parse_date_line,
    parse_document,
)


@pytest.mark.parametrize(
    ("text", "code", "number", "symbol", "party", "doc_type"),
    [
        ("848 /UBND-TH", "848/UBND-TH", "848", "UBND-TH", False, None),
        ("Số: 2548 /UBND-KGVX", "2548/UBND-KGVX", "2548", "UBND-KGVX", False, None),
        ("241/TB-VPCP", "241/TB-VPCP", "241", "TB-VPCP", False, "TB"),
        ("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP", "30", "2020/NĐ-CP", False, "NĐ"),
        ("Số: 64            /2024/QĐ-UBND", "64/2024/QĐ-UBND", "64", "2024/QĐ-UBND", False, "QĐ"),
        ("số: 4222 /TCT -PC", "4222/TCT-PC", "4222", "TCT-PC", False, None),
        ("28/2011/TT- BTC", "28/2011/TT-BTC", "28", "2011/TT-BTC", False, "TT"),
        ("Số 274-TB/TU", "274-TB/TU", "274", "TB/TU", True, "TB"),
        ("-CV/BCSĐ", "-CV/BCSĐ", None, "CV/BCSĐ", True, "CV"),
        ("Số:    /UBND-VX", "/UBND-VX", None, "UBND-VX", False, None),
        ("12/TTr-UBND", "12/TTr-UBND", "12", "TTr-UBND", False, "TTr"),
        ("45/2019/QH14", "45/2019/QH14", "45", "2019/QH14", False, None),
        ("15 – QĐ/UBND", "15-QĐ/UBND", "15", "QĐ/UBND", True, "QĐ"),
    ],
)
def test_parse_code(
    text: str, code: str, number: str | None, symbol: str, party: bool, doc_type: str | None
) -> None:
    parsed = parse_code(text)
    assert (parsed.code, parsed.number, parsed.symbol, parsed.party, parsed.doc_type) == (
        code,
        number,
        symbol,
        party,
        doc_type,
    )
    assert parsed.span is not None


@pytest.mark.parametrize("text", ["", "hello", "Số: 12", "2021", "12/9/2021"])
def test_parse_code_rejects_non_codes(text: str) -> None:
    with pytest.raises(InvalidFormat):
        parse_code(text)


def test_invalid_format_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="not a document number"):
        parse_code("nothing")


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("Bắc Kạn, ngày 01 tháng 02 năm 2021", "Bắc Kạn", "2021-02-01"),
        ("Hà Nội, ngày 05 tháng 3 năm 2020", "Hà Nội", "2020-03-05"),
        ("Lai Châu, ngày tháng 5 năm 2021", "Lai Châu", "2021-05"),
        ("Hà Nội, ngày    tháng    năm 2025", "Hà Nội", "2025"),
        ("TP. Hồ Chí Minh, ngày 30tháng10năm 2013", "TP. Hồ Chí Minh", "2013-10-30"),
        ("Hà Nội. ngày 09 tháng 11 năm 2023", "Hà Nội", "2023-11-09"),
        ("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", "Thành phố Hồ Chí Minh", "2019-06-29"),
        ("Số: 330/TB-VPCP Hà Nội, ngày 18 tháng 10 năm 2022", "Hà Nội", "2022-10-18"),
        ("Ha Noi, ngay 12 thang 8 nam 2021", "Ha Noi", "2021-08-12"),
    ],
)
def test_parse_date_line(text: str, place: str, date: str) -> None:
    line = parse_date_line(text)
    assert line.place == place
    assert line.date is not None
    assert line.date.isoformat() == date


def test_impossible_date_line_keeps_the_place() -> None:
    line = parse_date_line("Hà Nội, ngày 31 tháng 4 năm 2021")
    assert line.place == "Hà Nội"
    assert line.date is None


def test_parse_date_line_rejects_other_text() -> None:
    with pytest.raises(ParseError):
        parse_date_line("Kính gửi: Sở Y tế")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ngày 12/9/2021", PartialDate(2021, 9, 12)),
        ("ngày 15 tháng 8 năm 2024", PartialDate(2024, 8, 15)),
        ("ngày 01-10-1997", PartialDate(1997, 10, 1)),
        ("ngày 24 tháng 05 năm\n2021", PartialDate(2021, 5, 24)),
    ],
)
def test_parse_date(text: str, date: PartialDate) -> None:
    assert parse_date(text) == date


def test_references_with_details_lists_and_issuer_before() -> None:
    text = (
        "Thực hiện Chỉ đạo của UBND tỉnh tại Công văn số 3151/UBND-KGVX ngày 17/9/2021 về "
        "thực hiện chỉ đạo tại Thông báo số 241/TB-VPCP ngày 12/9/2021 và Thông báo số "
        "451/TB-UBND ngày 17/9/2021; Thông báo số 241/TB-VPCP ngày 12/9/2021 của Văn phòng "
        "Chính phủ."
    )
    refs = {r.code.code: r for r in find_references(text)}
    assert list(refs) == ["3151/UBND-KGVX", "241/TB-VPCP", "451/TB-UBND"]
    assert refs["3151/UBND-KGVX"].kind == "cong_van"
    assert refs["3151/UBND-KGVX"].issuer == "UBND tỉnh"
    assert refs["241/TB-VPCP"].issuer == "Văn phòng Chính phủ"
    assert len(refs["241/TB-VPCP"].mentions) == 2
    assert refs["451/TB-UBND"].date == PartialDate(2021, 9, 17)
    assert refs["451/TB-UBND"].issuer is None


def test_reference_spans_cover_the_citation() -> None:
    text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
    (ref,) = find_references(text)
    assert ref.span is not None
    assert ref.span.slice(text) == "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ"
    assert ref.code.span is not None
    assert ref.code.span.slice(text) == "30/2020/NĐ-CP"


def test_reference_issuer_keeps_names_with_va() -> None:
    text = (
        "Căn cứ Thông tư số 07/2020/TT-BLĐTBXH ngày 12/10/2020 của Bộ Lao động - Thương binh "
        "và Xã hội quy định việc xây dựng"
    )
    assert find_references(text)[0].issuer == "Bộ Lao động - Thương binh và Xã hội"


def test_own_code_is_excluded_and_case_variants_merge() -> None:
    text = "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024. Chỉ thị số 27/CT-TTg"
    refs = find_references(text, exclude="99/KH-UBND")
    assert [r.code.code for r in refs] == ["27/CT-TTg"]
    assert find_references("Kế hoạch số 99/KH-UBND", exclude="99/KH-UBND") == []


@pytest.mark.parametrize(
    "text",
    [
        "theo Công văn số 01/2019 của Công đoàn cơ sở",  # no symbol at all
        "Thông tư số 03/2021/TT- ‘BTC ngày 11/01/2021",  # OCR junk cut the symbol
        "khoản 1, Điều 25 Thông tư 111/2013/TT\n\n-BTC ngày 15/8/2013",  # a page break did
    ],
)
def test_codes_cut_short_are_not_references(text: str) -> None:
    assert find_references(text) == []


def test_reference_issuer_is_voted_across_mentions() -> None:
    text = (
        "Quyết định số 27/2018/QĐ-TTg của Thủ tướng Chính phú về ngành kinh tế; "
        "Quyết định số 27/2018/QĐ-TTg của Thủ tướng Chính phủ; Chính phủ yêu cầu"
    )
    assert find_references(text)[0].issuer == "Thủ tướng Chính phủ"
    text = "Nghị định số 65/2013/NĐ-CP của Chính ,phủ quy định chi tiết"
    assert find_references(text)[0].issuer == "Chính phủ"
    text = "Nghị định số 65/2013/NĐ-CP của' Bộ Tài chính quy định chi tiết"
    assert find_references(text)[0].issuer == "Bộ Tài chính"


def test_reference_issuer_as_subject_of_the_sentence() -> None:
    text = "Thực hiện chỉ đạo, Bộ Tài chính đã có Công văn số 1914/BTC-TCT ngày 25/02/2021 gửi"
    assert find_references(text)[0].issuer == "Bộ Tài chính"
    text = "Theo đó, các đơn vị đã có Công văn số 1914/BTC-TCT ngày 25/02/2021 gửi"
    assert find_references(text)[0].issuer is None


def test_trich_yeu_ends_at_its_rule() -> None:
    text = (
        "VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Số: 377/TB-VPCP Hà Nội, ngày 11 tháng 11 năm 2020\n"
        "THÔNG BÁO\n"
        "Kết luận của Phó Thủ tướng tại cuộc họp về\n"
        "các giải pháp phát triển ngành công nghiệp ô tô\n"
        "––––––––––––\n"
        "Ngày 24 tháng 9 năm 2020, tại trụ sở Chính phủ, Phó Thủ tướng\n"
        "đã chủ trì cuộc họp bàn về các giải pháp thúc đẩy phát triển\n"
        "ngành công nghiệp ô tô Việt Nam. Tham dự cuộc họp có lãnh đạo và đại diện\n"
        "các Bộ, cơ quan: Công Thương, Kế hoạch và Đầu tư, Tài chính, Khoa học và\n"
        "Công nghệ, Ngân hàng Nhà nước Việt Nam.\n"
    )
    doc = parse_document(text)
    assert doc.subject == (
        "Kết luận của Phó Thủ tướng tại cuộc họp về các giải pháp phát triển ngành công nghiệp ô tô"
    )


def test_garbled_motto_stays_out_of_the_parent_and_positions_wait_for_their_body() -> None:
    text = (
        "BỘ TÀI CHÍNH - CONG HOA XÃ HỘI CHỦ NGA VIET NAM\n"
        "TỔNG CỤC THUẾ Độc lập - Tự do — Hạnh phúc\n"
        "Số: 4489/TCT-TTKT Hà Nội, ngày 02 tháng 12 năm 2022\n"
        "V/v tăng cường công tác quản lý thuế\n"
        "Kính gửi: Bộ trưởng\n"
        "Bộ Công Thương\n"
        "Tổng cục Thuế đề nghị Bộ Công Thương phối hợp thực hiện.\n"
    )
    doc = parse_document(text)
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH")
    assert [r.name for r in doc.addressees] == ["Bộ trưởng Bộ Công Thương"]


def test_document_code_equality_ignores_span() -> None:
    assert parse_code("848 /UBND-TH") == DocumentCode(number="848", symbol="UBND-TH")


# OCR and export cases met in fresh held-out documents (tests/corpus/holdout/e-*, f-*).
_HEAD = "UBND TỈNH AN GIANG\nSỞ Y TẾ\nSố: 12/BC-SYT\nLong Xuyên, ngày 1 tháng 2 năm 2021\n"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Q U Y Ế T  Đ Ị N H", "quyet_dinh"),
        ("K ÉT LUẬN", "ket_luan"),
        ("QUYẾT ĐỊNH CỦA GIÁM ĐỐC SỞ Y TẾ", "quyet_dinh"),
        ("NGHỊ ĐỊNH CỦA CHÍNH PHỦ", "nghi_dinh"),
    ],
)
def test_titles_spaced_out_or_followed_by_their_issuer(title: str, kind: str) -> None:
    doc = parse_document(_HEAD + f"{title}\nVề việc thành lập tổ công tác\n\nĐiều 1. Thành lập.")
    assert (doc.kind, doc.title, doc.subject) == (kind, title, "thành lập tổ công tác")


def test_a_stamp_below_the_number_line_opens_with_den_and_stands_above_the_title() -> None:
    title = "BÁO CÁO\nTÌNH HÌNH DỊCH TỪ NGÀY 01/01/2021\nĐẾN NGÀY 31/01/2021\nNội dung."
    doc = parse_document(_HEAD + title)
    assert doc.received is None
    assert doc.subject == "TÌNH HÌNH DỊCH TỪ NGÀY 01/01/2021 ĐẾN NGÀY 31/01/2021"
    stamped = parse_document(_HEAD + "SỞ NỘI VỤ\nĐẾN NGÀY 03/02/2021\n" + title)
    assert stamped.received is not None
    assert stamped.received.date == PartialDate(2021, 2, 3)


@pytest.mark.parametrize(
    ("line", "number", "symbol"),
    [("Số: 4/2 /QĐ-TCT", "4/2", "QĐ-TCT"), ("Số : 44 DN-UBND", "44", "DN-UBND")],
)
def test_number_lines_ocr_split_or_lost_a_separator_in(line: str, number: str, symbol: str) -> None:
    doc = parse_document(f"UBND XÃ A\n{line}\nA, ngày 1 tháng 2 năm 2021\nV/v báo cáo\nNội dung.")
    assert doc.code is not None
    assert (doc.code.number, doc.code.symbol) == (number, symbol)


def test_a_garbled_date_is_stepped_over_to_the_issuer() -> None:
    (ref,) = find_references(
        "tại Nghị định số 18/2021/NĐ-CP ngày l1 tháng 3 năm 2021 của Chính phủ;"
    )
    assert (ref.date, ref.issuer) == (None, "Chính phủ")


def test_a_garbled_ngay_and_a_wrapped_number_line_still_make_the_heading() -> None:
    doc = parse_document(
        "TỔNG CỤC HẢI QUAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CỤC HẢI QUAN TỈNH BÌNH DƯƠNG Độc lập - Tự do - Hạnh phúc\n"
        "Số:\n2408/HQBD-GSQL Bình Dương, ngàÊ 4 tháng 10 năm 2022\n"
        "V/v báo cáo vướng mắc\nKính gửi: Tổng cục Hải quan\n\nNội dung báo cáo."
    )
    assert doc.code is not None
    assert (doc.code.code, doc.date, doc.place) == (
        "2408/HQBD-GSQL",
        PartialDate(2022, 10, 4),
        "Bình Dương",
    )
    assert (doc.subject, [a.name for a in doc.addressees]) == (
        "báo cáo vướng mắc",
        ["Tổng cục Hải quan"],
    )


def test_an_ocr_nai_nhan_with_the_signature_column_beside_it() -> None:
    doc = parse_document(
        _HEAD
        + "V/v báo cáo\nNội dung.\nNai nhận: KT.CUC TRUONG\n- Như trên;\nPHÓ CỤC TRƯỞNG\nLê Văn Ba"
    )
    assert [s.authority[0].holder for s in doc.signatures] == ["CUC TRUONG"]
    assert [r.name for r in doc.distribution] == ["Như trên"]


def test_debris_before_vv_and_a_garbled_month_in_the_date_line() -> None:
    doc = parse_document(
        "BỘ NGOẠI GIAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 08/TB-LPQT\n"
        "Hà Nội, ngàu 26 tháng OF năm 2024\n._ V/v hiệu lực của điều ước\n\nNội dung."
    )
    assert (doc.place, doc.date, doc.subject) == (
        "Hà Nội",
        PartialDate(2024),
        "hiệu lực của điều ước",
    )


@pytest.mark.parametrize(
    ("after", "position", "name"),
    [
        ("\n\nNGUYỄN VĂN AN", "PHÓ CHỦ TỊCH", "NGUYỄN VĂN AN"),  # a name in capitals
        ("\n\nỦY BAN\nNHÂN DÂN\n\nNguyễn Văn An", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"),  # the seal
    ],
)
def test_a_line_set_apart_under_the_position(after: str, position: str, name: str) -> None:
    doc = parse_document(
        _HEAD + "V/v báo cáo\nNội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" + after
    )
    assert [(s.position, s.name) for s in doc.signatures] == [(position, name)]
