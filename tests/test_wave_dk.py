"""Rules from the dk-c … dn-c batches: a flattened act's enacting body after its trích yếu."""

from __future__ import annotations

import pytest

from vnadmindoc import parse
from vnadmindoc.clean import clean

# A decision's whole heading flattened onto one line, as a document site prints a Word file.
_FLAT = (
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc"
    "   Số: 1669/QĐ-UBND Hà Tĩnh, ngày 04 tháng 06 năm 2019   QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT "
    "PHƯƠNG ÁN PHÒNG NGỪA BÃO NĂM 2019, {tail} Căn cứ Luật Tổ chức Chính quyền địa phương ngày "
    "19/6/2015;\n"
)


@pytest.mark.parametrize(
    "place",
    [
        "TỈNH HÀ TĨNH",  # the issuer's own place
        "TẠI XÃ KỲ ANH",  # another place, named after its level
        "HUYỆN KỲ ANH",
    ],
)
def test_the_enacting_body_named_by_its_level_after_a_place(place: str) -> None:
    (doc,) = parse(_FLAT.format(tail=f"{place} ỦY BAN NHÂN DÂN TỈNH"))
    assert doc.subject == f"PHÊ DUYỆT PHƯƠNG ÁN PHÒNG NGỪA BÃO NĂM 2019, {place}"


@pytest.mark.parametrize(
    "tail",
    [
        # The trích yếu does not end on a place.
        "CHO CÁC ĐƠN VỊ ỦY BAN NHÂN DÂN TỈNH",
        # The words after the place are not the issuer's name cut after its level.
        "TỈNH HÀ TĨNH HỘI ĐỒNG NHÂN DÂN TỈNH",
    ],
)
def test_other_capitals_after_the_trich_yeu_stay_in_it(tail: str) -> None:
    (doc,) = parse(_FLAT.format(tail=tail))
    assert doc.subject is not None
    assert doc.subject.endswith(tail)


def test_a_rule_glued_to_the_issuers_line_is_no_part_of_its_name() -> None:
    (doc,) = parse(
        "UỶ BAN NHÂN DÂN\nTỈNH BÌNH DƯƠNG-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 79/2007/QĐ-UBND\n\n"
        "Thủ Dầu Một, ngày 06 tháng 8 năm 2007\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC ĐẶT TÊN ĐƯỜNG\n"
    )
    assert doc.issuer is not None
    assert doc.issuer.name == "UỶ BAN NHÂN DÂN TỈNH BÌNH DƯƠNG"


@pytest.mark.parametrize(
    "line", ["Độc lập - Tự do - Hạnh phúc-----", "TỈNH BÌNH DƯƠNG---", "TỈNH ----- BÌNH"]
)
def test_other_dashes_at_a_lines_end_stay(line: str) -> None:
    assert clean(line).text == line
