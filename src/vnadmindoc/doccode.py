"""Số và ký hiệu (document number and symbol), in the shape of python-stdnum.

A code is checked on its own, as an e-office form or an archive import would:
:func:`compact` cleans a printed code, :func:`validate` returns the canonical
form or raises, :func:`is_valid` never raises, :func:`format` prints it as on
paper, :func:`split` and :func:`parse` take it apart.

Every style of Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW is accepted: typed
state codes (``15/QĐ-BNV``), state công văn (``05/BNV-VP``), normative acts
with their year (``30/2020/NĐ-CP``, ``45/2019/QH14``), copies (``15/SY-UBND``),
Party codes (``274-TB/TU``, ``24-BS/UBKTTU``) and drafts with a blank number
(``/UBND-VX``, ``-CV/BCSĐ``).  Mixed-case abbreviations (``QyĐ``, ``TTr``,
``TTg``) stay as printed.

>>> compact(" Số: 2548 /UBND – KGVX ")
'2548/UBND-KGVX'
>>> validate("30/2020/NĐ-CP")
'30/2020/NĐ-CP'
>>> is_valid("274-TB/TU"), is_valid("274/TB")
(True, False)
>>> format("Số: 5/BNV-VP")
'05/BNV-VP'
>>> format("274-TB/TU", label=True)
'Số 274-TB/TU'
>>> split("45/2022/NĐ-CP")
CodeParts(number='45', year=2022, doc_type='NĐ', issuer='CP', units=(), party=False)
>>> is_valid("15/2024/GM-UBND")  # a Giấy mời is never a normative act
False
"""

from __future__ import annotations

import builtins
import unicodedata

import attrs
import regex

from vnadmindoc import vocab
from vnadmindoc.errors import (
    InconsistentComponent,
    InvalidCode,
    InvalidComponent,
    InvalidFormat,
)
from vnadmindoc.fields.codes import make_code
from vnadmindoc.model import DocumentCode

__all__ = [
    "CodeParts",
    "LookAlike",
    "compact",
    "format",
    "is_valid",
    "lookalikes",
    "parse",
    "split",
    "validate",
]

# Characters that look like the ones a code is made of; offices and OCR print them.
_LOOKALIKES = {
    "\u00d0": "Đ",  # Icelandic Eth, not Vietnamese Đ (U+0110)
    "\u00f0": "đ",
    "\u0189": "Đ",  # African D
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\uff0d": "-",
    "\uff0f": "/",
    "\u2044": "/",
    "\u2215": "/",
}
_ODD_SPACES = "\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff"
_ODD_SPACES = "\u00a0\u2007\u202f\u200b\u200c\u200d\u2060\ufeff"
_SPACES = regex.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")
_LABEL = regex.compile(r"^s[ốôoó][ \t]*[:.]?(?=[\d/\-])", regex.IGNORECASE)
_GROUP = r"[\p{L}\p{N}]+"
_STATE = regex.compile(
    rf"(?P<number>\d+)?/(?:(?P<year>\d{{4}})/)?(?P<symbol>{_GROUP}(?:-{_GROUP})*)"
)
_PARTY = regex.compile(rf"(?P<number>\d+)?-(?P<type>{_GROUP})/(?P<org>{_GROUP}(?:-{_GROUP})*)")


@attrs.frozen
class LookAlike:
    """A character of a printed code that only looks like the right one."""

    position: int
    """Offset in the NFC form of the code as given."""
    found: str
    expected: str


@attrs.frozen
class CodeParts:
    """The parts of a code.

    ``doc_type`` is the type abbreviation (``None`` for a state công văn),
    ``issuer`` the issuing body's abbreviation, ``units`` the drafting units
    or further bodies after it.
    """

    number: str | None
    year: int | None
    doc_type: str | None
    issuer: str | None
    units: tuple[str, ...]
    party: bool


def lookalikes(code: str) -> list[LookAlike]:
    """What in ``code`` only looks right: U+00D0 for Đ, en dashes, full-width slashes,
    no-break spaces, and letters in decomposed form (NFD); positions are in ``code``.

    >>> lookalikes("15/QÐ-UBND")
    [LookAlike(position=4, found='Ð', expected='Đ')]
    >>> lookalikes("15/QĐ-UBND\u00a0")
    [LookAlike(position=10, found='\xa0', expected=' ')]
    """
    found = []
    i = 0
    while i < len(code):
        ch = code[i]
        j = i + 1
        while j < len(code) and unicodedata.combining(code[j]):
            j += 1
        run = code[i:j]
        composed = unicodedata.normalize("NFC", run)
        if ch in _LOOKALIKES:
            found.append(LookAlike(i, ch, _LOOKALIKES[ch]))
        elif ch in _ODD_SPACES:
            found.append(LookAlike(i, ch, " "))
        elif composed != run:
            found.append(LookAlike(i, run, composed))
        i = j
    return found


def compact(code: str) -> str:
    """The code without its ``Số:`` label, spaces and look-alike characters, in NFC.

    >>> compact("Số:   /QĐ-UBND")
    '/QĐ-UBND'
    """
    text = unicodedata.normalize("NFC", code)
    text = "".join(_LOOKALIKES.get(ch, ch) for ch in text)
    text = _SPACES.sub("", text).rstrip(".,;")
    return _LABEL.sub("", text, count=1)


def _state_type(symbol: str, year: str | None) -> str | None:
    head = symbol.split("-", 1)[0]
    if "-" not in symbol:
        return None
    return head if head in vocab.STATE_CODES else None


def _check(code: str) -> tuple[regex.Match[str], bool]:
    if not code:
        raise InvalidFormat("empty document number and symbol (số, ký hiệu)")
    party = _PARTY.fullmatch(code)
    if party is not None:
        return party, True
    state = _STATE.fullmatch(code)
    if state is not None:
        return state, False
    raise InvalidFormat(f"{code!r} is not 'number/SYMBOL' (state) or 'number-TYPE/BODY' (Party)")


def validate(code: str, *, kind: str | None = None, year: int | None = None) -> str:
    """The canonical form of ``code``, or an :class:`~vnadmindoc.errors.InvalidCode`.

    ``kind`` (a type slug such as ``"quyet_dinh"``, from the printed title) and
    ``year`` (of the document's date) are checked against the code when given.

    Raises :class:`~vnadmindoc.errors.InvalidFormat` for a shape that is no
    code, :class:`~vnadmindoc.errors.InvalidComponent` for an unknown Party
    type or a normative code without a type, and
    :class:`~vnadmindoc.errors.InconsistentComponent` when parts disagree.

    >>> validate("Số: 15 / QĐ - BNV")
    '15/QĐ-BNV'
    >>> validate("15/QĐ-BNV", kind="quy_dinh")
    Traceback (most recent call last):
    ...
    vnadmindoc.errors.InconsistentComponent: QĐ is the code of quyet_dinh, not of quy_dinh
    """
    text = compact(code)
    m, party = _check(text)
    number = m.group("number")
    if number is not None and int(number) == 0:
        raise InvalidFormat(f"{text!r}: a document number starts at 01")
    parts = _split(m, party)
    if party:
        if parts.doc_type is None:
            raise InvalidComponent(
                f"{m.group('type')!r} is not a Party type abbreviation (Hướng dẫn 36-HD/VPTW)"
            )
    elif m.group("year"):
        _check_normative(text, parts, m.group("symbol"))
    elif "-" not in m.group("symbol"):
        raise InvalidFormat(
            f"{text!r}: the symbol needs two groups, TYPE-BODY or BODY-UNIT (Nghị định 30/2020)"
        )
    if kind is not None:
        _check_kind(parts, kind)
    if year is not None and parts.year is not None and parts.year != year:
        raise InconsistentComponent(
            f"the symbol's year {parts.year} is not the year of the document's date, {year}"
        )
    return text


def _check_normative(text: str, parts: CodeParts, symbol: str) -> None:
    if "-" not in symbol:
        # Laws and resolutions of the National Assembly: "45/2019/QH14", "02/2022/UBTVQH15".
        if regex.fullmatch(r"\p{Lu}+\d+", symbol):
            return
        raise InvalidComponent(f"{text!r}: a normative act's symbol is TYPE-BODY after the year")
    if parts.doc_type is None:
        head = symbol.split("-", 1)[0]
        raise InvalidComponent(f"{head!r} is not the abbreviation of a normative act's type")
    slug = vocab.kind_from_abbreviation(parts.doc_type)
    info = vocab.doc_type(slug) if slug else None
    if info is None or not info.normative:
        raise InconsistentComponent(
            f"{parts.doc_type} ({slug}) is not a normative act: its symbol cannot carry a year"
        )


def _check_kind(parts: CodeParts, kind: str) -> None:
    if parts.doc_type is None:
        if kind != "cong_van" and not parts.year:
            raise InconsistentComponent(
                f"a {kind} has its type abbreviation first in the symbol; this is a công văn's"
            )
        return
    own = vocab.kind_from_abbreviation(parts.doc_type, party=parts.party)
    if own != kind:
        raise InconsistentComponent(f"{parts.doc_type} is the code of {own}, not of {kind}")


def _split(m: regex.Match[str], party: bool) -> CodeParts:
    number = m.group("number") or None
    if party:
        type_group = m.group("type")
        groups = m.group("org").split("-")
        doc_type = type_group if type_group in vocab.PARTY_CODES else None
        return CodeParts(number, None, doc_type, groups[0], tuple(groups[1:]), True)
    year = int(m.group("year")) if m.group("year") else None
    symbol = m.group("symbol")
    groups = symbol.split("-")
    doc_type = _state_type(symbol, m.group("year"))
    if doc_type is not None:
        groups = groups[1:]
    return CodeParts(number, year, doc_type, groups[0], tuple(groups[1:]), False)


def split(code: str) -> CodeParts:
    """The parts of a valid code (raises like :func:`validate`).

    >>> split("2548/UBND-KGVX")
    CodeParts(number='2548', year=None, doc_type=None, issuer='UBND', units=('KGVX',), party=False)
    >>> split("-CV/BCSĐ")
    CodeParts(number=None, year=None, doc_type='CV', issuer='BCSĐ', units=(), party=True)
    """
    text = validate(code)
    m, party = _check(text)
    return _split(m, party)


def parse(code: str) -> DocumentCode:
    """A valid code as the model's :class:`~vnadmindoc.model.DocumentCode`.

    >>> parse("Số 274-TB/TU").code
    '274-TB/TU'
    """
    text = validate(code)
    m, party = _check(text)
    sep = "-" if party else "/"
    if party:
        symbol = f"{m.group('type')}/{m.group('org')}"
    else:
        symbol = text[m.end("number") + 1 :] if m.group("number") else text[1:]
    return make_code(m.group("number"), sep, symbol)


def is_valid(code: str, *, kind: str | None = None, year: int | None = None) -> bool:
    """Whether :func:`validate` accepts ``code``; never raises."""
    try:
        validate(code, kind=kind, year=year)
    except InvalidCode:
        return False
    return True


def format(code: str, *, label: bool = False) -> str:
    """``code`` in its canonical printed form: ``05/BNV-VP``, ``274-TB/TU``.

    Numbers below 10 get their leading zero (Nghị định 30/2020, Phụ lục I).
    With ``label``, the number line as printed: ``Số: 05/BNV-VP`` (state) or
    ``Số 274-TB/TU`` (Party, without a colon).  ``validate(format(x)) ==
    format(x)`` for every valid ``x``.
    """
    text = validate(code)
    m, party = _check(text)
    number = m.group("number")
    if number is not None:
        padded = builtins.format(int(number), "02d")
        text = padded + text[m.end("number") :]
    if not label:
        return text
    return f"Số {text}" if party else f"Số: {text}"
