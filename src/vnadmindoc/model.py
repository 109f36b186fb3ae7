"""The typed model of a Vietnamese administrative document.

Every class here is an immutable :mod:`attrs` class and knows nothing about
parsing or rendering: the parser (:mod:`vnadmindoc.parse`) builds these
objects, the renderers (:mod:`vnadmindoc.render`) read them.

Source positions are :class:`Span` objects (``start``/``end`` character
offsets into the text that was parsed).  Spans are *not* part of equality:
two documents read from differently laid-out texts compare equal when every
field the document carries is equal.

>>> code = DocumentCode(number="2548", symbol="UBND-KGVX")
>>> code.code
'2548/UBND-KGVX'
>>> PartialDate(2021, 5).isoformat()
'2021-05'
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

__all__ = [
    "ArchiveNote",
    "Authority",
    "AuthorityKind",
    "Citation",
    "CitationForm",
    "Deadline",
    "Directive",
    "Document",
    "DocumentCode",
    "Fragment",
    "Issuer",
    "Motto",
    "PartialDate",
    "ReceiptStamp",
    "Recipient",
    "Reference",
    "Secrecy",
    "Signature",
    "Span",
    "SpanMap",
    "Task",
    "Urgency",
]


# One converter per element type, so that type checkers see what each constructor takes (a
# generic converter reaches mypy's attrs plugin as an unsolved ``Iterable[T]``).
def _strs(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def _named_spans(value: Iterable[tuple[str, Span]]) -> tuple[tuple[str, Span], ...]:
    return tuple(value)


def _directives(value: Iterable[Directive]) -> tuple[Directive, ...]:
    return tuple(value)


def _deadlines(value: Iterable[Deadline]) -> tuple[Deadline, ...]:
    return tuple(value)


def _authorities(value: Iterable[Authority]) -> tuple[Authority, ...]:
    return tuple(value)


def _recipients(value: Iterable[Recipient]) -> tuple[Recipient, ...]:
    return tuple(value)


def _references(value: Iterable[Reference]) -> tuple[Reference, ...]:
    return tuple(value)


def _signatures(value: Iterable[Signature]) -> tuple[Signature, ...]:
    return tuple(value)


def _fragments(value: Iterable[Fragment]) -> tuple[Fragment, ...]:
    return tuple(value)


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the source text.

    >>> Span(4, 9).slice("Số: 2548/UBND")
    '2548/'
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


_BRIEF = 200


def _brief(text: str) -> str:
    """The repr of a long text, cut: ``'Thực hiện … (2 480 characters)'``.

    >>> _brief("ab" * 150)[-20:]
    "a…' (300 characters)"
    """
    if len(text) <= _BRIEF:
        return repr(text)
    return f"{text[: _BRIEF - 1] + '…'!r} ({len(text)} characters)"


def _span_field() -> Any:
    return attrs.field(default=None, eq=False, repr=False, kw_only=True)


@attrs.frozen
class SpanMap(Mapping[str, Span]):
    """Read-only mapping from a document field name (``"place"``, ``"subject"`` …) to its span.

    Plain, immutable and picklable, unlike :class:`types.MappingProxyType`.
    """

    items_: tuple[tuple[str, Span], ...] = attrs.field(default=(), converter=_named_spans)

    def __getitem__(self, key: str) -> Span:
        for name, span in self.items_:
            if name == key:
                return span
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self.items_)

    def __len__(self) -> int:
        return len(self.items_)


class Motto(enum.Enum):
    """Which header family the document uses (quốc hiệu / tiêu đề)."""

    STATE = "state"
    """``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`` (Nghị định 30/2020)."""
    PARTY = "party"
    """``ĐẢNG CỘNG SẢN VIỆT NAM`` (Hướng dẫn 36-HD/VPTW)."""


class Urgency(enum.Enum):
    """Độ khẩn — the urgency mark."""

    KHAN = "khan"
    """Khẩn."""
    THUONG_KHAN = "thuong_khan"
    """Thượng khẩn."""
    HOA_TOC = "hoa_toc"
    """Hỏa tốc."""


class Secrecy(enum.Enum):
    """Độ mật — the secrecy mark."""

    MAT = "mat"
    """Mật."""
    TOI_MAT = "toi_mat"
    """Tối mật."""
    TUYET_MAT = "tuyet_mat"
    """Tuyệt mật."""


class AuthorityKind(enum.Enum):
    """Quyền hạn ký — the prefix of a signing authority.

    State documents print ``TM.``/``KT.``/``TL.``/``TUQ.``/``Q.``; Party documents
    ``T/M``/``K/T``/``T/L``; both map to the same kinds.
    """

    TM = "TM"
    """Thay mặt — signs for a collective body."""
    KT = "KT"
    """Ký thay — a deputy signs for the head."""
    TL = "TL"
    """Thừa lệnh — signs by order of the head."""
    TUQ = "TUQ"
    """Thừa ủy quyền — signs under a written delegation."""
    Q = "Q"
    """Quyền — acting head."""


@attrs.frozen
class PartialDate:
    """A calendar date whose day, or day and month, may be blank.

    Drafts leave the day blank: ``ngày  tháng 5 năm 2021``.

    >>> PartialDate(2021, 9, 17).isoformat()
    '2021-09-17'
    >>> PartialDate.fromisoformat("2021-05")
    PartialDate(year=2021, month=5, day=None)
    >>> PartialDate(2021, 2, 30)
    Traceback (most recent call last):
    ...
    ValueError: day 30 is out of range for 2021-02
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ValueError(f"year {self.year} is out of range")
        if self.month is None:
            if self.day is not None:
                raise ValueError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is out of range")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueError(
                    f"day {self.day} is out of range for {self.year:04d}-{self.month:02d}"
                )

    @property
    def is_complete(self) -> bool:
        """True when year, month and day are all known."""
        return self.day is not None

    def isoformat(self) -> str:
        """ISO 8601 with reduced precision: ``2021-09-17``, ``2021-05`` or ``2025``."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
            if self.day is not None:
                out += f"-{self.day:02d}"
        return out

    def to_date(self) -> _dt.date:
        """The :class:`datetime.date`; raises :class:`ValueError` when the date is partial."""
        if self.month is None or self.day is None:
            raise ValueError(f"{self.isoformat()} is a partial date")
        return _dt.date(self.year, self.month, self.day)

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
        parts = text.split("-")
        if not 1 <= len(parts) <= 3 or not all(p.isdecimal() for p in parts):
            raise ValueError(f"not an ISO date: {text!r}")
        numbers = [int(p) for p in parts] + [None, None]
        return cls(numbers[0], numbers[1], numbers[2])  # type: ignore[arg-type]

    @classmethod
    def from_date(cls, value: _dt.date) -> PartialDate:
        """Wrap a complete :class:`datetime.date`."""
        return cls(value.year, value.month, value.day)

    def __str__(self) -> str:
        return self.isoformat()


@attrs.frozen
class DocumentCode:
    """Số và ký hiệu — the number and symbol of a document.

    ``symbol`` is everything after the number separator, as printed but with
    spaces and look-alike characters removed (mixed case such as ``QyĐ``,
    ``TTr`` or ``TTg`` is kept).  State codes put ``/`` after the number
    (``2548/UBND-KGVX``, ``30/2020/NĐ-CP``); Party codes put ``-``
    (``274-TB/TU``).  A draft leaves the number blank (``number=None``).

    ``doc_type`` is the type abbreviation (``TB``, ``QĐ``, ``NĐ`` …) when the
    parser identified one in the symbol, ``None`` for a công văn, whose
    symbol is ``ISSUER-UNIT``.

    >>> c = DocumentCode(number="30", symbol="2020/NĐ-CP", doc_type="NĐ")
    >>> (c.code, c.year, c.issuer, c.units)
    ('30/2020/NĐ-CP', 2020, 'CP', ())
    >>> p = DocumentCode(number="274", symbol="TB/TU", party=True, doc_type="TB")
    >>> (p.code, p.issuer)
    ('274-TB/TU', 'TU')
    >>> DocumentCode(number=None, symbol="CV/BCSĐ", party=True).code
    '-CV/BCSĐ'
    """

    number: str | None
    """Số — the running number as printed (``"05"``, ``"2548"``), ``None`` when blank."""
    symbol: str
    """Ký hiệu — ``"UBND-KGVX"``, ``"2020/NĐ-CP"``, ``"TB/TU"``."""
    party: bool = False
    """True for the Party style ``number-TYPE/ORG``."""
    doc_type: str | None = None
    """The type abbreviation found in the symbol, ``None`` when it has none (công văn)."""
    span: Span | None = _span_field()

    @property
    def separator(self) -> str:
        """``"-"`` for Party codes, ``"/"`` for state codes."""
        return "-" if self.party else "/"

    @property
    def code(self) -> str:
        """The canonical code: number, separator and symbol without spaces."""
        return f"{self.number or ''}{self.separator}{self.symbol}"

    @property
    def year(self) -> int | None:
        """The year group of a normative act (``30/2020/NĐ-CP`` → 2020)."""
        head, sep, _ = self.symbol.partition("/")
        if sep and len(head) == 4 and head.isdecimal() and not self.party:
            return int(head)
        return None

    def _groups(self) -> list[str]:
        rest = self.symbol
        if self.year is not None:
            rest = rest.partition("/")[2]
        groups = [g for g in rest.replace("/", "-").split("-") if g]
        if self.doc_type is not None and groups and groups[0] == self.doc_type:
            groups = groups[1:]
        return groups

    @property
    def issuer(self) -> str | None:
        """The issuing organisation's abbreviation (``UBND``, ``VPCP``, ``TU``)."""
        groups = self._groups()
        return groups[0] if groups else None

    @property
    def units(self) -> tuple[str, ...]:
        """Further groups: drafting unit or co-issuers (``KGVX`` in ``UBND-KGVX``)."""
        return tuple(self._groups()[1:])

    def __str__(self) -> str:
        return self.code


@attrs.frozen
class Issuer:
    """Tên cơ quan ban hành — the issuing body, and its cơ quan chủ quản (``parent``)."""

    name: str
    parent: str | None = None
    span: Span | None = _span_field()


@attrs.frozen
class Recipient:
    """One entry of ``Kính gửi`` or ``Nơi nhận``.

    ``group`` is the heading the entry sits under in a grouped list
    (``Gửi bản giấy``, ``Gửi bản điện tử``), if any.
    """

    name: str
    group: str | None = None
    span: Span | None = _span_field()


@attrs.frozen
class Directive:
    """A numbered item of the body (``1.``, ``II.``, ``Điều 3.``, ``a)``).

    ``lead`` is the unit the item puts in charge when it names one
    (``"3. Giao Sở Y tế: …"`` → ``"Sở Y tế"``), with its office when the item names that
    (``"Giám đốc Sở Y tế chỉ đạo …"`` → ``"Giám đốc Sở Y tế"``), or a group of units of one
    kind (``"Các huyện tổ chức …"`` → ``"Các huyện"``).
    """

    label: str
    """The label as printed, without its dot or bracket: ``"1"``, ``"II"``, ``"Điều 3"``."""
    text: str = attrs.field(repr=_brief)
    """The item's text after its label, nested items included (its repr cut after 200
    characters)."""
    lead: str | None = None
    children: tuple[Directive, ...] = attrs.field(default=(), converter=_directives)
    span: Span | None = _span_field()


@attrs.frozen
class Reference:
    """A coded reference to another document (``Thông báo số 241/TB-VPCP ngày 12/9/2021 …``).

    When a document cites the same code several times, the parser merges
    the mentions: ``span`` is the first one, ``mentions`` all of them.
    """

    code: DocumentCode
    kind: str | None = None
    """Type slug of the cited document (``thong_bao``, ``nghi_dinh`` …)."""
    date: PartialDate | None = None
    issuer: str | None = None
    """The issuing body as written beside the code."""
    span: Span | None = _span_field()
    mentions: tuple[Span, ...] = attrs.field(
        default=(), converter=_spans, eq=False, repr=False, kw_only=True
    )


class CitationForm(enum.Enum):
    """How a citation names the document it points to."""

    FULL = "full"
    """By its code, often with date and issuer: ``Thông báo số 241/TB-VPCP ngày 12/9/2021``."""
    NAMED = "named"
    """Without a code: ``Luật Đấu thầu``, ``Chỉ thị của Thủ tướng Chính phủ``."""
    SHORT = "short"
    """Back to one cited before: ``Thông báo trên``, or the same code again without its date."""
    SELF = "self"
    """The citing document itself: ``Công văn này``, ``Quyết định này``."""


@attrs.frozen
class Citation:
    """One place where a text cites a document (trích dẫn), as :func:`find_citations` finds it.

    Unlike :class:`Reference`, which a :class:`Document` holds once per distinct
    code, there is one citation per occurrence, coded or not.
    """

    form: CitationForm
    text: str
    """The citation as printed, from its first word (or pinpoint) to its last."""
    kind: str | None = None
    """Type slug of the cited document (``thong_bao``, ``luat`` …) when the text names it."""
    code: DocumentCode | None = None
    date: PartialDate | None = None
    issuer: str | None = None
    """The issuing body as written (``UBND tỉnh``, ``Thủ tướng Chính phủ``)."""
    issuer_normalized: str | None = None
    """The issuer with abbreviations spelled out and tone marks in one style
    (``Ủy ban nhân dân tỉnh``), for grouping and linking."""
    title: str | None = None
    """The name of an act cited by name: ``Luật Đấu thầu``."""
    pinpoint: str | None = None
    """The part cited: ``khoản 2 Điều 5``, ``Điều 26``."""
    basis: bool = False
    """True when the citing text rests on it (căn cứ, thực hiện …); False for a mention."""
    antecedent: int | None = None
    """For a short form, the position in the same list of the citation it points back to."""
    span: Span | None = _span_field()
    sentence: Span | None = _span_field()
    """The sentence (or clause ended by ``;``) the citation stands in."""


@attrs.frozen
class Deadline:
    """A time limit set on a task (thời hạn): ``trước ngày 15/10``, ``trong tháng 9``."""

    date: PartialDate
    text: str
    """As printed: ``trước ngày 20/5/2021``."""
    span: Span | None = _span_field()


@attrs.frozen
class Task:
    """Who must do what by when: one directive, read as an assignment (nhiệm vụ)."""

    label: str
    """The labels from the top-level item down, joined by ``.``: ``"2.b"``."""
    action: str
    """The item's own text, without its label and nested items."""
    leads: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Units in charge (chủ trì): ``Sở Y tế``."""
    partners: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    """Units that co-operate (phối hợp): ``Công an tỉnh``."""
    deadlines: tuple[Deadline, ...] = attrs.field(default=(), converter=_deadlines)
    span: Span | None = _span_field()


@attrs.frozen
class Authority:
    """One level of a signing authority chain, e.g. ``KT. CHỦ TỊCH``."""

    kind: AuthorityKind
    holder: str
    """The body or office signed for, as printed (``ỦY BAN NHÂN DÂN``, ``CHỦ TỊCH``)."""
    prefix: str | None = None
    """The prefix as printed (``TM.``, ``T/M``, ``KT.``), kept for faithful rendering and checks."""
    span: Span | None = _span_field()


@attrs.frozen
class Signature:
    """A signature block: authority chain, position (chức vụ) and signer name."""

    authority: tuple[Authority, ...] = attrs.field(default=(), converter=_authorities)
    position: str | None = None
    name: str | None = None
    span: Span | None = _span_field()


@attrs.frozen
class ArchiveNote:
    """The ``Lưu:`` line — filing units, drafter's initials and number of copies.

    ``Lưu: VT, KGVX (3)`` → ``units=("VT", "KGVX")``, ``copies=3``.
    """

    units: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    drafter: str | None = None
    copies: int | None = None
    span: Span | None = _span_field()


@attrs.frozen
class ReceiptStamp:
    """The incoming stamp (dấu ĐẾN / ``VĂN BẢN ĐẾN``): arrival number and date."""

    number: str | None = None
    date: PartialDate | None = None
    span: Span | None = _span_field()


@attrs.frozen
class Fragment:
    """Text the parser kept aside rather than lose it.

    ``reason`` says why: ``"noise"`` (page numbers, page-break markers, URLs, scanner
    debris), ``"marker"`` (signing marks such as ``(Đã ký)``) or ``"unrecognised"`` (text no
    field took: banners above the heading, addressee details, web-page text).
    """

    text: str
    reason: str
    span: Span | None = _span_field()


@attrs.frozen(kw_only=True)
class Document:
    """One administrative document.

    Fields the text does not give are ``None`` (or empty).  ``body`` holds the
    content between the heading and the closing; ``appendix`` whatever follows
    the signature (footnotes, annexes).  ``unplaced`` keeps, with spans, the
    text the parser set aside so that nothing of the input is lost; it is not
    part of equality.
    """

    kind: str | None = None
    """Loại văn bản as a slug: ``cong_van``, ``quyet_dinh``, ``thong_bao`` …"""
    title: str | None = None
    """Tên loại as printed (``QUYẾT ĐỊNH``); ``None`` for a công văn."""
    issuer: Issuer | None = None
    motto: Motto | None = None
    code: DocumentCode | None = None
    place: str | None = None
    """Địa danh — the place in the date line."""
    date: PartialDate | None = None
    """Ngày ban hành — may be partial in drafts."""
    subject: str | None = None
    """Trích yếu, without ``V/v`` or ``Về việc``."""
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    received: ReceiptStamp | None = None
    addressees: tuple[Recipient, ...] = attrs.field(default=(), converter=_recipients)
    """Kính gửi — the recipients named after "Kính gửi:", or after a telegram's "điện:"."""
    body: str = attrs.field(default="", repr=_brief)
    """Nội dung; its repr is cut after 200 characters, so that a document prints in a REPL."""
    directives: tuple[Directive, ...] = attrs.field(default=(), converter=_directives)
    references: tuple[Reference, ...] = attrs.field(default=(), converter=_references)
    distribution: tuple[Recipient, ...] = attrs.field(default=(), converter=_recipients)
    """Nơi nhận, without the ``Lưu`` line."""
    archive: ArchiveNote | None = None
    signatures: tuple[Signature, ...] = attrs.field(default=(), converter=_signatures)
    appendix: str = attrs.field(default="", repr=_brief)
    unplaced: tuple[Fragment, ...] = attrs.field(
        default=(), converter=_fragments, eq=False, repr=False
    )
    span: Span | None = attrs.field(default=None, eq=False, repr=False)
    """The extent of the whole document in the source."""
    spans: SpanMap = attrs.field(factory=SpanMap, eq=False, repr=False)
    """Spans of scalar fields, by field name (``place``, ``date``, ``subject`` …)."""
