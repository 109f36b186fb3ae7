"""Every citation in a text, coded or not, with its sentence, its role and its antecedent.

:func:`find_citations` works like a citation extractor for case law: each hit
keeps its span; full forms (``Thông báo số 241/TB-VPCP ngày 12/9/2021 của Văn
phòng Chính phủ``), acts cited by name (``Điều 26 Luật Đấu thầu``, ``Chỉ thị
của Thủ tướng Chính phủ``) and short forms (``Thông báo trên``, the same code
again, ``Công văn này``) are all found, and short forms point back to the
citation they stand for.  :func:`annotate` wraps each one in a link.

>>> text = ("Thực hiện Thông báo số 241/TB-VPCP ngày 12/9/2021 của Văn phòng Chính phủ. "
...         "Lưu ý khoản 2 Điều 5 Luật Đấu thầu. Thông báo trên được gửi kèm Công văn này.")
>>> for c in find_citations(text):
...     print(c.form.value, c.kind, c.code and c.code.code, c.pinpoint, c.basis, c.antecedent)
full thong_bao 241/TB-VPCP None True None
named luat None khoản 2 Điều 5 False None
short thong_bao None None False 0
self cong_van None None False None
>>> annotate("Theo Công văn số 12/UBND-VX.", find_citations("Theo Công văn số 12/UBND-VX."))
'Theo <a href="#12/UBND-VX">Công văn số 12/UBND-VX</a>.'
"""

from __future__ import annotations

import functools
import html
from bisect import bisect_right
from collections.abc import Callable, Sequence

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.fields.references import (
    _PHRASES,
    Taken,
    _read_issuer,
    scan_references,
)
from vnadmindoc.model import Citation, CitationForm, DocumentCode, PartialDate, Span
from vnadmindoc.text import collapse_spaces, fold

__all__ = ["annotate", "find_citations", "normalize_issuer"]

_NL = r"[ \t]*(?:\n[ \t]*)?"
# "điểm a khoản 2 Điều 5 (của)": the part of an act cited, just before the act's name.
_PINPOINT = regex.compile(
    rf"(?:(?:điểm|tiết){_NL}[\p{{Ll}}\d]{{1,2}}[ \t,]+{_NL})?"
    rf"(?:(?:khoản){_NL}\d{{1,3}}[ \t,]+{_NL})?"
    rf"(?:điều){_NL}\d{{1,3}}[\p{{Ll}}]?[ \t,]+{_NL}(?:(?:của|tại){_NL})?$",
    regex.IGNORECASE,
)
_PINPOINT_WINDOW = 60
# Acts cited by their name: "Luật Đấu thầu", "Bộ luật Lao động", "Hiến pháp".
_NAMED_ACT = regex.compile(r"(?<![\p{L}\p{N}])(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)(?![\p{L}])")
_TITLE_WORD = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(\p{L}+)")
_TITLE_STOPS = frozenset(fold(w) for w in vocab.TITLE_STOPS)
_YEAR = regex.compile(r"[ \t]+năm[ \t]+\d{4}")
_CUA = regex.compile(rf"[ \t]+của{_NL}", regex.IGNORECASE)
_CLAUSE_END = regex.compile(r"[.!?;](?=[ \t]*(?:\n|$)|[ \t]+\S)|\n[ \t]*\n")
_ITEM_START = regex.compile(r"\n(?=[ \t]*(?:[-+•*–]|\d{1,3}[.)]|[a-zđ]\)|[IVXLC]{1,6}\.)[ \t])")
_SENTENCE_CAP = 600
_OPENING = regex.compile(
    r"[ \t\n*_]*(?:(?:[-+•–]|\d{1,3}[.)]|[a-zđ]\)|[IVXLC]{1,6}\.)[ \t]+)?"
    r"(?:V/v|Về việc)?[ \t*_]*",
    regex.IGNORECASE,
)
_CHAIN = regex.compile(r"[ \t\n]*(?:,|;|và|và các|cùng)?[ \t\n]*", regex.IGNORECASE)
_TAIL_WORDS = ("tai", "so", "cac", "o")
_BASIS = tuple(sorted({fold(c) for c in vocab.BASIS_CUES}, key=len, reverse=True))
_BACK_FORM = {fold(w): form for w, form in vocab.BACK_WORDS.items()}
# One pattern for every pointer word, longest first ("nêu trên" before "trên").
_BACK = regex.compile(
    r"[ \t]+(?P<word>"
    + "|".join(regex.escape(w) for w in sorted(_BACK_FORM, key=len, reverse=True))
    + r")(?![\p{L}])",
    regex.IGNORECASE,
)
_NOT_BACK = tuple(fold(w) for w in vocab.NOT_BACK)
_ABBREVIATION = regex.compile(
    r"(?<![\p{L}\p{N}])(?:"
    + "|".join(regex.escape(a) for a in sorted(vocab.ORG_ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\p{L}\p{N}])"
)
# Old-style tone placement ("Uỷ", "hoà") in the modern style the rest of the model uses.
_OLD_TONES = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_OLD_TONE = regex.compile(r"(?<![qQ])(?:" + "|".join(_OLD_TONES) + r")(?!\p{L})", regex.IGNORECASE)


def _modern_tone(m: regex.Match[str]) -> str:
    old = m.group()
    new = _OLD_TONES[old.lower()]
    return new.capitalize() if old[0].isupper() else new


def normalize_issuer(name: str) -> str:
    """``name`` with abbreviations spelled out and tone marks placed in the modern style.

    >>> normalize_issuer("UBND  tỉnh")
    'Ủy ban nhân dân tỉnh'
    >>> normalize_issuer("Uỷ ban nhân dân TP Hà Nội")
    'Ủy ban nhân dân thành phố Hà Nội'
    """
    expanded = _ABBREVIATION.sub(lambda m: vocab.ORG_ABBREVIATIONS[m.group()], name)
    text = collapse_spaces(_OLD_TONE.sub(_modern_tone, expanded)).strip(" ,;.")
    return text[:1].upper() + text[1:]


class _Sentences:
    """Sentence (or ``;`` clause, or list item) boundaries of a text, looked up by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        cuts = {m.end() for m in _CLAUSE_END.finditer(text)}
        cuts |= {m.end() for m in _ITEM_START.finditer(text)}
        self.cuts = sorted(cuts)

    def around(self, start: int, end: int) -> Span:
        k = bisect_right(self.cuts, start)
        lo = self.cuts[k - 1] if k else 0
        k = bisect_right(self.cuts, end - 1)
        hi = self.cuts[k] if k < len(self.cuts) else len(self.text)
        lo = max(lo, start - _SENTENCE_CAP)
        hi = min(hi, end + _SENTENCE_CAP)
        while lo < start and self.text[lo].isspace():
            lo += 1
        while hi > end and self.text[hi - 1].isspace():
            hi -= 1
        return Span(lo, hi)


def _ends_with_cue(folded_before: str) -> bool:
    words = folded_before.lower().split()
    while words and words[-1] in _TAIL_WORDS:
        words.pop()
    tail = " ".join(words[-4:])
    return any(tail == cue or tail.endswith(" " + cue) for cue in _BASIS)


def _opens_with_cue(folded_sentence: str) -> bool:
    opening = _OPENING.match(folded_sentence)
    rest = folded_sentence[opening.end() if opening else 0 :].lower()
    return any(rest.startswith(cue + " ") or rest.startswith(cue + "\n") for cue in _BASIS)


@functools.cache
def _known_titles() -> regex.Pattern[str]:
    """The acts of the vocabulary, longest first, spaced as OCR and line breaks space them."""
    names = sorted(vocab.LAW_TITLES, key=len, reverse=True)
    alternatives = [
        regex.escape(fold(name)).replace(r"\ ", r"\s+").replace(",", r"\s*,") for name in names
    ]
    return regex.compile(r"(?:" + "|".join(alternatives) + r")(?![\p{L}])", regex.IGNORECASE)


def _title(text: str, start: int, head_end: int, folded: str) -> tuple[str, int]:
    """The name of an act from its head word on: "Luật Đấu thầu", "Bộ luật Lao động"."""
    known = _known_titles().match(folded, start, min(len(folded), start + 200))
    end = known.end() if known is not None else _name_end(text, head_end)
    # "Luật Đất đai năm 2013", "Hiến pháp năm 2013": the year is part of the name.
    if end > head_end or text[start:head_end] == "Hiến pháp":
        year = _YEAR.match(text, end)
        if year:
            end = year.end()
    return collapse_spaces(text[start:end]), end


def _name_end(text: str, head_end: int) -> int:
    """Where an act's name not in the vocabulary ends: a capitalised first word, then words
    up to a stop word."""
    end = pos = head_end
    count = 0
    while count < 12:
        m = _TITLE_WORD.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if count == 0 and (not word[:1].isupper() or fold(word).lower() == "sua"):
            # "luật" as a common noun ("theo luật định"), or an amending act ("Luật Sửa đổi,
            # bổ sung một số điều của Luật Quản lý thuế"), whose inner name is cited instead.
            break
        if count and fold(word).lower() in _TITLE_STOPS:
            break
        end = pos = m.end()
        count += 1
    return end


_WORD_BEFORE = regex.compile(r"(?:^|(?<=(?P<mark>[^\s])[ \t]*))\p{Lu}\p{L}*[ \t]+$")


def _inside_a_name(text: str, pos: int) -> bool:
    """ "Dân Luật Việt Nam": a capitalised word before the head, in mid-sentence, makes it
    part of another name (a sentence may still open with one: "Theo Luật …")."""
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    mark = m.group("mark")
    return mark is not None and (mark.isalnum() or mark == ",")


def _pinpoint(text: str, start: int) -> tuple[str | None, int]:
    lo = max(0, start - _PINPOINT_WINDOW)
    m = _PINPOINT.search(text, lo, start)
    if m is None or (m.start() and text[m.start() - 1].isalpha()):
        return None, start
    words = collapse_spaces(text[m.start() : start]).split()
    while words and words[-1].lower() in ("của", "tại"):
        words.pop()
    return " ".join(words).strip(" ,") or None, m.start()


# The number line of a document ("Số: 848 /UBND-TH"), at the start of its line.
_NUMBER_LINE = regex.compile(r"so[ \t]*:?[ \t]*(?=[\p{N}/\-])", regex.IGNORECASE)


def _at_line_start(text: str, pos: int) -> bool:
    """Only white space or mark-up stands between the start of the line and ``pos``."""
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip(" \t*_#|>")


def _own_code(own: list[tuple[int, str]], starts: list[int], pos: int) -> str | None:
    """The code of the document ``pos`` belongs to: its number line is the nearest one
    before ``pos`` (or the first one, for a web page's banner above the document)."""
    if not own:
        return None
    k = bisect_right(starts, pos)
    return own[k - 1][1] if k else own[0][1]


@attrs.frozen
class _Hit:
    """A citation found, before its role and antecedent are worked out."""

    start: int
    end: int
    form: CitationForm
    kind: str | None
    code: DocumentCode | None = None
    date: PartialDate | None = None
    issuer: str | None = None
    title: str | None = None
    pinpoint: str | None = None


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in order of position.

    Short forms carry ``antecedent``, the position in the returned list of the
    citation they point back to (the nearest earlier one of the same type, or
    the first with the same code); ``Công văn này`` and the like are
    :attr:`CitationForm.SELF`.  Spans are offsets into ``text``.
    """
    folded = fold(text)
    sentences = _Sentences(text)
    found: list[_Hit] = []
    taken = Taken(0, len(text))

    own: list[tuple[int, str]] = []  # the "Số:" lines: each document's own code
    for mention in scan_references(text, folded=folded):
        if _NUMBER_LINE.match(folded, mention.start) and _at_line_start(text, mention.start):
            own.append((mention.start, mention.code.code.casefold()))
            taken.add(mention.start, mention.end)
            continue
        pinpoint, start = _pinpoint(text, mention.start)
        issuer = mention.issuer or mention.issuer_before
        found.append(
            _Hit(
                start,
                mention.end,
                CitationForm.FULL,
                mention.kind,
                code=mention.code,
                date=mention.date,
                issuer=issuer,
                pinpoint=pinpoint,
            )
        )
        taken.add(mention.start, mention.end)

    for m in _NAMED_ACT.finditer(text):
        if taken.overlaps(m.start(), m.end()) or _inside_a_name(text, m.start()):
            continue
        title, end = _title(text, m.start(), m.end(), folded)
        if title in ("Luật", "Bộ luật", "Pháp lệnh"):
            continue
        pinpoint, start = _pinpoint(text, m.start())
        kind = vocab.kind_from_type_phrase(fold(text[m.start() : m.end()]).lower())
        found.append(_Hit(start, end, CitationForm.NAMED, kind, title=title, pinpoint=pinpoint))
        taken.add(start, end)

    for begin, stop in _PHRASES.all_in(folded, 0, len(text)):
        if taken.overlaps(begin, stop):
            continue
        kind = vocab.kind_from_type_phrase(folded[begin:stop].lower())
        back = _BACK.match(folded, stop, min(len(folded), stop + 40))
        if back is not None:
            end = back.end()
            back_kind = _BACK_FORM[back.group("word").lower()]
            rest = folded[end : end + 40].lower().lstrip(" \t")
            if back_kind == "short" and rest.startswith(_NOT_BACK):
                continue  # "kế hoạch trên địa bàn": a preposition
            back_form = CitationForm.SELF if back_kind == "self" else CitationForm.SHORT
            found.append(_Hit(begin, end, back_form, kind))
            taken.add(begin, end)
            continue
        # "Chỉ thị của Thủ tướng Chính phủ": a type word with its issuer but no code.
        if not text[begin].isupper() or kind is None:
            continue
        cua = _CUA.match(text, stop)
        if cua is None:
            continue
        issuer, end = _read_issuer(text, folded, cua.end(), min(len(text), cua.end() + 200))
        if issuer is None or not issuer[:1].isupper():
            continue
        pinpoint, start = _pinpoint(text, begin)
        found.append(_Hit(start, end, CitationForm.NAMED, kind, issuer=issuer, pinpoint=pinpoint))
        taken.add(start, end)

    found.sort(key=lambda hit: hit.start)
    own_starts = [start for start, _ in own]
    out: list[Citation] = []
    first_by_code: dict[str, int] = {}
    previous_basis: tuple[int, bool] | None = None
    for hit in found:
        start, end = hit.start, hit.end
        span = Span(start, end)
        sentence = sentences.around(start, end)
        before = folded[sentence.start : start]
        basis = _ends_with_cue(before) or (
            _opens_with_cue(folded[sentence.start : sentence.end])
            and (not out or previous_basis is None or previous_basis[0] < sentence.start)
        )
        if previous_basis is not None and previous_basis[1] and not basis:
            # "Thực hiện Thông báo số 241/TB-VPCP và Thông báo số 451/TB-UBND": a list.
            gap = _CHAIN.fullmatch(folded, previous_basis[0], start)
            basis = gap is not None
        form = hit.form
        antecedent = None
        code = hit.code
        if code is not None:
            key = code.code.casefold()
            if key == _own_code(own, own_starts, start):
                form = CitationForm.SELF  # "(Kèm theo Nghị quyết số 60-NQ/TW)" in that resolution
            elif key in first_by_code:
                antecedent = first_by_code[key]
                if hit.date is None:
                    form = CitationForm.SHORT
            else:
                first_by_code[key] = len(out)
        elif form is CitationForm.SHORT:
            antecedent = next(
                (
                    k
                    for k in range(len(out) - 1, -1, -1)
                    if out[k].form in (CitationForm.FULL, CitationForm.NAMED)
                    and (out[k].kind == hit.kind or hit.kind is None)
                ),
                None,
            )
        if form in (CitationForm.SHORT, CitationForm.SELF):
            basis = basis and form is CitationForm.SHORT
        issuer = hit.issuer
        citation = Citation(
            form=form,
            text=text[start:end],
            kind=hit.kind,
            code=code,
            date=hit.date,
            issuer=issuer,
            issuer_normalized=normalize_issuer(issuer) if issuer else None,
            title=hit.title,
            pinpoint=hit.pinpoint,
            basis=basis,
            antecedent=antecedent,
            span=span,
            sentence=sentence,
        )
        out.append(citation)
        previous_basis = (end, basis)
    return out


DEFAULT_TEMPLATE = '<a href="{href}">{text}</a>'
"""The default of :func:`annotate`: an HTML link around the citation as printed."""


def _default_href(citation: Citation) -> str:
    if citation.code is not None:
        return "#" + citation.code.code
    if citation.title:
        return "#" + vocab.slugify(citation.title)
    return "#" + (citation.kind or "")


def annotate(
    text: str,
    citations: Sequence[Citation],
    template: str = DEFAULT_TEMPLATE,
    *,
    href: Callable[[Citation], str] = _default_href,
) -> str:
    """``text`` with each citation wrapped by ``template``, every other character unchanged.

    ``template`` may use ``{text}`` (the citation as printed), ``{href}`` (from
    ``href``, HTML-escaped), ``{kind}``, ``{code}`` and ``{index}`` (its position in
    ``citations``).  Citations without a span, or overlapping an earlier one, are
    left as they are.
    """
    out = []
    pos = 0
    for index, citation in sorted(
        enumerate(citations),
        key=lambda pair: pair[1].span.start if pair[1].span is not None else -1,
    ):
        span = citation.span
        if span is None or span.start < pos or span.end > len(text):
            continue
        out.append(text[pos : span.start])
        out.append(
            template.format(
                text=text[span.start : span.end],
                href=html.escape(href(citation), quote=True),
                kind=citation.kind or "",
                code=citation.code.code if citation.code else "",
                index=index,
            )
        )
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
