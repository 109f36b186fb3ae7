"""Rules of the ``ap-*`` held-out batches and of the older batches' item leads: an office
leading with its unit, a group of units leading, verbs and compound nouns at a lead's end, a
name typed in lower case, an issuer spelled in a title's capitals, and a telegram's urgency in
its title and hour on its date line."""

from __future__ import annotations

import pytest

from vnadmindoc import Urgency, parse_document
from vnadmindoc.fields.directives import find_lead

_HEAD = """\
ỦY BAN NHÂN DÂN
HUYỆN DUY XUYÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 04/CĐ-UBND
"""


def _items(*items: str) -> str:
    return (
        _HEAD
        + "Duy Xuyên, ngày 13 tháng 10 năm 2013\n\nKẾ HOẠCH\nPhòng chống bão\n\n"
        + "\n".join(f"{k}. {item}" for k, item in enumerate(items, 1))
        + "\n"
    )


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        # An office and its unit, as printed: the office's holder must act.
        (
            "Chủ tịch UBND các xã, thị trấn có trách nhiệm thông báo.",
            "Chủ tịch UBND các xã, thị trấn",
        ),
        ("Bộ trưởng Bộ Tài chính tổng hợp, đề xuất.", "Bộ trưởng Bộ Tài chính"),
        (
            "Ủy quyền cho Giám đốc Sở Công Thương thành lập Đoàn thẩm định.",
            "Giám đốc Sở Công Thương",
        ),
        # Handed over by the office to another: that one leads, as before.
        (
            "Chủ tịch UBND tỉnh giao nhiệm vụ cho Giám đốc Sở Y tế tổ chức thực hiện.",
            "Giám đốc Sở Y tế",
        ),
        # A group of units of one kind.
        ("Các huyện tổ chức di dời dân khỏi những nơi nguy hiểm.", "Các huyện"),
        ("Các trường tranh thủ thời gian để làm vệ sinh trường lớp.", "Các trường"),
        # Verbs that end the name.
        ("Phòng GD&ĐT ra đề và tổ chức kiểm tra chung.", "Phòng GD&ĐT"),
        ("Phòng Giáo dục& Đào tạo cử cán bộ theo dõi.", "Phòng Giáo dục& Đào tạo"),
        ("Đảng uỷ Chính phủ lãnh đạo, chỉ đạo việc rà soát.", "Đảng uỷ Chính phủ"),
        # A verb that is half of a noun inside the name does not end it.
        (
            "Giao Sở Quản lý Nhà đất và công trình công cộng chủ trì kiểm tra.",
            "Sở Quản lý Nhà đất và công trình công cộng",
        ),
        ("Cục Kết cấu hạ tầng xây dựng tham mưu việc chỉ đạo.", "Cục Kết cấu hạ tầng xây dựng"),
    ],
)
def test_an_items_lead(item: str, lead: str) -> None:
    [directive] = parse_document(_items(item)).directives
    assert directive.lead == lead


@pytest.mark.parametrize(
    "item",
    [
        "Các tài liệu phải được lưu trữ đầy đủ.",  # things, not units
        "Các khoản chi thực hiện theo quy định.",
        "Các đơn vị khác thực hiện theo chức năng.",  # vague: no one unit named
        "Các sở, ngành tổ chức thực hiện.",  # a list
        "Chánh Văn phòng UBND tỉnh, Trưởng",  # offices listed, the next cut off by the line
    ],
)
def test_no_lead(item: str) -> None:
    assert find_lead(item) is None


def test_a_group_of_units_in_capitals_heads_its_item() -> None:
    doc = parse_document(_items("Các Sở Xây dựng nêu trên\n- Chủ động phối hợp với các đơn vị."))
    assert doc.directives[0].lead == "Các Sở Xây dựng nêu trên"


def test_a_ministrys_name_typed_in_lower_case_goes_on_over_its_and() -> None:
    doc = parse_document(
        _items(
            "Căn cứ Công văn số 1624/BVHTTDL-VHCS ngày 26/4/2023 của Bộ Văn hóa thể thao và "
            "du lịch; triển khai."
        )
    )
    [ref] = [r for r in doc.references if r.code.code == "1624/BVHTTDL-VHCS"]
    assert ref.issuer == "Bộ Văn hóa thể thao và du lịch"


def test_an_issuer_in_a_titles_capitals_is_spelled_as_the_body_writes_it() -> None:
    doc = parse_document(
        _HEAD + "Duy Xuyên, ngày 13 tháng 10 năm 2023\n\nHƯỚNG DẪN\nTHỰC HIỆN QUYẾT ĐỊNH SỐ "
        "04/2022/QĐ-TTG NGÀY 18/2/2022 CỦA THỦ TƯỚNG CHÍNH PHỦ\n\nThực hiện Quyết định số "
        "04/2022/QĐ-TTg ngày 18/2/2022 của Thủ tướng Chính phủ ban hành Quy định.\n"
    )
    [ref] = doc.references
    assert ref.issuer == "Thủ tướng Chính phủ"


def test_a_telegrams_title_says_how_urgent_it_is_and_its_date_line_the_hour() -> None:
    doc = parse_document(
        _HEAD + "Duy Xuyên, hồi 08h00, ngày 13 tháng 10 năm 2013\n\nCÔNG ĐIỆN KHẨN\n"
        "Về việc chủ động ứng phó với bão số 11\n\nNội dung.\n"
    )
    assert (doc.kind, doc.urgency, doc.place) == ("cong_dien", Urgency.KHAN, "Duy Xuyên")
    assert doc.date is not None
    assert doc.date.isoformat() == "2013-10-13"


@pytest.mark.parametrize("hour", ["lúc 14h", "hồi 8 giờ 30 phút"])
def test_the_hour_before_the_date_is_no_part_of_the_place(hour: str) -> None:
    doc = parse_document(
        _HEAD + f"Duy Xuyên, {hour}, ngày 13 tháng 10 năm 2013\n\nKẾ HOẠCH\nPhòng chống bão\n"
    )
    assert doc.place == "Duy Xuyên"


def test_a_title_without_a_mark_gives_no_urgency() -> None:
    doc = parse_document(
        _HEAD + "Duy Xuyên, ngày 13 tháng 10 năm 2013\n\nCÔNG ĐIỆN\nVề việc ứng phó với bão\n"
    )
    assert (doc.kind, doc.urgency) == ("cong_dien", None)


_PARTY_HEAD = """\
TỈNH UỶ LÀO CAI
*
Số 104-CTr/TU

ĐẢNG CỘNG SẢN VIỆT NAM

Lào Cai, ngày 4 tháng 8 năm 2026

"""


def test_a_trich_yeu_in_lower_case_goes_on_from_the_title() -> None:
    doc = parse_document(
        _PARTY_HEAD + "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của "
        "Ban Chấp hành\nTrung ương Đảng khóa XIV và Chương trình hành động số 31-CTr/TW\n"
        "ngày 28/7/2026 của Bộ Chính trị về bảo vệ môi trường và chủ động\n"
        "ứng phó với biến đổi khí hậu\n-----\n\n"
        "Thực hiện Kết luận số 75-KL/TW, Tỉnh ủy ban hành Chương trình hành động.\n"
    )
    assert doc.subject is not None
    assert doc.subject.startswith("thực hiện Kết luận số 75-KL/TW")
    assert doc.subject.endswith("ứng phó với biến đổi khí hậu")
    assert doc.body.startswith("Thực hiện Kết luận")


def test_a_conferences_body_and_term_are_in_the_trich_yeu() -> None:
    doc = parse_document(
        "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 75-KL/TW\n\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 28 tháng 7 năm 2026\n\nKẾT LUẬN\n"
        "HỘI NGHỊ LẦN THỨ BA\nBAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV\n"
        "về bảo vệ môi trường\n\nI- BỐI CẢNH\n\nSau hơn 13 năm.\n"
    )
    assert doc.subject == (
        "HỘI NGHỊ LẦN THỨ BA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV về bảo vệ môi trường"
    )
    # The name printed again above, with the Party's word (an e-signature's stamp), is no
    # parent.
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("BAN CHẤP HÀNH TRUNG ƯƠNG", None)


_LETTER = """\
ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  TỈNH LÀO CAI                                Độc lập - Tự do - Hạnh phúc
Số: 3686/UBND-XD                            Lào Cai, ngày 11 tháng 5 năm 2026
V/v tháo gỡ khó khăn

Kính gửi: Bộ Xây dựng

Ủy ban nhân dân tỉnh báo cáo như sau:
1. Quy định hiện nay
Theo Luật số 42/2024/QH151 ngày 29/6/2024 và Nghị định số 105/2025/NĐ-CP2, việc kiểm tra
do cơ quan đăng kiểm thực hiện.
1 Luật Quản lý, sử dụng vũ khí số 42/2024/QH15 ngày 29/6/2024
2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ
tiếp theo trang trước.
2. Khó khăn, vướng mắc
Cục Đăng kiểm Việt Nam đã có Văn bản số 6686/ĐKVN-VAQ ngày 28/11/2025 và Văn bản số
1570/ĐKVN-PTGTĐB ngày 29/04/2026 cho biết đang nghiên cứu.
Kế hoạch kiểm tra đã được Giám đốc Sở Công Thương phê duyệt tại Quyết định số 1268/QĐ-SCT
ngày 16/3/2026.
3. Kiến nghị
Đề nghị Bộ Xây dựng hướng dẫn.
"""


def test_a_footnotes_number_is_no_item_label() -> None:
    doc = parse_document(_LETTER)
    assert [(d.label, d.text.split("\n")[0]) for d in doc.directives] == [
        ("1", "Quy định hiện nay"),
        ("2", "Khó khăn, vướng mắc"),
        ("3", "Kiến nghị"),
    ]


def test_a_footnotes_number_glued_to_a_code_is_no_part_of_it() -> None:
    codes = [r.code.code for r in parse_document(_LETTER).references]
    assert "42/2024/QH15" in codes
    assert "105/2025/NĐ-CP" in codes
    assert not any(c.endswith(("QH151", "CP2")) for c in codes)


def test_one_bodys_letters_listed_after_it_share_it_and_an_approver_issues() -> None:
    issuers = {r.code.code: r.issuer for r in parse_document(_LETTER).references}
    assert issuers["6686/ĐKVN-VAQ"] == "Cục Đăng kiểm Việt Nam"
    assert issuers["1570/ĐKVN-PTGTĐB"] == "Cục Đăng kiểm Việt Nam"
    assert issuers["1268/QĐ-SCT"] == "Giám đốc Sở Công Thương"


def test_another_bodys_letter_after_the_list_does_not_share_it() -> None:
    doc = parse_document(
        _LETTER.replace("Văn bản số\n1570/ĐKVN-PTGTĐB", "Văn bản số\n1570/BXD-PTGTĐB")
    )
    issuers = {r.code.code: r.issuer for r in doc.references}
    assert issuers["1570/BXD-PTGTĐB"] is None


# Cases of the review of the rules above: each misfired on the first version of its rule.


@pytest.mark.parametrize(
    "item",
    [
        "Các trường hợp vi phạm phải được xử lý nghiêm.",  # a case, not a school
        "Các phòng học bộ môn được trang bị đầy đủ.",
        "Các đơn vị có liên quan thực hiện theo chức năng.",
        "Những đơn vị chưa báo cáo phải báo cáo trước ngày 15.",
        "Các hội nghị tổ chức theo kế hoạch.",
    ],
)
def test_no_group_leads(item: str) -> None:
    assert find_lead(item) is None


@pytest.mark.parametrize(
    ("item", "lead"),
    [
        # The compound is lower case inside a name; "Đầu tư" in capitals ends one.
        ("Sở Kế hoạch và Đầu tư xây dựng kế hoạch vốn.", "Sở Kế hoạch và Đầu tư"),
        ("Ban Quản lý Khu kinh tế xây dựng quy chế phối hợp.", "Ban Quản lý Khu kinh tế"),
        ("Ủy quyền cho Giám đốc Sở Tài chính quyết định giá.", "Giám đốc Sở Tài chính"),
    ],
)
def test_a_lead_ends_where_the_name_does(item: str, lead: str) -> None:
    assert find_lead(item) == lead


def test_an_urgent_meeting_is_no_urgent_notice() -> None:
    doc = parse_document(
        _HEAD + "Duy Xuyên, ngày 13 tháng 10 năm 2013\n\nTHÔNG BÁO HỌP KHẨN\n"
        "Về việc phòng chống bão\n\nNội dung.\n"
    )
    assert (doc.kind, doc.urgency) == ("thong_bao", None)


def test_the_hour_after_vao_luc_is_no_part_of_the_place() -> None:
    doc = parse_document(
        _HEAD + "Duy Xuyên, vào lúc 09h30, ngày 13 tháng 10 năm 2013\n\nKẾ HOẠCH\nPhòng bão\n"
    )
    assert doc.place == "Duy Xuyên"


def test_a_body_sentence_in_lower_case_under_a_notice_is_no_trich_yeu() -> None:
    doc = parse_document(
        _HEAD + "Duy Xuyên, ngày 13 tháng 10 năm 2013\n\nTHÔNG BÁO\n"
        "thực hiện Công điện số 03/CĐ-UBND ngày 28/01/2021 của Chủ tịch UBND tỉnh, UBND\n"
        "huyện thông báo như sau:\n1. Tạm dừng tiếp công dân.\n"
    )
    assert doc.subject is None


def test_an_issuer_line_without_a_term_under_a_conference_opens_the_body() -> None:
    doc = parse_document(
        "ĐẢNG BỘ TỈNH QUẢNG NAM\nHUYỆN ỦY DUY XUYÊN\n*\nSố 58-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Duy Xuyên, ngày 13 tháng 10 năm 2024\n\nTHÔNG BÁO\n"
        "HỘI NGHỊ BAN THƯỜNG VỤ HUYỆN ỦY LẦN THỨ 45\nHUYỆN ỦY DUY XUYÊN\n"
        "Ngày 10/10/2024, Ban Thường vụ Huyện ủy họp. Kết luận như sau:\n"
    )
    assert doc.subject == "HỘI NGHỊ BAN THƯỜNG VỤ HUYỆN ỦY LẦN THỨ 45"


def test_a_label_without_its_dot_before_a_sub_list_is_the_item() -> None:
    doc = parse_document(
        _items("Mục đích.").replace(
            "1. Mục đích.\n", "1. Mục đích\n2 Nội dung\nNội dung chính.\n3. Tổ chức\n"
        )
        + "1. Phòng Nội vụ.\n2. Phòng Tài chính.\n"
    )
    assert [d.label for d in doc.directives] == ["1", "2", "3"]


def test_a_code_and_another_with_a_digit_more_are_two_without_a_footnote() -> None:
    refs = parse_document(
        _items(
            "Thực hiện Công văn số 1234/UBND-VX ngày 02/3/2024 và Công văn số 1234/UBND-VX1 "
            "ngày 05/4/2024 của UBND tỉnh."
        )
    ).references
    assert sorted(r.code.code for r in refs) == ["1234/UBND-VX", "1234/UBND-VX1"]


def test_a_symbol_every_committee_uses_does_not_share_its_issuer() -> None:
    refs = parse_document(
        _items(
            "UBND huyện Duy Xuyên đã có Văn bản số 12/UBND-KT ngày 02/3/2024 và Văn bản số "
            "34/UBND-KT ngày 05/3/2024 (của UBND huyện Đại Lộc) về việc phối hợp."
        )
    ).references
    issuers = {r.code.code: r.issuer for r in refs}
    assert issuers["12/UBND-KT"] == "UBND huyện Duy Xuyên"
    assert issuers["34/UBND-KT"] != "UBND huyện Duy Xuyên"


def test_an_acronym_keeps_its_capitals() -> None:
    refs = parse_document(
        _items(
            "Căn cứ Công văn số 12/EVNCPC-KD ngày 01/3/2024 của EVNCPC và Công văn số "
            "12/EVNCPC-KD ngày 01/3/2024 của Evncpc."
        )
    ).references
    assert [r.issuer for r in refs] == ["EVNCPC"]


_SIGNED = """\
QUYẾT ĐỊNH
Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.
TM. UỶ BAN NHÂN DÂN TỈNH
{}
"""


@pytest.mark.parametrize(
    "block",
    [
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐÀM VĂN BÔNG",
        "KT. Chủ tịch\nPhó Chủ tịch\nĐÀM VĂN BÔNG",
    ],
)
def test_a_signers_name_in_capitals(block: str) -> None:
    [sig] = parse_document(_SIGNED.format(block)).signatures
    assert (sig.position, sig.name) in [
        ("PHÓ CHỦ TỊCH", "ĐÀM VĂN BÔNG"),
        ("Phó Chủ tịch", "ĐÀM VĂN BÔNG"),
    ]


def test_capitals_under_a_position_naming_no_one_are_no_name() -> None:
    [sig] = parse_document(_SIGNED.format("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC")).signatures
    assert (sig.position, sig.name) == ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", None)


def test_the_signers_other_office_in_brackets_stands_aside_for_the_name() -> None:
    doc = parse_document(
        _SIGNED.format(
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Phó trưởng ban thường trực Ban chỉ đạo\n"
            "phòng chống dịch tỉnh)\n\nĐã kí\n\nPhạm Ngọc Phương"
        )
    )
    [sig] = doc.signatures
    assert (sig.position, sig.name) == ("PHÓ CHỦ TỊCH", "Phạm Ngọc Phương")
    assert "(Phó trưởng ban thường trực Ban chỉ đạo" in [f.text for f in doc.unplaced]


@pytest.mark.parametrize("label", ["Kính\ngửi:", "\ngửi:"])
def test_kinh_gui_cut_in_two_or_half_lost(label: str) -> None:
    doc = parse_document(
        _HEAD + "Duy Xuyên, ngày 13 tháng 10 năm 2013\nV/v tăng cường công tác thanh tra\n"
        f"{label} Sở Tài chính\n\nCăn cứ tình hình thực tế, UBND huyện đề nghị như sau.\n"
    )
    assert doc.subject == "tăng cường công tác thanh tra"
    assert [r.name for r in doc.addressees] == ["Sở Tài chính"]


# General fixes the last wave (aq-*) pointed to, after its first score.


def test_the_place_after_a_flattened_motto_ends_at_hanh_phuc() -> None:
    doc = parse_document(
        "SỞ Y TẾ NGHỆ AN BỆNH VIỆN NỘI TIẾT Số: 12/QĐ-BVNT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "Độc lập – Tự – Hạnh phúc Nghệ An, ngày 5 tháng 01 năm 2023 QUYẾT ĐỊNH Ban hành quy chế\n"
    )
    assert doc.place == "Nghệ An"


def test_a_converters_signature_caption_before_the_name() -> None:
    doc = parse_document(
        _items("Nội dung.") + "\nNơi nhận:\n- Như trên;\n- Lưu: CTSV.\n\n**TRƯỞNG PHÒNG**\n\n"
        "signature: Nguyễn Thanh Tường\n\n**Nguyễn Thanh Tường**\n"
    )
    [sig] = doc.signatures
    assert (sig.position, sig.name) == ("TRƯỞNG PHÒNG", "Nguyễn Thanh Tường")


def test_a_joint_circulars_bodies_named_at_length() -> None:
    doc = parse_document(
        _items(
            "Căn cứ Thông tư số 02/2007/TTLT-BCA-BLĐTBXH-BTC ngày 01 tháng 3 năm 2007 của liên bộ "
            "Bộ Công an - Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính hướng dẫn thực hiện."
        )
    )
    [ref] = doc.references
    assert ref.issuer == ("liên bộ Bộ Công an - Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính")


def test_quan_triet_ends_a_lead() -> None:
    assert find_lead("Ủy ban nhân dân các xã, thị trấn quán triệt nội dung.") == (
        "Ủy ban nhân dân các xã, thị trấn"
    )


def test_a_party_headings_number_after_its_star_on_one_line() -> None:
    doc = parse_document(
        "ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, "
        "ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm, đánh giá\n"
    )
    assert doc.code is not None
    assert doc.code.code == "09-KH/ĐU"


# Cases of the review of the signature, label, place and joint-name rules: each misfired on
# their first version.

_CLOSE = _items("Nội dung.") + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{}\n"


@pytest.mark.parametrize(
    ("block", "position", "name"),
    [
        ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH UBND HUYỆN\nMAI SƠN", "CHỦ TỊCH UBND HUYỆN MAI SƠN", None),
        ("HIỆU TRƯỞNG TRƯỜNG THCS\nLÊ QUÝ ĐÔN", "HIỆU TRƯỞNG TRƯỜNG THCS LÊ QUÝ ĐÔN", None),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nVŨ VĂN HẢI", "PHÓ CHỦ TỊCH", "VŨ VĂN HẢI"),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTRƯƠNG VĂN HẢI", "PHÓ CHỦ TỊCH", "TRƯƠNG VĂN HẢI"),
        (
            "PHÓ GIÁM ĐỐC\n(PHỤ TRÁCH)\n\nNguyễn Văn Lâm",
            "PHÓ GIÁM ĐỐC (PHỤ TRÁCH)",
            "Nguyễn Văn Lâm",
        ),
        ("TRƯỞNG PHÒNG\n\nSignature: Sở Nội Vụ Tỉnh Sơn La", "TRƯỞNG PHÒNG", None),
    ],
)
def test_what_stands_under_a_position(block: str, position: str, name: str | None) -> None:
    [sig] = parse_document(_CLOSE.format(block)).signatures
    assert (sig.position, sig.name) == (position, name)


def test_an_example_signature_in_a_body_is_no_signature() -> None:
    doc = parse_document(
        _items("Ủy ban nhân dân huyện hướng dẫn ghi thẩm quyền ký như sau:")
        + "TL. Chủ tịch\nChánh Văn phòng\nTRẦN VĂN A\nCác đơn vị thực hiện đúng hướng dẫn trên.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Bình\n"
    )
    assert [r.name for r in doc.distribution] == ["Như trên"]
    assert [s.name for s in doc.signatures] == ["Nguyễn Văn Bình"]


_LETTER_HEAD = _HEAD + "Duy Xuyên, ngày 12 tháng 6 năm 2024\n"


@pytest.mark.parametrize(
    ("text", "subject", "addressees"),
    [
        (  # an e-mail's header above the letter
            "Đã gửi: Thứ Tư, 12/6/2024 8:30\ngửi: phongnoivu@maison.gov.vn\n\n"
            + _LETTER_HEAD
            + "V/v báo cáo biên chế\n\nKính gửi: Phòng Nội vụ huyện\n\nĐề nghị báo cáo.\n",
            "báo cáo biên chế",
            ["Phòng Nội vụ huyện"],
        ),
        (  # a trích yếu wrapped before "gửi"
            _LETTER_HEAD + "V/v thời hạn nộp báo cáo và cách\ngửi: qua hệ thống iOffice\n\n"
            "Kính gửi: Các cơ quan, đơn vị\n\nUBND huyện đề nghị các đơn vị thực hiện.\n",
            "thời hạn nộp báo cáo và cách gửi: qua hệ thống iOffice",
            ["Các cơ quan, đơn vị"],
        ),
    ],
)
def test_gui_that_is_no_label(text: str, subject: str, addressees: list[str]) -> None:
    doc = parse_document(text)
    assert doc.subject == subject
    assert [r.name for r in doc.addressees] == addressees


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Hạnh Phúc, ngày 3 tháng 4 năm 2024", "Hạnh Phúc"),  # a commune's name
        ("Xã Hạnh Phúc, ngày 3 tháng 4 năm 2024", "Xã Hạnh Phúc"),
    ],
)
def test_a_place_named_hanh_phuc(line: str, place: str) -> None:
    doc = parse_document(_HEAD + line + "\n\nTHÔNG BÁO\nLịch tiếp công dân\n\nNội dung.\n")
    assert doc.place == place


def test_a_flattened_motto_with_no_place_after_it_keeps_the_date() -> None:
    doc = parse_document(
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN Số: 20/QĐ-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập "
        "- Tự do - Hạnh phúc, ngày 5 tháng 01 năm 2023 QUYẾT ĐỊNH Ban hành quy chế\n"
    )
    assert doc.date is not None
    assert doc.date.isoformat() == "2023-01-05"


def test_a_joint_circulars_bodies_end_where_the_symbol_says() -> None:
    [ref] = parse_document(
        _items(
            "Căn cứ Thông tư số 03/2014/TTLT-BNV-BTC ngày 05/5/2014 của Bộ Nội vụ - Bộ Tài chính, "
            "Ủy ban nhân dân huyện Mai Sơn yêu cầu các xã thực hiện."
        )
    ).references
    assert ref.issuer == "Bộ Nội vụ - Bộ Tài chính"


def test_numbered_table_rows_are_no_footnotes() -> None:
    refs = parse_document(
        _items(
            "Thực hiện Công văn số 1234/UBND-VX ngày 02/3/2024 của UBND huyện và Công văn số "
            "1234/UBND-VX1 của UBND tỉnh Hà Tĩnh, UBND huyện phân công:"
        )
        + "STT Đơn vị Nhiệm vụ\n1 Sở Y tế Chủ trì\n2 Sở Tài chính Phối hợp\n"
    ).references
    assert sorted(r.code.code for r in refs) == ["1234/UBND-VX", "1234/UBND-VX1"]


def test_a_dotted_footnote_still_drops_its_number_from_the_code() -> None:
    refs = parse_document(
        _items("Theo Luật số 42/2024/QH151 ngày 29/6/2024, việc kiểm tra do cơ quan đăng kiểm làm.")
        + "1. Luật Quản lý, sử dụng vũ khí số 42/2024/QH15 ngày 29/6/2024\n"
    ).references
    assert [r.code.code for r in refs] == ["42/2024/QH15"]
