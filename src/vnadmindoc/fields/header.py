"""The heading of a document: stamp, issuer, motto, số/ký hiệu, place and date,
title and trích yếu, urgency/secrecy marks and the ``Kính gửi`` block.

Headings are laid out in two columns; text exports and OCR deliver them in
any order (left column first, merged lines, tables read row by row).  The
reader therefore works from the anchors found by :mod:`vnadmindoc.segment`
and classifies the rest of each heading line around them.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import NamedTuple

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.fields.closing import is_position
from vnadmindoc.fields.codes import make_code, match_code
from vnadmindoc.fields.dates import date_at, find_place, make_date
from vnadmindoc.fields.page_title import (
    PageTitle,
    read_announced_type,
    read_page_title,
    read_type_title,
)
from vnadmindoc.fields.recipients import BULLET, is_bullet, split_entries
from vnadmindoc.fields.subject import subject_text
from vnadmindoc.layout import Layout, Piece
from vnadmindoc.model import (
    DocumentCode,
    Issuer,
    Motto,
    PartialDate,
    ReceiptStamp,
    Recipient,
    Secrecy,
    Span,
    Urgency,
)
from vnadmindoc.segment import (
    HALF_KINH_GUI,
    KINH_ALONE,
    KINH_GUI,
    KINH_GUI_ANYWHERE,
    MOTTO_PARTY,
    MOTTO_STATE,
    NUMBER_AT,
    RULE_LINE,
    TRAILING_RULE,
    VV,
    Anchor,
    Cluster,
    cites_an_act,
    is_noise_line,
    noi_nhan,
)
from vnadmindoc.text import (
    NON_SPACE,
    collapse_spaces,
    fold,
    has_letter,
    is_upper_text,
    letter_ratio,
    separator_bounds,
    strip_separators,
)
from vnadmindoc.vocab import BODY_START

__all__ = ["Header", "read_header"]


@attrs.define
class Header:
    """What the heading gives, with the cleaned ranges each part used."""

    received: ReceiptStamp | None = None
    issuer: Issuer | None = None
    motto: Motto | None = None
    code: DocumentCode | None = None
    place: str | None = None
    date: PartialDate | None = None
    title: str | None = None
    subject: str | None = None
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    addressees: list[Recipient] = attrs.Factory(list)
    spans: dict[str, tuple[int, int]] = attrs.Factory(dict)
    used: list[tuple[int, int]] = attrs.Factory(list)
    end: int = 0
    """Index of the first line after the heading."""
    lead_in: tuple[int, int] | None = None
    """The body's opening text flattened onto the heading's last line, if any."""
    enacted: bool = False
    """The trích yếu stands over an enacting authority's line (a decision or resolution)."""
    telegram: bool = False
    """The addressees follow a telegram's "điện:" label."""

    def use(self, start: int, end: int) -> None:
        if end > start:
            self.used.append((start, end))


_GAP = regex.compile(r"[ \t]{3,}")
# A token mixing letters and digits ("T1PT", "BBTCHQ-TXNK8") is OCR debris or a code, not a name.
_CODE_LIKE = regex.compile(r"(?:\p{L}\p{N}|\p{N}\p{L})")
_NUMBER_START = regex.compile(r"(?<![\p{L}\p{N}])\p{N}")
_STAMP_WORD = regex.compile(r"(?<![\p{L}])DEN(?![\p{L}])")
_STAMP_NUMBER = regex.compile(r"s[oô]\s*(?:den)?\s*[:.]?\s*(\d{1,7})\b", regex.IGNORECASE)
_STAMP_DATE = regex.compile(
    r"ngay\s*(?:den)?\s*[:.]?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})", regex.IGNORECASE
)
_STAMP_FIELD = regex.compile(
    r"[ \t]*(?:s[oô]|ngay|chuyen|gio|luu\s+ho\s+so|so\s+va\s+ky\s+hieu)\b", regex.IGNORECASE
)
# The stamp's other fields, each a label and a colon: a sentence opening with "Số", "Sở" or
# "Ngày" is no field.
_STAMP_EXTRA = regex.compile(
    r"[ \t]*(?:chuyen|gio|luu[ \t]+ho[ \t]+so(?:[ \t]+so)?|so[ \t]+va[ \t]+ky[ \t]+hieu"
    r"(?:[ \t]+(?:ho[ \t]+so|hs))?)[ \t]*:",
    regex.IGNORECASE,
)
_LATE_BULLET = regex.compile(r".{1,40}?[ \t][-–][ \t]+(?=\p{Lu}.*[;.]\s*$)")
_DETAIL = regex.compile(r"[ \t]*[\p{L}][\p{L} ]{1,24}:[ \t]*\S")
_BASIS_START = regex.compile(
    r"[ \t]*(?:can[ \t]+cu|kinh[ \t]+gui|xet[ \t]+de[ \t]+nghi)\b", regex.I
)


def _pieces(layout: Layout, i: int, cut: list[tuple[int, int]]) -> list[Piece]:
    """Line ``i`` minus the ranges in ``cut``, split at wide gaps between columns."""
    start, end = layout.starts[i], layout.ends[i]
    bounds = [(start, end)]
    # (most of the cut ranges lie on other lines)
    for a, b in sorted(r for r in cut if r[0] < end and r[1] > start):
        nxt = []
        for lo, hi in bounds:
            if b <= lo or a >= hi:
                nxt.append((lo, hi))
                continue
            if a > lo:
                nxt.append((lo, a))
            if b < hi:
                nxt.append((b, hi))
        bounds = nxt
    out = []
    text = layout.text
    for lo, hi in bounds:
        pos = lo
        cell = text[lo:hi]
        if "\t" not in cell and "   " not in cell:
            out.append(layout.trim(lo, hi))  # no gap: a line of one column
            continue
        for gap in _GAP.finditer(text, lo, hi):
            out.append(layout.trim(pos, gap.start()))
            pos = gap.end()
        out.append(layout.trim(pos, hi))
    return [p for p in out if p.text]


# A people's council or committee named without its place, the place under it in title case.
_BARE_COUNCIL = regex.compile(r"[ \t*]*(?:U[YỶ][ \t]+BAN|HOI[ \t]+DONG)[ \t]+NHAN[ \t]+DAN[ \t*]*")
_PLACE_IN_TITLE_CASE = regex.compile(
    # ("Xã Hội Chủ Nghĩa" is the quốc hiệu's line, wrapped)
    r"[ \t*]*(?:Tỉnh|Huyện|Quận|Thị[ \t]+xã|Thành[ \t]+phố|Xã(?![ \t]+Hội\b)|Phường|Thị[ \t]+trấn)"
    r"(?:[ \t]+(?:-[ \t]+)?\p{Lu}\p{Ll}*){1,3}[ \t*]*"
)
_YOUTH_UNION = regex.compile(
    r"[ \t]*DOAN[ \t]+(?:TNCS|THANH[ \t]+NIEN[ \t]+CONG[ \t]+SAN)[ \t]+HO[ \t]+CHI[ \t]+MINH[ \t]*"
)
# The central committee's name ends so ("BAN CHẤP HÀNH TRUNG ƯƠNG", "… TW", "… T.Ư", "BAN BÍ THƯ
# TRUNG ƯƠNG ĐOÀN").
_CENTRAL_END = regex.compile(r"(?:TRUNG[ \t]+UONG(?:[ \t]+DOAN)?|TW|T\.?[ \t]?U)[ \t.]*$")
_YOUTH_UNIT = regex.compile(r"(?<![\p{L}])DOAN(?![\p{L}])")


def _youth_unit(folded: str) -> bool:
    """``folded`` names a Đoàn unit below the centre ("TỈNH ĐOÀN KON TUM", "BCH ĐOÀN HUYỆN …")."""
    return _YOUTH_UNIT.search(folded) is not None and not _CENTRAL_END.search(folded)


# A PDF's page footer glued to the first line ("Trang 1UBND TỈNH …"), or a web page's list
# number before a flattened heading ("1. BỘ NỘI VỤ VIỆT NAM DÂN CHỦ CỘNG HÒA …").
_PAGE_GLUED = regex.compile(
    r"[ \t]*Trang[ \t]*\d{1,3}(?=\p{Lu}\p{Lu})|[ \t]*\d{1,2}\.[ \t]+(?=\p{Lu}{2,}[ \t]+\p{Lu}{2,})"
    # A scan's specks before the cell, a figure and a quote mark: "6“ BỘ TÀI CHÍNH" (a figure
    # alone is a name's: "TRƯỜNG THPT SỐ" / "2 BẢO THẮNG").
    r"|[ \t]*\d[“”„\"'‘’`][ \t]+(?=\p{Lu}{2,}[ \t]+\p{Lu}{2,})"
    # A web page's list bullet, its tabs flattened onto the heading: "• TÒA ÁN NHÂN DÂN TỐI CAO".
    r"|[ \t]*[•●▪◦][ \t]+(?=\p{Lu}{2,}[ \t]+\p{Lu}{2,})"
    # A footnote's mark before the cell: "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM".
    r"|[ \t]*\(\d{1,2}\)[ \t]*(?=\p{Lu}{2,}[ \t]+\p{Lu}{2,})"
)


_LINE_COMMA = regex.compile(r"\p{L}[ \t*_]*,[ \t*_]*$")


def _issuer(
    layout: Layout,
    header: Header,
    lines: Iterable[int],
    cut: list[tuple[int, int]],
    anchor_lines: set[int],
) -> None:
    """Find the issuer block: upper-case lines of the left column above the number line."""
    runs: list[list[Piece]] = [[]]
    preferred: int | None = None
    for i in lines:
        for k, piece in enumerate(_pieces(layout, i, cut)):
            text = piece.text
            if RULE_LINE.fullmatch(text) or not has_letter(text):
                continue
            page = _PAGE_GLUED.match(text)
            if page is not None:
                # A PDF's page footer read onto the heading's first line: "Trang 1UBND TỈNH …".
                piece = layout.trim(piece.start + page.end(), piece.end)
                text = piece.text
            rule = TRAILING_RULE.search(text)
            if rule is not None:
                # The cell's ruler left on its line: "BỘ Y TẾ --------".
                piece = layout.trim(piece.start, piece.start + rule.start())
                text = piece.text
            if _YOUTH_UNION.fullmatch(fold(text)) and (
                k or (runs[-1] and _youth_unit(fold(runs[-1][-1].text)))
            ):
                # The Đoàn's name heads its documents' right column, as a motto would: beside
                # the issuer on its line, or under a Đoàn unit's cell ("BCH ĐOÀN HUYỆN ĐĂK HÀ"
                # / "***" / "ĐOÀN TNCS HỒ CHÍ MINH"), which it does not belong to. The central
                # committee's name goes on with it ("TRUNG ƯƠNG" / "ĐOÀN TNCS …"), as a
                # university's does ("ĐẠI HỌC QUỐC GIA HÀ NỘI" / "ĐOÀN TNCS …").
                continue
            caps = None if is_upper_text(text) else _caps_after_sentence(text)
            if caps is not None:
                # A page's title sentence glued before the heading's first cell: "Công văn
                # 296/BHXH-CSYT năm 2021 … ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------".
                piece = layout.trim(piece.start + caps[0], piece.start + caps[1])
                text = piece.text
            if (
                is_upper_text(text)
                and (
                    (not _CODE_LIKE.search(text) and letter_ratio(text) >= 0.7)
                    or _numbers_act_above(runs[-1], text)
                )
                and vocab.mark_for(text) is None
                and vocab.kind_from_title(text) is None
                and not _STAMP_WORD.search(fold(text))
            ):
                runs[-1].append(piece)
                if i in anchor_lines and preferred is None:
                    preferred = len(runs) - 1
            elif (
                runs[-1]
                and _PLACE_IN_TITLE_CASE.fullmatch(text)
                and _BARE_COUNCIL.fullmatch(fold(runs[-1][-1].text))
            ):
                runs[-1].append(piece)  # "UỶ BAN NHÂN DÂN" / "Tỉnh Ninh Bình", typed so
            elif runs[-1]:
                runs.append([])
    runs = [r for r in runs if r]
    if not runs:
        runs = _title_case_run(layout, lines, cut)
        preferred = None
    if not runs:
        return
    run = runs[preferred] if preferred is not None and preferred < len(runs) else runs[-1]
    if len(run) > 1 and _headline_over_cell(run[0].text, run[1].text):
        run = run[1:]
    names = [collapse_spaces(p.text).strip(" *-_“”\"'`,;:()[]") for p in run]
    # A line ending with a dash goes on with the next: joint issuers "SỞ TÀI CHÍNH -" / "SỞ
    # CÔNG THƯƠNG"; the dash is kept between them.
    joined = {  # a set: asked of every line below
        k
        for k in range(len(run) - 1)
        if _JOINED_BY_DASH.search(run[k].text)
        # ending its line: "BỘ TÀI CHÍNH - CỘNG HÒA …" cut before the motto ends no name
        and not layout.text[run[k].end : layout.ends[layout.line_of(run[k].start)]].strip()
        and _dash_joins(names[k], names[k + 1])
    }
    for k in joined:
        names[k] += " -"
    split = previous = 0
    for k in range(1, len(names)):
        if k - 1 in joined:
            continue
        # A line naming a body starts the issuer; a place continues the line above
        # ("ỦY BAN NHÂN DÂN" / "TỈNH ĐIỆN BIÊN"); the longer match decides ("HUYỆN ỦY …").
        # A one-word start ("ỦY" / "BAN NHÂN DÂN …") is a name wrapped, not a parent body.
        above = " ".join(names[split:k])
        if _attached(above) and len(above.split()) <= 5:
            continue  # "BAN CÁN SỰ ĐẢNG" / "UBND TỈNH": one body named after another
        if _NUMBER_START.search(names[k]) and cites_an_act(fold(names[k - 1])):
            continue  # "THEO QUYẾT ĐỊNH" / "SỐ 1050/QĐ-SCT": the act's number, no "SỞ"
        if len(above.split()) >= 2 and (
            _body_head_length(names[k]) > _head_length(names[k], vocab.PLACE_HEADS)
            or (
                _head_length(names[k], vocab.ABBREVIATED_UNITS) > 0
                and _head_length(above, vocab.UNIT_PARENTS) > 0
            )
        ):
            previous, split = split, k
    for k in range(len(run) - 1):
        # A comma ending a line inside a name is the name's: "CỤC ĐỔI MỚI SÁNG TẠO," /
        # "CHUYỂN ĐỔI XANH VÀ" / "KHUYẾN CÔNG".
        if (
            k + 1 != split
            and _LINE_COMMA.search(run[k].text)
            # not before a place ("ỦY BAN NHÂN DÂN," / "TỈNH ĐIỆN BIÊN") or after a bare head
            and not _head_length(names[k + 1], vocab.PLACE_HEADS)
            and not _head_length(names[k + 1], vocab.ORG_HEADS)
            and _head_length(names[k], vocab.ORG_HEADS) < len(fold(names[k]).split())
        ):
            names[k] += ","
    name = " ".join(names[split:])
    # The cơ quan chủ quản is the body named just above; anything higher (another level, or a
    # stamp's text) is not part of the issuer.
    parent = " ".join(names[previous:split]) or None
    if parent is None and split == len(names) - 1:
        parent, name = _flattened_parent(name)
    used = run[previous:]
    if parent is not None and _repeats(parent, name):
        # The name printed twice (a gazette's section head above the document's own, an
        # e-signature's stamp "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"): the parent is the line above
        # the first copy, if any; the first copy stays unplaced.
        top = previous - 1 if previous > 0 else None
        if top is not None and (
            not _head_length(names[top], vocab.ORG_HEADS) or _repeats(names[top], name)
        ):
            top = None  # "VĂN BẢN QUY PHẠM PHÁP LUẬT": the gazette's section, not a body
        parent = names[top] if top is not None else None
        used = ([run[top]] if top is not None else []) + run[split:]
    header.issuer = Issuer(name=name, parent=parent)
    # Lines above the parent stay unused, so that they reach the body rather than vanish.
    header.spans["issuer"] = (used[0].start, run[-1].end)
    for p in used:
        header.use(p.start, p.end)


_CELL_LINE_WORDS = 10


def _headline_over_cell(text: str, below: str) -> bool:
    """``text`` is a page's headline in capitals over the issuer's cell, not its first line:
    longer than a cell's line, naming no body or place, over a line that names one ("QUYÊN
    GÓP ỦNG HỘ CHƯƠNG TRÌNH TÌNH NGUYỆN MÙA ĐÔNG 2019 …" over "TỈNH ĐOÀN KON TUM"). A cell
    of one long line stays ("HIỆP HỘI DOANH NGHIỆP NHỎ VÀ VỪA THÀNH PHỐ HỒ CHÍ MINH")."""
    return len(text.split()) > _CELL_LINE_WORDS and not _names_body(text) and _names_body(below)


def _names_body(text: str) -> bool:
    return bool(
        _head_length(text, vocab.ORG_HEADS)
        or _head_length(text, vocab.PLACE_HEADS)
        or _head_length(text, vocab.PARENT_HEADS)
    )


def _numbers_act_above(run: list[Piece], text: str) -> bool:
    """``text`` numbers the act the run's last line cites: "ĐOÀN KIỂM TRA" / "THEO QUYẾT ĐỊNH"
    / "SỐ 1050/QĐ-SCT" is one cell of the issuer's name."""
    return bool(run) and _NUMBER_START.search(text) is not None and cites_an_act(fold(run[-1].text))


def _body_head_length(line: str) -> int:
    """The length of the body's head ``line`` opens with, folded; 0 when its first word is one
    that folds like a head's but is another ("ĐẠI HỘI" is no "ĐÀI", and goes on a name: "BAN TỔ
    CHỨC" / "ĐẠI HỘI ĐẠI BIỂU …"). OCR garbles diacritics ("TỎNG CỤC THUÊ"), so only those
    words are read with theirs."""
    length = _head_length(line, vocab.SUBORDINATE_HEADS)
    if length:  # most lines open with no head at all: upper-case only those that do
        words = line.upper().split()
        if words[0] in vocab.HEAD_LOOKALIKES and not vocab.printed_head(
            " ".join(words), vocab.PRINTED_BODY_HEADS
        ):
            return 0
    return length


def _opens_with_lookalike_verb(line: str) -> bool:
    """``line`` opens with a word that folds like a body's name: "BỔ SUNG DANH MỤC … CỦA BỘ
    CÔNG THƯƠNG" (a trích yếu) opens with no "BỘ", "BÀN TỈNH BẾN TRE" with no "BAN"."""
    printed = " ".join(line.upper().split())
    return any(printed == v or printed.startswith(v + " ") for v in vocab.VERB_LOOKALIKES)


# A dash touching the name before it, a body's head after it: joint issuers on one line ("BỘ
# TƯ PHÁP-TÒA ÁN NHÂN DÂN TỐI CAO- VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO"); "BÀ RỊA-VŨNG TÀU" joins a
# place's two names.
_JOINT_DASH = regex.compile(r"(?<=\p{Lu})[-–][ \t]*(?=\p{Lu})")


def _flattened_parent(name: str) -> tuple[str | None, str]:
    """A parent body and the issuer flattened onto one line: "BỘ CÔNG THƯƠNG TRƯỜNG ĐẠI HỌC
    ĐIỆN LỰC" → ("BỘ CÔNG THƯƠNG", "TRƯỜNG ĐẠI HỌC ĐIỆN LỰC").

    Heads are matched with their diacritics ("ĐẠI LỘC" and "BẢO LỘC" are places, not "ĐẠI HỌC"
    or "BÁO"); the parent must name itself after its head and not end on a level ("UBND
    HUYỆN"); the lower body's head must be followed by its name, not by another head ("BỘ NỘI
    VỤ CỤC VĂN THƯ …", unless nothing better comes) or a place ("… BIÊN PHÒNG TỈNH").
    """
    words = " ".join(name.upper().split()).split()
    if not 4 <= len(words) <= 24 or not _head_length(name, vocab.PARENT_HEADS):
        return None, name  # two bodies' names are a few words each
    if any(
        vocab.printed_head(" ".join(name[m.end() :].upper().split()), vocab.PRINTED_BODY_HEADS)
        for m in _JOINT_DASH.finditer(name)
    ):
        return None, name  # joint issuers: "BỘ TƯ PHÁP-TÒA ÁN NHÂN DÂN TỐI CAO- VIỆN KIỂM SÁT …"
    printed = name.split()
    weak: int | None = None  # a split whose lower body's head runs into another head
    named: int | None = None  # the last Party committee named after its unit ("ĐẢNG ỦY …")
    named_end = 0
    for k in range(2, len(words) - 1):
        parent = " ".join(words[:k])
        if _head_length(parent, vocab.ORG_HEADS) >= len(fold(parent)):
            continue  # the parent needs a name after its head ("TỔNG CỤC" / "HẢI QUAN …")
        if words[k - 1] in _PRINTED_LEVELS:
            continue  # "UBND HUYỆN" / "ĐẠI LỘC": a level, then its place
        tail = " ".join(words[k:])
        head = vocab.printed_head(tail, vocab.PRINTED_BODY_HEADS)
        if not head:
            continue
        rest = tail[len(head) :].strip()
        committee = vocab.printed_head(tail, vocab.UNIT_NAMED_HEADS)
        if rest and committee and not (named is not None and k < named_end):
            # A Party committee named after the unit it sits in ("ĐẢNG ỦY TRƯỜNG ĐH …",
            # "CHI BỘ XÃ …"): the heads after it are its unit's; the lowest committee signs
            # ("BAN CÁN SỰ ĐẢNG ỦY BAN …" holds no "ĐẢNG ỦY").
            named, named_end = k, k + len(committee.split())
            continue
        if named is not None or not rest or vocab.printed_head(rest, vocab.PRINTED_PLACE_HEADS):
            continue
        if not vocab.printed_head(rest, vocab.PRINTED_BODY_HEADS):
            return " ".join(printed[:k]), " ".join(printed[k:])
        weak = k if weak is None else weak
    if named is not None:
        return " ".join(printed[:named]), " ".join(printed[named:])
    if weak is not None:  # "TỔNG CỤC HẢI QUAN CỤC HẢI QUAN TỈNH …": no better place
        return " ".join(printed[:weak]), " ".join(printed[weak:])
    return None, name


def _title_case_run(
    layout: Layout, lines: Iterable[int], cut: list[tuple[int, int]]
) -> list[list[Piece]]:
    """An issuer typed in sentence case ("Ủy ban nhân dân" / "tỉnh Điện Biên"), when none is
    in upper case: a line opening with a body's name, and the places or bodies that follow."""
    run: list[Piece] = []
    for i in lines:
        for piece in _pieces(layout, i, cut):
            text = piece.text.strip(" *_")
            if not has_letter(text) or RULE_LINE.fullmatch(text):
                continue
            heads = _head_length(text, vocab.ORG_HEADS)
            # "Báo cáo công tác …" is a page's title, not the newspaper ("Báo") it opens with.
            heads = 0 if heads and vocab.kind_from_title(text) else heads
            opens = heads and text[:1].isupper() and letter_ratio(text) >= 0.7
            goes_on = heads or _head_length(text, vocab.PLACE_HEADS)
            if (opens and not run) or (goes_on and run):
                run.append(piece)
            elif run:
                return [run]
    return [run] if run else []


_JOINED_BY_DASH = regex.compile(r"\p{L}[ \t]+[-–][ \t*]*$")


def _dash_joins(first: str, second: str) -> bool:
    """A dash ending ``first`` joins ``second`` to it: a name wrapped at its dash ("BỘ LAO ĐỘNG
    -" / "THƯƠNG BINH VÀ XÃ HỘI") or a joint name ("SỞ TÀI CHÍNH -" / "SỞ CÔNG THƯƠNG", "BỘ CÔNG
    AN -" / "VIỆN KIỂM SÁT …"); not a body under it (``vocab.DASH_CHILDREN``: "BỘ TÀI CHÍNH -" /
    "TỔNG CỤC THUẾ", the dash a ruler's scrap)."""
    above, below = vocab.key(first), vocab.key(second)
    return not any(
        (above == parent or above.startswith(parent + " "))
        and any(below == c or below.startswith(c + " ") for c in children)
        for parent, children in vocab.DASH_CHILDREN.items()
    )


def _attached(name: str) -> bool:
    """``name`` is a body named after the one it sits in; spaces lost by OCR do not matter."""
    key = fold(name).upper().replace(" ", "")
    return any(key.startswith(head.replace(" ", "")) for head in vocab.ATTACHED_HEADS)


_HEAD_WORDS = frozenset(h for h in vocab.PRINTED_ORG_HEADS if " " not in h)


def _head_then_name(entry: str, line: str) -> bool:
    """``entry`` ends with a body's head and ``line`` is its name, wrapped ("… trực thuộc Sở" /
    "Giáo dục và Đào tạo;")."""
    words = entry.split()
    return (
        len(words) >= 2
        and words[-2].lower() in ("thuộc", "của")  # "trực thuộc Sở", "của Bộ"
        and words[-1][:1].isupper()  # "Sở", not "Các trường" (schools)
        and words[-1].upper() in _HEAD_WORDS
        and line.rstrip().endswith(";")  # an entry of the list, not the body's first sentence
        and len(line.split()) <= 8
        and not _head_length(line, vocab.ORG_HEADS)
        and not is_position(line)
        and not _head_length(line, vocab.POSITION_STARTS)  # "Hiệu trưởng các trường …"
        and not _OPENS_ENTRY.match(line)
    )


# A line opening an addressee or the body, not a name's rest: "Ông …", "Các …", "Thực hiện …".
_OPENS_ENTRY = regex.compile(
    r"[ \t]*(?:Ông|Bà|Đồng chí|Đ/c|Các|Những|Lãnh đạo|Thực hiện|Căn cứ|Theo)\b"
)


def _position_then_body(entry: str, line: str) -> bool:
    """``entry`` is a bare position ("Bộ trưởng") and ``line`` names the body it heads."""
    key = fold(entry).upper().strip()
    key = key.removeprefix("PHO ").strip()
    return key in _POSITION_KEYS and _head_length(line, vocab.ORG_HEADS) > 0


_POSITION_KEYS = frozenset(vocab.POSITION_STARTS)


_head_length = vocab.head_length


def _stamp(layout: Layout, header: Header, lines: range, *, below: bool = False) -> None:
    """The incoming stamp: a ``ĐẾN`` line followed by its number and date.

    ``below``: the lines are under the number line, among the trích yếu and the title, where
    "ĐẾN" also joins two dates ("TỪ NGÀY … ĐẾN NGÀY …"): there the stamp's line must open or
    close with the word ("ĐẾN NGÀY 20/10/2010", "CÔNG VĂN ĐẾN") and stand above any title.
    """
    # Most headings have no stamp: one search over all the lines spares asking each for a title.
    if not lines or not _STAMP_WORD.search(
        layout.folded, layout.starts[lines.start], layout.ends[lines.stop - 1]
    ):
        return
    for i in lines:
        folded = layout.folded_line(i)
        if below and _title_of(layout.line(i)):
            return  # a title's second line may be "ĐẾN NĂM 2030" or "ĐẾN NGÀY …"
        if below and VV.match(folded):
            continue  # nor is "V/V BÁO CÁO … TỪ NGÀY … ĐẾN" a stamp
        m = _STAMP_WORD.search(folded)
        if not m or not is_upper_text(layout.line(i)[m.start() : m.end()]):
            continue
        if below and folded[: m.start()].strip(" \t*_|") and folded[m.end() :].strip(" \t*_|:."):
            continue
        block = [i]
        number = date = None
        for j in range(i, min(i + 6, lines.stop)):
            f = layout.folded_line(j)
            if j > i and not layout.is_blank(j) and not _STAMP_FIELD.match(f):
                break  # the stamp ends where its fields do
            if number is None and (n := _STAMP_NUMBER.search(f)):
                number = n.group(1)
                block.append(j)
            if date is None and (d := _STAMP_DATE.search(f)):
                year = d.group(3) if len(d.group(3)) == 4 else "20" + d.group(3)
                date = make_date(year, d.group(2), d.group(1))
                block.append(j)
            if below and j > i and _STAMP_EXTRA.match(f):
                block.append(j)  # "Chuyển: …", "Số và ký hiệu HS: …" between heading and body
        if number is None and date is None:
            continue
        if below and i - 1 in lines and _stamp_unit(layout, i - 1):
            block.append(i - 1)  # the receiving unit's name printed above "ĐẾN"
        block = sorted(set(block))
        header.received = ReceiptStamp(number=number, date=date)
        header.spans["received"] = (layout.starts[block[0]], layout.ends[block[-1]])
        for j in block:
            header.use(layout.starts[j], layout.ends[j])
        return


def _stamp_unit(layout: Layout, i: int) -> bool:
    """Line ``i`` is a short name in capitals, as a receiving unit's stamp prints above "ĐẾN"."""
    text = layout.line(i).strip(" \t*_|")
    folded = layout.folded_line(i)
    return (
        0 < len(text.split()) <= 8
        and is_upper_text(text)
        and _title_of(text) is None
        # A body ("TRƯỜNG ĐẠI HỌC …"), not the trích yếu going on ("ĐẠI HỘI ĐOÀN …").
        and vocab.printed_head(" ".join(text.upper().split()), vocab.PRINTED_BODY_HEADS) != ""
        and _kinh_gui(folded) is None
        and VV.match(folded) is None  # "V/V TRIỂN KHAI …" is the trích yếu
        and vocab.mark_for(text) is None  # "KHẨN" is the urgency
    )


_SENTENCE_END = regex.compile(r"[.!?][ \t]")


def _caps_after_sentence(text: str) -> tuple[int, int] | None:
    """Where a name in capitals (two words or more) ends ``text`` after its last sentence."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if not ends:
        return None
    lo = ends[-1]
    hi = len(text.rstrip(" \t-–—_="))
    caps = text[lo:hi].strip()
    if len(caps.split()) < 2 or not caps[:1].isupper() or not is_upper_text(caps):
        return None
    if not _head_length(caps, vocab.ORG_HEADS):
        return None  # "Văn bản pháp luật. VĂN BẢN MỚI": a site's menu, not a body
    lo = text.index(caps, lo)
    return lo, lo + len(caps)


_OF_ISSUER = regex.compile(r"(?P<name>\S+(?:[ \t]+\S+){0,3}?)[ \t]+CUA[ \t]+\S")


def _title_of(text: str) -> str | None:
    """The tên loại if ``text`` is one: a type name, perhaps qualified by two more words, or
    followed by its issuer the older way ("QUYẾT ĐỊNH CỦA CHỦ TỊCH NƯỚC")."""
    stripped = text.strip()
    # (a code keeps its case: "QUYẾT ĐỊNH 24/2021/QĐ-TTg")
    if stripped.endswith(":") or not _upper_but_codes(stripped):
        return None
    if vocab.kind_from_title(stripped, extra_words=2):
        return stripped
    of_issuer = _OF_ISSUER.match(fold(stripped))
    if of_issuer and vocab.kind_from_title(stripped[: of_issuer.end("name")], extra_words=0):
        return stripped
    return None


def _split_title(layout: Layout, i: int, stop: int) -> Piece | None:
    """Lines ``i`` and ``i + 1`` are one type name cut after its first word ("THÔNG" / "TƯ"):
    the two as one piece, its text joined by a space."""
    if i + 1 >= stop:
        return None
    first = layout.line_piece(i)
    if " " in first.text or not first.text.isupper():
        return None
    second = layout.line_piece(i + 1)
    if not is_upper_text(second.text):
        return None
    joined = f"{first.text} {second.text}"
    if not vocab.kind_from_title(joined, extra_words=0) or vocab.kind_from_title(first.text):
        return None
    return Piece(joined, first.start, second.end)


_WRAPPED_LINES = 3  # lines a one-line trích yếu may wrap onto
_SENTENCE_END = regex.compile(r"[.!?](?:[ \t]|$)")
_ADDRESSED = regex.compile(r"(?:ong|dong[ \t]+chi|kinh[ \t]+gui|kinh[ \t]+moi)\b", regex.I)
# Folded, "Bà" would be "BA" (three): "BÁO CÁO BA CÔNG KHAI …" is a report's trích yếu.
_MADAM = regex.compile(r"bà\b", regex.I)
_BA = regex.compile(r"ba\b", regex.I)
_INVITATIONS = frozenset({"giay_moi", "thu_moi"})


def _repeats(above: str, name: str) -> bool:
    """``above`` prints the issuer's ``name`` again, perhaps with the Party's word after it
    ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG." over "BAN CHẤP HÀNH TRUNG ƯƠNG")."""
    words = fold(above).casefold().replace(".", " ").split()
    if words[-1:] == ["dang"]:
        words = words[:-1]
    return words == fold(name).casefold().split()


def _set_title(header: Header, text: str, span: tuple[int, int]) -> None:
    header.title = text
    header.spans["title"] = span
    header.use(*span)
    if header.urgency is None and (urgency := _urgency_in_title(text)) is not None:
        # "CÔNG ĐIỆN KHẨN", "CÔNG ĐIỆN HỎA TỐC": the telegram's title says how urgent it is.
        value, start = urgency
        header.urgency = Urgency(value)
        header.spans["urgency"] = (span[0] + start, span[1])


def _urgency_in_title(title: str) -> tuple[str, int] | None:
    """The urgency mark ending a title in capitals, and where it starts in ``title``."""
    words = list(NON_SPACE.finditer(title.rstrip()))
    for n in (3, 2, 1):
        if len(words) > n + 1:  # a title's type word or two stand before the mark
            mark = vocab.mark_for(title[words[-n].start() : words[-1].end()])
            if (
                mark is not None
                and mark[0] == "urgency"
                # right after the type's name: "THÔNG BÁO HỌP KHẨN" tells of an urgent meeting
                and vocab.kind_from_type_phrase(title[: words[-n].start()]) is not None
            ):
                return mark[1], words[-n].start()
    return None


def _set_subject(header: Header, parts: list[Piece]) -> None:
    """The trích yếu read from ``parts``, each marked used (not what lies between them)."""
    header.subject = subject_text(parts)
    header.spans["subject"] = (parts[0].start, parts[-1].end)
    for p in parts:
        header.use(p.start, p.end)


def _title_and_subject(
    layout: Layout, header: Header, i: int, stop: int, title: Piece | None, first: Piece
) -> int:
    """Title and trích yếu on line ``i`` (the trích yếu alone when ``title`` is ``None``); the
    trích yếu goes on only on lines that continue its phrase in lower case (an invitee, a
    body's sentence or an enacting line do not)."""
    parts = [first]
    j = i + 1
    capitals = is_upper_text(first.text)
    while (
        j < stop
        and len(parts) <= _WRAPPED_LINES
        and (
            _continued(layout, j - 1)
            or (capitals and _capitals_go_on(layout, j, stop, parts[-1].text))
        )
    ):
        parts.append(layout.line_piece(j))
        j += 1
    if (
        j < stop
        and _PERIOD_LINE.fullmatch(layout.folded_line(j))
        and not any(_YEAR.search(p.text) for p in parts)
    ):
        # The period it is for, on a line of its own: "KẾ HOẠCH Phát động phong trào …" /
        # "Năm học: 2016 - 2017"; after a trích yếu naming its years, it heads the body.
        parts.append(layout.line_piece(j))
        j += 1
    if title is not None:
        _set_title(header, title.text, (title.start, title.end))
    _set_subject(header, parts)
    return j


def _capitals_go_on(layout: Layout, j: int, stop: int, above: str) -> bool:
    """Line ``j``, right under a trích yếu in capitals flattened onto its title's line (whose
    last line is ``above``), goes on with it: in capitals too, linked to it by a word that ends
    no phrase ("… THỰC HIỆN NGHỊ QUYẾT" / "CỦA BAN CHẤP HÀNH …") or ending with its year or
    period ("KẾ HOẠCH TỔ CHỨC KỲ THI" / "CHỌN HỌC SINH GIỎI LỚP 9 NĂM HỌC 2017-2018"). A date,
    a code, a table's row, a caption, a label, an enacting authority, a section, a title or a
    mark stays out."""
    text = layout.line(j)
    stripped = text.strip()
    if (
        not stripped
        or "|" in stripped
        or "\t" in text
        or stripped.startswith("(")
        or stripped.endswith(":")
        or not _upper_but_codes(text)
    ):
        return False
    folded = layout.folded_line(j)
    linked = (
        above.split()[-1].lower() in vocab.OPEN_ENDINGS
        or stripped.split()[0].lower() in vocab.OPEN_ENDINGS
    )
    dated = _PERIOD_END_LINE.search(folded, max(0, len(folded) - 40)) is not None
    return (
        (linked or dated)
        and _DATE_OR_CODE.search(folded) is None
        and not _authority_line(layout, j, stop)
        and not _section_starts(layout, j)
        and _SECTION_LABEL.match(text) is None
        and _title_of(text) is None
        and vocab.mark_for(text) is None
        and _label_at(layout, j) is None
        and not noi_nhan(folded)
        and not _opens_motto(folded)
    )


_ANNEXED = regex.compile(r"[ \t*_]*\([^)\n]{0,30}\bkem[ \t]+theo\b", regex.IGNORECASE)


def _annexed_below(layout: Layout, i: int, stop: int) -> bool:
    """A caption under line ``i`` says the text is annexed to an act: "(Ban hành kèm theo
    Quyết định số 12/2020/QĐ-UBND …)" under "QUY ĐỊNH MỨC HỖ TRỢ …", a Quy định's title."""
    k = layout.next_with_text(i + 1, stop)
    return k < stop and _ANNEXED.match(layout.folded_line(k)) is not None


# Types whose name is also a verb that opens trích yếu: "QUY ĐỊNH CỤ THỂ MỘT SỐ ĐIỀU …" (to
# regulate), "HƯỚNG DẪN THỰC HIỆN …" (to guide).
_VERB_TYPES = frozenset({"quy_dinh", "huong_dan"})


_ABOUT_RE = regex.compile(r"Ve[ \t]+viec\b", regex.IGNORECASE)
# "Về việc này, …", "Về việc trên, đề nghị …": the matter named before, in a sentence.
_ABOUT_THIS = regex.compile(r"Ve[ \t]+viec[ \t]+(?:nay|tren|do|neu[ \t]+tren)\b", regex.I)
# A sentence's subject after a comma ("…, UBND tỉnh cho …"), or a basis run into the line.
_CLAUSE_AFTER = regex.compile(r",[ \t]+\p{Lu}|(?<![\p{L}])(?:Căn cứ|Thực hiện|Xét đề nghị)\b")


def _about_phrase(rest: str, folded: str) -> bool:
    """``rest`` is one "Về việc …" phrase, whose last full stop a web copy added: not "Về
    việc này, …", no clause or basis after a comma ("Về việc nghỉ Tết, UBND tỉnh cho …")."""
    return (
        _ABOUT_RE.match(folded) is not None
        and _ABOUT_THIS.match(folded) is None
        and _CLAUSE_AFTER.search(rest) is None
    )


# "Về việc" (or "Về") after a title's words in capitals, folded: "NGHỊ QUYẾT Về việc điều chỉnh …".
_ABOUT_AFTER_TITLE = regex.compile(r"^[ \t*_#]*(?-i:[A-Z]+(?:[ \t]+[A-Z]+){0,3})[ \t]+Ve[ \t]")


def _titles_page(layout: Layout, i: int, stop: int) -> bool:
    """Line ``i`` opens a page without a heading with the document's title and "Về …", and
    no other such line follows (a page listing documents)."""
    if _ABOUT_AFTER_TITLE.search(layout.folded_line(i)) is None:
        return False
    k = layout.next_with_text(i + 1, stop)
    return k >= stop or _ABOUT_AFTER_TITLE.search(layout.folded_line(k)) is None


def _verb_of_other_type(header: Header, title: str) -> bool:
    """``title``, read off the front of a line in capitals, is a verb opening the trích yếu of
    a document whose code names another type: "Số: 46/2024/QĐ-UBND" over "QUY ĐỊNH CỤ THỂ …" is
    a quyết định whose title line was lost ("QUY ĐỊNH Về …", in sentence case after it, is a
    title)."""
    kind = vocab.kind_from_title(title, extra_words=0)
    code = header.code
    # Only a state act's code with its year is sure of its type (see pipeline._kind): Party
    # regulations were coded "102-QĐ/TW", "1234/QĐ-UBND" may head a Quy định it enacts, and
    # "KH" may be a plan's or a company's ("Công ty KH …").
    if kind not in _VERB_TYPES or code is None or not code.doc_type or code.party or not code.year:
        return False
    typed = vocab.kind_from_abbreviation(code.doc_type, party=code.party)
    named = vocab.doc_type(typed) if typed is not None and typed != kind else None
    return named is not None and named.normative


# A year, a school year, a stage or a term alone on a line ("Năm học: 2016 - 2017", "Giai đoạn
# 2021-2025"), read folded.
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PERIOD_LINE = regex.compile(
    r"[ \t]*(?:nam(?:[ \t]+hoc)?|giai[ \t]+doan|nhiem[ \t]+ky)[ \t]*:?[ \t]*"
    r"\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t.]*",
    regex.I,
)
# "QUYẾT ĐỊNH (DỰ THẢO LẦN 2)", "CÔNG VĂN HỎA TỐC": a mark after the title, no trích yếu.
# "BÁO CÁO VIÊN …", "HƯỚNG DẪN VIÊN …": a person named after the type's words.
_NOT_A_TOPIC = regex.compile(r"[ \t]*(?:\(|DU[ \t]+THAO|KHAN|HOA[ \t]+TOC|SO\b|VIEN\b)", regex.I)


# "TRƯỜNG" as printed (no "TRƯỞNG"), a school's name if what names one follows.
_SCHOOL = regex.compile(r"(?<![\p{L}])TRƯỜNG[ \t]+")


def _without_schools(text: str) -> str:
    """``text`` (in capitals) without the "TRƯỜNG" of the schools it names ("TUYỂN SINH CỦA
    TRƯỜNG MẪU GIÁO …"): folded, it would read as the title "TRƯỞNG"."""
    found = [m.start() for m in _SCHOOL.finditer(text) if _school_follows(text, m.end())]
    for start in reversed(found):
        text = text[:start] + text[start + len("TRƯỜNG") :]
    return text


def _school_follows(text: str, at: int) -> bool:
    """What follows ``at`` in ``text`` names a kind of school ("MẪU GIÁO", "THPT")."""
    folded = " ".join(fold(text[at : at + 16]).upper().split())
    return any(
        folded.startswith(w) and not folded[len(w) : len(w) + 1].isalpha()
        for w in vocab.TRUONG_SCHOOLS
    )


def _title_then_subject(layout: Layout, i: int) -> tuple[Piece, Piece] | None:
    """Line ``i`` as a title in capitals then its trích yếu in sentence case ("KẾ HOẠCH Phát
    động phong trào …", "QUYẾT ĐỊNH Về việc …"): the two pieces, or ``None``."""
    piece = layout.line_piece(i)
    words = list(NON_SPACE.finditer(layout.text, piece.start, piece.end))
    for k in range(min(4, len(words) - 2), 0, -1):
        head = layout.text[piece.start : words[k - 1].end()]
        rest = layout.text[words[k].start() : piece.end]
        kind = vocab.kind_from_title(head, extra_words=0) if is_upper_text(head) else None
        if not kind:
            continue
        first = words[k].group()
        folded_rest = fold(rest)
        if is_upper_text(rest):
            # "THÔNG BÁO NGHỈ HỌC DO MƯA LŨ": one block in capitals; "QUYẾT ĐỊNH CỦA CHỦ TỊCH
            # …" names its issuer the older way, and a position opens no trích yếu.
            if (
                fold(first).upper() in _TIES
                or is_position(_without_schools(rest))
                or len(words) - k < 2
                or _NOT_A_TOPIC.match(folded_rest)
            ):
                return None
        elif not first[:1].isupper() or is_upper_text(first):
            return None  # "QUYẾT ĐỊNH này …" is a sentence
        if (
            # (a "Về việc …" phrase is no sentence, its last full stop a web copy's)
            _SENTENCE_END.search(
                rest.rstrip().removesuffix(".") if _about_phrase(rest, folded_rest) else rest
            )
            or _ADDRESSED.match(folded_rest)
            or _MADAM.match(rest)
            # OCR drops the accent: an invitation's "BA" is "BÀ"
            or (kind in _INVITATIONS and _BA.match(folded_rest))
        ):
            return None  # "BÁO CÁO Kết quả … gửi kèm theo công văn này.", "GIẤY MỜI Ông/Bà …"
        return layout.trim(piece.start, words[k - 1].end()), layout.trim(
            words[k].start(), piece.end
        )
    return None


def _is_stop(layout: Layout, i: int, anchor_lines: set[int], *, exact_title: bool = False) -> bool:
    folded = layout.folded_line(i)
    title = (
        is_upper_text(layout.line(i)) and vocab.kind_from_title(layout.line(i), extra_words=0)
        if exact_title
        else _title_of(layout.line(i))
    )
    return (
        i in anchor_lines
        or _label_at(layout, i) is not None
        or bool(noi_nhan(folded))
        or vocab.mark_for(layout.line(i)) is not None
        or bool(title)
        or _ITEM_START.match(layout.line(i)) is not None
        or _part_label(layout, i)
    )


# A part's or chapter's label alone on its line: "Phần thứ nhất", "CHƯƠNG I", "Mục 2.";
# matched as printed ("Mức 2" folds to "Muc 2").
_PART_LINE = regex.compile(
    r"[ \t*#_]*(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)[ \t]+"
    r"(?:thứ[ \t]+\p{L}+|THỨ[ \t]+\p{L}+|[IVXLC]{1,5}|\d{1,2})[ \t*_]*[.:]?[ \t*_]*"
)


def _section_starts(layout: Layout, i: int) -> bool:
    """Line ``i`` opens a numbered item or a part of the body ("I. MỤC ĐÍCH", "Phần thứ nhất")."""
    return _ITEM_START.match(layout.line(i)) is not None or _part_label(layout, i)


def _part_label(layout: Layout, i: int) -> bool:
    """Line ``i`` labels a part that opens the body: the label alone, then the part's heading in
    capitals, an item or an article ("Phần thứ nhất" / "TÌNH HÌNH …"); "… sửa đổi, bổ sung" /
    "Chương II" / "Luật Thi đua …" goes on with a trích yếu."""
    if _PART_LINE.fullmatch(layout.line(i)) is None:
        return False
    k = layout.next_with_text(i + 1, len(layout.starts))
    if k >= len(layout.starts):
        return False
    below = layout.line(k)
    return is_upper_text(below) or _ITEM_START.match(below) is not None


# A web page's time of posting under the trích yếu ("2/27/2017 9:59:00 AM", "27/02/2017
# 09:59"): its figures go on no sentence.
_TIMESTAMP_LINE = regex.compile(
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[ \t,|]+\d{1,2}:\d\d(?::\d\d)?(?:[ \t]*(?:AM|PM|SA|CH))?",
    regex.IGNORECASE,
)


# Words after which a date and time go on with the trích yếu: "… họp trực tuyến vào hồi" / "" /
# "14/3/2020 14:00".
_TIME_CUES = frozenset({"ngày", "hồi", "lúc", "vào", "từ", "đến"})


# The body's first numbered item, right under the trích yếu: "1. Thành phần hồ sơ: …".
# A Party document's first section may take a dash: "I- TÌNH HÌNH VÀ NGUYÊN NHÂN" (not "… LẦN
# THỨ" / "XI - NHIỆM KỲ …").
_ITEM_START = regex.compile(
    r"[ \t*]*(?:(?:\d{1,2}|[IVX]{1,4}|Điều[ \t]+\d{1,3})[.:)]|I[ \t]*[-–])[ \t]+\p{Lu}"
)


def _vv_block(
    layout: Layout,
    header: Header,
    i: int,
    stop: int,
    anchor_lines: set[int],
    cut: list[tuple[int, int]],
    mottos: set[int],
    *,
    one_line: bool = False,
) -> int:
    """Read the trích yếu from line ``i`` on (only from line ``i`` when ``one_line``)."""
    parts: list[Piece] = []
    stamp = header.spans.get("received")
    j = i
    while j < stop and len(parts) < 8:
        if layout.is_blank(j):
            # A blank line ends the trích yếu unless its sentence goes on ("… đối" / "với …").
            k = j + 1
            while k < stop and layout.is_blank(k) and k - j < 3:
                k += 1
            nxt = layout.line_piece(k).text if k < stop else ""
            last_word = parts[-1].text.split()[-1].lower() if parts else ""
            goes_on = (
                nxt[:1].islower()
                or (
                    nxt[:1].isdigit()
                    and (last_word in _TIME_CUES or not _TIMESTAMP_LINE.fullmatch(nxt.strip()))
                )
                or last_word in vocab.OPEN_ENDINGS
                or _spaced_subject_goes_on(layout, parts, i, k)
                or _left_column_goes_on(layout, k, stop, mottos)
                or _quote_closes_below(layout, parts, k, stop)
                or (k < stop and _ends_with_period(layout, k))
            )
            if not (parts and goes_on and len(nxt.split()) >= 2):
                break
            j = k
        if j > i and _is_stop(layout, j, anchor_lines):
            break
        if j > i and (_authority_line(layout, j, stop) or _basis_line(layout, j, stop)):
            break  # "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK" / "Căn cứ …": the enacting line, the basis
        if (
            j > i
            and parts
            and is_upper_text(parts[-1].text)
            and _preamble_opens(layout, j)
            and not _kinh_gui_between(layout, j + 1, min(stop, j + 6))
        ):
            break  # "… HỢP TÁC XÃ NĂM 2023" / "Thực hiện Công văn số …": a trích yếu in capitals
        if j > i and _paragraph_opens(layout.line(j), parts):
            break  # a trích yếu wraps in its narrow cell; a long sentence after it is the body
        if stamp is not None and stamp[0] <= layout.starts[j] < stamp[1]:
            break  # the incoming stamp under the trích yếu ("ĐẾN" / "Số: 1998" / …)
        pieces = _pieces(layout, j, cut)
        if pieces:
            first = pieces[0]
            if len(pieces) > 1 and VV.fullmatch(fold(first.text)):
                # "V/v:     Góp ý …": a gap after the label, no column's
                first = layout.trim(first.start, pieces[1].end)
            parts.append(first)
        j += 1
        if one_line:
            break
    subject = subject_text(parts)
    if subject:
        header.subject = subject
        header.spans["subject"] = (parts[0].start, parts[-1].end)
        for p in parts:
            header.use(p.start, p.end)
    return j


_PARAGRAPH_WORDS = 25  # a line of the trích yếu's cell holds fewer words


# The period a trích yếu is for, ending its last line: "Năm học 2020 - 2021", "Năm học : 2017
# – 2018", "Giai đoạn 2021-2025", "Giáo dục trung học năm học 2014-2015".
_PERIOD_END_LINE = regex.compile(
    r"(?<![\p{L}])(?:nam[ \t]+hoc|giai[ \t]+doan|nhiem[ \t]+ky|nam)[ \t]*:?[ \t]*"
    r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t*_”\")]*$",
    regex.IGNORECASE,
)
_PERIOD_LINE_WORDS = 12


# A date or a code: "Ngày 12 tháng 3 năm 2023", "(Kèm theo Quyết định số 12/QĐ-UBND …)".
_DATE_OR_CODE = regex.compile(
    r"(?<![\p{L}])(?:ngay|thang)[ \t]+\d|(?<![\p{L}])so[ \t]*:?[ \t]*\d", regex.IGNORECASE
)
# A sentence's words: "Hội khỏe được tổ chức vào năm 2023" opens the body, no trích yếu's line.
_SENTENCE_WORDS = regex.compile(r"(?<![\p{L}])(?:đã|được|sẽ|đang|là|vào)(?![\p{L}])", regex.I)


def _ends_with_period(layout: Layout, k: int) -> bool:
    """Line ``k``, past a blank line under a trích yếu, is its last: short, no sentence of the
    body, ending with the period it is for ("Năm học 2020 - 2021", "Giáo dục trung học năm
    học 2014-2015"), and no paragraph right under it (whose heading it would be: "Mục tiêu
    chung giai đoạn 2021-2025" / "Phấn đấu …."). A date, a code or a caption in brackets is
    none ("Ngày 12 tháng 3 năm 2023", "(Kèm theo Quyết định số 12/QĐ-UBND … năm 2023)")."""
    folded = layout.folded_line(k)
    if (
        len(folded.split()) > _PERIOD_LINE_WORDS
        or _PERIOD_END_LINE.search(folded, max(0, len(folded) - 40)) is None
        or BODY_START.match(folded)
        or _kinh_gui(folded)
        or folded.lstrip(" \t*_")[:1] == "("
        or _DATE_OR_CODE.search(folded)
        or _SENTENCE_WORDS.search(layout.line(k))
    ):
        return False
    n = layout.next_with_text(k + 1, len(layout))
    if n >= len(layout):
        return True
    below = layout.line(n).strip()
    return not (
        below.endswith(".")
        and not below.endswith("./.")
        and not is_upper_text(below)
        and not BODY_START.match(layout.folded_line(n))
    )


_QUOTE_REACH = 6  # lines under a trích yếu that opened a quotation, looked at for its end
_QUOTED_LINE_WORDS = 15  # a wrapped line of the trích yếu holds fewer


def _quote_closes_below(layout: Layout, parts: list[Piece], k: int, stop: int) -> bool:
    """The trích yếu read so far opens a quotation that a line from ``k`` on closes, a few
    short lines down (“V/v quyên góp …" / "" / "Chương trình …" / "" / "… năm 2020”): a blank
    line does not end it. A line that opens the body, or a quotation of its own before any
    closing mark, ends the look."""
    said = "".join(p.text for p in parts)
    if said.count("“") <= said.count("”") and said.count('"') % 2 == 0:
        return False
    for n in range(k, min(stop, k + _QUOTE_REACH)):
        text = layout.line(n).strip()
        if not text:
            continue
        if (
            len(text.split()) > _QUOTED_LINE_WORDS
            or text.endswith(":")
            or BODY_START.match(layout.folded_line(n))
            or _kinh_gui(layout.folded_line(n))
        ):
            return False
        for ch in text:
            if ch == "“":
                return False  # the body's own quotation
            if ch in '”"':
                return True
    return False


def _paragraph_opens(text: str, parts: list[Piece]) -> bool:
    """``text`` is a paragraph of the body under the trích yếu read in ``parts``: long, opening
    in sentence case and ended as a sentence ("Thể hiện lòng yêu nước, … văn hiến;"), under a
    trích yếu that reads whole (not "V/v góp ý dự thảo Nghị quyết của" / "Hội đồng …")."""
    text = text.strip()
    if not parts or not text.endswith((".", ";", ":")):
        return False
    read = parts[-1].text.split()
    return (
        text[:1].isupper()
        and not is_upper_text(text)
        and len(text.split()) >= _PARAGRAPH_WORDS
        and sum(len(p.text.split()) for p in parts) > _SHORT_TRICH_YEU
        and bool(read)
        and read[-1].lower() not in vocab.OPEN_ENDINGS
        and read[-1].upper() not in _PRINTED_TIES
    )


_SHORT_TRICH_YEU = 4  # words of a "V/v" line that cannot stand alone


_ECHO_REACH = 3000  # characters above a trích yếu searched for the page's title repeating it


def _spaced_subject_goes_on(layout: Layout, parts: list[Piece], top: int, j: int) -> bool:
    """Line ``j``, past a blank line, goes on the trích yếu in ``parts`` (read under line
    ``top``) when the page's title or summary above the heading prints the two joined: web
    pages type every line a blank line apart ("V/v tạm ngưng hoạt động của khoa" / "" / "Khám
    và Điều trị …", with "Tạm ngưng hoạt động của khoa Khám và Điều trị …" above)."""
    if not parts or j >= len(layout):
        return False
    text = layout.line(j).strip()
    if not 0 < len(text.split()) <= 15 or is_upper_text(text):
        return False
    joined = vocab.key(subject_text([*parts, layout.line_piece(j)]))
    if len(joined) < 20:
        return False
    # Already folded: only case and spacing are left to even out.
    above = layout.folded[max(0, layout.starts[top] - _ECHO_REACH) : layout.starts[top]]
    return joined in " ".join(above.upper().split())


def _basis_line(layout: Layout, j: int, stop: int) -> bool:
    """Line ``j`` opens the preamble in sentence case ("Căn cứ Luật …;"), no "Kính gửi" under
    it (a trích yếu in capitals may hold "CĂN CỨ"; addressees may follow a basis)."""
    text = layout.line(j).strip()
    if not text[:1].isupper() or is_upper_text(text):
        return False
    if not _BASIS_START.match(layout.folded_line(j)) or _kinh_gui(layout.folded_line(j)):
        return False
    return not _kinh_gui_between(layout, j + 1, min(stop, j + 6))


def _left_column_goes_on(layout: Layout, k: int, stop: int, mottos: set[int]) -> bool:
    """Line ``k``, past a blank line, ends a trích yếu printed in the heading's left column
    before its right column: the next line with text is the quốc hiệu ("V/v tuyên truyền kỷ
    niệm 130 năm" / "" / "Ngày sinh Chủ tịch Tôn Đức Thắng" / "" / "CỘNG HOÀ …")."""
    if k >= stop or k in mottos:
        return False
    text = layout.line(k).strip()
    if (
        not 0 < len(text.split()) <= 15
        or is_upper_text(text)
        or text.endswith((":", "."))
        or _NOT_SUBJECT_LINE.match(layout.folded_line(k))
        or _head_length(text, vocab.ORG_HEADS)  # the issuer's name under the cell
    ):
        return False
    n = k + 1
    while n < stop and layout.is_blank(n) and n - k <= 2:
        n += 1
    return n in mottos


# A note under the trích yếu, not its words: "(Trả lời …)", "Kèm theo …", "Dự thảo lần 2".
_NOT_SUBJECT_LINE = regex.compile(
    r"[ \t]*(?:\(|tra\s+loi\b|phuc\s+dap\b|kem\s+theo\b|dinh\s+kem\b|du\s+thao\b)",
    regex.IGNORECASE,
)


def _basis_opens(text: str) -> bool:
    """``text`` opens a basis of the preamble, in sentence case, a dash perhaps before it."""
    lead = text.lstrip(" \t-–+•")
    return lead[:1].isupper() and _BASIS_START.match(fold(lead)) is not None


_COMMA_LINE_WORDS = 15  # a trích yếu's line past a blank one holds fewer


def _comma_goes_on(last: Piece, piece: Piece) -> bool:
    """A line ending with a comma goes on past a web page's blank line with a short line of
    the same phrase ("50 năm Ngày truyền thống … (03/3/1959 - 03/3/2009)," / "" / "20 năm
    “Ngày Biên phòng toàn dân” (3/1989 - 3/2009)"), not with a sentence or a label."""
    text = piece.text.strip()
    return (
        last.text.rstrip().endswith(",")
        and len(text.split()) <= _COMMA_LINE_WORDS
        and not text.endswith((":", ".", ";"))
        and BODY_START.match(fold(text)) is None
        # items of one list, opening alike: "50 năm …," / "20 năm …"; not a wrapped sentence,
        # a page's "Đăng ngày …", an enacting authority or a section under it
        and _opening(last.text) == _opening(text)
    )


def _opening(text: str) -> str:
    """What a line opens with, to tell items of one list: a figure, or its first word."""
    words = text.split()
    if not words:
        return ""
    return "#" if words[0][:1].isdigit() else fold(words[0]).casefold()


def _goes_on(parts: list[Piece], piece: Piece) -> bool:
    """An upper-case trích yếu goes on across a blank line when a word that cannot end a
    phrase ends the line above or opens the next ("CỦA ĐỒNG CHÍ …" / "" / "TẠI HỘI NGHỊ …")."""
    if not is_upper_text(parts[-1].text) or not is_upper_text(piece.text):
        return False
    last = parts[-1].text.split()[-1].lower()
    first = piece.text.split()[0].lower()
    return last in vocab.OPEN_ENDINGS or first in vocab.OPEN_ENDINGS


def _title_block(
    layout: Layout, header: Header, i: int, stop: int, title: Piece, anchor_lines: set[int]
) -> int:
    _set_title(header, title.text, (title.start, title.end))
    above = _subject_above_heading(header)
    if header.subject is not None and above is None:
        return i + 1  # a "V/v" line already gave the trích yếu
    parts: list[Piece] = []
    j = i + 1
    blank_run = False
    upper = False
    while j < stop and len(parts) < 7:
        text = layout.line(j)
        if not text.strip():
            blank_run = True
            j += 1
            continue
        piece = layout.line_piece(j)
        if parts and RULE_LINE.fullmatch(text):
            break  # the short rule printed under the trích yếu
        if parts and _range_goes_on(parts[-1].text, piece.text):
            parts.append(piece)  # "… MÙA KHÔ NĂM 2019 -" / "2020": a range wrapped
            blank_run = False
            j += 1
            continue
        if not parts and (is_noise_line(text) or letter_ratio(text) < 0.5):
            j += 1  # scanner debris between the title and the trích yếu
            continue
        if (
            parts
            and blank_run
            and not piece.text[:1].islower()
            and not _goes_on(parts, piece)
            and not _spaced_subject_goes_on(layout, parts, i, j)
            and not _ends_with_period(layout, j)
            and not _comma_goes_on(parts[-1], piece)
        ):
            break
        # The trích yếu keeps one case: an upper-case one ends at a sentence, a sentence-case
        # one at an upper-case line (the authority line "ỦY BAN NHÂN DÂN TỈNH …"). A Party
        # conference's goes on in lower case: "HỘI NGHỊ LẦN THỨ BẢY …" / "về xây dựng …".
        # A code keeps its case in a line of capitals: "… QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY …".
        in_capitals = _upper_but_codes(piece.text)
        if parts and (
            (upper and not in_capitals and not piece.text[:1].islower())
            # (only a line in capitals, code and all, ends a trích yếu in sentence case:
            # "Triển khai thực hiện Chỉ thị số" / "16/CT-TTg CỦA THỦ TƯỚNG CHÍNH PHỦ")
            or (not upper and is_upper_text(piece.text) and len(piece.text.split()) >= 2)
        ):
            break
        # A line ending with a linking word goes on, even into a body's name: "… TRONG" /
        # "CÔNG AN NHÂN DÂN".
        dangling = bool(parts) and upper and _dangles(parts[-1].text, piece.text)
        if (
            # The trích yếu may itself begin with a type word ("KẾ HOẠCH TẠM DỪNG …").
            (
                _is_stop(layout, j, anchor_lines, exact_title=True)
                and not (not parts and _type_word_opens(layout, j, stop, title, anchor_lines))
            )
            or (
                not dangling
                and _names_issuer(layout, j, header.issuer)
                # "HỘI NGHỊ LẦN THỨ BA" / "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIV": the
                # conference's body and term, inside a Party resolution's trích yếu
                and not (
                    parts
                    and _CONFERENCE.match(layout.folded_line(j - 1))
                    and _TERM.search(layout.folded_line(j))
                )
            )
            or (not dangling and _authority_line(layout, j, stop))
            or piece.text.endswith(":")
            or (
                not parts
                and not is_upper_text(piece.text)
                # in lower case it goes on from the title: "CHƯƠNG TRÌNH HÀNH ĐỘNG" / "thực
                # hiện Kết luận số 75-KL/TW …"; a body's sentence opens with a capital
                and not _lower_case_topic(layout, j, stop, title.text)
                and BODY_START.match(layout.folded_line(j))
                and not _topic_then_body(layout, j, stop, title.text)
            )
            # "Căn cứ …" after the trích yếu opens the body; "Thực hiện …" may go on with it
            # ("kiện toàn Ban Chỉ đạo" / "Thực hiện Quy chế dân chủ …").
            # (a dash may stand before it, glued: "-Căn cứ Quy định số 944-QĐ/HNDTW …")
            or _basis_opens(piece.text)
        ):
            break
        if not parts:
            # A lone word with a diacritic is upper case too: "Ý" / "KIẾN CHỈ ĐẠO CỦA …" wrapped
            # after a word ("A", "I" alone label a section).
            lone = piece.text.strip()
            upper = is_upper_text(piece.text) or (lone.isupper() and not lone.isascii())
        parts.append(piece)
        blank_run = False
        j += 1
    if (
        above is not None
        and parts
        and not (is_upper_text(parts[0].text) or VV.match(fold(parts[0].text)))
    ):
        return i + 1  # no trích yếu under the title ("GIẤY MỜI" / the body): the early one stays
    texts = [p.text for p in parts]
    for k in range(1, len(parts) // 2 + 1):
        if texts[:k] == texts[k : 2 * k] and (k >= 2 or len(parts) == 2):
            # A page printed the trích yếu twice: the second copy is left to the body. (One line
            # doubled inside a longer trích yếu is OCR's, and the words go on after it.)
            parts = parts[:k]
            break
    if parts and len(parts) <= 6:
        if above is not None:
            # The title's own trích yếu wins over a page's title line above the heading ("#
            # Về việc …", of another document at times), which stays unplaced.
            header.used = [r for r in header.used if not above[0] <= r[0] < above[1]]
        _set_subject(header, parts)
        return layout.line_of(parts[-1].start) + 1
    return i + 1


# A document's code, whose letters are printed as the code has them ("856/QĐ-TTg").
_CODE_TOKEN = regex.compile(r"[^\s/]*\d[^\s/]*/\S+")


def _upper_but_codes(text: str) -> bool:
    """``text`` is in capitals but for the codes it cites ("… QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY …")."""
    # (a code holds a slash: most lines hold none, and the pattern need not run on them)
    return is_upper_text(_CODE_TOKEN.sub("", text) if "/" in text else text)


_RANGE_START = regex.compile(r"(?<!\d)(\d{4})[ \t]*[-–]$")
_RANGE_END = regex.compile(r"(\d{4})[)”\"]?")


# A period's word ending a line, its years wrapped onto the next: "… GIAI ĐOẠN" / "2017-2021".
_PERIOD_END = regex.compile(r"(?:giai[ \t]+doan|nam|nhiem[ \t]+ky|thoi[ \t]+ky)$", regex.IGNORECASE)
_YEARS = regex.compile(r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[)”\".]*")


_TERM = regex.compile(r"\bKHOA[ \t]+[IVXLC]+\b", regex.IGNORECASE)
_CONFERENCE = regex.compile(r"[ \t*_]*HOI[ \t]+NGHI\b.*\bLAN[ \t]+THU\b", regex.IGNORECASE)
_THUC_HIEN = regex.compile(r"[ \t]*thuc[ \t]+hien\b", regex.IGNORECASE)
_DONE_BY_PLAN = frozenset({"huong_dan", "ke_hoach", "chuong_trinh"})
_INNER_SENTENCE = regex.compile(r"[.!?][ \t]+\p{Lu}")
_NHU_SAU = regex.compile(r"\bnhu[ \t]+sau\b", regex.IGNORECASE)
_CLAUSE_TAIL = regex.compile(r"[.,;:][ \t*_]*$")
_TOPIC_LINES = 3  # lines of a trích yếu that opens like a body's sentence, at most
_TOPIC_WORDS = 40  # ... and words


def _lower_case_topic(layout: Layout, j: int, stop: int, title: str) -> bool:
    """Line ``j``, under a plan's, a programme's or a guide's title, goes on from it in lower
    case ("CHƯƠNG TRÌNH HÀNH ĐỘNG" / "thực hiện Kết luận số 75-KL/TW …"), its paragraph no
    announcement ("… như sau:")."""
    if not layout.line(j).lstrip(" \t*_")[:1].islower():
        return False
    if vocab.kind_from_title(title) not in _DONE_BY_PLAN:
        return False
    k = j
    while k < stop and not layout.is_blank(k) and k - j < _LOWER_TOPIC_LINES:
        if _NHU_SAU.search(layout.folded_line(k)):
            return False
        k += 1
    return True


_LOWER_TOPIC_LINES = 6


def _topic_then_body(layout: Layout, j: int, stop: int, title: str) -> bool:
    """Line ``j`` under a guide's, a plan's or a programme's title opens a trích yếu worded like
    a body's sentence ("HƯỚNG DẪN" / "Thực hiện đánh giá kết quả rèn luyện …"): a short
    paragraph of one sentence that ends on no mark, after which the body opens with a cue of
    its own ("Căn cứ …", "I. MỤC ĐÍCH"). A notice's or a report's "Thực hiện …" is its body."""
    if vocab.kind_from_title(title) not in _DONE_BY_PLAN or not _THUC_HIEN.match(
        layout.folded_line(j)
    ):
        return False
    k = j
    words = 0
    while k < stop and not layout.is_blank(k):
        line = layout.line(k)
        if k > j and _section_starts(layout, k):
            break
        if (
            _CLAUSE_TAIL.search(line)
            or _INNER_SENTENCE.search(line)
            or _NHU_SAU.search(layout.folded_line(k))
            or k - j >= _TOPIC_LINES
        ):
            return False  # "Thực hiện …, Sở Y tế thông báo như sau:"
        words += len(line.split())
        k += 1
    if words > _TOPIC_WORDS:
        return False
    k = layout.next_with_text(k, stop)
    if k >= stop:
        return False
    return bool(BODY_START.match(layout.folded_line(k))) or _section_starts(layout, k)


def _range_goes_on(last: str, line: str) -> bool:
    """``line`` is a year alone that ends the range ``last`` opens ("… NĂM 2019 -" / "2020"), or
    the years of the period ``last`` ends with ("… GIAI ĐOẠN" / "2017-2021"); a page number or
    a count under a dash ("… MÙA MƯA -" / "2") is none."""
    if _YEARS.fullmatch(line.strip()) and _PERIOD_END.search(fold(last.rstrip())):
        return True
    start = _RANGE_START.search(last.rstrip())
    end = _RANGE_END.fullmatch(line.strip())
    return start is not None and end is not None and int(end.group(1)) > int(start.group(1))


def _type_word_opens(
    layout: Layout, j: int, stop: int, title: Piece, anchor_lines: set[int]
) -> bool:
    """Line ``j``, a bare type word of another type under the title, opens the trích yếu
    wrapped after it ("NGHỊ QUYẾT" / "QUY ĐỊNH" / "CHÍNH SÁCH HỖ TRỢ …"): the next line goes
    on in capitals, and is no title or authority line of its own."""
    if j in anchor_lines or j + 1 >= stop or layout.is_blank(j + 1):
        return False
    kind = vocab.kind_from_title(layout.line(j), extra_words=0)
    if kind is None or kind == vocab.kind_from_title(title.text):
        return False  # "QUYẾT ĐỊNH" printed twice
    nxt = layout.line(j + 1)
    return (
        is_upper_text(nxt)
        and len(nxt.split()) >= 2
        and not _is_stop(layout, j + 1, anchor_lines, exact_title=True)
        and not _authority_line(layout, j + 1, stop)
        and not nxt.rstrip().endswith(":")
    )


def _subject_above_heading(header: Header) -> tuple[int, int] | None:
    """The span of a trích yếu read above the heading's first line (issuer, motto, number)."""
    subject = header.spans.get("subject")
    if header.subject is None or subject is None:
        return None
    heading = [header.spans[k][0] for k in ("issuer", "motto", "code") if k in header.spans]
    return subject if heading and subject[1] <= min(heading) else None


_OFFICE_WORDS = 3  # "THƯỜNG TRỰC", "TỔNG", "CHỦ TỊCH": an office before the issuer's name


def _names_issuer(layout: Layout, i: int, issuer: Issuer | None) -> bool:
    """Line ``i`` is the authority line naming the issuer ("CHÍNH PHỦ", "BỘ TRƯỞNG BỘ NỘI VỤ")."""
    if issuer is None or len(issuer.name) < 4 or not is_upper_text(layout.line(i)):
        return False
    name = " ".join(fold(issuer.name).upper().split())
    line = " ".join(fold(layout.line(i)).upper().split())
    nxt = " ".join(fold(layout.line(i + 1)).upper().split()) if i + 1 < len(layout) else ""
    # "BỘ TRƯỞNG BỘ Y TẾ", "TỔNG THANH TRA CHÍNH PHỦ": a few words before the name; a trích
    # yếu may end with it too ("… LẤY TÊN LÀ BỆNH VIỆN 74 TRỰC THUỘC BỘ Y TẾ").
    before = line[: len(line) - len(name)].split()
    printed = layout.line(i).upper().split()
    if before and len(printed) > len(before) and printed[len(before) - 1] in _PRINTED_TIES:
        return False  # "RỘNG CỦA ỦY BAN NHÂN DÂN TỈNH …": the trích yếu's end names the issuer
    return (
        line.endswith(name) and (len(before) <= _OFFICE_WORDS or is_position(" ".join(before)))
    ) or f"{line} {nxt}".startswith(name)


# (a basis may take a dash: "- Căn cứ Luật tổ chức …", in older acts)
_PREAMBLE = regex.compile(
    r"[ \t]*(?:[-–+][ \t]*)?(?:can\s+cu|khoa\s+[ivxlc\d]|ky\s+hop|quyet\s+(?:dinh|nghi)\s*:"
    r"|theo\s+de\s+nghi|xet\s+de\s+nghi)",
    regex.IGNORECASE,
)


_ISSUES = regex.compile(r"[ \t]*BAN[ \t]+HANH\b", regex.IGNORECASE)
_SESSION_OR_BASIS = regex.compile(r"ky\s+hop|^[ \t]*can\s+cu", regex.IGNORECASE)
_SESSION = regex.compile(r"[ \t]*(?:khoa\s+[ivxlc\d]|ky\s+hop)", regex.IGNORECASE)


def _tied_above(layout: Layout, i: int) -> bool:
    """The line with text above line ``i`` ends on a word that ties it to the next ("CỦA")."""
    k = i - 1
    while k >= 0 and layout.is_blank(k):
        k -= 1
    words = layout.line(k).split() if k >= 0 else []
    return bool(words) and words[-1].upper() in _PRINTED_TIES


_ENACTING_WORDS = 12  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ" has ten


def _authority_line(layout: Layout, i: int, stop: int) -> bool:
    """An upper-case body name followed by the preamble ("Căn cứ …", "KHÓA XVIII, KỲ HỌP …").

    This is the line naming the authority that enacts a quyết định or nghị quyết.
    """
    text = layout.line(i)
    if not is_upper_text(text):
        return False  # (most lines: the heads' lookup costs more)
    body = bool(_head_length(text, vocab.ORG_HEADS)) and not _opens_with_lookalike_verb(text)
    if not (body or _enacting_office(text)):
        return False
    if _ISSUES.match(layout.folded_line(i)):
        return False  # "BAN HÀNH KẾ HOẠCH …": a trích yếu opening with the verb, not a "BAN"
    words = text.split()
    if words[0] in _PRINTED_TIES and len(words) > _ENACTING_WORDS:
        # "CỦA THỐNG ĐỐC NGÂN HÀNG … QUY ĐỊNH VỀ VIỆC MUA, BÁN …": the trích yếu's line goes on
        # past the body it names ("CỦA THỦ TƯỚNG CHÍNH PHỦ" alone may enact, in old copies).
        return False
    if not body and (
        layout.folded_line(i).lstrip().upper().startswith("PHO ") or _tied_above(layout, i)
    ):
        # A position enacts as the head of its body, never as a deputy: "… MIỄN NHIỆM CHỨC VỤ"
        # / "PHÓ GIÁM ĐỐC SỞ Y TẾ" names whom the trích yếu is about.
        return False
    wrapped = 0
    at_place = False
    for j in range(i + 1, min(stop, i + 5)):
        if layout.is_blank(j):
            continue
        # Matched on the text from the line on: OCR wraps "Căn" / "cứ …" too.
        if _PREAMBLE.match(layout.folded, layout.starts[j]):
            # Wrapped before its place, the body may be the end of a trích yếu naming it
            # ("… CÁC BAN CỦA" / "HỘI ĐỒNG NHÂN DÂN" / "TỈNH …" / "KHÓA X, NHIỆM KỲ …"): the
            # session or a basis must follow, and no tie word end the line above.
            if not body:
                # A position enacts above a basis, not above a council's term ("PHÊ CHUẨN KẾT
                # QUẢ BẦU" / "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN …" / "KHÓA XII, NHIỆM KỲ …").
                return _SESSION.match(layout.folded_line(j)) is None
            return not at_place or (
                _SESSION_OR_BASIS.search(layout.folded_line(j)) is not None
                and not _tied_above(layout, i)
            )
        line = layout.line(j)
        # The name wrapped once: a position's line ("CỤC TRƯỞNG CỤC" / "HẢI QUAN"), and what
        # wraps is no position of its own (a trích yếu naming "BAN CHỈ ĐẠO …" above "CHỦ TỊCH
        # ỦY BAN NHÂN DÂN …" is no authority line); or a body's before its place ("HỘI ĐỒNG
        # NHÂN DÂN" / "TỈNH ĐỒNG THÁP").
        place = _head_length(line, vocab.PLACE_HEADS) and len(line.split()) <= 6
        if (
            wrapped
            or not is_upper_text(line)
            or not (place or is_position(text))
            or (not place and is_position(line))
        ):
            return False
        wrapped = 1
        at_place = bool(place) and not is_position(text)
    return False


def _enacting_office(text: str) -> bool:
    """``text`` names a position that may enact. One opening the line may run long ("CHỦ TỊCH
    … KIÊM TRƯỞNG BAN CHỈ ĐẠO …"); one named further on enacts in a few words: "QUY TRÌNH GIẢI
    QUYẾT … CÁ NHÂN SUY THOÁI VỀ TƯ TƯỞNG …", a trích yếu of thirty words over "- Căn cứ …",
    names one in passing."""
    return is_position(text) and (
        len(text.split()) <= 2 * _ENACTING_WORDS or _head_length(text, vocab.POSITION_STARTS) > 0
    )


def _kinh_gui(folded: str) -> regex.Match[str] | None:
    return KINH_GUI.match(folded) or KINH_GUI_ANYWHERE.search(folded)


class _TelegramLabel(NamedTuple):
    """A telegram's "điện:" label on a line: its span and its sender's, in the line."""

    start: int
    end: int
    sender: tuple[int, int] | None
    upper: bool  # "ĐIỆN" in capitals


# "điện:" ending a line; looked for in the line's last characters only, and the sender before
# it read with a pattern that cannot backtrack (a heading's line may be a whole flattened page).
_TELEGRAM_VERB = regex.compile(r"(?<![\p{L}\p{N}])(?i:dien)[ \t]*:[ \t]*$")
_TELEGRAM_TAIL = 16
_SENDER_TEXT = regex.compile(r"[ \t]*(\p{Lu}[\p{Lu}\d \t&.,\-]*)")


def _telegram_parts(folded: str) -> _TelegramLabel | None:
    if not folded.rstrip(" \t").endswith(":"):
        return None  # (asked of most heading lines, which end otherwise)
    verb = _TELEGRAM_VERB.search(folded, max(0, len(folded) - _TELEGRAM_TAIL))
    if verb is None:
        return None
    upper = folded[verb.start()].isupper()
    if not folded[: verb.start()].strip():
        return _TelegramLabel(verb.start(), verb.end(), None, upper)
    sender = _SENDER_TEXT.fullmatch(folded, 0, verb.start())
    if sender is None:
        return None
    lo, hi = sender.span(1)
    while hi > lo and folded[hi - 1] in " \t,":
        hi -= 1
    return _TelegramLabel(lo, verb.end(), (lo, hi), upper)


def _telegram_to(folded: str, telegram: bool) -> _TelegramLabel | None:
    """A telegram's "điện:" label ending the line ``folded``. After a sender in capitals, the
    sender names an office ("THỦ TƯỚNG CHÍNH PHỦ điện:") or a body ("BAN CHỈ ĐẠO … điện:");
    "ĐIỆN" in capitals counts only in a ``telegram`` (its code's type or its title says so):
    "CÔNG TY ĐIỆN LỰC A THÔNG BÁO LỊCH CẮT ĐIỆN:" heads a list of dates. Alone ("ĐIỆN:",
    "Điện:") it counts only in a telegram."""
    label = _telegram_parts(folded)
    if label is None:
        return None
    if label.sender is None or (label.upper and not telegram):
        # ("TRƯỜNG HỢP MẤT ĐIỆN:" heads a plan's section; folded, "TRƯỜNG" reads as a title)
        return label if telegram else None
    sender = folded[slice(*label.sender)]
    if is_position(sender):
        return label
    if vocab.head_length(sender, vocab.ORG_HEADS) and (telegram or not label.upper):
        return label
    return None


_SENDER_LINES = 3
_TELEGRAM_TITLE_LINES = 30  # the heading's lines a telegram's title ("CÔNG ĐIỆN") is among


def _is_telegram(layout: Layout, header: Header, start: int, i: int) -> bool:
    """The document is a telegram: its code's type (CĐ), its title, or a "CÔNG ĐIỆN" line
    above line ``i`` (a page may print it over the number line) says so."""
    code = header.code
    if (
        code is not None
        and code.doc_type
        and vocab.kind_from_abbreviation(code.doc_type, party=code.party) == "cong_dien"
    ):
        return True
    if header.title is not None and vocab.kind_from_title(header.title) == "cong_dien":
        return True
    return any(
        vocab.kind_from_title(layout.line(k)) == "cong_dien"
        for k in range(max(start, i - _TELEGRAM_TITLE_LINES), i)
    )


def _telegram_label(
    layout: Layout, header: Header, start: int, i: int, stop: int
) -> tuple[int, _TelegramLabel] | None:
    """A telegram's "điện:" label on line ``i`` or a few lines under it, and its line: its
    sender in capitals is on the label's line or on the lines from ``i`` down to it ("BAN CHỈ
    ĐẠO … TRUNG ƯƠNG" / "- ỦY BAN QUỐC GIA …" / "" / "Điện:")."""
    j = i
    while j < stop and j - i <= 2 * _SENDER_LINES:
        if layout.is_blank(j):
            j += 1
            continue
        folded = layout.folded_line(j)
        if _telegram_parts(folded) is not None:
            label = _telegram_to(folded, _is_telegram(layout, header, start, i))
            if label is None or (j == i and label.sender is None):
                return None
            return j, label
        if not is_upper_text(layout.line(j)) or j - i >= _SENDER_LINES:
            return None
        j += 1
    return None


def _telegram_sender(
    layout: Layout, header: Header, i: int, at: int, label: _TelegramLabel
) -> None:
    """The issuer a telegram names as its sender, on lines ``i`` to ``at`` (its label's)."""
    pieces = [layout.line_piece(k) for k in range(i, at) if not layout.is_blank(k)]
    if label.sender is not None:
        lo = layout.starts[at]
        pieces.append(layout.trim(lo + label.sender[0], lo + label.sender[1]))
    name = collapse_spaces(" ".join(p.text for p in pieces)).strip(" ,")
    if not name:
        return
    header.issuer = Issuer(name=name, parent=None)
    header.spans["issuer"] = (pieces[0].start, pieces[-1].end)
    for p in pieces:
        header.use(p.start, p.end)


def _kinh_alone(layout: Layout, i: int) -> regex.Match[str] | None:
    """Line ``i`` is "Kính" alone, capitalised (the label's first half, not "mắt" / "kính")."""
    m = KINH_ALONE.fullmatch(layout.folded_line(i))
    return m if m is not None and layout.line(i).lstrip()[:1] == "K" else None


def _label_at(layout: Layout, i: int) -> regex.Match[str] | None:
    """The "Kính gửi" label on line ``i``, or its second half alone ("gửi: …") where the
    first was cut onto the line above ("Kính") or lost, a paragraph of its own."""
    folded = layout.folded_line(i)
    lowered = folded.lower()
    if "gui" not in lowered and "goi" not in lowered and "kinh" not in lowered:
        return None  # no word of the label: most lines (folded, the patterns' letters are ASCII)
    found = _kinh_gui(folded)
    if found is not None:
        return found
    if (alone := _kinh_alone(layout, i)) is not None:
        below = layout.next_with_text(i + 1, min(len(layout), i + 3))
        return (
            alone
            if below < len(layout) and HALF_KINH_GUI.match(layout.folded_line(below))
            else None
        )
    half = HALF_KINH_GUI.match(folded)
    if half is None or "@" in folded:  # "gửi: phongnoivu@…", an e-mail's header
        return None
    above = i - 1
    while above > i - 3 and above >= 0 and layout.is_blank(above):
        above -= 1
    if above < 0 or layout.is_blank(above):
        return None
    if _kinh_alone(layout, above) is not None:
        return half
    # OCR lost "Kính": a paragraph of its own ("… vào NSNN." / "" / "gửi: …"), not a wrapped
    # sentence ("… và cách" / "gửi: qua hệ thống …").
    return half if above < i - 1 and not layout.line(above).rstrip().endswith(",") else None


def _another_body(layout: Layout, i: int, stop: int) -> bool:
    """Line ``i`` names one more addressee under the first: a short line opening with a body's
    name ("Phòng Lao động …"), no figures, and nothing after it but a blank line or a bullet."""
    text = layout.line(i).strip()
    if (
        not text[:1].isupper()
        or len(text.split()) > 10
        or _ANY_DIGIT.search(text)
        or ":" in text
        or not _head_length(text, vocab.ORG_HEADS)
        or text.startswith(("Số", "Sô"))  # "SO" folded is also "Số"
        or _STATES_A_DUTY.search(text)  # "UBND tỉnh giao Sở Y tế chủ trì thực hiện."
    ):
        return False
    return i + 1 >= stop or layout.is_blank(i + 1) or is_bullet(layout.line(i + 1))


_WRAPPED_REST_WORDS = 12  # the rest of an entry wrapped after a comma, at most
_LONE_ENTRY_WORDS = 30  # the one addressee under a bare "Kính gửi:", at most


def _entry_after_blank(
    layout: Layout, k: int, entries: list[Recipient], inline: str, blank: int
) -> bool:
    """Line ``k``, under blank lines from ``blank``, still belongs to the addressees: the one
    addressee of a "Kính gửi:" printed alone, or the rest of an entry that a comma left open
    ("… các trường THPT, TCCN, CĐ," / "" / "TTGDTX và đơn vị trực thuộc.")."""
    text = layout.line(k).strip()
    if BODY_START.match(layout.folded_line(k)) or not text[:1].isalnum() or text.endswith(":"):
        return False  # the body, or a label ("Phụ lục:")
    if not entries and not inline:
        # Named as addressees are: a body, its head's office or a group ("Các …"); not a
        # title in capitals, a greeting or the body's first sentence ("Tiểu ban đề nghị …").
        # A head holds no duty: "Ban Chỉ đạo …".
        head = max(_head_length(text, vocab.ORG_HEADS), _head_length(text, _UNIT_HEAD_KEYS))
        return (
            len(text.split()) <= _LONE_ENTRY_WORDS
            and not is_upper_text(text)
            and bool(head or text.startswith(_ADDRESSEE_STARTS) or _LEAD_TITLE.match(text))
            and not _STATES_A_DUTY.search(text, head)
        )
    # The rest of an entry goes on its words ("… các trường THPT, TCCN, CĐ," / "TTGDTX và …"):
    # in lower case or an abbreviation, a line of its own, with no date or code in it (the
    # body's first line: "Tổng cục Hải quan nhận được công văn số 2566/HQHCM …").
    # Without that comma, a short rest in lower case ended as entries end: "… các tỉnh, thành
    # phố" / "" / "trực thuộc trung ương,".
    first = text.split()[0]
    return (
        bool(entries)
        and len(entries[-1].name) < _JOINED_ENTRY_CHARS
        and (
            layout.line(blank - 1).rstrip().endswith(",")
            or (
                first.islower()
                and text.endswith((",", ";", "."))
                and len(text.split()) <= _LOWER_REST_WORDS
            )
        )
        and (first.islower() or (len(first) > 1 and first.isupper()))
        and len(text.split()) <= _WRAPPED_REST_WORDS
        and not _ANY_DIGIT.search(text)
        and (k + 1 >= len(layout) or layout.is_blank(k + 1))
    )


_LOWER_REST_WORDS = 5
# An entry joined over blank lines stops growing here: each join reads it whole again.
_JOINED_ENTRY_CHARS = 300
_UNIT_HEAD_KEYS = tuple(vocab.key(head) for head, _ in vocab.UNIT_HEADS)
_ADDRESSEE_STARTS = ("Các ", "Những ", "Đồng chí ", "Đ/c ", "Quý ", "Lãnh đạo ")
_LEAD_TITLE = regex.compile(vocab.lead_title_pattern() + r"(?![\p{L}])")


def _listed_body(layout: Layout, i: int) -> bool:
    """Line ``i`` is one more entry of a list of addressees without bullets: short, opening
    with a capital, ended by ";" or ".", and no sentence of the body."""
    text = layout.line(i).strip()
    return (
        text[:1].isupper()
        and text.endswith((";", "."))
        and len(text.split()) <= 15
        and ":" not in text
        and not _ANY_DIGIT.search(text)  # "Ngày 10/3/2024, UBND tỉnh …"
        and bool(_head_length(text, vocab.ORG_HEADS) or text.startswith(("Các ", "Những ")))
        and not _DUTY_PHRASE.search(text)  # "Sở … đề nghị các trường báo cáo."
    )


_ANY_DIGIT = regex.compile(r"\d")
# "ủy nhiệm" ends a cited issuer ("… của Hội đồng Chính phủ ủy nhiệm cho …") but names no duty
# in a list of addressees ("Các đơn vị được ủy nhiệm thu thuế;").
_NOT_DUTIES = frozenset(("ủy nhiệm", "uỷ nhiệm"))
_VERBS = sorted({*vocab.LEAD_STOPS, *vocab.ISSUER_STOPS} - _NOT_DUTIES, key=len, reverse=True)


def _any_word_of(words: list[str]) -> regex.Pattern[str]:
    """Any of ``words`` (longest first) as whole words, in any case."""
    alternatives = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"(?<![\p{{L}}])(?:{alternatives})(?![\p{{L}}])", regex.IGNORECASE)


# Verbs of two words or more: one-word stops ("lập", "cho") also end names ("công lập").
_DUTY_PHRASE = _any_word_of([w for w in _VERBS if " " in w])
_STATES_A_DUTY = _any_word_of(_VERBS)
_COURTESY = _any_word_of(["trân trọng", "kính mời", "kính báo", "kính đề nghị", "xin"])


# The body's opening words: a time ("Trong thời gian qua, …"), a cited document ("Thực hiện
# Công văn số …") or an instruction ("Thực hiện chỉ đạo của …"); "Ban Chỉ đạo Thực hiện Quy
# chế …" names a body.
_BODY_AFTER_ENTRY = regex.compile(
    # (after a full stop too: "Kính gửi: Ban Chấp hành các chi đoàn.   Căn cứ công văn số …")
    r"(?<=[\p{Ll}\p{N})]\.?)[ \t]+"
    # (a date with its year: "Ngày 27/7" names a day kept, "… kỷ niệm 75 năm Ngày 27/7 …")
    r"(?=(?:Trong thời gian|Thời gian qua|Vừa qua|Hiện nay"
    r"|Ngày[ \t]+\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{4}|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm)"
    r"|(?:Thực hiện|Căn cứ|Theo đề nghị|Phúc đáp|Trả lời|Tiếp theo)\b[^\n]{0,60}?\bsố\b"
    r"|Thực hiện[ \t]+(?:ý kiến[ \t]+)?chỉ đạo[ \t]+của"
    # A document named without its number: "… Trung ương Thực hiện Luật Khám bệnh, …".
    r"|(?:Thực hiện|Căn cứ)[ \t]+(?:"
    + "|".join(t.name.replace(" ", "[ \t]+") for t in vocab.DOC_TYPES)
    + r"))\b)"
)


_STOP_THEN_GAP = regex.compile(r"\.(?:[ \t]{2,}|\t)")  # an entry's full stop, a cell's gap


# "Căn cứ" opening the body, not a word of a name ("Ban Quản lý Khu di tích Căn cứ Tỉnh ủy"):
# what a basis cites follows it.
_BASIS_AFTER_ENTRY = regex.compile(
    r"(?<=[\p{Ll}\p{N})])[ \t]+(?=Căn cứ[ \t]+(?:vào[ \t]+)?(?:(?:"
    + "|".join(t.name.replace(" ", "[ \t]+") for t in vocab.DOC_TYPES)
    + r")\b|kết quả|ý kiến|tình hình|đề nghị|chức năng|nhu cầu))"
)


# Openings a unit's name may hold too ("Ban Chỉ đạo Thực hiện …", "Văn phòng Điều phối Thực hiện
# Chương trình …"): the body only with the sender's request after them.
_INSTRUCTION = regex.compile(
    r"Thực hiện[ \t]+(?:ý kiến[ \t]+)?chỉ đạo"
    r"|(?:Thực hiện|Căn cứ)[ \t]+\p{Lu}(?![^\n]{0,60}?\bsố\b)"
)
_SENDER_ASKS = regex.compile(
    r"[,;][ \t]+\p{Lu}[^;.]{1,100}?[ \t](?:đề nghị|yêu cầu|hướng dẫn|thông báo)(?![\p{L}])"
)
_LINKING = frozenset(("để", "nhằm", "về", "và", "của"))
# Heads of units that may be named for the work they carry out, with a word or two after them.
_CARRYING_HEADS = [
    head.lower().split() for head, _ in vocab.UNIT_HEADS if len(head.split()) >= 2
] + [["tổ", "công", "tác"], ["tổ", "chức"]]


def _opens_body(text: str, at: int) -> bool:
    """The body's first sentence starts at ``at`` in the addressee's line: not inside an open
    bracket or after a linking word ("… thành phố (để Thực hiện chỉ đạo …"), and an instruction
    ("Thực hiện chỉ đạo của …") only with the sender's request after it (", Cục … đề nghị")."""
    before = text[:at]
    words = before.split()
    if before.count("(") > before.count(")") or (words and words[-1] in _LINKING):
        return False
    if _INSTRUCTION.match(text, at):
        # A unit named for what it carries out: "Ban Chỉ đạo", "Tổ công tác", "Văn phòng Điều
        # phối" just before "Thực hiện …".
        lower = [w.lower() for w in words[-6:]]
        if any(
            lower[-(len(head) + extra) :][: len(head)] == head
            for head in _CARRYING_HEADS
            for extra in range(3)
        ):
            return False
        return _SENDER_ASKS.search(text, at) is not None
    return True


def _bullet_follows(layout: Layout, j: int, stop: int) -> bool:
    """The next line with text, from ``j`` on, is a bullet (blank lines between entries)."""
    j = layout.next_with_text(j, stop)
    return j < stop and is_bullet(layout.line(j))


def _wrapped_mid_name(above: str, line: str) -> bool:
    """A bulleted entry cut inside its name, its rest ``line`` ended as entries end: "- Các cơ
    quan …, giúp việc" / "Đảng ủy Ủy ban nhân dân tỉnh,". A name's last word in capitals ("…
    trực thuộc Sở") or a position opening ``line`` ("Hiệu trưởng …;") makes two entries."""
    words = above.split()
    return (
        is_bullet(above)
        and bool(words)
        and words[-1][:1].islower()
        and words[-1][-1:].isalpha()
        # a place's level ends a name before another body ("- Các sở, ban, ngành thuộc tỉnh" /
        # "Công an tỉnh;"), not before the place's name ("… và thành phố" / "Thủ Đức;")
        and not (fold(words[-1]).upper() in _LEVELS and _head_length(line, vocab.ORG_HEADS))
        and line.endswith((",", ";"))
        and _LEAD_TITLE.match(line) is None
    )


def _addressees(
    layout: Layout, header: Header, i: int, stop: int, label: tuple[int, int] | None = None
) -> int:
    """Read the addressees from line ``i``, which holds their label ("Kính gửi:", or a
    telegram's "điện:" at ``label`` in the line)."""
    if label is None:
        m = _label_at(layout, i)
        assert m is not None
        label = m.span()
        if _kinh_alone(layout, i):
            # "Kính" / "gửi: …": the label cut in two; the addressees follow its second half.
            below = layout.next_with_text(i + 1, stop)
            half = HALF_KINH_GUI.match(layout.folded_line(below)) if below < stop else None
            if half is not None:
                header.use(layout.starts[i], layout.ends[i])
                i, label = below, half.span()
    label_start, label_end = label
    start = layout.starts[i]
    header.use(start + label_start, start + label_end)
    entries: list[Recipient] = []
    inline = layout.trim(start + label_end, layout.ends[i])
    bullet = BULLET.match(inline.text)
    listed = bool(bullet and is_bullet(inline.text))
    if listed:  # "Kính gửi: - Sở Y tế;" opens a list on the label line
        assert bullet is not None
        inline = layout.trim(inline.start + bullet.end(), inline.end)
    open_entry = False
    glued = (
        next(
            (
                g
                for g in _BODY_AFTER_ENTRY.finditer(inline.text)
                if _opens_body(inline.text, g.end())
            ),
            None,
        )
        if len(inline.text) > 120 or _STOP_THEN_GAP.search(inline.text)
        else None
    )
    if (
        glued
        and (
            # ("…; - Thủ trưởng các đơn vị. Căn cứ Quyết định số …": the last entry closed by
            # its full stop, the body goes on)
            (";" in inline.text[: glued.start()] and inline.text[glued.start() - 1] != ".")
            # an entry closed by its full stop needs no more proof that a sentence follows
            or (
                len(inline.text[glued.end() :].split()) < 12
                and inline.text[glued.start() - 1] != "."
            )
            or (i + 1 < stop and is_bullet(layout.line(i + 1)))
        )
    ):
        glued = None  # a list of addressees ("…; Ban Chỉ đạo Thực hiện Quy chế …;")
    if glued:
        # The body's first paragraph flattened onto the label's line: "Kính gửi: Đ/c Chủ tịch
        # … Trung ương Trong thời gian qua, …". It stays for the body.
        header.lead_in = (inline.start + glued.end(), inline.end)
        inline = layout.trim(inline.start, inline.start + glued.start())
    if inline.text:
        entries += split_entries(inline.text, inline.start)
        open_entry = not inline.text.rstrip().endswith((";", "."))
    j = i + 1
    last_text = i  # the last line read with text: blank lines may stand between
    in_detail = False
    while j < stop and not glued:
        text = layout.line(j)
        if not text.strip():
            k = layout.next_with_text(j, stop)
            if k < stop and is_bullet(layout.line(k)) and (listed or not inline.text):
                j = k
                continue
            if (
                open_entry
                and inline.text
                and not listed
                and k - j <= 2
                and k < stop
                and not is_upper_text(layout.line(k))  # the heading's issuer, under a summary
                and not layout.line(k).rstrip().endswith(".")  # the body's first sentence
                and not _COURTESY.search(layout.line(k))  # "Sở … trân trọng kính mời"
                and (
                    _another_body(layout, k, stop)
                    # "Kính gửi: Công đoàn giáo dục các tỉnh:" / "" / "Lào Cai, Lai Châu, …,"
                    # / "" / "Cà Mau, …": a list of names after a colon
                    or (
                        _names_listed(layout.line(k))
                        and (
                            layout.line(last_text).rstrip().endswith(":")
                            or (
                                layout.line(last_text).rstrip().endswith(",")
                                and bool(entries)
                                and ":" in entries[-1].name
                            )
                        )
                    )
                )
            ):
                # Web pages type every line a blank line apart: "Kính gửi: Lãnh đạo các bộ …"
                # / "" / "Công đoàn các bộ, ban, ngành …".
                j = k
                continue
            if k - j <= 2 and k < stop and _entry_after_blank(layout, k, entries, inline.text, j):
                j = k  # ... "Kính gửi:" / "" / "Ban Chỉ đạo …", or an entry's wrapped rest
                continue
            break
        piece = layout.line_piece(j)
        if is_bullet(text):
            if in_detail:
                break
            b = BULLET.match(text)
            assert b is not None
            content = layout.trim(layout.starts[j] + b.end(), layout.ends[j])
            basis = _BASIS_AFTER_ENTRY.search(content.text)
            if basis is not None and not _bullet_follows(layout, j + 1, stop):
                # The last addressee and the body's first "Căn cứ" on one line (a PDF's
                # columns read across): "- Phòng Giáo dục … Phú Bình Căn cứ Luật Giáo dục …".
                header.lead_in = (content.start + basis.end(), content.end)
                content = layout.trim(content.start, content.start + basis.start())
                entries += split_entries(content.text, content.start)
                j += 1
                break
            entries += split_entries(content.text, content.start)
            open_entry = not content.text.endswith((";", "."))
        elif _DETAIL.match(text) and (entries or inline.text):
            in_detail = True  # "Địa chỉ: …", "Mã số thuế: …" under a single addressee
        elif in_detail and piece.text[:1].islower():
            pass
        elif (
            entries
            and open_entry
            # "Kính gửi: Bộ trưởng" / "Bộ Công Thương": a position waits for its body; a line
            # ended by a comma goes on ("… 24 Quận," / "Huyện;").
            and (
                piece.text[:1].islower()
                or _position_then_body(entries[-1].name, piece.text)
                or _head_then_name(entries[-1].name, piece.text)
                or (
                    not in_detail
                    and (
                        layout.line(last_text).rstrip().endswith(",")
                        or (
                            layout.line(last_text).rstrip().endswith(":")
                            and _names_listed(piece.text)
                        )
                        # a bulleted entry cut mid-name, its rest ended as entries end: "-
                        # Các cơ quan …, giúp việc" / "Đảng ủy Ủy ban nhân dân tỉnh,"
                        or _wrapped_mid_name(layout.line(last_text), piece.text)
                    )
                    and len(entries[-1].name) < 200  # a joined entry is read again whole
                    and len(piece.text.split()) <= 12
                    and not BODY_START.match(layout.folded_line(j))
                )
            )
        ):
            last = entries[-1]
            assert last.span is not None
            whole = layout.text[last.span.start : piece.end]
            joined = strip_separators(collapse_spaces(whole))
            end = last.span.start + separator_bounds(whole)[1]
            entries[-1] = attrs.evolve(last, name=joined, span=Span(last.span.start, end))
            open_entry = not piece.text.endswith((";", "."))
        elif entries and inline.text and _another_body(layout, j, stop):
            # A column of bodies without bullets: "Kính gửi: UBND huyện Tân Trụ" / "Phòng …".
            entries += split_entries(piece.text, piece.start)
            open_entry = not piece.text.endswith((";", "."))
        elif not inline.text and (dash := _LATE_BULLET.match(text)):
            # Stamp debris before the bullet on an OCR line: "BENGE Ca... - Bộ Tài chính;".
            content = layout.trim(layout.starts[j] + dash.end(), layout.ends[j])
            entries += split_entries(content.text, content.start)
            open_entry = not content.text.endswith((";", "."))
        elif (
            entries
            and not open_entry
            and layout.line(j - 1).rstrip().endswith(";")
            and _listed_body(layout, j)
        ):
            # Addressees one to a line without bullets, each ended by ";" and the last by ".".
            entries += split_entries(piece.text, piece.start)
            open_entry = not piece.text.endswith((";", "."))
        elif not entries and not inline.text:
            entries += split_entries(piece.text, piece.start)
        else:
            break
        last_text = j
        j += 1
    for entry in entries:
        assert entry.span is not None
        header.use(entry.span.start, entry.span.end)
    header.addressees = entries
    if entries:
        header.spans["addressees"] = (start, layout.ends[j - 1])
    return j


def read_header(layout: Layout, start: int, stop: int, cluster: Cluster | None) -> Header:
    """Read the heading of the document on lines ``[start, stop)``."""
    header = Header()
    anchors = list(cluster.anchors) if cluster else []
    cut: list[tuple[int, int]] = []
    first = {
        k: next((a for a in anchors if a.kind == k), None)
        for k in ("motto", "tieu_ngu", "number", "date_line")
    }

    motto = first["motto"]
    if motto is not None:
        header.motto = Motto.PARTY if motto.party else Motto.STATE
        header.spans["motto"] = (motto.start, motto.end)
    tieu_ngu = first["tieu_ngu"]
    if tieu_ngu is not None:
        header.spans["tieu_ngu"] = (tieu_ngu.start, tieu_ngu.end)
    for found in (motto, tieu_ngu):
        if found is not None:
            cut.append((found.start, found.end))
            header.use(found.start, found.end)

    number = first["number"]
    if number is not None:
        _number(layout, header, number)
        cut.append((number.start, number.end))
    date_line = first["date_line"]
    if date_line is not None:
        _date_line(layout, header, date_line, cut)

    anchor_lines = {a.line for a in anchors if a.kind in ("motto", "tieu_ngu")}
    all_anchor_lines: set[int] = set()
    for anchor in anchors:
        last = layout.line_of(max(anchor.start, anchor.end - 1))
        all_anchor_lines.update(range(anchor.line, last + 1))
    first_line = min((a.line for a in anchors), default=start)
    last_line = max((layout.line_of(max(a.start, a.end - 1)) for a in anchors), default=start - 1)
    issuer_limit = (
        number.line
        if number is not None
        else date_line.line
        if date_line is not None
        else first_line
    )
    _stamp(layout, header, range(start, min(issuer_limit, stop)))
    if header.received is None:
        # Stamped lower down, the stamp is read into the text between the heading's lines.
        _stamp(layout, header, range(issuer_limit + 1, min(last_line + 8, stop)), below=True)
    stamp_lines: set[int] = set()
    if "received" in header.spans:
        lo, hi = header.spans["received"]
        stamp_lines = set(range(layout.line_of(lo), layout.line_of(max(lo, hi - 1)) + 1))
    issuer_lines = range(start, min(max(issuer_limit, first_line) + 1, stop))
    _issuer(layout, header, [i for i in issuer_lines if i not in stamp_lines], cut, anchor_lines)
    if "issuer" in header.spans:
        # Flattened onto the number's line, the issuer's cell is no piece of a trích yếu: "UBND
        # TỈNH … SỞ NỘI VỤ Số: 79/SNV-TCCB V/v tổ chức tuyển dụng … CỘNG HÒA …".
        cut.append(header.spans["issuer"])

    i = end = _page_title(layout, header, start, stop) if not anchors else start
    while i < stop:
        text = layout.line(i)
        folded = layout.folded_line(i)
        in_heading = i <= last_line
        if not text.strip() or RULE_LINE.fullmatch(text) or is_noise_line(text):
            i += 1
            continue
        if i in stamp_lines and i > last_line:
            i += 1
            end = i  # a stamp between the heading and the body is part of the heading
            continue
        vv = VV.match(folded) is not None
        early = (
            _subject_above_heading(header)
            if vv and number is not None and i > number.line and header.title is None
            else None
        )
        if early is not None and _has_topic(layout, i):
            # The heading's own "V/v" under its number wins over a page's title line above the
            # heading ("Về việc khẩn trương …"), which stays unplaced.
            header.used = [r for r in header.used if not early[0] <= r[0] < early[1]]
            header.subject = None
        if header.subject is None and vv and header.title is None:
            i = end = _vv_block(layout, header, i, stop, all_anchor_lines, cut, anchor_lines)
            k = layout.next_with_text(i, stop)
            if (
                number is not None
                and k < stop
                and _authority_line(layout, k, stop)
                and _enacting_below(layout, k, stop)
            ):
                # "Số: 876/QĐ-UBND" / "VỀ VIỆC BAN HÀNH QUY CHẾ …" / "ỦY BAN NHÂN DÂN TỈNH YÊN
                # BÁI" / "Căn cứ …" / "QUYẾT ĐỊNH:": the enacting authority under it, the act's
                # title line lost. (A letter's addressee in capitals over a "Căn cứ" has no
                # enacting line: "345/CT-TTHT" is the Cục Thuế's công văn.)
                header.enacted = True
            continue
        if header.subject is None and header.title is None and i <= last_line:
            _title_in_line(layout, header, i, cut)
        if (
            header.subject is None
            and header.title is None
            and number is not None
            and i == number.line
            and _vv_after_code(layout, i, cut, number.end)
        ):
            # One cell flattened onto the number line: "Số: 296/BHXH-CSYT V/v hướng dẫn …".
            # The whole heading flattened, the quốc hiệu after it, it ends on its line: the
            # line under it is the body's ("… CỘNG HÒA … Kính gửi: …" / "Sở Nội vụ đề nghị").
            line = i
            flat = motto is not None and motto.line == i and motto.start > number.end
            i = end = _vv_block(
                layout, header, i, stop, all_anchor_lines, cut, anchor_lines, one_line=flat
            )
            if _DATED_KINH_GUI.search(layout.folded_line(line)) and not _kinh_gui_between(
                layout, line + 1, min(stop, line + 8)
            ):
                # The whole heading flattened onto that line: "… Hà Nội, ngày 23 tháng 5 năm
                # 2019 Kính gửi: Tổng công ty … Phúc đáp Công văn số …".
                i = end = _addressees(layout, header, line, stop)
                break
            continue
        titled = _type_then_number(layout, i) if header.title is None and number is None else None
        if titled is not None:
            # "NGHỊ QUYẾT SỐ 321a NQ/UBTVQH9 NGÀY 20-12-1996" / "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI" /
            # "VỀ VIỆC …": an old act's title line; the rest of the line opens its trích yếu.
            type_piece, rest = titled
            i = end = _title_block(layout, header, i, stop, type_piece, all_anchor_lines)
            parts = [rest]
            if "subject" in header.spans:
                parts.append(layout.trim(*header.spans["subject"]))
            _set_subject(header, parts)
            _titled_number_and_date(layout, header, rest)
            continue
        title = _title_of(text)
        if title and header.title is None and (number is None or i > number.line):
            i = end = _title_block(layout, header, i, stop, layout.line_piece(i), all_anchor_lines)
            continue
        cut_title = (
            _split_title(layout, i, stop) if header.title is None and title is None else None
        )
        if cut_title is not None and (number is None or i > number.line):
            # A table's cells cut the title between its words: "THÔNG" / "TƯ".
            i = end = _title_block(layout, header, i + 1, stop, cut_title, all_anchor_lines)
            continue
        if (
            header.title is None
            and header.subject is None
            and (
                ((below := number or date_line) is not None and i > below.line)
                # a page without a heading opening with its title: "NGHỊ QUYẾT Về việc …"
                or (
                    not anchors
                    and i == layout.next_with_text(start, stop)
                    and _titles_page(layout, i, stop)
                )
            )
            and (split := _title_then_subject(layout, i)) is not None
        ):
            # "KẾ HOẠCH Phát động phong trào …": one centred block flattened onto a line, under
            # the number's line (or the date's, in a heading without a number).
            typed: Piece | None = split[0]
            opening = split[1]
            if (
                is_upper_text(opening.text)
                and _verb_of_other_type(header, split[0].text)
                and not _annexed_below(layout, i, stop)
            ):
                typed, opening = None, layout.line_piece(i)
            i = end = _title_and_subject(layout, header, i, stop, typed, opening)
            continue
        mark = vocab.mark_for(text)
        if mark is not None:
            field, value = mark
            piece = layout.line_piece(i)
            if field == "urgency" and header.urgency is None:
                header.urgency = Urgency(value)
                header.spans["urgency"] = (piece.start, piece.end)
                header.use(piece.start, piece.end)
            elif field == "secrecy" and header.secrecy is None:
                header.secrecy = Secrecy(value)
                header.spans["secrecy"] = (piece.start, piece.end)
                header.use(piece.start, piece.end)
            # A second mark of the same kind ("KHẨN" then "HỎA TỐC") has no field to go to: it
            # stays unused, so that it is kept in unplaced.
            i += 1
            end = i
            continue
        if not header.addressees and (
            telegraphed := _telegram_label(layout, header, start, i, stop)
        ):
            at, label = telegraphed
            if header.issuer is None:
                # A telegram whose heading lost its cell names its sender over "điện:".
                _telegram_sender(layout, header, i, at, label)
            header.telegram = True
            i = end = _addressees(layout, header, at, stop, label=(label.start, label.end))
            break
        if _label_at(layout, i) and not header.addressees:
            above = i < first_line
            i = end = _addressees(layout, header, i, stop)
            if above and i <= first_line:
                continue  # a web page's summary above the heading: the title is still to come
            k = layout.next_with_text(i, stop)
            if (
                header.subject is None
                and header.title is None
                and k < stop
                and VV.match(layout.folded_line(k))
                and _has_topic(layout, k)
            ):
                # "Kính gửi: BỘ TÀI CHÍNH" / "V/v: Góp ý Dự thảo Nghị định …": the trích yếu
                # printed under the addressees, as some bodies' letters print it.
                end = _vv_block(layout, header, k, stop, all_anchor_lines, cut, anchor_lines)
            break
        if (
            header.subject is None
            and header.title is None
            and number is not None
            and i > number.line
            and (_unlabelled_subject(layout, i, stop) or _enacted_subject(layout, i, stop))
        ):
            # Without "V/v": a Party công văn's trích yếu over "Kính gửi", or one in capitals
            # over the enacting authority's line (its title line lost).
            header.enacted = not _kinh_gui_between(layout, i, min(stop, i + 10), anywhere=True)
            i = end = _vv_block(layout, header, i, stop, all_anchor_lines, cut, anchor_lines)
            continue
        if in_heading or i < first_line or _debris_before_title(layout, i, stop, header):
            i += 1
            end = i
            continue
        if not anchors and not header.addressees and _kinh_gui_below(layout, i, stop):
            i += 1  # a page's title and date above "Kính gửi", no heading printed
            continue
        break
    header.end = max(end, min(last_line + 1, stop))
    if header.code is None and header.subject is not None and header.title is not None:
        _number_in_title(layout, header)
    if header.date is None and "code" in header.spans:
        _date_after_number(layout, header)
    return header


# The date after the code on the number line, where no date line was printed: a telegram's
# page ("Số: 02/CĐ-TW hồi 10 giờ 00 ngày 01/02/2014"), a site's copy ("Số: 15/TB-UBND, ngày 3
# tháng 2 năm 2020"). Only a telegram's hour ("hồi …") may stand between: "lúc 14 giờ ngày …"
# after an invitation's code is its meeting's.
_DATE_AFTER_CODE = regex.compile(
    r"[ \t]*,?[ \t]*(?:hoi[ \t]+[\dhgio: \t]{1,16}?[ \t]*,?[ \t]+)?(?P<ngay>ngay)[ \t]+",
    regex.I,
)


def _date_after_number(layout: Layout, header: Header) -> None:
    code_end = header.spans["code"][1]
    line_end = layout.ends[layout.line_of(code_end - 1)]
    cue = _DATE_AFTER_CODE.match(layout.folded, code_end, line_end)
    if cue is None:
        return
    date, _, end = date_at(layout.folded, cue.end(), line_end)
    if date is not None:
        # The span opens with "ngày", as a date line's does; an hour before it stays unplaced.
        header.date = date
        header.spans["date"] = (cue.start("ngay"), end)
        header.use(cue.start("ngay"), end)


# A gazette's or an archive's copy without its heading names the act in its title, in capitals:
# "THÔNG TƯ" / "CỦA BỘ GIÁO DỤC SỐ 36/GD-TT NGÀY 29-12-1976 HƯỚNG DẪN …".
_TITLED_NUMBER = regex.compile(r"(?:CUA[ \t]+(?P<body>[^\n]{1,150}?)[ \t]+)?SO[ \t]*:?[ \t]*")
# Between "CỦA" and "SỐ" stands the issuer's name alone: a type or a verb there starts the
# trích yếu, and the number is the act it cites.
_ACT_OR_VERB = regex.compile(
    rf"(?:^|[ \t])(?:{vocab.type_phrase_pattern()}|VE|VIEC|HUONG[ \t]+DAN|SUA[ \t]+DOI|BAI[ \t]+BO"
    r"|THUC[ \t]+HIEN|THI[ \t]+HANH|BAN[ \t]+HANH|TRIEN[ \t]+KHAI|QUY[ \t]+DINH|PHE[ \t]+DUYET)"
    r"(?=[ \t]|$)",
    regex.I,
)
_TITLED_DATE = regex.compile(r"[ \t,]*NGAY[ \t]+")
# "SỐ 321a NQ/UBTVQH9 NGÀY 20-12-1996" after a type's name, on the title's line (folded).
_NUMBER_AND_DATE = regex.compile(r"[ \t]+SO[ \t]*:?[ \t]*\d[^\n]{0,40}?[ \t]NGAY[ \t]+\d", regex.I)
_TYPE_WORDS = 4  # the words of the longest type's name ("THÔNG TƯ LIÊN TỊCH", "BẢN GHI NHỚ")


def _type_then_number(layout: Layout, i: int) -> tuple[Piece, Piece] | None:
    """Line ``i`` in capitals opens with a type's name, its number and date after it, as old
    acts are listed ("NGHỊ QUYẾT SỐ 321a NQ/UBTVQH9 NGÀY 20-12-1996"): the name's piece and
    the rest's."""
    piece = layout.line_piece(i)
    words = list(islice(NON_SPACE.finditer(layout.text, piece.start, piece.end), _TYPE_WORDS))
    for k in range(min(_TYPE_WORDS - 1, len(words) - 1), 0, -1):
        head_end = words[k - 1].end()
        if not _NUMBER_AND_DATE.match(layout.folded, head_end, piece.end):
            continue
        head = layout.text[piece.start : head_end]
        if not is_upper_text(head) or not vocab.kind_from_title(head, extra_words=0):
            return None
        if not is_upper_text(_FIGURES.sub("", layout.text[head_end : piece.end])):
            return None
        return layout.trim(piece.start, head_end), layout.trim(words[k].start(), piece.end)
    return None


_FIGURES = regex.compile(r"\S*\d\S*")  # a number or a code: "321a", "856/QĐ-TTg"
_DATE_CUE = regex.compile(r"[ \t,]NGAY[ \t]+", regex.I)


def _titled_number_and_date(layout: Layout, header: Header, rest: Piece) -> None:
    """The code and date on an old act's title line, after its type's name ("SỐ 321 NQ/UBTVQH9
    NGÀY 20-12-1996"), read as a number line's ("321 NQ/…": a Party-style code whose dash was
    a space)."""
    m = NUMBER_AT.match(layout.folded, rest.start, rest.end)
    if m is not None and m.group("number"):
        _number(layout, header, Anchor("number", m.start(), m.end(), layout.line_of(m.start()), m))
    cue = _DATE_CUE.search(layout.folded, rest.start, min(rest.end, rest.start + 60))
    if cue is None or header.date is not None:
        return
    date, begin, end = date_at(layout.folded, cue.end(), rest.end)
    if date is not None:
        header.date = date
        header.spans["date"] = (begin, end)


def _number_in_title(layout: Layout, header: Header) -> None:
    """The code and date a title's line in capitals gives, where no number line was read."""
    lo, hi = header.spans["subject"]
    line = layout.text[lo:hi]
    folded = layout.folded[lo:hi]
    label = _TITLED_NUMBER.match(folded)
    if label is None or not is_upper_text(line[: label.end()]):
        return
    if label.group("body") and _ACT_OR_VERB.search(label.group("body")):
        return  # "CỦA BỘ TRƯỞNG … VỀ VIỆC SỬA ĐỔI QUYẾT ĐỊNH SỐ 15/…": the number of a cited act
    cm = match_code(line, label.end())
    cue = _TITLED_DATE.match(folded, cm.end()) if cm else None
    if cm is None or cue is None or not any(c.isdigit() for c in cm.group("number") or ""):
        return
    header.code = make_code(cm.group("number"), cm.group("sep"), cm.group("symbol"))
    header.spans["code"] = (lo + cm.start(), lo + cm.end())
    date, begin, end = date_at(folded, cue.end(), len(folded))
    if date is not None and header.date is None:
        header.date = date
        header.spans["date"] = (lo + begin, lo + end)


_LIST_SEPARATORS = regex.compile(r"[ \t]*[,;][ \t]*|[ \t]+và[ \t]+")
_LISTED_NAME_WORDS = 5


def _names_listed(line: str) -> bool:
    """``line`` lists short names ("Lào Cai, Lai Châu, Yên Bái,"), not a sentence's words."""
    names = [n for n in _LIST_SEPARATORS.split(line.strip().rstrip(".;,")) if n]
    return len(names) >= 2 and all(
        len(n.split()) <= _LISTED_NAME_WORDS and n[:1].isupper() for n in names
    )


_ABOVE_KINH_GUI = 3  # a page's title, its date and a counter at most
_PAGE_TITLE_WORDS = 25  # a document's title above "Kính gửi", at most
_LABELLED_HEADLINE_WORDS = 40  # a news headline's
# "… năm 2019 Kính gửi: …": the label right after the date, not inside the trích yếu's words.
_DATED_KINH_GUI = regex.compile(r"nam[ \t]+\d{4}[ \t.,]*kinh[ \t]*g[uo]i[ \t]*:", regex.I)


# A question, a form's caption or a sentence opening with a phrase and a comma ("Hằng năm,
# người lao động …") is no news headline.
_NOT_HEADLINE = regex.compile(r"\?|\bạ$|^Mẫu\b|^\S+(?:[ \t]+\S+)?,|\bgửi$")
# A citizen's letter (đơn) speaks in the first person under its "Kính gửi".
_FIRST_PERSON = regex.compile(r"[ \t]*(?:Tôi|Em|Chúng tôi|Chúng em)\b")


def _first_person_below(layout: Layout, j: int, stop: int) -> bool:
    j = layout.next_with_text(j, stop)
    return j < stop and _FIRST_PERSON.match(layout.line(j)) is not None


def _kinh_gui_below(layout: Layout, i: int, stop: int) -> bool:
    """A "Kính gửi" line opens one of the next few lines with text, each short and none a
    sentence of a body (a web page's title and posting date above the addressees).

    The page's title is a document's ("Báo cáo …"), or a news headline right above the label
    ("Hỗ trợ giáo dục miền núi …" / "Kính gửi: …")."""
    seen = 0
    headline = False
    for j in range(i, min(stop, i + 2 * _ABOVE_KINH_GUI + 1)):
        if layout.is_blank(j):
            continue
        if KINH_GUI.match(layout.folded_line(j)):
            return seen > 0 and not (headline and _first_person_below(layout, j + 1, stop))
        if headline:
            return False
        text = layout.line(j).strip()
        seen += 1
        words = len(text.split())
        if seen > _ABOVE_KINH_GUI or words > _LABELLED_HEADLINE_WORDS:
            return False
        if text.endswith((".", ":", ";")):
            return False
        if letter_ratio(text) < 0.5 or vocab.kind_from_title(text):
            if words > _PAGE_TITLE_WORDS:
                return False
        elif seen > 1 or not text[:1].isupper() or _NOT_HEADLINE.search(text):
            return False  # only the page's title ("Báo cáo …") and its date stand above
        else:
            headline = True
    return False


def _page_title(layout: Layout, header: Header, start: int, stop: int) -> int:
    """A web page's title line in a text with no heading: what the document is, its code, date
    and trích yếu ("Thông báo số 08-TB/BTGTW, ngày 15/5/2007, về việc …"). Returns the line
    the heading's reading goes on from: after the title, or ``start``.

    The title stands as its own paragraph among the first lines, after the site's links and
    dates at most (no sentence citing a document, no basis), and no other such title follows
    it (a list of documents).
    """
    lines = [
        i
        for i in range(start, min(stop, start + 40))
        if not (
            layout.is_blank(i)
            or RULE_LINE.fullmatch(layout.line(i))
            or is_noise_line(layout.line(i))
        )
    ][: _PAGE_TITLE_LINES + _PAGE_TITLE_LIST]
    for n, i in enumerate(lines[:_ANNOUNCE_LINES]):
        announced = read_announced_type(layout.line(i), layout.starts[i])
        if (
            announced is not None
            and not any(_heads_a_document(layout, k) for k in lines[:n])
            and _document_follows(layout, i, stop)
        ):
            # "… đã ban hành Chỉ thị số 17 …" / "Nội dung Chỉ thị như sau:": the text after
            # is the document; the news lines above stay in unplaced.
            _set_title(header, announced.type_phrase, announced.type_span)
            for field, value, span in (
                ("code", announced.code, announced.code_span),
                ("date", announced.date, announced.date_span),
            ):
                if value is not None and span is not None:
                    setattr(header, field, value)
                    header.spans[field] = span
                    header.use(*span)
            return i + 1
    for n, i in enumerate(lines[:_PAGE_TITLE_LINES]):
        title = read_page_title(layout.line(i), layout.starts[i])
        if title is None:
            text = layout.line(i).rstrip()
            if (
                _TYPE_AND_CODE.search(layout.folded_line(i))
                or BODY_START.match(layout.folded_line(i))
                or text.endswith((".", "…", "?"))
            ):
                # "Theo Quyết định số 12 … thì...": a text citing it, no page; a title naming
                # only the type may stand above.
                return _type_title(layout, header, lines[:n], start)
            continue
        # Its own paragraph, or over the act's enacting line ("QUYẾT ĐỊNH:") in a reprint.
        alone = (
            i + 1 >= stop
            or layout.is_blank(i + 1)
            or _ENACTING_LINE.fullmatch(layout.line(i + 1)) is not None
        )
        if title.date is None and not _act_text_below(layout, i + 1, stop):
            return start  # named by its issuer, it must head the act's text, not an article
        listed = any(read_page_title(layout.line(j)) for j in lines[n + 1 :])
        if not alone or listed:
            return start
        _take_title(layout, header, i, title)
        return i + 1
    return _type_title(layout, header, lines, start)


_ACT_OPENING = regex.compile(r"[ \t*_]*(?:can[ \t]+cu\b|dieu[ \t]+1\b)", regex.I)
_FOLLOW_LINES = 12  # lines with text under a news lead where the document it prints begins


def _document_follows(layout: Layout, i: int, stop: int) -> bool:
    """A document's text follows the news lead on line ``i``: the lead ends with a colon, or
    one of the next lines is a type's title, an enacting line, a numbered section or a basis;
    a page that only links the file, or an article quoting it, has none of them."""
    if layout.line(i).rstrip().endswith(":"):
        return True
    seen = 0
    for k in range(i + 1, stop):
        if layout.is_blank(k):
            continue
        line = layout.line(k)
        if (
            _title_of(line)
            or _ENACTING_LINE.fullmatch(line)
            or _ITEM_START.match(line)
            or _ACT_OPENING.match(layout.folded_line(k))
        ):
            return True
        seen += 1
        if seen == _FOLLOW_LINES:
            break
    return False


def _act_text_below(layout: Layout, i: int, stop: int) -> bool:
    """The next line with text from ``i`` opens an act: its enacting line, "Căn cứ", "Điều 1"."""
    j = layout.next_with_text(i, stop)
    return j < stop and bool(
        _ENACTING_LINE.fullmatch(layout.line(j)) or _ACT_OPENING.match(layout.folded_line(j))
    )


_ENACTING_LINE = regex.compile(rf"[ \t*_]*{vocab.enacting_pattern()}[ \t]*:[ \t*_]*")
_ENACTING_REACH = 40  # lines from the enacting authority to its enacting line, past the basis


def _enacting_below(layout: Layout, i: int, stop: int) -> bool:
    """An enacting line ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:") stands under line ``i``, past the basis."""
    return any(
        _ENACTING_LINE.fullmatch(layout.line(j))
        for j in range(i + 1, min(stop, i + _ENACTING_REACH))
    )


def _heads_a_document(layout: Layout, i: int) -> bool:
    """Line ``i`` is a heading's line or a page's title (a type title, "V/v", "Kính gửi"): the
    document is read from it, not from a news post's announcement under it."""
    line, folded = layout.line(i), layout.folded_line(i)
    return bool(
        VV.match(folded)
        or _kinh_gui(folded)
        or _title_of(line)
        or read_page_title(line)
        or read_type_title(line)
        or vocab.kind_from_title(line, extra_words=0)
    )


def _take_title(layout: Layout, header: Header, i: int, title: PageTitle) -> None:
    header.title = title.type_phrase
    header.spans["title"] = title.type_span
    header.code = title.code
    header.date = title.date
    header.subject = title.subject
    for field, span in (
        ("code", title.code_span),
        ("date", title.date_span),
        ("subject", title.subject_span),
    ):
        if span is not None:
            header.spans[field] = span
    piece = layout.line_piece(i)
    header.use(piece.start, piece.end)


def _type_title(layout: Layout, header: Header, lines: list[int], start: int) -> int:
    """A page's title that names only the type ("Thông báo treo cờ Tổ quốc …"), among its
    first lines before the body: the last such line, when every one names the same type (a
    site prints its title twice; titles of two types are a list of documents)."""
    found: list[tuple[int, PageTitle]] = []
    for i in lines[:_TYPE_TITLE_LINES]:
        if BODY_START.match(layout.folded_line(i)) or _TYPE_AND_CODE.search(layout.folded_line(i)):
            break
        if _title_of(layout.line(i)):
            # The heading's own title alone ("NGHỊ QUYẾT", "THÔNG BÁO"), its trích yếu under it:
            # the heading is read from there, a page's title line above it left unplaced; a
            # site's "THÔNG BÁO MỚI" over its sidebar is none.
            bare = vocab.kind_from_title(layout.line(i), extra_words=0)
            return i if bare else start
        title = read_type_title(layout.line(i), layout.starts[i], letters=True)
        if title is not None and _letter_title(title) and not _kinh_gui_under(layout, i):
            continue  # "Công văn V/v …" over a news story, not over the letter's addressees
        if is_upper_text(layout.line(i)) and not (title and _LABELLED_TITLE.match(layout.line(i))):
            # A trích yếu in capitals may open with a type word ("QUY ĐỊNH MỨC GIÁ …"); a
            # title labels its trích yếu ("THÔNG BÁO VỀ VIỆC …").
            continue
        if title is not None and not _continued(layout, i):
            found.append((i, title))
    if len({fold(layout.line(i)).casefold().strip() for i, _ in found}) != 1:
        return start  # none, or a list of notices (the same title printed twice is one)
    i, title = found[-1]
    upper = is_upper_text(layout.line(i))
    if not (_FORMAL_BODY if upper else _NOTICE_BODY).search(
        layout.text, layout.ends[i], layout.ends[min(i + 15, len(layout) - 1)]
    ):
        return start  # a headline over an article: no numbered item, "như sau" or "mời"
    if upper and not _body_follows(layout, i + 1, min(len(layout), i + 15)):
        return start  # a sidebar's link in capitals over another article's headline
    _set_title(header, title.type_phrase, title.type_span)
    if title.subject is not None and title.subject_span is not None:
        header.subject = title.subject
        header.spans["subject"] = title.subject_span
        # From the type on: its label ("về việc") is the heading's too.
        header.use(title.type_span[1], title.subject_span[1])
    if header.code is None and _letter_title(title):
        _code_alone_above(layout, header, [k for k in lines if k < i])
    return i + 1


def _letter_title(title: PageTitle) -> bool:
    """The page's title names a công văn ("Công văn V/v …")."""
    return vocab.kind_from_type_phrase(title.type_phrase) == "cong_van"


def _kinh_gui_under(layout: Layout, i: int) -> bool:
    """The next line with text under line ``i`` opens with "Kính gửi" (no news lead between)."""
    k = layout.next_with_text(i + 1, len(layout))
    return k < len(layout) and KINH_GUI.match(layout.folded_line(k)) is not None


def _code_alone_above(layout: Layout, header: Header, lines: list[int]) -> None:
    """The công văn's code printed alone on a line above its page's title, as a portal prints
    it: "4360/BVHTTDL-VP" / "TL. BỘ TRƯỞNG … Theo BỘ VĂN HÓA …" / "CÔNG VĂN Về việc …".

    The line nearest the title gives it, if its code is a công văn's (no type in it) and no
    label ends the line above ("Văn bản liên quan:", "Trả lời văn bản:" name other codes).
    """
    for n in range(len(lines) - 1, -1, -1):
        piece = layout.line_piece(lines[n])
        cm = match_code(layout.text, piece.start, piece.end)
        if cm is None or cm.end() != piece.end or not cm.group("number"):
            continue
        if not has_letter(cm.group("symbol")) or not any(c.isdigit() for c in cm.group("number")):
            continue
        code = make_code(cm.group("number"), cm.group("sep"), cm.group("symbol"))
        if code.doc_type is not None or (n and layout.line(lines[n - 1]).rstrip().endswith(":")):
            return
        header.code = code
        header.spans["code"] = (cm.start(), cm.end())
        header.use(cm.start(), cm.end())
        return


# What a notice's or an invitation's body shows in its first lines: a numbered item, its
# formula ("… như sau:"), the verb again ("… thông báo …", "Kính mời …", "Thành phần mời").
# Read on the text, not folded: folded, "mời" (invite) would be "mới" (new).
# A title in capitals needs the formulas: a headline's article may say "thông báo" too.
_FORMULAS = (
    r"\n[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)]|như[ \t]+sau[ \t]*:"
    # a basis cited on a line of its own: "Căn cứ công văn số 751/BYT-TT-KT …;"
    r"|\n[ \t]*Căn[ \t]+cứ[^\n]*;[ \t]*(?=\n|$)"
    # the closing's recipients, under a body the page cut short
    r"|\n[ \t]*Nơi[ \t]+nhận[ \t]*:"
)
_FORMAL_BODY = regex.compile(_FORMULAS, regex.IGNORECASE)
_NOTICE_BODY = regex.compile(
    _FORMULAS + r"|(?<![\p{L}])(?:thông[ \t]+báo|mời)(?![\p{L}])", regex.IGNORECASE
)


def _body_follows(layout: Layout, lo: int, hi: int) -> bool:
    """The first line of text in ``[lo, hi)``, past a posting date, opens a body: a sentence
    that ends or runs long, not another headline."""
    for k in range(lo, hi):
        text = layout.line(k).strip()
        if not text or is_noise_line(text):
            continue
        return text.endswith((".", ";", ":")) or len(text.split()) > _HEADLINE_WORDS
    return False


_HEADLINE_WORDS = 15


# A type title in capitals whose trích yếu is labelled: "THÔNG BÁO VỀ VIỆC …", "THÔNG BÁO V/V …".
_LABELLED_TITLE = regex.compile(
    r"[ \t]*\p{Lu}[\p{Lu} \t]*?[ \t]+(?:VỀ[ \t]+VIỆC|V[ \t]*/[ \t]*V)[ \t]*:?[ \t]+\S"
)


def _continued(layout: Layout, i: int) -> bool:
    """Line ``i``'s sentence goes on, in lower case, on the next line."""
    return i + 1 < len(layout) and layout.line(i + 1).strip()[:1].islower()


_TYPE_TITLE_LINES = 6  # site lines (dates, counters, "Xem với cỡ chữ") may stand above
_PAGE_TITLE_LINES = 3  # a page's title is among its first lines of text
_ANNOUNCE_LINES = 4  # a news post announces the document after its lead and a date at most
_PAGE_TITLE_LIST = 5  # lines after it where another title would make a list
_TYPE_AND_CODE = regex.compile(
    rf"(?<![\p{{L}}])(?:{vocab.type_phrase_pattern()})[ \t]+(?:so[ \t]*)?\d", regex.I
)


_TITLE_THEN_VV = regex.compile(
    r"(?P<title>[^\p{Ll}]+?)[ \t]+(?:V[ \t]*/[ \t]*V|V[ÈỀ][ \t]+VI[ÊỆ]C)\b"
    r"[ \t]*:?[ \t]*(?P<subject>\S.*)"
)


# Words in capitals (figures and marks among them), then a sentence: "Ngày 24 tháng 6 …".
_BODY_AFTER_CAPITALS = regex.compile(
    r"(?P<capitals>[^\p{Ll}\s]+(?:[ \t]+[^\p{Ll}\s]+){3,})[ \t]+(?P<body>\p{Lu}\p{Ll}+[ \t]+\S)"
)


def _title_in_line(layout: Layout, header: Header, i: int, cut: list[tuple[int, int]]) -> None:
    """Title and trích yếu flattened onto a heading line after its other cells: "Số: 435/QĐ-UBND
    Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH …"."""
    pieces = _pieces(layout, i, cut)
    if len(pieces) < 1 or pieces[-1].start == layout.starts[i]:
        return  # the title must follow another cell of the line
    last = pieces[-1]
    lead_in = None
    if not is_upper_text(last.text) and (body := _BODY_AFTER_CAPITALS.match(last.text)):
        # The body's first sentence flattened after them too: "… CHỈ THỊ VỀ CÔNG TÁC ĐO ĐẠC
        # … TRONG CẢ NƯỚC Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ …".
        lead_in = (last.start + body.start("body"), last.end)
        last = layout.trim(last.start, last.start + body.end("capitals"))
    m = _TITLE_THEN_VV.fullmatch(last.text)
    if m is not None and vocab.kind_from_title(m.group("title"), extra_words=0):
        title = layout.trim(last.start + m.start("title"), last.start + m.end("title"))
        subject = layout.trim(last.start + m.start("subject"), last.end)
    elif is_upper_text(last.text):
        # No "V/V": the title is the longest type name the words open with ("QUYẾT ĐỊNH BAN
        # HÀNH MỨC …"), and a trích yếu of three words or more follows it.
        words = list(NON_SPACE.finditer(layout.text, last.start, last.end))
        cut_at = next(
            (
                k
                for k in range(min(4, len(words) - 3), 0, -1)
                if vocab.kind_from_title(
                    layout.text[last.start : words[k - 1].end()], extra_words=0
                )
            ),
            None,
        )
        if cut_at is None:
            return
        title = layout.trim(last.start, words[cut_at - 1].end())
        subject = layout.trim(words[cut_at].start(), last.end)
    else:
        return
    if header.issuer is not None:
        subject = _without_enacting_line(layout, subject, header.issuer.name)
    header.title = title.text
    header.spans["title"] = (title.start, title.end)
    header.subject = strip_separators(collapse_spaces(subject.text))
    header.spans["subject"] = (subject.start, subject.end)
    header.use(title.start, subject.end)
    if lead_in is not None:
        header.lead_in = lead_in


def _without_enacting_line(layout: Layout, subject: Piece, issuer: str) -> Piece:
    """The trích yếu without the enacting authority's line flattened after it: "… TÌNH HÌNH
    MỚI” ỦY BAN NHÂN DÂN TỈNH KON TUM", "… TỈNH TUYÊN QUANG CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH"."""
    body = fold(" ".join(issuer.split()[:3])).upper()
    named = fold(issuer).upper()
    words = list(NON_SPACE.finditer(layout.text, subject.start, subject.end))
    folded_words = [fold(w.group()).upper() for w in words]
    # An authority line is short (twelve words at most) and quotes nothing.
    for k in range(max(1, len(words) - 12), len(words)):
        tail = layout.text[words[k].start() : subject.end]
        if any(c.isdigit() or c in '“”"(' for c in tail):
            continue
        if folded_words[k - 1] in _TIES:
            continue  # "… QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH": the trích yếu names it
        folded = fold(tail).upper()
        opens_position = any(folded.startswith(p + " ") for p in vocab.POSITION_STARTS)
        # The trích yếu must visibly end before the enacting line: with a closing quote or
        # stop ("… TÌNH HÌNH MỚI” ỦY BAN …"), or on the issuer's own place ("… TỈNH TUYÊN
        # QUANG" / "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH"); "… CỦA VĂN PHÒNG ỦY BAN …" goes on.
        closed = words[k - 1].group()[-1:] in '”").'
        at_place = folded_words[max(0, k - 2) : k] == named.split()[-2:]
        if (
            # The issuer's whole name: a short one only after a visible end ("… MỚI” BỘ NỘI
            # VỤ"); one of four words or more stands for itself ("… HUYỆN CHÂU THÀNH ỦY BAN NHÂN
            # DÂN TỈNH TÂY NINH", the tie words above ruled out).
            (
                folded == named
                and (
                    closed
                    or (
                        len(named.split()) >= _NAMED_ENACTING_WORDS
                        # The trích yếu ends on a place or a year ("… HUYỆN CHÂU THÀNH" /
                        # "ỦY BAN …"); "… QUY CHẾ LÀM VIỆC ỦY BAN …" names the body.
                        and _ends_on_place_or_year(folded_words[max(0, k - 3) : k])
                    )
                )
            )
            # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM": a position, then the issuer
            or (
                (closed or at_place or _heads_it(folded, named))
                and opens_position
                and folded.endswith(" " + named)
                and len(folded) - len(named) < 24
            )
            # "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH": the enacting line names its level, not its place
            or (at_place and body in folded and folded.split()[-1] in _LEVELS and opens_position)
            # "… TỈNH HÀ TĨNH ỦY BAN NHÂN DÂN TỈNH", "… HUYỆN BẾN CÁT UỶ BAN NHÂN DÂN TỈNH": the
            # body enacts, its name cut after its level, under a trích yếu ending on a place
            or (
                (at_place or _ends_on_place_or_year(folded_words[max(0, k - 3) : k]))
                and folded.split()[-1] in _LEVELS
                and named.startswith(folded + " ")
            )
        ):
            return layout.trim(subject.start, words[k].start())
    return subject


_NAMED_ENACTING_WORDS = 4


def _ends_on_place_or_year(words: list[str]) -> bool:
    """``words`` (the last few, folded, upper case) end on a year or on a place named after
    its level ("HUYỆN CHÂU THÀNH", "NĂM 2022")."""
    if not words:
        return False
    if words[-1].isdigit() and len(words[-1]) == 4:
        return True
    return any(w in _LEVELS for w in words[-3:-1])


def _heads_it(tail: str, named: str) -> bool:
    """``tail`` is the head of the body ``named`` (three words or more), not a deputy: "TỔNG
    GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM" enacts; "… BỔ NHIỆM PHÓ GIÁM ĐỐC SỞ Y TẾ" is about one."""
    return len(named.split()) >= 3 and not tail.startswith("PHO ")


# Words after which a body's name belongs to the trích yếu, not to an enacting line.
# Words that tie a line to the next, with their diacritics: folded, "NHIỆM" of "CHỦ NHIỆM"
# and "VỆ" would tie too.
_PRINTED_TIES = frozenset(
    ("CỦA", "CHO", "VỚI", "VÀ", "TẠI", "THUỘC", "VỀ", "TRONG", "BẦU", "GIỮA", "TRÊN", "THEO")
)
# Folded, for text read without them; "NHIỆM" ends "… BỔ NHIỆM" in a trích yếu.
_TIES = frozenset({fold(w) for w in _PRINTED_TIES} | {"NHIEM"})
_LEVELS = frozenset(("TINH", "HUYEN", "XA", "QUAN", "PHUONG", "PHO", "TRAN"))
_PRINTED_LEVELS = frozenset(("TỈNH", "HUYỆN", "XÃ", "QUẬN", "PHƯỜNG", "PHỐ", "TRẤN", "THỊ"))

# A trích yếu's line in capitals ending with one goes on, unless it ends a compound that is
# whole ("… TỪ NƯỚC NGOÀI TRỞ VỀ", "… KÈM THEO").
_DANGLING = regex.compile(r"[ \t](?:" + "|".join(sorted(_PRINTED_TIES)) + r")[ \t]*$")
_WHOLE_ENDINGS = regex.compile(
    r"(?:TRỞ VỀ|KÈM THEO|TIẾP THEO|HIỆN TẠI|CẤP TRÊN|NÊU TRÊN|NÓI TRÊN|BÊN TRONG|BÊN TRÊN)[ \t]*$"
)


def _dangles(line: str, following: str) -> bool:
    """``line`` ends with a tie word that wants the next line, ``following``, and that line is
    no position's ("… KÈM THEO" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" enacts)."""
    if _DANGLING.search(line) is None or _WHOLE_ENDINGS.search(line) is not None:
        return False
    return not vocab.head_length(following.strip(), vocab.POSITION_STARTS)


def _vv_after_code(layout: Layout, i: int, cut: list[tuple[int, int]], code_end: int) -> bool:
    """What follows the code on the number line ``i`` opens a trích yếu with "V/v"."""
    pieces = _pieces(layout, i, cut)
    return (
        bool(pieces) and pieces[0].start >= code_end and VV.match(fold(pieces[0].text)) is not None
    )


def _unlabelled_subject(layout: Layout, i: int, stop: int) -> bool:
    """Lines ``i`` … are a công văn's trích yếu printed without "V/v" (as Party công văn are):
    at most three short lines in sentence case under the number, then ``Kính gửi``; or, opening
    with "Về" as "Về việc" is cut short, then the quốc hiệu (or the Party's motto) of the
    heading's right column ("Về cho học sinh nghỉ học …" / "CỘNG HOÀ XÃ HỘI …")."""
    seen = 0
    about = long_line = False
    for j in range(i, min(stop, i + 10)):
        text = layout.line(j)
        if not text.strip():
            continue
        folded = layout.folded_line(j)
        if _kinh_gui(folded):
            # a long line ended by a full stop is a sentence, unless the quốc hiệu follows
            return seen > 0 and not long_line
        if seen and about and _opens_motto(folded):
            return True
        about = about or (seen == 0 and _ABOUT.match(text) is not None)
        words = len(text.split())
        if (
            seen == 3
            or words > (_ABOUT_WORDS if about else 20)
            or is_upper_text(text)
            or BODY_START.match(folded)
        ):
            return False
        long_line = long_line or (words > 20 and text.rstrip().endswith("."))
        seen += 1
    return False


def _opens_motto(folded: str) -> bool:
    """The (folded) line opens the heading's right column: the quốc hiệu, or the Party's motto
    in its place."""
    head = folded.lstrip()
    return MOTTO_STATE.match(head) is not None or MOTTO_PARTY.match(head) is not None


_ABOUT = regex.compile(r"[ \t]*Về[ \t]+\p{L}")
_ABOUT_WORDS = 40  # a trích yếu's line in the heading's narrow column, a page's wide one


# Notes printed under a number that are no trích yếu: "TÀI LIỆU PHỤC VỤ KỲ HỌP", "BẢN SAO".
_NOTE_LINE = regex.compile(r"[ \t]*(?:DU[ \t]+THAO|TAI[ \t]+LIEU|BAN[ \t]+SAO)\b", regex.I)


def _has_topic(layout: Layout, i: int) -> bool:
    """The "V/v" line ``i`` holds a trích yếu, not only its label or a note ("V/v (kèm theo
    …)")."""
    topic = subject_text([layout.line_piece(i)])
    return bool(topic) and not topic.startswith("(")


def _kinh_gui_between(layout: Layout, lo: int, hi: int, *, anywhere: bool = False) -> bool:
    """A line of ``[lo, hi)`` opens with "Kính gửi" (or holds it, ``anywhere``)."""
    return any(
        (_kinh_gui if anywhere else KINH_GUI.match)(layout.folded_line(j)) for j in range(lo, hi)
    )


def _enacted_subject(layout: Layout, i: int, stop: int) -> bool:
    """Lines ``i`` … are a trích yếu in capitals whose title line a page lost: at most three
    lines under the number, then the enacting authority's line ("BAN HÀNH QUY ĐỊNH …" /
    "ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN" / "Căn cứ …"), or the preamble's first sentence when
    that line was lost too ("… CHỢ TRÊN ĐỊA BÀN TỈNH NINH BÌNH" / "Căn cứ Luật …")."""
    seen = 0
    for j in range(i, min(stop, i + 8)):
        if layout.is_blank(j):
            continue
        text = layout.line(j)
        authority = _authority_line(layout, j, stop)
        if seen and (authority or _preamble_opens(layout, j)):
            return True
        if (
            authority
            or seen == 3
            or not is_upper_text(text)
            or len(text.split()) > 25
            or (not seen and len(text.split()) < 4)  # "DỰ THẢO", "MẬT", a stamp's words
            # "I. TÌNH HÌNH CHUNG", "PHẦN I: ĐÁNH GIÁ …", "A. KẾT QUẢ …": the body's first section
            or (not seen and (_section_starts(layout, j) or _SECTION_LABEL.match(text)))
            # a body's name ("BAN HÀNH …" opens with the verb, not a "BAN")
            or (
                not seen
                and _head_length(text, vocab.ORG_HEADS)
                and not _ISSUES.match(layout.folded_line(j))
            )
            or vocab.mark_for(text) is not None
            or _NOTE_LINE.match(fold(text))
            or vocab.kind_from_title(text)  # "QUYẾT ĐỊNH (DỰ THẢO LẦN 2)": the title itself
        ):
            return False
        seen += 1
    return False


# A section's label opening a line in capitals: "PHẦN I:", "PHẦN THỨ NHẤT:", "CHƯƠNG I:", "II -",
# "A.", "I/" (as printed: "VỀ VIỆC …" opens with no label).
_SECTION_LABEL = regex.compile(
    r"[ \t*_]*(?:(?:PHẦN|CHƯƠNG|MỤC)(?:[ \t]+THỨ)?[ \t]+[\p{Lu}\d]+|[IVXLC]{1,5}|\d{1,2}|\p{Lu})"
    r"[ \t]*[.:/)\-–][ \t]"
)


def _preamble_opens(layout: Layout, j: int) -> bool:
    """Line ``j`` opens a preamble in sentence case: "Căn cứ …", "Thực hiện …", "Xét đề
    nghị …" (not "Kính gửi", which a công văn's addressees open)."""
    text = layout.line(j).lstrip(" \t-–+*")
    folded = layout.folded_line(j).lstrip(" \t-–+*")
    return (
        text[:1].isupper()
        and not is_upper_text(text)
        and BODY_START.match(folded) is not None
        and not _kinh_gui(folded)
    )


def _debris_before_title(layout: Layout, i: int, stop: int, header: Header) -> bool:
    """Short scraps (an incoming stamp read by OCR) before a heading part still to come.

    True when line ``i`` and at most five more short lines stand between what the
    heading has so far and its title, ``V/v`` or ``Kính gửi`` (a stamp's lines: "Chuyển:",
    "Lưu hồ sơ số:", "Ngày …", and the specks around them).
    """
    if header.addressees or len(layout.line(i).split()) > 6:
        return False
    seen = 0
    plain = _plain_line(layout.line(i))
    for j in range(i + 1, min(stop, i + 14)):
        text = layout.line(j)
        if not text.strip():
            continue
        folded = layout.folded_line(j)
        if (
            (header.title is None and header.subject is None and _title_of(text))
            or (header.subject is None and VV.match(folded))
            or _kinh_gui(folded)
        ):
            return True
        seen += 1
        # Past three lines, only scraps: a stamp's labels ("Chuyển:", "Lưu hồ sơ số:") and
        # specks, not more lines of words ("Thời gian: …" / "Địa điểm: …" are a notice's).
        plain += _plain_line(text)
        if seen > 5 or len(text.split()) > 6 or (seen > 3 and plain > 2):
            return False
    return False


def _plain_line(text: str) -> int:
    """1 when ``text`` is a line of words (two or more, four fifths of it letters), else 0."""
    words = text.split()
    chars = "".join(words)
    return int(len(words) >= 2 and sum(map(str.isalpha, chars)) >= 0.8 * len(chars))


def _wrapped_place_start(
    layout: Layout, line: int, place_start: int, code_end: int | None = None
) -> int | None:
    """Where the place starts when its first words ended the line above.

    "Thành phố Hồ Chí" / "Minh, ngày …": a table cell wrapped the place; "142/TB-VG Ân" /
    "Mỹ, ngày …": the number's cell and the place's read across, the place wrapped.
    """
    if line == 0 or layout.trim(layout.starts[line], place_start).text:
        return None
    above = layout.line_piece(line - 1)
    if code_end is not None and above.start < code_end < above.end:
        # One word after the code, before a one-word place: "142/TB-VG Ân" / "Mỹ, ngày …"
        # ("Khẩn", "Hỏa tốc" or the motto's end are no part of a place).
        above = layout.trim(code_end, above.end)
        place_words = layout.text[place_start : layout.ends[line]].split(",")[0].split()
        if (
            len(above.text.split()) != 1
            or len(place_words) != 1
            or vocab.mark_for(above.text) is not None
        ):
            return None
    words = above.text.split()
    if (
        1 <= len(words) <= 4
        and words[0][:1].isupper()
        and all(w.rstrip(".").isalpha() for w in words)
        and not is_upper_text(above.text)
    ) or _wrapped_joint_place(words):
        return above.start
    return None


def _wrapped_joint_place(words: list[str]) -> bool:
    """A place of two names joined by a dash (``vocab.JOINT_PLACES``), wrapped inside its
    second name or after the dash: "Bà Rịa - Vũng" / "Tàu, ngày …", "Thừa Thiên -" / "Huế,
    ngày …"."""
    if "-" not in words and "–" not in words:
        return False
    start = vocab.key(" ".join(words).replace("–", "-"))
    return any(p.startswith(start) and p != start for p in vocab.JOINT_PLACES)


_STRAY_DIGITS = regex.compile(r"(\d{1,3})[ \t]*/[ \t]*(?=\p{L})")


def _number(layout: Layout, header: Header, anchor: Anchor) -> None:
    m = anchor.match
    text = layout.text
    group = "number" if m.group("number") else "garbled" if m.group("garbled") else None
    if group == "garbled" and not m.group("garbled").strip(".…"):
        group = None  # a draft's dots: the number is blank ("Số: ....... /KH-THVBA")
    number = text[m.start(group) : m.end(group)] if group else None
    if number and m.group("split"):
        number = "".join(m.group("split").split()) + number
    symbol = text[m.start("symbol") : m.end("symbol")]
    symbol_end = m.end("symbol")
    if m.group("tail"):
        symbol += text[m.start("tail") : m.end("tail")]
        symbol_end = m.end("tail")
    sep = m.group("sep")
    if sep in ("!", "|"):
        sep = "/"  # OCR's reading of the slash
    stray = _STRAY_DIGITS.match(symbol)
    if number and stray:
        # A symbol never opens with a short number: OCR split the number ("Số: 4/2 /QĐ-TCT"),
        # or the number has two parts ("Số: 12-2/QĐ-UB"). The slash after them is the code's
        # separator: a dash between them does not make it a Party code.
        number, symbol = f"{number}{sep}{stray.group(1)}", symbol[stray.end() :]
        sep = "/"
    if not sep and number:
        # The separator was lost: a Party symbol holds a slash ("CV/TU"), a state one dashes.
        sep = "-" if "/" in symbol and "-" not in symbol else "/"
    code = make_code(number, sep, symbol)
    header.code = code
    begin = m.start("split") if m.group("split") else m.start(group) if group else m.start("sep")
    header.spans["code"] = (begin, symbol_end)
    header.use(anchor.start, anchor.end)


def _date_line(layout: Layout, header: Header, anchor: Anchor, cut: list[tuple[int, int]]) -> None:
    m = anchor.match
    line_start = layout.starts[anchor.line]
    text = layout.text
    if header.code is None:
        # A number line without "Số" merged into the date line: "41 /CT-TTg Hà Nội, ngày …".
        for c in _NUMBER_START.finditer(text, line_start, m.start()):
            cm = match_code(text, c.start(), m.start())
            if cm and cm.group("number") and has_letter(cm.group("symbol")):
                header.code = make_code(cm.group("number"), cm.group("sep"), cm.group("symbol"))
                header.spans["code"] = (cm.start(), cm.end())
                header.use(cm.start(), cm.end())
                cut.append((cm.start(), cm.end()))
                break
    # Other columns merged on the line (the number line) end before the place begins.
    floor = max([line_start] + [b for a, b in cut if line_start <= a and b <= m.start()])
    found = find_place(text, floor, m.start())
    groups = m.re.groupindex
    if "year" in groups:  # a loose match ("Hà Nội, ngày { 7 tháng Ủuăm") gives the place only
        header.date = make_date(m.group("year"), m.group("month"), m.group("day"))
    if found:
        header.place, place_start, place_end = found
        code = header.spans.get("code")
        wrapped = _wrapped_place_start(layout, anchor.line, place_start, code[1] if code else None)
        if wrapped is not None:  # "Hà" / "Nội, ngày …": a table cell wrapped the place
            place_start = wrapped
            header.place = collapse_spaces(text[place_start:place_end])
        header.spans["place"] = (place_start, place_end)
        header.use(place_start, place_end)
        cut.append((place_start, m.end()))
    else:
        cut.append((m.start(), m.end()))
    if "year" in groups:
        header.spans["date"] = (m.start("ngay"), m.end("year") if m.group("year") else m.end())
    # Scanner debris inside the date stays visible as unplaced text.
    pos = m.start()
    for name in ("junk0", "junk1", "junk"):
        if name in groups and m.group(name):
            header.use(pos, m.start(name))
            pos = m.end(name)
    header.use(pos, m.end())
