"""Checking documents against Nghị định 30/2020 and Hướng dẫn 36-HD/VPTW.

:func:`validate` runs every registered rule over a document and returns
:class:`Diagnostic` objects.  Rules are small functions registered with
:func:`rule`; the rule set itself is the subject of issue #3, so the
registry starts empty.

>>> from vnadmindoc import Document
>>> validate(Document())
[]
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Iterator

import attrs

from vnadmindoc.model import Document, Span

__all__ = ["RULES", "Diagnostic", "Rule", "Severity", "rule", "validate"]


class Severity(enum.Enum):
    """How serious a diagnostic is."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Diagnostic:
    """One finding about a document."""

    code: str
    """Stable rule code, e.g. ``"VN101"``."""
    severity: Severity
    message: str
    """English message."""
    message_vi: str
    """Vietnamese message."""
    field: str | None = None
    span: Span | None = attrs.field(default=None, eq=False)


Check = Callable[[Document], Iterable[Diagnostic]]


@attrs.frozen
class Rule:
    """A registered check."""

    code: str
    summary: str
    check: Check = attrs.field(repr=False)


RULES: dict[str, Rule] = {}
"""Every registered rule, by code."""


def rule(code: str, summary: str) -> Callable[[Check], Check]:
    """Register a check function under ``code``."""

    def register(check: Check) -> Check:
        if code in RULES:
            raise ValueError(f"rule {code} is registered twice")
        RULES[code] = Rule(code, summary, check)
        return check

    return register


def validate(
    document: Document,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> list[Diagnostic]:
    """Run the selected rules (all by default) over ``document``."""
    chosen = set(RULES) if select is None else set(select)
    skipped = set(ignore)

    def run() -> Iterator[Diagnostic]:
        for code in sorted(chosen - skipped):
            if code in RULES:
                yield from RULES[code].check(document)

    return list(run())
