"""Rules from the bc-c … bf-c batches: a title's own number, a list after a colon, notices
named by their last sentence, bullets and spaced legislature numbers."""

from __future__ import annotations

import pytest

from vnadmindoc import parse

_ARCHIVE_COPY = """THÔNG TƯ

CỦA BỘ GIÁO DỤC SỐ 36/GD-TT NGÀY 29-12-1976 HƯỚNG DẪN
XẾP LƯƠNG CHO GIÁO VIÊN MỚI ĐƯỢC TUYỂN DỤNG

Thi hành Quyết định số 87-TTg-B ngày 20-8-1976 của Thủ tướng Chính phủ, Bộ hướng dẫn như sau:
1. Giáo viên được xếp lương theo bằng cấp.
"""


def test_a_titles_line_in_capitals_gives_the_number_and_date() -> None:
    (doc,) = parse(_ARCHIVE_COPY)
    assert doc.kind == "thong_tu"
    assert doc.code is not None
    assert doc.code.code == "36/GD-TT"
    assert str(doc.date) == "1976-12-29"
    assert doc.subject is not None
    assert doc.subject.startswith("CỦA BỘ GIÁO DỤC SỐ 36/GD-TT")
    assert [r.code.code for r in doc.references] == ["87-TTg-B"]


def test_a_trich_yeu_citing_an_act_in_sentence_case_is_no_number() -> None:
    text = _ARCHIVE_COPY.replace(
        "CỦA BỘ GIÁO DỤC SỐ 36/GD-TT NGÀY 29-12-1976 HƯỚNG DẪN",
        "Hướng dẫn Thông tư số 36/GD-TT ngày 29-12-1976 của Bộ Giáo dục",
    )
    (doc,) = parse(text)
    assert doc.code is None


def test_a_number_line_wins_over_the_titles_words() -> None:
    text = "BỘ GIÁO DỤC\nSố: 12/GD-TT\n" + _ARCHIVE_COPY
    (doc,) = parse(text)
    assert doc.code is not None
    assert doc.code.code == "12/GD-TT"


def test_a_numbered_titles_next_word_is_no_symbol() -> None:
    (doc,) = parse("Xem chi tiết tại đây:\nThông tư 07 - Xét tặng danh hiệu Nhà giáo Ưu tú\n")
    assert doc.references == ()
    (doc,) = parse("Thi hành Quyết định 87-TTg ngày 20-8-1976.\n")
    assert [r.code.code for r in doc.references] == ["87-TTg"]


def test_a_list_after_a_colon_is_one_addressee_across_blank_lines() -> None:
    text = (
        "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM\nSố: 301/CĐN-CSPL\nV/v báo cáo nhu cầu nhà công vụ\n\n"
        "   Kính gửi: Công đoàn giáo dục các tỉnh:\n\n"
        "          Lào Cai, Lai Châu, Yên Bái,\n\n"
        "          Cà Mau, Sơn La và Quảng Bình\n\n"
        "Tiếp tục triển khai cuộc vận động, Công đoàn Giáo dục Việt Nam đề nghị các tỉnh báo cáo.\n"
    )
    (doc,) = parse(text)
    assert [r.name for r in doc.addressees] == [
        "Công đoàn giáo dục các tỉnh: Lào Cai, Lai Châu, Yên Bái, Cà Mau, Sơn La và Quảng Bình"
    ]
    assert doc.body.startswith("Tiếp tục")


def test_an_entry_ended_by_a_comma_does_not_take_the_body_after_a_blank_line() -> None:
    text = (
        "BỘ LAO ĐỘNG\nSố: 12/LĐTBXH-PC\nV/v số giờ làm thêm\n\n"
        "Kính gửi: Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố,\n\n"
        "Triển khai Nghị quyết số 17/2022/UBTVQH15 ngày 24 tháng 3 năm 2022\n"
        "của Ủy ban Thường vụ Quốc hội, Bộ hướng dẫn như sau:\n"
    )
    (doc,) = parse(text)
    assert [r.name for r in doc.addressees] == [
        "Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố"
    ]


@pytest.mark.parametrize(
    ("closing", "kind"),
    [
        ("Vậy, UBND huyện thông báo để các cơ quan và nhân dân được biết./.", "thong_bao"),
        ("Theo thông báo để mọi người biết, lịch không đổi./.", None),
    ],
)
def test_a_text_without_title_is_a_notice_when_its_last_sentence_says_so(
    closing: str, kind: str | None
) -> None:
    text = (
        "Do tình hình dịch bệnh, buổi tiếp công dân định kỳ tại xã được chuyển về Trụ sở "
        f"Tiếp công dân huyện.\n{closing}\n"
    )
    (doc,) = parse(text)
    assert doc.kind == kind


def test_a_pages_bullet_before_the_issuer_is_not_its_name() -> None:
    text = (
        "  • Thuộc tính văn bản\n  • TÒA ÁN NHÂN DÂN TỐI CAO\n    -------\n\n"
        "    Số: 36/TANDTC-KHTC\n    V/v: Hướng dẫn quản lý ngân sách năm 2020\n\n"
        "    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n    Độc lập - Tự do - Hạnh phúc\n\n"
        "    Hà Nội, ngày 24 tháng 2 năm 2020\n\n"
        "    Căn cứ Luật Ngân sách nhà nước số 83/2015/QH 13 ngày 25 tháng 6 năm 2015;\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "TÒA ÁN NHÂN DÂN TỐI CAO"
    assert [r.code.code for r in doc.references] == ["83/2015/QH13"]


def test_a_legislatures_number_is_joined_only_when_it_stands_alone() -> None:
    (doc,) = parse("Căn cứ Luật số 83/2015/QH 13/6/2015 đã hết hiệu lực.\n")
    assert [r.code.code for r in doc.references] == ["83/2015/QH"]


def test_a_trich_yeu_line_opening_with_cua_goes_on() -> None:
    text = (
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 03/2024/TT-NHNN\nHà Nội, ngày 16 tháng 5 năm 2024\n"
        "THÔNG TƯ\nSỬA ĐỔI MỘT SỐ ĐIỀU CỦA THÔNG TƯ 19/2013/TT-NHNN NGÀY 06 THÁNG 9 NĂM 2013\n"
        "CỦA THỐNG ĐỐC NGÂN HÀNG NHÀ NƯỚC VIỆT NAM QUY ĐỊNH VỀ VIỆC MUA, BÁN NỢ XẤU\n"
        "Căn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 tháng 6 năm 2010;\n"
    )
    (doc,) = parse(text)
    assert doc.subject is not None
    assert doc.subject.endswith("QUY ĐỊNH VỀ VIỆC MUA, BÁN NỢ XẤU")


# Review 41's inputs: each rule above narrowed where it misfired.


@pytest.mark.parametrize(
    "tail",
    [
        # a list under the phrase: the item's own text
        "Trân trọng cảm ơn các đơn vị đã phối hợp; đề nghị lưu ý các nội dung sau:\n"
        "a) Rà soát danh sách;\nb) Báo cáo kết quả.",
        "Trên đây là kết quả đợt 1; kết quả đợt 2 như sau:\n- Đạt 20 cơ sở;\n- Chưa đạt 3 cơ sở.",
        # the line above goes on into it (no full stop; a bracket does not end a sentence)
        "Các đơn vị lập danh sách (theo mẫu đính kèm)\nNhận được công văn này, đề nghị triển khai.",
        # "Với nội dung trên" without its comma speaks of the item
        "Phát thanh trên loa truyền thanh xã.\n"
        "Với nội dung trên cần bảo đảm phát 02 lần/ngày, liên tục trong 30 ngày.",
    ],
)
def test_the_last_items_own_words_are_no_closing(tail: str) -> None:
    text = (
        "SỞ Y TẾ\nSố: 12/SYT-NVY\nV/v kiểm tra\n\nKính gửi: Các đơn vị trực thuộc.\n\n"
        "1. Rà soát cơ sở khám bệnh.\n2. Hình thức:\n" + tail + "\n\nNơi nhận:\n- Như trên;\n"
    )
    (doc,) = parse(text)
    last = doc.directives[-1]
    assert " ".join(tail.split()[-4:]) in " ".join(last.text.split())


def test_articles_under_a_chapter_keep_their_last_words() -> None:
    text = (
        "QUY CHẾ\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi.\nChương II\nTỔ CHỨC THỰC HIỆN\n"
        "Điều 2. Các đơn vị thực hiện Quy chế này.\n"
        "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Sở./.\n"
    )
    (doc,) = parse(text)
    assert "vướng mắc" in " ".join(str(d) for d in doc.directives)


@pytest.mark.parametrize(
    "line",
    [
        "CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH VỀ VIỆC SỬA ĐỔI QUYẾT ĐỊNH SỐ 15/2020/QĐ-BTC NGÀY 10/5/2020",
        "CỦA UBND TỈNH THỰC HIỆN NGHỊ QUYẾT SỐ 12/NQ-CP NGÀY 1/2/2020",
        "CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÃI BỎ CHỈ THỊ SỐ 07/CT-UBND NGÀY 02/02/2018",
    ],
)
def test_a_cited_acts_number_in_the_title_is_no_number(line: str) -> None:
    (doc,) = parse(f"QUYẾT ĐỊNH\n{line}\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert doc.code is None
    assert len(doc.references) == 1


def test_an_old_code_in_sentence_case_printed_whole_is_a_code() -> None:
    (doc,) = parse("Căn cứ Thông tư số 202-Ttg ngày 15-9-1961 của Thủ tướng Chính phủ.\n")
    assert [r.code.code for r in doc.references] == ["202-Ttg"]


def test_the_body_under_a_colon_ended_addressee_stays_the_body() -> None:
    text = (
        "SỞ Y TẾ\nSố: 12/SYT-NVY\nV/v chất lượng dịch vụ\n\n"
        "Kính gửi: Giám đốc các bệnh viện:\n\n"
        "Vừa qua, Sở Y tế nhận được phản ánh của người dân\n"
        "về chất lượng khám chữa bệnh tại một số bệnh viện./.\n"
    )
    (doc,) = parse(text)
    assert [r.name for r in doc.addressees] == ["Giám đốc các bệnh viện"]
    assert doc.body.startswith("Vừa qua")


@pytest.mark.parametrize(
    "closing",
    [
        "Trường hợp có thay đổi, đề nghị các đơn vị kịp thời thông báo để Sở Nội vụ biết./.",
        "Lịch thi lại Phòng sẽ thông báo để các khoa biết sau./.",
        "Trân trọng kính mời các đại biểu. Văn phòng thông báo để các đại biểu biết./.",
    ],
)
def test_a_request_promise_or_invitation_is_no_notice(closing: str) -> None:
    (doc,) = parse(f"Lịch làm việc của lãnh đạo huyện tuần này không đổi.\n{closing}\n")
    assert doc.kind is None


def test_a_notice_may_capitalise_its_verb() -> None:
    (doc,) = parse(
        "Lịch trực Tết của lãnh đạo huyện.\nUBND huyện Thông báo để các đơn vị biết./.\n"
    )
    assert doc.kind == "thong_bao"


def test_a_legislatures_number_glued_to_a_word_is_not_joined() -> None:
    (doc,) = parse("Căn cứ Luật số 45/2013/QH 13ngày 29/11/2013.\n")
    assert [r.code.code for r in doc.references] == ["45/2013/QH"]


def test_a_short_line_of_the_enacting_authority_after_cua_still_enacts() -> None:
    text = (
        "QUYẾT ĐỊNH\nPHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH\nCỦA THỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN DU LỊCH"


# Rules from the bg-c … bj-c batches.


def test_a_drafting_offices_mark_between_the_archive_and_the_signature_is_passed_over() -> None:
    text = (
        "Đề nghị các Sở tổ chức thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu VT, KL.\n"
        "TP Nguyễn Hồng Quảng\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nHứa Đức Nhị\n"
    )
    (doc,) = parse(text)
    assert [(s.position, s.name) for s in doc.signatures] == [("THỨ TRƯỞNG", "Hứa Đức Nhị")]


def test_a_committees_place_typed_in_title_case_under_it_is_its_name() -> None:
    text = (
        "UỶ BAN NHÂN DÂN\nTỉnh Ninh Bình\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 996 /QĐ-UB\n\nNinh Bình, ngày 10 tháng 10 năm 1995\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "UỶ BAN NHÂN DÂN Tỉnh Ninh Bình"


def test_unbulleted_recipients_with_notes_and_offices_labels() -> None:
    text = (
        "Đề nghị các Sở thực hiện./.\n\nNơi nhận:\nNhư trên;\n"
        "Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )\nTTUB: CT, các PCT;\nCác Phòng Chuyên viên;\n"
        "Lưu: VT, TV.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Trung Tín\n"
    )
    (doc,) = parse(text)
    assert [r.name for r in doc.distribution] == [
        "Như trên",
        "Thường trực Thành ủy (kèm QĐ 236/QĐ-TTg )",
        "TTUB: CT, các PCT",
        "Các Phòng Chuyên viên",
    ]
    assert [s.name for s in doc.signatures] == ["Nguyễn Trung Tín"]


def test_a_bracketed_annex_line_after_the_list_is_no_recipient() -> None:
    text = (
        "Đề nghị các Sở thực hiện./.\n\nNơi nhận:\nNhư trên;\n"
        "(Ban hành kèm theo Quyết định số 30/2007/QĐ-UBND ngày 23/8/2007 của UBND tỉnh)\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    )
    (doc,) = parse(text)
    assert [r.name for r in doc.distribution] == ["Như trên"]


def test_a_charter_is_a_type_and_yields_to_a_codes_own_type() -> None:
    (doc,) = parse("Sở đã ban hành Điều lệ số 83/ĐL-SVHTTDL ngày 21/7/2021 về giải bóng bàn.\n")
    assert [(r.code.code, r.kind) for r in doc.references] == [("83/ĐL-SVHTTDL", "dieu_le")]
    (doc,) = parse(
        "Theo Điều lệ trường tiểu học, ban hành kèm theo quyết đònh số 51/2007/QĐ-BGD&ĐT "
        "ngày 31/8/2007 của Bộ trưởng Bộ Giáo dục và Đào tạo.\n"
    )
    assert [r.kind for r in doc.references] == ["quyet_dinh"]
    (doc,) = parse("Căn cứ Pháp lệnh Quảng cáo số 39/2001/PL-UBTVQH ngày 16/11/2001.\n")
    assert [r.kind for r in doc.references] == ["phap_lenh"]


def test_a_telegrams_hour_before_its_day() -> None:
    (doc,) = parse(
        "Thực hiện Công điện số 07/CĐ-PCTT hồi 14h00 ngày 15/6/2022 của Ban Chỉ đạo Quốc gia "
        "về việc xả lũ.\n"
    )
    assert [str(r.date) for r in doc.references] == ["2022-06-15"]


# Review 42's inputs: each rule above narrowed where it misfired.


@pytest.mark.parametrize(
    ("after", "archive"),
    [
        ("Lưu: VT, KT.", True),
        ("Ghi chú: Văn bản gửi qua mạng.", False),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Hùng", False),
    ],
)
def test_a_recipient_ended_by_its_note_takes_nothing_after_it(after: str, archive: bool) -> None:
    text = (
        "Đề nghị các Sở thực hiện./.\n\nNơi nhận:\nNhư trên;\nSở Tài chính (để phối hợp)\n"
        f"{after}\n"
    )
    (doc,) = parse(text)
    assert [r.name for r in doc.distribution] == ["Như trên", "Sở Tài chính (để phối hợp)"]
    assert (doc.archive is not None) is archive


@pytest.mark.parametrize(
    "line",
    ["Danh mục công trình trọng điểm (Phụ lục kèm theo)", "VT: 02 bản."],
)
def test_an_annex_note_or_the_archive_is_no_unbulleted_recipient(line: str) -> None:
    (doc,) = parse(f"Đề nghị các Sở thực hiện./.\n\nNơi nhận:\nNhư trên;\n{line}\n")
    assert [r.name for r in doc.distribution] == ["Như trên"]


@pytest.mark.parametrize("line", ["UBND các huyện, thành phố", "Đồng chí Trần Văn Hùng"])
def test_words_before_the_authority_line_are_no_mark(line: str) -> None:
    text = (
        "Đề nghị các Sở thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        f"{line}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn An\n"
    )
    (doc,) = parse(text)
    assert line in doc.appendix or line in " ".join(f.text for f in doc.unplaced)
    assert line not in " ".join(f.text for f in doc.unplaced if f.kind == "marker")


def test_a_type_without_abbreviation_names_the_code_right_after_it() -> None:
    (doc,) = parse("Thực hiện Thư mời số 15/GM-SVHTTDL ngày 10/3/2024 của Sở.\n")
    assert [r.kind for r in doc.references] == ["thu_moi"]
    (doc,) = parse(
        "Căn cứ Điều lệ Hội Nông dân ban hành kèm theo quyết đònh số 125/UBND ngày 12/5/2020.\n"
    )
    assert [r.kind for r in doc.references] != ["dieu_le"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thực hiện Công văn số 125/UBND-VX, lúc 14 giờ ngày 20/5/2024, Ban Chỉ đạo đã họp.",
        "Đã nhận Công văn số 77/SXD-QLXD. Lúc 10 giờ ngày 3/4/2024, UBND huyện đã họp.",
        "Theo Công văn số 12/UBND-VX, hồi 15h ngày 10/3/2024 UBND xã đã tổ chức họp dân.",
    ],
)
def test_an_events_hour_after_a_code_gives_the_code_no_date(sentence: str) -> None:
    (doc,) = parse(sentence + "\n")
    assert [r.date for r in doc.references] == [None]


def test_a_title_case_line_of_many_words_under_the_committee_is_not_its_place() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỉnh Ninh Bình Tổ Chức\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/UBND-VX\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN"


def test_a_spaced_pages_trich_yeu_does_not_take_the_body_its_title_runs_into() -> None:
    # Review 43: with the page's lines joined, the title's last words and the issuer's line
    # under it ("… năm 2024" / "UBND HUYỆN NGHI LỘC") read as the trích yếu's break.
    text = (
        "Thông báo tuyển dụng viên chức năm 2024\n\nUBND HUYỆN NGHI LỘC\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 45/TB-UBND\n\nV/v tuyển dụng viên chức năm 2024\n\n"
        "UBND huyện Nghi Lộc thông báo tuyển dụng viên chức như sau:\n\n"
        "1. Đối tượng dự tuyển.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "tuyển dụng viên chức năm 2024"
    assert doc.body.startswith("UBND huyện Nghi Lộc thông báo")


def test_the_quoc_hieus_wrapped_line_is_no_place_under_the_committee() -> None:
    text = "ỦY BAN NHÂN DÂN\nXã Hội Chủ Nghĩa\nViệt Nam\nSố: 12/UBND-VX\n"
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN"


def test_the_documents_own_code_in_its_title_with_the_other_separator_is_no_reference() -> None:
    text = (
        "BỘ NỘI THƯƠNG\nSố: 16-NT\nHà Nội, ngày 14 tháng 11 năm 1987\n\nTHÔNG TƯ\n\n"
        "CỦA BỘ NỘI THƯƠNG SỐ 16/NT NGÀY 14-11-1987\n\nHƯỚNG DẪN VỀ CHỨC NĂNG, NHIỆM VỤ\n\n"
        "Để thi hành Nghị định số 16/NĐ-CP ngày 1-2-1987 của Hội đồng Bộ trưởng, Bộ hướng dẫn:\n"
    )
    (doc,) = parse(text)
    assert doc.code is not None
    assert doc.code.code == "16-NT"
    assert [r.code.code for r in doc.references] == ["16/NĐ-CP"]


@pytest.mark.parametrize(
    ("own", "cited"),
    [("15/KH-BCĐ", "15-KH/BCĐ"), ("12-2/QĐ-UB", "122/QĐ-UB")],
)
def test_a_cited_code_like_the_documents_own_stays_a_reference(own: str, cited: str) -> None:
    # Review 44: a committee's plan and a Party steering group's; a number with a dash.
    text = (
        f"ỦY BAN NHÂN DÂN TỈNH A\nSố: {own}\nA, ngày 1 tháng 3 năm 2023\nKẾ HOẠCH\n"
        f"Thực hiện chuyển đổi số\nCăn cứ Kế hoạch số {cited} ngày 20/02/2023 của Ban Chỉ đạo;\n"
    )
    (doc,) = parse(text)
    assert [r.code.code for r in doc.references] == [cited]


@pytest.mark.parametrize(
    ("line", "code", "party"),
    [
        ("Số: 12-2/QĐ-UB", "12-2/QĐ-UB", False),  # a number of two parts, then the slash
        ("Số: 4/2 /QĐ-TCT", "4/2/QĐ-TCT", False),  # OCR split the number
        ("Số: 12-TB/HU", "12-TB/HU", True),  # a Party code keeps its dash
    ],
)
def test_a_number_of_two_parts_keeps_the_codes_separator(line: str, code: str, party: bool) -> None:
    # Review 44 left "Số: 12-2/QĐ-UB" read as a Party code, "12-2-QĐ-UB".
    (doc,) = parse(f"UBND TỈNH A\n{line}\nA, ngày 1 tháng 3 năm 2001\n")
    assert doc.code is not None
    assert (doc.code.code, doc.code.party) == (code, party)


@pytest.mark.parametrize(
    ("above", "below", "place"),
    [
        ("Bà Rịa - Vũng", "Tàu", "Bà Rịa - Vũng Tàu"),
        ("Thừa Thiên -", "Huế", "Thừa Thiên - Huế"),
        # a line of words in lower case is no place's beginning
        ("Kính gửi - Sở", "Tàu", "Tàu"),
    ],
)
def test_a_province_of_two_names_wrapped_over_the_date_line(
    above: str, below: str, place: str
) -> None:
    text = f"UBND TỈNH A\nSố: 12/UBND-VX\n{above}\n{below}, ngày 08 tháng 01 năm 2023\n"
    (doc,) = parse(text)
    assert doc.place == place


def test_a_quoted_trich_yeu_goes_on_across_blank_lines_to_its_closing_quote() -> None:
    text = (
        "BCH ĐOÀN HUYỆN ĐĂK HÀ\nSố: 168 – CV/ĐTN\n“V⁄v quyên góp ủng hộ thực hiện\n\n"
        "Chương trình Tình nguyện mùa đông năm 2019\n\nvà Xuân tình nguyện năm 2020”\n\n\n"
        "Kính gửi: Các tổ chức cơ sở Đoàn trực thuộc Huyện đoàn\n\nCăn cứ Chương trình.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == (
        "quyên góp ủng hộ thực hiện Chương trình Tình nguyện mùa đông năm 2019 "
        "và Xuân tình nguyện năm 2020"
    )
    assert [a.name for a in doc.addressees] == ["Các tổ chức cơ sở Đoàn trực thuộc Huyện đoàn"]


def test_a_quote_left_open_does_not_take_the_body_into_the_trich_yeu() -> None:
    text = (
        "UBND XÃ A\nSố: 1/UBND\nV/v hưởng ứng “Tháng hành động\n\n"
        "Thực hiện Công văn số 12 của UBND huyện, Phòng đề nghị:\n\n1. Các đơn vị báo cáo.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "hưởng ứng “Tháng hành động"


@pytest.mark.parametrize(
    ("cell", "name", "parent"),
    [
        # the Đoàn's name under a unit's cell heads the other column
        (
            "TỈNH ĐOÀN KON TUM\nBCH ĐOÀN HUYỆN ĐĂK HÀ\n∗∗∗\nĐOÀN TNCS HỒ CHÍ MINH",
            "BCH ĐOÀN HUYỆN ĐĂK HÀ",
            "TỈNH ĐOÀN KON TUM",
        ),
        # the central committee's name goes on with it
        (
            "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐOÀN TNCS HỒ CHÍ MINH",
            "ĐOÀN TNCS HỒ CHÍ MINH",
            "BAN CHẤP HÀNH TRUNG ƯƠNG",
        ),
    ],
)
def test_the_youth_unions_name_under_a_units_cell_is_not_its_issuer(
    cell: str, name: str, parent: str
) -> None:
    (doc,) = parse(f"{cell}\nĐăk Hà, ngày 21 tháng 10 năm 2019\nSố: 168-CV/ĐTN\nV/v quyên góp\n")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (name, parent)


def test_an_old_acts_title_line_opening_with_its_number_is_its_trich_yeu() -> None:
    text = (
        "BỘ TÀI CHÍNH\n********\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15-BTC/TT\nHà Nội, ngày 16 tháng 3 năm 1991\nTHÔNG TƯ\n"
        "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ\n"
        "QUẢN LÝ TÀI CHÍNH ĐỐI VỚI NGÂN HÀNG THƯƠNG MẠI QUỐC DOANH\n"
        "Thi hành Nghị định số 196-HĐBT ngày 11-12-1989 của Hội đồng Bộ trưởng;\n"
    )
    (doc,) = parse(text)
    assert doc.code is not None
    assert doc.code.code == "15-BTC/TT"
    assert doc.subject == (
        "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ "
        "QUẢN LÝ TÀI CHÍNH ĐỐI VỚI NGÂN HÀNG THƯƠNG MẠI QUỐC DOANH"
    )


@pytest.mark.parametrize("line", ["Số: 15/TT-BTC", "SỐ: 15/TT-BTC NGÀY 16-3-1991", "SỐ 15/TT-BTC"])
def test_a_number_line_under_a_title_stays_one(line: str) -> None:
    # A page that prints the title before the number line: "Số:" with its colon, or no date.
    text = f"BỘ TÀI CHÍNH\nTHÔNG TƯ\n{line}\nHà Nội, ngày 16 tháng 3 năm 1991\nVề việc thu phí\n"
    (doc,) = parse(text)
    assert doc.code is not None
    assert doc.code.code == "15/TT-BTC"


def test_a_footnotes_mark_glued_before_the_issuer_is_no_part_of_it() -> None:
    text = (
        "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc\n-Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013\nTHÔNG TƯ\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert doc.issuer.name == "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"


def test_a_posted_notices_title_over_its_closing_names_its_type() -> None:
    # The page kept the title, a note and the closing of a notice whose body it cut.
    text = (
        "THÔNG BÁO VỀ VIỆC ĐIỀU CHỈNH MỨC ĐÓNG BẢO HIỂM XÃ HỘI\n\n(Lưu ý: Mức đóng BHYT vẫn "
        "thực hiện theo văn bản trước đây).\n\nTrân trọng.\n\nNơi nhận:\n- Các đơn vị sử dụng "
        "lao động;\n- Lưu: VT, THU.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐỗ Quang Khánh\n"
    )
    (doc,) = parse(text)
    assert (doc.kind, doc.subject) == ("thong_bao", "ĐIỀU CHỈNH MỨC ĐÓNG BẢO HIỂM XÃ HỘI")


def test_a_headline_in_capitals_over_an_article_names_no_type() -> None:
    text = (
        "THÔNG BÁO VỀ VIỆC ĐIỀU CHỈNH MỨC ĐÓNG BẢO HIỂM XÃ HỘI\n\nTheo cơ quan bảo hiểm, mức "
        "đóng sẽ thay đổi từ tháng sau, người lao động cần lưu ý khi xem bảng lương của mình "
        "trong kỳ tới.\n"
    )
    (doc,) = parse(text)
    assert doc.kind is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Số: 02/CĐ-TW hồi 10 giờ 00 ngày 01/02/2014", "2014-02-01"),
        ("Số: 15/TB-UBND, ngày 3 tháng 2 năm 2020", "2020-02-03"),
        # only an hour may stand between the code and its date
        ("Số: 02/CĐ-TW về việc họp ngày 01/02/2014", None),
    ],
)
def test_a_number_line_gives_its_date_where_no_date_line_is_printed(
    line: str, date: str | None
) -> None:
    (doc,) = parse(f"BAN CHỈ ĐẠO TRUNG ƯƠNG\n{line}\n\nCÔNG ĐIỆN\nVề việc phòng chống bão\n")
    assert (str(doc.date) if doc.date else None) == date


def test_the_date_line_wins_over_a_date_on_the_number_line() -> None:
    text = "UBND TỈNH A\nSố: 15/TB-UBND ngày 3/2/2020\nA, ngày 05 tháng 02 năm 2020\nTHÔNG BÁO\n"
    (doc,) = parse(text)
    assert str(doc.date) == "2020-02-05"


def test_a_telegrams_recipients_follow_its_dien_label() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 226/CĐ-TTg\nHà Nội, ngày 21 tháng 11 năm 2025\n\nCÔNG ĐIỆN\n"
        "Về việc ứng phó mưa lũ\n\nTHỦ TƯỚNG CHÍNH PHỦ điện:\n\n- Bộ trưởng các Bộ: Quốc phòng, "
        "Công an;\n- Chủ tịch Ủy ban nhân dân các tỉnh: Huế, Đà Nẵng.\n\nTrong tháng 11 năm 2025, "
        "mưa lũ lớn đã xảy ra tại khu vực Trung Bộ.\n"
    )
    (doc,) = parse(text)
    assert [a.name for a in doc.addressees] == [
        "Bộ trưởng các Bộ: Quốc phòng, Công an",
        "Chủ tịch Ủy ban nhân dân các tỉnh: Huế, Đà Nẵng",
    ]
    assert doc.issuer is not None
    assert doc.issuer.name == "THỦ TƯỚNG CHÍNH PHỦ"


def test_a_telegrams_sender_over_its_dien_label_is_its_issuer() -> None:
    # A page that printed the title and number first, the sender under them.
    text = (
        "CÔNG ĐIỆN\n\nSố: 02/CĐ-TW hồi 10 giờ 00 ngày 01/02/2014\n\n"
        "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO TRUNG ƯƠNG\n- ỦY BAN QUỐC GIA TÌM KIẾM CỨU NẠN\n\n"
        "Điện:\n\n- Ban Chỉ huy PCLB và TKCN các tỉnh, Tp từ Quảng Bình đến Cà Mau;\n"
        "- Ban Chỉ huy PCLB và TKCN các Bộ.\n\nTheo tin từ Trung tâm Dự báo, một cơn bão đang "
        "hoạt động trên khu vực miền Trung Philippin.\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert doc.issuer.name == (
        "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO TRUNG ƯƠNG - ỦY BAN QUỐC GIA TÌM KIẾM CỨU NẠN"
    )
    assert len(doc.addressees) == 2
    assert str(doc.date) == "2014-02-01"


def test_a_section_in_capitals_ending_with_dien_is_no_telegram_label() -> None:
    text = (
        "UBND TỈNH A\nSố: 12/KH-UBND\nA, ngày 1 tháng 3 năm 2023\nKẾ HOẠCH\nTiết kiệm năng lượng\n"
        "TIẾT KIỆM ĐIỆN:\n- Tắt thiết bị khi không sử dụng;\n- Dùng đèn tiết kiệm.\n"
    )
    (doc,) = parse(text)
    assert doc.addressees == ()


def test_codes_listed_after_semicolons_share_the_issuer_named_after_the_last() -> None:
    text = (
        "UBND TỈNH A\nSố: 46/KH-UBND\nA, ngày 9 tháng 3 năm 2020\nKẾ HOẠCH\nỨng phó dịch\n"
        "Thực hiện các Chỉ thị số 05/CT-TTg ngày 28/01/2020; số 06/CT-TTg ngày 31/01/2020 của "
        "Thủ tướng Chính phủ; các chỉ thị số 31-CT/TU ngày 22/01/2020 số 32-CT/TU ngày 30/01/2020 "
        "của Ban Thường vụ Tỉnh ủy; thông báo số 01-KL/BCĐ ngày 07/3/2020 của Ban chỉ đạo cấp "
        "tỉnh phòng, chống dịch bệnh Covid-19; Ủy ban nhân dân tỉnh xây dựng Kế hoạch.\n"
    )
    (doc,) = parse(text)
    assert {r.code.code: r.issuer for r in doc.references} == {
        "05/CT-TTg": "Thủ tướng Chính phủ",
        "06/CT-TTg": "Thủ tướng Chính phủ",
        "31-CT/TU": "Ban Thường vụ Tỉnh ủy",
        "32-CT/TU": "Ban Thường vụ Tỉnh ủy",
        "01-KL/BCĐ": "Ban chỉ đạo cấp tỉnh phòng, chống dịch bệnh Covid-19",
    }


def test_a_basis_after_a_semicolon_keeps_its_own_issuer() -> None:
    text = (
        "UBND TỈNH A\nSố: 46/QĐ-UBND\nA, ngày 9 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc thu phí\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 1/1/2020; Căn cứ Quyết định số 15/QĐ-UBND ngày "
        "2/2/2020 của UBND huyện B;\n"
    )
    (doc,) = parse(text)
    assert {r.code.code: r.issuer for r in doc.references} == {
        "12/QĐ-UBND": None,
        "15/QĐ-UBND": "UBND huyện B",
    }


@pytest.mark.parametrize(
    ("top", "name", "parent"),
    [
        # a page's headline in capitals over the cell
        (
            "QUYÊN GÓP ỦNG HỘ CHƯƠNG TRÌNH TÌNH NGUYỆN MÙA ĐÔNG 2019 VÀ XUÂN TÌNH NGUYỆN 2020\n\n"
            "TỈNH ĐOÀN KON TUM\n\nBCH ĐOÀN HUYỆN ĐĂK HÀ",
            "BCH ĐOÀN HUYỆN ĐĂK HÀ",
            "TỈNH ĐOÀN KON TUM",
        ),
        # a long line that names a body is the cell's
        (
            "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO TRUNG ƯƠNG - ỦY BAN QUỐC GIA TÌM KIẾM CỨU NẠN",
            "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO TRUNG ƯƠNG - ỦY BAN QUỐC GIA TÌM KIẾM CỨU NẠN",
            None,
        ),
    ],
)
def test_a_headline_in_capitals_over_the_issuers_cell_is_no_part_of_it(
    top: str, name: str, parent: str | None
) -> None:
    (doc,) = parse(f"{top}\nSố: 168-CV/ĐTN\nĐăk Hà, ngày 21 tháng 10 năm 2019\nV/v quyên góp\n")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (name, parent)


# Review 45: inputs the first versions of this session's rules misread.


@pytest.mark.parametrize(
    "section",
    ["TRƯỜNG HỢP MẤT ĐIỆN:", "CÔNG TY ĐIỆN LỰC A THÔNG BÁO LỊCH CẮT ĐIỆN:", "Điện:"],
)
def test_a_line_ending_with_dien_outside_a_telegram_is_no_recipients_label(section: str) -> None:
    text = (
        "UBND TỈNH A\nSố: 12/KH-UBND\nA, ngày 1 tháng 3 năm 2023\nKẾ HOẠCH\n"
        f"Tổ chức kỳ thi tốt nghiệp\n{section}\n- Các điểm thi dùng máy phát;\n"
        "- Báo cáo Ban chỉ đạo.\n"
    )
    (doc,) = parse(text)
    assert doc.addressees == ()


def test_a_telegram_without_its_title_stays_one() -> None:
    text = (
        "CÔNG ĐIỆN\n\nSố: 02/CĐ-TW hồi 10 giờ 00 ngày 01/02/2014\n\n"
        "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO TRUNG ƯƠNG\n\nĐiện:\n\n- Ban Chỉ huy PCLB các tỉnh;\n"
        "- Ban Chỉ huy PCLB các Bộ.\n\nTheo tin từ Trung tâm Dự báo, một cơn bão đang hoạt động.\n"
    )
    (doc,) = parse(text)
    assert doc.kind == "cong_dien"


def test_a_cell_of_one_long_line_is_the_issuer() -> None:
    text = (
        "HIỆP HỘI DOANH NGHIỆP NHỎ VÀ VỪA THÀNH PHỐ HỒ CHÍ MINH CHI NHÁNH MỘT\nSố: 12/CV-HH\n"
        "A, ngày 1 tháng 2 năm 2020\nV/v góp ý\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert doc.issuer.name.startswith("HIỆP HỘI DOANH NGHIỆP")


def test_a_body_quoting_after_an_unclosed_trich_yeu_stays_the_body() -> None:
    text = (
        'UBND XÃ A\nSố: 1/UBND\nV/v hưởng ứng “Giờ Trái đất" năm 2023\n\n'
        "Thực hiện Kế hoạch số 5/KH-UBND về “Giờ Trái đất”, UBND xã đề nghị:\n\n1. Các đơn vị.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == 'hưởng ứng “Giờ Trái đất" năm 2023'


def test_a_number_line_printed_under_its_title_keeps_the_code() -> None:
    text = "QUYẾT ĐỊNH\nSỐ 15/QĐ-UB NGÀY 16-3-1991\nVỀ VIỆC THÀNH LẬP BAN QUẢN LÝ\nCăn cứ Luật;\n"
    (doc,) = parse(text)
    assert doc.code is not None
    assert doc.code.code == "15/QĐ-UB"


@pytest.mark.parametrize("above", ["PHÒNG GD - ĐT", "Phòng GD - ĐT", "Kinh Tế - Xã Hội"])
def test_a_dashed_line_over_the_date_line_is_no_place(above: str) -> None:
    text = f"UBND HUYỆN GIA LÂM\nSố: 12/UBND\n{above}\nGia Lâm, ngày 08 tháng 01 năm 2023\n"
    (doc,) = parse(text)
    assert doc.place == "Gia Lâm"


def test_the_youth_unions_name_under_a_university_goes_on_its_name() -> None:
    text = (
        "ĐẠI HỌC QUỐC GIA HÀ NỘI\nĐOÀN TNCS HỒ CHÍ MINH\nSố: 12-CV/ĐTN\n"
        "Hà Nội, ngày 21 tháng 10 năm 2019\nV/v quyên góp\n"
    )
    (doc,) = parse(text)
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "ĐẠI HỌC QUỐC GIA HÀ NỘI",
    )


def test_codes_of_two_types_after_a_semicolon_share_no_issuer() -> None:
    text = (
        "HĐND TỈNH B\nSố: 5/NQ-HĐND\nB, ngày 5 tháng 3 năm 2023\nNGHỊ QUYẾT\nVề việc thu phí\n"
        "Xét Tờ trình số 12/TTr-UBND ngày 1/2/2023; số 15/QĐ-UBND ngày 2/2/2023 của UBND "
        "tỉnh B;\n"
    )
    (doc,) = parse(text)
    assert {r.code.code: r.issuer for r in doc.references}["12/TTr-UBND"] is None


def test_a_meetings_hour_after_an_invitations_code_gives_no_date() -> None:
    text = "UBND XÃ A\nSố: 12/GM-UBND lúc 14 giờ ngày 20/3/2023\n\nGIẤY MỜI\nHọp giao ban\n"
    (doc,) = parse(text)
    assert doc.date is None


def test_a_news_lead_printing_the_document_whole_names_it() -> None:
    text = (
        "Ban biên tập giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của Ban Thường "
        "vụ Tỉnh ủy về lãnh đạo xây dựng thị xã Sông Cầu.\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH "
        "ỦY\nvề lãnh đạo xây dựng thị xã Sông Cầu\n\nThực hiện Nghị quyết Đại hội, Ban Thường vụ "
        "ban hành Nghị quyết.\n"
    )
    (doc,) = parse(text)
    assert doc.kind == "nghi_quyet"
    assert doc.code is not None
    assert (doc.code.code, str(doc.date)) == ("10-NQ/TU", "2021-08-18")
    assert doc.references == ()


def test_a_news_article_quoting_a_document_is_not_named_by_it() -> None:
    text = (
        "Ngày 14-8-2015, Hội ban hành Công văn số 364/CV-CCB về đổi thẻ hội viên. Theo đó, các "
        "cấp Hội cần thực hiện đúng hướng dẫn.\n\nPhóng viên đã trao đổi với lãnh đạo Hội về "
        "việc này.\n"
    )
    (doc,) = parse(text)
    assert doc.kind is None
    assert [r.code.code for r in doc.references] == ["364/CV-CCB"]


@pytest.mark.parametrize(
    ("title", "period", "subject"),
    [
        (
            "QUYẾT ĐỊNH\nVề việc khen thưởng học sinh",
            "Năm học 2020 - 2021",
            "khen thưởng học sinh Năm học 2020 - 2021",
        ),
        (
            "KẾ HOẠCH\n\nV/v  tổ chức phong trào kế hoạch nhỏ",
            "Năm học : 2017 – 2018",
            "tổ chức phong trào kế hoạch nhỏ Năm học : 2017 – 2018",
        ),
    ],
)
def test_a_period_past_a_blank_line_ends_the_trich_yeu(
    title: str, period: str, subject: str
) -> None:
    text = (
        "TRƯỜNG TIỂU HỌC QUANG CHÂU\nSố: 12/QĐ-THQC\nQuang Châu, ngày 5 tháng 5 năm 2021\n"
        f"{title}\n\n{period}\n\nCăn cứ Thông tư số 22/2016/TT-BGDĐT ngày 22/9/2016;\n"
    )
    (doc,) = parse(text)
    assert doc.subject == subject


def test_a_year_in_a_sentence_past_a_blank_line_stays_the_bodys() -> None:
    text = (
        "TRƯỜNG TIỂU HỌC QUANG CHÂU\nSố: 12/KH-THQC\nQuang Châu, ngày 5 tháng 5 năm 2021\n"
        "KẾ HOẠCH\nTổ chức hội khỏe Phù Đổng\n\nNăm 2021 nhà trường tổ chức hội khỏe.\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "Tổ chức hội khỏe Phù Đổng"


def test_a_trich_yeu_line_ending_with_its_period_goes_on_past_a_blank_line() -> None:
    text = (
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 278/PGD&ĐT-THCS\nThanh Chương, ngày 09 tháng 9 năm 2014\n"
        "V/v Hướng dẫn thực hiện nhiệm vụ\n\nGiáo dục trung học năm học 2014-2015\n\n\n"
        "Kính gửi: Hiệu trưởng các trường Trung học cơ sở\n\nCăn cứ Công văn số 1635/SGDĐT-GDTrH;\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "Hướng dẫn thực hiện nhiệm vụ Giáo dục trung học năm học 2014-2015"
    assert [a.name for a in doc.addressees] == ["Hiệu trưởng các trường Trung học cơ sở"]


def test_a_prefix_alone_over_its_holder_signs_without_a_recipients_list() -> None:
    text = (
        "UBND TỈNH A\nSố: 1/QĐ-UBND\nA, ngày 1 tháng 2 năm 2011\nQUYẾT ĐỊNH\nVề việc X\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành.\nĐiều 2. Hiệu lực./.\nTM.\nỦY BAN NHÂN DÂN\nCHỦ TỊCH\n"
        "Nguyễn Xuân Huế\n"
    )
    (doc,) = parse(text)
    (signature,) = doc.signatures
    assert [(a.kind.value, a.holder) for a in signature.authority] == [("TM", "ỦY BAN NHÂN DÂN")]
    assert doc.directives[-1].text == "Hiệu lực./."


def test_a_trich_yeu_printed_twice_is_read_once() -> None:
    text = (
        "TRƯỜNG MG LONG THƯỢNG\nSố: 144 /BC-MGLT\nLong Thượng, ngày 10 tháng 05 năm 2023\nBÁO CÁO\n"
        "Đánh giá, sơ kết 02 năm thực hiện Chuyên đề\n“Xây dựng trường mầm non” năm 2021-2025\n"
        "Đánh giá, sơ kết 02 năm thực hiện Chuyên đề\n“Xây dựng trường mầm non” năm 2021-2025\n"
        "Thực hiện kế hoạch số 885/PGDĐT-GDMN ngày 08 tháng 05 năm 2023, trường báo cáo như sau:\n"
    )
    (doc,) = parse(text)
    assert doc.subject == (
        "Đánh giá, sơ kết 02 năm thực hiện Chuyên đề “Xây dựng trường mầm non” năm 2021-2025"
    )
    assert doc.body.startswith("Đánh giá, sơ kết")  # the second copy is kept


def test_a_cited_issuers_name_ends_before_the_school_year() -> None:
    text = (
        "TRƯỜNG THCS NHƠN PHÚ\nSố: 5/KH-LĐ\nNhơn Phú, ngày 2 tháng 10 năm 2017\nKẾ HOẠCH\nPhong "
        "trào kế hoạch nhỏ\nCăn cứ kế hoạch số 01/KH-LĐ ngày 20/9/2017 của Liên đội trường THCS "
        "Nhơn Phú năm học 2017 – 2018;\n"
    )
    (doc,) = parse(text)
    assert [r.issuer for r in doc.references] == ["Liên đội trường THCS Nhơn Phú"]


# Review 46: inputs the first versions of the second wave's rules misread.


@pytest.mark.parametrize(
    "text",
    [
        # a page that only links the file
        "Cổng Thông tin điện tử tỉnh đăng tải toàn văn Quyết định số 1234/QĐ-UBND ngày 12/5/2023 "
        "của UBND tỉnh.\n\nXem chi tiết tại file đính kèm.\n\nCác tin khác:\n- UBND tỉnh họp.\n",
        # a body's request
        "Sở Tư pháp đề nghị các cơ quan, đơn vị đăng tải toàn văn Luật số 15/2023/QH15 trên trang "
        "thông tin điện tử của đơn vị.\n\nĐề nghị các đơn vị triển khai thực hiện./.\n",
        # a lecturer's
        "Học tập Nghị quyết Trung ương 6\nChi bộ tổ chức học tập, sau đó báo cáo viên giới thiệu "
        "toàn văn Nghị quyết Trung ương 6 cho đảng viên.\n\nBuổi học tập diễn ra nghiêm túc.\n",
    ],
)
def test_a_lead_that_prints_no_document_names_none(text: str) -> None:
    (doc,) = parse(text)
    assert (doc.kind, doc.code) == (None, None)


@pytest.mark.parametrize(
    "below",
    [
        "Đánh giá kết quả thực hiện năm 2023\n\nTrong năm, Sở đã triển khai nhiều hoạt động.",
        "Hội khỏe được tổ chức vào năm 2023\n\nCăn cứ Công văn số 1/BGDĐT;",
        "Ngày 12 tháng 3 năm 2023\n\nCăn cứ Công văn số 1/BGDĐT;",
    ],
)
def test_a_line_past_a_blank_line_ending_with_a_year_may_be_the_bodys(below: str) -> None:
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-SGDĐT\nLong Xuyên, ngày 5 tháng 5 năm 2023\nKẾ HOẠCH\n"
        f"Kết quả công tác thi đua khen thưởng\n\n{below}\n"
    )
    (doc,) = parse(text)
    assert doc.subject == "Kết quả công tác thi đua khen thưởng"


def test_a_line_doubled_inside_a_longer_trich_yeu_is_kept() -> None:
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-SGDĐT\nLong Xuyên, ngày 5 tháng 5 năm 2023\nKẾ HOẠCH\n"
        "TỔ CHỨC HỘI THI\nTỔ CHỨC HỘI THI\nGIÁO VIÊN DẠY GIỎI CẤP TỈNH\n\nCăn cứ Luật;\n"
    )
    (doc,) = parse(text)
    assert doc.subject is not None
    assert doc.subject.endswith("GIÁO VIÊN DẠY GIỎI CẤP TỈNH")


def test_nam_hoc_inside_a_name_does_not_end_it() -> None:
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/KH-SGDĐT\nLong Xuyên, ngày 5 tháng 5 năm 2023\nKẾ HOẠCH\n"
        "Hợp tác nghiên cứu\nCăn cứ Công văn số 15/CV-VNH ngày 2/3/2023 của Viện Việt Nam học và "
        "Khoa học phát triển;\n"
    )
    (doc,) = parse(text)
    assert [r.issuer for r in doc.references] == ["Viện Việt Nam học và Khoa học phát triển"]


def test_an_addressee_named_with_its_school_year_stays_one() -> None:
    text = (
        "TRƯỜNG TIỂU HỌC A\nSố: 12/TB-THA\nA, ngày 5 tháng 9 năm 2023\nTHÔNG BÁO\nVề việc thu các "
        "khoản\n\nKính gửi:\n\nBan đại diện cha mẹ học sinh năm học 2023-2024\n\nNhà trường thông "
        "báo các khoản thu như sau.\n"
    )
    (doc,) = parse(text)
    assert [a.name for a in doc.addressees] == ["Ban đại diện cha mẹ học sinh năm học 2023-2024"]
