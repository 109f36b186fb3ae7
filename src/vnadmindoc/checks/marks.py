"""M7xx — urgency and secrecy marks, and the incoming stamp."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmindoc import vocab
from vnadmindoc.checks import finding
from vnadmindoc.model import Span
from vnadmindoc.validate import Context, Example, Finding, Severity, rule


def _heading_lines(ctx: Context) -> Iterator[tuple[str, Span]]:
    """The source lines of the heading: from the document's start to its body."""
    doc = ctx.document
    if ctx.source is None or doc.span is None:
        return
    body = doc.spans.get("body")
    end = body.start if body is not None else doc.span.end
    pos = doc.span.start
    while pos < end:
        stop = ctx.source.find("\n", pos, end)
        stop = end if stop < 0 else stop
        yield ctx.printed(Span(pos, stop)) or "", Span(pos, stop)
        pos = stop + 1


@rule(
    "M701",
    "mark-vocabulary",
    Severity.WARNING,
    "Urgency is HỎA TỐC, THƯỢNG KHẨN or KHẨN; secrecy TUYỆT MẬT, TỐI MẬT or MẬT",
    "Độ khẩn ghi HỎA TỐC, THƯỢNG KHẨN hoặc KHẨN; độ mật ghi TUYỆT MẬT, TỐI MẬT hoặc MẬT",
    source="NĐ 30/2020, Phụ lục I §III.2",
    needs_source=True,
    examples=[
        Example(
            target="Số: 2548/UBND-KGVX\n",
            good="Số: 2548/UBND-KGVX\nTHƯỢNG KHẨN\n",
            bad="Số: 2548/UBND-KGVX\nKHẨN CẤP\n",
        )
    ],
)
def mark_vocabulary(ctx: Context) -> Iterator[Finding]:
    for text, span in _heading_lines(ctx):
        mark = vocab.UNOFFICIAL_MARKS.get(vocab.key(text.strip(" *_")))
        if mark is None:
            continue
        yield finding(
            f"{text.strip()!r} is {mark.note}; use {mark.official!r}",
            f"{text.strip()!r} không phải mức độ khẩn, độ mật theo quy định; dùng {mark.official!r}",
            "urgency",
            span,
            Severity(mark.severity),
        )


@rule(
    "M702",
    "received-after-issue",
    Severity.WARNING,
    "A document is received (ĐẾN stamp) on or after the day it was issued",
    "Ngày đến ghi trên dấu ĐẾN không sớm hơn ngày ban hành văn bản",
    source="NĐ 30/2020, Phụ lục IV",
    examples=[
        Example(
            target="ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN",
            good="VĂN BẢN ĐẾN\nSố 6718 Ngày 13/08/2021\n\nỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN",
            bad="VĂN BẢN ĐẾN\nSố 6718 Ngày 10/08/2021\n\nỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN",
        )
    ],
)
def received_after_issue(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    received = doc.received
    if received is None or received.date is None or doc.date is None:
        return
    if not (received.date.is_complete and doc.date.is_complete):
        return
    if received.date.to_date() < doc.date.to_date():
        yield finding(
            f"received on {received.date.isoformat()}, before the date of issue "
            f"{doc.date.isoformat()}",
            f"Ngày đến {received.date.isoformat()} sớm hơn ngày ban hành {doc.date.isoformat()}",
            "received",
            received.span,
        )
