"""Documents typed by hand onto web pages, and OCR'd scans: the families of the ``r-*`` batch.

A school's page types the motto in sentence case and merges the number, place and date on one
line; a commune's page lists its addressees without bullets; a scan prints "Il." for "II." and
a speck before "Điều 1."; a joint circular is cited with every ministry that issued it.
"""

from __future__ import annotations

from vnadmindoc import find_references, parse_document

_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _issuers(text: str) -> list[str | None]:
    return [r.issuer for r in find_references(text)]


def test_a_joint_document_is_cited_with_every_issuer() -> None:
    assert _issuers(
        "Thực hiện Thông tư liên tịch số 10/2004/TTLT-BYT-BLĐTBXH-BTC ngày 16/12/2004 của Bộ Y"
        " tế, Bộ Lao động Thương binh và Xã hội, Bộ Tài chính hướng dẫn khám sức khỏe."
    ) == ["Bộ Y tế, Bộ Lao động Thương binh và Xã hội, Bộ Tài chính"]
    assert _issuers(
        "theo Nghị quyết liên tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 26/9/2025 của"
        " Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ"
        " quốc Việt Nam. Cụ thể:"
    ) == [
        "Ủy ban Thường vụ Quốc hội, Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ"
        " quốc Việt Nam"
    ]
    # Not a joint document: the first body issued it, and the sentence goes on.
    assert _issuers(
        "Thông tư số 39/2018/TT-BTC ngày 20/4/2018 của Bộ Tài chính, Bộ Công Thương đã hướng dẫn."
    ) == ["Bộ Tài chính"]


def test_glued_and_passive_words_end_an_issuer() -> None:
    assert _issuers(
        "Thực hiện Công văn số 1017/BTNMT-TCMT ngày 22 tháng 3 năm 2013 của Bộ Tài nguyên và Môi"
        " trường vềviệc đôn đốc phân loại;"
    ) == ["Bộ Tài nguyên và Môi trường"]
    assert _issuers(
        "Nghị định số 08/2015/NĐ-CP ngày 21/01/2015 của Chính phủ được sửa đổi, bổ sung"
    ) == ["Chính phủ"]


def test_a_misspelt_month_and_a_fraction_slash_in_a_citation() -> None:
    [ref] = find_references(
        "Căn cứ kế hoạch số 404/KH-PGDĐT ngày 25 thág 5 năm 2022 của phòng GD&ĐT thành phố;"
    )
    assert ref.date is not None
    assert ref.date.isoformat() == "2022-05-25"
    doc = parse_document(
        "BỘ TÀI CHÍNH\n" + _MOTTO + "Số: 12/QĐ-BTC\nHà Nội, ngày 2 tháng 4 năm 2022\n"
        "QUYẾT ĐỊNH\nBan hành Kế hoạch\nCăn cứ Nghị định số 87⁄2017/NĐ-CP ngày 26/7/2017"
        " của Chính phủ;\n"
    )
    assert [r.code.code for r in doc.references] == ["87/2017/NĐ-CP"]


def test_subject_labels_with_any_tone_mark_or_a_lost_letter() -> None:
    head = "TRƯỜNG THCS LỤC HỒN\nSố: 138/TTr-THCSLH\n" + _MOTTO
    head += "Bình Liêu, ngày 26 tháng 9 năm 2019\n"
    doc = parse_document(
        head + "TỜ TRÌNH\nVế việc đề nghị phê duyệt chiến lược\n\nCăn cứ Luật Giáo dục;\n"
    )
    assert doc.subject == "đề nghị phê duyệt chiến lược"
    doc = parse_document(head + "V/ trả lời chính sách thuế.\nKính gửi: Công ty A\nNội dung.\n")
    assert doc.subject == "trả lời chính sách thuế"


def test_a_motto_in_sentence_case_and_a_number_line_merged_with_the_date() -> None:
    doc = parse_document(
        "UBND T. Phố Hà Tĩnh\nPhòng giáo dục và đào tạo\n"
        "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do- Hạnh phúc\n"
        "Số: 12/CM-PGD TP Hà Tĩnh ngày 10 tháng 12 năm 2010\n"
        "V/v: Hướng dẫn kiểm tra học kỳ I\nKính gửi: Hiệu trưởng các trường THCS\nNội dung.\n"
    )
    assert doc.motto is not None
    assert doc.motto.value == "state"
    assert doc.date is not None
    assert doc.date.isoformat() == "2010-12-10"
    assert doc.place == "TP Hà Tĩnh"
    # In a sentence, the country's name is no motto.
    doc = parse_document(
        "Công dân nước\nCộng hoà xã hội chủ nghĩa Việt Nam có quyền\nĐộc lập suy nghĩ.\n"
    )
    assert doc.motto is None


def test_a_position_above_the_list_and_the_name_below_it() -> None:
    doc = parse_document(
        "PHÒNG GD&ĐT TÁNH LINH\nTRƯỜNG TH ĐỒNG KHO 1\n" + _MOTTO + "Số: 14/TTr-ĐK1\n"
        "Đồng Kho, ngày 10 tháng 10 năm 2010\nTỜ TRÌNH\nVề việc công nhận trường\n"
        "Nội dung.\nTrân trọng kính trình\nHIỆU TRƯỞNG\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "Cao Thống Suý\n"
    )
    [sig] = doc.signatures
    assert (sig.position, sig.name) == ("HIỆU TRƯỞNG", "Cao Thống Suý")
    assert [r.name for r in doc.distribution] == ["Như trên"]


def test_a_position_in_sentence_case_signs_a_web_page() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n" + _MOTTO + "Số: 3/QĐ-UB\n"
        "Hải Phòng, ngày 5 tháng 1 năm 1999\nQUYẾT ĐỊNH\nVề quan hệ công tác\n"
        "Điều 1. Ban hành Quy định.\n\nChủ tịch\n\n(Đã ký)\n\nTrần Huy Năng\n"
    )
    [sig] = doc.signatures
    assert (sig.position, sig.name) == ("Chủ tịch", "Trần Huy Năng")
    # Without a name after it, a line naming an office stays in the body.
    doc = parse_document(
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\n" + _MOTTO + "Số: 3/QĐ-UB\n"
        "Hải Phòng, ngày 5 tháng 1 năm 1999\nQUYẾT ĐỊNH\nVề quan hệ công tác\n"
        "Điều 1. Ban hành Quy định.\n\nGiám đốc\n\nCác sở thực hiện.\n"
    )
    assert doc.signatures == ()


def test_the_executive_committee_of_a_union_stands_under_its_parent() -> None:
    doc = parse_document(
        "TỈNH ĐOÀN NGHỆ AN\n\nBCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH\n\n***\n\nSố: 36/ĐTN\n\n"
        "V/v ủng hộ xây dựng công trình thanh niên\n\nĐOÀN TNCS HỒ CHÍ MINH\n\n"
        "Thành phố Vinh, ngày 02 tháng 4 năm 2019\n\nKính gửi: Các chi đoàn\n\nNội dung.\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (
        "BCH ĐOÀN TRƯỜNG ĐẠI HỌC VINH",
        "TỈNH ĐOÀN NGHỆ AN",
    )


def test_a_time_in_an_item_is_no_date_line() -> None:
    doc = parse_document(
        "Giấy mời họp\n\nUBND tỉnh tổ chức cuộc họp.\n\n1. Thành phần mời: các sở.\n\n"
        "2. Thời gian: 08 giờ 30 phút, ngày 08 tháng 11 năm 2019 (thứ Sáu);\n\n"
        "3. Địa điểm: Phòng họp tầng 1.\n"
    )
    assert [d.label for d in doc.directives] == ["1", "2", "3"]
    assert doc.date is None


def test_addressees_one_to_a_line_without_bullets() -> None:
    doc = parse_document(
        "UBND THÀNH PHỐ ĐÀ NẴNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n" + _MOTTO + "Số: 1906/SGDĐT-CTrTT\n"
        "Đà Nẵng, ngày 26 tháng 7 năm 2020\nV/v cho học sinh nghỉ học\nKính gửi:\n"
        "Phòng giáo dục và đào tạo các quận, huyện;\nCác trường, trung tâm trực thuộc Sở;\n"
        "Các trường đại học ngoài công lập.\nThực hiện chỉ đạo của UBND thành phố, Sở yêu cầu:\n"
        "1. Nghỉ học.\n"
    )
    assert [r.name for r in doc.addressees] == [
        "Phòng giáo dục và đào tạo các quận, huyện",
        "Các trường, trung tâm trực thuộc Sở",
        "Các trường đại học ngoài công lập",
    ]


def test_ocr_specks_in_labels() -> None:
    doc = parse_document(
        "TỔNG CỤC THUẾ\n" + _MOTTO + "Số: 12/TCT-TTKT\nHà Nội, ngày 2 tháng 4 năm 2022\n"
        "V/v thanh tra\nKính gửi: Cục Thuế các tỉnh\nI. Mục đích\nNội dung.\nIl. Yêu cầu\n"
        "Nội dung.\n"
    )
    assert [d.label for d in doc.directives] == ["I", "Il"]
    doc = parse_document(
        "BỘ TÀI CHÍNH\n" + _MOTTO + "Số: 12/QĐ-BTC\nHà Nội, ngày 2 tháng 4 năm 2022\n"
        "QUYẾT ĐỊNH\nBan hành Kế hoạch\nQUYẾT ĐỊNH:\n„ Điều 1. Ban hành Kế hoạch.\n"
        "Điều 2. Hiệu lực.\n"
    )
    assert [d.label for d in doc.directives] == ["Điều 1", "Điều 2"]


def test_a_page_summary_above_the_heading_and_a_heading_typed_a_line_apart() -> None:
    lines = [
        "Tạm ngưng hoạt động của khoa Khám và Điều trị theo yêu cầu",
        "Kính gửi: Quý Cơ quan, Doanh nghiệp và các Đối tác.",
        "SỞ Y TẾ",
        "THÀNH PHỐ HỒ CHÍ MINH",
        "BỆNH VIỆN MẮT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc",
        "Số: 672/TB-BVM-TCCB",
        "TP. Hồ Chí Minh, ngày 30 tháng 11 năm 2017",
        "THÔNG BÁO",
        "V/v tạm ngưng hoạt động của khoa",
        "Khám và Điều trị theo yêu cầu",
        "Căn cứ Quyết định số 6266/QĐ-SYT ngày 07/11/2016 của Sở Y tế;",
        "Bệnh viện Mắt thông báo tạm ngưng hoạt động của khoa.",
    ]
    doc = parse_document("\n\n".join(lines) + "\n")
    assert doc.kind == "thong_bao"
    assert doc.subject == "tạm ngưng hoạt động của khoa Khám và Điều trị theo yêu cầu"
    assert doc.body is not None
    assert doc.body.startswith("Căn cứ Quyết định")


def test_a_blank_line_ends_a_trich_yeu_whose_lines_touch() -> None:
    doc = parse_document(
        "THỦ TƯỚNG CHÍNH PHỦ\n\nSố: 21/CT-TTg\n\n" + _MOTTO + "\nHà Nội, ngày 20 tháng 5 năm 2026\n"
        "\nCHỈ THỊ\nVề việc sắp xếp thôn, tổ dân phố\nđối với người hoạt động không chuyên trách\n"
        "\n\nThực hiện chủ trương của Đảng và các quy định của pháp luật, trong những\n"
        "năm qua việc sắp xếp thôn đã đạt kết quả.\n"
    )
    assert doc.subject == ("sắp xếp thôn, tổ dân phố đối với người hoạt động không chuyên trách")


# Cases of the review of the rules above: each failed on the first version of its rule.

_SO = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH BÌNH ĐỊNH\n" + _MOTTO + "Số: 1020/SGDĐT-GDTrH\n"
_SO += "Bình Định, ngày 20 tháng 9 năm 2023\nV/v hướng dẫn tổ chức kỳ thi\n"
_SIGNED = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn Hùng\n"


def test_a_joint_document_names_as_many_issuers_as_its_symbol() -> None:
    assert _issuers(
        "Theo Thông tư liên tịch số 08/2016/TTLT-BTC-BNV ngày 12/5/2016 của Bộ Tài chính, Bộ"
        " Nội vụ, UBND tỉnh đã ban hành kế hoạch."
    ) == ["Bộ Tài chính, Bộ Nội vụ"]
    assert _issuers(
        "theo Thông tư liên tịch số 37/2015/TTLT-BYT-BNV ngày 29/10/2015 của Bộ Y tế và Bộ Nội"
        " vụ, Sở Y tế hướng dẫn các đơn vị."
    ) == ["Bộ Y tế và Bộ Nội vụ"]
    # "Được" ends an issuer only as a passive verb: "người được hưởng" is a word of a name.
    assert _issuers(
        "Căn cứ Quyết định số 112/QĐ-QHTND ngày 5/4/2022 của Quỹ hỗ trợ người được hưởng chính"
        " sách;"
    ) == ["Quỹ hỗ trợ người được hưởng chính sách"]


def test_a_sentence_after_the_addressee_stays_in_the_body() -> None:
    doc = parse_document(
        _SO + "Kính gửi: Hiệu trưởng các trường THPT trên địa bàn tỉnh;\n"
        "Sở Giáo dục và Đào tạo đề nghị các trường khẩn trương báo cáo.\nTrân trọng./.\n" + _SIGNED
    )
    assert [r.name for r in doc.addressees] == ["Hiệu trưởng các trường THPT trên địa bàn tỉnh"]
    assert doc.body is not None
    assert doc.body.startswith("Sở Giáo dục và Đào tạo đề nghị")


def test_a_list_of_members_and_a_speech_are_no_closing_or_heading() -> None:
    doc = parse_document(
        "Thông báo thành lập Ban tổ chức Hội thi\nỦy ban nhân dân xã thông báo thành phần Ban tổ"
        " chức như sau:\nTrưởng ban\nNguyễn Văn An\nPhó Trưởng ban\nTrần Thị Bình\n"
    )
    assert doc.signatures == ()
    doc = parse_document(
        "BÀI PHÁT BIỂU\nKính thưa các đồng chí!\nBác Hồ đọc bản Tuyên ngôn độc lập, khai sinh"
        " nước\nCộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc là khát vọng của"
        " dân tộc ta.\n"
    )
    assert doc.motto is None


def test_an_aircraft_and_an_ocr_colon_in_the_date_line() -> None:
    doc = parse_document(
        "BỘ QUỐC PHÒNG\n" + _MOTTO + "Số: 45/BQP-TM\nHà Nội, ngày 5 tháng 3 năm 2020\n"
        "V/v bảo đảm bay\nKính gửi: Quân chủng Phòng không - Không quân\nI. Kế hoạch bay\n"
        "Il-76 của Lữ đoàn 918 cất cánh lúc 08 giờ.\nII. Bảo đảm\nNội dung.\n" + _SIGNED
    )
    assert [d.label for d in doc.directives] == ["I", "II"]
    doc = parse_document(
        "UBND TỈNH HÀ TĨNH\nSỞ Y TẾ\n"
        + _MOTTO
        + "Số: 45/SYT-NVY\nHà Tĩnh: ngày 5 tháng 3 năm 2020\n"
        "V/v phòng chống dịch\nKính gửi: Các đơn vị\nNội dung.\n"
    )
    assert doc.place == "Hà Tĩnh"


def test_a_related_document_at_a_page_foot_dates_no_page() -> None:
    doc = parse_document(
        "Thông báo lịch tiếp công dân tháng 4 năm 2024\nỦy ban nhân dân huyện thông báo lịch"
        " tiếp công dân như sau:\n1. Thứ Năm ngày 11/4/2024.\nVăn bản liên quan:\n"
        "Số: 16/TB-UBND Hà Nội ngày 5 tháng 4 năm 2024\n"
    )
    assert doc.date is None


def test_a_heading_in_capitals_above_a_signed_list_is_no_position() -> None:
    doc = parse_document(
        _SO + "Kính gửi: Các trường\nNội dung hướng dẫn.\n"
        "Danh sách thành viên Hội đồng thi gửi kèm theo:\nCHỦ TỊCH HỘI ĐỒNG THI\n" + _SIGNED
    )
    [sig] = doc.signatures
    assert (sig.position, sig.name) == ("PHÓ GIÁM ĐỐC", "Nguyễn Văn Hùng")


def test_a_post_without_heading_is_typed_by_its_title() -> None:
    # Annotators type such posts by their title line ("Giấy mời dự …" is a giấy mời); the old
    # reader wanted a code and a date in it.
    doc = parse_document(
        "Giấy mời dự Lễ phát động phong trào thi đua\n\nTrân trọng kính mời các đồng chí dự.\n"
    )
    assert (doc.kind, doc.subject) == ("giay_moi", "dự Lễ phát động phong trào thi đua")
    doc = parse_document(
        "Thursday, 18/07/2024\nNgày đăng: 21/01/2021 - Lượt xem: 87\nXem với cỡ chữ\n\n"
        "Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện\n\n"
        "Chủ tịch HĐND huyện thông báo lịch tiếp công dân như sau:\n1. Thời gian: ngày 20.\n"
    )
    assert doc.kind == "thong_bao"
    doc = parse_document(
        "THÔNG BÁO Về việc tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025\n"
        "1. Hồ sơ lấy ý kiến.\n2. Thời gian lấy ý kiến.\n"
    )
    assert (doc.kind, doc.subject) == (
        "thong_bao",
        "tổ chức lấy ý kiến về Kế hoạch sử dụng đất năm 2025",
    )
    # A sentence of a body, a wrapped sentence, headlines, a list of notices and a title over
    # an article that is no notice are none (the last five: the second review).
    for text in (
        "Quyết định này có hiệu lực kể từ ngày ký\n\nNội dung.\n",
        "Quyết định của Thủ tướng Chính phủ\nđã được triển khai tại các địa phương\n",
        "Kế hoạch đã được triển khai tốt\n\nNội dung.\n",
        "Luật sư Trần Văn Bình tư vấn về quyền thừa kế đất đai\n\n1. Hỏi.\n",
        "Kế hoạch tuyển sinh năm 2024 có nhiều điểm mới\n\n1. Tuyển sinh lớp 10.\n",
        "Văn bản mới\nThông báo lịch thi học kỳ I\nThông báo nghỉ Tết Nguyên đán\n"
        "Thông báo tuyển sinh lớp 10\n",
        "Thông báo Thứ Sáu, 26/10/2012, 07:00\n\nTin tức trong ngày.\n",
        "Thông báo giá vàng hôm nay tăng mạnh\n\nGiá vàng trong nước sáng nay tăng.\n",
    ):
        assert parse_document(text).kind is None, text
    doc = parse_document(
        "NGHỊ QUYẾT\nVỀ\nCHƯƠNG TRÌNH GIÁM SÁT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018\n"
        "HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH DƯƠNG\nCăn cứ Luật tổ chức chính quyền địa phương;\n"
    )
    assert doc.kind == "nghi_quyet"


def test_the_signing_mark_and_the_name_on_one_line() -> None:
    doc = parse_document(
        "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n" + _MOTTO + "Số: 46/VKSTC\n"
        "Hà Nội, ngày 11 tháng 11 năm 1995\nQUYẾT ĐỊNH\nBan hành Quy chế\n"
        "Điều 1. Ban hành Quy chế.\nK/T VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\nĐã ký: Vũ Đức Khiển\n"
    )
    [sig] = doc.signatures
    assert (sig.position, sig.name) == ("PHÓ VIỆN TRƯỞNG", "Vũ Đức Khiển")


def test_a_page_typed_a_line_apart_keeps_its_body_out_of_the_trich_yeu() -> None:
    # The second review: without the page's title repeating it, a blank line ends it.
    lines = [
        "UBND HUYỆN TÂN PHÚ",
        "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC",
        *_MOTTO.split("\n")[:2],
        "Số: 45/TB-UBND",
        "Phú Lộc, ngày 15 tháng 3 năm 2024",
        "GIẤY MỜI",
        "Về việc dự Hội nghị tổng kết năm 2023",
        "Trân trọng kính mời Ông (Bà) Trưởng các thôn",
        "Đến dự Hội nghị tổng kết công tác năm 2023.",
    ]
    doc = parse_document("\n\n".join(lines) + "\n")
    assert doc.subject == "dự Hội nghị tổng kết năm 2023"


def test_a_place_or_an_office_after_the_signing_mark_is_no_name() -> None:
    head = "ỦY BAN NHÂN DÂN XÃ PHÚ LỘC\n" + _MOTTO + "Số: 45/UBND-VP\n"
    head += "Phú Lộc, ngày 15 tháng 3 năm 2024\nV/v thu gom rác\nKính gửi: Các thôn\nNội dung.\n"
    head += "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
    for line in ("Đã ký: Chủ Tịch Xã", "Đã ký: Phú Lộc"):
        [sig] = parse_document(head + line + "\n").signatures
        assert sig.name is None, line


def test_a_page_title_above_a_headed_notice_and_a_motto_a_line_apart() -> None:
    doc = parse_document(
        "Thông báo Lịch tiếp công dân của UBND xã Tân Đoàn năm 2026\nTHÔNG BÁO\n"
        "Lịch tiếp công dân của UBND xã Tân Đoàn năm 2026\n"
        "Căn cứ Luật Tiếp công dân ngày 25/11/2013;\n"
    )
    assert (doc.kind, doc.subject) == (
        "thong_bao",
        "Lịch tiếp công dân của UBND xã Tân Đoàn năm 2026",
    )
    doc = parse_document(
        "Thông báo lịch nghỉ tết\n\nCộng Hòa Xã Hội Chủ Nghĩa Việt Nam\n\n"
        "Độc lập – Tự do – Hạnh phúc\n\nTHÔNG BÁO\n\nKính gửi: Quý phụ huynh\n\nNội dung.\n"
    )
    assert doc.motto is not None
    assert doc.motto.value == "state"


def test_a_title_and_its_trich_yeu_on_one_line() -> None:
    head = "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n" + _MOTTO + "Số: 12/KH-UBND\n"
    head += "Bắc Kạn, ngày 5 tháng 3 năm 2024\n"
    doc = parse_document(head + "KẾ HOẠCH Phát động phong trào thi đua năm 2024\nI. MỤC ĐÍCH\n")
    assert (doc.title, doc.subject) == ("KẾ HOẠCH", "Phát động phong trào thi đua năm 2024")
    doc = parse_document(head + "QUYẾT ĐỊNH Về việc ban hành quy chế\nCăn cứ Luật;\n")
    assert (doc.title, doc.subject) == ("QUYẾT ĐỊNH", "ban hành quy chế")
    # A sentence opening with the type in capitals is no title.
    doc = parse_document(head + "V/v thi đua\nQUYẾT ĐỊNH này có hiệu lực.\n")
    assert doc.title is None


def test_one_line_titles_and_quoted_mottos_of_the_third_review() -> None:
    head = "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n" + _MOTTO + "Số: 46/UBND-VP\n"
    head += "An Bình, ngày 12 tháng 3 năm 2024\n"
    doc = parse_document(
        head + "BÁO CÁO Kết quả quý I của UBND xã gửi kèm theo công văn này.\n"
        "Đề nghị UBND huyện xem xét.\n"
    )
    assert (doc.title, doc.subject) == (None, None)
    doc = parse_document(
        head + "GIẤY MỜI Ông/Bà: Nguyễn Văn C, Trưởng thôn Đông\nTới dự họp.\n"
        "Thời gian: 8 giờ ngày 15/3/2024.\n"
    )
    assert doc.subject is None
    doc = parse_document(
        head + "QUYẾT ĐỊNH Về việc khen thưởng thành tích phòng chống dịch\n"
        "Chủ tịch Ủy ban nhân dân xã An Bình\nCăn cứ Luật Thi đua;\n"
    )
    assert doc.subject == "khen thưởng thành tích phòng chống dịch"
    doc = parse_document(
        "Xem với cỡ chữ A A A\nTHÔNG BÁO MỚI\nLịch tiếp công dân tháng 3\n"
        "Kết quả xét tuyển viên chức\n\nĐại hội Chi đoàn thành công tốt đẹp\n"
    )
    assert doc.kind is None
    for lead_in in ("Quốc hiệu của nước ta là:\n", "Mỗi khi chúng ta đọc dòng chữ\n"):
        doc = parse_document(
            "Ý nghĩa của Quốc hiệu\n\n" + lead_in + "Cộng hòa xã hội chủ nghĩa Việt Nam\n\n"
            "Độc lập - Tự do - Hạnh phúc\n\nlà khát vọng của dân tộc.\n"
        )
        assert doc.motto is None, lead_in


def test_a_type_word_inside_an_issuer_and_an_ocr_label_after_it() -> None:
    assert _issuers(
        "Căn cứ Thông tư số 20/2015/TT-BKHĐT ngày 01/12/2015 của Bộ Kế hoạch Đầu tư về đăng ký"
        " doanh nghiệp;"
    ) == ["Bộ Kế hoạch Đầu tư"]
    assert _issuers(
        "theo Công điện số 914/CĐ-TTg ngày 4/8/2021 của Thủ tướng Chính phủ ve việc tăng cường"
        " các biện pháp;"
    ) == ["Thủ tướng Chính phủ"]
    # The next citation still ends the name.
    assert (
        _issuers("Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ Quyết định số 12/QĐ-TTg")[
            0
        ]
        == "Chính phủ"
    )
