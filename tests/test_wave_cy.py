"""Rules from the cy-c … db-c batches: lists of askers, a "V/v" over the enacting authority,
a signer's office in sentence case, a code cut by the end of a page."""

from __future__ import annotations

import pytest

from vnadmindoc import parse
from vnadmindoc.fields.directives import find_lead

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH X\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: {code}\nX, ngày 15 tháng 10 năm 2024\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
    "ỦY BAN NHÂN DÂN TỈNH X\n"
)


def _issuers(text: str) -> list[tuple[str, str | None]]:
    (doc,) = parse(text)
    return [(r.code.code, r.issuer) for r in doc.references]


# --- lists of askers -------------------------------------------------------------------------


def test_the_next_asker_before_tai_after_va() -> None:
    text = _HEAD.format(code="12/2025/QĐ-UBND") + (
        "Xét đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại Tờ trình số 1818/TTr-VP ngày "
        "21 tháng 8 năm 2025 và Giám đốc Sở Nội vụ tại Văn bản số 4836/SNV-TCBC ngày 04 tháng 9 "
        "năm 2025;\n"
    )
    assert _issuers(text) == [
        ("1818/TTr-VP", "Chánh Văn phòng Ủy ban nhân dân tỉnh"),
        ("4836/SNV-TCBC", "Giám đốc Sở Nội vụ"),
    ]


def test_bodies_joined_by_va_inside_a_clause_are_no_list_of_askers() -> None:
    # The word before "và" holds no figure: no citation ends there.
    text = _HEAD.format(code="12/2025/QĐ-UBND") + (
        "Căn cứ ý kiến của Sở Y tế tại Công văn số 12/SYT-VP về phối hợp giữa Sở Y tế và Sở Tài "
        "chính tại Kế hoạch số 5/KH-STC;\n"
    )
    assert dict(_issuers(text))["5/KH-STC"] is None


def test_the_next_asker_after_a_bracketed_letter() -> None:
    text = _HEAD.format(code="12/2008/QĐ-TTg") + (
        "Xét đề nghị của Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn (Tờ trình số 02/TTr-UBND ngày 27 "
        "tháng 02 năm 2008) và Trưởng ban Ban Thi đua-Khen thưởng Trung ương (Tờ trình số "
        "270/TTr-BTĐKT ngày 07 tháng 3 năm 2008),\n"
    )
    assert _issuers(text) == [
        ("02/TTr-UBND", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Kạn"),
        ("270/TTr-BTĐKT", "Trưởng ban Ban Thi đua-Khen thưởng Trung ương"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the bracket before names an act, not an asker's letter
        "Căn cứ Quyết định số 1/QĐ-UBND (sửa đổi) và Sở Y tế (Tờ trình số 3/TTr-SYT);",
        # no request opens the list
        "Căn cứ Luật của Quốc hội (Văn bản số 4/VB-QH) và Sở Y tế (Tờ trình số 3/TTr-SYT);",
    ],
)
def test_a_bracket_before_that_gives_no_askers_letter_lists_no_asker(sentence: str) -> None:
    text = _HEAD.format(code="12/2008/QĐ-UBND") + sentence + "\n"
    assert dict(_issuers(text))["3/TTr-SYT"] is None


# --- a "V/v" over the enacting authority -----------------------------------------------------

_FLAT = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    "Số: {code} | Yên Bái, ngày 22 tháng 6 năm 2011 |\n"
    "VỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA VĂN PHÒNG UBND TỈNH VỚI CÁC SỞ, BAN, NGÀNH\n"
    "{next}\n"
    "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
)


def test_a_vv_over_the_enacting_authority_is_an_act_typed_by_its_code() -> None:
    (doc,) = parse(_FLAT.format(code="876/QĐ-UBND", next="ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"))
    assert doc.kind == "quyet_dinh"
    assert doc.subject is not None
    assert doc.subject.startswith("BAN HÀNH QUY CHẾ")


@pytest.mark.parametrize(
    ("code", "next_line"),
    [
        ("876/UBND-VP", "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"),  # a công văn's code names no type
        ("876/QĐ-UBND", "Kính gửi: Các sở, ban, ngành"),  # a letter's addressees under it
    ],
)
def test_a_vv_over_no_enacting_authority_stays_a_cong_van(code: str, next_line: str) -> None:
    (doc,) = parse(_FLAT.format(code=code, next=next_line))
    assert doc.kind == "cong_van"


# --- a signer's office in sentence case ------------------------------------------------------


def test_a_deputy_prime_ministers_office_in_sentence_case_is_the_position() -> None:
    text = _HEAD.format(code="12/2008/QĐ-TTg") + (
        "Căn cứ Luật Tổ chức Chính phủ;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Tặng thưởng.\n\n"
        "Điều 2. Thi hành./.\n\nKT. THỦ TƯỚNG\n\nPhó Thủ tướng\n\n(Đã ký)\n\n\u00a0\n\n"
        "Nguyễn Sinh Hùng\n"
    )
    (doc,) = parse(text)
    assert [(s.position, s.name) for s in doc.signatures] == [("Phó Thủ tướng", "Nguyễn Sinh Hùng")]


def test_the_prime_minister_leads_no_item() -> None:
    # A signer's office only: "Thủ tướng Chính phủ" is no unit put in charge of an item.
    assert find_lead("Phó Thủ tướng Thường trực Chính phủ Phạm Gia Túc chỉ đạo các Bộ.") is None


# --- a code cut by the end of a page ---------------------------------------------------------


def test_a_code_cut_by_the_end_of_the_text_is_the_whole_code_cited_before() -> None:
    text = _HEAD.format(code="186/KH-UBND") + (
        "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ;\n"
        "- Kịp thời tổ chức thực hiện các nhiệm vụ được giao tại Quyết định số 2629/QĐ-T"
    )
    (doc,) = parse(text)
    assert [r.code.code for r in doc.references] == ["2629/QĐ-TTg"]
    assert "2629/QĐ-T" in doc.body.rsplit("\n", 1)[-1]  # the words stay in the body


def test_a_code_at_the_end_of_the_text_that_begins_no_other_is_kept() -> None:
    text = _HEAD.format(code="186/KH-UBND") + (
        "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 của Thủ tướng Chính phủ;\n"
        "- Thực hiện Quyết định số 15/QĐ-UBND"
    )
    (doc,) = parse(text)
    assert [r.code.code for r in doc.references] == ["2629/QĐ-TTg", "15/QĐ-UBND"]


# --- review 53's guards ----------------------------------------------------------------------


def test_a_request_of_its_own_after_a_bracket_keeps_its_asker() -> None:
    # "ý kiến của" opens a request of its own: the asker is read after it, as before.
    text = _HEAD.format(code="12/2024/QĐ-UBND") + (
        "Xét đề nghị của Giám đốc Sở Y tế (Tờ trình số 12/TTr-SYT ngày 5/3/2024) và ý kiến của "
        "Sở Tư pháp (Báo cáo số 30/BC-STP ngày 6/3/2024);\n"
    )
    assert dict(_issuers(text))["30/BC-STP"] == "Sở Tư pháp"


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure of a name before "và", not a citation's end
        "Thực hiện ý kiến của Chủ tịch UBND tỉnh tại Văn bản số 12/UBND-VX ngày 3/7/2024 về việc "
        "sáp nhập Trường Tiểu học số 1 và Trường Tiểu học số 2 tại Quyết định số 45/QĐ-UBND;",
        "Căn cứ ý kiến của Sở Tài chính tại Văn bản số 12/STC-HCSN ngày 5/3/2024 về dự toán giao "
        "cho Bệnh viện 09 và Sở Giáo dục và Đào tạo tại Quyết định số 45/QĐ-UBND;",
    ],
)
def test_a_name_after_va_that_ends_no_citation_is_no_asker(sentence: str) -> None:
    text = _HEAD.format(code="12/2024/QĐ-UBND") + sentence + "\n"
    assert dict(_issuers(text))["45/QĐ-UBND"] is None


@pytest.mark.parametrize(
    ("heading", "code", "vv", "below"),
    [
        # "TT" of Trồng trọt; the addressee in capitals, its "Kính gửi" lost
        (
            "BỘ NÔNG NGHIỆP VÀ PTNT\nCỤC TRỒNG TRỌT",
            "2357/TT-CLT",
            "V/v chỉ đạo cấp bách ứng phó bão số 10",
            "SỞ NÔNG NGHIỆP VÀ PTNT CÁC TỈNH BẮC TRUNG BỘ",
        ),
        # "CT" of Cục Thuế; a company addressed in capitals
        (
            "TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI",
            "345/CT-TTHT",
            "V/V CHÍNH SÁCH THUẾ GIÁ TRỊ GIA TĂNG",
            "CÔNG TY CỔ PHẦN XÂY DỰNG SỐ 5",
        ),
    ],
)
def test_a_letter_opening_with_a_basis_under_its_addressee_stays_a_cong_van(
    heading: str, code: str, vv: str, below: str
) -> None:
    text = (
        f"{heading}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: {code}\nHà Nội, ngày 29 tháng 9 năm 2013\n{vv}\n{below}\n"
        "Căn cứ Công điện số 1234/CĐ-TTg ngày 28/9/2013 của Thủ tướng Chính phủ, đề nghị:\n"
        "1. Chỉ đạo nông dân thu hoạch lúa.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "CỤC TRƯỞNG\nNguyễn Trí Ngọc\n"
    )
    (doc,) = parse(text)
    assert doc.kind == "cong_van"


def test_a_code_whole_at_the_end_of_the_text_beside_a_longer_one_is_kept() -> None:
    # "123/UBND" ends where a group of "123/UBND-VX" ends: printed whole.
    text = _HEAD.format(code="186/KH-UBND") + (
        "Căn cứ Công văn số 123/UBND-VX ngày 5/1/2020 của UBND tỉnh;\n"
        "Thực hiện Công văn số 123/UBND"
    )
    (doc,) = parse(text)
    assert [r.code.code for r in doc.references] == ["123/UBND-VX", "123/UBND"]


# --- a portal's page: the code alone, a byline, "CÔNG VĂN Về việc …" --------------------------

_PORTAL = (
    "{code}\n\nTL. BỘ TRƯỞNG CHÁNH VĂN PHÒNG Tô Văn Động Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -\n\n"
    "{title}\n\nKính gửi: Các cơ quan báo chí thuộc Bộ\n\n"
    "Bộ Văn hóa, Thể thao và Du lịch nhận được Hướng dẫn số 91-HD/BTGTW về việc tuyên truyền.\n\n"
    "Nơi nhận:\n\n-Như trên;\n\n-Lãnh đạo Bộ (để b/c)\n\n-Lưu: VT, THTT, KA (20)\n\n"
    "Bình luận\n\n* Vui lòng nhập bình luận tiếng Việt có dấu\n\nTin khác"
)


def test_a_portals_cong_van_title_with_its_code_alone_above() -> None:
    text = _PORTAL.format(
        code="4360/BVHTTDL-VP",
        title="CÔNG VĂN Về việc Tuyên truyền, giáo dục các ngày lễ lớn năm 2010",
    )
    (doc,) = parse(text)
    assert (doc.kind, doc.code and doc.code.code) == ("cong_van", "4360/BVHTTDL-VP")
    assert doc.subject == "Tuyên truyền, giáo dục các ngày lễ lớn năm 2010"
    assert [r.name for r in doc.addressees] == ["Các cơ quan báo chí thuộc Bộ"]
    # a page's star under its closed list is no recipient
    assert [r.name for r in doc.distribution] == ["Như trên", "Lãnh đạo Bộ (để b/c)"]


@pytest.mark.parametrize(
    "title",
    [
        "Công văn hỏa tốc gửi các tỉnh về phòng chống bão",  # a headline: no "V/v" label
        "Công văn số 4360/BVHTTDL-VP về việc tuyên truyền đã được gửi",  # a sentence citing it
    ],
)
def test_a_cong_van_headline_without_its_label_titles_no_page(title: str) -> None:
    (doc,) = parse(_PORTAL.format(code="4360/BVHTTDL-VP", title=title))
    assert doc.title is None
    assert doc.code is None


# --- review 54's guards ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        # a type phrase longer than "Công văn": a news headline
        "Công văn hướng dẫn về việc thực hiện chế độ nghỉ Tết\n\nKính gửi: Các sở, ngành\n\n"
        "Theo đó, các đơn vị thực hiện như sau:\n1. Nghỉ Tết 7 ngày.\n",
        # a news lead between the title and the addressees
        "Công văn V/v triển khai Tháng hành động\n\nNgày 15/4/2021, UBND tỉnh đã ban hành Công "
        "văn số 1234/UBND-VX. Nội dung Công văn như sau:\n\nKính gửi: Các sở, ban, ngành\n\n"
        "1. Tổ chức triển khai.\n",
        # no addressees under it: a story about a letter
        "Công văn V/v đẩy mạnh tuyên truyền phòng chống dịch\n\nSở Y tế đã có thông báo, như "
        "sau:\n1. Tuyên truyền.\n",
    ],
)
def test_a_cong_van_headline_over_no_addressees_titles_no_page(page: str) -> None:
    (doc,) = parse(page)
    assert doc.title is None


@pytest.mark.parametrize(
    "above",
    [
        "Văn bản liên quan:\n91-HD/BTGTW",  # a related document's code, typed "HD"
        "Trả lời văn bản:\n194/BTHCM-VP",  # a label ends the line above the code
    ],
)
def test_a_code_above_a_portals_title_that_names_another_document_is_no_code(above: str) -> None:
    (doc,) = parse(_PORTAL.format(code=above, title="Công văn V/v tuyên truyền các ngày lễ lớn"))
    assert doc.title == "Công văn"
    assert doc.code is None


def test_the_code_nearest_a_portals_title_is_its_own() -> None:
    code = "Văn bản mới nhất\n4411/BVHTTDL-TCCB\nVăn bản đang xem\n4360/BVHTTDL-VP"
    (doc,) = parse(_PORTAL.format(code=code, title="CÔNG VĂN Về việc tuyên truyền"))
    assert doc.code is not None
    assert doc.code.code == "4360/BVHTTDL-VP"


def test_a_list_bulleted_with_stars_goes_on_past_its_lu_line() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐAN PHƯỢNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 125/UBND-VP\nĐan Phượng, ngày 5 tháng 4 năm 2021\n"
        "V/v tổ chức tổng vệ sinh môi trường\n\nKính gửi: UBND các xã, thị trấn\n\n"
        "UBND huyện yêu cầu các xã tổ chức tổng vệ sinh./.\n\nNơi nhận:\n* Như trên;\n"
        "* Lưu: VT.\n* TT Huyện ủy (để b/c);\n* TT HĐND huyện (để b/c);\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Bình\n"
    )
    (doc,) = parse(text)
    assert [r.name for r in doc.distribution] == [
        "Như trên",
        "TT Huyện ủy (để b/c)",
        "TT HĐND huyện (để b/c)",
    ]
