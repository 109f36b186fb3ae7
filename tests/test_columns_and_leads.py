"""Rules of the ``am-*`` held-out batches: a signature column beside a wrapped recipient, an
issuer's cell citing the act it works under, an item headed by a unit alone, a code wrapped
after its number, a Cyrillic letter inside a Vietnamese word, and a title with its trích yếu
under a date line or over the period it covers."""

from __future__ import annotations

import pytest

from vnadmindoc import parse_document
from vnadmindoc.fields.closing import is_position
from vnadmindoc.text import fold

_CLOSING = """\
ỦY BAN NHÂN DÂN
PHƯỜNG AN BÌNH
Số: 31/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Bình, ngày 20 tháng 7 năm 2026

THÔNG BÁO
Về việc tiếp nhận hồ sơ

Ủy ban nhân dân phường trân trọng thông báo./.
Nơi nhận:                                             TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (B/c);                                          CHỦ TỊCH
- Văn phòng (đăng tải trên các phương           PHÓ CHỦ TỊCH THƯỜNG TRỰC
tiện thông tin của phường);
- Trung tâm Dịch vụ tổng hợp phường (đăng tải
thông báo này);                                  Nguyễn Văn An
- Lưu: VT.
"""


def test_a_name_beside_a_wrapped_recipient_is_the_signers() -> None:
    d = parse_document(_CLOSING)
    assert [s.name for s in d.signatures] == ["Nguyễn Văn An"]
    assert [r.name for r in d.distribution][-1] == (
        "Trung tâm Dịch vụ tổng hợp phường (đăng tải thông báo này)"
    )


def test_a_wrapped_recipient_is_joined_without_the_column_beside_it() -> None:
    names = [r.name for r in parse_document(_CLOSING).distribution]
    assert names[1] == "Văn phòng (đăng tải trên các phương tiện thông tin của phường)"


_TEAM = """\
   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh phúc
  THEO QUYẾT ĐỊNH
   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026

     Số: 1105/KH-ĐKT

                               KẾ HOẠCH
Kiểm tra việc chấp hành quy định về vật liệu nổ công nghiệp

      Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.
"""


def test_an_issuers_cell_citing_its_act_is_no_number_line() -> None:
    d = parse_document(_TEAM)
    assert d.code is not None
    assert d.code.code == "1105/KH-ĐKT"
    assert d.issuer is not None
    assert d.issuer.name == "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"
    assert d.issuer.parent == "SỞ CÔNG THƯƠNG"


def test_a_number_line_under_another_cell_is_still_read() -> None:
    # "SỞ Y TẾ" / "Số 15/SYT-VP": no type's name above, the number line stands.
    text = (
        "UBND TỈNH AN GIANG\nSỞ Y TẾ\nSố 15/SYT-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Giang, ngày 2 tháng 3 năm 2021\n\nV/v tiêm chủng\n"
    )
    d = parse_document(text)
    assert d.code is not None
    assert d.code.code == "15/SYT-VP"


def _leads(body: str) -> list[str | None]:
    return [d.lead for d in parse_document(body).directives]


def test_a_unit_heading_an_item_leads_it_over_its_points() -> None:
    body = (
        "1. Sở Tài chính\n"
        "a) Phối hợp với các sở hướng dẫn thực hiện;\n"
        "b) Tổng hợp kết quả.\n"
        "2. Thanh tra tỉnh\n"
        "Chủ trì, phối hợp với Sở Tài chính kiểm tra việc thực hiện.\n"
        "3. Phòng Quản lý công nghiệp\n"
        "2\n"
        "\n"
        "Chủ trì tham mưu Lãnh đạo Sở.\n"
    )
    assert _leads(body) == ["Sở Tài chính", "Thanh tra tỉnh", "Phòng Quản lý công nghiệp"]


def test_a_unit_wrapped_onto_a_capital_goes_on() -> None:
    body = (
        "Điều 1. Phê duyệt kế hoạch.\n"
        "Điều 2. Sở\n"
        "Công Thương có trách nhiệm chủ trì, phối hợp thực hiện.\n"
        "Điều 3. Thường trực Hội đồng nhân dân, các\n"
        "Ban của Hội đồng nhân dân giám sát việc thực hiện.\n"
    )
    leads = _leads(body)
    assert leads[1] == "Sở Công Thương"
    assert leads[2] != "Thường trực Hội đồng nhân dân, các"


def test_a_bulleted_addressee_wrapped_onto_a_capital_is_one() -> None:
    text = (
        "ĐẢNG BỘ TỈNH LÀO CAI\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n*\nSố 2449-CV/ĐU\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 03 tháng 9 năm 2026\n\n"
        "Kính gửi: - Ủy ban nhân dân tỉnh,\n"
        "          - Các cơ quan chuyên trách tham mưu, giúp việc\n"
        "          Đảng ủy Ủy ban nhân dân tỉnh,\n"
        "          - Các chi bộ, đảng bộ cơ sở.\n\n"
        "Thực hiện Chương trình hành động số 104-CTr/TU của Tỉnh ủy.\n"
    )
    assert [a.name for a in parse_document(text).addressees] == [
        "Ủy ban nhân dân tỉnh",
        "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy Ủy ban nhân dân tỉnh",
        "Các chi bộ, đảng bộ cơ sở",
    ]


def test_a_code_wrapped_after_its_number_keeps_its_date() -> None:
    text = (
        "Thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng\n"
        "và Chương trình hành động số 31-\n"
        "CTr/TW ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường.\n"
    )
    refs = {r.code.code: r for r in parse_document(text).references}
    assert sorted(refs) == ["31-CTr/TW", "75-KL/TW"]
    assert str(refs["31-CTr/TW"].date) == "2026-07-28"


def test_a_dash_ending_a_line_before_words_is_no_code() -> None:
    text = "Phát triển kinh tế 2021-\nXã hội bền vững, không theo văn bản nào.\n"
    assert parse_document(text).references == ()


def test_a_cyrillic_letter_in_a_word_folds_as_the_latin_it_passes_for() -> None:
    assert fold("củа Chính phủ") == "cua Chinh phu"
    text = "Căn cứ Nghị định số 71/2019/NĐ-CP ngày 30/8/2019 củа Chính phủ quy định xử phạt."
    (ref,) = parse_document(text).references
    assert ref.issuer == "Chính phủ"


def test_a_title_and_trich_yeu_on_one_line_under_a_date_without_number() -> None:
    text = (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG MG HIỆP THẠNH              Độc lập - Tự do - Hạnh phúc\n\n"
        "Hiệp Thạnh, ngày 24 tháng 7 năm 2021\n\n"
        "THÔNG BÁO TUYỂN SINH CỦA TRƯỜNG MẪU GIÁO HIỆP THẠNH\n\n"
        "1. Đối tượng tuyển sinh\n"
    )
    d = parse_document(text)
    assert (d.kind, d.subject) == ("thong_bao", "TUYỂN SINH CỦA TRƯỜNG MẪU GIÁO HIỆP THẠNH")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TUYỂN SINH CỦA TRƯỜNG MẪU GIÁO HIỆP THẠNH", False),
        ("TRƯỜNG THPT CHU VĂN AN", False),
        ("HIỆU TRƯỞNG", True),
        ("TRƯỞNG PHÒNG", True),
    ],
)
def test_a_school_named_truong_is_no_position(text: str, expected: bool) -> None:
    assert is_position(text) is expected


@pytest.mark.parametrize(
    ("period", "subject"),
    [
        ("Năm học: 2016 - 2017", "Phát động phong trào Công trình măng non Năm học: 2016 - 2017"),
        ("Giai đoạn 2021-2025", "Phát động phong trào Công trình măng non Giai đoạn 2021-2025"),
        ("Năm 2022 nhà trường tổ chức", "Phát động phong trào Công trình măng non"),
    ],
)
def test_the_period_under_a_one_line_title_and_trich_yeu(period: str, subject: str) -> None:
    text = (
        "LIÊN ĐỘI TH TÔ VĨNH DIỆN\nSố: 05/KH-LĐ\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Bình, ngày 5 tháng 9 năm 2016\n\n"
        f"KẾ HOẠCH Phát động phong trào Công trình măng non\n{period}\n"
        "I. MỤC ĐÍCH - YÊU CẦU\n"
    )
    assert parse_document(text).subject == subject
