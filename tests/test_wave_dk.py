"""Rules from the dk-c … dn-c batches: a flattened act's enacting body after its trích yếu."""

from __future__ import annotations

import pytest

from vnadmindoc import parse

# A decision's whole heading flattened onto one line, as a document site prints a Word file.
_FLAT = (
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÀ TĨNH Độc lập - Tự do - Hạnh phúc"
    "   Số: 1669/QĐ-UBND Hà Tĩnh, ngày 04 tháng 06 năm 2019   QUYẾT ĐỊNH VỀ VIỆC PHÊ DUYỆT "
    "PHƯƠNG ÁN PHÒNG NGỪA BÃO NĂM 2019, {tail} Căn cứ Luật Tổ chức Chính quyền địa phương ngày "
    "19/6/2015;\n"
)


def test_the_enacting_body_named_by_its_level_after_the_issuers_place() -> None:
    (doc,) = parse(_FLAT.format(tail="TỈNH HÀ TĨNH ỦY BAN NHÂN DÂN TỈNH"))
    assert doc.subject == "PHÊ DUYỆT PHƯƠNG ÁN PHÒNG NGỪA BÃO NĂM 2019, TỈNH HÀ TĨNH"


@pytest.mark.parametrize(
    "tail",
    [
        # The trích yếu does not end on the issuer's place.
        "TẠI XÃ KỲ ANH ỦY BAN NHÂN DÂN TỈNH",
        # The words after the place are not the issuer's name cut after its level.
        "TỈNH HÀ TĨNH HỘI ĐỒNG NHÂN DÂN TỈNH",
    ],
)
def test_other_capitals_after_the_trich_yeu_stay_in_it(tail: str) -> None:
    (doc,) = parse(_FLAT.format(tail=tail))
    assert doc.subject is not None
    assert doc.subject.endswith(tail)
