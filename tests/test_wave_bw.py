"""Rules from the bw-c … bz-c batches: flattened headings, OCR's lost "ố", a title line lost
over a verb in capitals, web pages' time stamps and joint bodies' colons."""

from __future__ import annotations

import pytest

from vnadmindoc import parse

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {code}\nX, ngày 15 tháng 10 năm 2024\n{line}\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
)


# --- citations -------------------------------------------------------------------------------


def test_a_comma_before_tai_keeps_the_asker_of_a_citation() -> None:
    text = _HEAD.format(code="13/2014/QĐ-UBND", line="QUYẾT ĐỊNH") + (
        "Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông, tại Tờ trình số 24/TTr-STTTT "
        "ngày 30/9/2014,\n"
    )
    (doc,) = parse(text)
    assert [(r.code.code, r.issuer) for r in doc.references] == [
        ("24/TTr-STTTT", "Giám đốc Sở Thông tin và Truyền thông")
    ]


def test_two_bodies_before_tai_name_no_asker() -> None:
    text = _HEAD.format(code="13/2014/QĐ-UBND", line="QUYẾT ĐỊNH") + (
        "Xét đề nghị của Sở Tư pháp, Sở Nội vụ tại Tờ trình số 24/TTr-STP ngày 30/9/2014,\n"
    )
    (doc,) = parse(text)
    assert [(r.code.code, r.issuer) for r in doc.references] == [("24/TTr-STP", None)]


def test_the_s_left_of_so_glued_to_the_number_cites() -> None:
    text = _HEAD.format(code="06/2018/QĐ-UBND", line="QUYẾT ĐỊNH") + (
        "Căn cứ Nghị định s20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về việc tiếp nhận;\n"
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát;\n"
    )
    (doc,) = parse(text)
    assert [(r.code.code, r.kind, r.issuer) for r in doc.references] == [
        ("20/2008/NĐ-CP", "nghi_dinh", "Chính phủ"),
        ("63/2010/NĐ-CP", "nghi_dinh", "Chính phủ"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo số liệu của 20 đơn vị, có 15/20 đơn vị đạt.",  # no type before the "s"
        "Các phường 3s12/2020 được khảo sát.",  # an "s" glued inside a token
    ],
)
def test_an_s_before_figures_without_a_type_cites_nothing(sentence: str) -> None:
    text = _HEAD.format(code="06/2018/QĐ-UBND", line="QUYẾT ĐỊNH") + sentence + "\n"
    (doc,) = parse(text)
    assert doc.references == ()


# --- the trích yếu ---------------------------------------------------------------------------


def test_a_verb_in_capitals_under_an_acts_number_opens_the_trich_yeu() -> None:
    text = _HEAD.format(code="46/2024/QĐ-UBND", line="QUY ĐỊNH CỤ THỂ MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI")
    (doc,) = parse(text)
    assert (doc.kind, doc.title) == ("quyet_dinh", None)
    assert doc.subject == "QUY ĐỊNH CỤ THỂ MỘT SỐ ĐIỀU CỦA LUẬT ĐẤT ĐAI"


@pytest.mark.parametrize(
    ("code", "line", "title", "subject"),
    [
        # the type's own code
        ("46/QyĐ-UBND", "QUY ĐỊNH CỤ THỂ MỘT SỐ ĐIỀU", "QUY ĐỊNH", "CỤ THỂ MỘT SỐ ĐIỀU"),
        # the trích yếu in sentence case after the type: a title
        ("46/QĐ-UBND", "QUY ĐỊNH Về quản lý chất thải", "QUY ĐỊNH", "Về quản lý chất thải"),
        # a plan's code names no type surely (a company's "KH" too)
        ("12/KH-UBND", "HƯỚNG DẪN THỰC HIỆN TUYỂN SINH", "HƯỚNG DẪN", "THỰC HIỆN TUYỂN SINH"),
    ],
)
def test_a_type_in_capitals_over_its_words_stays_a_title(
    code: str, line: str, title: str, subject: str
) -> None:
    (doc,) = parse(_HEAD.format(code=code, line=line))
    assert (doc.title, doc.subject) == (title, subject)


def test_a_code_in_a_trich_yeu_in_capitals_keeps_it_going() -> None:
    text = (
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 2596/KH-BHXH\nHà Nội, ngày 19 tháng 7 năm 2019\n"
        "KẾ HOẠCH\nTHỰC\nHIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 CỦA THỦ TƯỚNG\n"
        "PHÊ DUYỆT ĐỀ ÁN ĐỔI MỚI\nCăn cứ quan điểm chỉ đạo tại Quyết định số 856/QĐ-TTg;\n"
    )
    (doc,) = parse(text)
    assert doc.subject == (
        "THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 CỦA THỦ TƯỚNG PHÊ DUYỆT "
        "ĐỀ ÁN ĐỔI MỚI"
    )


def test_a_sentence_case_line_ends_a_trich_yeu_in_capitals_despite_its_code() -> None:
    text = (
        "BẢO HIỂM XÃ HỘI VIỆT NAM\nSố: 2596/KH-BHXH\nHà Nội, ngày 19 tháng 7 năm 2019\n"
        "KẾ HOẠCH\nTHỰC HIỆN ĐỀ ÁN ĐỔI MỚI\nThực hiện Quyết định số 856/QĐ-TTg, BHXH ban hành.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "THỰC HIỆN ĐỀ ÁN ĐỔI MỚI"


@pytest.mark.parametrize("stamp", ["2/27/2017 9:59:00 AM", "27/02/2017 09:59"])
def test_a_pages_time_stamp_past_a_blank_line_is_no_trich_yeu(stamp: str) -> None:
    text = (
        f"Về việc góp ý dự thảo Quyết định giai đoạn 2016-2020\n\n{stamp}\n\n\n"
        "Kính gửi: Sở Thông tin và Truyền thông\n\nBộ đề nghị Quý Sở góp ý.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "góp ý dự thảo Quyết định giai đoạn 2016-2020"


def test_figures_past_a_blank_line_still_go_on_with_a_trich_yeu() -> None:
    text = (
        "Về việc góp ý dự thảo Quyết định giai đoạn\n\n2016 - 2020 của tỉnh\n\n\n"
        "Kính gửi: Sở Thông tin và Truyền thông\n\nBộ đề nghị Quý Sở góp ý.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "góp ý dự thảo Quyết định giai đoạn 2016 - 2020 của tỉnh"


# --- flattened headings ------------------------------------------------------------------------

_FLAT = (
    "UBND TỈNH HẢI DƯƠNG {cell} Số: 79/SNV-TCCB V/v tổ chức tuyển dụng viên chức năm 2011 "
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc Hải Dương, ngày 15 tháng 02 "
    "năm 2011 Kính gửi: - Chủ tịch UBND huyện, thành phố; - Thủ trưởng các đơn vị trực thuộc Sở. "
    "Căn cứ Quyết định số 62/2007/QĐ-BGD&ĐT ngày 26/10/2007 của Bộ Giáo dục và Đào tạo ban hành "
    "Quy định về nội dung và hình thức tuyển dụng giáo viên; Căn cứ Thông tư 04/2007/TT-BNV ngày "
    "21/6/2007 của Bộ Nội vụ;\n"
)


def test_a_trich_yeu_after_the_code_on_a_flattened_heading_is_read() -> None:
    (doc,) = parse(_FLAT.format(cell="SỞ NỘI VỤ"))
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("SỞ NỘI VỤ", "UBND TỈNH HẢI DƯƠNG")
    assert doc.subject == "tổ chức tuyển dụng viên chức năm 2011"


def test_a_flattened_list_of_addressees_ends_at_its_full_stop_before_a_basis() -> None:
    (doc,) = parse(_FLAT.format(cell="SỞ NỘI VỤ"))
    assert [a.name for a in doc.addressees] == [
        "Chủ tịch UBND huyện, thành phố",
        "Thủ trưởng các đơn vị trực thuộc Sở",
    ]
    assert doc.body.startswith("Căn cứ Quyết định số 62/2007/QĐ-BGD&ĐT")


def test_addressees_listed_with_a_unit_carrying_out_a_rule_stay_listed() -> None:
    text = (
        "UBND TỈNH X\nSỞ NỘI VỤ\nSố: 79/SNV-TCCB\nX, ngày 15 tháng 02 năm 2011\n"
        "Kính gửi: Sở Y tế; Ban Chỉ đạo Thực hiện Quy chế dân chủ cơ sở theo Quyết định số "
        "12/QĐ-UBND của UBND tỉnh; Sở Tư pháp.\n\nSở Nội vụ đề nghị các đơn vị báo cáo.\n"
    )
    (doc,) = parse(text)
    assert len(doc.addressees) == 3


@pytest.mark.parametrize("sep", [": ", " "])
def test_a_joint_bodys_head_may_take_a_colon(sep: str) -> None:
    cell = f"LIÊN NGÀNH{sep}NỘI VỤ - GIÁO DỤC VÀ ĐÀO TẠO"
    (doc,) = parse(_FLAT.format(cell=cell))
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (cell, "UBND TỈNH HẢI DƯƠNG")


def test_a_joint_bodys_cell_on_its_own_lines_splits_from_its_parent() -> None:
    text = (
        "UBND TỈNH HẢI DƯƠNG\nLIÊN NGÀNH: NỘI VỤ - GIÁO DỤC VÀ ĐÀO TẠO\nSố: 79/LN-NV-GDĐT\n"
        "V/v tổ chức tuyển dụng năm 2011\nHải Dương, ngày 15 tháng 02 năm 2011\n"
        "Kính gửi: Sở A.\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (
        "LIÊN NGÀNH: NỘI VỤ - GIÁO DỤC VÀ ĐÀO TẠO",
        "UBND TỈNH HẢI DƯƠNG",
    )
