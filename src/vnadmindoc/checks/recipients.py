"""R5xx — Kính gửi, Nơi nhận and the Lưu line."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnadmindoc.checks import finding
from vnadmindoc.model import Span
from vnadmindoc.text import fold
from vnadmindoc.validate import Context, Example, Finding, Severity, rule

# "Như trên" and its variant "Như Kính gửi" stand for the recipients named above.
_NHU_TREN = regex.compile(r"^\W*nhu\s+(?:tren|kinh\s+gui)\b", regex.IGNORECASE)
_VAN_THU = {"VT", "VĂN THƯ", "VAN THU"}
# A note after the final stop, from the signature column: "- Lưu: VT, TTHTr. (đã ký)".
_NOTES = regex.compile(r"(?<=\.)(?:\s*\([^()]*\))+$")
_LUU = regex.compile(r"^\W*luu\s*(?P<colon>:?)", regex.IGNORECASE)
# Upward tờ trình and báo cáo carry a Kính gửi too, but only the công văn must (Phụ lục I §II.9).
_NEEDS_KINH_GUI = {"cong_van"}


@rule(
    "R501",
    "kinh-gui",
    Severity.ERROR,
    "A công văn names its recipients after 'Kính gửi:'",
    "Công văn phải có phần 'Kính gửi:'",
    source="NĐ 30/2020, Phụ lục I §II.9",
    family="state",
    examples=[Example(target="Kính gửi:\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo.\n", bad="")],
)
def kinh_gui(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.kind in _NEEDS_KINH_GUI and doc.title is None and not doc.addressees:
        yield finding(
            "the công văn has no 'Kính gửi:'",
            "Công văn thiếu phần 'Kính gửi:'",
            "addressees",
        )


@rule(
    "R502",
    "nhu-tren",
    Severity.WARNING,
    "With 'Kính gửi', Nơi nhận begins with 'Như trên'; without it, 'Như trên' refers to nothing",
    "Có 'Kính gửi' thì Nơi nhận bắt đầu bằng 'Như trên'; không có 'Kính gửi' thì không ghi 'Như trên'",
    source="NĐ 30/2020, Phụ lục I §II.9",
    family="state",
    examples=[
        Example(target="- Như trên;\n", bad=""),
        Example(base="quyet_dinh", target="- Như Điều 3;", bad="- Như trên;"),
    ],
)
def nhu_tren(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if not doc.distribution:
        return
    first = doc.distribution[0]
    has = [r for r in doc.distribution if _NHU_TREN.match(fold(r.name))]
    # With "Gửi bản giấy:" / "Gửi bản điện tử:" groups, each group has its own first entry.
    firsts = [
        r
        for i, r in enumerate(doc.distribution)
        if i == 0 or r.group != doc.distribution[i - 1].group
    ]
    if doc.addressees and not any(_NHU_TREN.match(fold(r.name)) for r in firsts):
        yield finding(
            "Nơi nhận begins with 'Như trên' when the document has a Kính gửi",
            "Văn bản có 'Kính gửi' thì Nơi nhận bắt đầu bằng 'Như trên'",
            "distribution",
            first.span,
        )
    elif not doc.addressees and has:
        yield finding(
            "'Như trên' in Nơi nhận refers to a Kính gửi the document does not have",
            "Nơi nhận ghi 'Như trên' nhưng văn bản không có 'Kính gửi'",
            "distribution",
            has[0].span,
        )


@rule(
    "R503",
    "noi-nhan",
    Severity.WARNING,
    "The document ends with its 'Nơi nhận:' list",
    "Văn bản phải có phần 'Nơi nhận:'",
    source="NĐ 30/2020, Phụ lục I §II.9",
    examples=[
        Example(target="Nơi nhận:\n- Như trên;\n- TT. Tỉnh ủy (b/c);\n- Lưu: VT, KGVX.\n", bad="")
    ],
)
def noi_nhan(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if not doc.distribution and doc.archive is None:
        yield finding(
            "the 'Nơi nhận:' list is missing",
            "Thiếu phần 'Nơi nhận:'",
            "distribution",
        )


@rule(
    "R504",
    "luu-line",
    Severity.WARNING,
    "Nơi nhận ends with 'Lưu: VT, <unit>…': VT (văn thư) first",
    "Nơi nhận kết thúc bằng 'Lưu: VT, <đơn vị>…': VT (văn thư) đứng đầu",
    source="NĐ 30/2020, Phụ lục I §II.9 and §V",
    family="state",
    examples=[
        Example(target="- Lưu: VT, KGVX.", bad="- Lưu: KGVX, VT."),
        Example(target="- Lưu: VT, KGVX.", bad="- Lưu VT, KGVX."),
        Example(target="- Lưu: VT, KGVX.\n", bad=""),
    ],
)
def luu_line(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    archive = doc.archive
    if archive is None:
        if doc.distribution:
            yield finding(
                "Nơi nhận has no 'Lưu: VT, …' line",
                "Nơi nhận thiếu dòng 'Lưu: VT, …'",
                "archive",
                ctx.field_span("distribution"),
            )
        return
    if archive.units and archive.units[0].upper() not in _VAN_THU:
        yield finding(
            f"the Lưu line lists {', '.join(archive.units)}; VT (văn thư) comes first",
            f"Dòng Lưu ghi {', '.join(archive.units)}; VT (văn thư) phải đứng đầu",
            "archive",
            archive.span,
        )
    printed = ctx.printed(archive.span)
    m = _LUU.match(fold(printed)) if printed else None
    if m is not None and not m.group("colon"):
        yield finding(
            "'Lưu' is followed by a colon ('Lưu: VT, …')",
            "Sau chữ 'Lưu' phải có dấu hai chấm ('Lưu: VT, …')",
            "archive",
            archive.span,
        )


def _ends_with(ctx: Context, span: Span, marks: tuple[str, ...]) -> bool:
    """The entry under ``span`` ends with one of ``marks``, inside the span or just after it.

    Other columns may follow on the same line ("- Lưu: VT, TCCB.      Nguyễn Văn A").
    """
    own = _NOTES.sub("", (ctx.printed(span) or "").rstrip(" \t*_"))
    found = ctx.line(span)
    after = ctx.printed(Span(span.end, found[1].end)) if found else ""
    return own.endswith(marks) or (after or "").lstrip(" \t*_").startswith(marks)


@rule(
    "R505",
    "list-punctuation",
    Severity.WARNING,
    "Each Nơi nhận entry ends with ';' and the Lưu line with '.'",
    "Mỗi dòng Nơi nhận kết thúc bằng dấu chấm phẩy; dòng Lưu kết thúc bằng dấu chấm",
    source="NĐ 30/2020, Phụ lục I §II.9",
    family="state",
    needs_source=True,
    examples=[
        Example(target="- Lưu: VT, KGVX.", bad="- Lưu: VT, KGVX"),
        Example(target="- TT. Tỉnh ủy (b/c);", bad="- TT. Tỉnh ủy (b/c)"),
    ],
)
def list_punctuation(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    for entry in doc.distribution:
        if entry.span is None:
            continue
        if not _ends_with(ctx, entry.span, (";", ",")):
            yield finding(
                f"the Nơi nhận entry {entry.name!r} ends with ';'",
                f"Dòng Nơi nhận {entry.name!r} phải kết thúc bằng dấu chấm phẩy",
                "distribution",
                entry.span,
            )
    archive = doc.archive
    span = archive.span if archive is not None else None
    if span is not None and not _ends_with(ctx, span, (".",)):
        yield finding(
            "the Lưu line ends with a full stop",
            "Dòng Lưu phải kết thúc bằng dấu chấm",
            "archive",
            span,
        )
