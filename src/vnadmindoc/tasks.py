"""Who must do what by when: the directives of a document read as tasks (nhiệm vụ).

A directive's text holds its points and bullets (``a)``, ``b)``, ``-``, ``+``);
:func:`directive_tree` nests them, and :func:`find_tasks` reads each item for
the units in charge (``Giao Sở Y tế``, ``Sở Y tế chủ trì``), the units that
co-operate (``phối hợp với Công an tỉnh``) and its deadlines (``trước ngày
15/10``, ``trong tháng 9``), dated with the document's year when the text
leaves it out.

>>> from vnadmindoc import parse_document
>>> text = '''Số: 12/UBND-VX
... Hà Nội, ngày 05 tháng 3 năm 2021
... V/v phòng, chống dịch
... Kính gửi: Các sở, ngành.
...
... 1. Sở Y tế chủ trì, phối hợp với Công an tỉnh và UBND các huyện, thành phố
... triển khai tiêm chủng; báo cáo UBND tỉnh trước ngày 20/5/2021.
... 2. Giao Sở Tài chính bố trí kinh phí:
... a) Hoàn thành trong tháng 9;
... b) Báo cáo kết quả trước 15/10.'''
>>> for task in find_tasks(parse_document(text), text):
...     print(task.label, task.leads, task.partners, [d.date.isoformat() for d in task.deadlines])
1 ('Sở Y tế',) ('Công an tỉnh', 'UBND các huyện, thành phố') ['2021-05-20']
2 ('Sở Tài chính',) () []
2.a ('Sở Tài chính',) () ['2021-09']
2.b ('Sở Tài chính',) () ['2021-10-15']
"""

from __future__ import annotations

from typing import NamedTuple

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.fields.dates import make_date
from vnadmindoc.fields.directives import after_topic, find_lead, may_lead, starts_unit
from vnadmindoc.model import Deadline, Directive, Document, Span, Task
from vnadmindoc.text import collapse_spaces, fold

__all__ = ["directive_tree", "find_deadlines", "find_tasks"]

# Markers of the items inside a directive, in the order Nghị định 30 nests them.
_MARKER = regex.compile(
    r"[ \t]*(?:(?P<number>\d{1,2}(?:\.\d{1,2})*)\.(?!\d)|(?P<letter>[a-zđ])\)|(?P<bullet>[-+•–]))"
    r"[ \t]+(?=\S)"
)
_MARKER_AFTER_BREAK = regex.compile(r"\n" + _MARKER.pattern)
_MARK_OPENINGS = frozenset(" \t-+•–")  # what may stand before a marker, or open a bullet


def _may_mark(line: str) -> bool:
    """False when ``line`` opens with no marker: its first character is no space, digit or
    bullet, nor a letter before its bracket. Most lines go on with the text, told by a look."""
    first = line[:1]
    return first in _MARK_OPENINGS or first.isdigit() or line[1:2] == ")"


# Mark-up left in the source (Markdown bold and italics) is blanked out, not removed, so that
# offsets stay those of the source.
_EMPHASIS = regex.compile(r"\*+|_{2,}|</?(?:b|i|strong|em|sup|sub)>")
_NL = r"[ \t]*(?:\n[ \t]*)?"
_DAY_MONTH = (
    r"(?P<day>\d{1,2})[ \t]*[/.\-][ \t]*(?P<month>\d{1,2})(?:[ \t]*[/.\-][ \t]*(?P<year>\d{4}))?"
)
_LONG = (
    rf"(?:ngay{_NL})?(?P<lday>\d{{1,2}}){_NL}thang{_NL}(?P<lmonth>\d{{1,2}})"
    rf"(?:{_NL}nam{_NL}(?P<lyear>\d{{4}}))?"
)
_MONTH = rf"thang{_NL}(?P<mmonth>\d{{1,2}})(?:[ \t]*(?:/|{_NL}nam{_NL})[ \t]*(?P<myear>\d{{4}}))?"
# Matched on folded text (no diacritics), so OCR that drops them still reads.
_DEADLINE = regex.compile(
    rf"(?<![\p{{L}}])(?P<cue>truoc|cham[ \t]+nhat(?:[ \t]+(?:la|vao))?(?:[ \t]+truoc)?"
    rf"|han[ \t]+chot(?:[ \t]+la)?|khong[ \t]+qua|den[ \t]+het|trong|xong[ \t]+truoc)"
    rf"{_NL}(?:(?:ngay{_NL})?{_DAY_MONTH}(?![\d/])|{_LONG}|{_MONTH})",
    regex.IGNORECASE,
)
# "phối hợp với", "phối hợp cùng": the co-operating units follow.
_PARTNERS = regex.compile(r"(?<![\p{L}])phối hợp(?:[ \t]+(?:chặt chẽ[ \t]+)?(?:với|cùng))?[ \t]+")
# What ends a list of units: a clause mark, or a verb of the task itself.
_PARTNER_END = regex.compile(
    r"[;:.()\n]|[ \t](?:"
    + "|".join(regex.escape(w) for w in vocab.LEAD_STOPS if w not in ("với",))
    + r"|tổ chức|xây dựng|kiểm tra|hướng dẫn|rà soát|đôn đốc|báo cáo|đảm bảo|bảo đảm)(?![\p{L}])"
)
_LIST_SEP = regex.compile(r",[ \t]*|[ \t]+và[ \t]+|[ \t]+cùng[ \t]+")
_LEADS = regex.compile(
    r"(?:(?:Giao|Đề nghị|Yêu cầu|Phân công)[ \t]*:?[ \t]+)?(?P<units>.+?)[ \t]+"
    r"(?:chủ trì|có trách nhiệm|chịu trách nhiệm|phối hợp)(?![\p{L}])"
)


class _Line(NamedTuple):  # a tuple: built for every line of every directive, attrs is slower
    start: int  # offset of the line in the text read
    text: str


def _lines(text: str, base: int, *, source: bool = False) -> list[_Line]:
    """The lines of ``text`` with their offsets; in a ``source`` text, mark-up is blanked."""
    out = []
    pos = base
    for line in text.split("\n"):
        if source:
            line = _EMPHASIS.sub(lambda m: " " * len(m.group()), line)
        out.append(_Line(pos, line))
        pos += len(line) + 1
    return out


@attrs.define
class _Item:  # built up line by line while the tree is read
    label: str
    marker: str  # as printed: "a)", "-", "1."
    lines: list[_Line]
    children: list[_Item]

    def own_text(self) -> str:
        return collapse_spaces(" ".join(line.text.strip() for line in self.lines)).strip()

    def opening(self) -> str:
        """The first line with text: :meth:`own_text` opens with its first word."""
        return next((line.text for line in self.lines if line.text.strip()), "")


def _tree(lines: list[_Line]) -> tuple[list[_Line], list[_Item]]:
    """Split ``lines`` into the text before the first item and the items, nested by marker
    kind in order of first appearance (``a)`` then ``-`` then ``+``)."""
    kinds: list[str] = []
    roots: list[_Item] = []
    stack: list[tuple[int, _Item]] = []
    head: list[_Line] = []
    counters: dict[tuple[int, str], int] = {}
    for line in lines:
        m = _MARKER.match(line.text) if _may_mark(line.text) else None
        if m is None:
            if stack:
                stack[-1][1].lines.append(line)
            else:
                head.append(line)
            continue
        # One group of the three matched, the last: "number", "letter" or "bullet".
        group = m.lastgroup
        assert group is not None
        printed = m.group(group)
        kind = printed if group == "bullet" else group
        if kind not in kinds:
            kinds.append(kind)
        depth = kinds.index(kind)
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if group != "bullet":
            label = printed
        else:
            key = (id(stack[-1][1]) if stack else 0, kind)
            counters[key] = counters.get(key, 0) + 1
            label = f"{kind}{counters[key]}"
        marker = m.group().strip()
        item = _Item(label, marker, [_Line(line.start + m.end(), line.text[m.end() :])], [])
        (stack[-1][1].children if stack else roots).append(item)
        stack.append((depth, item))
    return head, roots


def directive_tree(directive: Directive) -> Directive:
    """``directive`` with its points and bullets (``a)``, ``-``, ``+``) as nested children.

    >>> d = directive_tree(Directive("1", "Sở Y tế:\\na) Tiêm chủng;\\n- đợt 1;\\nb) Báo cáo."))
    >>> [(c.label, c.text, [g.label for g in c.children]) for c in d.children]
    [('a', 'Tiêm chủng;\\n- đợt 1;', ['-1']), ('b', 'Báo cáo.', [])]
    """
    if not (_MARKER.match(directive.text) or _MARKER_AFTER_BREAK.search(directive.text)):
        return attrs.evolve(directive, children=())  # most items: no point or bullet in them
    _, items = _tree(_lines(directive.text, 0))
    return attrs.evolve(directive, children=[_build(c)[0] for c in items])


def _build(item: _Item) -> tuple[Directive, str]:
    """The item as a :class:`Directive`, and its lines as :func:`_all_lines` gives them, joined:
    built from the children's joined lines, each after its marker, so that no line is handled
    one by one above its own item."""
    children = [_build(c) for c in item.children]
    texts = [line.text for line in item.lines]
    texts += [f"{c.marker} {below}" for c, (_, below) in zip(item.children, children, strict=True)]
    joined = "\n".join(texts)
    # (the item's own text is joined only when its first word may open a lead: most open with a
    # verb)
    lead = find_lead(item.own_text()) if may_lead(item.opening()) else None
    return Directive(item.label, joined.strip(), lead, [d for d, _ in children]), joined


def _all_lines(item: _Item) -> list[_Line]:
    """The item's lines with its children's, markers included, in order."""
    return _spliced(item, [_all_lines(child) for child in item.children])


def _spliced(item: _Item, below: list[list[_Line]]) -> list[_Line]:
    """The item's own lines, then each child's (``below``) with its marker before the first."""
    out = list(item.lines)
    for child, (first, *rest) in zip(item.children, below, strict=True):
        out.append(_Line(first.start, f"{child.marker} {first.text}"))
        out += rest
    return out


def find_deadlines(text: str, *, year: int | None = None, base: int = 0) -> list[Deadline]:
    """The deadlines in ``text``: ``trước ngày 15/10/2021``, ``chậm nhất ngày 5 tháng 6``,
    ``trong tháng 9``; ``year`` dates those written without one (else they are skipped).

    Spans are offsets into ``text`` plus ``base``.

    >>> found = find_deadlines("báo cáo trước ngày 15/10", year=2021)
    >>> [(d.date.isoformat(), d.text, d.span) for d in found]
    [('2021-10-15', 'trước ngày 15/10', Span(start=8, end=24))]
    """
    out = []
    for m in _DEADLINE.finditer(fold(text)):
        day = m.group("day") or m.group("lday")
        month = m.group("month") or m.group("lmonth") or m.group("mmonth")
        printed_year = m.group("year") or m.group("lyear") or m.group("myear")
        if m.group("cue").lower() == "trong" and not m.group("mmonth"):
            continue  # "trong 15/10" is not said; "trong tháng 9" is
        when_year = printed_year or (str(year) if year else None)
        if when_year is None:
            continue
        date = make_date(when_year, month, day)
        if date is None:  # not a real date: PartialDate checks the calendar
            continue
        out.append(
            Deadline(date, text[m.start() : m.end()], span=Span(base + m.start(), base + m.end()))
        )
    return out


def _split_units(segment: str) -> tuple[str, ...]:
    """``Công an tỉnh và UBND các huyện, thành phố`` → the two units (a piece that does not
    start a unit's name continues the one before)."""
    names: list[str] = []
    for piece in _LIST_SEP.split(segment):
        piece = piece.strip(" \t,;:")
        if not piece:
            continue
        generic = piece.startswith(("các ", "những "))  # "các đơn vị liên quan"
        if names and not starts_unit(piece) and not generic:
            names[-1] += (", " if piece[:1].islower() else " và ") + piece
        elif starts_unit(piece) or (generic and names):
            names.append(piece)
    return tuple(collapse_spaces(n) for n in names)


def _partners(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in _PARTNERS.finditer(text):
        end = _PARTNER_END.search(text, m.end())
        segment = text[m.end() : end.start() if end else len(text)]
        out += [u for u in _split_units(segment) if u not in out]
    return tuple(out)


_UNIT_WORDS = 12


def _leads(first: str) -> tuple[str, ...]:
    rest = after_topic(first)
    if rest is not first:
        # The units an item's topic names are no leads ("Về thành phần: Sở Y tế, …", "Về địa
        # điểm: UBND xã …"): find_lead reads past the topic only to a unit given the task or
        # followed by its duty; the units listed with it are read from there.
        if find_lead(first) is None:
            return ()
        first = rest
    m = _LEADS.match(first)
    if m is not None:
        named = m.group("units")
        stop = _PARTNER_END.search(named)
        units = _split_units(named[: stop.start()] if stop else named)
        if units and len(" ".join(units).split()) <= 30:
            return units
    lead = find_lead(first)
    if lead is None:
        return ()
    # "Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội biên phòng tỉnh, … tăng cường …": several.
    body = first[first.find(lead) :]
    stop = _PARTNER_END.search(body)
    units = _split_units(body[: stop.start()] if stop else body)
    if len(units) > 1 and units[0] == lead and all(len(u.split()) <= _UNIT_WORDS for u in units):
        return units
    return (lead,)


def find_tasks(document: Document, text: str | None = None) -> list[Task]:
    """One :class:`Task` per directive and per point or bullet inside it, in reading order.

    Give ``text``, the source the document was parsed from, for spans into it;
    without it the directives' own texts are read and spans are ``None``.
    An item without units of its own inherits those of the item above it.
    """
    year = document.date.year if document.date else None
    out: list[Task] = []

    def visit(item: _Item, label: str, leads: tuple[str, ...], spans: bool) -> None:
        own = item.own_text()
        mine = _leads(own)
        partners = _partners(own)
        deadlines = [
            Deadline(d.date, d.text, span=_shift(d.span, line) if spans else None)
            for line in item.lines
            for d in find_deadlines(line.text, year=year)
        ]
        lines = _all_lines(item)
        span = Span(lines[0].start, lines[-1].start + len(lines[-1].text)) if spans else None
        out.append(Task(label, own, mine or leads, partners, deadlines, span=span))
        for child in item.children:
            visit(child, f"{label}.{child.label}", mine or leads, spans)

    for directive in document.directives:
        spans = text is not None and directive.span is not None
        if spans:
            assert text is not None
            assert directive.span is not None
            body = text[directive.span.start : directive.span.end]
            lines = _lines(body, directive.span.start, source=True)
            first = _MARKER_LABEL.match(lines[0].text)
            if first:
                lines[0] = _Line(lines[0].start + first.end(), lines[0].text[first.end() :])
        else:
            lines = _lines(directive.text, 0)
        head, items = _tree(lines)
        root = _Item(directive.label, directive.label, head, items)
        visit(root, directive.label, (), spans)
    return out


# The directive's own label at the start of its span ("1.", "II.", "Điều 3.").
_MARKER_LABEL = regex.compile(
    r"[ \t*_]*(?:(?:Điều|ĐIỀU|Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)[ \t]+)?"
    r"[\dIVXLC]{1,7}[a-zđ]?[ \t]*[.:)\-–]?[ \t*_]*"
)


def _shift(span: Span | None, line: _Line) -> Span | None:
    return None if span is None else Span(line.start + span.start, line.start + span.end)
