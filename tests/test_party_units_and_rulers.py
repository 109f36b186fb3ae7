"""Rules of the ``ay-c-*`` to ``bb-c-*`` held-out batches: a trích yếu printed in quotes, a
joint circular under a plain title, a steering committee under its Party committee, a number
line after its cell's ruler, the state prefix typed with the Party's slash."""

from __future__ import annotations

import pytest

from vnadmindoc import AuthorityKind, parse_document
from vnadmindoc.fields.subject import unquoted


def test_a_trich_yeu_in_quotes_under_its_title_loses_them() -> None:
    doc = parse_document(
        "ĐOÀN TNCS HỒ CHÍ MINH\nBCH TRƯỜNG ĐẠI HỌC A\n\nSố: 21/TB-ĐTN\n\n"
        "TP. HCM, ngày 28 tháng 11 năm 2011\n\nTHÔNG BÁO\n"
        "“Tổ chức lớp đối tượng Đoàn năm học 2011 - 2012”\n\nBan Thường vụ thông báo.\n"
    )
    assert doc.subject == "Tổ chức lớp đối tượng Đoàn năm học 2011 - 2012"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Tổ chức lớp”", "Tổ chức lớp"),
        ('"Tổ chức lớp"', "Tổ chức lớp"),
        ("“Luật A” và “Luật B”", "“Luật A” và “Luật B”"),  # two quotations, not one
        ("Về “Ngày hội”", "Về “Ngày hội”"),
    ],
)
def test_only_quotes_around_the_whole_trich_yeu_go(text: str, expected: str) -> None:
    assert unquoted(text) == expected


def test_a_joint_circular_under_a_plain_title_is_joint() -> None:
    doc = parse_document(
        "BỘ VĂN HÓA - THÔNG TIN - BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 01/2004/TTLT/BVHTT-BYT\n"
        "Hà Nội, ngày 12 tháng 01 năm 2004\n\nTHÔNG TƯ\nHướng dẫn hoạt động văn hóa\n\nNội dung.\n"
    )
    assert doc.kind == "thong_tu_lien_tich"


def test_a_steering_committee_stands_under_its_party_committee() -> None:
    doc = parse_document(
        "ĐẢNG ỦY PHƯỜNG HƯƠNG XUÂN ĐẢNG CỘNG SẢN VIỆT NAM\nBCĐ XÂY DỰNG ĐỀ ÁN PHƯỜNG\n"
        "* Hương Xuân, ngày 12 tháng 10 năm 2015\nSố: 01-CV/BCĐ\nV/v góp ý dự thảo Đề án\n"
        "Kính gửi: Bí thư các chi bộ trực thuộc.\nNội dung.\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == (
        "ĐẢNG ỦY PHƯỜNG HƯƠNG XUÂN",
        "BCĐ XÂY DỰNG ĐỀ ÁN PHƯỜNG",
    )


def test_a_number_line_after_its_cells_ruler() -> None:
    doc = parse_document(
        "Cơ quan ban hành: | Ủy ban nhân dân tỉnh Lạng Sơn | Số công báo: | Đang cập nhật |\n"
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND | CỘNG HOÀ XÃ HỘI "
        "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---- Lạng Sơn, ngày 05 tháng 9 năm 2018 |"
        "\nQUYẾT ĐỊNH\nBan hành Quy định về ngân sách\n\nCăn cứ Luật ngân sách nhà nước;\n"
    )
    assert doc.code is not None
    assert doc.code.code == "52/2018/QĐ-UBND"
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"


def test_the_state_prefix_typed_with_a_slash() -> None:
    doc = parse_document(
        "CÔNG ĐOÀN TRƯỜNG CAO ĐẲNG A\nSố: 12/TB-CĐ\nA, ngày 1 tháng 4 năm 2012\n\nTHÔNG BÁO\n"
        "Giải thể thao\n\nBCH Công đoàn tổ chức giải cầu lông.\n\n TM/BCH CÔNG ĐOÀN TRƯỜNG\n\n"
        " PHÓ CHỦ TỊCH\n\n Nguyễn Văn A\n"
    )
    (signature,) = doc.signatures
    assert [(a.kind, a.holder) for a in signature.authority] == [
        (AuthorityKind.TM, "BCH CÔNG ĐOÀN TRƯỜNG")
    ]
    assert signature.position == "PHÓ CHỦ TỊCH"


# Review 40's inputs: each read worse with the first version of a rule above.
_T_HEAD = (
    "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HÀ NỘI\n-------\nSố: 12/UBND-VP\nV/v triển khai kế hoạch\n\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
    "Hà Nội, ngày 5 tháng 4 năm 2024\n\nKính gửi: Các sở, ban, ngành thành phố\n\n"
)
_T_CLOSE = (
    "\n\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nNguyễn Văn A\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "KT/XH ỔN ĐỊNH, QUỐC PHÒNG AN NINH BẢO ĐẢM",
        "TM/DV XÂY DỰNG AN PHÁT",
        "TUQ/BGĐ NĂM 2024",
        "TL/TM",
    ],
)
def test_an_abbreviation_with_a_slash_in_the_body_is_no_signature(line: str) -> None:
    body = f"Các chỉ tiêu chủ yếu:\n1. Tăng trưởng đạt 7%.\n{line}\n2. Thu ngân sách đạt kế hoạch."
    doc = parse_document(_T_HEAD + body + _T_CLOSE)
    assert line in doc.body
    (signature,) = doc.signatures
    assert [a.holder for a in signature.authority] == ["ỦY BAN NHÂN DÂN"]
    assert signature.name == "Nguyễn Văn A"


def test_a_ruler_and_a_number_in_the_body_stay_in_the_body() -> None:
    body = (
        "Bãi bỏ các văn bản sau:\nQUYẾT ĐỊNH ---- Số: 12/2015/QĐ-UBND ngày 5/4/2015\n"
        "CHỈ THỊ ---- Số: 03/2016/CT-UBND ngày 6/5/2016\nCác đơn vị rà soát, báo cáo."
    )
    doc = parse_document(_T_HEAD + body + _T_CLOSE)
    assert doc.code is not None
    assert doc.code.code == "12/UBND-VP"
    assert "CHỈ THỊ ---- Số: 03/2016/CT-UBND" in doc.body


@pytest.mark.parametrize(
    ("cell", "name", "parent"),
    [
        (
            "VĂN PHÒNG THƯỜNG TRỰC\nBCĐ 389 TỈNH ĐỒNG NAI",
            "VĂN PHÒNG THƯỜNG TRỰC BCĐ 389 TỈNH ĐỒNG NAI",
            None,
        ),
        ("CHI BỘ\nBQL CHỢ ĐỒNG XUÂN", "CHI BỘ BQL CHỢ ĐỒNG XUÂN", None),
        ("UBND TỈNH AN GIANG\nBQL DỰ ÁN ĐẦU TƯ", "BQL DỰ ÁN ĐẦU TƯ", "UBND TỈNH AN GIANG"),
    ],
)
def test_an_abbreviated_unit_stands_under_a_committee_only(
    cell: str, name: str, parent: str | None
) -> None:
    doc = parse_document(
        cell + "\nSố: 12/BCĐ-VP\nA, ngày 5 tháng 4 năm 2024\nV/v họp\nKính gửi: Các sở\nNội dung.\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (name, parent)


@pytest.mark.parametrize(
    "text",
    ['"Xuân yêu thương” và “Tết sum vầy"', "“Tiếng hát Sinh viên“ và “Ngày hội”"],
)
def test_mixed_quotes_inside_stay(text: str) -> None:
    assert unquoted(text) == text


def test_a_party_code_of_a_joint_type_does_not_make_the_title_joint() -> None:
    doc = parse_document(
        "ĐẢNG BỘ TỈNH A\nĐẢNG ỦY KHỐI B\n*\nSố: 05-NQLT/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "A, ngày 5 tháng 4 năm 2024\n\nNGHỊ QUYẾT\nvề công tác năm 2024\n\nNội dung.\n"
    )
    assert doc.kind == "nghi_quyet"
