"""T4xx — tên loại, trích yếu and the structure a type requires."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vnadmindoc import vocab
from vnadmindoc.checks import finding
from vnadmindoc.text import fold
from vnadmindoc.validate import Context, Example, Finding, Severity, rule

# Types whose templates carry no trích yếu (Phụ lục III, mẫu 1.7, 1.8, 1.10 and the phiếu).
_NO_SUBJECT = {
    "giay_moi",
    "giay_gioi_thieu",
    "giay_nghi_phep",
    "giay_uy_quyen",
    "phieu_gui",
    "phieu_chuyen",
    "phieu_bao",
    "thu_cong",
}
_VV = regex.compile(r"^\s*(?P<label>v\s*[/.]\s*v|ve\s+viec)\b", regex.IGNORECASE)
_ENACTING = {
    "quyet_dinh": ("QUYET DINH", "QUYẾT ĐỊNH:"),
    "nghi_quyet": ("QUYET NGHI", "QUYẾT NGHỊ:"),
}
_ARTICLE = regex.compile(r"^\s*(?:\*\*)?Điều\s+1\b", regex.MULTILINE)
_LIMITS = (
    # Phụ lục VI Phần II: the lengths electronic systems store.
    ("subject", 500, "the trích yếu", "Trích yếu"),
    ("issuer", 200, "the issuer's name", "Tên cơ quan ban hành"),
    ("position", 100, "the signer's position", "Chức vụ người ký"),
    ("name", 50, "the signer's name", "Họ tên người ký"),
)


@rule(
    "T401",
    "subject-present",
    Severity.ERROR,
    "A typed document has a trích yếu under its tên loại; a công văn has 'V/v …'",
    "Văn bản có tên loại phải có trích yếu; công văn phải có trích yếu 'V/v …'",
    source="NĐ 30/2020, Phụ lục I §II.5",
    examples=[
        Example(target="V/v triển khai Thông báo số 274-TB/TU của Ban Thường vụ Tỉnh ủy\n", bad=""),
        Example(
            base="quyet_dinh", target="Về việc thành lập Tổ công tác phòng, chống dịch\n", bad=""
        ),
    ],
)
def subject_present(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.subject or doc.kind in _NO_SUBJECT or doc.kind is None:
        return
    if doc.title is None and doc.kind != "cong_van":
        return
    what = "công văn" if doc.title is None else doc.title
    yield finding(
        f"the {what} has no trích yếu",
        f"{what} thiếu trích yếu",
        "subject",
        ctx.field_span("title"),
    )


@rule(
    "T402",
    "vv-spelling",
    Severity.WARNING,
    "A công văn's trích yếu begins with 'V/v' (not 'V/V', 'V.v' or 'Về việc')",
    "Trích yếu công văn bắt đầu bằng 'V/v' (không ghi 'V/V', 'V.v' hoặc 'Về việc')",
    source="NĐ 30/2020, Phụ lục I §II.5",
    needs_source=True,
    examples=[
        Example(target="V/v triển khai Thông báo", bad="V/V triển khai Thông báo"),
        Example(target="V/v triển khai Thông báo", bad="Về việc triển khai Thông báo"),
    ],
)
def vv_spelling(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.title is not None or doc.kind != "cong_van":
        return
    span = ctx.field_span("subject")
    printed = ctx.printed(span)
    m = _VV.match(fold(printed)) if printed else None
    if printed is None or m is None:
        return
    label = printed[m.start("label") : m.end("label")]
    if label == "V/v":
        return
    severity = Severity.INFO if fold(label).lower().startswith("ve") else None
    yield finding(
        f"a công văn's trích yếu begins with 'V/v', not {label!r}",
        f"Trích yếu công văn bắt đầu bằng 'V/v', không ghi {label!r}",
        "subject",
        span,
        severity,
    )


@rule(
    "T403",
    "no-cong-van-title",
    Severity.ERROR,
    "A công văn has no tên loại: 'CÔNG VĂN' is not printed as a title",
    "Công văn không có tên loại: không ghi 'CÔNG VĂN' làm tên loại",
    source="NĐ 30/2020, Phụ lục I §II.5",
    examples=[Example(target="V/v triển khai", bad="CÔNG VĂN\nV/v triển khai")],
)
def no_cong_van_title(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.title is not None and vocab.kind_from_title(doc.title) == "cong_van":
        yield finding(
            f"a công văn has no tên loại; drop {doc.title!r}",
            f"Công văn không có tên loại; bỏ {doc.title!r}",
            "title",
            ctx.field_span("title"),
        )


@rule(
    "T404",
    "decision-structure",
    Severity.ERROR,
    "A quyết định has 'QUYẾT ĐỊNH:' and 'Điều 1.'; a nghị quyết 'QUYẾT NGHỊ:' and 'Điều 1.'",
    "Quyết định phải có 'QUYẾT ĐỊNH:' và 'Điều 1.'; nghị quyết phải có 'QUYẾT NGHỊ:' và 'Điều 1.'",
    source="NĐ 30/2020, Phụ lục III (mẫu 1.1–1.3)",
    family="state",
    examples=[
        Example(base="quyet_dinh", target="QUYẾT ĐỊNH:\n", bad=""),
        Example(base="quyet_dinh", target="Điều 1. Thành lập", bad="Thành lập"),
    ],
)
def decision_structure(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.title is None or doc.kind not in _ENACTING:
        return
    word, printed = _ENACTING[doc.kind]
    body = doc.body + "\n" + "\n".join(d.label + " " + d.text for d in doc.directives)
    if not regex.search(rf"^\s*{word}\s*:", fold(body), regex.MULTILINE):
        yield finding(
            f"the {doc.title} has no '{printed}' line before its articles",
            f"{doc.title} thiếu dòng '{printed}' trước các điều",
            "body",
            ctx.field_span("body"),
        )
    if not _ARTICLE.search(body):
        yield finding(
            f"the {doc.title} has no 'Điều 1.'",
            f"{doc.title} không có 'Điều 1.'",
            "body",
            ctx.field_span("body"),
        )


@rule(
    "T405",
    "field-length",
    Severity.INFO,
    "Fields fit electronic systems: trích yếu ≤ 500, issuer ≤ 200, position ≤ 100, name ≤ 50",
    "Độ dài phù hợp hệ thống điện tử: trích yếu ≤ 500, tên cơ quan ≤ 200, chức vụ ≤ 100, họ tên ≤ 50",
    source="NĐ 30/2020, Phụ lục VI Phần II",
    examples=[
        Example(
            target="V/v triển khai Thông báo số 274-TB/TU của Ban Thường vụ Tỉnh ủy",
            bad="V/v triển khai" + " các biện pháp phòng, chống dịch bệnh" * 15,
        )
    ],
)
def field_length(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    values: dict[str, list[str]] = {
        "subject": [doc.subject or ""],
        "issuer": [doc.issuer.name if doc.issuer else ""],
        "position": [s.position or "" for s in doc.signatures],
        "name": [s.name or "" for s in doc.signatures],
    }
    for key, limit, en, vi in _LIMITS:
        for value in values[key]:
            if len(value) > limit:
                yield finding(
                    f"{en} has {len(value)} characters; systems keep {limit}",
                    f"{vi} dài {len(value)} ký tự; hệ thống lưu tối đa {limit}",
                    "signatures" if key in ("position", "name") else key,
                    ctx.field_span(key),
                )
