"""The validator's rules, one module per zone of a document.

=================  ====================================================
module             rules
=================  ====================================================
``header``         H1xx — quốc hiệu, tiêu ngữ, Party heading, issuer
``number``         N2xx — số and ký hiệu
``dateline``       D3xx — place and date
``title``          T4xx — tên loại, trích yếu, decision structure
``recipients``     R5xx — Kính gửi, Nơi nhận, Lưu
``signature``      S6xx — authority chain, position, signer
``marks``          M7xx — urgency and secrecy marks, the incoming stamp
``body``           B8xx — articles, points, chapters, căn cứ lines
=================  ====================================================

Each rule registers itself with :func:`vnadmindoc.validate.rule`; the
base documents its examples edit are in ``checks/data/``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from vnadmindoc.model import Span
from vnadmindoc.validate import Finding, Severity

__all__ = ["base_document", "finding"]

BASES = ("cong_van", "quyet_dinh", "party")


@cache
def base_document(name: str) -> str:
    """The text of a base document (``cong_van``, ``quyet_dinh`` or ``party``)."""
    if name not in BASES:
        raise ValueError(f"no base document {name!r}; choose one of {', '.join(BASES)}")
    return (Path(__file__).parent / "data" / f"{name}.txt").read_text("utf-8")


def finding(
    en: str,
    vi: str,
    field: str | None = None,
    span: Span | None = None,
    severity: Severity | None = None,
) -> Finding:
    """A :class:`~vnadmindoc.validate.Finding`, positionally."""
    return Finding(en, vi, field, span, severity)
