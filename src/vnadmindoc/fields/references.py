"""Coded references to other documents.

A reference is a type word, ``số`` and a code, optionally followed by the
date and the issuing body: ``Thông báo số 241/TB-VPCP ngày 12/9/2021 của
Văn phòng Chính phủ``.  Codes also appear bare (``(Kèm theo 241/TB-VPCP)``)
when their shape is unmistakable.  The issuer may instead stand before the
citation: ``chỉ đạo của Bộ Tài chính tại công văn số 11614/BTC-PC``.

>>> text = "Thực hiện Thông báo số 274-TB/TU ngày 04/8/2021 của Ban Thường vụ Tỉnh ủy."
>>> [r.code.code for r in find_references(text)]
['274-TB/TU']
>>> text = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;"
>>> r = find_references(text)[0]
>>> (r.kind, r.date.isoformat(), r.issuer)
('nghi_dinh', '2020-03-05', 'Chính phủ')
"""

from __future__ import annotations

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.fields.codes import make_code, match_code
from vnadmindoc.fields.dates import date_at
from vnadmindoc.model import DocumentCode, PartialDate, Reference, Span
from vnadmindoc.text import collapse_spaces, fold, is_upper_text

__all__ = ["find_references", "scan_references"]

_NL = r"[ \t]*(?:\n[ \t]*)?"
_CUED = regex.compile(
    rf"(?<![\p{{L}}])(?P<type>{vocab.type_phrase_pattern()}){_NL}"
    rf"(?:(?:(?:[\p{{L}}]+[ \t]+){{0,2}}s[o]\b)[ \t]*[:.]?{_NL}|(?=\d))",
    regex.IGNORECASE,
)
_BARE = regex.compile(
    r"(?<![\p{L}\p{N}/.\-])(?:"
    r"\p{N}{1,5}/(?:\d{4}/)?\p{Lu}[\p{L}]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}.]*)+"
    r"|\p{N}{1,5}-\p{Lu}[\p{L}]*/\p{Lu}[\p{L}\p{N}]*(?:-[\p{Lu}\p{N}][\p{L}\p{N}]*)*"
    r")(?![\p{L}\p{N}])"
)
_DATE_CUE = regex.compile(rf"[ \t]*,?{_NL}ngay{_NL}", regex.IGNORECASE)
_ISSUER_CUE = regex.compile(rf"[ \t]*,?{_NL}cua(?:[ \t]+|[ \t]*\n[ \t]*)", regex.IGNORECASE)
_TOKEN = regex.compile(r"[^\s,;.()\[\]“”\"':?!]+|[,;.()\[\]“”\"':?!]")
_STOP_PUNCT = set(",;.()[]“”\"':?!")
_STOPS = [s.split() for s in vocab.ISSUER_STOPS]
_TAI_END = regex.compile(rf"\btai{_NL}$", regex.IGNORECASE)
_CUA = regex.compile(r"\bcua(?:[ \t]+|[ \t]*\n[ \t]*)", regex.IGNORECASE)
_TYPE_START = regex.compile(rf"(?:{vocab.type_phrase_pattern()})\b", regex.IGNORECASE)


@attrs.frozen
class Mention:
    """One occurrence of a coded reference, before mentions of the same code are merged."""

    code: DocumentCode
    kind: str | None
    date: PartialDate | None
    issuer: str | None
    issuer_before: str | None
    start: int
    end: int


def _read_issuer(text: str, folded: str, pos: int, endpos: int) -> tuple[str | None, int]:
    """The body named from ``pos``: words up to a stop word, punctuation or another citation."""
    words = list(_TOKEN.finditer(text, pos, min(endpos, pos + 200)))
    lower = [w.group().lower() for w in words]
    cut = len(words)
    for k, w in enumerate(words):
        token = w.group()
        gap = text[words[k - 1].end() : w.start()] if k else ""
        if token in _STOP_PUNCT or k >= 14 or gap.count("\n") >= 2:
            cut = k
            break
        if "\n" in gap and is_upper_text(token) and not is_upper_text(words[k - 1].group()):
            cut = k  # the next line starts an upper-case heading, not the rest of a name
            break
        if any(lower[k : k + len(s)] == s for s in _STOPS):
            cut = k
            break
        if lower[k] == "và" and k + 1 < len(words):
            nxt = words[k + 1]
            if nxt.group()[:1].islower() or _TYPE_START.match(folded, nxt.start()):
                cut = k
                break
        if k > 0 and _TYPE_START.match(folded, w.start()):
            cut = k
            break
    if cut == 0:
        return None, pos
    end = words[cut - 1].end()
    name = collapse_spaces(text[pos:end])
    return (name or None), end


def _issuer_before(text: str, folded: str, type_start: int) -> str | None:
    """``của <issuer> tại <citation>``: the body named just before the citation."""
    window_start = max(0, type_start - 160)
    tai = _TAI_END.search(folded[window_start:type_start])
    if not tai:
        return None
    tai_start = window_start + tai.start()
    found = list(_CUA.finditer(folded, window_start, tai_start))
    if not found:
        return None
    cua = found[-1]
    name, end = _read_issuer(text, folded, cua.end(), tai_start)
    if name is None or text[end:tai_start].strip():
        return None
    return name


def _details(
    text: str, folded: str, pos: int, endpos: int
) -> tuple[PartialDate | None, str | None, int]:
    date = issuer = None
    for _ in range(3):
        m = _DATE_CUE.match(folded, pos, endpos)
        if m and date is None:
            found, _, end = date_at(folded, m.end(), endpos)
            if found is not None:
                date, pos = found, end
                continue
        m = _ISSUER_CUE.match(folded, pos, endpos)
        if m and issuer is None:
            name, end = _read_issuer(text, folded, m.end(), endpos)
            if name:
                issuer, pos = name, end
                continue
        break
    return date, issuer, pos


def _kind(phrase_kind: str | None, code: DocumentCode) -> str | None:
    if phrase_kind:
        return phrase_kind
    if code.doc_type:
        return vocab.kind_from_abbreviation(code.doc_type, party=code.party)
    return None if code.party else "cong_van"


def scan_references(
    text: str, start: int = 0, end: int | None = None, *, folded: str | None = None
) -> list[Mention]:
    """Every coded citation in ``text[start:end]``, one :class:`Mention` each, in order.

    ``folded`` is ``fold(text)`` when the caller already has it.
    """
    end = len(text) if end is None else end
    folded = fold(text) if folded is None else folded
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _CUED.finditer(folded, start, end):
        cm = match_code(text, m.end(), end)
        if cm is None or not any(c.isdigit() for c in cm.group()):
            continue
        if not (cm.group("number") or "").strip() and "so" not in m.group().lower():
            continue
        code = make_code(
            cm.group("number"), cm.group("sep"), cm.group("symbol"), span=Span(cm.start(), cm.end())
        )
        date, issuer, stop = _details(text, folded, cm.end(), end)
        phrase_kind = vocab.kind_from_type_phrase(m.group("type"))
        out.append(
            Mention(
                code,
                _kind(phrase_kind, code),
                date,
                issuer,
                _issuer_before(text, folded, m.start()),
                m.start(),
                stop,
            )
        )
        taken.append((m.start(), cm.end()))
    for b in _BARE.finditer(text, start, end):
        if any(lo <= b.start() < hi for lo, hi in taken):
            continue
        cm = match_code(text, b.start(), b.end())
        if cm is None:
            continue
        code = make_code(
            cm.group("number"), cm.group("sep"), cm.group("symbol"), span=Span(cm.start(), cm.end())
        )
        date, issuer, stop = _details(text, folded, cm.end(), end)
        out.append(Mention(code, _kind(None, code), date, issuer, None, b.start(), stop))
    out.sort(key=lambda mention: mention.start)
    return out


def merge_mentions(mentions: list[Mention], *, exclude: str | None = None) -> list[Reference]:
    """One :class:`Reference` per distinct code.

    Each detail (kind, date, issuer) comes from the first mention that gives it.
    """
    groups: dict[str, list[Mention]] = {}
    for mention in mentions:
        key = mention.code.code.casefold()
        if exclude is not None and key == exclude.casefold():
            continue
        groups.setdefault(key, []).append(mention)
    out = []
    for group in groups.values():
        first = group[0]
        # Upper-case titles print codes in capitals ("27/CT-TTG"); prefer a mention in normal case.
        code = next((m.code for m in group if m.code.code != m.code.code.upper()), first.code)
        out.append(
            Reference(
                code=code,
                kind=next((m.kind for m in group if m.kind), None),
                date=next((m.date for m in group if m.date), None),
                issuer=next((m.issuer for m in group if m.issuer), None)
                or next((m.issuer_before for m in group if m.issuer_before), None),
                span=Span(first.start, first.end),
                mentions=tuple(Span(m.start, m.end) for m in group),
            )
        )
    return out


def find_references(text: str, *, exclude: str | None = None) -> list[Reference]:
    """The distinct coded references in ``text``; ``exclude`` drops a code (the document's own)."""
    return merge_mentions(scan_references(text), exclude=exclude)
