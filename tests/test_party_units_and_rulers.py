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
