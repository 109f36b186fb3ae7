"""Địa danh và ngày tháng — the place-and-date line, and dates inside text.

Matching runs on folded text (no diacritics) so that OCR output such as
``ngay 12 thang 8 nam 2021`` or ``ngày 30tháng10năm 2013`` is read too; a
blank day or month (drafts) gives a partial date.

>>> parse_date_line("Bắc Kạn, ngày 01 tháng 02 năm 2021")
DateLine(place='Bắc Kạn', date=PartialDate(year=2021, month=2, day=1))
>>> parse_date_line("Lai Châu, ngày    tháng 5 năm 2021").date.isoformat()
'2021-05'
>>> parse_date("ngày 12/9/2021")
PartialDate(year=2021, month=9, day=12)
"""

from __future__ import annotations

import attrs
import regex

from vnadmindoc.errors import ParseError
from vnadmindoc.model import PartialDate, Span
from vnadmindoc.text import NON_SPACE, fold

__all__ = ["DATE_LINE", "DateLine", "make_date", "parse_date", "parse_date_line"]

# At most one line break between the parts of a date: dates wrap, paragraphs do not.
_WS = r"[ \t]*(?:\n[ \t]*)?"
# "tháng", with the typos seen in print: "háng" (a lost letter), "thág".
_THANG = r"(?:t?hang|thag)"

# A figure may be printed with a space inside it ("tháng 0 6"): a PDF's letter spacing.
DATE_LINE = regex.compile(
    rf"""
    (?P<comma>[ \t]*[,.][ \t]*(?:\n[ \t]*)?|[ \t]+)
    (?P<ngay>ngay)(?:[.:,](?=\d))?{_WS}  # a mark glued between "ngày" and the day: "ngày.28"
    (?:(?P<junk0>[^\s\d]{{1,3}})[ \t]+(?=\d))?
    (?:(?P<day>\d{{1,2}}|[0-3][ \t]\d)
      |(?P<junk1>(?!{_THANG})[^\s\d]{{1,3}}(?=[ \t]+{_THANG}))|[.…_ \t]*)
    {_WS}(?:(?P<junk>[^\w\s]{{1,3}}\w{{0,3}}){_WS})?
    {_THANG}{_WS}(?:(?P<month>\d{{1,2}}|[01][ \t]\d)|[.…_ \t]*){_WS}
    nam(?:{_WS}(?P<year>\d{{4}})(?!\d)|(?=[ \t]*(?:\n|$|[*_|])))
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
"""Matches ``, ngày DD tháng MM năm YYYY`` in folded text (the place is read separately)."""

DATE_LINE_NUMERIC = regex.compile(
    # (From the start of a run of spaces, as DATE_LINE_GARBLED below.)
    r"(?<![ \t])(?P<comma>[ \t]*,[ \t]*)(?P<ngay>)"
    r"(?P<day>\d{1,2})[/.\-](?P<month>\d{1,2})[/.\-](?P<year>\d{4})(?!\d)"
)
"""``, 05/3/2020`` — a date line written in figures; trusted only beside other heading anchors."""

DATE_LINE_GARBLED = regex.compile(
    # (From the start of a run of spaces: tried inside one, the run was read to its end from
    # every position, a square of its length.)
    r"(?<![ \t])(?P<comma>[ \t]*[,.][ \t]*)"
    r"(?P<ngay>ng\S{0,3}?)[ \t]*(?:(?P<day>\d{1,2})|\S{1,3})[ \t]*"
    r"t?hang[ \t]*(?:(?P<month>\d{1,2})|\S{1,3})[ \t]*nam[ \t]*(?P<year>\d{4})(?!\d)",
    regex.IGNORECASE,
)
"""``, ngàÊ 4 tháng 10 năm 2022``, ``, ngàu 26 tháng OF năm 2021`` — "ngày" and perhaps a
figure garbled, the year clear; trusted only beside other heading anchors."""

DATE_LINE_LOOSE = regex.compile(r"(?P<comma>[ \t]*[,.][ \t]*)(?P<ngay>ngay)", regex.IGNORECASE)
"""``, ngày`` followed by a date too garbled to read; trusted only beside other heading anchors."""

_LONG_DATE = regex.compile(
    rf"(?:ngay{_WS})?(?:(?P<day>\d{{1,2}}){_WS})?than?g{_WS}(?P<month>\d{{1,2}}){_WS}nam{_WS}(?P<year>\d{{4}})(?!\d)",
    regex.IGNORECASE,
)
_NUMERIC_DATE = regex.compile(
    # OCR may split a month's narrow ones with a space: "06/1 1/2013" (not a day split too,
    # "2 8/1 0/2013", whose day the search would read as 8).
    r"(?<!\d)(?P<day>\d{1,2})[ \t]*(?P<s>[/.-])[ \t]*"
    r"(?P<month>(?<!\d \d{1,2}[ \t]*[/.-][ \t]*)1 [0-2]|\d{1,2})[ \t]*(?P=s)"
    # A PDF's letter spacing may split the year: "16/7/20 21".
    r"[ \t]*(?P<year>\d{4}|(?:19|20) \d{2}(?=[ \t]*(?:[,.;)\n]|$|cua\b|ve\b)))(?!\d)"
)


@attrs.frozen
class DateLine:
    """The place and date of a ``<Địa danh>, ngày … tháng … năm …`` line."""

    place: str | None
    date: PartialDate | None
    span: Span | None = attrs.field(default=None, eq=False, repr=False, kw_only=True)


def make_date(year: str | None, month: str | None, day: str | None) -> PartialDate | None:
    """A :class:`PartialDate` from printed parts, or ``None`` if they are not a real date."""
    if not year:
        return None
    try:
        if not month:
            return PartialDate(_figure(year))
        return PartialDate(_figure(year), _figure(month), _figure(day) if day else None)
    except ValueError:
        return None


def _figure(printed: str) -> int:
    """A day or month printed with a space inside it ("0 6") or without."""
    return int("".join(printed.split()))


def date_at(folded: str, pos: int, endpos: int) -> tuple[PartialDate | None, int, int]:
    """Read a long (``ngày 15 tháng 8 năm 2024``) or numeric (``12/9/2021``) date at ``pos``."""
    endpos = min(endpos, pos + _DATE_REACH)
    m = _LONG_DATE.match(folded, pos, endpos) or _NUMERIC_DATE.match(folded, pos, endpos)
    if m is None:
        return None, pos, pos
    return make_date(m.group("year"), m.group("month"), m.group("day")), m.start(), m.end()


def parse_date(text: str) -> PartialDate:
    """Read one date written ``ngày 15 tháng 8 năm 2024``, ``12/9/2021`` or ``04-8-2021``."""
    folded = fold(text)
    impossible = None
    for pattern in (_LONG_DATE, _NUMERIC_DATE):
        m = pattern.search(folded)
        if m:
            date = make_date(m.group("year"), m.group("month"), m.group("day"))
            if date is not None:
                return date
            impossible = impossible or text[m.start() : m.end()].strip()
    if impossible is not None:
        raise ParseError(f"not a real date: {impossible!r} (no such day in the calendar)")
    raise ParseError(f"no date in {text!r}")


def parse_date_line(text: str) -> DateLine:
    """Read a place-and-date line such as ``"Hà Nội, ngày 05 tháng 3 năm 2020"``.

    Raises :class:`~vnadmindoc.errors.ParseError` when there is no date line.
    """
    folded = fold(text)
    m = DATE_LINE.search(folded)
    if m is None:
        raise ParseError(f"not a place-and-date line: {text!r}")
    place = place_before(text, 0, m.start())
    date = make_date(m.group("year"), m.group("month"), m.group("day"))
    return DateLine(place, date, span=Span(0, m.end()))


_GAP = regex.compile(r"[ \t]{3,}")
_PLACE_WORD = regex.compile(r"\p{Lu}[\p{L}.]*")


def place_before(text: str, line_start: int, comma: int) -> str | None:
    """The place name written before ``, ngày`` on a line (other columns removed)."""
    found = find_place(text, line_start, comma)
    return found[0] if found else None


_PLACE_REACH = 200
# No date, however spaced out by OCR, is longer than this: a bounded match cannot scan the
# rest of a long text for the literal words it needs.
_DATE_REACH = 100


_YEAR_WORD = regex.compile(r"\d{4}[.,;)]?")
# (with a mark of a code in it: "Khu KTĐV2" is a place)
_CODE_WORD = regex.compile(r"(?=\S*[-/:])\S*(?:\d\S*\p{Lu}{2}|\p{Lu}{2}\S*\d)\S*")
# The tiêu ngữ's end, after "Tự do" (OCR may drop "do"); "Xã Hạnh Phúc" is a place.
_MOTTO_END = regex.compile(
    r"(?:(?i)t[uự](?:[ \t]+do)?[ \t]*[-–—][ \t]*h[aạ]nh[ \t]+ph[uú]c"
    # the quốc hiệu's last words in capitals, its tiêu ngữ lost or the old one's: "BỘ GIÁO DỤC
    # Số: 138-QĐ | VIỆT NAM DÂN CHỦ CỘNG HÒA Hà Nội, ngày …"
    r"|(?-i:DÂN[ \t]+CHỦ[ \t]+CỘNG[ \t]+H[ÒO]A|CHỦ[ \t]+NGHĨA[ \t]+VIỆT[ \t]+NAM))"
    r"(?![\p{L}])[ \t!.*_|\-–]*"
)
_HOUR_BEFORE_DATE = regex.compile(
    r"[ \t]*,?[ \t]*(?:vào[ \t]+)?(?:hồi|lúc)[ \t]+\d{1,2}[ \t]*(?:h|g|giờ)[ \t]*"
    r"(?:\d{1,2}[ \t]*(?:phút|')?)?[ \t]*$"
)


def find_place(text: str, line_start: int, comma: int) -> tuple[str, int, int] | None:
    """The place before ``, ngày`` with its ``[start, end)`` offsets in ``text``."""
    # A place is a few words: looking further back than this only costs time (a line of a
    # thousand dates would otherwise be read a thousand times over).
    line_start = max(line_start, comma - _PLACE_REACH)
    start = line_start
    prefix = text[line_start:comma]
    if "hồi" in prefix or "lúc" in prefix:
        # A telegram gives the hour between the place and the date: "Duy Xuyên, hồi 08h00,
        # ngày …".
        hour = _HOUR_BEFORE_DATE.search(prefix)
        if hour is not None:
            comma = line_start + hour.start()
            prefix = prefix[: hour.start()]
    # A number line merged with the date line: the place follows the code
    # ("Số: 330/TB-VPCP Hà Nội").
    slash = prefix.rfind("/")
    if slash >= 0:
        cut = prefix.find(" ", slash)
        start = comma if cut < 0 else line_start + cut
    gaps = list(_GAP.finditer(text, start, comma))
    if gaps:
        start = gaps[-1].end()
    if (motto := _MOTTO_END.search(text, start, comma)) is not None and text[
        motto.end() : comma
    ].strip():
        start = motto.end()  # "… Độc lập – Tự do – Hạnh phúc Nghệ An, ngày …" flattened
    words = list(NON_SPACE.finditer(text, start, comma))
    # Merged columns put other text before the place: keep the capitalised words at the end.
    words = words[-6:]
    # A label ends before the place: "2. Thời gian: 08 giờ 30 phút, ngày …" names none (a
    # colon on the last word is OCR's comma: "Hà Tĩnh: ngày …").
    labelled = [k for k, w in enumerate(words[:-1]) if w.group().endswith(":")]
    if labelled:
        words = words[labelled[-1] + 1 :]
    # A year ends the column before the place ("V/v … Luật DN 2014 Hà Nội, ngày …"); a
    # district's number is part of it ("Quận 3").
    # So does a code OCR garbled beyond its slash ("Số :284ÿCT-TT&HT Hải Phòng, ngày …").
    years = [
        k
        for k, w in enumerate(words[:-1])
        if _YEAR_WORD.fullmatch(w.group()) or _CODE_WORD.fullmatch(w.group())
    ]
    if years:
        words = words[years[-1] + 1 :]
    first = 0
    while first < len(words) and not _PLACE_WORD.fullmatch(words[first].group()):
        first += 1
    words = words[first:]
    if not words:
        return None
    lo, hi = words[0].start(), words[-1].end()
    while lo < hi and text[lo] in " ,.;:*-":
        lo += 1
    while hi > lo and text[hi - 1] in " ,.;:*-":
        hi -= 1
    place = " ".join(text[lo:hi].split())
    return (place, lo, hi) if place and place[0].isupper() else None
