"""D3xx — địa danh and the date of issue (ngày, tháng, năm ban hành)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import regex

from vnadmindoc.checks import finding
from vnadmindoc.model import Span
from vnadmindoc.text import fold
from vnadmindoc.validate import Context, Example, Finding, Severity, rule

# The printed date as the parser found it: "ngày 05 tháng 3 năm 2020", blanks allowed.
_PARTS = regex.compile(
    r"ngay[ \t.…]*(?P<day>\d*)[ \t.…/]*thang[ \t.…]*(?P<month>\d*)[ \t.…/]*nam[ \t.…]*(?P<year>\d*)",
    regex.IGNORECASE,
)
_PLACE_ABBREVIATION = regex.compile(r"^(?:t\.?\s*p\b\.?|tx\b\.?)|\bhcm\b", regex.IGNORECASE)


def _printed_parts(ctx: Context) -> tuple[regex.Match[str], Span] | None:
    span = ctx.field_span("date")
    printed = ctx.printed(span)
    if span is None or printed is None:
        return None
    m = _PARTS.search(fold(printed))
    return (m, span) if m else None


@rule(
    "D301",
    "date-line",
    Severity.ERROR,
    "The date line is '<Place>, ngày DD tháng M năm YYYY', with a comma after the place",
    "Dòng địa danh, ngày tháng ghi '<Địa danh>, ngày … tháng … năm …', sau địa danh có dấu phẩy",
    source="NĐ 30/2020, Phụ lục I §II.4",
    needs_source=True,
    examples=[
        Example(
            target="Điện Biên, ngày 12 tháng 8 năm 2021",
            bad="Điện Biên ngày 12 tháng 8 năm 2021",
        ),
        Example(target="Điện Biên, ngày 12 tháng 8 năm 2021", bad="Điện Biên, 12/8/2021"),
    ],
)
def date_line(ctx: Context) -> Iterator[Finding]:
    place = ctx.field_span("place")
    date = ctx.field_span("date")
    if place is None or date is None or ctx.source is None:
        return
    between = ctx.printed(Span(place.end, max(place.end, date.start))) or ""
    printed = ctx.printed(date) or ""
    if not fold(printed).lower().lstrip().startswith("ngay"):
        yield finding(
            f"the date is written {printed.strip()!r}; write it 'ngày … tháng … năm …' in full",
            f"Ngày tháng ghi {printed.strip()!r}; phải ghi đầy đủ 'ngày … tháng … năm …'",
            "date",
            date,
        )
    elif "," not in between:
        yield finding(
            "a comma follows the place name in the date line ('Hà Nội, ngày …')",
            "Sau địa danh phải có dấu phẩy ('Hà Nội, ngày …')",
            "place",
            place,
        )


@rule(
    "D302",
    "day-padding",
    Severity.ERROR,
    "Days 1 to 9 are written 01 to 09",
    "Ngày từ 1 đến 9 phải viết 01–09",
    source="NĐ 30/2020, Phụ lục I §II.4",
    needs_source=True,
    examples=[
        Example(
            base="quyet_dinh", target="ngày 01 tháng 02 năm 2021", bad="ngày 1 tháng 02 năm 2021"
        )
    ],
)
def day_padding(ctx: Context) -> Iterator[Finding]:
    found = _printed_parts(ctx)
    if found is None:
        return
    m, span = found
    day = m.group("day")
    if len(day) == 1:
        yield finding(
            f'days below 10 take a leading zero: "ngày {day}" is "ngày 0{day}"',
            f'Ngày từ 1 đến 9 phải viết 01–09: "ngày {day}"',
            "date",
            span,
        )


@rule(
    "D303",
    "month-padding",
    Severity.ERROR,
    "Months 1 and 2 are written 01 and 02",
    "Tháng 1 và tháng 2 phải viết 01, 02",
    source="NĐ 30/2020, Phụ lục I §II.4",
    needs_source=True,
    examples=[
        Example(
            base="quyet_dinh", target="ngày 01 tháng 02 năm 2021", bad="ngày 01 tháng 2 năm 2021"
        )
    ],
)
def month_padding(ctx: Context) -> Iterator[Finding]:
    found = _printed_parts(ctx)
    if found is None:
        return
    m, span = found
    month = m.group("month")
    if month in ("1", "2"):
        yield finding(
            f'months 1 and 2 take a leading zero: "tháng {month}" is "tháng 0{month}"',
            f'Tháng 1, tháng 2 phải viết 01, 02: "tháng {month}"',
            "date",
            span,
        )


@rule(
    "D304",
    "month-no-padding",
    Severity.WARNING,
    "Months 3 to 12 are written without a leading zero",
    "Tháng từ 3 đến 12 không viết thêm số 0",
    source="NĐ 30/2020, Phụ lục I §II.4",
    needs_source=True,
    examples=[
        Example(target="ngày 12 tháng 8 năm 2021", bad="ngày 12 tháng 08 năm 2021"),
    ],
)
def month_no_padding(ctx: Context) -> Iterator[Finding]:
    found = _printed_parts(ctx)
    if found is None:
        return
    m, span = found
    month = m.group("month")
    if len(month) == 2 and month.startswith("0") and month not in ("01", "02"):
        yield finding(
            f'months from 3 on take no leading zero: "tháng {month}" is "tháng {int(month)}"',
            f'Tháng từ 3 trở đi không viết số 0 phía trước: "tháng {month}"',
            "date",
            span,
        )


@rule(
    "D305",
    "real-date",
    Severity.ERROR,
    "The date of issue exists in the calendar",
    "Ngày ban hành phải là ngày có thật",
    source="NĐ 30/2020, Phụ lục I §II.4",
    needs_source=True,
    examples=[Example(target="ngày 12 tháng 8 năm 2021", bad="ngày 31 tháng 4 năm 2021")],
)
def real_date(ctx: Context) -> Iterator[Finding]:
    found = _printed_parts(ctx)
    if found is None:
        return
    m, span = found
    day, month, year = (m.group(k) for k in ("day", "month", "year"))
    if not (day and month and year):
        return
    try:
        datetime.date(int(year), int(month), int(day))
    except ValueError:
        yield finding(
            f"ngày {day} tháng {month} năm {year} is not a date",
            f"Ngày {day} tháng {month} năm {year} không có thật",
            "date",
            span,
        )


@rule(
    "D306",
    "draft-date",
    Severity.INFO,
    "A blank day or month marks a draft: the date is given when the document is signed",
    "Ngày, tháng để trống là dự thảo: ghi khi văn bản được ký ban hành",
    source="NĐ 30/2020, Phụ lục III (mẫu)",
    examples=[Example(target="ngày 12 tháng 8 năm 2021", bad="ngày    tháng 8 năm 2021")],
)
def draft_date(ctx: Context) -> Iterator[Finding]:
    date = ctx.document.date
    if date is not None and (date.day is None or date.month is None):
        yield finding(
            f"the date has no day ({date.isoformat()}): a draft, or a day that cannot be read",
            f"Ngày tháng chưa đầy đủ ({date.isoformat()}): văn bản dự thảo hoặc ngày không đọc được",
            "date",
            ctx.field_span("date"),
        )


@rule(
    "D307",
    "place-in-full",
    Severity.WARNING,
    "The place name is written in full, not abbreviated ('Thành phố Hồ Chí Minh', not 'TP. HCM')",
    "Địa danh ghi đầy đủ, không viết tắt ('Thành phố Hồ Chí Minh', không ghi 'TP. HCM')",
    source="NĐ 30/2020, Phụ lục I §II.4",
    examples=[
        Example(
            target="Điện Biên, ngày 12 tháng 8 năm 2021",
            good="Thành phố Hồ Chí Minh, ngày 12 tháng 8 năm 2021",
            bad="TP. Hồ Chí Minh, ngày 12 tháng 8 năm 2021",
        )
    ],
)
def place_in_full(ctx: Context) -> Iterator[Finding]:
    place = ctx.document.place
    if place and _PLACE_ABBREVIATION.search(place):
        yield finding(
            f"the place {place!r} is abbreviated; write it in full",
            f"Địa danh {place!r} viết tắt; phải ghi đầy đủ",
            "place",
            ctx.field_span("place"),
        )


@rule(
    "D308",
    "date-present",
    Severity.ERROR,
    "The document gives its place and date of issue",
    "Văn bản phải có địa danh và ngày, tháng, năm ban hành",
    source="NĐ 30/2020, Phụ lục I §II.4",
    examples=[Example(target="Điện Biên, ngày 12 tháng 8 năm 2021\n", bad="")],
)
def date_present(ctx: Context) -> Iterator[Finding]:
    doc = ctx.document
    if doc.date is None and "date" not in doc.spans:
        yield finding(
            "the place and date of issue are missing",
            "Thiếu địa danh và ngày, tháng, năm ban hành",
            "date",
        )
