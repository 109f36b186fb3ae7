"""Pages that type every line a blank line apart, scraped strings, hard-wrapped PDF text,
crawls that flatten a heading onto one line and reposts without one: the families of the
``u-*`` to ``x-*`` held-out batches, and the near misses four reviews wrote against their rules.

A union's page prints its heading table cell by cell, a blank line between cells, so that the
trích yếu and the addressees wrap across blank lines; a scraper leaves line breaks escaped as
``\\r\\n``; a PDF's hard wrap splits a cited code inside its last group; a council's resolution
flattens its enacting line under the trích yếu.
"""

from __future__ import annotations

from vnadmindoc import find_references, parse_document
from vnadmindoc.fields.dates import parse_date_line
from vnadmindoc.fields.recipients import parse_archive

_UNION_HEADING = (
    "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n\n"
    "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM\n\n"
    " Số:  175  /CĐN-TGNC\n\n"
    "V/v tuyên truyền kỷ niệm 130 năm\n\n"
    "Ngày sinh Chủ tịch Tôn Đức Thắng\n\n"
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
    "   Độc lập - Tự do - Hạnh phúc\n\n"
    "    Hà Nội, ngày  6   tháng 8 năm 2018\n\n"
)


def test_a_union_is_a_body_below_its_federation() -> None:
    doc = parse_document(_UNION_HEADING + "Kính gửi: Công đoàn các trường đại học\n\nNội dung.\n")
    assert doc.issuer is not None
    assert doc.issuer.name == "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM"
    assert doc.issuer.parent == "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"


def test_a_trich_yeu_of_the_left_column_goes_on_to_the_right_column() -> None:
    doc = parse_document(_UNION_HEADING + "Kính gửi: Công đoàn các trường đại học\n\nNội dung.\n")
    assert doc.subject == "tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Tôn Đức Thắng"
    # Printed under the date, the line after a blank line is the body's, not the trích yếu's.
    doc = parse_document(
        "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM\n\nSố: 175/CĐN-TGNC\n\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Hà Nội, ngày 6 tháng 8 năm 2018\n\nV/v tuyên truyền kỷ niệm 130 năm\n\n"
        "Ngày sinh Chủ tịch Tôn Đức Thắng là dịp để tuyên truyền\n\nNội dung.\n"
    )
    assert doc.subject == "tuyên truyền kỷ niệm 130 năm"


def test_an_addressee_a_blank_line_below_the_first() -> None:
    doc = parse_document(
        _UNION_HEADING + "Kính gửi: Lãnh đạo các bộ, ban, ngành, đoàn thể Trung ương\n\n"
        "                    Công đoàn các bộ, ban, ngành, đoàn thể Trung ương\n\n"
        "          Thực hiện chủ trương của Tổng Liên đoàn, Công đoàn đề nghị như sau.\n"
    )
    assert [r.name for r in doc.addressees] == [
        "Lãnh đạo các bộ, ban, ngành, đoàn thể Trung ương",
        "Công đoàn các bộ, ban, ngành, đoàn thể Trung ương",
    ]
    # A short first sentence of the body is no addressee.
    doc = parse_document(
        _UNION_HEADING + "Kính gửi: Các sở, ban, ngành tỉnh\n\nPhòng phòng phòng phòng.\n"
    )
    assert [r.name for r in doc.addressees] == ["Các sở, ban, ngành tỉnh"]


def test_line_breaks_left_escaped_by_a_scraper() -> None:
    doc = parse_document(
        "\\r\\n Kính gửi:   Ban chấp hành Công đoàn bộ phận\n\n"
        "\\r\\n Ban Thường vụ Công đoàn Trường hướng dẫn như sau:\n\n"
        "\\r\\n 1. Đối tượng, tiêu chuẩn\n\n\\r\\n Cán bộ công đoàn.\n\n"
        "\\r\\n 2. Hồ sơ khen thưởng\n\n\\r\\n Bản kê khai.\n"
    )
    assert [d.label for d in doc.directives] == ["1", "2"]
    assert "\\r\\n" not in doc.body


def test_an_issuer_between_the_cited_type_and_its_number() -> None:
    refs = find_references(
        "Xét báo cáo của Ủy ban nhân dân tỉnh số 218/BC-UBND, ngày 08/12/2016 về tình hình"
        " thu chi; Tờ trình của UBND tỉnh Nam Định số: 61/TTr-UBND ngày 09/6/2017 về việc."
    )
    assert [(r.code.code, r.issuer) for r in refs] == [
        ("218/BC-UBND", "Ủy ban nhân dân tỉnh"),
        ("61/TTr-UBND", "UBND tỉnh Nam Định"),
    ]


def test_a_code_wrapped_inside_its_last_group() -> None:
    refs = find_references(
        "Thực hiện Thông báo số 140/TB-ĐQLĐL\nKVTN ngày 28/10/2025 của Đội quản lý Điện lực"
        " khu vực Thái Nguyên về việc tạm ngừng cấp điện."
    )
    assert [(r.code.code, r.issuer, str(r.date)) for r in refs] == [
        ("140/TB-ĐQLĐLKVTN", "Đội quản lý Điện lực khu vực Thái Nguyên", "2025-10-28")
    ]
    # A new line opening with an abbreviation that no date follows is not the code's tail.
    refs = find_references("Thực hiện Công văn số 12/SYT\nUBND huyện đã triển khai.")
    assert [r.code.code for r in refs] == ["12/SYT"]


_COUNCIL = '<jsontable name="bang_0"> </jsontable>\n \nNGHỊ QUYẾT\n'
_SESSION = "KHÓA IX - KỲ HỌP THỨ NĂM\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"


def test_an_enacting_body_wrapped_before_its_place() -> None:
    doc = parse_document(
        _COUNCIL + "VỀ VIỆC THÔNG QUA\nPHƯƠNG ÁN ĐIỀU CHỈNH KẾ HOẠCH VỐN NĂM 2017\n"
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐỒNG THÁP\n" + _SESSION
    )
    assert doc.subject == "THÔNG QUA PHƯƠNG ÁN ĐIỀU CHỈNH KẾ HOẠCH VỐN NĂM 2017"


def test_a_type_word_opening_the_trich_yeu_under_the_title() -> None:
    doc = parse_document(
        _COUNCIL + "QUY ĐỊNH\nCHÍNH SÁCH HỖ TRỢ CỨNG HÓA ĐƯỜNG TRỤC\nTHÔN TRÊN ĐỊA BÀN TỈNH\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH BẮC GIANG\n" + _SESSION
    )
    assert doc.title == "NGHỊ QUYẾT"
    assert doc.subject == "QUY ĐỊNH CHÍNH SÁCH HỖ TRỢ CỨNG HÓA ĐƯỜNG TRỤC THÔN TRÊN ĐỊA BÀN TỈNH"


def test_a_position_and_a_name_flattened_on_the_last_line() -> None:
    doc = parse_document(
        "Nghị quyết này đã được Hội đồng nhân dân tỉnh thông qua ngày 15/12/2016./.\n"
        "CHỦ TỊCH     Huỳnh Tấn Việt\n    \n"
    )
    assert [(s.position, s.name) for s in doc.signatures] == [("CHỦ TỊCH", "Huỳnh Tấn Việt")]
    # A name closing a sentence is no signature.
    doc = parse_document("Nội dung.\nTrân trọng cảm ơn Huỳnh Tấn Việt\n")
    assert doc.signatures == ()


def test_approving_ends_a_lead() -> None:
    doc = parse_document(
        "Điều 1. Thông qua quy hoạch.\nĐiều 2. Hội đồng nhân dân tỉnh giao cho Ủy ban nhân dân"
        " tỉnh phê duyệt quy hoạch và tổ chức thực hiện.\n"
    )
    assert [d.lead for d in doc.directives] == [None, "Ủy ban nhân dân tỉnh"]


def test_copies_printed_with_a_dot() -> None:
    assert parse_archive("Lưu: VT, KGVX (2.b).").copies == 2


def test_a_figure_printed_with_a_space_inside() -> None:
    for printed in ("ngày 26 tháng 0 6 năm 2018", "ngày 2 6 tháng 06 năm 2018"):
        date = parse_date_line(f"Hà Nội, {printed}").date
        assert date is not None
        assert date.isoformat() == "2018-06-26"


def test_a_section_heading_numbered_twice() -> None:
    doc = parse_document(
        "Căn cứ hướng dẫn, Ban Thường trực xây dựng kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNội dung.\nII. ĐỐI TƯỢNG KIỂM TRA\nNội dung.\n"
        "II. NỘI DUNG VÀ THỜI GIAN\nNội dung.\nIV. HÌNH THỨC KIỂM TRA\nNội dung.\n"
        "V. TỔ CHỨC THỰC HIỆN\nNội dung.\n"
    )
    assert [d.label for d in doc.directives] == ["I", "II", "II", "IV", "V"]
    # Numbered twice in running items, a label is not taken again.
    doc = parse_document("I. Mục đích\nNội dung.\nII. Yêu cầu\nII. Nội dung\nIII. Tổ chức\n")
    assert [d.label for d in doc.directives] == ["I", "II", "III"]


# Near misses a review wrote to make the rules above misfire (old and new code compared).


def test_a_note_under_the_left_column_trich_yeu_is_not_part_of_it() -> None:
    for note in (
        "Trả lời Công văn của Sở Xây dựng",
        "(Trả lời Công văn của Công ty ABC)",
        "Kèm theo hồ sơ dự toán",
        "Ủy ban nhân dân xã Phú Hòa",
    ):
        doc = parse_document(
            f"SỞ TÀI CHÍNH\n\nSố: 321/STC-HCSN\n\nV/v thẩm định dự toán\n\n{note}\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Nghệ An, ngày 10 tháng 4 năm 2024\n\nKính gửi: Sở Xây dựng\n\nNội dung.\n"
        )
        assert doc.subject == "thẩm định dự toán", note


def test_the_body_opening_with_an_invitation_is_no_addressee() -> None:
    doc = parse_document(
        _UNION_HEADING + "Kính gửi: Hiệu trưởng các trường THPT\n\n"
        "Sở Giáo dục và Đào tạo trân trọng kính mời\n\nĐại diện nhà trường tới dự.\n"
    )
    assert [r.name for r in doc.addressees] == ["Hiệu trưởng các trường THPT"]


def test_an_abbreviation_opening_the_next_line_is_no_code_tail() -> None:
    for text in (
        "Căn cứ Công văn số 123/SYT-NVY\nUBND ngày 05/3/2024 đề nghị các đơn vị báo cáo.",
        "Thực hiện Nghị quyết số 12/NQ-HĐND\nHĐND ngày 10/7/2024 thông qua.",
        "Theo Quyết định số 100/QĐ-BTC\nTTCP ngày 12/01/2024 đã kết luận.",
    ):
        code = find_references(text)[0].code.code
        assert code == text.split("số ")[1].split("\n")[0], text


def test_a_trich_yeu_naming_a_council_and_its_term() -> None:
    doc = parse_document(
        "NGHỊ QUYẾT\nVỀ VIỆC THÀNH LẬP CÁC BAN CỦA\nHỘI ĐỒNG NHÂN DÂN\nTỈNH LÂM ĐỒNG\n"
        "KHÓA X, NHIỆM KỲ 2021 - 2026\nHỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG\n"
        "KHÓA X, KỲ HỌP THỨ NHẤT\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert doc.subject == (
        "THÀNH LẬP CÁC BAN CỦA HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG KHÓA X, NHIỆM KỲ 2021 - 2026"
    )


def test_a_position_enacting_under_the_trich_yeu() -> None:
    doc = parse_document(
        "QUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO\nHUYỆN ĐIỆN BIÊN\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert doc.subject == "THÀNH LẬP BAN CHỈ ĐẠO HUYỆN ĐIỆN BIÊN"


def test_a_member_list_ending_with_a_position_and_a_name() -> None:
    doc = parse_document(
        "THÀNH PHẦN BAN TỔ CHỨC HỘI THI\n1. Ông Nguyễn Văn A - Trưởng ban\n"
        "2. Bà Trần Thị B - Phó Trưởng ban\nTHƯ KÝ Lê Văn Cường\n"
    )
    assert doc.signatures == ()


def test_a_restarted_or_repeated_roman_heading_is_no_mistake() -> None:
    restart = (
        "A. KẾT QUẢ\nI. CÔNG TÁC CHỈ ĐẠO\nNội dung.\nII. KẾT QUẢ ĐẠT ĐƯỢC\nNội dung.\n"
        "B. PHƯƠNG HƯỚNG\nI. MỤC TIÊU\nNội dung.\nII. NHIỆM VỤ\nNội dung.\nIII. TỔ CHỨC\n"
    )
    printed_twice = "I. MỤC ĐÍCH\nNội dung.\nII. NỘI DUNG\nII. NỘI DUNG\nNội dung.\nIII. TỔ CHỨC\n"
    for text in (restart, printed_twice):
        labels = [d.label for d in parse_document(text).directives]
        assert labels.count("II") == 1, labels


# The v-* batch: table cells split across lines, a Đoàn's heading, "Về:" as a label.


def test_a_prefix_alone_above_its_holder_in_a_split_cell() -> None:
    doc = parse_document(
        "Điều 3. Quyết định này có hiệu lực.\n|\nTM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\n"
        "PHÓ CHỦ TỊCH\nNguyễn Văn Phòng\n"
    )
    assert [(a.prefix, a.holder) for a in doc.signatures[0].authority] == [
        ("TM.", "ỦY BAN NHÂN DÂN TỈNH"),
        ("KT.", "CHỦ TỊCH"),
    ]
    assert doc.body == "Điều 3. Quyết định này có hiệu lực."


def test_a_trich_yeu_ending_with_the_issuers_name_and_a_wrapped_range() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n|\nSố: 33/2009/QĐ-UBND\n|\nQUYẾT ĐỊNH\n"
        "BAN HÀNH QUY ĐỊNH VỀ KHAI THÁC MẠNG TIN HỌC DIỆN\nRỘNG CỦA ỦY BAN NHÂN DÂN TỈNH"
        " TIỀN GIANG\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nCăn cứ Luật Tổ chức;\n"
    )
    assert doc.subject == (
        "BAN HÀNH QUY ĐỊNH VỀ KHAI THÁC MẠNG TIN HỌC DIỆN RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG"
    )
    doc = parse_document(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n|\nSố: 07/KH-UBND\n|\nKẾ HOẠCH\n"
        "PHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2019 -\n2020\nThực hiện Chỉ thị của Bộ trưởng.\n"
    )
    assert doc.subject == "PHÒNG, CHỐNG HẠN HÁN MÙA KHÔ NĂM 2019 - 2020"


def test_the_youth_unions_name_heads_the_right_column_not_the_issuer() -> None:
    doc = parse_document(
        "BAN CHẤP HÀNH TRUNG ƯƠNG" + " " * 40 + "ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n"
        "   Số: 225 - KH/TWĐTN-CTTN" + " " * 40 + "Hà Nội, ngày 16 tháng 5 năm 2024\n\n"
        "KẾ HOẠCH\nTổ chức các hoạt động hè năm 2024\n\nNội dung.\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("BAN CHẤP HÀNH TRUNG ƯƠNG", None)
    assert "ĐOÀN TNCS HỒ CHÍ MINH" in [u.text for u in doc.unplaced]


def test_ve_with_a_colon_labels_the_trich_yeu() -> None:
    doc = parse_document(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 2865/GDĐT-KT\nVề: tham gia ý kiến về dự thảo Quy chế.\n"
        "Kính gửi: Bộ Giáo dục và Đào tạo\n\nNội dung.\n"
    )
    assert doc.subject == "tham gia ý kiến về dự thảo Quy chế"


def test_an_instruction_glued_after_the_addressee() -> None:
    doc = parse_document(
        "CỤC QUẢN LÝ KHÁM, CHỮA BỆNH\nSố: 49/KCB-CĐT\nKính gửi: Sở Y tế các tỉnh, thành phố"
        " trực thuộc Trung ương (danh sách kèm theo) Thực hiện chỉ đạo của Bộ trưởng Bộ Y tế về"
        " việc tăng cường các giải pháp giảm quá tải, Cục đề nghị Sở Y tế thực hiện tốt một số"
        " việc sau:\n1. Rà soát.\n"
    )
    assert [r.name for r in doc.addressees] == [
        "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương (danh sách kèm theo)"
    ]


def test_a_dash_typed_for_the_dot_of_a_label() -> None:
    doc = parse_document(
        "Kính gửi: Chủ tịch UBND các huyện\n\n1- Cho toàn bộ học sinh nghỉ học.\n"
        "2- Các huyện tổ chức di dời dân.\n"
    )
    assert [d.label for d in doc.directives] == ["1", "2"]
    # A range or a date opening a line is no label.
    doc = parse_document("Nội dung:\n1-2 ngày nghỉ bù.\n17-11-2008 là ngày học.\n")
    assert doc.directives == ()


def test_a_cong_van_that_guides_is_a_cong_van() -> None:
    refs = find_references("Thực hiện công văn hướng dẫn số 237/SGD&ĐT-GDMN ngày 01/3/2012.")
    assert [r.kind for r in refs] == ["cong_van"]


def test_a_news_post_announcing_the_document_it_reposts() -> None:
    doc = parse_document(
        "CTTĐT - Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17 về việc tăng cường"
        " công tác dư luận xã hội.\nNội dung Chỉ thị như sau:\nTrong những năm qua, các cấp ủy"
        " đã quán triệt.\n"
    )
    assert doc.kind == "chi_thi"
    assert doc.body.startswith("Trong những năm qua")
    assert any(u.text.startswith("CTTĐT") for u in doc.unplaced)
    # Said inside a body, the formula announces nothing.
    doc = parse_document(
        "SỞ Y TẾ\nSố: 12/SYT-NV\nV/v báo cáo\nKính gửi: Các đơn vị\n\nNội dung Kế hoạch như sau:\n"
        "1. Rà soát.\n"
    )
    assert doc.kind == "cong_van"


# Near misses of a second review (67 inputs), written to make the v-* rules misfire.


def test_a_bare_abbreviation_over_a_word_is_no_prefix_and_holder() -> None:
    doc = parse_document(
        "Ghi chú: Các chữ viết tắt trong bảng:\nTM\nTHƯƠNG MẠI\nKT\nKINH TẾ\nNơi nhận:\n"
        "- Như trên;\n- Lưu: VT.\nTRƯỞNG PHÒNG\nPhạm Văn Cường\n"
    )
    assert [s.authority for s in doc.signatures] == [()]


def test_a_chairman_of_a_commission_is_no_tie_word() -> None:
    doc = parse_document(
        "ỦY BAN KIỂM TRA TỈNH ỦY\n*\nSố: 210-QĐ/UBKTTU\nQUYẾT ĐỊNH\nTHI HÀNH KỶ LUẬT ĐẢNG VIÊN\n"
        "CHỦ NHIỆM ỦY BAN KIỂM TRA TỈNH ỦY\nXét báo cáo của đồng chí Trưởng đoàn kiểm tra,\n"
    )
    assert doc.subject == "THI HÀNH KỶ LUẬT ĐẢNG VIÊN"


def test_a_page_number_under_a_dash_ends_no_range() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 1234/KH-UBND\nKẾ HOẠCH\n"
        "PHÒNG, CHỐNG DỊCH BỆNH MÙA MƯA -\n2\nI. MỤC ĐÍCH, YÊU CẦU\nChủ động phòng chống.\n"
    )
    assert doc.subject == "PHÒNG, CHỐNG DỊCH BỆNH MÙA MƯA"


def test_the_youth_unions_name_alone_on_a_line_stays_in_the_issuer() -> None:
    doc = parse_document(
        "TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH\nHỌC VIỆN THANH THIẾU NIÊN VIỆT NAM\n"
        "Số: 210/QĐ-HVTTN\nQUYẾT ĐỊNH\nVề việc công nhận tốt nghiệp\nNội dung.\n"
    )
    assert doc.issuer is not None
    assert doc.issuer.parent == "ĐOÀN TNCS HỒ CHÍ MINH"


def test_an_instruction_inside_a_bracket_is_part_of_the_addressee() -> None:
    addressee = (
        "Ủy ban nhân dân các huyện, thị xã, thành phố (để Thực hiện chỉ đạo của Ủy ban nhân dân"
        " tỉnh tại Công văn về tăng cường quản lý, kiểm tra các cơ sở kinh doanh dược)"
    )
    doc = parse_document(
        f"CỤC QUẢN LÝ DƯỢC\nSố: 501/QLD-CL\nV/v quản lý thuốc\nKính gửi: {addressee}\nNội dung.\n"
    )
    assert [r.name for r in doc.addressees] == [addressee]


def test_a_deputy_named_under_the_trich_yeu_is_no_enacting_line() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 500/QĐ-UBND\nQUYẾT ĐỊNH\nVỀ VIỆC MIỄN NHIỆM CHỨC VỤ\n"
        "PHÓ GIÁM ĐỐC SỞ Y TẾ TỈNH GIA LAI\nCăn cứ Luật Tổ chức chính quyền địa phương;\n"
    )
    assert doc.subject == "MIỄN NHIỆM CHỨC VỤ PHÓ GIÁM ĐỐC SỞ Y TẾ TỈNH GIA LAI"


# The w-* batch: flattened crawls, reposts without a heading, OCR'd scans.


def test_a_number_label_alone_and_a_place_wrapped_after_the_code() -> None:
    doc = parse_document(
        "SỞ GDĐT BÌNH ĐỊNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THPT VÕ GIỮ\n"
        "Độc lập - Tự do - Hạnh phúc\nSố\n142/TB-VG Ân\nMỹ, ngày 8 tháng 12 năm 2022\n"
        "THÔNG BÁO NGHỈ HỌC DO MƯA LŨ\n----------\nTrong các ngày qua, tại địa phương có mưa.\n"
    )
    assert doc.code is not None
    assert (doc.code.code, doc.place) == ("142/TB-VG", "Ân Mỹ")
    assert (doc.title, doc.subject) == ("THÔNG BÁO", "NGHỈ HỌC DO MƯA LŨ")


def test_signing_lines_of_crawled_pages() -> None:
    doc = parse_document(
        "Điều 2. Quyết định này có hiệu lực.\nKT THỦ TƯỚNG PHÓ THỦ TƯỚNG\nNguyễn Sinh Hùng\n"
    )
    sig = doc.signatures[0]
    assert ([(a.kind.value, a.holder) for a in sig.authority], sig.position, sig.name) == (
        [("KT", "THỦ TƯỚNG")],
        "PHÓ THỦ TƯỚNG",
        "Nguyễn Sinh Hùng",
    )
    doc = parse_document(
        "Điều 2. Quyết định này có hiệu lực.\n\nTM. Ủy ban nhân dân tỉnh\n\nChủ tịch\n\n"
        "(Đã kí)\n\nNguyễn Văn Thông\n"
    )
    sig = doc.signatures[0]
    assert ([a.holder for a in sig.authority], sig.position, sig.name) == (
        ["Ủy ban nhân dân tỉnh"],
        "Chủ tịch",
        "Nguyễn Văn Thông",
    )
    doc = parse_document(
        "Nội dung.\nNơi nhận:\n- Như trên;\n- Lưu: VT, QLKTTW.\nTL.\n"
        "BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm\n"
    )
    sig = doc.signatures[0]
    assert ([a.holder for a in sig.authority], sig.position, sig.name) == (
        ["BỘ TRƯỞNG"],
        "CHÁNH VĂN PHÒNG",
        "Nguyễn Đức Tâm",
    )


def test_article_labels_without_their_dots() -> None:
    doc = parse_document(
        "QUYẾT ĐỊNH:\nĐiều 1 Tặng thưởng bằng khen cho:\nTập thể A.\n"
        "Điều 2 Chủ tịch UBND tỉnh chịu trách nhiệm thi hành.\n"
    )
    assert [d.label for d in doc.directives] == ["Điều 1", "Điều 2"]
    # Among dotted labels, one without its dot opening a line cites a law.
    doc = parse_document(
        "Điều 1. Ban hành quy định.\nĐiều 2. Hiệu lực theo\nĐiều 3 Luật Ban hành văn bản.\n"
        "Điều 3. Thi hành.\n"
    )
    assert [d.label for d in doc.directives] == ["Điều 1", "Điều 2", "Điều 3"]
    assert "Luật Ban hành" in doc.directives[1].text


def test_a_repost_without_a_heading() -> None:
    doc = parse_document(
        "Báo cáo công tác chuẩn bị CSVC đầu năm học 2011-2012\n\n8/24/2011 9:49:07 AM\n\n"
        "Kính gửi: Sở giáo dục và đào tạo các tỉnh, thành phố.\n\n"
        "Bộ Giáo dục và Đào tạo đề nghị các sở báo cáo.\n"
    )
    assert doc.issuer is None  # "Báo cáo …" is the page's title, not the newspaper "Báo"
    assert [r.name for r in doc.addressees] == ["Sở giáo dục và đào tạo các tỉnh, thành phố"]
    assert doc.kind == "cong_van"
    doc = parse_document(
        "THÔNG BÁO Về thời gian làm việc mùa hè\n\nỦy ban nhân dân tỉnh thông báo:\n\n"
        "1. Thời gian làm việc mùa hè như sau:\n"
    )
    assert doc.subject == "Về thời gian làm việc mùa hè"  # only "Về việc" is a label


def test_slash_labels_and_a_signature_above_a_caption() -> None:
    doc = parse_document(
        "Nhà trường thông báo các khoản thu như sau:\n\n1/ Tiền ăn:\n\n2/ Phí vệ sinh: 15.000"
        " đồng/tháng\n\nRất mong quý cha mẹ học sinh hợp tác.\n\nHiệu trưởng\n(Đã ký)\n\n"
        "Nguyễn Văn Lợi\n\nVăn bản số 1289/UBND ngày 19 tháng 10 năm 2012 của UBND Quận 3\n"
    )
    assert [d.label for d in doc.directives] == ["1", "2"]
    assert [(s.position, s.name) for s in doc.signatures] == [("Hiệu trưởng", "Nguyễn Văn Lợi")]


def test_a_whole_heading_flattened_onto_the_number_line() -> None:
    doc = parse_document(
        "BỘ KẾ HOẠCH VÀ ĐẦU TƯ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
        "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng Điều 162 Luật DN 2014 Hà Nội, ngày 23"
        " tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam-CTCP (PV GAS) Phúc đáp Công văn"
        " số 615/KVN-PC ngày 3 tháng 4 năm 2019 của Tổng công ty, Bộ có ý kiến như sau:\n"
        "1. Về chấp thuận các hợp đồng.\n"
    )
    assert doc.place == "Hà Nội"
    assert doc.subject == "hướng dẫn áp dụng Điều 162 Luật DN 2014"
    assert [r.name for r in doc.addressees] == ["Tổng công ty Khí Việt Nam-CTCP (PV GAS)"]


def test_a_page_that_lost_its_title_line() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 30/2007/QĐ-UBND | Buôn Ma Thuột, ngày 23 tháng 08 năm 2007 |\n"
        "VỀ VIỆC BAN HÀNH QUY ĐỊNH CÔNG TÁC TIẾP CÔNG DÂN\nỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK\n"
        "Căn cứ Luật tổ chức HĐND và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH\nĐiều 1. Ban hành.\n"
    )
    assert doc.subject == "BAN HÀNH QUY ĐỊNH CÔNG TÁC TIẾP CÔNG DÂN"
    assert doc.kind == "quyet_dinh"
    # A công văn's symbol may open with its issuer's letters: "CT" is the Cục Thuế.
    doc = parse_document(
        "CỤC THUẾ TỈNH A\nSố: 345/CT-TTHT\nV/v chính sách thuế\nKính gửi: Công ty B\n\nNội dung.\n"
    )
    assert doc.kind == "cong_van"


def test_a_year_printed_with_a_space_inside() -> None:
    refs = find_references("Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng.")
    assert [str(r.date) for r in refs] == ["2021-07-16"]


# Near misses of a third review (72 inputs), written to make the w-* rules misfire.


def test_a_city_is_no_deputy_and_a_formula_in_the_body_is_no_signature() -> None:
    doc = parse_document(
        "Điều 3. Quyết định này có hiệu lực.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n"
        "KT. CHỦ TỊCH UBND THÀNH PHỐ PHÓ CHỦ TỊCH\nLê Thị Thu\n"
    )
    sig = doc.signatures[0]
    assert ([a.holder for a in sig.authority], sig.position) == (
        ["CHỦ TỊCH UBND THÀNH PHỐ"],
        "PHÓ CHỦ TỊCH",
    )
    doc = parse_document(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 456/SGDĐT-VP\nV/v tổ chức kiểm tra\nKính gửi: Các trường.\n\n"
        "Đề nghị các trường gửi báo cáo.\nTL. Giám đốc Sở, Chánh Văn phòng Sở\n"
        "ký thừa lệnh các văn bản hành chính thông thường.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "GIÁM ĐỐC\nNguyễn Văn An\n"
    )
    assert [(s.position, s.name) for s in doc.signatures] == [("GIÁM ĐỐC", "Nguyễn Văn An")]
    assert [r.name for r in doc.distribution] == ["Như trên"]


def test_citations_and_sub_lists_are_no_labels() -> None:
    doc = parse_document(
        "Kính gửi: Các trường.\n\n1. Về phạm vi: thực hiện theo quy định tại\n"
        "Điều 1 Thông tư số 22/2021/TT-BGDĐT.\n2. Về đối tượng: thực hiện theo\n"
        "Điều 2 Thông tư số 22/2021/TT-BGDĐT.\n3. Về đánh giá.\n"
    )
    assert [d.label for d in doc.directives] == ["1", "2", "3"]
    doc = parse_document(
        "Nội dung kế hoạch:\n1. Công tác tuyên truyền\n1/ Treo băng rôn.\n2/ Phát thanh.\n"
        "2. Công tác kiểm tra\nKiểm tra định kỳ.\n3. Công tác khen thưởng\n"
    )
    assert [d.label for d in doc.directives] == ["1", "2", "3"]


def test_news_leads_and_words_of_the_trich_yeu_stay_where_they_are() -> None:
    doc = parse_document(
        "Hà Nội yêu cầu tăng cường phòng cháy\nUBND thành phố vừa có văn bản gửi các quận\n"
        "nội dung cụ thể\nKính gửi: Chủ tịch UBND các quận, huyện\nNội dung.\n"
    )
    assert doc.addressees == ()
    doc = parse_document(
        "SỞ Y TẾ\nSố: 55/SYT-NV V/v trả lời đơn có nội dung Kính gửi: Bộ Y tế của ông A\n"
        "Hà Tĩnh, ngày 5 tháng 6 năm 2023\nKính gửi: Ông Nguyễn Văn A.\nSở Y tế trả lời như sau.\n"
    )
    assert [r.name for r in doc.addressees] == ["Ông Nguyễn Văn A"]
    doc = parse_document(
        "CỤC THUẾ TỈNH A\nSố: 345/CTA-TTHT\nV/V HƯỚNG DẪN XÁC ĐỊNH\nCĂN CỨ TÍNH THUẾ TÀI NGUYÊN\n"
        "Kính gửi: Công ty TNHH B.\nCục Thuế trả lời như sau.\n"
    )
    assert doc.subject == "HƯỚNG DẪN XÁC ĐỊNH CĂN CỨ TÍNH THUẾ TÀI NGUYÊN"


def test_a_short_year_before_a_count_is_no_split_year() -> None:
    refs = find_references("Căn cứ Quyết định số 25/QĐ-UBND ngày 5/6/20 15 hộ dân được hỗ trợ;")
    assert [r.date for r in refs] == [None]


# The x-* batch: provincial pages of legal-text sites.


def test_the_headings_own_vv_wins_over_a_page_headline() -> None:
    doc = parse_document(
        "Về việc khẩn trương phòng chống lụt, bão năm 2013\n\n"
        "   UBND TỈNH BÌNH DƯƠNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "   SỞ GIÁO DỤC VÀ ĐÀO TẠO        Độc lập - Tự do - Hạnh phúc\n\n"
        "   Số:  1802/SGDĐT-VP            Bình Dương, ngày 06 tháng 11 năm 2013\n\n"
        "V/v khẩn trương phòng chống lụt, bão\n     và giảm nhẹ thiên tai năm 2013\n"
        "                  HỎA TỐC\n\n              Kính gửi:\n\n- Phòng GDĐT các huyện;\n"
        "- Trường trung học phổ thông trực thuộc.\n\nTheo dự báo, bão sắp đổ bộ.\n"
    )
    assert doc.subject == "khẩn trương phòng chống lụt, bão và giảm nhẹ thiên tai năm 2013"
    assert doc.urgency is not None
    assert [r.name for r in doc.addressees] == [
        "Phòng GDĐT các huyện",
        "Trường trung học phổ thông trực thuộc",
    ]


def test_a_trich_yeu_in_capitals_whose_title_line_was_lost() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 63/2006/QĐ-UBND | Phan Thiết, ngày 26 tháng 7 năm 2006 |\n"
        "BAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN\n"
        "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN\nCăn cứ Luật Tổ chức Hội đồng nhân dân;\n"
    )
    assert doc.subject == "BAN HÀNH QUY ĐỊNH VỀ HOẠT ĐỘNG CỦA CÔNG BÁO TỈNH BÌNH THUẬN"
    assert doc.kind == "quyet_dinh"
    doc = parse_document(
        "ỦY BAN NHÂN DÂN TỈNH\nSố: /QĐ-UBND\nQUYẾT ĐỊNH (DỰ THẢO LẦN 2)\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật;\n"
    )
    assert doc.subject is None


def test_an_addressee_wrapped_after_a_bodys_head() -> None:
    doc = parse_document(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1121/SGDĐT-TVTBNG\nV/v tổ chức\nKính gửi:\n"
        "- Trưởng phòng GDĐT các huyện, thành, thị;\n"
        "- Hiệu trưởng các trường THPT và Trung tâm trực thuộc Sở\nGiáo dục và Đào tạo;\n"
        "Căn cứ vào Công văn số 4288/BGDĐT-CTHSSV ngày 31/8/2016 của Bộ.\n"
    )
    assert [r.name for r in doc.addressees][-1] == (
        "Hiệu trưởng các trường THPT và Trung tâm trực thuộc Sở Giáo dục và Đào tạo"
    )


def test_delegating_ends_a_cited_issuer() -> None:
    refs = find_references(
        "Căn cứ Nghị định số 214-CP ngày 5/12/1970 của Hội đồng Chính phủ ủy nhiệm cho Bộ."
    )
    assert [r.issuer for r in refs] == ["Hội đồng Chính phủ"]


# Near misses of a fourth review (50 inputs), written to make the last rules misfire.


def test_a_forwarding_letter_is_no_announced_repost() -> None:
    doc = parse_document(
        "V/v tăng cường phòng chống dịch\nKính gửi: Các sở, ngành\nNội dung Công điện như sau:\n"
        "Chủ tịch UBND tỉnh yêu cầu các sở thực hiện.\n"
    )
    assert (doc.kind, doc.subject) == ("cong_van", "tăng cường phòng chống dịch")
    refs = find_references("Thực hiện công văn hướng dẫn số 45/HD-SGDĐT ngày 10/9/2019 của Sở.")
    assert [r.kind for r in refs] == ["huong_dan"]  # the code's own type


def test_an_empty_vv_keeps_the_page_headline() -> None:
    doc = parse_document(
        "Về việc tổ chức Hội khỏe Phù Đổng năm 2020\n\nUBND TỈNH NAM ĐỊNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
        "Số: 125/SGDĐT-CTTT\nV/v:\n\nKính gửi: Các trường THPT\n\nSở tổ chức Hội khỏe.\n"
    )
    assert doc.subject == "tổ chức Hội khỏe Phù Đổng năm 2020"


def test_notes_under_the_number_and_a_position_after_a_head_word() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN TỈNH\nSố: /QĐ-UBND\nDỰ THẢO\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật;\n"
    )
    assert doc.subject is None
    doc = parse_document(
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 31/SGDĐT-VP\nV/v thi\nKính gửi:\n"
        "- Giám đốc các Trung tâm trực thuộc Sở\nHiệu trưởng các trường THPT;\n"
        "- Phòng GDĐT các huyện.\nSở thông báo.\n"
    )
    assert doc.addressees[0].name == "Giám đốc các Trung tâm trực thuộc Sở"


def test_a_body_entrusted_with_a_task_is_still_an_addressee() -> None:
    doc = parse_document(
        "CỤC THUẾ TỈNH\nSố: 81/CT-TTHT\nV/v thu thuế\nKính gửi:\nKho bạc Nhà nước tỉnh;\n"
        "Các đơn vị được ủy nhiệm thu thuế;\nCác ngân hàng thương mại.\nNội dung.\n"
    )
    assert len(doc.addressees) == 3
