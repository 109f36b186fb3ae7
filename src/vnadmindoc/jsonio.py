"""The JSON contract, schema ``vnadmindoc/1``.

One document is a JSON object (:func:`to_dict`, :func:`to_json`); a file of
documents is the envelope ``{"schema": "vnadmindoc/1", "documents": [...]}``
(:func:`documents_to_json`).  The reverse functions rebuild the model and
raise :class:`~vnadmindoc.errors.SchemaError` on input that does not follow
the contract.  ``from_json(to_json(d)) == d`` for every document.

The JSON Schema is shipped with the package (:func:`json_schema`) and
described in ``docs/json-schema.md``.

>>> from vnadmindoc import DocumentCode, Document
>>> d = Document(kind="cong_van", code=DocumentCode(number="05", symbol="BNV-VP"))
>>> data = to_dict(d)
>>> data["code"], data["number"], data["symbol"]
('05/BNV-VP', '05', 'BNV-VP')
>>> from_dict(data) == d
True
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from vnadmindoc.errors import SchemaError
from vnadmindoc.model import (
    ArchiveNote,
    Authority,
    AuthorityKind,
    Directive,
    Document,
    DocumentCode,
    Fragment,
    Issuer,
    Motto,
    PartialDate,
    ReceiptStamp,
    Recipient,
    Reference,
    Secrecy,
    Signature,
    Span,
    SpanMap,
    Urgency,
)

__all__ = [
    "SCHEMA",
    "documents_from_json",
    "documents_to_json",
    "from_dict",
    "from_json",
    "json_schema",
    "to_dict",
    "to_json",
]

SCHEMA = "vnadmindoc/1"
"""The identifier of the JSON contract this module reads and writes."""

JSONDict = dict[str, Any]


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _date(date: PartialDate | None) -> str | None:
    return None if date is None else date.isoformat()


def _code_fields(code: DocumentCode | None) -> JSONDict:
    if code is None:
        return {"number": None, "symbol": None, "code": None, "code_style": None, "code_type": None}
    return {
        "number": code.number,
        "symbol": code.symbol,
        "code": code.code,
        "code_style": "party" if code.party else "state",
        "code_type": code.doc_type,
    }


def _recipient(r: Recipient) -> JSONDict:
    return {"name": r.name, "group": r.group, "span": _span(r.span)}


def _directive(d: Directive) -> JSONDict:
    return {
        "label": d.label,
        "lead": d.lead,
        "text": d.text,
        "children": [_directive(c) for c in d.children],
        "span": _span(d.span),
    }


def to_dict(document: Document) -> JSONDict:
    """The ``vnadmindoc/1`` JSON object of one document, as plain Python data."""
    d = document
    out: JSONDict = {
        "kind": d.kind,
        "title": d.title,
        "issuer": None
        if d.issuer is None
        else {"name": d.issuer.name, "parent": d.issuer.parent, "span": _span(d.issuer.span)},
        "motto": None if d.motto is None else d.motto.value,
        **_code_fields(d.code),
        "place": d.place,
        "date": _date(d.date),
        "subject": d.subject,
        "urgency": None if d.urgency is None else d.urgency.value,
        "secrecy": None if d.secrecy is None else d.secrecy.value,
        "received": None
        if d.received is None
        else {
            "number": d.received.number,
            "date": _date(d.received.date),
            "span": _span(d.received.span),
        },
        "addressees": [r.name for r in d.addressees],
        "body": d.body,
        "directives": [_directive(x) for x in d.directives],
        "references": [
            {
                "code": r.code.code,
                "code_style": "party" if r.code.party else "state",
                "code_type": r.code.doc_type,
                "kind": r.kind,
                "date": _date(r.date),
                "issuer": r.issuer,
                "span": _span(r.span),
                "mentions": [_span(m) for m in r.mentions],
            }
            for r in d.references
        ],
        "distribution": [r.name for r in d.distribution],
        "archive": None
        if d.archive is None
        else {
            "units": list(d.archive.units),
            "drafter": d.archive.drafter,
            "copies": d.archive.copies,
            "span": _span(d.archive.span),
        },
        "signatures": [
            {
                "authority": [
                    {
                        "kind": a.kind.value,
                        "holder": a.holder,
                        "prefix": a.prefix,
                        "span": _span(a.span),
                    }
                    for a in s.authority
                ],
                "position": s.position,
                "name": s.name,
                "span": _span(s.span),
            }
            for s in d.signatures
        ],
        "appendix": d.appendix,
        "recipient_details": {
            "addressees": [_recipient(r) for r in d.addressees],
            "distribution": [_recipient(r) for r in d.distribution],
        },
        "unplaced": [
            {"text": f.text, "reason": f.reason, "span": _span(f.span)} for f in d.unplaced
        ],
        "span": _span(d.span),
        "spans": {name: _span(span) for name, span in d.spans.items()},
    }
    return out


def to_json(document: Document, *, indent: int | None = None) -> str:
    """One document as a JSON string (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_dict(document), ensure_ascii=False, indent=indent)


def documents_to_json(documents: Iterable[Document], *, indent: int | None = None) -> str:
    """The envelope ``{"schema": "vnadmindoc/1", "documents": [...]}`` as a JSON string."""
    envelope = {"schema": SCHEMA, "documents": [to_dict(d) for d in documents]}
    return json.dumps(envelope, ensure_ascii=False, indent=indent)


# --- reading -------------------------------------------------------------------------------

T = TypeVar("T")


def _expect(value: Any, kind: type[T] | tuple[type, ...], where: str) -> T:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise SchemaError(f"{where}: expected {names}, got {type(value).__name__}")
    return value  # type: ignore[return-value]


def _opt_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    return None if value is None else _expect(value, str, f"{where}.{key}")


def _opt_span(value: Any, where: str) -> Span | None:
    if value is None:
        return None
    items = _expect(value, list, where)
    if len(items) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
        raise SchemaError(f"{where}: a span is [start, end]")
    try:
        return Span(items[0], items[1])
    except ValueError as exc:
        raise SchemaError(f"{where}: {exc}") from exc


def _opt_date(value: Any, where: str) -> PartialDate | None:
    if value is None:
        return None
    try:
        return PartialDate.fromisoformat(_expect(value, str, where))
    except ValueError as exc:
        raise SchemaError(f"{where}: {exc}") from exc


def _enum(cls: type[Any], value: Any, where: str) -> Any:
    if value is None:
        return None
    try:
        return cls(value)
    except ValueError as exc:
        raise SchemaError(f"{where}: unknown value {value!r}") from exc


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    return [] if value is None else _expect(value, list, f"{where}.{key}")


def _dict(value: Any, where: str) -> Mapping[str, Any]:
    return _expect(value, dict, where)


def _code(text: str | None, style: Any, doc_type: Any, where: str) -> DocumentCode | None:
    if text is None:
        return None
    _expect(text, str, where)
    party = style == "party"
    sep = "-" if party else "/"
    number, found, symbol = text.partition(sep)
    if not found or not symbol:
        raise SchemaError(f"{where}: {text!r} is not a code of style {style or 'state'!r}")
    if doc_type is not None:
        _expect(doc_type, str, f"{where} code_type")
    return DocumentCode(number=number or None, symbol=symbol, party=party, doc_type=doc_type)


def _recipients(data: Mapping[str, Any], key: str) -> list[Recipient]:
    details = data.get("recipient_details")
    if isinstance(details, dict) and key in details:
        out = []
        for k, item in enumerate(_expect(details[key], list, f"recipient_details.{key}")):
            item = _dict(item, f"recipient_details.{key}[{k}]")
            out.append(
                Recipient(
                    name=_expect(item.get("name"), str, f"recipient_details.{key}[{k}].name"),
                    group=_opt_str(item, "group", f"recipient_details.{key}[{k}]"),
                    span=_opt_span(item.get("span"), f"recipient_details.{key}[{k}].span"),
                )
            )
        return out
    return [Recipient(name=_expect(n, str, f"{key}[]")) for n in _list(data, key, "document")]


def _directive_from(item: Any, where: str) -> Directive:
    item = _dict(item, where)
    return Directive(
        label=_expect(item.get("label"), str, f"{where}.label"),
        text=_opt_str(item, "text", where) or "",
        lead=_opt_str(item, "lead", where),
        children=[
            _directive_from(c, f"{where}.children[]") for c in _list(item, "children", where)
        ],
        span=_opt_span(item.get("span"), f"{where}.span"),
    )


def from_dict(data: Mapping[str, Any]) -> Document:
    """Rebuild a :class:`Document` from its ``vnadmindoc/1`` object."""
    data = _dict(data, "document")
    issuer = None
    if data.get("issuer") is not None:
        i = _dict(data["issuer"], "issuer")
        issuer = Issuer(
            name=_expect(i.get("name"), str, "issuer.name"),
            parent=_opt_str(i, "parent", "issuer"),
            span=_opt_span(i.get("span"), "issuer.span"),
        )
    received = None
    if data.get("received") is not None:
        r = _dict(data["received"], "received")
        received = ReceiptStamp(
            number=_opt_str(r, "number", "received"),
            date=_opt_date(r.get("date"), "received.date"),
            span=_opt_span(r.get("span"), "received.span"),
        )
    references = []
    for k, item in enumerate(_list(data, "references", "document")):
        where = f"references[{k}]"
        item = _dict(item, where)
        code = _code(
            item.get("code"), item.get("code_style"), item.get("code_type"), f"{where}.code"
        )
        if code is None:
            raise SchemaError(f"{where}.code: missing")
        references.append(
            Reference(
                code=code,
                kind=_opt_str(item, "kind", where),
                date=_opt_date(item.get("date"), f"{where}.date"),
                issuer=_opt_str(item, "issuer", where),
                span=_opt_span(item.get("span"), f"{where}.span"),
                mentions=[
                    s
                    for s in (
                        _opt_span(m, f"{where}.mentions[]") for m in _list(item, "mentions", where)
                    )
                    if s is not None
                ],
            )
        )
    archive = None
    if data.get("archive") is not None:
        a = _dict(data["archive"], "archive")
        units = a.get("units", a.get("entries", []))
        copies = a.get("copies")
        archive = ArchiveNote(
            units=[
                _expect(u, str, "archive.units[]") for u in _expect(units, list, "archive.units")
            ],
            drafter=_opt_str(a, "drafter", "archive"),
            copies=None if copies is None else _expect(copies, int, "archive.copies"),
            span=_opt_span(a.get("span"), "archive.span"),
        )
    signatures = []
    for k, item in enumerate(_list(data, "signatures", "document")):
        where = f"signatures[{k}]"
        item = _dict(item, where)
        chain = []
        for j, level in enumerate(_list(item, "authority", where)):
            at = f"{where}.authority[{j}]"
            if isinstance(level, list) and len(level) == 2:  # the gold files' [kind, holder] pairs
                level = {"kind": level[0], "holder": level[1]}
            level = _dict(level, at)
            chain.append(
                Authority(
                    kind=_enum(AuthorityKind, level.get("kind"), f"{at}.kind"),
                    holder=_expect(level.get("holder"), str, f"{at}.holder"),
                    prefix=_opt_str(level, "prefix", at),
                    span=_opt_span(level.get("span"), f"{at}.span"),
                )
            )
        signatures.append(
            Signature(
                authority=chain,
                position=_opt_str(item, "position", where),
                name=_opt_str(item, "name", where),
                span=_opt_span(item.get("span"), f"{where}.span"),
            )
        )
    spans = {}
    for name, value in _dict(data.get("spans") or {}, "spans").items():
        span = _opt_span(value, f"spans.{name}")
        if span is not None:
            spans[name] = span
    return Document(
        kind=_opt_str(data, "kind", "document"),
        title=_opt_str(data, "title", "document"),
        issuer=issuer,
        motto=_enum(Motto, data.get("motto"), "motto"),
        code=_code(data.get("code"), data.get("code_style"), data.get("code_type"), "code"),
        place=_opt_str(data, "place", "document"),
        date=_opt_date(data.get("date"), "date"),
        subject=_opt_str(data, "subject", "document"),
        urgency=_enum(Urgency, data.get("urgency"), "urgency"),
        secrecy=_enum(Secrecy, data.get("secrecy"), "secrecy"),
        received=received,
        addressees=_recipients(data, "addressees"),
        body=_opt_str(data, "body", "document") or "",
        directives=[
            _directive_from(x, f"directives[{k}]")
            for k, x in enumerate(_list(data, "directives", "document"))
        ],
        references=references,
        distribution=_recipients(data, "distribution"),
        archive=archive,
        signatures=signatures,
        appendix=_opt_str(data, "appendix", "document") or "",
        unplaced=[
            Fragment(
                text=_expect(f.get("text"), str, "unplaced[].text"),
                reason=_expect(f.get("reason"), str, "unplaced[].reason"),
                span=_opt_span(f.get("span"), "unplaced[].span"),
            )
            for f in (_dict(x, "unplaced[]") for x in _list(data, "unplaced", "document"))
        ],
        span=_opt_span(data.get("span"), "span"),
        spans=SpanMap(tuple(sorted(spans.items()))),
    )


def _loads(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise SchemaError(f"not JSON: {exc}") from exc


def from_json(text: str | bytes) -> Document:
    """Rebuild one document from :func:`to_json` output (or an envelope holding exactly one)."""
    data = _loads(text)
    if isinstance(data, dict) and "documents" in data:
        docs = documents_from_json(text)
        if len(docs) != 1:
            raise SchemaError(f"expected one document, found {len(docs)}")
        return docs[0]
    return from_dict(_dict(data, "document"))


def documents_from_json(text: str | bytes) -> list[Document]:
    """Rebuild the documents of a ``vnadmindoc/1`` envelope."""
    data = _dict(_loads(text), "envelope")
    if data.get("schema") != SCHEMA:
        raise SchemaError(f"envelope: schema must be {SCHEMA!r}, got {data.get('schema')!r}")
    return [from_dict(d) for d in _expect(data.get("documents"), list, "envelope.documents")]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the ``vnadmindoc/1`` envelope."""
    text = (Path(__file__).parent / "schema" / "vnadmindoc-1.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
