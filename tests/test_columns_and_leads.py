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


def test_a_school_in_a_signature_column_stays_out_of_the_list() -> None:
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ NỘI\nTRƯỜNG THPT CHU VĂN AN\nSố: 102/TB-THPTCVA\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 15 tháng 8 năm 2025\n\nTHÔNG BÁO\nVề việc nhập học lớp 10\n\n"
        "Nhà trường thông báo lịch nhập học./.\n"
        "Nơi nhận:                                         TRƯỜNG THPT CHU VĂN AN\n"
        "- Học sinh trúng tuyển;                                HIỆU TRƯỞNG\n"
        "- Lưu: VT.\n"
        "                                                  Nguyễn Xuân Khang\n"
    )
    assert [r.name for r in parse_document(text).distribution] == ["Học sinh trúng tuyển"]
    assert is_position("TRƯỜNG ĐẠI DIỆN")  # OCR's "TRƯỞNG": "ĐẠI" alone names no school


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


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Thực hiện Quy định số 11-QĐi/TW; Ban Thường vụ Huyện ủy thông báo lịch tiếp công "
            "dân của đồng chí Bí thư năm 2019 như sau:\n1. Tiếp dân định kỳ hằng tháng.",
            "thong_bao",
        ),
        ("Sở Giáo dục và Đào tạo trân trọng thông báo:\n1. Học sinh đi học lại.", "thong_bao"),
        ("Theo thông báo: học sinh nghỉ học từ ngày 3/2.\nNhà trường đề nghị phụ huynh.", None),
        ("Nhà trường sẽ thông báo sau khi có kết quả.\n1. Danh sách học sinh.", None),
    ],
)
def test_a_body_giving_a_notices_formula_is_a_notice(body: str, kind: str | None) -> None:
    assert parse_document(body).kind == kind


def test_a_titled_document_keeps_its_type_whatever_its_body_says() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN AN BÌNH\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Bình, ngày 2 tháng 3 năm 2021\n\nKẾ HOẠCH\n"
        "Tiêm chủng năm 2021\n\nỦy ban nhân dân huyện thông báo kế hoạch như sau:\n"
    )
    assert parse_document(text).kind == "ke_hoach"


def _letter_under(cells: str) -> str:
    """A công văn's heading: ``cells`` (issuer and number), the motto, a date and a V/v."""
    return (
        f"{cells}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "An Bình, ngày 2 tháng 3 năm 2021\n\nV/v tiêm chủng\n"
    )


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("Số:. 4315/BGDĐT-GDTrH", "4315/BGDĐT-GDTrH"),
        ("Số: 12./QĐ-MN", "12/QĐ-MN"),
    ],
)
def test_a_number_after_a_doubled_mark(number: str, code: str) -> None:
    d = parse_document(_letter_under(f"ỦY BAN NHÂN DÂN\nHUYỆN AN BÌNH\n{number}"))
    assert d.code is not None
    assert d.code.code == code


def test_persons_listed_in_a_wrapped_entry_are_no_signer() -> None:
    text = (
        _CLOSING.replace(
            "- Trung tâm Dịch vụ tổng hợp phường (đăng tải\n"
            "thông báo này);                                  Nguyễn Văn An\n",
            "- Các đồng chí trực: Lê Văn Bình,\nTrần Thị Hoa; Nguyễn Văn Hùng\n",
        )
        + "                                                      Phạm Minh Tuấn\n"
    )
    d = parse_document(text)
    assert [s.name for s in d.signatures] == ["Phạm Minh Tuấn"]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("UBND TỈNH QUẢNG NAM\nBAN QUẢN LÝ DỰ ÁN\nSố 45/BQLDA-KT", "45/BQLDA-KT"),
        (
            "UBND TỈNH LÀO CAI\nTỔ CÔNG TÁC LIÊN NGÀNH\nTHÀNH LẬP THEO QUYẾT ĐỊNH\nSố 12/BC-TCT",
            "12/BC-TCT",
        ),
    ],
)
def test_a_number_line_under_a_cell_naming_a_type_is_the_documents(cell: str, code: str) -> None:
    d = parse_document(_letter_under(cell))
    assert d.code is not None
    assert d.code.code == code


def test_a_unit_wrapped_mid_name_is_read_whole() -> None:
    body = (
        "1. Sở Nông nghiệp và Phát triển\nNông thôn chủ trì hướng dẫn sản xuất vụ Đông.\n"
        "2. Ủy ban nhân dân thành phố\nPhủ Lý chủ trì tổ chức thực hiện trên địa bàn.\n"
        "3. Thanh tra tỉnh\nThanh tra việc chấp hành pháp luật.\n"
    )
    assert _leads(body) == [
        "Sở Nông nghiệp và Phát triển Nông thôn",
        "Ủy ban nhân dân thành phố Phủ Lý",
        "Thanh tra tỉnh",
    ]


def test_an_unbulleted_body_under_an_addressee_ending_on_a_level_is_no_wrap() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 512/UBND-VX\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nNghệ An, ngày 4 tháng 6 năm 2025\n\nV/v công tác hè\n\n"
        "Kính gửi:\n- Các sở, ban, ngành thuộc tỉnh\nCông an tỉnh;\n"
        "- Ủy ban nhân dân các huyện.\n\nUBND tỉnh đề nghị các đơn vị thực hiện.\n"
    )
    names = [a.name for a in parse_document(text).addressees]
    assert "Các sở, ban, ngành thuộc tỉnh Công an tỉnh" not in names


def test_a_lecturers_list_under_a_date_is_no_report() -> None:
    text = (
        "HỘI NÔNG DÂN XÃ YÊN PHÚ\n\nYên Phú, ngày 15 tháng 4 năm 2025\n\n"
        "BÁO CÁO VIÊN CẤP XÃ\nDanh sách báo cáo viên được công nhận năm 2025 như sau:\n"
        "1. Nguyễn Văn A\n"
    )
    assert parse_document(text).title is None


def test_a_year_under_a_trich_yeu_naming_its_years_heads_the_body() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 30/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Phú, ngày 20 tháng 12 năm 2025\n\n"
        "BÁO CÁO Kết quả thực hiện chương trình giảm nghèo giai đoạn 2021-2025\n"
        "Năm 2021\nToàn xã có 120 hộ nghèo.\n"
    )
    assert parse_document(text).subject == (
        "Kết quả thực hiện chương trình giảm nghèo giai đoạn 2021-2025"
    )


def test_an_old_motto_flattened_with_its_heading_and_a_sites_list_number() -> None:
    text = (
        "Nội dung Text: Quyết định số 112-NV\n\n"
        "  1. BỘ NỘI VỤ VIỆT NAM DÂN CHỦ CỘNG HÒA ****** Độc lập - Tự do - Hạnh phúc ******** "
        "Số: 112-NV Hà Nội, ngày 02 tháng 05 năm 1961 QUYẾT ĐỊNH CHO PHÉP ỦY BAN THIẾU NIÊN "
        "THÀNH LẬP VÀ HOẠT ĐỘNG BỘ TRƯỞNG BỘ NỘI VỤ Xét đơn của Ban Chấp hành trung ương đoàn.\n"
    )
    d = parse_document(text)
    assert d.issuer is not None
    assert (d.issuer.name, d.subject) == (
        "BỘ NỘI VỤ",
        "CHO PHÉP ỦY BAN THIẾU NIÊN THÀNH LẬP VÀ HOẠT ĐỘNG",
    )


def test_the_old_motto_quoted_in_a_sentence_is_no_heading() -> None:
    text = "Nước Việt Nam Dân chủ Cộng hòa ra đời. Độc lập - Tự do - Hạnh phúc là mục tiêu.\n"
    assert parse_document(text).motto is None


def test_a_flattened_signature_before_the_attached_documents_title() -> None:
    text = (
        "Điều 3. Vụ trưởng Vụ Pháp chế chịu trách nhiệm thi hành Quyết định này./.\n"
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, Vụ VĐCXDPL.\n"
        "KT. BỘ TRƯỞNG THỨ TRƯỞNG Đinh Trung Tụng KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    d = parse_document(text)
    (sig,) = d.signatures
    assert (sig.position, sig.name) == ("THỨ TRƯỞNG", "Đinh Trung Tụng")
    assert [f.text for f in d.unplaced] == ["KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH"]


def test_a_flattened_signature_whose_name_ends_the_line_is_read_as_before() -> None:
    text = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Lê Văn An\n"
    (sig,) = parse_document(text).signatures
    assert (sig.position, sig.name) == ("THỨ TRƯỞNG", "Lê Văn An")
