"""N2xx — số and ký hiệu (document number and symbol)."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnadmindoc import doccode, vocab
from vnadmindoc.checks import finding
from vnadmindoc.errors import InconsistentComponent, InvalidComponent
from vnadmindoc.model import DocumentCode
from vnadmindoc.validate import Context, Example, Finding, Severity, rule

_LABEL = regex.compile(r"(?<![\p{L}])(?P<word>s[ốố])[ \t]*(?P<colon>:?)[ \t]*$", regex.IGNORECASE)
_SPACE = regex.compile(r"\s")
_PRINTED = regex.compile(
    r"(?P<number>\S*?)(?P<before>\s*)[/\-](?P<after>\s*)(?P<symbol>.*)", regex.DOTALL
)


def _type_group(code: DocumentCode) -> str | None:
    """The first group of a state symbol after the year: the type abbreviation if it has one."""
    symbol = code.symbol
    if code.year is not None:
        symbol = symbol.split("/", 1)[1]
    groups = [g for g in regex.split(r"[-/]", symbol) if g]
    if len(groups) < 2:
        return None
    return groups[0]


@rule(
    "N201",
    "number-line",
    Severity.ERROR,
    "A state number line is 'Số:' then number/SYMBOL, with no spaces inside the code",
    "Số, ký hiệu của văn bản nhà nước ghi 'Số:' rồi số/ký hiệu, giữa các nhóm không cách chữ",
    source="NĐ 30/2020, Phụ lục I §II.3",
    family="state",
    needs_source=True,
    examples=[
        Example(target="Số: 2548/UBND-KGVX", bad="Số 2548/UBND-KGVX"),
        Example(target="Số: 2548/UBND-KGVX", bad="Số: 2548/UBND - KGVX"),
        Example(target="Số: 2548/UBND-KGVX", bad="Số: 2548 /UBND-KGVX"),
        Example(target="Số: 2548/UBND-KGVX", bad="Số: 2548-UBND/KGVX"),
    ],
)
def number_line(ctx: Context) -> Iterator[Finding]:
    code = ctx.document.code
    if code is None or code.span is None:
        return
    printed = ctx.printed(code.span) or ""
    if code.party:
        yield finding(
            f"{printed!r} is a Party-style code (number-TYPE/BODY) in a state document",
            f"{printed!r} là số, ký hiệu kiểu văn bản của Đảng trong văn bản nhà nước",
            "code",
            code.span,
        )
    parts = _PRINTED.match(printed.strip())
    if parts is not None and _SPACE.search(parts.group("symbol")):
        yield finding(
            f"the code {printed!r} has spaces inside its symbol; write {code.code!r}",
            f"Ký hiệu {printed!r} có cách chữ; phải viết {code.code!r}",
            "code",
            code.span,
        )
    elif parts is not None and (parts.group("before") or parts.group("after")):
        # "Số: 2548 /UBND-KGVX": the number typed into the blank of the template.
        yield finding(
            f"a space stands between the number and the symbol in {printed!r}",
            f"Giữa số và ký hiệu có cách chữ: {printed!r}",
            "code",
            code.span,
            Severity.INFO,
        )
    found = ctx.line(code.span)
    if found is None or ctx.source is None:
        return
    before = ctx.printed(type(code.span)(found[1].start, code.span.start)) or ""
    label = _LABEL.search(before)
    if label is not None and not label.group("colon"):
        yield finding(
            "'Số' is followed by a colon in a state document ('Số: 15/QĐ-BNV')",
            "Sau chữ 'Số' của văn bản nhà nước phải có dấu hai chấm ('Số: 15/QĐ-BNV')",
            "code",
            code.span,
        )


@rule(
    "N202",
    "number-padding",
    Severity.WARNING,
    "Numbers 1 to 9 are written 01 to 09, and no number has other leading zeros",
    "Số từ 1 đến 9 ghi 01 đến 09; không thêm số 0 ở các trường hợp khác",
    source="NĐ 30/2020, Phụ lục I §II.3",
    family="state",
    examples=[
        Example(base="quyet_dinh", target="Số: 05/QĐ-UBND", bad="Số: 5/QĐ-UBND"),
        Example(base="quyet_dinh", target="Số: 05/QĐ-UBND", bad="Số: 005/QĐ-UBND"),
    ],
)
def number_padding(ctx: Context) -> Iterator[Finding]:
    code = ctx.document.code
    if code is None or not code.number or not code.number.isdecimal():
        return
    expected = format(int(code.number), "02d")
    if code.number != expected:
        yield finding(
            f"write the number {code.number!r} as {expected!r}",
            f"Số {code.number!r} phải ghi là {expected!r}",
            "code",
            code.span,
        )


@rule(
    "N203",
    "type-spelling",
    Severity.WARNING,
    "The type abbreviation is spelled as in Phụ lục III (TTr, QyĐ, CTr, TrS keep their case)",
    "Chữ viết tắt tên loại ghi đúng như Phụ lục III (TTr, QyĐ, CTr, TrS giữ chữ thường)",
    source="NĐ 30/2020, Phụ lục III",
    family="state",
    examples=[
        Example(base="quyet_dinh", target="Số: 05/QĐ-UBND", bad="Số: 05/QD-UBND"),
        Example(
            base="quyet_dinh",
            target="Số: 05/QĐ-UBND\nBắc Kạn, ngày 01 tháng 02 năm 2021\n\nQUYẾT ĐỊNH",
            good="Số: 05/TTr-UBND\nBắc Kạn, ngày 01 tháng 02 năm 2021\n\nTỜ TRÌNH",
            bad="Số: 05/TTR-UBND\nBắc Kạn, ngày 01 tháng 02 năm 2021\n\nTỜ TRÌNH",
        ),
    ],
)
def type_spelling(ctx: Context) -> Iterator[Finding]:
    code = ctx.document.code
    if code is None or code.party or ctx.document.title is None:
        return
    head = _type_group(code)
    if head is None or head in vocab.STATE_CODES:
        return
    old = vocab.OLD_CODES.get(head)
    official = old or vocab.canonical_abbreviation(head)
    if official is None or official not in vocab.STATE_CODES:
        return
    why = "an abbreviation of older rules" if old else "spelled differently"
    vi = "chữ viết tắt theo quy định cũ" if old else "viết sai chữ hoa, chữ thường hoặc dấu"
    yield finding(
        f"the type abbreviation {head!r} is {why}; Nghị định 30/2020 writes {official!r}",
        f"Chữ viết tắt tên loại {head!r} là {vi}; Nghị định 30/2020 ghi {official!r}",
        "code",
        code.span,
    )


@rule(
    "N204",
    "type-matches-title",
    Severity.ERROR,
    "The type abbreviation in the ký hiệu is the one of the printed tên loại",
    "Chữ viết tắt tên loại trong ký hiệu phải đúng với tên loại văn bản",
    source="NĐ 30/2020, Điều 7 and Phụ lục III",
    examples=[
        Example(base="quyet_dinh", target="Số: 05/QĐ-UBND", bad="Số: 05/QyĐ-UBND"),
        Example(base="quyet_dinh", target="Số: 05/QĐ-UBND", bad="Số: 05/UBND-VX"),
        Example(base="party", target="Số 274-TB/TU", bad="Số 274-BC/TU"),
    ],
)
def type_matches_title(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    code = doc.code
    if code is None or doc.title is None:
        return
    title_kind = vocab.kind_from_title(doc.title)
    if title_kind is None or title_kind == "cong_van":
        return
    if code.party:
        head: str | None = code.symbol.split("/", 1)[0]
    else:
        head = _type_group(code)
    official = vocab.canonical_abbreviation(head) if head else None
    official = official or (vocab.OLD_CODES.get(head) if head else None)
    code_kind = vocab.kind_from_abbreviation(official, party=code.party) if official else None
    if code_kind == title_kind:
        return
    info = vocab.doc_type(title_kind)
    expected = (info.party_code if code.party else info.state_code) if info else None
    if code_kind is None:
        en = f"the ký hiệu {code.code!r} has no type abbreviation for {doc.title!r}"
        vi = f"Ký hiệu {code.code!r} thiếu chữ viết tắt tên loại của {doc.title!r}"
    else:
        en = f"{head!r} in {code.code!r} is not the abbreviation of {doc.title!r}"
        vi = f"{head!r} trong {code.code!r} không phải chữ viết tắt của {doc.title!r}"
    if expected:
        en += f" ({expected})"
        vi += f" ({expected})"
    yield finding(en, vi, "code", code.span)


@rule(
    "N205",
    "cong-van-symbol",
    Severity.ERROR,
    "A state công văn's ký hiệu is BODY-UNIT, with no type abbreviation (no 'CV')",
    "Ký hiệu công văn nhà nước gồm tên cơ quan - đơn vị soạn thảo, không có chữ viết tắt tên loại",
    source="NĐ 30/2020, Phụ lục I §II.3",
    family="state",
    examples=[
        Example(target="Số: 2548/UBND-KGVX", bad="Số: 2548/CV-UBND"),
    ],
)
def cong_van_symbol(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    code = doc.code
    if code is None or code.party or doc.title is not None or doc.kind != "cong_van":
        return
    head = _type_group(code)
    if head is None or code.year is not None:
        return
    if head.upper() == "CV":
        yield finding(
            f"a state công văn has no type abbreviation: {code.code!r} should not carry 'CV'",
            f"Công văn nhà nước không có chữ viết tắt tên loại: {code.code!r} không ghi 'CV'",
            "code",
            code.span,
        )
    # Other type-like heads are left alone: "CT-TTHT" is Cục Thuế's công văn, not a chỉ thị.


@rule(
    "N206",
    "year-means-normative",
    Severity.WARNING,
    "A year inside the ký hiệu marks a normative act (VBQPPL); the type must be one",
    "Năm trong ký hiệu chỉ dùng cho văn bản quy phạm pháp luật; tên loại phải là loại VBQPPL",
    source="Luật Ban hành VBQPPL; NĐ 30/2020, Phụ lục I §II.3",
    family="state",
    examples=[Example(target="Số: 2548/UBND-KGVX", bad="Số: 2548/2021/UBND-KGVX")],
)
def year_means_normative(ctx: Context) -> Iterator[Finding]:
    code = ctx.document.code
    if code is None or code.year is None or code.party:
        return
    try:
        doccode.validate(code.code)
    except (InvalidComponent, InconsistentComponent) as exc:
        yield finding(
            f"{code.code!r}: {exc}",
            f"{code.code!r}: năm trong ký hiệu chỉ dùng cho văn bản quy phạm pháp luật",
            "code",
            code.span,
        )


@rule(
    "N207",
    "year-matches-date",
    Severity.ERROR,
    "The year inside the ký hiệu is the year of the document's date",
    "Năm trong ký hiệu phải trùng với năm ban hành văn bản",
    source="NĐ 30/2020, Điều 15",
    examples=[
        Example(
            base="quyet_dinh",
            target="Số: 05/QĐ-UBND",
            good="Số: 05/2021/QĐ-UBND",
            bad="Số: 05/2020/QĐ-UBND",
        )
    ],
)
def year_matches_date(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    code = doc.code
    if code is None or code.year is None or doc.date is None or doc.date.year is None:
        return
    if code.year != doc.date.year:
        yield finding(
            f"the ký hiệu {code.code!r} carries the year {code.year}, the date {doc.date.year}",
            f"Ký hiệu {code.code!r} ghi năm {code.year}, văn bản ban hành năm {doc.date.year}",
            "code",
            code.span,
        )


@rule(
    "N208",
    "lookalike-characters",
    Severity.ERROR,
    "The ký hiệu uses Vietnamese Đ (U+0110), plain hyphens and slashes, composed (NFC) letters",
    "Ký hiệu dùng chữ Đ tiếng Việt (U+0110), gạch nối và gạch chéo thường, chữ dựng sẵn (NFC)",
    source="NĐ 30/2020, Phụ lục III; Unicode TCVN 6909:2001",
    needs_source=True,
    examples=[
        Example(base="quyet_dinh", target="Số: 05/QĐ-UBND", bad="Số: 05/QÐ-UBND"),
        Example(base="quyet_dinh", target="Số: 05/QĐ-UBND", bad="Số: 05/QĐ\u2013UBND"),
    ],
)
def lookalike_characters(ctx: Context) -> Iterator[Finding]:
    code = ctx.document.code
    printed = ctx.raw(code.span) if code is not None else None
    if code is None or printed is None:
        return
    found = doccode.lookalikes(printed)
    for odd in (f for f in found if len(f.found) == 1):
        yield finding(
            f"{printed!r} has {odd.found!r} (U+{ord(odd.found):04X}) where {odd.expected!r} belongs",
            f"{printed!r} dùng ký tự {odd.found!r} (U+{ord(odd.found):04X}) thay cho {odd.expected!r}",
            "code",
            code.span,
        )
    if any(len(f.found) > 1 for f in found):
        yield finding(
            f"{printed!r} is in decomposed Unicode (NFD); use composed characters (NFC)",
            f"{printed!r} dùng Unicode tổ hợp (NFD); phải dùng Unicode dựng sẵn (NFC)",
            "code",
            code.span,
        )


@rule(
    "N209",
    "draft-number",
    Severity.INFO,
    "A blank number marks a draft: the number is given when the document is issued",
    "Số để trống là dự thảo: số được cấp khi ban hành",
    source="NĐ 30/2020, Phụ lục III (mẫu)",
    examples=[Example(target="Số: 2548/UBND-KGVX", bad="Số:     /UBND-KGVX")],
)
def draft_number(ctx: Context) -> Iterator[Finding]:
    code = ctx.document.code
    if code is not None and not code.number:
        yield finding(
            f"the number is blank ({code.code!r}): a draft",
            f"Chưa có số ({code.code!r}): văn bản dự thảo",
            "code",
            code.span,
        )


@rule(
    "N210",
    "party-number-line",
    Severity.ERROR,
    "A Party number line is 'Số' then number-TYPE/BODY: a hyphen after the number, no colon",
    "Số, ký hiệu văn bản của Đảng ghi 'Số' rồi số-tên loại/cơ quan: gạch nối sau số, không có dấu hai chấm",
    source="HD 36-HD/VPTW, §2.4",
    family="party",
    needs_source=True,
    examples=[
        Example(base="party", target="Số 274-TB/TU", bad="Số 274/TB-TU"),
        Example(base="party", target="Số 274-TB/TU", bad="Số: 274-TB/TU"),
    ],
)
def party_number_line(ctx: Context) -> Iterator[Finding]:
    code = ctx.document.code
    if code is None or code.span is None:
        return
    if not code.party:
        yield finding(
            f"{code.code!r} is state style; a Party code is number-TYPE/BODY ('274-TB/TU')",
            f"{code.code!r} ghi theo kiểu nhà nước; văn bản của Đảng ghi số-tên loại/cơ quan",
            "code",
            code.span,
        )
        return
    found = ctx.line(code.span)
    if found is None:
        return
    before = ctx.printed(type(code.span)(found[1].start, code.span.start)) or ""
    label = _LABEL.search(before)
    if label is not None and label.group("colon"):
        yield finding(
            "a Party number line has no colon after 'Số' ('Số 274-TB/TU')",
            "Số, ký hiệu văn bản của Đảng không có dấu hai chấm sau chữ 'Số'",
            "code",
            code.span,
            Severity.INFO,
        )


@rule(
    "N211",
    "party-cong-van",
    Severity.WARNING,
    "A Party công văn carries the type abbreviation CV ('15-CV/TU')",
    "Công văn của Đảng có chữ viết tắt tên loại CV ('15-CV/TU')",
    source="HD 36-HD/VPTW, §2.4",
    family="party",
    examples=[
        Example(
            base="party",
            target="Số 274-TB/TU\nĐiện Biên, ngày 04 tháng 8 năm 2021\n\nTHÔNG BÁO\nkết luận của",
            good="Số 274-CV/TU\nĐiện Biên, ngày 04 tháng 8 năm 2021\n\nV/v kết luận của",
            bad="Số 274-TB/TU\nĐiện Biên, ngày 04 tháng 8 năm 2021\n\nV/v kết luận của",
        )
    ],
)
def party_cong_van(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    code = doc.code
    if code is None or not code.party or doc.title is not None:
        return
    head = code.symbol.split("/", 1)[0]
    if head != "CV":
        yield finding(
            f"a Party công văn is numbered '…-CV/…'; {code.code!r} has {head!r}",
            f"Công văn của Đảng ghi '…-CV/…'; {code.code!r} ghi {head!r}",
            "code",
            code.span,
        )
