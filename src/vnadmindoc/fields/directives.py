"""Numbered items of the body (directives) and the unit each one puts in charge.

Bodies number their items at several levels: ``Phần``/``Chương`` (Roman),
``I.``/``II.``, ``Điều 1.``, ``1.``/``2.``, ``a)``/``b)``.  The top level is the
highest level that forms a sequence starting at its first value; items of
that level that break the sequence (a nested list restarting at ``1.``) are
left inside their parent.

>>> find_lead("Giao Sở Y tế:")
'Sở Y tế'
>>> find_lead("Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh phối hợp …")
'Sở Thông tin và Truyền thông'
>>> find_lead("UBND các huyện, thị xã, thành phố tiếp tục thực hiện …")
'UBND các huyện, thị xã, thành phố'
>>> find_lead("Giám đốc Sở Y tế chỉ đạo …")
'Giám đốc Sở Y tế'
>>> find_lead("Các huyện tổ chức di dời dân …")
'Các huyện'
>>> find_lead("Tăng cường công tác tuyên truyền") is None
True
"""

from __future__ import annotations

from functools import partial
from itertools import islice
from typing import NamedTuple

import regex

from vnadmindoc import vocab
from vnadmindoc.layout import Layout
from vnadmindoc.model import Directive, Span
from vnadmindoc.segment import join_body_lines
from vnadmindoc.text import collapse_spaces, is_upper_text, strip_separators

__all__ = ["after_topic", "find_directives", "find_lead", "may_lead", "starts_unit"]

_LEVELS: list[tuple[str, regex.Pattern[str]]] = [
    ("part", regex.compile(r"(?P<word>Phần|PHẦN)[ \t]+(?P<v>thứ[ \t]+\p{L}+|[IVXLC]+)\b")),
    ("chapter", regex.compile(r"(?P<word>Chương|CHƯƠNG)[ \t]+(?P<v>[IVXLC]+|\d{1,3})\b")),
    ("section", regex.compile(r"(?P<word>Mục|MỤC)[ \t]+(?P<v>\d{1,3})\b")),
    # A label ends with its dot or colon: "Điều 1." labels an article, "Điều 26 Luật …" cites one.
    # A hard wrap may leave the word alone on its line: "Điều" / "1. Quy định …".
    (
        "article",
        regex.compile(
            r"(?P<word>Điều|ĐIỀU)(?:[ \t]+|[ \t]*\n[ \t]*)(?P<v>\d{1,3}[a-zđ]?)[ \t]*[.:]"
        ),
    ),
    ("roman", regex.compile(r"(?P<v>[IVXLC]{1,7})[ \t]*[.\-–)][ \t]*(?=\S|$)")),
    # OCR reads the last "I" of a numeral as "l" ("Il.", "VIl."): kept as printed; never before
    # a dash ("Il-76", an aircraft).
    ("roman", regex.compile(r"(?P<v>[IVX]*(?<=[IV])l)[ \t]*[.)][ \t]*(?=\S|$)")),
    # "1- Cho toàn bộ học sinh …", "1/ Tiền ăn:": a dash or slash typed for the dot, before a
    # capital ("1-2 ngày" and dates are no labels).
    (
        "arabic",
        regex.compile(r"(?P<v>\d{1,3})(?:[ \t]*[.)](?![\d.])[ \t]*|(?P<alt>[-/])[ \t]+(?=\p{Lu}))"),
    ),
    ("letter", regex.compile(r"(?P<v>[a-zđ])[ \t]*\)[ \t]*")),
]
# "6 Giao Phòng …": a number without its dot, accepted only where the sequence expects it.
_WEAK_ARABIC = regex.compile(r"(?P<v>\d{1,2})[ \t]+(?=\p{Lu})")
# "Điều 1 Tặng thưởng …": an article's label that lost its dot, opening its line (or alone on
# it, a table's cell: "Điều 1" / "Ban hành kèm theo …"); only a run of such labels from "Điều
# 1" counts ("Điều 26 Luật …" opening a line cites one).
_WEAK_ARTICLE = regex.compile(
    r"(?P<word>Điều|ĐIỀU)[ \t]+(?P<v>\d{1,3})(?:[ \t]+(?=\p{Lu})"
    r"(?!Luật|Bộ luật|Thông tư|Nghị định|Nghị quyết|Quyết định|Chỉ thị|Pháp lệnh|Hiến pháp)"
    r"|[ \t]*$)"
)
# Where an act's articles begin: its enacting line ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:").
_ENACTING = regex.compile(rf"{vocab.enacting_pattern()}[ \t]*:?[ \t]*$", regex.M)
_LETTERS = "abcdđeghiklmnopqrstuvxy"
_DIGITS = regex.compile(r"\d+")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"]


def _roman(text: str) -> int | None:
    total = 0
    for k, ch in enumerate(text):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        nxt = _ROMAN.get(text[k + 1], 0) if k + 1 < len(text) else 0
        total += -value if value < nxt else value
    return total if total > 0 else None


def _value(level: str, raw: str) -> int | None:
    raw = raw.strip()
    if level == "letter":
        return _LETTERS.index(raw) + 1 if raw in _LETTERS else None
    if raw.isdecimal():
        return int(raw)
    if level in ("part", "chapter", "roman"):
        if raw.startswith("thứ"):
            word = raw.split()[-1]
            return _ORDINALS.index(word) + 1 if word in _ORDINALS else None
        return _roman(raw.replace("l", "I"))
    if level == "article":
        digits = _DIGITS.match(raw)
        return int(digits.group()) if digits else None
    return None


class _Candidate(NamedTuple):  # a tuple: one for every label line, attrs is slower to build
    level: str
    label: str
    value: int
    line: int
    start: int  # where the label starts
    text_start: int  # where the item's text starts
    weak: bool = False
    heading: str | None = None  # a section heading's text in capitals ("II. NỘI DUNG …")
    alt: bool = False  # "1/" or "1-" for "1.": read only where no other labels are


# The levels a label can be, by its first character: most lines start with none of them, and
# trying every pattern on every line was the largest part of finding directives.
_FIRST_CHARS = {
    "part": "P",
    "chapter": "C",
    "section": "M",
    "article": "Đ",
    "roman": "IVXLC",
    "letter": _LETTERS,
}
_BY_FIRST: dict[str, list[tuple[str, regex.Pattern[str]]]] = {}
for _level, _pattern in _LEVELS:
    for _ch in _FIRST_CHARS.get(_level, ""):
        _BY_FIRST.setdefault(_ch, []).append((_level, _pattern))
_ARABIC = [(level, pattern) for level, pattern in _LEVELS if level == "arabic"]


def _levels_for(ch: str) -> list[tuple[str, regex.Pattern[str]]]:
    return _ARABIC if ch.isdecimal() else _BY_FIRST.get(ch, [])


def _candidates(layout: Layout, start: int, stop: int) -> list[_Candidate]:
    if start >= stop:
        return []
    # Only lines whose first character can open a label are read one by one; one scan of the
    # range finds them.
    lines = [start] + [
        layout.line_of(m.start() + 1)
        for m in _LABEL_HEAD.finditer(layout.text, layout.starts[start], layout.ends[stop - 1])
    ]
    out: list[_Candidate] = []
    for c in map(partial(_candidate, layout), lines):
        if c is not None and not (out and c.start < out[-1].text_start):
            out.append(c)  # (a label wrapped onto the next line is read once)
    return out


def _candidate(layout: Layout, i: int) -> _Candidate | None:
    text = layout.text
    line = layout.line(i)
    pos = layout.starts[i] + len(line) - len(line.lstrip())
    if pos >= layout.ends[i]:
        return None
    if text[pos] in _DEBRIS_MARKS:
        debris = _ARTICLE_DEBRIS.match(text, pos, layout.ends[i])
        if debris is not None:
            pos = debris.end()  # OCR's speck before an article: "„ Điều 1."
    for level, pattern in _levels_for(text[pos]):
        # Only an article's label may run onto the next line.
        end = layout.ends[i + 1] if level == "article" and i + 1 < len(layout) else layout.ends[i]
        m = pattern.match(text, pos, end)
        if m is None:
            continue
        v = m.group("v")
        value = _value(level, v)
        if value is None:
            continue
        word = m.group("word") if level in _WORDED else None
        label = f"{word} {v}" if word else v
        alt = level == "arabic" and bool(m.group("alt"))
        rest = text[m.end() : layout.ends[i]] if level == "roman" else ""
        heading = collapse_spaces(rest) if rest and is_upper_text(rest) else None
        return _Candidate(
            level, collapse_spaces(label), value, i, pos, m.end(), heading=heading, alt=alt
        )
    m = _WEAK_ARABIC.match(text, pos, layout.ends[i])
    if m is not None:
        return _Candidate("arabic", m.group("v"), int(m.group("v")), i, pos, m.end(), weak=True)
    m = _WEAK_ARTICLE.match(text, pos, layout.ends[i])
    if m is not None:
        label = f"{m.group('word')} {m.group('v')}"
        return _Candidate("article", label, int(m.group("v")), i, pos, m.end(), weak=True)
    return None


_ARTICLE_DEBRIS = regex.compile(r"[„,.'`‘’“”][ \t]+(?=Điều|ĐIỀU)")
_DEBRIS_MARKS = frozenset("„,.'`‘’“”")
_WORDED = frozenset({"part", "chapter", "section", "article"})  # their patterns' "word" group
# A superset of the lines _candidate accepts: one of the label patterns matches after the
# line's spaces (those str.lstrip removes: \s and the information separators).
_LABEL_HEAD = regex.compile(
    r"\n(?:[^\S\n]|[\x1c-\x1f])*(?:"
    + _ARTICLE_DEBRIS.pattern
    + r")?(?:"
    + "|".join(
        regex.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)
        for pattern in [*(p for _, p in _LEVELS), _WEAK_ARABIC, _WEAK_ARTICLE]
    )
    + ")",
    regex.MULTILINE,  # "$" at the end of each line, as at the end of the line read alone
)


def _sequence(cands: list[_Candidate], level: str) -> list[_Candidate]:
    same = [c for c in cands if c.level == level]
    if level == "article" and any(not c.weak for c in same):
        same = [c for c in same if not c.weak]  # labelled with dots, the others cite
    if level == "arabic" and any(c.level in ("arabic", "letter") and not c.alt for c in cands):
        # "1/ …" under "2." or "a)" numbers a sub-list: only alone do such labels count.
        same = [c for c in same if not c.alt]
    # A label without its dot stands aside for the next label with its dot when that has the
    # same number: "2 Nghị định số …" is a page's footnote before "2. Khó khăn, vướng mắc"
    # (but "2 Nội dung" before "3." and its sub-list "1.", "2." is item 2).
    next_strong: list[_Candidate | None] = [None] * len(same)
    ahead: _Candidate | None = None
    for k in range(len(same) - 1, -1, -1):
        next_strong[k] = ahead
        if not same[k].weak:
            ahead = same[k]
    picked: list[_Candidate] = []
    value = 0  # the number the last label picked stands for
    for k, c in enumerate(same):
        if c.value == value + 1:
            if c.weak and (
                (not picked and level != "article")
                or ((nxt := next_strong[k]) is not None and nxt.value == c.value)
            ):
                continue
            picked.append(c)
            value = c.value
        elif k and same[k - 1] is (picked[-1] if picked else None) and _numbered_twice(same, k):
            # A section heading numbered twice by mistake ("II. ĐỐI TƯỢNG …" / "II. NỘI DUNG
            # …" / "IV. …"): it stands for the next number.
            picked.append(c)
            value += 1
        elif picked and same[k - 1] is picked[-1] and _number_lost(same, k, value):
            # OCR lost a label ("1." … "3.", "4.", …, no "2." anywhere): the list goes on.
            picked.append(c)
            value = c.value
    if level == "article" and len(picked) < 2 and picked and picked[0].weak:
        return []  # one article label without its dot is a citation opening a line
    return picked


_AFTER_A_LOST_LABEL = 3  # labels going on from one that skipped a number


def _number_lost(same: list[_Candidate], k: int, value: int) -> bool:
    """``same[k]``, dotted, skips one number after ``value`` that no label anywhere has, and
    the next labels go on from it, three at least: a list, not a quoted text's clauses ("3.",
    "4." of an article cited inside item 1)."""
    c = same[k]
    run = same[k + 1 : k + 1 + _AFTER_A_LOST_LABEL]
    return (
        c.value == value + 2
        and not c.weak
        and len(run) == _AFTER_A_LOST_LABEL
        and all(o.value == c.value + n and not o.weak for n, o in enumerate(run, 1))
        and all(o.value != value + 1 for o in same)
    )


def _numbered_twice(same: list[_Candidate], k: int) -> bool:
    """``same[k]`` repeats the label of the heading before it by mistake: both are headings in
    capitals with different texts, and the next label, if any, skips the repeated number
    (a part restarting at "I." or a heading printed twice is no mistake)."""
    c, before = same[k], same[k - 1]
    if not (c.heading and before.heading) or c.value != before.value or c.heading == before.heading:
        return False
    return k + 1 >= len(same) or same[k + 1].value == c.value + 2


# The closing sentence after the last item ("Trên đây là Kế hoạch …", "Nhận được công văn này,
# …") is the text's, not the item's: it opens a line after one that ended a sentence.
# (From the line break: a pattern opening on "^" is tried at every character, 4x the cost.)
_CLOSING = regex.compile(
    r"\n[ \t]*(?:"
    + "|".join(
        r"[ \t]+".join(regex.escape(word) for word in phrase.split())
        for phrase in vocab.CLOSING_SENTENCES
    )
    + r")(?![\p{L}\p{N}])",
    regex.I,
)
_SENTENCE_ENDS = frozenset('.;!?"”…')  # not ")": "(theo mẫu đính kèm)" / "Nhận được …" goes on
# The closing sentence's paragraph ends as a sentence, and at most a page's trailer ("Đính kèm",
# "Tải file đầy đủ bên dưới") follows it to the item's end; a list under it ("… lưu ý các nội
# dung sau:" / "a) …") or more paragraphs make it the item's own text.
_CLOSING_REACH = 600
_TRAILER_CHARS = 120
_PARAGRAPH_END = regex.compile(r"\n[ \t]*\n")
_LISTED_LINE = regex.compile(r"\n[ \t*_]*(?:[-–—+•]|[a-zđ]\)|\d{1,2}[.)]|[IVX]{1,4}\.)[ \t]+\S")
_RULE_ABOVE = regex.compile(r"\n[ \t]*[-*_=]{3,}[ \t]*$")
# Articles hold their last words, under a chapter or a part too ("Chương II" / "Điều 3. …").
_ARTICLE_LINE = regex.compile(r"(?:^|\n)[ \t*_#]*Điều[ \t]+\d")


def _closing_sentence(text: str, start: int, end: int) -> int | None:
    """Where a closing sentence opens in ``text[start:end]``, not on its first line."""
    first_line = text.find("\n", start, end)
    if first_line < 0:
        return None
    for match in _CLOSING.finditer(text, max(first_line, end - _CLOSING_REACH), end):
        # (the item is read for articles only once a phrase is found: most texts have none)
        if _ARTICLE_LINE.search(text, start, end):
            return None
        opens = match.start() + 1
        if not _ends_a_sentence(text, start, match.start()):
            continue  # the line above goes on into it
        gap = _PARAGRAPH_END.search(text, opens, end)
        stop = gap.start() if gap else end
        if (
            not text[opens:stop].rstrip().endswith((".", "!", ")"))
            or end - stop > _TRAILER_CHARS
            or _LISTED_LINE.search(text, opens, end)
        ):
            continue
        return opens
    return None


def _ends_a_sentence(text: str, start: int, pos: int) -> bool:
    """The text before ``pos`` (from ``start``) ends a sentence, a ruler line passed over."""
    while True:
        before = pos
        while before > start and text[before - 1].isspace():
            before -= 1
        rule = _RULE_ABOVE.search(text, start, before)
        if rule is None:
            return before > start and text[before - 1] in _SENTENCE_ENDS
        pos = rule.start()


def find_directives(layout: Layout, start: int, stop: int) -> list[Directive]:
    """The top-level numbered items on lines ``[start, stop)`` (spans in cleaned offsets)."""
    cands = _candidates(layout, start, stop)
    for level, _ in _LEVELS:
        items = _sequence(cands, level)
        if items and all(c.weak for c in items) and level == "article":
            # Articles without their dots count only after the enacting line ("QUYẾT ĐỊNH:").
            lo = layout.starts[start]
            if not _ENACTING.search(layout.text, max(lo, items[0].start - 400), items[0].start):
                items = []
        if items:
            break
    else:
        return []
    end_of_body = layout.ends[stop - 1] if stop > start else layout.starts[start]
    out = []
    for k, item in enumerate(items):
        end = items[k + 1].start if k + 1 < len(items) else end_of_body
        if k + 1 == len(items) and level != "article":
            # An article holds its own last words ("Quyết định này có hiệu lực …").
            end = _closing_sentence(layout.text, item.text_start, end) or end
        body = layout.trim(item.text_start, end)
        lines = body.text.split("\n")
        heading = _first_paragraph(lines)
        first_line = " ".join(heading)
        lead = find_lead(first_line)
        if lead is None and len(heading) < len(lines):
            lead = _group_heading(first_line)
        text = join_body_lines(lines)
        out.append(
            Directive(label=item.label, text=text, lead=lead, span=Span(item.start, body.end))
        )
    return out


_GROUP_WORDS = ("Các", "Những")
_GROUP_OPENING = regex.compile(r"(?:Các|Những)[ \t]+")


def _opens_group(text: str) -> bool:
    """``text`` opens with a group: "Các cơ sở KCB …", "Các Sở Xây dựng …"."""
    if not text.startswith(_GROUP_WORDS):
        return False  # most texts: a literal rules them out, where a pattern costs a call
    m = _GROUP_OPENING.match(text)
    return m is not None and (text[m.end() : m.end() + 1].islower() or starts_unit(text[m.end() :]))


_GROUP_UNITS = frozenset(tuple(u.split()) for u in vocab.GROUP_UNITS)
_GROUP_UNIT_WORDS = max(len(u) for u in _GROUP_UNITS)


_HAS_DUTY = regex.compile(r"[ \t]+có[ \t]+trách[ \t]+nhiệm[ \t]*:?[ \t]*$")


def _group_heading(heading: str) -> str | None:
    """An item headed by the group it addresses: "3. Các cơ sở KCB trên địa bàn Thành phố".

    Only a heading standing alone (its own paragraph), short and without a verb, counts.
    """
    if not heading.startswith(_GROUP_WORDS):
        return None  # (the duty cut below leaves the heading's first words)
    # "Các đơn vị cấp nước … có trách nhiệm:" names the group before its duty.
    heading = _HAS_DUTY.sub("", heading)
    words = heading.split()
    if not _opens_group(heading) or len(words) > 15 or heading.rstrip().endswith((".", ";")):
        return None
    if any(_stop_at(words, k) for k in range(len(words))):
        return None
    return strip_separators(heading) or None


# A point opens a line under an item's heading without going on with it: "a)", "1.1.".
_POINT = regex.compile(r"(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})+)[).][ \t]")
_UNIT_HEADING_WORDS = 10
_GOES_ON = frozenset({"các", "và", "của", "với", "-", "–"})


def _opens_with_duty(line: str) -> bool:
    """``line`` opens, in a capital, with what a unit is asked to do ("Chủ trì, phối hợp …",
    "Giao các sở …") or with another unit ("Công an tỉnh phối hợp …"), not with more of a
    name ("Nông thôn chủ trì …", "Phủ Lý và …")."""
    if not line[:1].isupper():
        return False
    if starts_unit(line):
        return True
    words = [w.group() for w in _tokens(line[:1].lower() + line[1:], 0, 4)]
    return bool(words) and (_stop_at(words, 0) or _handover_at(words, 0) > 0)


def _repeats_head(heading: str, line: str) -> bool:
    """``line`` opens with the two words ``heading`` opens with: no name repeats its head
    ("Thanh tra tỉnh" / "Thanh tra việc chấp hành …")."""
    first = heading.split()[:2]
    return len(first) == 2 and line.split()[:2] == first


def _unit_alone(lines: list[str]) -> bool:
    """``lines`` name one unit, or a group of units, and nothing more: a heading ("6. Sở Tài
    chính", "2. Các sở quản lý …"), the sentence under it ("Chủ trì, phối hợp …") its own."""
    heading = " ".join(lines)
    words = heading.split()
    if not 2 <= len(words) <= _UNIT_HEADING_WORDS or words[-1] in _GOES_ON:
        return False  # "Sở" / "Công Thương …", "Thường trực HĐND, các" / "Ban …": one name
    return find_lead(heading) == strip_separators(heading) or _group_heading(heading) is not None


def _first_paragraph(item_lines: list[str], limit: int = 3) -> list[str]:
    """The first lines of an item up to a blank line, a bullet, a point or a new sentence
    (wrapped headings); a page's number among them is left out."""
    lines: list[str] = []
    for line in item_lines:
        stripped = line.strip()
        if not stripped or (lines and stripped[:1] in "-+•*–"):
            break
        if lines and stripped.isdigit():
            continue  # a page's number printed under the heading
        if lines and (
            _POINT.match(stripped)
            or (
                (_opens_with_duty(stripped) or _repeats_head(lines[0], stripped))
                and _unit_alone(lines)
            )
        ):
            break
        lines.append(stripped)
        if len(lines) == limit:
            break
    return lines


_INTRO = regex.compile(
    r"(?:Giao(?:[ \t]+cho)?|Đề nghị|Yêu cầu|Phân công|(?:Ủy|Uỷ)[ \t]+quyền[ \t]+cho)[ \t]*:?[ \t]+"
)
# The words these patterns open with: most texts open with none, ruled out without a call.
_INTRO_WORDS = ("Giao", "Đề nghị", "Yêu cầu", "Phân công", "Ủy", "Uỷ")
_TITLES = vocab.lead_title_pattern()
_TITLE = regex.compile(_TITLES + r"(?:[ \t]+|$)")
_TITLE_WORDS = ("Phó", *(title.split()[0] for title in vocab.LEAD_TITLES))
# Offices listed one after another: "Chánh Văn phòng …; Giám đốc các Sở …".
_OFFICE_LIST = regex.compile(r"[,;][ \t]*(?:và[ \t]+)?" + _TITLES + r"(?:[ \t]|$)")
_OFFICE_LIST_REACH = 200
_WORD = regex.compile(r"[^\s,;:()]+|[,;:()]")


def _tokens(text: str, pos: int, count: int) -> list[regex.Match[str]]:
    """The first ``count`` words and marks of ``text`` from ``pos``."""
    # (`regex` would release the GIL for each, which costs more than reading a word)
    return list(islice(_WORD.finditer(text, pos, concurrent=False), count))


_NOT_UNIT_WORDS = 6  # the words of a head's phrase vocab.is_not_unit reads


def _unit_head(words: list[str], k: int) -> bool:
    """True when a unit name (``Sở …``, ``UBND …``) starts at word ``k``."""
    for head, needs_cap in _HEADS_BY_FIRST.get(words[k], ()):
        n = len(head)
        if words[k : k + n] != head:
            continue
        if vocab.is_not_unit(" ".join(words[k : k + _NOT_UNIT_WORDS])):
            return False
        if needs_cap:
            nxt = words[k + n] if k + n < len(words) else ""
            return nxt[:1].isupper()
        return True
    return False


# Unit heads by their first word, longest first: most words start none, and are ruled out
# by one look-up.
_HEADS_BY_FIRST: dict[str, list[tuple[list[str], bool]]] = {}
for _head, _needs_cap in vocab.UNIT_HEADS:
    _HEADS_BY_FIRST.setdefault(_head.split()[0], []).append((_head.split(), _needs_cap))


def _in_head(words: list[str], k: int) -> bool:
    """Word ``k`` is inside a unit head of several words that starts before it ("Ban chỉ
    đạo", "Bộ phận tiếp nhận")."""
    for j in range(max(0, k - 3), k):
        for head, _ in _HEADS_BY_FIRST.get(words[j], ()):
            if j + len(head) > k and words[j : j + len(head)] == head:
                return True
    return False


def starts_unit(text: str) -> bool:
    """True when ``text`` begins with a unit's name (``Sở Y tế``, ``UBND tỉnh``, ``Công an``)."""
    if _first_word(text) not in _HEADS_BY_FIRST:
        return False  # most texts, ruled out without reading their words
    words = [w.group() for w in _tokens(text, 0, 8)]
    return bool(words) and _unit_head(words, 0)


# An item's topic before its colon: "Về mua sắm: giao Sở Tài chính …", "Trường hợp phát hiện
# ca bệnh: Sở Y tế chủ trì …". The unit in charge follows it.
_TOPIC = regex.compile(r"(?:Về|Đối với|Trường hợp)[ \t][^:;.\n]{1,150}?:[ \t]+(?=\S)")
_TOPIC_WORDS = ("Về", "Đối với", "Trường hợp")


def after_topic(text: str) -> str:
    """``text`` without the topic that opens it ("Về mua sắm: "), its next word capitalised as
    a sentence's first ("giao Sở …" → "Giao Sở …"); ``text`` itself when there is none."""
    m = _TOPIC.match(text) if text.startswith(_TOPIC_WORDS) else None
    if m is None:
        return text
    rest = text[m.end() :]
    return rest[:1].upper() + rest[1:]


# The first words a lead is read after: a topic's (_TOPIC), a hand-over's (_INTRO), an office's
# (_TITLE), a group's (_GROUP_OPENING) or a unit's own. Most items open with none of them (with a
# verb) and are ruled out by one look-up, their text unread.
_OPENERS = frozenset(
    {"Về", "Đối", "Trường", "Giao", "Đề", "Yêu", "Phân", "Ủy", "Uỷ", "Các", "Những", "Phó"}
    | {title.split()[0] for title in vocab.LEAD_TITLES}
    | set(_HEADS_BY_FIRST)
)
_FIRST_WORD_CHARS = max(map(len, _OPENERS)) + 1  # an opener and what ends it
_MARKS_AS_SPACES = str.maketrans(",;:()", "     ")  # what ends a word for _WORD


def _first_word(text: str) -> str:
    """The first word of ``text`` as _WORD reads it when that is one of _OPENERS, else a word
    that is none of them either (str.split also breaks at the information separators, which
    _WORD reads as a word's and no opener holds)."""
    words = text.lstrip()[:_FIRST_WORD_CHARS].translate(_MARKS_AS_SPACES).split(None, 1)
    return words[0] if words else ""


def may_lead(text: str) -> bool:
    """False when :func:`find_lead` reads no lead from ``text``, or from any text opening with
    the same word: its first word opens neither a unit's name nor any phrase a lead follows."""
    return _first_word(text) in _OPENERS


def find_lead(text: str) -> str | None:
    """The unit a numbered item puts in charge, when its first words name one."""
    if not may_lead(text):
        return None
    rest = after_topic(text)
    if rest is not text:
        # After a topic ("Về địa điểm: UBND xã …", "Về thành phần: Sở Y tế, …") a unit leads
        # only when it is given the task or a duty follows its name.
        lead = _lead(rest)
        if lead is None or _intro(rest) or _duty_after(rest, lead):
            return lead
        return None
    return _lead(text)


def _intro(text: str) -> regex.Match[str] | None:
    """The words handing ``text``'s task over ("Giao", "Đề nghị:") that open it."""
    return _INTRO.match(text) if text.startswith(_INTRO_WORDS) else None


def _title(text: str, pos: int) -> regex.Match[str] | None:
    """The office ("Giám đốc", "Phó Chủ tịch") named at ``pos``."""
    return _TITLE.match(text, pos) if text.startswith(_TITLE_WORDS, pos) else None


def _duty_after(text: str, lead: str) -> bool:
    """A duty ("chủ trì", "tiếp tục" …) follows ``lead`` where ``text`` names it."""
    text = collapse_spaces(text)
    at = text.find(lead)
    if at < 0:
        return False
    words = [w.group() for w in _tokens(text, at + len(lead), 4)]
    return bool(words) and _stop_at(words, 0)


def _lead(text: str) -> str | None:
    m = _intro(text)
    text = text[m.end() :] if m else text
    title = _title(text, 0)
    if title is not None and text.startswith("các ", title.end()):
        return _offices_of_many(text, title.end())
    if title is not None and starts_unit(text[title.end() :]):
        # "Giám đốc Sở Y tế chỉ đạo …": the office's unit leads; but "Chánh Văn phòng …, Giám
        # đốc các Sở …" names several offices (who carry out a decision), and "Giám đốc Sở,
        # Thủ trưởng …" no unit.
        if _OFFICE_LIST.search(text, title.end(), _OFFICE_LIST_REACH):
            return None
        lead, listed = _read_lead(text[title.end() :])
        if lead is None or " " not in lead or listed:
            return None
        if not collapse_spaces(text[title.end() : title.end() + 2 * len(lead)]).startswith(lead):
            return lead  # handed over: "Chủ tịch UBND tỉnh giao nhiệm vụ cho Giám đốc Sở …"
        # The office is named with its unit ("Chủ tịch UBND các xã", "Giám đốc Sở Y tế"), as
        # printed: the one who must act is the office's holder.
        return collapse_spaces(text[: title.end()]) + " " + lead
    lead = _read_lead(text)[0]
    return lead if lead is not None else _group_lead(text)


def _group_lead(text: str) -> str | None:
    """ "Các huyện tổ chức …": a group of units of one kind, named in a few words before what
    it must do, leads."""
    if not _opens_group(text):
        return None
    found = _tokens(text, 0, _GROUP_UNIT_WORDS + 4)
    words = [w.group() for w in found]
    # The kind of unit, and a duty right after it: "Các huyện tổ chức …", "Các đơn vị tiếp
    # tục …"; not "Các trường hợp vi phạm phải …", "Các phòng học bộ môn được …".
    for n in range(_GROUP_UNIT_WORDS, 0, -1):
        k = 1 + n
        if (
            tuple(words[1:k]) in _GROUP_UNITS
            and k < len(words)
            and _stop_at(words, k)
            and words[k] not in _NOT_DUTIES
            and words[k + 1 : k + 3] != ["liên", "quan"]
        ):
            return collapse_spaces(text[: found[k - 1].end()])
    return None


# Stops that end a unit's name but give no duty after a group ("Các đơn vị có liên quan …",
# "Các xã đã …"): the group is described, not put in charge.
_NOT_DUTIES = frozenset(
    {"có", "được", "đã", "là", "sẽ", "đang", "mà", "với", "theo", "để", "trong", "tại", "về"}
)


_MANY_WORDS = 10
_MANY_UNIT_WORDS = 5  # "các" and the units' kind: "các trường trung học cơ sở"
# Verbs that end "<office> các <units>" for sure; others ("kiểm tra", "chỉ đạo", "tại") may be
# words of the units' name ("Trưởng các đoàn kiểm tra …").
_MANY_STOPS = [
    s.split()
    for s in ("chịu trách nhiệm", "có trách nhiệm", "phải", "chủ trì", "bố trí", "cần", "tiếp tục")
]


def _offices_of_many(text: str, pos: int) -> str | None:
    """ "Hiệu trưởng các trường học phải …": the office in every unit of a kind leads, named
    whole; a list ("Thủ trưởng các cơ quan, đơn vị …") names none."""
    found = _tokens(text, pos, _MANY_WORDS)
    words = [w.group() for w in found]
    for k in range(1, len(words)):
        if words[k] in (",", ";", ":", "(", ")", "và"):
            return None
        if words[k][:1].isdigit() or k > _MANY_UNIT_WORDS:
            return None  # "… các đơn vị nêu tại Điều 1", "… các trường có học sinh bán trú"
        if any(words[k : k + len(s)] == s for s in _MANY_STOPS):
            return collapse_spaces(text[: found[k - 1].end()]) if k > 1 else None
    return None


def _read_lead(text: str) -> tuple[str | None, bool]:
    """The unit ``text`` opens with, and whether other offices or units are listed after it."""
    if _first_word(text) not in _HEADS_BY_FIRST:
        return None, False  # most items open with a verb, not a unit: no need to read further
    # A lead is at most 15 words long; the words after the first few dozen never decide it.
    # They are read one at a time, _READ_AHEAD ahead of word k: most leads end within a few.
    scan = _WORD.finditer(text, concurrent=False)
    found = list(islice(scan, 1 + _READ_AHEAD))
    words = [w.group() for w in found]
    if not words or not _unit_head(words, 0):
        return None, False
    listed = False
    k = 0
    while (k := k + 1) < len(words):
        if len(found) < _LEAD_WINDOW and (more := next(scan, None)) is not None:
            found.append(more)
            words.append(more.group())
        w = words[k]
        if w in (":", "(", ")"):
            cut = k
            break
        if w in (",", ";", "và"):
            # Another unit or office after it: a list ("Sở Y tế, Sở Tài chính …").
            listed = k + 1 < len(words) and bool(
                _unit_head(words, k + 1) or _title(text, found[k + 1].start())
            )
            if listed or w == ";":
                cut = k
                break
        handover = _handover_at(words, k)
        if handover:
            # "Hội đồng nhân dân tỉnh giao cho UBND tỉnh …", "Bộ Y tế đề nghị BHXH Việt Nam
            # chỉ đạo …": the unit given the task leads.
            rest = k + handover
            if rest < len(words) and (_unit_head(words, rest) or _title(text, found[rest].start())):
                return find_lead(text[found[rest].start() :]), False
        if _stop_at(words, k) and not _in_head(words, k):
            # "… Ban chỉ đạo phòng thủ dân sự": the verb is a word of the unit's name.
            cut = k
            break
        if w == "giao" and words[k + 1 : k + 3] == ["nhiệm", "vụ"]:
            cut = k  # "Chủ tịch UBND tỉnh giao nhiệm vụ …": handing over to no unit
            break
    else:
        cut = len(words)  # (all the window's words read)
    if cut > 15:
        return None, listed
    lead = strip_separators(collapse_spaces(text[: found[cut - 1].end()]))
    return lead or None, listed


_LEAD_WINDOW = 40
# Words by which one unit hands a task to the next: the unit after them leads.
_HANDOVERS = (
    ["giao", "nhiệm", "vụ", "cho"],
    ["giao", "nhiệm", "vụ"],
    ["giao", "cho"],
    ["giao"],
    ["đề", "nghị"],
    ["yêu", "cầu"],
)
_HANDOVER_FIRST = frozenset(p[0] for p in _HANDOVERS)
_NOT_HANDOVER_AFTER = frozenset({"sơ", "theo", "ứng", "của"})


def _handover_at(words: list[str], k: int) -> int:
    """How many words of a hand-over phrase ("giao cho", "đề nghị") start at word ``k``."""
    if words[k] not in _HANDOVER_FIRST:
        return 0  # most words: asked for every word of a lead
    if k and words[k - 1] in _NOT_HANDOVER_AFTER:
        return 0  # "hồ sơ đề nghị", "theo đề nghị", "đáp ứng yêu cầu": a noun, not a hand-over
    for phrase in _HANDOVERS:
        if words[k : k + len(phrase)] == phrase:
            return len(phrase)
    return 0


_STOPS: dict[str, list[list[str]]] = {}
for _stop in vocab.LEAD_STOPS:
    _STOPS.setdefault(_stop.split()[0], []).append(_stop.split())

# How far past word k _read_lead's looks at it read: a hand-over's words, then a unit's head and
# the words after it (_unit_head), or a stop's words; those before k are read already.
_HEAD_WORDS = max(len(head) for heads in _HEADS_BY_FIRST.values() for head, _ in heads)
_READ_AHEAD = max(
    max(map(len, _HANDOVERS)) + max(_NOT_UNIT_WORDS - 1, _HEAD_WORDS),
    max(len(stop) for stops in _STOPS.values() for stop in stops) - 1,
)


_COMPOUNDS: dict[tuple[str, ...], list[list[str]]] = {}
for _before, _stop in vocab.LEAD_COMPOUNDS:
    _COMPOUNDS.setdefault(tuple(_stop.split()), []).append(_before.split())


def _stop_at(words: list[str], k: int) -> bool:
    """A phrase that ends a unit's name (a verb such as "chủ trì") starts at word ``k``, and
    is no part of a compound noun ("công trình", "đầu tư xây dựng")."""
    for s in _STOPS.get(words[k], ()):
        if words[k : k + len(s)] == s:
            # As printed: "Sở Kế hoạch và Đầu tư xây dựng kế hoạch": the name ends in capitals.
            return not any(
                k >= len(b) and words[k - len(b) : k] == b for b in _COMPOUNDS.get(tuple(s), ())
            )
    return False
