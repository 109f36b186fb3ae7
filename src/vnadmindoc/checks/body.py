"""B8xx — the body: articles, points, chapters and the căn cứ lines."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import regex

from vnadmindoc.checks import finding
from vnadmindoc.model import Span
from vnadmindoc.text import fold
from vnadmindoc.validate import Context, Example, Finding, Severity, rule

# Headings may carry Markdown emphasis from Word exports ("**Điều 2. Đối tượng áp dụng**").
_ARTICLE = regex.compile(
    r"^[ \t*_]*Điều[ \t]+(?P<n>\d+)(?P<suffix>[a-zđ]?)[ \t*_]*\.", regex.MULTILINE
)
_POINT = regex.compile(r"^[ \t]*(?P<letter>[a-zđ])\)[ \t]", regex.MULTILINE)
_HEADING = regex.compile(
    r"^[ \t]*(?P<word>Phần|Chương|Mục|Tiểu mục)[ \t]+(?P<number>[0-9]+|[IVXLC]+)\b", regex.MULTILINE
)
# The căn cứ block of an enacting document ends at "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:" … or "Điều 1".
_ENACTING = regex.compile(
    r"^[ \t*_]*(?:(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|BAN HÀNH|CHỈ THỊ)[ \t*_]*:|Điều[ \t]+1\b)",
    regex.MULTILINE,
)
# A paragraph of the block begins with "Căn cứ", "Theo đề nghị", "Xét" or after a blank line.
_PARAGRAPH = regex.compile(r"^[ \t*_]*(?:Căn cứ|Theo đề nghị|Xét)\b|^[ \t]*$", regex.MULTILINE)
# The Vietnamese alphabet of điểm labels in legal practice: no f, j, w, z and no ă, â, ê, ô, ơ, ư.
POINT_LETTERS = "abcdđeghiklmnopqrstuvxy"


def _body(ctx: Context) -> tuple[str, int] | None:
    """The body's text and its offset in the source; the parsed body when there is no source."""
    span = ctx.field_span("body")
    if ctx.source is not None and span is not None:
        return ctx.source[span.start : span.end], span.start
    if ctx.document.body:
        return ctx.document.body, -1
    return None


def _span(offset: int, m: regex.Match[str]) -> Span | None:
    return Span(offset + m.start(), offset + m.end()) if offset >= 0 else None


@rule(
    "B801",
    "article-order",
    Severity.WARNING,
    "Articles (Điều) are numbered 1, 2, 3 … in order",
    "Các điều được đánh số 1, 2, 3 … liên tục",
    source="NĐ 30/2020, Phụ lục I §II.6",
    examples=[Example(base="quyet_dinh", target="Điều 2. Tổ công tác", bad="Điều 4. Tổ công tác")],
)
def article_order(ctx: Context) -> Iterator[Finding]:
    found = _body(ctx)
    if found is None:
        return
    text, offset = found
    previous = 0
    for m in _ARTICLE.finditer(text):
        n = int(m.group("n"))
        if m.group("suffix"):
            continue  # "Điều 146a": an article inserted by an amendment
        if n != previous + 1:
            yield finding(
                f"'Điều {n}' follows 'Điều {previous}'",
                f"'Điều {n}' đứng sau 'Điều {previous}'",
                "body",
                _span(offset, m),
            )
        previous = n


_CLAUSE = regex.compile(r"^[ \t*_]*(?P<n>\d+)[*_]*\.[ \t*_]", regex.MULTILINE)


@rule(
    "B805",
    "clause-order",
    Severity.WARNING,
    "Clauses (khoản) of an article are numbered 1., 2., 3. … in order",
    "Các khoản trong một điều được đánh số 1., 2., 3. … liên tục",
    source="NĐ 30/2020, Phụ lục I §II.6",
    examples=[
        Example(base="quyet_dinh", target="2. Báo cáo kết quả", bad="3. Báo cáo kết quả"),
    ],
)
def clause_order(ctx: Context) -> Iterator[Finding]:
    found = _body(ctx)
    if found is None:
        return
    text, offset = found
    articles = list(_ARTICLE.finditer(text))
    for article, following in itertools.pairwise([*articles, None]):
        assert article is not None
        end = following.start() if following is not None else len(text)
        previous = 0
        for m in _CLAUSE.finditer(text, article.end(), end):
            n = int(m.group("n"))
            if n != previous + 1:
                yield finding(
                    f"clause '{n}.' of 'Điều {article.group('n')}' follows '{previous}.'",
                    f"Khoản '{n}.' của 'Điều {article.group('n')}' đứng sau khoản '{previous}.'",
                    "body",
                    _span(offset, m),
                )
            previous = n


@rule(
    "B802",
    "point-order",
    Severity.WARNING,
    "Points (điểm) are lettered a), b), c), d), đ), e), g) … in the Vietnamese alphabet",
    "Các điểm được ký hiệu a), b), c), d), đ), e), g) … theo thứ tự bảng chữ cái tiếng Việt",
    source="NĐ 30/2020, Phụ lục I §II.6",
    examples=[
        Example(base="quyet_dinh", target="c) Các thành viên", bad="d) Các thành viên"),
    ],
)
def point_order(ctx: Context) -> Iterator[Finding]:
    found = _body(ctx)
    if found is None:
        return
    text, offset = found
    expected: int | None = None
    for m in _POINT.finditer(text):
        letter = m.group("letter")
        if letter == "a":
            expected = 0  # a new clause starts a new run of points
        elif expected is None:
            continue  # a point quoted on its own ("e) Thời hạn nộp …"), not a run
        want = POINT_LETTERS[expected] if expected < len(POINT_LETTERS) else None
        if letter != want:
            yield finding(
                f"point '{letter})' where '{want})' comes next" if want else f"point '{letter})'",
                f"Điểm '{letter})' đứng ở vị trí của '{want})'" if want else f"Điểm '{letter})'",
                "body",
                _span(offset, m),
            )
        expected = POINT_LETTERS.index(letter) + 1 if letter in POINT_LETTERS else expected + 1


@rule(
    "B803",
    "heading-numerals",
    Severity.WARNING,
    "Phần and Chương take Roman numerals; Mục and Tiểu mục Arabic ones",
    "Phần, Chương đánh số La Mã; Mục, Tiểu mục đánh số Ả Rập",
    source="NĐ 30/2020, Phụ lục I §II.6",
    examples=[Example(base="quyet_dinh", target="Chương I\n", bad="Chương 1\n")],
)
def heading_numerals(ctx: Context) -> Iterator[Finding]:
    found = _body(ctx)
    if found is None:
        return
    text, offset = found
    for m in _HEADING.finditer(text):
        word, number = m.group("word"), m.group("number")
        roman = not number.isdecimal()
        if word in ("Phần", "Chương") and not roman:
            en, vi = "a Roman numeral", "số La Mã"
        elif word in ("Mục", "Tiểu mục") and roman:
            en, vi = "an Arabic numeral", "số Ả Rập"
        else:
            continue
        yield finding(
            f"'{word} {number}' takes {en}",
            f"'{word} {number}' phải đánh {vi}",
            "body",
            _span(offset, m),
        )


@rule(
    "B804",
    "can-cu-punctuation",
    Severity.WARNING,
    "Each căn cứ line ends with ';' (the last one with ';', ',' or '.')",
    "Mỗi dòng căn cứ kết thúc bằng dấu chấm phẩy (dòng cuối có thể là dấu phẩy hoặc dấu chấm)",
    source="NĐ 30/2020, Phụ lục I §II.6",
    examples=[
        Example(
            base="quyet_dinh",
            target="ngày 19 tháng 6 năm 2015;",
            bad="ngày 19 tháng 6 năm 2015",
        )
    ],
)
def can_cu_punctuation(ctx: Context) -> Iterator[Finding]:
    found = _body(ctx)
    if found is None:
        return
    text, offset = found
    enacting = _ENACTING.search(text)
    if enacting is None:
        return  # no căn cứ block: "Căn cứ …" in a công văn's prose is a sentence
    starts = [m.start() for m in _PARAGRAPH.finditer(text, 0, enacting.start())]
    for begin, end in itertools.pairwise([*starts, enacting.start()]):
        paragraph = text[begin:end]
        if not fold(paragraph).lstrip(" \t*_").lower().startswith("can cu"):
            continue
        if not paragraph.rstrip(" \t\n*_").endswith((";", ",", ".")):
            length = len(paragraph.rstrip())
            span = Span(offset + begin, offset + begin + length) if offset >= 0 else None
            yield finding(
                "the căn cứ line does not end with ';'",
                "Dòng căn cứ không kết thúc bằng dấu chấm phẩy",
                "body",
                span,
            )
