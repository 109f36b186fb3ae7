"""H1xx — the heading: quốc hiệu, tiêu ngữ, Party heading and the issuer."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from vnadmindoc.checks import finding
from vnadmindoc.model import Motto
from vnadmindoc.text import collapse_spaces, fold, is_upper_text
from vnadmindoc.validate import Context, Example, Finding, Severity, rule

QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TIEU_NGU = ("Độc lập", "Tự do", "Hạnh phúc")
_DASH = regex.compile(r"[ \t]*[-‐‑‒–—―−][ \t]*")
_GOOD_DASH = regex.compile(r"(?<=\S) - (?=\S)")
_END = regex.compile(r"hanh[ \t]*phuc", regex.IGNORECASE)


@rule(
    "H101",
    "quoc-hieu",
    Severity.ERROR,
    "The quốc hiệu reads exactly CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Quốc hiệu phải ghi đúng CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    source="NĐ 30/2020, Phụ lục I §II.1",
    family="state",
    needs_source=True,
    examples=[
        Example(
            target=QUOC_HIEU,
            good="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            bad="CỘNG HÒA XÃ HỘI CHỦ NGHIÃ VIỆT NAM",
        ),
        Example(target=QUOC_HIEU + "\n", bad=""),
    ],
)
def quoc_hieu(ctx: Context) -> Iterator[Finding]:
    if ctx.document.motto is None and "tieu_ngu" in ctx.document.spans:
        yield finding(
            f"the quốc hiệu {QUOC_HIEU} is missing above the tiêu ngữ",
            f"Thiếu quốc hiệu {QUOC_HIEU} phía trên tiêu ngữ",
            "motto",
            ctx.field_span("tieu_ngu"),
        )
        return
    span = ctx.field_span("motto")
    printed = ctx.printed(span)
    if printed is None or ctx.document.motto is not Motto.STATE:
        return
    text = collapse_spaces(unicodedata.normalize("NFC", printed)).replace("HOÀ", "HÒA")
    if text != QUOC_HIEU:
        yield finding(
            f"the quốc hiệu reads {printed.strip()!r}, not {QUOC_HIEU!r}",
            f"Quốc hiệu ghi {printed.strip()!r}, phải là {QUOC_HIEU!r}",
            "motto",
            span,
            Severity.WARNING if _undotted(text, QUOC_HIEU) else None,
        )


def _undotted(printed: str, expected: str) -> bool:
    """Every word that differs lost all its marks ("CONG HOA XÃ HOI"): OCR or a keyboard
    without Vietnamese, rather than a wrong word or a misplaced tone."""
    got, want = printed.split(), expected.split()
    if len(got) != len(want):
        return False
    return all(
        g == w or (g.isascii() and fold(g).upper() == fold(w).upper())
        for g, w in zip(got, want, strict=True)
    )


def _tieu_ngu_text(ctx: Context) -> tuple[str, int] | None:
    """The printed tiêu ngữ, from its start to "Hạnh phúc" (the line may hold other columns)."""
    span = ctx.field_span("tieu_ngu")
    found = ctx.line(span)
    if span is None or found is None or ctx.source is None:
        return None
    line_end = found[1].end
    rest = ctx.printed(type(span)(span.start, line_end)) or ""
    end = _END.search(fold(rest))
    return (rest[: end.end()] if end else rest).strip(), span.start


@rule(
    "H102",
    "tieu-ngu",
    Severity.ERROR,
    "A state document has the tiêu ngữ Độc lập - Tự do - Hạnh phúc, each phrase capitalised",
    "Văn bản nhà nước phải có tiêu ngữ Độc lập - Tự do - Hạnh phúc, viết hoa chữ cái đầu mỗi cụm",
    source="NĐ 30/2020, Phụ lục I §II.1",
    family="state",
    examples=[
        Example(target="Độc lập - Tự do - Hạnh phúc", bad="Độc Lập - Tự Do - Hạnh Phúc"),
        Example(target="Độc lập - Tự do - Hạnh phúc\n", bad=""),
    ],
)
def tieu_ngu(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.motto is not Motto.STATE:
        return
    if "tieu_ngu" not in doc.spans:
        yield finding(
            "the tiêu ngữ (Độc lập - Tự do - Hạnh phúc) is missing",
            "Thiếu tiêu ngữ (Độc lập - Tự do - Hạnh phúc)",
            "motto",
            ctx.field_span("motto"),
        )
        return
    printed = _tieu_ngu_text(ctx)
    if printed is None:
        return
    text = printed[0]
    phrases = tuple(collapse_spaces(p) for p in _DASH.split(unicodedata.normalize("NFC", text)))
    if phrases != TIEU_NGU:
        undotted = _undotted(" ".join(phrases), " ".join(TIEU_NGU))
        yield finding(
            f"the tiêu ngữ reads {text!r}, not 'Độc lập - Tự do - Hạnh phúc'",
            f"Tiêu ngữ ghi {text!r}, phải là 'Độc lập - Tự do - Hạnh phúc'",
            "motto",
            ctx.field_span("tieu_ngu"),
            Severity.WARNING if undotted else None,
        )


@rule(
    "H103",
    "tieu-ngu-hyphens",
    Severity.WARNING,
    "The phrases of the tiêu ngữ are separated by a hyphen with a space on each side",
    "Giữa các cụm từ của tiêu ngữ có gạch nối, trước và sau gạch nối có cách chữ",
    source="NĐ 30/2020, Phụ lục I §II.1",
    family="state",
    needs_source=True,
    examples=[Example(target="Độc lập - Tự do - Hạnh phúc", bad="Độc lập-Tự do-Hạnh phúc")],
)
def tieu_ngu_hyphens(ctx: Context) -> Iterator[Finding]:
    printed = _tieu_ngu_text(ctx)
    if printed is None:
        return
    text = printed[0]
    dashes = _DASH.findall(text)
    if len(dashes) == 2 and any(d.strip() == d or d != f" {d.strip()} " for d in dashes):
        yield finding(
            f"the tiêu ngữ {text!r} needs a space on each side of its hyphens",
            f"Tiêu ngữ {text!r} thiếu cách chữ trước hoặc sau gạch nối",
            "motto",
            ctx.field_span("tieu_ngu"),
        )


@rule(
    "H104",
    "heading",
    Severity.ERROR,
    "A document has the quốc hiệu and tiêu ngữ (state) or ĐẢNG CỘNG SẢN VIỆT NAM (Party)",
    "Văn bản phải có quốc hiệu, tiêu ngữ (nhà nước) hoặc tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM (Đảng)",
    source="NĐ 30/2020, Phụ lục I §II.1; HD 36-HD/VPTW",
    examples=[
        Example(target="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n", bad=""),
        Example(base="party", target="ĐẢNG CỘNG SẢN VIỆT NAM\n", bad=""),
    ],
)
def heading(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.motto is None and "tieu_ngu" not in doc.spans:
        yield finding(
            "no quốc hiệu and tiêu ngữ, nor the Party heading ĐẢNG CỘNG SẢN VIỆT NAM",
            "Không có quốc hiệu, tiêu ngữ hoặc tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM",
            "motto",
        )


@rule(
    "H105",
    "issuer",
    Severity.ERROR,
    "The issuing body (tên cơ quan ban hành) is printed at the top left",
    "Phải có tên cơ quan, tổ chức ban hành văn bản",
    source="NĐ 30/2020, Phụ lục I §II.2",
    examples=[Example(target="ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n", bad="")],
)
def issuer(ctx: Context) -> Iterator[Finding]:
    if ctx.document.issuer is None:
        yield finding(
            "the issuing body (tên cơ quan ban hành) is missing",
            "Thiếu tên cơ quan, tổ chức ban hành văn bản",
            "issuer",
        )


@rule(
    "H106",
    "issuer-case",
    Severity.WARNING,
    "The issuing body and its parent are printed in upper case",
    "Tên cơ quan ban hành và cơ quan chủ quản viết in hoa",
    source="NĐ 30/2020, Phụ lục I §II.2",
    examples=[
        Example(target="ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n", bad="Ủy ban nhân dân\ntỉnh Điện Biên\n")
    ],
)
def issuer_case(ctx: Context) -> Iterator[Finding]:
    found = ctx.document.issuer
    if found is None:
        return
    for name in (found.parent, found.name):
        if name and not is_upper_text(name.replace(" ", ""), min_letters=1):
            yield finding(
                f"{name!r} is not in upper case",
                f"{name!r} chưa viết in hoa",
                "issuer",
                found.span,
            )
