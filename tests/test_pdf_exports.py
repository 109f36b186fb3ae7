"""Texts exported from PDFs and Word files: a legacy font's "ƣ" for "ư", a report's title and
its trích yếu in capitals on one line, and an issuer's name wrapped after a comma."""

from __future__ import annotations

import pytest

from vnadmindoc import parse_document
from vnadmindoc.text import fold

_LETTER = """\
BỘ CÔNG THƢƠNG
CỤC ĐỔI MỚI SÁNG TẠO,
CHUYỂN ĐỔI XANH VÀ
KHUYẾN CÔNG
Số: 1178/ĐCK-CTT
V/v hƣớng dẫn về cụm công nghiệp

CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 09 tháng 7 năm 2025

Kính gửi: Sở Công Thƣơng tỉnh Lào Cai

Cục có ý kiến nhƣ sau.

Nơi nhận:
- Nhƣ trên;
- Cục trƣởng (để b/c);
- Lƣu: VT, CTT. Phunt.

KT. CỤC TRƯỞNG
PHÓ CỤC TRƯỞNG
Nguyễn Văn Thịnh
"""


def test_the_legacy_fonts_u_with_horn_folds_like_u() -> None:
    assert fold("Lƣu Nhƣ THƢƠNG") == "Luu Nhu THUONG"


def test_an_archive_line_in_a_legacy_font_is_the_archive() -> None:
    doc = parse_document(_LETTER)
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "CTT")
    assert [r.name for r in doc.distribution] == ["Như trên", "Cục trƣởng (để b/c)"]


def test_a_comma_ending_a_line_of_the_issuers_name_is_kept() -> None:
    doc = parse_document(_LETTER)
    assert doc.issuer is not None
    assert doc.issuer.name == "CỤC ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI XANH VÀ KHUYẾN CÔNG"
    assert doc.issuer.parent == "BỘ CÔNG THƢƠNG"


_REPORT = """\
ĐẠI HỌC QUỐC GIA HÀ NỘI
TRƯỜNG ĐẠI HỌC VIỆT NHẬT
Số: 826/VJU-KT&ĐBCL

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Hà Nội, ngày 25 tháng 07 năm 2025

{title}

Kính gửi:
- Bộ Giáo dục và Đào tạo
- Đại học Quốc gia Hà Nội

Thực hiện Thông tư số 09/2024/TT-BGDĐT, Trường thực hiện công khai như sau:
"""


def test_three_in_capitals_after_a_reports_title_is_no_madam() -> None:
    doc = parse_document(_REPORT.format(title="BÁO CÁO BA CÔNG KHAI NĂM HỌC 2024-2025"))
    assert (doc.kind, doc.title, doc.subject) == (
        "bao_cao",
        "BÁO CÁO",
        "BA CÔNG KHAI NĂM HỌC 2024-2025",
    )
    assert [r.name for r in doc.addressees] == ["Bộ Giáo dục và Đào tạo", "Đại học Quốc gia Hà Nội"]


@pytest.mark.parametrize("title", ["GIẤY MỜI Bà Nguyễn Thị Lan", "GIẤY MỜI BÀ NGUYỄN THỊ LAN"])
def test_an_invitation_to_madam_is_not_split_into_title_and_trich_yeu(title: str) -> None:
    assert parse_document(_REPORT.format(title=title)).title is None


# Guards: inputs a review (review 27) wrote to make these rules misfire.


def test_an_invitation_to_madam_that_lost_its_accent_is_no_trich_yeu() -> None:
    assert parse_document(_REPORT.format(title="GIẤY MỜI BA NGUYỄN THỊ LAN")).title is None


def test_a_stray_comma_before_the_place_of_an_issuer_is_dropped() -> None:
    doc = parse_document(
        _REPORT.replace(
            "ĐẠI HỌC QUỐC GIA HÀ NỘI\nTRƯỜNG ĐẠI HỌC VIỆT NHẬT", "ỦY BAN NHÂN DÂN,\nTỈNH ĐIỆN BIÊN"
        ).format(title="THÔNG BÁO")
    )
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"
