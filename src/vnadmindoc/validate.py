"""Checking documents against Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW.

:func:`validate` runs the registered rules over a parsed :class:`Document`
and returns :class:`Diagnostic` objects, each with a stable rule code, a
severity, a message in English and in Vietnamese, the field concerned and
its span in the source text.  :func:`check` parses a text and validates
every document in it.

Rules are small functions registered with :func:`rule` in the
:mod:`vnadmindoc.checks` package; :func:`rules` lists them.  Each carries a
passing and a failing example, so that the rule reference in the docs and
the tests come from the same place.  Checks of the printed form (the colon
after ``Số``, the padding of the day, the spelling of ``KT.``) need the
source text: :func:`validate` takes it as ``source``; without it, only
checks of the parsed values run.

>>> diagnostics = check('''ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
... CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
... Độc lập - Tự do - Hạnh phúc
... Số: 5/UBND-VXNV
... V/v tăng cường phòng, chống dịch
... Bắc Kạn, ngày 1 tháng 2 năm 2021''')
>>> [(d.code, d.severity.value) for d in diagnostics]  # doctest: +NORMALIZE_WHITESPACE
[('R501', 'error'), ('R503', 'warning'), ('S606', 'warning'), ('N202', 'warning'),
 ('D302', 'error'), ('D303', 'error')]
>>> print(diagnostics[4].message_vi)
Ngày từ 1 đến 9 phải viết 01–09: "ngày 1"
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from vnadmindoc.clean import clean
from vnadmindoc.errors import UnknownRuleError
from vnadmindoc.model import Document, Motto, Span

__all__ = [
    "Context",
    "Diagnostic",
    "Example",
    "Finding",
    "Rule",
    "Severity",
    "check",
    "chosen_rules",
    "rule",
    "rules",
    "validate",
]


class Severity(enum.Enum):
    """How serious a diagnostic is.

    ``error`` breaks an explicit rule of Nghị định 30/2020 or Hướng dẫn 36;
    ``warning`` is likely wrong, or breaks a rule the text only lets us infer;
    ``info`` is style, practice or a draft's blank.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Diagnostic:
    """One finding about a document."""

    code: str
    """Stable rule code, e.g. ``"N202"``."""
    severity: Severity
    message: str
    """English message."""
    message_vi: str
    """Vietnamese message."""
    field: str | None = None
    """The document field concerned (``code``, ``date``, ``signatures`` …)."""
    span: Span | None = attrs.field(default=None, eq=False)
    """Where in the source text, when known."""

    def text(self, lang: Literal["en", "vi"] = "en") -> str:
        """The message in ``lang``."""
        return self.message_vi if lang == "vi" else self.message


@attrs.frozen
class Finding:
    """What a rule reports; :func:`validate` adds the rule's code and severity."""

    message: str
    message_vi: str
    field: str | None = None
    span: Span | None = None
    severity: Severity | None = None
    """Overrides the rule's severity for this finding."""


@attrs.frozen
class Example:
    """A passing and a failing example of a rule, as edits of a base document.

    The base document (``cong_van``, ``quyet_dinh`` or ``party``, in
    ``vnadmindoc/checks/data/``) passes every rule.  Replacing ``target`` by
    ``good`` must still pass this rule; replacing it by ``bad`` must fail it.
    """

    bad: str
    good: str | None = None
    target: str | None = None
    base: str = "cong_van"

    @property
    def passing(self) -> str:
        """The passing text of the edited part."""
        return self.good if self.good is not None else self._target

    @property
    def _target(self) -> str:
        target = self.target if self.target is not None else self.good
        if target is None:
            raise ValueError("an Example needs a target or a good text")
        return target

    def texts(self, base_text: str) -> tuple[str, str]:
        """The passing and the failing document built from ``base_text``."""
        target = self._target
        if target not in base_text:
            raise ValueError(f"{target!r} is not in the {self.base} base document")
        return base_text.replace(target, self.passing, 1), base_text.replace(target, self.bad, 1)


@attrs.frozen
class Context:
    """What a rule sees: the document and, when given, the text it was parsed from."""

    document: Document
    source: str | None = None

    @property
    def party(self) -> bool:
        """The document follows the Party rules (Hướng dẫn 36-HD/VPTW).

        Decided by the header when there is one, else by the style of the code.
        """
        doc = self.document
        if doc.motto is not None:
            return doc.motto is Motto.PARTY
        return doc.code is not None and doc.code.party

    def printed(self, span: Span | None) -> str | None:
        """The source text under ``span`` with mark-up (bold, tags) removed."""
        if span is None or self.source is None:
            return None
        return clean(self.source[span.start : span.end]).text

    def raw(self, span: Span | None) -> str | None:
        """The source text under ``span`` exactly as given (look-alikes, NFD and all)."""
        if span is None or self.source is None:
            return None
        return self.source[span.start : span.end]

    def field_span(self, name: str) -> Span | None:
        """The span of a scalar field (``code``, ``date``, ``subject`` …)."""
        return self.document.spans.get(name)

    def line(self, span: Span | None) -> tuple[str, Span] | None:
        """The whole source line around ``span``, cleaned, with the line's span."""
        if span is None or self.source is None:
            return None
        start = self.source.rfind("\n", 0, span.start) + 1
        end = self.source.find("\n", span.end)
        end = len(self.source) if end < 0 else end
        return clean(self.source[start:end]).text, Span(start, end)


Check = Callable[[Context], Iterable[Finding]]
Family = Literal["state", "party", "any"]


@attrs.frozen
class Rule:
    """A registered check, with what the docs and the tests need to know about it."""

    code: str
    name: str
    """A short slug (``number-padding``)."""
    severity: Severity
    summary: str
    summary_vi: str
    family: Family
    """The documents it applies to: ``state``, ``party`` or ``any``."""
    source: str
    """Where the rule comes from (``NĐ 30/2020, Phụ lục I §II.3``)."""
    examples: tuple[Example, ...]
    needs_source: bool
    """The rule reads the printed text and is skipped without it."""
    check: Check = attrs.field(repr=False)


_RULES: dict[str, Rule] = {}
_RULE_MODULES = (
    "header",
    "number",
    "dateline",
    "title",
    "recipients",
    "signature",
    "body",
    "marks",
)


def rule(
    code: str,
    name: str,
    severity: Severity,
    summary: str,
    summary_vi: str,
    *,
    source: str,
    examples: Iterable[Example],
    family: Family = "any",
    needs_source: bool = False,
) -> Callable[[Check], Check]:
    """Register a check function under ``code`` (used by :mod:`vnadmindoc.checks`)."""

    def register(check: Check) -> Check:
        if code in _RULES:
            raise ValueError(f"rule {code} is registered twice")
        _RULES[code] = Rule(
            code=code,
            name=name,
            severity=severity,
            summary=summary,
            summary_vi=summary_vi,
            family=family,
            source=source,
            examples=tuple(examples),
            needs_source=needs_source,
            check=check,
        )
        return check

    return register


def rules() -> Mapping[str, Rule]:
    """Every registered rule, by code, in code order."""
    for module in _RULE_MODULES:
        importlib.import_module(f"vnadmindoc.checks.{module}")
    return MappingProxyType(dict(sorted(_RULES.items())))


def chosen_rules(select: Iterable[str] | None, ignore: Iterable[str]) -> list[Rule]:
    """Rules whose code starts with one of ``select`` (all by default) and none of ``ignore``.

    Raises :class:`~vnadmindoc.errors.UnknownRuleError` for a code, prefix or name in either
    that matches no rule.

    >>> [r.code for r in chosen_rules(["N20"], ["N203"])][:2]
    ['N201', 'N202']
    """
    registry = rules()
    chosen = list(registry.values())
    prefixes = None if select is None else tuple(select)
    skipped = tuple(ignore)
    for given in (prefixes or ()) + skipped:
        if not any(r.code.startswith(given) or r.name == given for r in chosen):
            raise UnknownRuleError(
                f"no rule has the code, code prefix or name {given!r} (see vnadmindoc.rules())"
            )
    if prefixes is not None:
        chosen = [r for r in chosen if r.code.startswith(prefixes) or r.name in prefixes]
    if skipped:
        chosen = [r for r in chosen if not (r.code.startswith(skipped) or r.name in skipped)]
    return chosen


def validate(
    document: Document,
    *,
    source: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[Diagnostic]:
    """Run the selected rules (all by default) over ``document``.

    ``source`` is the text the document was parsed from (its spans point
    into it); rules that read the printed form need it.  ``select`` and
    ``ignore`` take rule codes, code prefixes (``"N"``, ``"D30"``) or names;
    one that names no rule raises :class:`~vnadmindoc.errors.UnknownRuleError`.
    Diagnostics come in source order, then by code.

    >>> from vnadmindoc import Document, DocumentCode
    >>> doc = Document(kind="cong_van", code=DocumentCode(number="5", symbol="UBND-VP"))
    >>> [d.code for d in validate(doc, select=["N202"])]
    ['N202']
    """
    chosen = chosen_rules(select, ignore)  # now: a misspelt code raises even before any rule runs
    context = Context(document, source)
    party = context.party
    # A part that is missing has no span of its own: point at the document's start.
    fallback = Span(document.span.start, document.span.start) if document.span is not None else None

    def run() -> Iterator[Diagnostic]:
        for r in chosen:
            if (r.family == "party" and not party) or (r.family == "state" and party):
                continue
            if r.needs_source and source is None:
                continue
            for f in r.check(context):
                yield Diagnostic(
                    code=r.code,
                    severity=f.severity or r.severity,
                    message=f.message,
                    message_vi=f.message_vi,
                    field=f.field,
                    span=f.span if f.span is not None else fallback,
                )

    def order(d: Diagnostic) -> tuple[int, str]:
        return (d.span.start if d.span is not None else -1, d.code)

    return sorted(run(), key=order)


def check(
    text: str,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[Diagnostic]:
    """Parse ``text`` and validate every document in it against it.

    Raises what :func:`vnadmindoc.parse` raises for unusable input, and
    :class:`~vnadmindoc.errors.UnknownRuleError` for a code in ``select`` or
    ``ignore`` that names no rule.
    """
    from vnadmindoc.parse import parse

    select = None if select is None else list(select)
    ignore = list(ignore)
    chosen_rules(select, ignore)
    out: list[Diagnostic] = []
    for document in parse(text):
        out += validate(document, source=text, select=select, ignore=ignore)
    return out
