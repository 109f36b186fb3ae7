"""Headings of the ``al-*`` held-out batches: a draft's place left as dots, a guide's trích
yếu worded like a body's sentence ("Thực hiện …"), a part's label or a Party section ("I- …")
under the trích yếu, and a slash typed before "của"."""

from __future__ import annotations

import pytest

from vnadmindoc import find_references, parse_document

_HEADING = """\
ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{place}, ngày 20 tháng 6 năm 2018

{title}
{subject}
{body}
"""


def _doc(
    *, place: str = "An Bình", title: str = "BÁO CÁO", subject: str = "", body: str = ""
) -> tuple[str | None, str | None, str | None]:
    d = parse_document(_HEADING.format(place=place, title=title, subject=subject, body=body))
    return (d.date.isoformat() if d.date else None), d.place, d.subject


def test_a_drafts_dotted_place_leaves_its_date_readable() -> None:
    date, place, subject = _doc(
        place="..........", subject="Tình hình kinh tế - xã hội", body="\nNội dung báo cáo."
    )
    assert (date, place, subject) == ("2018-06-20", None, "Tình hình kinh tế - xã hội")


def test_a_forms_blank_date_under_dots_is_no_date_line() -> None:
    text = (
        "Mẫu số 01\n\n.........., ngày ..... tháng ..... năm 20...\n\nĐƠN ĐỀ NGHỊ\n"
        "Kính gửi: UBND xã"
    )
    assert parse_document(text).date is None


@pytest.mark.parametrize("label", ["Phần thứ nhất", "PHẦN I", "Chương II", "Mục 1."])
def test_a_parts_label_under_the_trich_yeu_opens_the_body(label: str) -> None:
    _, _, subject = _doc(
        subject="Tình hình phát triển kinh tế - xã hội\ngiữa nhiệm kỳ 2015 - 2020",
        body=f"{label}\nTÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT",
    )
    assert subject == "Tình hình phát triển kinh tế - xã hội giữa nhiệm kỳ 2015 - 2020"


def test_a_party_sections_dashed_label_opens_the_body() -> None:
    _, _, subject = _doc(
        title="NGHỊ QUYẾT",
        subject="VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT ĐẾN NĂM 2030",
        body="I- TÌNH HÌNH VÀ NGUYÊN NHÂN\nSau 10 năm thực hiện Nghị quyết, kết quả tốt.",
    )
    assert subject == "VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT ĐẾN NĂM 2030"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Thực hiện đánh giá kết quả rèn luyện của sinh viên\n(Áp dụng từ năm học 2008 – 2009)",
            "\nCăn cứ Quy chế, Ban Giám hiệu hướng dẫn như sau:",
        ),
        (
            "Thực hiện Nghị quyết số 12-NQ/TU ngày 1/2/2020 của Tỉnh ủy",
            "\nI. MỤC ĐÍCH\n1. Nội dung.",
        ),
    ],
)
def test_a_trich_yeu_worded_like_a_sentence_is_read_under_the_title(
    subject: str, body: str
) -> None:
    assert _doc(title="HƯỚNG DẪN", subject=subject, body=body)[2] == " ".join(subject.split("\n"))


@pytest.mark.parametrize(
    "body",
    [
        # The body's sentence goes on past its line and ends with a colon ...
        "Thực hiện chỉ đạo của UBND tỉnh về việc phòng chống dịch\nbệnh, xã thông báo như sau:",
        # ... or its paragraph after a blank line is no opening of a body.
        "Thực hiện chỉ đạo của UBND tỉnh về việc phòng chống dịch\n\nXã thông báo như sau:",
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 1/2/2020, xã ban hành kế hoạch:\nI. MỤC ĐÍCH",
    ],
)
def test_a_body_opening_with_thuc_hien_is_no_trich_yeu(body: str) -> None:
    assert _doc(title="THÔNG BÁO", body=body)[2] is None


def test_a_slash_typed_before_cua_still_names_the_issuer() -> None:
    refs = find_references(
        "ban hành kèm theo Quyết định số 60/2007/QĐ-BGDĐT, ngày 16/10/2007/của Bộ trưởng Bộ "
        "Giáo dục và Đào tạo;"
    )
    assert [(r.code.code, r.issuer) for r in refs] == [
        ("60/2007/QĐ-BGDĐT", "Bộ trưởng Bộ Giáo dục và Đào tạo")
    ]


# Guards: inputs a review (review 27) wrote to make these rules misfire.


def test_a_dotted_date_in_the_bodys_sample_is_no_date_line() -> None:
    doc = parse_document(
        _HEADING.format(place="An Bình", title="HƯỚNG DẪN", subject="Ghi chép sổ sách", body="")
        + "\nĐiều 1. Cách ghi ngày tháng\nNgày ghi theo mẫu:\n…………, ngày 20 tháng 6 năm 2018\n"
        "Điều 2. Hiệu lực thi hành\n"
    )
    assert [d.label for d in doc.directives] == ["Điều 1", "Điều 2"]
    assert "…………, ngày 20 tháng 6 năm 2018" in doc.body


@pytest.mark.parametrize(
    ("subject", "whole"),
    [
        (
            "Góp ý dự thảo sửa đổi, bổ sung\nChương II\nLuật Thi đua, Khen thưởng",
            "Góp ý dự thảo sửa đổi, bổ sung Chương II Luật Thi đua, Khen thưởng",
        ),
        ("Quy định xếp loại\nMức 2", "Quy định xếp loại Mức 2"),
        (
            "TỔ CHỨC ĐẠI HỘI HỘI NÔNG DÂN HUYỆN LẦN THỨ\nXI - NHIỆM KỲ 2023 - 2028",
            "TỔ CHỨC ĐẠI HỘI HỘI NÔNG DÂN HUYỆN LẦN THỨ XI - NHIỆM KỲ 2023 - 2028",
        ),
    ],
)
def test_a_label_that_goes_on_with_the_trich_yeu_is_kept_in_it(subject: str, whole: str) -> None:
    assert _doc(title="KẾ HOẠCH", subject=subject, body="\nI. MỤC ĐÍCH\n1. Nội dung.")[2] == whole


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "THÔNG BÁO",
            "Thực hiện chỉ đạo của Chủ tịch UBND huyện, UBND xã thông báo lịch tiếp công dân\n"
            "1. Thời gian: sáng thứ Năm hằng tuần.",
        ),
        (
            "BÁO CÁO",
            "Thực hiện Công văn số 45/UBND-NV ngày 01/3/2024 của UBND huyện\nI. KẾT QUẢ",
        ),
        (
            "KẾ HOẠCH",
            "Thực hiện Công văn số 45/UBND-NV, UBND xã ban hành kế hoạch như sau\nI. MỤC ĐÍCH",
        ),
    ],
)
def test_a_notices_or_a_reports_thuc_hien_is_its_body(title: str, body: str) -> None:
    assert _doc(title=title, body=body)[2] is None


def test_a_standing_board_over_its_council_is_one_issuer() -> None:
    doc = parse_document(
        _HEADING.replace("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH", "THƯỜNG TRỰC\nHĐND - UBND TỈNH HÒA BÌNH")
        .replace("12/BC-UBND", "06/QC-TT.HĐND-UBND")
        .format(place="Hòa Bình", title="QUY CHẾ", subject="Phối hợp công tác", body="")
    )
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH", None)


@pytest.mark.parametrize("number", ["Số: ...... /KH-THVBA", "Số: ….. /KH-THVBA", "Số: /KH-THVBA"])
def test_a_drafts_number_left_as_a_few_dots_is_blank(number: str) -> None:
    doc = parse_document(
        "PHÒNG GD & ĐT HÒA BÌNH\nTRƯỜNG TH VĨNH BÌNH A\n"
        f"{number}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
        "Vĩnh Bình, ngày 5 tháng 9 năm 2017\n\nKẾ HOẠCH\n"
        "KIỂM TRA NỘI BỘ TRƯỜNG HỌC - NĂM HỌC 2017-2018\n"
        "Căn cứ Điều 20 Thông tư 41/2010/TT-BGDĐT ngày 30 tháng 12 năm 2010;\n"
    )
    assert doc.code is not None
    assert (doc.code.code, doc.code.number) == ("/KH-THVBA", None)
    # "TRƯỜNG HỌC" (schools), printed with its accent, is no "TRƯỞNG" enacting the plan
    assert doc.subject == "KIỂM TRA NỘI BỘ TRƯỜNG HỌC - NĂM HỌC 2017-2018"


def test_an_enacting_head_without_accents_still_ends_the_trich_yeu() -> None:
    doc = parse_document(
        _HEADING.format(
            place="An Bình",
            title="QUYẾT ĐỊNH",
            subject="Về việc kiện toàn tổ công tác",
            body="HIEU TRUONG TRUONG THCS AN BINH\nCăn cứ Luật Giáo dục năm 2019;\n",
        )
    )
    assert doc.subject == "kiện toàn tổ công tác"


def test_a_forms_field_of_dots_is_no_number_line() -> None:
    # Review 37: a longer run of dots read as a number made a form's field a heading's anchor.
    doc = parse_document(
        "ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP\n\nKính gửi: Ủy ban nhân dân xã An Bình\n\n"
        "Họ và tên: Nguyễn Văn A\nSố: ............ - Nơi cấp: ..................\n"
        "Tôi xin cam đoan những lời khai trên là đúng sự thật.\n"
    )
    assert doc.code is None
