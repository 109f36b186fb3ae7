"""Rules of the ``ar-*`` held-out batches, scanned tax and customs letters: OCR's spellings of
"V/v", of the signing authority, the quốc hiệu, "Số:" and "Nơi nhận"; an issuer under a
ruler's dash or behind specks; a stamp's lines before "Kính gửi"; a garbled date under a long
trích yếu; citations with a wrapped aside or another provision after their issuer; permits."""

from __future__ import annotations

import pytest

from vnadmindoc import find_references, parse, parse_document

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _letter(
    *,
    issuer: str = "TỔNG CỤC THUẾ",
    number: str = "Số: 839/TCT-QLN",
    subject: str = "V/v gia hạn nộp thuế",
    date: str = "Hà Nội, ngày 3 tháng 3 năm 2020",
    before_label: str = "",
    closing: str = "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLN.\n\nKT. TỔNG CỤC TRƯỞNG\n",
) -> str:
    return (
        f"{issuer}\n{_MOTTO}{number}\n{date}\n{subject}\n\n{before_label}"
        "Kính gửi: Cục Thuế các tỉnh, thành phố\n\n"
        "Tổng cục Thuế hướng dẫn như sau.\n\n"
        f"{closing}"
    )


@pytest.mark.parametrize(
    ("line", "subject"),
    [
        ("‘VW giải đáp chính sách thuế", "giải đáp chính sách thuế"),
        ("V% thanh lý máy móc", "thanh lý máy móc"),
        ("'V/ hướng dẫn việc kiểm tra", "hướng dẫn việc kiểm tra"),
        ("V/v gia hạn nộp thuế", "gia hạn nộp thuế"),
    ],
)
def test_vv_as_ocr_prints_it(line: str, subject: str) -> None:
    assert parse_document(_letter(subject=line)).subject == subject


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("„KT. BỘ TRƯỞNG", "BỘ TRƯỞNG"),
        ("KT, TỔNG CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG"),
        ("KT. cục TRƯỞNG", "cục TRƯỞNG"),
    ],
)
def test_authority_as_ocr_prints_it(line: str, holder: str) -> None:
    closing = f"Nơi nhận:\n- Như trên;\n- Lưu: VT, QLN.\n\n{line}\nPHÓ TỔNG CỤC TRƯỞNG\n"
    (signature,) = parse_document(_letter(closing=closing)).signatures
    assert [(a.kind.value, a.holder) for a in signature.authority] == [("KT", holder)]


@pytest.mark.parametrize(
    ("label_line", "kind", "holder"),
    [
        ("Nơi nhận“. KT. CỤC TRƯỞNG", "KT", "CỤC TRƯỞNG"),
        ("Noi nhận:}„ KT.TONG CUC TRƯỞNG", "KT", "TONG CUC TRƯỞNG"),
        # the table's bar splits the line: the prefix opens a line of its own after a quote
        ("Noi nhận “|” TL. BỘ TRƯỞNG:", "TL", "BỘ TRƯỞNG"),
        ("Nơi nhận:\n' KT. TỔNG CỤC TRƯỞNG", "KT", "TỔNG CỤC TRƯỞNG"),
        ("Nơi nhận:\n“”„ KT. TỔNG CỤC TRƯỞNG", "KT", "TỔNG CỤC TRƯỞNG"),
    ],
)
def test_specks_between_noi_nhan_and_the_authority(label_line: str, kind: str, holder: str) -> None:
    closing = f"{label_line}\n- Như trên;     PHÓ CỤC TRƯỞNG\n- Lưu: VT, QLN.\n\nNguyễn Văn An\n"
    (signature,) = parse_document(_letter(closing=closing)).signatures
    assert [(a.kind.value, a.holder) for a in signature.authority] == [(kind, holder)]


def test_a_quoted_list_opening_like_an_authority_is_none() -> None:
    # After a quote, a list of units is no holder: specks are trusted only before one office.
    body = "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLN.\n\n”TM. BAN, SỞ, NGÀNH, ĐOÀN THỂ\n"
    assert not any(s.authority for s in parse_document(_letter(closing=body)).signatures)


def test_a_holder_mostly_in_lower_case_is_no_authority() -> None:
    # Two lower-case words: a sentence, not a holder OCR lowered a word of.
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT, QLN.\n\nKT. cục trưởng đã ký\n"
    assert not any(s.authority for s in parse_document(_letter(closing=closing)).signatures)


def test_motto_with_a_garbled_word() -> None:
    text = _letter().replace(_MOTTO, "CONG HÒA XÃ HO] CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do\n")
    text = text.replace("TỔNG CỤC THUẾ\nCONG", "BỘ TÀI CHÍNH _ CONG").replace(
        "Độc lập - Tự do\n", "TỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
    )
    doc = parse_document(text)
    assert doc.motto is not None
    assert doc.motto.value == "state"
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH")


def test_a_colon_read_as_an_exclamation_mark_and_a_blank_number() -> None:
    doc = parse_document(_letter(number="Số! /CTHYE-TTHT"))
    assert doc.code is not None
    assert (doc.code.number, doc.code.code) == (None, "/CTHYE-TTHT")


@pytest.mark.parametrize(
    ("issuer", "name", "parent"),
    [
        # A ruler's dash after the parent body, a body of another kind under it.
        ("BỘ TÀI CHÍNH -\nTỔNG CỤC THUẾ", "TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH"),
        # Joint bodies of one kind, and a name wrapped at its dash, stay joined.
        ("SỞ TÀI CHÍNH -\nSỞ CÔNG THƯƠNG", "SỞ TÀI CHÍNH - SỞ CÔNG THƯƠNG", None),
        ("BỘ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", None),
        # A scan's specks before the cell.
        ("6“ BỘ TÀI CHÍNH", "BỘ TÀI CHÍNH", None),
    ],
)
def test_issuer_cell(issuer: str, name: str, parent: str | None) -> None:
    doc = parse_document(_letter(issuer=issuer))
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (name, parent)


def test_noi_nhan_as_ocr_prints_it() -> None:
    closing = "Nơi nhậm:\n- Như Điều 4;\n- Văn phòng Chính phủ;\n- Lưu: VT, TCT.\n"
    doc = parse_document(_letter(closing=closing))
    assert [r.name for r in doc.distribution] == ["Như Điều 4", "Văn phòng Chính phủ"]


def test_a_stamps_lines_before_kinh_gui() -> None:
    stamp = "D\n\n(Chuyển:...\n\n\\ lu\nLưu ho SƠ 50:.\n\nNoay...24(F. (2046.\n\n"
    doc = parse_document(_letter(before_label=stamp))
    assert [r.name for r in doc.addressees] == ["Cục Thuế các tỉnh, thành phố"]
    # The stamp's lines are kept, unplaced.
    assert any("Chuyển" in f.text for f in doc.unplaced)


def test_more_than_five_short_lines_before_kinh_gui_end_the_heading() -> None:
    lines = "".join(f"Dòng {k}\n" for k in range(7))
    doc = parse_document(_letter(before_label=lines))
    assert doc.addressees == ()


def test_a_garbled_date_under_a_long_trich_yeu() -> None:
    text = (
        "BỘ NGOẠI GIAO\n"
        + _MOTTO
        + "Số: 3185/BNG-LS\n'V/ hướng dẫn việc kiểm tra và công\nnhận Giấy chứng nhận tiêm "
        "chủng và\nGiấy xác nhận khỏi bệnh COVID-19\ncủa nước ngoài.\n\n"
        "Hà Nội, ngày l8thang 8 năm 2021\n\nKính gửi: Ủy ban nhân dân tỉnh Quảng Ninh.\n\n"
        "Bộ Ngoại giao xin thông báo như sau.\n"
    )
    doc = parse_document(text)
    assert (doc.place, str(doc.date)) == ("Hà Nội", "2021-08")
    assert [r.name for r in doc.addressees] == ["Ủy ban nhân dân tỉnh Quảng Ninh"]


def test_addressee_with_the_next_bullets_dash() -> None:
    text = _letter().replace(
        "Kính gửi: Cục Thuế các tỉnh, thành phố", "Kính gửi: Công ty TNHH Mascot Việt Nam. -"
    )
    assert [r.name for r in parse_document(text).addressees] == ["Công ty TNHH Mascot Việt Nam"]


def _cited(sentence: str) -> list[tuple[str, str | None, str | None, str | None]]:
    doc = parse_document(_letter().replace("Tổng cục Thuế hướng dẫn như sau.", sentence))
    return [
        (r.code.code, r.kind, r.issuer, str(r.date) if r.date else None) for r in doc.references
    ]


def test_an_aside_wrapped_between_a_code_and_its_issuer() -> None:
    sentence = (
        "Tại khoản 2 Điều 2 Thông tư số 103/2014/TT-BTC (có hiệu lực từ\n"
        "ngày 01/10/2014) của Bộ Tài chính hướng dẫn thực hiện nghĩa vụ thuế."
    )
    assert _cited(sentence) == [("103/2014/TT-BTC", "thong_tu", "Bộ Tài chính", None)]


def test_the_next_provision_ends_an_issuer() -> None:
    sentence = (
        "Căn cứ Nghị định số 115/2015/NĐ-CP ngày 11/11/2015 của Chính phủ và Điều 28\n"
        "Thông tư số 59/2015/TT-BLĐTBXH ngày 29/12/2015 của Bộ Lao động - Thương binh và Xã hội."
    )
    assert _cited(sentence)[0] == ("115/2015/NĐ-CP", "nghi_dinh", "Chính phủ", "2015-11-11")


def test_a_permit_is_a_type() -> None:
    sentence = (
        "Công ty được Sở Xây dựng tỉnh Hưng Yên cấp Giấy phép hoạt động số 04/SXD-GPT "
        "ngày 16/5/2011 để thực hiện hợp đồng."
    )
    assert _cited(sentence) == [("04/SXD-GPT", "giay_phep", None, "2011-05-16")]
    permit = (
        "BỘ CÔNG THƯƠNG\n" + _MOTTO + "Số: 4286/GP-BCT\nHà Nội, ngày 5 tháng 3 năm 2020\n\n"
        "GIẤY PHÉP\nVẬN CHUYỂN HÀNG HÓA NGUY HIỂM\n\nBộ Công Thương cho phép:\n"
    )
    doc = parse_document(permit)
    assert (doc.kind, doc.subject) == ("giay_phep", "VẬN CHUYỂN HÀNG HÓA NGUY HIỂM")


def test_a_law_passed_by_its_body() -> None:
    sentence = (
        "Căn cứ Luật doanh nghiệp số 68/2014/QH13\n"
        "được Quốc hội Nước CHXHCN Việt Nam thông qua ngày 26/11/2014 quy định như sau."
    )
    assert _cited(sentence) == [
        ("68/2014/QH13", "luat", "Quốc hội Nước CHXHCN Việt Nam", "2014-11-26")
    ]
    signed = "Công điện số 53/CĐ-BYT do Bộ trưởng Bộ Y tế ký ban hành ngày 22/1/2015 về dịch."
    assert _cited(signed) == [("53/CĐ-BYT", "cong_dien", "Bộ trưởng Bộ Y tế", "2015-01-22")]
    # A body that acts on a decision did not issue it.
    acting = "Quyết định số 12/QĐ-UBND được Sở Y tế triển khai kịp thời."
    assert _cited(acting) == [("12/QĐ-UBND", "quyet_dinh", None, None)]


def test_a_place_after_a_garbled_code() -> None:
    doc = parse_document(_letter(number="Số :284ÿCT-TT&HT Hải Phòng, ngày 05 tháng 4 năm 2018"))
    assert (doc.place, str(doc.date)) == ("Hải Phòng", "2018-04-05")


def _items(*labels: str) -> str:
    body = "\n".join(f"{label}. Tăng cường công tác thanh tra, kiểm tra thuế." for label in labels)
    return _letter().replace("Tổng cục Thuế hướng dẫn như sau.", body)


def test_a_label_lost_by_ocr() -> None:
    labels = [d.label for d in parse_document(_items("1", "3", "4", "5", "6")).directives]
    assert labels == ["1", "3", "4", "5", "6"]


@pytest.mark.parametrize(
    "labels",
    [
        ("1", "3"),  # nothing goes on from the skipped number
        ("1", "3", "5"),  # the next label skips too
        ("1", "3", "4", "5"),  # too short a run: a quoted article's clauses
        ("1", "3", "4", "2"),  # the number is elsewhere: a sub-list, not a lost label
    ],
)
def test_a_skipped_number_alone_is_no_lost_label(labels: tuple[str, ...]) -> None:
    assert "3" not in [d.label for d in parse_document(_items(*labels)).directives]


def test_a_slash_read_as_an_exclamation_mark() -> None:
    doc = parse_document(_letter(number="Số: Äf03Y!CTHN-TTHT"))
    assert doc.code is not None
    assert doc.code.symbol == "CTHN-TTHT"


@pytest.mark.parametrize("label", ["Kink gửi:", ", Kink gửi:", "inh gửi:"])
def test_kinh_gui_as_ocr_prints_it(label: str) -> None:
    text = _letter().replace("Kính gửi:", label)
    assert [r.name for r in parse_document(text).addressees] == ["Cục Thuế các tỉnh, thành phố"]


def test_noi_nhat_beside_the_signature_column() -> None:
    closing = "Noi nhật TL. BỘ TRƯỞNG\n- Như trên; CỤC TRƯỞNG\n- Vụ Pháp chế;\n"
    doc = parse_document(_letter(closing=closing))
    assert [r.name for r in doc.distribution] == ["Như trên", "Vụ Pháp chế"]


def test_an_addressees_rest_in_lower_case_after_a_blank_line() -> None:
    text = _letter().replace(
        "Kính gửi: Cục Thuế các tỉnh, thành phố\n\n",
        "Kính gửi: Cục Thuế các tỉnh, thành phố\n\ntrực thuộc trung ương,\n\n",
    )
    assert [r.name for r in parse_document(text).addressees] == [
        "Cục Thuế các tỉnh, thành phố trực thuộc trung ương"
    ]


@pytest.mark.parametrize(
    ("line", "units", "copies"),
    [
        ("~ Lưu: VT, KK. (3b).£", ("VT", "KK"), 3),  # "~" for the bullet, copies after the stop
        ("- Lưu: VT, TTHT(2). (553)", ("VT", "TTHT"), 2),  # debris after copies already read
    ],
)
def test_archive_lines_as_ocr_prints_them(line: str, units: tuple[str, ...], copies: int) -> None:
    closing = f"Nơi nhận:\n- Như trên;\n- Cục CNTT, CS, PC;\n{line}\n\nKT. TỔNG CỤC TRƯỞNG\n"
    archive = parse_document(_letter(closing=closing)).archive
    assert archive is not None
    assert (archive.units, archive.copies) == (units, copies)


@pytest.mark.parametrize(
    ("sentence", "issuer", "date"),
    [
        (
            "Trả lời công văn số 03/2021CV-SN ghi ngày 27/7/2021 của Công ty\n"
            "TNHH BHFLEX VINA (Công ty) hỏi về chính sách thuế.",
            "Công ty TNHH BHFLEX VINA",
            "2021-07-27",
        ),
        (
            "Cục Thuế nhận được công văn số 002/2019/CV-FXHP đề\n"
            "ngày 26/02/2019 của Công ty TNHH Fuji Xerox Hải Phòng, đề nghị hướng dẫn.",
            "Công ty TNHH Fuji Xerox Hải Phòng",
            "2019-02-26",
        ),
        (
            "Cục Thuế nhận được công văn số 1920/2020/CV-JLF ngày 01/09/2020 của Công ty "
            "Luật TNHH Justiva Law (sau đây gọi là Công ty) hỏi về thuế.",
            "Công ty Luật TNHH Justiva Law",
            "2020-09-01",
        ),
    ],
)
def test_a_companys_letter_cited(sentence: str, issuer: str, date: str) -> None:
    ((_, _, found, when),) = _cited(sentence)
    assert (found, when) == (issuer, date)


def test_a_body_named_then_a_heading_on_the_next_line() -> None:
    # A body's whole name, then the next line in capitals: a heading, not more of the name.
    sentence = "Theo Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính\nQUY ĐỊNH CHUNG."
    assert _cited(sentence)[0][2] == "Bộ Tài chính"


# Guards from the review of these rules (review 31): readings the rules must leave alone.

_SIGNED = "\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nLê Văn Dũng\n"


@pytest.mark.parametrize(
    "line",
    [
        "KT, QLĐT, NN&PTNT;",  # a wrapped list of departments
        "TM, DV HOÀNG LONG;",  # a company's name: thương mại, dịch vụ
        "TM và DV HOÀNG LONG;",  # one lower-case word, no office
    ],
)
def test_lines_like_an_authority_in_a_list(line: str) -> None:
    closing = f"Nơi nhận:\n- Như trên;\n- Các phòng: TC-KH, TN-MT,\n{line}\n- Lưu: VT.{_SIGNED}"
    doc = parse_document(_letter(closing=closing))
    (signature,) = doc.signatures
    assert [(a.kind.value, a.holder) for a in signature.authority] == [
        ("TM", "ỦY BAN NHÂN DÂN"),
        ("KT", "CHỦ TỊCH"),
    ]
    assert doc.archive is not None


def test_a_draft_number_of_dots_keeps_its_symbol() -> None:
    doc = parse_document(_letter(number="Số: ….. /QĐ-UBND"))
    assert doc.code is not None
    assert doc.code.symbol == "QĐ-UBND"


@pytest.mark.parametrize(
    ("issuer", "name", "parent"),
    [
        # Joint bodies of different kinds, a dash between them.
        (
            "BỘ CÔNG AN -\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
            "BỘ CÔNG AN - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO",
            None,
        ),
        # A figure alone opening a line is the name's.
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT SỐ\n2 BẢO THẮNG", "TRƯỜNG THPT SỐ 2 BẢO THẮNG", None),
    ],
)
def test_issuer_cells_left_alone(issuer: str, name: str, parent: str | None) -> None:
    doc = parse_document(_letter(issuer=issuer))
    assert doc.issuer is not None
    assert doc.issuer.name == name
    if parent is None and "SỞ GIÁO DỤC" in issuer:
        assert doc.issuer.parent == "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    else:
        assert doc.issuer.parent == parent


def test_noi_nham_in_a_sentence_is_no_label() -> None:
    text = _letter().replace(
        "Tổng cục Thuế hướng dẫn như sau.",
        "Xây dựng khu vui chơi tại trung tâm xã, là\nnơi nhằm: phục vụ trẻ em trên địa bàn.",
    )
    assert "phục vụ trẻ em" in parse_document(text).body


def test_a_date_in_the_body_of_an_undated_heading() -> None:
    text = (
        "UBND TỈNH QUẢNG NAM\n" + _MOTTO + "\nSố: 245/KH-UBND\n\nKẾ HOẠCH\n"
        "Tổ chức kỷ niệm Quốc khánh 2/9\n\n"
        "Kỷ niệm 76 năm Cách mạng tháng Tám thành công, ghi nhớ sự kiện Tổng khởi nghĩa\n"
        "giành chính quyền tại Hà Nội, ngày 19 tháng Tám năm 1945, UBND tỉnh yêu cầu:\n\n"
        "1. Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức.\n"
    )
    doc = parse_document(text)
    assert (doc.place, doc.date) == (None, None)
    assert [d.label for d in doc.directives] == ["1"]


def test_a_notices_short_lines_are_no_stamp() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIỜ\n" + _MOTTO + "\nSố: 25/TB-UBND\n"
        "Cần Giờ, ngày 02 tháng 3 năm 2021\n\nTHÔNG BÁO\nVề việc tiếp nhận hồ sơ\n\n"
        "Thời gian: từ ngày 05/3/2021\nĐịa điểm: Bộ phận Một cửa\nHồ sơ gồm:\n"
        "- Giấy đề nghị đăng ký;\n- Bản sao CCCD;\nMẫu giấy đề nghị như sau:\n"
        "Kính gửi: Phòng Tài chính - Kế hoạch huyện Cần Giờ\nTên tôi là: ............\n"
    )
    doc = parse_document(text)
    assert doc.addressees == ()
    assert "Địa điểm: Bộ phận Một cửa" in doc.body


def test_a_word_like_a_provision_inside_a_name() -> None:
    sentence = (
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 1/3/2021 của Ban Quản lý dự án và Khoản vay "
        "ODA tỉnh về việc phê duyệt."
    )
    assert _cited(sentence)[0][2] == "Ban Quản lý dự án và Khoản vay ODA tỉnh"


@pytest.mark.parametrize(
    "line", ["V/ Trả lời kiến nghị", "V / trả lời kiến nghị", ". , . _ V/v trả lời kiến nghị"]
)
def test_trich_yeu_labels_the_heading_reads_loosely(line: str) -> None:
    assert parse_document(_letter(subject=line)).subject.lower() == "trả lời kiến nghị"


def test_a_banner_with_a_comma_is_no_motto() -> None:
    text = _letter().replace(
        "Tổng cục Thuế hướng dẫn như sau.", "NỀN CỘNG HÒA CỦA TA, CHỦ NGHĨA XÃ HỘI MUÔN NĂM\n"
    )
    assert "NỀN CỘNG HÒA" in parse_document(text).body


@pytest.mark.parametrize(
    ("line", "symbol"),
    [
        ("Số :284ÿCT-TT&HT Hải Phòng, ngày 05 tháng 4 năm 2018", "CT-TT&HT"),
        ("Só:43l¿LĐTBXH-ATLĐ Hà Nội, ngày 14 tháng 4 năm 2022", "LĐTBXH-ATLĐ"),
        ("Số;/?!/ /CI-TTHT Bắc Ninh, ngày 22 tháng 11 năm 2019", "CI-TTHT"),
    ],
)
def test_a_garbled_number_line_merged_with_the_date(line: str, symbol: str) -> None:
    doc = parse_document(_letter(number=line, date=""))
    assert doc.code is not None
    assert doc.code.symbol == symbol
    assert doc.date is not None


def test_a_number_then_its_slash_is_read_as_before() -> None:
    doc = parse_document(
        _letter(number="Số: l 0688/BYT-MT Hà Nội, ngày 4 tháng 3 năm 2021", date="")
    )
    assert doc.code is not None
    assert doc.code.code == "0688/BYT-MT"


# Guards from review 32.


def test_clauses_quoted_inside_an_item_are_no_lost_label() -> None:
    body = (
        "1. Về thời hạn: Điều 5 Thông tư số 39/2016/TT-BTC quy định:\n"
        '"Điều 5. Thời hạn\n3. Đơn vị gửi báo cáo chậm nhất ngày 01 tháng 10.\n'
        '4. Cơ quan tài chính thẩm định trong thời hạn 30 ngày."\n'
        "Đề nghị các đơn vị thực hiện."
    )
    text = _letter().replace("Tổng cục Thuế hướng dẫn như sau.", body)
    assert [d.label for d in parse_document(text).directives] == ["1"]


def test_a_word_of_a_name_like_an_ocr_stop() -> None:
    text = _letter().replace(
        "Tổng cục Thuế hướng dẫn như sau.",
        "1. Trung tâm Làm chủ tri thức và Đổi mới sáng tạo phối hợp thực hiện.",
    )
    (item,) = parse_document(text).directives
    assert item.lead == "Trung tâm Làm chủ tri thức và Đổi mới sáng tạo"


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # "Kỳ" of a place is not the signer's "ký".
        (
            "Thực hiện Kế hoạch số 45/KH-UBND do UBND thành phố Tam Kỳ ban hành ngày 3/3/2023.",
            "UBND thành phố Tam Kỳ",
        ),
        # An assembly that passed another body's plan did not issue it.
        (
            "Kế hoạch số 12/KH-UBND được Ban Thường vụ Tỉnh ủy thông qua ngày 5/5/2022 về phát "
            "triển.",
            None,
        ),
        # A type word and an acronym: the next citation.
        (
            "Theo Thông tư số 59/2015/TT-BLĐTBXH ngày 29/12/2015 của Bộ Tài chính Luật BHXH số "
            "58/2014/QH13 quy định.",
            "Bộ Tài chính",
        ),
    ],
)
def test_issuers_left_alone(sentence: str, issuer: str | None) -> None:
    assert _cited(sentence)[0][2] == issuer


def test_a_bare_head_then_a_section_label() -> None:
    sentence = "Thực hiện Kế hoạch số 45/KH-SXD ngày 3/3/2023 của Sở\nII. NHIỆM VỤ TRỌNG TÂM"
    assert _cited(sentence)[0][2] != "Sở II"


def test_a_purpose_wrapped_before_a_deadline_is_no_date() -> None:
    sentence = "Thực hiện Thông báo số 320/TB-CT để\nngày 15/4/2019 hoàn thành quyết toán."
    assert _cited(sentence)[0][3] is None


def test_a_year_in_brackets_is_no_copies() -> None:
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT, KK. (2023).\n\nKT. TỔNG CỤC TRƯỞNG\n"
    archive = parse_document(_letter(closing=closing)).archive
    assert archive is not None
    assert archive.copies is None


def test_a_short_body_line_in_lower_case_is_no_addressee() -> None:
    text = _letter().replace(
        "Kính gửi: Cục Thuế các tỉnh, thành phố\n\n",
        "Kính gửi: Cục Thuế các tỉnh, thành phố\n\n"
        "hực hiện chỉ đạo của Bộ trưởng Bộ Tài chính,\n\n",
    )
    assert [r.name for r in parse_document(text).addressees] == ["Cục Thuế các tỉnh, thành phố"]


def test_words_glued_by_an_exclamation_mark_are_no_number_line() -> None:
    text = _letter().replace("Tổng cục Thuế hướng dẫn như sau.", "Sổ sách!KT-TC được lưu giữ.")
    assert "Sổ sách" in parse_document(text).body


def test_a_form_labelled_as_ocr_prints_it_stays_with_its_act() -> None:
    form = (
        "\n\nMau sé 04\n\n" + _MOTTO + "\nĐỀ NGHỊ HƯỞNG HỖ TRỢ\n\nKính gửi: Bảo hiểm xã hội "
        "huyện ...\n\nHọ và tên: ............\n"
    )
    assert len(parse(_letter() + form)) == 1


_LIST = "- Văn phòng Quốc hội;\n- Văn phòng Chính phủ;\n- Kiểm toán Nhà nước;\n- Công báo;\n"


def test_a_list_ending_with_its_luu_line_under_a_garbled_label() -> None:
    closing = f"Nơi niệm g BỘ TRƯỞNG\n{_LIST}- Lưu: VT, TCT.\n"
    doc = parse_document(_letter(closing=closing))
    assert [r.name for r in doc.distribution] == [
        "Văn phòng Quốc hội",
        "Văn phòng Chính phủ",
        "Kiểm toán Nhà nước",
        "Công báo",
    ]
    assert doc.archive is not None
    assert [s.position for s in doc.signatures] == ["BỘ TRƯỞNG"]


def test_a_short_list_over_a_luu_line_needs_its_label() -> None:
    # Three bullets: as likely the body's last lines.
    closing = "Nơi niệm g\n- Văn phòng Quốc hội;\n- Công báo;\n- Website;\n- Lưu: VT, TCT.\n"
    assert parse_document(_letter(closing=closing)).distribution == ()


# Guards from review 33.


def test_a_procedures_steps_ending_with_lưu_stay_in_the_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐÔNG ANH\n" + _MOTTO + "Số: 12/QĐ-UBND\n"
        "Đông Anh, ngày 15 tháng 6 năm 2020\n\nQUYẾT ĐỊNH\nBan hành quy trình tiếp nhận hồ sơ\n\n"
        "Điều 1. Quy trình tiếp nhận hồ sơ gồm các bước:\n- Tiếp nhận hồ sơ tại bộ phận một cửa;\n"
        "- Kiểm tra tính hợp lệ của hồ sơ;\n- Chuyển phòng chuyên môn thẩm định;\n"
        "- Trình lãnh đạo ký duyệt;\n- Trả kết quả cho công dân;\n"
        "- Lưu: hồ sơ tại bộ phận văn thư.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
        "Điều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Bình\n"
    )
    doc = parse_document(text)
    assert [d.label for d in doc.directives] == ["Điều 1", "Điều 2", "Điều 3"]
    assert doc.distribution == ()


@pytest.mark.parametrize(
    "line", ["Nay nhà trường thông báo:", "Nhằm nâng cao hiệu quả công tác,", "Nơi nộp hồ sơ:"]
)
def test_a_body_line_over_a_list_is_no_garbled_label(line: str) -> None:
    body = (
        f"{line}\n- Học sinh có mặt lúc 6 giờ 30;\n- Giáo viên chủ nhiệm ổn định lớp;\n"
        "- Đoàn trường chuẩn bị hội trường;\n- Bảo vệ trực cổng từ 6 giờ.\n- Lưu: VT.\n"
    )
    text = _letter(closing="").replace("Tổng cục Thuế hướng dẫn như sau.", body)
    doc = parse_document(text)
    assert "Giáo viên chủ nhiệm" in doc.body
    assert doc.distribution == ()


@pytest.mark.parametrize(
    "line",
    [
        "SỞ GD-ĐT QUẢNG NAM Quảng Nam, ngày 5 tháng 3 năm 2021",  # "Sở" folds like "Số"
        "Số 5 Lê Lợi TP-HCM Hà Nội, ngày 5 tháng 3 năm 2021",  # an address: words before it
    ],
)
def test_lines_like_a_garbled_number_line(line: str) -> None:
    assert parse_document(_letter(number=line, date="")).code is None


def test_a_run_of_dashes_after_so() -> None:
    # A pattern of unbounded runs either side of the number took 21.5 s for 20 000 dashes.
    text = _letter(number="Số:" + "-" * 200_000 + " Hà Nội, ngày 1 tháng 1 năm 2020", date="")
    parse(text, timeout=20.0)


@pytest.mark.parametrize(
    "motto",
    [
        "CQNG HOA XA HQI CHU NGHIA VIET NAM",
        "LONG HOA XA HOI CHU NGHIA VIET NAM",
        "CONG E 1ÔI CHỦ NGHĨA VIỆT NAM",
        "G HOÀ XÃ HỘI CHỦ NGHĨA VIET NAM +",
    ],
)
def test_a_quoc_hieu_garbled_beyond_the_patterns(motto: str) -> None:
    text = (
        f"BO TAI CHINH {motto}\nTONG CUC THUE Độc lập - Tự do - Hạnh phúc\n"
        "Số: 4312/TCT-KK Hà Nội, ngày 05 tháng 11 năm 2018\nV/v điều chỉnh tiền chậm nộp\n\n"
        "Kính gửi: Cục Thuế tỉnh Ninh Bình\n\nTổng cục Thuế trả lời như sau.\n"
    )
    doc = parse_document(text)
    assert doc.motto is not None
    assert doc.motto.value == "state"
    assert doc.issuer is not None
    assert doc.issuer.name == "TONG CUC THUE"
    assert doc.issuer.parent == "BO TAI CHINH"


@pytest.mark.parametrize(
    "line",
    [
        # the words of the quốc hiệu without "CỘNG HÒA": a title's words
        "XÂY DỰNG NHÀ NƯỚC PHÁP QUYỀN XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        # in sentence case
        "Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền",
    ],
)
def test_words_of_the_quoc_hieu_that_are_none(line: str) -> None:
    doc = parse_document(f"HỘI NGHỊ\n\n{line}\n\nCác đại biểu thảo luận về nội dung trên.\n")
    assert doc.motto is None


def test_a_months_ones_split_by_ocr() -> None:
    (ref,) = find_references("Căn cứ Thông tư số 156/2013/TT-BTC ngày 06/1 1/2013 hướng dẫn.")
    assert ref.date is not None
    assert ref.date.isoformat() == "2013-11-06"


def test_a_list_of_two_figures_is_no_split_month() -> None:
    (ref,) = find_references("Căn cứ Thông tư số 156/2013/TT-BTC ngày 06/1 13/2013 hướng dẫn.")
    assert ref.date is None


_GARBLED_HEADING = "{cell} CQNG HOA XA HQI CHU NGHIA VIET NAM\nĐộc lập - Tự do - Hạnh phúc\n" + (
    "Số: 45/UBND-VP Hà Nội, ngày 10 tháng 9 năm 2019\nV/v báo cáo tình hình\n\n"
    "Kính gửi: Bộ Nội vụ\n\nỦy ban nhân dân tỉnh báo cáo như sau.\n"
)


@pytest.mark.parametrize(
    "cell",
    # Review 35: the cell's own words that fold like the phrase's ("CÔNG", "HÓA", "HÒA") and
    # short words before it ("TỈNH", "VÌ") are the issuer's.
    [
        "CÔNG AN TỈNH NAM ĐỊNH",
        "UBND TỈNH THANH HÓA",
        "SỞ VĂN HÓA VÀ THỂ THAO",
        "UBND TỈNH HÒA BÌNH",
    ],
)
def test_a_garbled_quoc_hieu_after_an_issuer_with_its_words(cell: str) -> None:
    doc = parse_document(_GARBLED_HEADING.format(cell=cell))
    assert doc.motto is not None
    assert doc.issuer is not None
    assert doc.issuer.name == cell


@pytest.mark.parametrize(
    "text",
    # Review 35: names, titles and slogans holding the phrase's words.
    [
        "CÔNG TY TNHH ĐẠI NGHĨA VIỆT NAM\nSố: 15/2023/CV-ĐN\nV/v xác nhận công nợ\n\n"
        "Kính gửi: Công ty Cổ phần Thành Công\n\nCông ty xác nhận như sau.\n",
        "HỘI NGHỊ VĂN HÓA TOÀN QUỐC\n\nXÂY DỰNG NỀN VĂN HÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM TIÊN TIẾN\n\n"
        "Các đại biểu thảo luận.\n",
        "UBND HUYỆN ỨNG HÒA\nĐẢNG ỦY XÃ HÒA XÁ\n\nCÔNG TRÌNH NÂNG CẤP ĐƯỜNG HÒA XÁ - HỘI XÁ - "
        "NGHĨA TRANG NHÂN DÂN\nSố: 12/BC-UBND\n\nBáo cáo tiến độ thi công công trình.\n",
        "BÀI PHÁT BIỂU CỦA BÍ THƯ TỈNH ỦY\n\nĐẨY MẠNH CÔNG NGHIỆP HÓA, HIỆN ĐẠI HÓA THEO ĐỊNH "
        "HƯỚNG XÃ HỘI CHỦ NGHĨA\n\nThưa các đồng chí.\n",
        "SỞ Y TẾ TỈNH HÒA BÌNH\nBỆNH VIỆN ĐA KHOA HOA XA HOI CHU NGHIA VIET NAM\nSố: 45/BV-KHTH\n"
        "\nBệnh viện báo cáo.\n",
    ],
)
def test_the_quoc_hieus_words_in_names_and_slogans(text: str) -> None:
    assert parse_document(text).motto is None


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 12/QĐ-UBND\t06/1\t1/2013\tUBND tỉnh",  # a table's cells
        "Căn cứ Thông tư số 156/2013/TT-BTC ngày 2 8/1 0/2013 hướng dẫn.",  # the day split too
    ],
)
def test_no_split_month_across_cells_or_after_a_split_day(text: str) -> None:
    (ref,) = find_references(text)
    assert ref.date is None


@pytest.mark.parametrize(
    "tieu_ngu", ["DQc I$p - Tu do - Hgnh phric", "DOc lap - Tu do - Hanh phtic"]
)
def test_a_tieu_ngu_garbled_word_by_word_ends_the_issuers_cell(tieu_ngu: str) -> None:
    doc = parse_document(
        f"BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ {tieu_ngu}\n"
        "Số: 12/TCT-CS Hà Nội, ngày 5 tháng 3 năm 2016\nV/v chính sách thuế\n\n"
        "Kính gửi: Cục Thuế tỉnh Khánh Hòa\n\nTổng cục Thuế trả lời như sau.\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH")


def test_a_sentence_shaped_like_the_tieu_ngu_is_none_where_it_is_printed() -> None:
    doc = parse_document(
        "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/TCT-CS\nHà Nội, ngày 5 tháng 3 năm 2016\nV/v chính sách thuế\n\n"
        "Kính gửi: Cục Thuế tỉnh Khánh Hòa\n\nDác lap - Tu do - Hanh phuc là khẩu hiệu.\n"
    )
    assert doc.spans["tieu_ngu"].start < doc.spans["code"].start


def test_a_recipients_rest_after_its_semicolon_stays_a_recipient() -> None:
    # Review 36: a name after ";" in a wrapped entry's rest is a recipient ("Nam Định"), even
    # where the signer's name is printed further down; the rule that read it as the signer's
    # was dropped.
    closing = (
        "Nơi nhận:                                  KT. TỔNG CỤC TRƯỞNG\n"
        "- Như trên;                                PHÓ TỔNG CỤC TRƯỞNG\n"
        "- Sở Tài chính các tỉnh: Bắc Ninh, Hải Dương,\nHưng Yên, Thái Bình; Nam Định\n"
        "- Lưu: VT, QLN.\n\n                                           Trần Văn Bình\n"
    )
    doc = parse_document(_letter(closing=closing))
    assert [s.name for s in doc.signatures] == ["Trần Văn Bình"]
    assert "Nam Định" in [r.name for r in doc.distribution]


def test_an_abbreviations_stop_before_a_dash_inside_an_addressee() -> None:
    # Review 36: "Co., Ltd. - Chi nhánh …" is one addressee; splitting a list flattened onto
    # one line at ". -" was dropped for it.
    doc = parse_document(
        _letter().replace(
            "Kính gửi: Cục Thuế các tỉnh, thành phố",
            "Kính gửi: Công ty TNHH Sao Mai Co., Ltd. - Chi nhánh Hải Phòng",
        )
    )
    assert [a.name for a in doc.addressees] == [
        "Công ty TNHH Sao Mai Co., Ltd. - Chi nhánh Hải Phòng"
    ]


def test_a_sentence_shaped_like_a_garbled_tieu_ngu_stays_in_the_body() -> None:
    # Review 36: the garbled tiêu ngữ must end its line or cell.
    doc = parse_document(
        "ĐẢNG BỘ TỈNH NAM ĐỊNH\nHUYỆN ỦY GIAO THỦY\n*\nSố 12-NQ/HU\n"
        "Giao Thủy, ngày 5 tháng 3 năm 2024\n\nNGHỊ QUYẾT\nvề xây dựng nông thôn mới\n\n"
        "Đức lập - Tự do - Hạnh phúc là khẩu hiệu được khắc trên cổng xã Đức Lập.\n"
        "Huyện ủy quyết nghị như sau.\n"
    )
    assert "khẩu hiệu" in doc.body
